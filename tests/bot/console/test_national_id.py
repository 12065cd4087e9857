"""The optional national ID number on the officer's side, over HTTP on the real app:
officers set, correct and remove it; it is validated, masked on the page, in the
history and in the queue, and gone when the person erases their data."""

from __future__ import annotations

from .conftest import Live
from .test_pages import page, submit

VALID = "1101700230708"
STATELESS = "0012345678901"  # starts with 0; its check digit does not match


async def test_an_officer_sets_corrects_and_removes_the_number(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    status, body = await officer.post(f"/api/cases/{case_id}/national_id",
                                      {"national_id": "1-1017-00230-70-8"})
    assert status == 200, body
    assert body["case"]["national_id"] == VALID
    status, body = await officer.post(f"/api/cases/{case_id}/national_id",
                                      {"national_id": "1101700230706"})
    assert status == 400 and body["error"] == "bad_national_id"
    assert "เลขตรวจสอบ" in body["detail"]
    stored = await live.store.case(case_id)
    assert stored is not None and stored.data["national_id"] == VALID  # kept as it was
    status, body = await officer.post(f"/api/cases/{case_id}/national_id",
                                      {"national_id": STATELESS})
    assert status == 200 and body["case"]["national_id"] == STATELESS
    assert "ไม่มีสัญชาติไทย" in body["case"]["national_id_note"]
    status, body = await officer.post(f"/api/cases/{case_id}/national_id", {"national_id": ""})
    assert status == 200 and not body["case"]["national_id"]
    assert not body["case"]["national_id_note"]
    _, view = await officer.get(f"/api/cases/{case_id}")
    notes = [e["note"] for e in view["events"] if e["note"].startswith("national_id")]
    assert notes == ["national_id: x-xxxx-xxxx0-70-8", "national_id: x-xxxx-xxxx8-90-1",
                     "national_id: removed"]
    assert not any(VALID in e["note"] or STATELESS in e["note"] for e in view["events"])


async def test_hotline_staff_may_not_set_it(live: Live) -> None:
    hotline = await live.login("hotline1")
    _, case_id = await live.new_case()
    status, body = await hotline.post(f"/api/cases/{case_id}/national_id",
                                      {"national_id": VALID})
    assert status == 403 and body["action"] == "national_id"
    stored = await live.store.case(case_id)
    assert stored is not None and not stored.data.get("national_id")
    _, html = await page(hotline, f"/console/cases/{case_id}")
    assert 'name="national_id"' not in html


async def test_the_case_page_form_masks_the_number_outside_the_form(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    _, html = await page(officer, f"/console/cases/{case_id}")
    assert 'name="national_id"' in html and "ไม่บังคับ" in html
    status, _, location = await submit(officer, f"/console/cases/{case_id}/national_id",
                                       {"national_id": STATELESS})
    assert status == 303 and location == f"/console/cases/{case_id}"
    _, html = await page(officer, f"/console/cases/{case_id}")
    facts = html.split('<dl class="facts">', 1)[1].split("</dl>", 1)[0]
    assert "x-xxxx-xxxx8-90-1" in facts and STATELESS not in facts
    assert "ไม่มีสัญชาติไทย" in facts
    assert html.count(STATELESS) == 1  # only as the form's value
    assert "บันทึกเลขบัตรประชาชน x-xxxx-xxxx8-90-1" in html  # the history, masked
    status, text, _ = await submit(officer, f"/console/cases/{case_id}/national_id",
                                   {"national_id": "12345"})
    assert status == 400 and "13 หลัก" in text
    _, queue = await officer.get("/api/cases")
    assert all("national_id" not in row for row in queue["cases"])


async def test_erasure_removes_the_number(live: Live) -> None:
    officer = await live.login("officer1")
    person, case_id = await live.new_case()
    await officer.post(f"/api/cases/{case_id}/national_id", {"national_id": STATELESS})
    await person.send(text="ลบข้อมูล")
    await person.answer("ใช่")
    stored = await live.store.case(case_id)
    assert stored is not None and stored.data.get("erased") is True
    assert "national_id" not in stored.data and "national_id_note" not in stored.data
    status, body = await officer.post(f"/api/cases/{case_id}/national_id",
                                      {"national_id": VALID})
    assert status == 400 and "ถูกลบ" in body["detail"]
    _, html = await page(officer, f"/console/cases/{case_id}")
    assert STATELESS not in html and 'name="national_id"' not in html


async def test_hotline_staff_get_it_masked_and_officers_in_full(live: Live) -> None:
    officer = await live.login("officer1")
    hotline = await live.login("hotline1")
    _, case_id = await live.new_case()
    status, _ = await officer.post(f"/api/cases/{case_id}/national_id",
                                   {"national_id": VALID})
    assert status == 200
    status, view = await hotline.get(f"/api/cases/{case_id}")
    assert status == 200 and view["case"]["national_id"] == "x-xxxx-xxxx0-70-8"
    status, claimed = await hotline.post(f"/api/cases/{case_id}/claim")
    assert status == 200 and claimed["case"]["national_id"] == "x-xxxx-xxxx0-70-8"
    assert VALID not in str(view) and VALID not in str(claimed)
    status, view = await officer.get(f"/api/cases/{case_id}")
    assert status == 200 and view["case"]["national_id"] == VALID
    _, html = await page(hotline, f"/console/cases/{case_id}")
    assert VALID not in html and "x-xxxx-xxxx0-70-8" in html


async def test_the_api_has_no_number_after_erasure(live: Live) -> None:
    officer = await live.login("officer1")
    hotline = await live.login("hotline1")
    person, case_id = await live.new_case()
    await officer.post(f"/api/cases/{case_id}/national_id", {"national_id": VALID})
    await person.send(text="ลบข้อมูล")
    await person.answer("ใช่")
    for staff in (officer, hotline):
        status, view = await staff.get(f"/api/cases/{case_id}")
        assert status == 200 and view["case"]["erased"] is True
        assert not view["case"].get("national_id") and "0-70-8" not in str(view)
