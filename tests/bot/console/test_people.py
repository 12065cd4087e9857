"""Staff as people on the real app: a person never sees a staff username, whatever
staff do (take over, write, hand back, move the case) and in the letter; staff
messages carry the display name, which each staff member sets for themselves."""

from __future__ import annotations

import json

from .conftest import Live


async def sent_to(live: Live, session: str) -> list[str]:
    """Every outbox payload for the person (what their page was or will be sent), as
    JSON text with the Thai unescaped, on either backend."""
    rows = await live.store.sql.all(
        "SELECT payload FROM outbox WHERE channel = 'web' AND user_id = ? ORDER BY id",
        (session,))
    return [json.dumps(json.loads(r[0]), ensure_ascii=False) for r in rows]


async def test_the_person_never_sees_a_username(live: Live) -> None:
    officer = await live.login("officer1")
    person, case_id = await live.new_case()
    seen = [json.dumps(r, ensure_ascii=False) for r in person.last]
    for action, body in (("takeover", None), ("messages", {"text": "สวัสดีค่ะ"}),
                         ("handback", None)):
        status, answer = await officer.post(f"/api/conversations/{case_id}/{action}", body)
        assert status == 200, answer
    await officer.post(f"/api/cases/{case_id}/amounts", {"fare": 500})
    for target in ("reviewing", "awaiting_approval", "approved", "assisted"):
        status, answer = await officer.post(f"/api/cases/{case_id}/transition", {"to": target})
        assert status == 200, answer
    seen += [json.dumps(r, ensure_ascii=False) for r in await person.send(text="ขอบคุณค่ะ")]
    async with officer.http.get(live.url + f"/console/cases/{case_id}/letter") as resp:
        assert resp.status == 200
        letter = await resp.text()
    payloads = await sent_to(live, person.session)
    assert len(payloads) == 5  # joined, the message, hand-back, approved, assisted
    assert any("สวัสดีค่ะ" in p for p in payloads)
    for text in [*payloads, *seen, letter]:
        assert "officer1" not in text and "hotline1" not in text

    status, body = await officer.post("/api/me/display-name", {"display_name": " คุณ  ประเสริฐ "})
    assert status == 200 and body["display_name"] == "คุณ ประเสริฐ"
    status, body = await officer.post("/api/me/display-name", {"display_name": "ก" * 41})
    assert status == 400
    status, me = await officer.get("/api/me")
    assert me["display_name"] == "คุณ ประเสริฐ"
    await officer.post(f"/api/conversations/{case_id}/takeover")
    await officer.post(f"/api/conversations/{case_id}/messages", {"text": "มีอะไรถามได้นะคะ"})
    last = json.loads((await sent_to(live, person.session))[-1])
    assert last["staff_name"] == "เจ้าหน้าที่ คุณ ประเสริฐ"
    assert last["replies"][0]["text"] == "มีอะไรถามได้นะคะ"  # the page shows the name apart
    async with officer.http.get(live.url + f"/console/cases/{case_id}/letter") as resp:
        assert "(คุณ ประเสริฐ)" in await resp.text()


async def test_my_account_page_sets_the_name_and_shows_a_link_code(live: Live) -> None:
    hotline = await live.login("hotline1")
    async with hotline.http.get(live.url + "/console/me") as resp:
        assert resp.status == 200
        assert "บัญชีของฉัน" in await resp.text()
    async with hotline.http.post(live.url + "/console/me/name", allow_redirects=False,
                                 data={"csrf": hotline.csrf,
                                       "display_name": "คุณมาลี"}) as resp:
        assert resp.status == 303
    assert await live.store.display_name("hotline1") == "คุณมาลี"
    async with hotline.http.post(live.url + "/console/me/code",
                                 data={"csrf": hotline.csrf}) as resp:
        page = await resp.text()
    assert resp.status == 200 and 'id="link-code"' in page and "/link " in page
    async with hotline.http.post(live.url + "/console/me/code", data={"csrf": "wrong"}) as resp:
        assert resp.status == 403


async def test_admins_set_display_names_on_add_and_later(live: Live) -> None:
    admin = await live.login("admin1")
    form = {"csrf": admin.csrf, "username": "somsri", "role": "hotline",
            "password": "a-long-password-1", "password2": "a-long-password-1",
            "display_name": "คุณสมศรี"}
    async with admin.http.post(live.url + "/console/staff/add", data=form,
                               allow_redirects=False) as resp:
        assert resp.status == 303
    assert await live.store.display_name("somsri") == "คุณสมศรี"
    async with admin.http.post(live.url + "/console/staff/display", allow_redirects=False,
                               data={"csrf": admin.csrf, "username": "somsri",
                                     "display_name": "พี่สมศรี"}) as resp:
        assert resp.status == 303
    assert await live.store.display_name("somsri") == "พี่สมศรี"
    async with admin.http.post(live.url + "/console/staff/display",
                               data={"csrf": admin.csrf, "username": "somsri",
                                     "display_name": "  "}) as resp:
        assert resp.status == 400
    async with admin.http.get(live.url + "/console/staff") as resp:
        assert 'value="พี่สมศรี"' in await resp.text()
    assert any(a["action"] == "staff_display_name" and a["actor"] == "admin1"
               for a in await live.store.audit_log())
