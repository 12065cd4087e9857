"""Status messages through the console's API on the real app: the officer sees each
step's text before it goes, may change it, and the person's page gets it."""

from __future__ import annotations

from tests.bot.sse import read_data

from .conftest import Live


async def test_the_officer_sees_edits_and_sends_the_status_message(live: Live) -> None:
    officer = await live.login("officer1")
    person, case_id = await live.new_case()
    page = await live.http.get(live.url + f"/chat/api/events?session={person.session}")
    for target in ("reviewing", "awaiting_approval"):
        status, body = await officer.post(f"/api/cases/{case_id}/transition", {"to": target})
        assert status == 200, body
    status, view = await officer.get(f"/api/cases/{case_id}")
    ref = view["case"]["ref"]
    steps = {s["status"]: s["message"] for s in view["case"]["allowed_next"]}
    assert ref in steps["approved"] and "อนุมัติ" in steps["approved"]
    assert ref in steps["rejected"] and "1300" in steps["rejected"]
    assert steps["reviewing"] is None  # sending back for more facts is not told
    status, body = await officer.post(f"/api/cases/{case_id}/transition",
                                      {"to": "rejected"})
    assert status == 400 and "reason" in body["detail"]
    status, body = await officer.post(f"/api/cases/{case_id}/transition",
                                      {"to": "approved", "message": 5})
    assert status == 400
    status, body = await officer.post(
        f"/api/cases/{case_id}/transition",
        {"to": "approved", "place": "ศาลากลางจังหวัดชลบุรี ชั้น 2", "when": "พรุ่งนี้ 9.00 น."})
    assert status == 200, body
    told = await read_data(page)
    assert ref in told["text"] and "ศาลากลางจังหวัดชลบุรี ชั้น 2" in told["text"]
    assert "พรุ่งนี้ 9.00 น." in told["text"] and told.get("staff") is None
    mine = "ได้รับความช่วยเหลือแล้วนะคะ เดินทางปลอดภัยค่ะ"
    status, body = await officer.post(f"/api/cases/{case_id}/transition",
                                      {"to": "assisted", "message": mine})
    assert status == 200, body
    assert (await read_data(page))["text"] == mine
    page.close()


async def test_the_case_page_shows_each_message_beside_its_step(live: Live) -> None:
    import html as htmllib
    import re

    officer = await live.login("officer1")
    person, case_id = await live.new_case()
    for target in ("reviewing", "awaiting_approval"):
        await officer.post(f"/api/cases/{case_id}/transition", {"to": target})
    async with officer.http.get(live.url + f"/console/cases/{case_id}") as resp:
        page = await resp.text()
    blocks = re.findall(r'<details class="status-message" data-to="(\w+)">', page)
    assert blocks == ["approved", "rejected"]  # "reviewing" (sent back) is not told
    shown = htmllib.unescape(re.findall(r'name="default_message" value="([^"]*)"', page)[0])
    ref = (await live.desk.get(case_id)).ref
    assert ref in shown and "อนุมัติ" in shown
    page_stream = await live.http.get(live.url + f"/chat/api/events?session={person.session}")
    form = {"csrf": officer.csrf, "from": "awaiting_approval", "to": "approved",
            "default_message": shown, "message": shown, "place": "ศาลากลาง ชั้น 2",
            "when": "", "reason": ""}
    async with officer.http.post(live.url + f"/console/cases/{case_id}/transition", data=form,
                                 allow_redirects=False) as resp:
        assert resp.status == 303
    told = await read_data(page_stream)
    assert "ศาลากลาง ชั้น 2" in told["text"]  # unchanged text: rebuilt with the place
    form = {"csrf": officer.csrf, "from": "approved", "to": "assisted",
            "default_message": "x", "message": "ได้รับเงินแล้วนะคะ"}
    async with officer.http.post(live.url + f"/console/cases/{case_id}/transition", data=form,
                                 allow_redirects=False) as resp:
        assert resp.status == 303
    assert (await read_data(page_stream))["text"] == "ได้รับเงินแล้วนะคะ"
    page_stream.close()


async def test_a_silent_follow_up_shows_in_the_queue(live: Live) -> None:
    import datetime as dt

    from bot.store import CaseEvent, CaseUpdate

    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    now = dt.datetime.now(dt.UTC)
    event = CaseEvent(case_id, "bot", "received", "received", "follow-up: no answer", now)
    await live.store.update_case(CaseUpdate(case_id, event, data={"follow_up": {
        "asked_at": now.isoformat(), "silent_at": now.isoformat()}}))
    status, body = await officer.get("/api/cases")
    assert status == 200
    [row] = [c for c in body["cases"] if c["id"] == case_id]
    assert row["follow_up"] == "ผู้ขอไม่ตอบคำถามติดตามผล"
    async with officer.http.get(live.url + "/console") as resp:
        assert "ผู้ขอไม่ตอบคำถามติดตามผล" in await resp.text()
