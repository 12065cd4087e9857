"""dev30 facts: a stroke is an illness ("มารักษาเส้นเลือดในสมองตีบ"); one taken in by a
shelter for now ("มูลนิธิเขารับไว้ก่อน") is not urgent for having fled."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts


@pytest.mark.parametrize("text", [
    # dev30 stroke patient discharged from Siriraj
    "หมอให้กลับบ้านวันนี้แล้วแต่ลุงไม่มีเงินกลับบ้านเลยลุงอยู่ศิริราชมารักษาเส้นเลือดในสมองตีบ"
    "มาคนเดียวลูกหลานไม่มีใครมารับเลยครับ",
    "ผมเป็นหลอดเลือดสมองแตกครับ เพิ่งออกจากโรงพยาบาล",
    "ยายเป็นสโตรก เดินเองไม่ได้",
])
def test_stroke_is_sick(text: str) -> None:
    assert "sick" in extract_facts(text).special_needs


@pytest.mark.parametrize("text", [
    "ไม่ได้เป็นเส้นเลือดในสมองตีบครับ",
    "ตรวจเส้นเลือดในสมองแล้วปกติ",
    "พ่อเป็นเส้นเลือดในสมองแตกอยู่บ้าน ผมมาทำงานคนเดียว",  # a father who stays home
])
def test_no_stroke_of_the_traveller(text: str) -> None:
    assert "sick" not in extract_facts(text).special_needs


@pytest.mark.parametrize("text", [
    # dev30 trafficked to Malaysia, now at a foundation in Hat Yai
    "ค่ะ หนูโดนนายหน้าพาไปทำงานนวดที่มาเลเซีย แต่จริงๆให้ไปทำอย่างอื่น หนีออกมาได้ค่ะ "
    "ตอนนี้อยู่หาดใหญ่ มูลนิธิเขารับไว้ก่อน",
    "วัดให้นอนได้ครับ",
])
def test_taken_in_by_a_shelter_is_not_urgent(text: str) -> None:
    assert extract_facts(text).urgent is False


@pytest.mark.parametrize(("text", "urgent"), [
    ("หนีออกมาได้ค่ะ", True),  # fled, no roof said
    ("หนีออกมาได้ค่ะ มูลนิธิไม่รับ", True),
    ("หนีออกมาได้ค่ะ มูลนิธิรับไว้ แต่เขาตามมาถึงที่นี่ ไม่ปลอดภัย", True),
    ("มูลนิธิเขารับไว้ได้แค่คืนนี้ค่ะ", None),  # tonight only: asked
    # dev22 Mae Sai flood: a shelter only till tomorrow morning
    ("ไปคนเดียวเจ้า ศูนย์พักพิงที่วัดให้นอนได้ถึงพรุ่งนี้เช้าเจ้า หลังจากนั้นบ่มีที่นอนแล้ว", None),
])
def test_no_shelter_for_now_keeps_urgency(text: str, urgent: bool | None) -> None:
    assert extract_facts(text).urgent is urgent
