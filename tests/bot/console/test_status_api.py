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
