"""Care needs and urgency found by dev11: a shelter's staff, a temple stay, a northern
elder couple not sick, crutches of one healing, a trip wanted the very day."""

from __future__ import annotations

import pytest

from dialogs.answering import learned_beyond
from dialogs.facts import extract_facts
from dialogs.readers import read_urgent
from dialogs.slots import BY_KEY


def test_a_shelters_staff_writes_for_those_it_keeps() -> None:
    text = "สวัสดีค่ะ เจ้าหน้าที่บ้านพักเด็กและครอบครัว กทม.ค่ะ ขอส่งเรื่องแม่และลูกกลับบ้านที่อุบลค่ะ"
    assert extract_facts(text).urgent is False  # dev11 Bangkok shelter staff


@pytest.mark.parametrize("text", ["เจ้าหน้าที่บ้านพักให้ออกคืนนี้ค่ะ",
                                  "เจ้าหน้าที่มูลนิธิไล่ออกมาแล้ว",
                                  "เจ้าหน้าที่บ้านพักคนงานค่ะ"])
def test_a_shelter_that_puts_out_is_no_place(text: str) -> None:
    assert extract_facts(text).urgent is not False


def test_a_released_man_at_a_temple_is_not_urgent() -> None:
    text = ("เจริญพร อาตมาเป็นพระอยู่วัดในตัวเมืองลำปาง มีโยมผู้ชายพ้นโทษมาได้เดือนนึง "
            "มาอาศัยนอนที่วัด อยากกลับบ้านที่สุราษฎร์ แต่ไม่มีปัจจัยค่ารถ")  # dev11 Lampang
    assert extract_facts(text).urgent is False


def test_northern_old_couple_not_sick() -> None:
    text = "แม่หม่อน 68 ป้อหม่อน 75 เจ้า เฒ่าแล้ว แต่บ่ได้ป่วยไข้"  # dev11 Chiang Mai
    assert extract_facts(text).special_needs == {"elderly"}
    assert extract_facts("แม่หม่อน 68 ป้อหม่อน 75 เจ้า").special_needs == {"elderly"}


@pytest.mark.parametrize("text", ["บ่ป่วยเจ้า", "บ่ได้ป่วยเจ้า", "ไม่ได้ป่วยค่ะ"])
def test_not_sick_in_any_dialect(text: str) -> None:
    assert "sick" not in extract_facts(text).special_needs


@pytest.mark.parametrize("text", ["เฒ่าแล้วแต่ก็ป่วยเป็นเบาหวาน", "ป้อหม่อนป่วยบ่ได้ไปหาหมอ"])
def test_sick_still_sick(text: str) -> None:
    assert "sick" in extract_facts(text).special_needs


def test_crutches_told_again_by_one_healing_stay_sick() -> None:
    known = {"travellers": 1, "special_needs": ["sick"]}  # "ขาหักข้างขวา ใส่เฝือก เดินไม้ค้ำ"
    text = "ไปคนเดียวได้ค่ะ เดินไม้ค้ำได้คล่อง"  # dev11 Mae Sot nurse
    told = learned_beyond(BY_KEY["travel_alone"], text, known)
    assert "disabled" not in (told.get("special_needs") or [])


def test_a_wheelchair_told_later_is_still_disabled() -> None:
    known = {"travellers": 1, "special_needs": ["sick"]}
    told = learned_beyond(BY_KEY["travel_alone"], "ไปเองไม่ได้ค่ะ นั่งวีลแชร์", known)
    assert "disabled" in told["special_needs"]


def test_crutches_without_healing_known_are_disabled() -> None:
    told = learned_beyond(BY_KEY["travel_alone"], "เดินไม้ค้ำค่ะ", {"travellers": 1})
    assert "disabled" in told["special_needs"]


def test_a_trip_wanted_the_very_day_is_urgent() -> None:
    text = "ออกพรุ่งนี้เช้าค่ะ อยากให้เดินทางได้ในวันนั้นเลย"  # dev11 Tak prison
    assert read_urgent(text, None) is True


@pytest.mark.parametrize("text", ["ไม่ด่วน อยากกลับพรุ่งนี้เลยถ้าได้", "ไม่ต้องวันนี้ก็ได้ค่ะ",
                                  "กลับวันไหนก็ได้ค่ะ"])
def test_no_hurry_for_the_day(text: str) -> None:
    assert read_urgent(text, None) is not True


def test_an_elders_cane_is_no_disability() -> None:
    # dev7 Northern uncle: "ลุงเดินต้องใช้ไม้เท้า" (74): elderly, not disabled
    assert extract_facts("ลุงคนเดียวครับ อายุ 74 แล้ว ลุงเดินต้องใช้ไม้เท้าครับ").special_needs == {
        "elderly"}
    assert "disabled" in extract_facts("ตาบอดครับ ใช้ไม้เท้าขาว").special_needs
    assert "disabled" in extract_facts("พ่อใช้ไม้เท้าขาว").special_needs
