"""Counts, care needs and urgency from the dev21/dev22 sets: a place that ends before
tomorrow, a room still theirs, "no hurry" in the north, no escort needed, this year's
age, a count corrected after a person forgotten."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_travel_alone, someone_else_alone
from dialogs.parse import facts_of
from dialogs.readers import read_travellers
from dialogs.travellers import people_and_ages
from dialogs.urgency import read_urgent, said_urgency


@pytest.mark.parametrize("text", [
    "ยังมีห้องค่ะ",  # "still have a room": not urgent
    "ยังมีห้องเช่าอยู่ครับ",
    "ตอนนี้นอนศาลาวัดเจ้า หลวงพ่อหื้อนอนได้จนกว่าจะได้ปิ๊กบ้าน บ่ฟั่งเจ้า",  # northern: no hurry
    "บ่ต้องฟ้าวเด้อ",  # Isan: no hurry
    "2 คนครับ ผมกับน้อง ยังมีห้องนอนอยู่ครับ จ่ายค่าห้องถึงสิ้นเดือน ไม่ได้ต้องออกพรุ่งนี้",
])
def test_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False


def test_room_still_theirs_with_the_count() -> None:
    assert said_urgency("ฉันคนเดียวค่ะ สามีไปทีหลัง ยังมีห้องค่ะ") is False


@pytest.mark.parametrize("text", [
    # a temple for one night only
    "ผมคนเดียวครับ ตอนนี้พักวัดครับหลวงพี่ให้นอนได้แค่คืนนี้พรุ่งนี้ต้องออกครับ",
    "ห้อง หมดสัญญา พรุ่งนี้เช้า ออก ต้อง",  # short words, scrambled
    "พรุ่งนี้ต้องออกจากหอแล้ว",
    "ยังมีห้องแต่คืนนี้ต้องออกแล้ว",
    "เพื่อนให้นอนได้แค่คืนนี้",
])
def test_place_ending_before_tomorrow_is_urgent(text: str) -> None:
    assert read_urgent(text, None) is True


@pytest.mark.parametrize("text", [
    "พรุ่งนี้ไม่ต้องออก",
    "โดนให้ออกจากงานวันนี้",  # fired from work: says nothing of a place
    "ต้องออกเดินทางพรุ่งนี้",
    "พรุ่งนี้ต้องออกไปทำงาน",
    "ห้องหมดสัญญาสิ้นเดือน",
    "ยังมีห้องว่างไหม",
])
def test_not_a_place_ending_soon(text: str) -> None:
    assert read_urgent(text, None) is None


def test_no_escort_needed_is_not_cannot_travel_alone() -> None:
    text = "ไปด้วยกันครับ ผมเข็นน้องเอง ไม่ต้องมีเจ้าหน้าที่ไปด้วย"
    assert "cannot_travel_alone" not in facts_of(text).special_needs
    assert read_travel_alone(text, None) is True
    assert "cannot_travel_alone" not in facts_of("บ่ต้องมีคนพาเด้อ").special_needs


def test_escort_needed_still_is() -> None:
    assert "cannot_travel_alone" in facts_of("ไปคนเดียวไม่ได้ต้องมีคนพา").special_needs
    assert "cannot_travel_alone" in facts_of("ต้องมีเจ้าหน้าที่ไปด้วยค่ะ").special_needs


def test_this_years_age_after_a_correction() -> None:
    text = "ป้าอายุ 58 เจ้า เอ๊ะ บ่ใช่ ขอแก้เจ้า ป้าเกิด 2507 ปีนี้ 62 แล้ว"
    assert facts_of(text).special_needs == {"elderly"}


@pytest.mark.parametrize("text", ["ปีนี้ 2 คนค่ะ", "ปีนี้ 2 ครั้งแล้ว", "ปีนี้ 62 แล้ว ไม่ใช่อายุ"])
def test_this_year_without_an_elder_age(text: str) -> None:
    assert "child" not in facts_of(text).special_needs
    if "62" not in text:
        assert "elderly" not in facts_of(text).special_needs


def test_count_corrected_after_one_forgotten() -> None:
    text = ("4 คนครับ ผม เมีย ลูกสองคน เดี๋ยวนะครับ ไม่ใช่ 5 คน ลืมนับแม่ยาย แม่ยายไปด้วย"
            " แม่ยายอายุ 64")
    assert people_and_ages(text.replace(" ", ""))[0] == 5


@pytest.mark.parametrize("text, count", [
    ("ไม่ใช่ 2 คน ไป 3 คน", 3),  # denied, then the count
    ("3 คน ไม่ใช่ 2 คน", 3),  # no one forgotten: the denial stays a denial
    ("4 คน ไม่ใช่ 5 คน", 4),
])
def test_denied_count_stays_denied(text: str, count: int) -> None:
    assert people_and_ages(text.replace(" ", ""))[0] == count


@pytest.mark.parametrize("text", ["ลูกคนเดียวค่ะ", "ลูกชายคนเดียวครับ", "แค่ลูกไปคนเดียวค่ะ"])
def test_the_child_alone_answers_the_count(text: str) -> None:
    """dev22 mum voice-typing for her son: "ลูกคนเดียวค่ะ" is one, someone else."""
    assert read_travellers(text, None) == 1
    assert someone_else_alone(text)


@pytest.mark.parametrize("text", ["ลูกคนเดียวไม่ได้", "มีลูกคนเดียว", "ลูกคนเดียวยังเล็ก"])
def test_an_only_child_is_no_count(text: str) -> None:
    assert read_travellers(text, None) is None
    assert not someone_else_alone(text)


def test_leaving_tomorrow_with_tonight_kept_is_not_urgent() -> None:
    """dev14 Nong Khai family: tonight's place said to hold wins over tomorrow's leaving."""
    text = "3 คนค่ะ เอ้ยไม่ใช่ 4 คน รวมหนูด้วย พรุ่งนี้ต้องออกจากห้องค่ะ คืนนี้ยังนอนได้"
    assert said_urgency(text) is not True
    assert read_urgent("พรุ่งนี้ต้องออกจากห้องค่ะ คืนนี้ยังนอนได้", None) is False
    assert read_urgent("คืนนี้ยังไม่มีที่นอน พรุ่งนี้ต้องออก", None) is True
