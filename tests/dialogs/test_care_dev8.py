"""Care needs, travellers and urgency found by dev7 and dev8: a newborn, ages in weeks,
elders' ages in words, forgetfulness, a place for now."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_special, read_urgent, said_urgency


@pytest.mark.parametrize("text", [
    "2 คนค่ะ หนูกับลูกแรกเกิด",  # dev7 new mother, to the count question
    "ลูกเพิ่งเกิดได้สองอาทิตย์ค่ะ",  # dev7, to "anyone who needs care?"
    "เขาให้ออกพรุ่งนี้เช้า เพิ่งคลอดลูกได้สองอาทิตย์",
    "คลอดลูกได้ 10 วัน",
    "ลูก 3 อาทิตย์ค่ะ",
    "หลานได้ 2 สัปดาห์",
    "ลูกอายุ 10 วัน",
])
def test_a_newborn_is_a_small_child(text: str) -> None:
    assert "child" in (read_special(text, None) or [])


@pytest.mark.parametrize("text", [
    "ใกล้คลอดแล้วค่ะ",  # a pregnancy, not a child yet
    "เรื่องเพิ่งเกิดเมื่อวานค่ะ",  # something happened
    "ผม 3 วันไม่ได้กินข้าว",  # days without food, no age
    "ลูกไปทำงาน 3 วันแล้ว",
])
def test_not_a_newborn(text: str) -> None:
    assert "child" not in extract_facts(text).special_needs


def test_elders_ages_in_words() -> None:
    # dev8 old couple, to "anyone who needs care?"
    assert read_special("ตาเจ็ดสิบห้า ยายเจ็ดสิบสองจ้ะ", None) == ["elderly"]
    assert read_special("ยาย 80 ค่ะ", None) == ["elderly"]
    # dev7 pregnant woman, to "anyone who needs care?"
    assert read_special("หนูท้อง 7 เดือนค่ะ ยายก็แปดสิบแล้ว", None) == ["elderly", "pregnant"]


@pytest.mark.parametrize("text", ["ยาย 100 บาท", "ตา 2 คน", "ยายเจ็ดสิบบาทค่ะ"])
def test_a_sum_or_a_count_after_an_elder_is_no_age(text: str) -> None:
    assert "elderly" not in extract_facts(text).special_needs


def test_forgetful_cannot_travel_alone() -> None:
    # dev8 daughter for her old father
    assert read_special("พ่ออายุ 78 แล้วค่ะ ขี้หลงขี้ลืม", None) == ["cannot_travel_alone",
                                                                  "elderly"]
    assert read_special("ไปคนเดียวไม่ไหวหรอกลูก ตาไม่ดี หลงๆลืมๆ", None) == ["cannot_travel_alone"]
    assert "cannot_travel_alone" not in extract_facts("พ่ออายุ 78 แล้วค่ะ ขี้ลืมนิดหน่อย").special_needs


@pytest.mark.parametrize("text", [
    "พอมีที่ซุกหัวนอนที่วัดอยู่จ้ะ",  # dev8 old couple, to "is it urgent?"
    "นอนวัดใกล้ขนส่งอาเขตไปก่อน",  # dev7 Northern uncle
    "ตอนนี้พักที่มูลนิธิได้ครับ",
    "ยังมีที่นอนค่ะ",
])
def test_a_place_for_now_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False
    assert said_urgency(text) is False


@pytest.mark.parametrize("text", [
    "ไม่มีที่นอนค่ะ",
    "นอนศาลาท่ารถมาสองคืนแล้ว",  # a bus station is no place
    "คืนนี้พ่อคงต้องนอนที่สถานีขนส่งค่ะ",
    "นอนใต้สะพานทุกคืนค่ะ",
    "วัดไม่ให้นอนแล้ว นอนวัดไม่ได้",
])
def test_no_place_is_urgent(text: str) -> None:
    assert read_urgent(text, None) is True
