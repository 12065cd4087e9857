"""The console reads as Thai: the history in sentences, every amount problem at once,
the next step first, no badge that repeats the status, Buddhist-era years."""

from __future__ import annotations

import re

from .conftest import Live
from .test_pages import page, submit


def section(html: str, name: str) -> str:
    found = re.search(rf'<section class="{name}".*?</section>', html, re.DOTALL)
    assert found is not None, name
    return found.group()


def visible(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


async def test_the_history_reads_as_thai_sentences(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    base = f"/console/cases/{case_id}"
    await submit(officer, f"{base}/claim", {})
    await submit(officer, f"{base}/amounts", {"food_days": "2", "food": "200", "fare": "420"})
    await submit(officer, f"{base}/transition", {"to": "reviewing", "note": "ตรวจบัตรแล้ว"})
    _, html = await page(officer, base)
    history = visible(section(html, "events"))
    for sentence in ("สร้างเรื่องจากการคัดกรองในแชต", "รับเรื่อง",
                     "บันทึกจำนวนเงินที่อนุมัติ: ค่าอาหาร 200 บาท (2 วัน), ค่าพาหนะ 420 บาท "
                     "รวม 620 บาท",
                     "เปลี่ยนสถานะจาก \u201cรับเรื่องแล้ว\u201d เป็น \u201cกำลังพิจารณา\u201d "
                     "— ตรวจบัตรแล้ว", "ระบบ"):
        assert sentence in history, sentence
    for raw in ("food_days", "amounts:", "claimed", "created by", "bot"):
        assert raw not in history, raw


async def test_every_amount_problem_shows_at_once(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    status, html, _ = await submit(officer, f"/console/cases/{case_id}/amounts",
                                   {"food_days": "1", "food": "150", "fare": "สี่ร้อย",
                                    "other": "500"})
    assert status == 400
    problems = re.search(r'<p class="notice error" role="alert">(.*?)</p>', html, re.DOTALL)
    assert problems is not None
    lines = problems.group(1).splitlines()
    assert len(lines) == 3
    assert "ค่าอาหารเกินอัตรา" in lines[0] and "ค่าพาหนะต้องเป็นจำนวนเต็ม" in lines[1]
    assert "ค่าใช้จ่ายอื่นเกินอัตรา" in lines[2]
    assert 'name="fare" value="สี่ร้อย"' in html  # what was typed stays in the form
    status, body = await officer.post(f"/api/cases/{case_id}/amounts",
                                      {"food": 150, "food_days": 1, "other": 500})
    assert status == 400 and [p["item"] for p in body["problems"]] == ["food", "other"]


async def test_the_next_step_comes_before_going_back(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    for to in ("reviewing", "awaiting_approval"):
        await officer.post(f"/api/cases/{case_id}/transition", {"to": to})
    _, html = await page(officer, f"/console/cases/{case_id}")
    order = re.findall(r'name="to" value="(\w+)"', section(html, "workflow"))
    assert order == ["approved", "rejected", "reviewing"]
    assert "ส่งกลับเป็น: กำลังพิจารณา" in html
    _, body = await officer.get(f"/api/cases/{case_id}")
    assert [s["status"] for s in body["case"]["allowed_next"]] == order


async def test_a_finished_case_says_its_status_once(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    await officer.post(f"/api/cases/{case_id}/transition", {"to": "closed"})
    _, html = await page(officer, f"/console/cases/{case_id}")
    head = re.search(r'<p class="head">.*?</p>', html)
    assert head is not None and visible(head.group()).count("ปิดเรื่องแล้ว") == 1
    _, queue = await page(officer, "/console?status=closed")
    row = re.search(rf'<tr data-case="{case_id}".*?</tr>', queue)
    assert row is not None and visible(row.group()).count("ปิดเรื่องแล้ว") == 1


async def test_an_erased_person_is_named_in_thai(live: Live) -> None:
    officer = await live.login("officer1")
    person, case_id = await live.new_case()
    await officer.post(f"/api/cases/{case_id}/notes", {"text": "โทรหาคุณสมชายแล้ว"})
    await person.send(text="ลบข้อมูล")
    await person.answer("ใช่")
    case = await live.store.case(case_id)
    assert case is not None and case.status == "closed" and not case.key.user_id
    _, html = await page(officer, f"/console/cases/{case_id}")
    history = visible(section(html, "events"))
    assert "ผู้ขอ" in history and "ลบข้อมูลของตน" in history
    assert "(บันทึกนี้ถูกลบ เพราะผู้ขอลบข้อมูลของตน)" in history
    assert "สมชาย" not in history
    for raw in ("(erased)", "person", "erased their data"):
        assert raw not in html, raw
