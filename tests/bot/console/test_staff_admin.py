"""Admins manage accounts on /console/staff: add, change a role, unlock, end all
sessions, remove. Forms with CSRF, admins only, every change audited."""

from __future__ import annotations

import datetime as dt
import re

from bot.console.logins import MAX_FAILURES

from .conftest import PASSWORD, Live, StaffClient
from .test_pages import page, submit

NEW_PASSWORD = "a-fresh-long-password"


async def audited(live: Live, action: str) -> list[dict[str, object]]:
    return [a for a in await live.store.audit_log() if a["action"] == action]


async def test_the_page_has_the_forms_of_each_account(live: Live) -> None:
    admin = await live.login("admin1")
    status, html = await page(admin, "/console/staff")
    assert status == 200
    row = re.search(r'<tr data-staff="officer1">.*?</tr>', html)
    assert row is not None
    for action in ("role", "sessions", "remove"):
        assert f'action="/console/staff/{action}"' in row.group()
    assert f'name="csrf" value="{admin.csrf}"' in row.group()
    own = re.search(r'<tr data-staff="admin1">.*?</tr>', html)
    assert own is not None  # one's own account: no role change, no removal
    assert "/console/staff/role" not in own.group() and "/console/staff/remove" not in own.group()
    assert 'action="/console/staff/add"' in html and 'name="password2"' in html


async def test_an_admin_adds_an_account_that_can_sign_in(live: Live) -> None:
    admin = await live.login("admin1")
    status, _, location = await submit(admin, "/console/staff/add", {
        "username": "somchai", "role": "officer", "password": NEW_PASSWORD,
        "password2": NEW_PASSWORD})
    assert status == 303 and location == "/console/staff?done=add"
    status, html = await page(admin, location)
    assert "เพิ่มบัญชีแล้วค่ะ" in html and 'data-staff="somchai"' in html
    client = await live.login("somchai", NEW_PASSWORD)
    status, me = await client.get("/api/me")
    assert me["role"] == "officer"
    added = await audited(live, "staff_add")
    assert added[0]["actor"] == "admin1"
    assert added[0]["detail"] == {"username": "somchai", "role": "officer"}
    assert NEW_PASSWORD not in str(await live.store.audit_log())


async def test_refused_new_accounts(live: Live) -> None:
    admin = await live.login("admin1")
    good = {"username": "newbie", "role": "hotline", "password": NEW_PASSWORD,
            "password2": NEW_PASSWORD}
    cases = [({"password2": NEW_PASSWORD + "x"}, 400, "ไม่ตรงกัน"),
             ({"password": "short", "password2": "short"}, 400, "at least 10"),
             ({"username": "a b<script>"}, 400, "ชื่อผู้ใช้ต้องมี"),
             ({"role": "root"}, 400, "บทบาท"),
             ({"username": "officer1"}, 409, "มีบัญชีชื่อนี้อยู่แล้ว")]
    for change, expected, words in cases:
        status, html, _ = await submit(admin, "/console/staff/add", {**good, **change})
        assert status == expected and words in html, (change, status)
        assert NEW_PASSWORD not in html and "<script>" not in html
    status, html, _ = await submit(admin, "/console/staff/add", good, csrf="forged")
    assert status == 403
    officer = await live.login("officer1")
    status, _, _ = await submit(officer, "/console/staff/add", good)
    assert status == 403
    assert await live.store.staff("newbie") is None


async def test_changing_a_role_applies_to_the_live_session(live: Live) -> None:
    admin, officer = await live.login("admin1"), await live.login("officer1")
    status, _, location = await submit(admin, "/console/staff/role",
                                       {"username": "officer1", "role": "hotline"})
    assert status == 303 and location == "/console/staff?done=role"
    status, me = await officer.get("/api/me")
    assert me["role"] == "hotline"
    status, html, _ = await submit(admin, "/console/staff/role",
                                   {"username": "admin1", "role": "hotline"})
    assert status == 409 and "ตัวเองไม่ได้" in html
    status, _, _ = await submit(admin, "/console/staff/role",
                                {"username": "nobody", "role": "hotline"})
    assert status == 404
    assert (await live.store.staff("admin1")).role == "admin"  # type: ignore[union-attr]
    changed = await audited(live, "staff_role")
    assert [a["detail"] for a in changed] == [{"username": "officer1", "from": "officer",
                                               "to": "hotline"}]


async def test_unlock_resets_the_lock_and_the_count(live: Live) -> None:
    account = await live.store.staff("officer2")
    assert account is not None
    until = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=15)
    for _ in range(MAX_FAILURES):
        await live.store.login_attempt(account.id, False, until)
    status, body = await StaffClient(live.url, live.session()).post(
        "/api/login", {"username": "officer2", "password": PASSWORD})
    assert status == 429 and body["error"] == "locked"
    admin = await live.login("admin1")
    status, html = await page(admin, "/console/staff")
    assert "ถูกระงับถึง" in html
    status, _, location = await submit(admin, "/console/staff/unlock", {"username": "officer2"})
    assert status == 303 and location == "/console/staff?done=unlock"
    account = await live.store.staff("officer2")
    assert account is not None and account.failed_logins == 0 and account.locked_until is None
    await live.login("officer2")
    unlocked = await audited(live, "staff_unlock")
    assert unlocked[0]["detail"] == {"username": "officer2", "failed_logins": MAX_FAILURES}


async def test_ending_all_sessions_of_an_account(live: Live) -> None:
    first, second = await live.login("hotline1"), await live.login("hotline1")
    admin = await live.login("admin1")
    status, _, _ = await submit(admin, "/console/staff/sessions", {"username": "hotline1"})
    assert status == 303
    for client in (first, second):
        status, _ = await client.get("/api/me")
        assert status == 401
    status, _ = await admin.get("/api/me")
    assert status == 200  # only that account's sessions
    ended = await audited(live, "staff_sessions_ended")
    assert ended[0]["detail"] == {"username": "hotline1", "sessions": 2}


async def test_removing_an_account(live: Live) -> None:
    admin, officer = await live.login("admin1"), await live.login("officer2")
    status, html, _ = await submit(admin, "/console/staff/remove", {"username": "officer2"})
    assert status == 400 and "ยืนยัน" in html  # the box must be ticked
    status, html, _ = await submit(admin, "/console/staff/remove",
                                   {"username": "admin1", "confirm": "yes"})
    assert status == 409 and await live.store.staff("admin1") is not None
    status, _, location = await submit(admin, "/console/staff/remove",
                                       {"username": "officer2", "confirm": "yes"})
    assert status == 303 and location == "/console/staff?done=remove"
    assert await live.store.staff("officer2") is None
    status, _ = await officer.get("/api/me")
    assert status == 401  # its sessions went with it
    status, _ = await StaffClient(live.url, live.session()).post(
        "/api/login", {"username": "officer2", "password": PASSWORD})
    assert status == 401
    removed = await audited(live, "staff_remove")
    assert removed[0]["detail"] == {"username": "officer2", "role": "officer"}
    status, _, _ = await submit(admin, "/console/staff/remove",
                                {"username": "officer2", "confirm": "yes"})
    assert status == 404
    status, _, _ = await submit(admin, "/console/staff/nonsense", {"username": "officer1"})
    assert status == 404
