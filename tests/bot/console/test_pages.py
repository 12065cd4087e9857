"""The server-rendered pages and their forms: CSRF, roles, escaping, the report CSV,
the follow-up letter and the staff list."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from bot.cases.report import BOM
from dialogs.texts import THAI_TZ

from .conftest import Live, Person, StaffClient


async def page(client: StaffClient, path: str) -> tuple[int, str]:
    async with client.http.get(client.url + path, allow_redirects=False) as resp:
        return resp.status, await resp.text()


async def submit(client: StaffClient, path: str, data: dict[str, str],
                 csrf: str | None = None) -> tuple[int, str, str | None]:
    form = {"csrf": client.csrf if csrf is None else csrf, **data}
    async with client.http.post(client.url + path, data=form, allow_redirects=False) as resp:
        return resp.status, await resp.text(), resp.headers.get("Location")


async def test_forms_need_the_csrf_field(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    for token in ("", "forged"):
        status, text, _ = await submit(officer, f"/console/cases/{case_id}/claim", {}, token)
        assert status == 403 and "CSRF" in text
    assert (await live.store.case(case_id)).claimed_by is None  # type: ignore[union-attr]
    status, _, location = await submit(officer, f"/console/cases/{case_id}/claim", {})
    assert status == 303 and location == f"/console/cases/{case_id}"
    assert (await live.store.case(case_id)).claimed_by == "officer1"  # type: ignore[union-attr]


async def test_the_queue_page_lists_open_cases_with_badges(live: Live) -> None:
    hotline = await live.login("hotline1")
    _, case_id = await live.new_case()
    status, html = await page(hotline, "/console")
    assert status == 200
    row = re.search(rf'<tr data-case="{case_id}".*?</tr>', html)
    assert row is not None
    assert 'class="badge soon"' in row.group() and "ติดต่อแรก เหลือ" in row.group()
    assert "รับเรื่องแล้ว" in row.group() and "คัดกรอง" in row.group()
    assert "สมชาย (xxx-xxx-5678)" in row.group() and "ยังไม่มีผู้รับ" in row.group()
    assert "0812345678" not in html
    assert "รายงานประจำเดือน" not in html  # hotline staff have no report link


async def test_the_queue_puts_urgent_cases_first(live: Live) -> None:
    hotline = await live.login("hotline1")
    _, calm = await live.new_case(urgent=False)
    _, urgent = await live.new_case(urgent=True)
    assert (await live.store.case(calm)).urgent is False  # type: ignore[union-attr]
    status, html = await page(hotline, "/console")
    assert status == 200
    order = [int(i) for i in re.findall(r'<tr data-case="(\d+)"', html)]
    assert order == [urgent, calm]
    calm_row = re.search(rf'<tr data-case="{calm}".*?</tr>', html)
    assert calm_row is not None and "ไม่ด่วน" in calm_row.group()
    assert 'class="badge ok">เหลือ 14 วัน' in calm_row.group()


async def test_the_case_page_shows_the_request_and_only_allowed_actions(live: Live) -> None:
    hotline, officer = await live.login("hotline1"), await live.login("officer1")
    _, case_id = await live.new_case()
    status, html = await page(officer, f"/console/cases/{case_id}")
    assert status == 200
    for text in ("สมชาย", "0812345678", "ชลบุรี", "ขอนแก่น", "ไม่มีค่าพาหนะกลับภูมิลำเนา",
                 "ประมาณการความช่วยเหลือ", "รับช่วงการสนทนา", "ยินยอม"):
        assert text in html, text
    assert 'name="to" value="reviewing"' in html and 'name="food_days"' in html
    status, html = await page(hotline, f"/console/cases/{case_id}")
    assert 'name="to" value="reviewing"' not in html and 'name="food_days"' not in html
    status, text, _ = await submit(hotline, f"/console/cases/{case_id}/transition",
                                   {"to": "reviewing", "from": "received"})
    assert status == 403 and "ไม่มีสิทธิ์เปลี่ยนสถานะเรื่อง" in text


async def test_form_errors_show_on_the_case_page(live: Live) -> None:
    officer, other = await live.login("officer1"), await live.login("officer2")
    _, case_id = await live.new_case()
    await submit(other, f"/console/cases/{case_id}/claim", {})
    status, text, _ = await submit(officer, f"/console/cases/{case_id}/claim", {})
    assert status == 409 and "มีผู้รับแล้ว: officer2" in text
    status, text, _ = await submit(officer, f"/console/cases/{case_id}/amounts",
                                   {"food_days": "1", "food": "150", "fare": ""})
    assert status == 400 and "ค่าอาหารเกินอัตรา" in text and "100 บาท" in text
    status, text, _ = await submit(officer, f"/console/cases/{case_id}/amounts",
                                   {"fare": "12x"})
    assert status == 400 and "ค่าพาหนะต้องเป็นจำนวนเต็ม" in text
    status, _, _ = await submit(officer, f"/console/cases/{case_id}/amounts",
                                {"food_days": "2", "food": "200", "fare": "1,250"})
    assert status == 303
    case = await live.store.case(case_id)
    assert case is not None and case.data["amounts"]["fare"] == 1250
    status, text, _ = await submit(officer, f"/console/cases/{case_id}/fly", {})
    assert status == 404


async def test_text_is_escaped(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    attack = '<script>alert(1)</script><img src=x onerror="x()">'
    [case] = await live.store.cases()
    await Person(live.url, live.http, case.key.user_id).send(text=attack)
    status, _, _ = await submit(officer, f"/console/cases/{case_id}/notes", {"text": attack})
    assert status == 303
    status, html = await page(officer, f"/console/cases/{case_id}")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2  # the chat and the note


async def test_the_monthly_report_is_a_csv_for_officers(live: Live) -> None:
    officer, hotline = await live.login("officer1"), await live.login("hotline1")
    _, case_id = await live.new_case()
    await officer.post(f"/api/cases/{case_id}/amounts",
                       {"food_days": 2, "food": 200, "fare": 480, "other": 50})
    for target in ("reviewing", "awaiting_approval", "approved", "assisted"):
        assert (await officer.post(f"/api/cases/{case_id}/transition", {"to": target}))[0] == 200
    case = await live.store.case(case_id)
    assert case is not None and case.assisted_at is not None
    year, month = case.assisted_at.year, case.assisted_at.month  # UTC; Thai time may differ
    status, html = await page(officer, "/console/report")
    assert status == 200 and 'name="month"' in html and "ปี (พ.ศ.)" in html
    this_year = dt.datetime.now(THAI_TZ).year
    assert f'name="year" value="{this_year + 543}"' in html  # Buddhist era, as everywhere
    async with officer.http.get(live.url + f"/console/report?year={year + 543}"
                                f"&month={month}") as r:
        assert r.status == 200 and r.headers["Content-Type"].startswith("text/csv")
        assert f"namjai-report-{year + 543}" in r.headers["Content-Disposition"]
        text = (await r.read()).decode("utf-8")
    assert text.startswith(BOM)
    rows = list(csv.reader(io.StringIO(text[1:])))
    [row] = [r for r in rows if r[1] == case.ref]
    assert row[5] == "ชลบุรี" and row[6] == "ขอนแก่น" and row[14] == "730"
    assert rows[-1][0] == "รวม"
    assert "สมชาย" not in text and "0812345678" not in text
    status, _ = await page(hotline, f"/console/report?year={year}&month={month}")
    assert status == 403
    status, html = await page(officer, "/console/report?year=abc&month=1")
    assert status == 400 and "ตัวเลข" in html
    status, html = await page(officer, f"/console/report?year={year}&month=13")
    assert status == 400


async def test_the_follow_up_letter_after_help(live: Live) -> None:
    officer, hotline = await live.login("officer1"), await live.login("hotline1")
    _, case_id = await live.new_case()
    status, html = await page(officer, f"/console/cases/{case_id}/letter")
    assert status == 409 and "วันที่ให้ความช่วยเหลือ" in html
    await officer.post(f"/api/cases/{case_id}/amounts", {"fare": 500})
    for target in ("reviewing", "awaiting_approval", "approved", "assisted"):
        await officer.post(f"/api/cases/{case_id}/transition", {"to": target})
    async with officer.http.get(live.url + f"/console/cases/{case_id}/letter") as r:
        assert r.status == 200 and r.content_type == "text/plain"
        letter = await r.text()
    assert "จังหวัดขอนแก่น" in letter and "สมชาย" in letter and "officer1" not in letter
    assert "(....................)" in letter and "เจ้าหน้าที่ พมจ." in letter  # no name yet
    await live.store.set_display_name("officer1", "นายประเสริฐ ตั้งใจ")
    async with officer.http.get(live.url + f"/console/cases/{case_id}/letter") as r:
        letter = await r.text()
    assert "(นายประเสริฐ ตั้งใจ)" in letter and "officer1" not in letter
    assert "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดชลบุรี" in letter
    async with officer.http.get(live.url + f"/console/cases/{case_id}/letter.pdf") as r:
        assert r.status == 200 and r.content_type == "application/pdf"
        assert (await r.read()).startswith(b"%PDF")
    status, _ = await page(hotline, f"/console/cases/{case_id}/letter")
    assert status == 403
    assert any(a["action"] == "letter" for a in await live.store.audit_log())


async def test_the_staff_page_is_for_admins(live: Live) -> None:
    admin, officer = await live.login("admin1"), await live.login("officer1")
    status, html = await page(admin, "/console/staff")
    assert status == 200
    for name in ("hotline1", "officer1", "admin1", "python -m bot staff add"):
        assert name in html
    assert "argon2" not in html  # never the password hashes
    status, _ = await page(officer, "/console/staff")
    assert status == 403


async def test_logout_form_ends_the_session(live: Live) -> None:
    officer = await live.login("officer1")
    status, _, location = await submit(officer, "/console/logout", {})
    assert status == 303 and location == "/console/login"
    status, _ = await page(officer, "/console")
    assert status == 303


async def test_static_files_and_unknown_ones(live: Live) -> None:
    http = live.session()
    async with http.get(live.url + "/console/static/console.js") as r:
        assert r.status == 200 and "EventSource" in await r.text()
    async with http.get(live.url + "/console/static/../auth.py") as r:
        assert r.status == 404


async def test_an_alert_link_by_case_reference_opens_the_case(live: Live) -> None:
    hotline = await live.login("hotline1")
    _, case_id = await live.new_case()
    case = await live.store.case(case_id)
    assert case is not None
    status, _ = await page(hotline, f"/console/cases/{case.ref}")
    async with hotline.http.get(hotline.url + f"/console/cases/{case.ref}",
                                allow_redirects=False) as resp:
        assert resp.status == 303 and resp.headers["Location"] == f"/console/cases/{case_id}"
    assert status == 303
    missing, _ = await page(hotline, "/console/cases/NJ-NOSUCH")
    assert missing == 404


async def test_a_request_for_a_human_is_late_after_its_contact_time(live: Live) -> None:
    import datetime as dt

    from bot.console.actions import case_badge

    hotline = await live.login("hotline1")
    person = live.person()
    await person.send(start=True)
    await person.answer("ยินยอม")
    await person.answer("คุยกับเจ้าหน้าที่")
    [case] = await live.store.cases()
    assert case.kind == "handoff"
    css, _ = case_badge(case, case.due_at + dt.timedelta(minutes=1))
    assert css == "late"  # its own contact time, not the 15 days of a screening
    status, _ = await page(hotline, "/console")
    assert status == 200
