"""Sentence shapes the readers got wrong: a relative's place taken for the writer's,
ไม่มี mistyped, "ไปคนเดียว ไม่ได้..." read as unable to go alone, care needs of people
who stay home, and "ไปกับแม่ 2 คน" counted three."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.understand import read_message


def _here(text: str) -> str | None:
    province = extract_facts(text).current_province
    return province.name_en if province else None


@pytest.mark.parametrize(("relative", "place", "mine", "want"), [
    ("พี่ชาย", "สกล", "ผมอยู่ชลบุรี", "Chon Buri"),
    ("พี่สาว", "สกล", "ผมอยู่ชลบุรี", "Chon Buri"),
    ("น้องชาย", "อุดร", "ฉันอยู่ระยอง", "Rayong"),
    ("น้องสาว", "อุดร", "หนูอยู่ระยอง", "Rayong"),
    ("น้อง", "อุดร", "ตัวเองอยู่ระยอง", "Rayong"),
    ("ยาย", "ที่โคราช", "ส่วนหนูอยู่ปากเกร็ด", "Nonthaburi"),
    ("พี่ชายทำงาน", "ระยอง", "ผมอยู่สระบุรี", "Saraburi"),
])
def test_where_the_writer_says_they_are_wins_over_a_relatives_place(
        relative: str, place: str, mine: str, want: str) -> None:
    assert _here(f"ไม่มีค่ารถ {relative}อยู่{place} {mine}") == want


@pytest.mark.parametrize(("text", "want"), [
    ("ผมอยู่ชลบุรี พี่ชายอยู่สกล", "Chon Buri"),  # the writer's own place said first stays
    ("พี่ชายอยู่สกล", None),  # a brother's place alone is not the writer's
    ("น้องสาวอยู่อุดรค่ะ", None),
    ("อยู่ระยอง แม่อยู่ขอนแก่น", "Rayong"),
])
def test_a_relatives_place_never_replaces_the_writers(text: str, want: str | None) -> None:
    assert _here(text) == want


@pytest.mark.parametrize("text", ["ม่มีเงินกลับบ้าน อยู่ระยอง", "ม่มีค่ารถ", "มะมีค่ารถ",
                                  "ผมม่มีค่ารถ", "ไม่มค่ารถ", "ไม่มัีค่ารถ"])
def test_a_mistyped_not_have_is_a_lack(text: str) -> None:
    assert read_message(text)["no_fare"] is True


@pytest.mark.parametrize("text", ["แม่มีค่ารถให้แล้ว", "งานใหม่มีค่ารถให้", "ผมมีค่ารถแล้ว",
                                  "ซื้อมะม่วงไปฝากแม่ มีค่ารถแล้ว", "ไม่มองหน้าใคร มีค่ารถแล้ว"])
def test_real_words_next_to_mi_are_not_read_as_a_typo(text: str) -> None:
    assert read_message(text).get("no_fare") is not True  # the mother's fare: not said


@pytest.mark.parametrize("text", ["ไปคนเดียว ไม่ได้ท้อง", "ไปคนเดียว ไม่ได้ป่วย",
                                  "ไปคนเดียว ไม่ได้รีบ", "ไปคนเดียวไม่ได้พาใครไป",
                                  "กลับคนเดียวค่ะ ไม่ได้เป็นอะไร"])
def test_alone_then_did_not_is_one_traveller_with_no_care_need(text: str) -> None:
    facts = extract_facts(text)
    assert (facts.travellers, facts.special_needs) == (1, frozenset())


@pytest.mark.parametrize("text", ["ไปคนเดียวไม่ได้", "ไปคนเดียวไม่ได้ ต้องมีคนพา",
                                  "แม่กลับเองไม่ได้ค่ะ", "ยายไปคนเดียวไม่ได้ เพราะความจำไม่ดี"])
def test_cannot_go_alone_is_still_read(text: str) -> None:
    assert "cannot_travel_alone" in extract_facts(text).special_needs


def test_nobody_sick_records_no_care_need() -> None:
    assert extract_facts("ไม่ได้มีใครป่วย").special_needs == frozenset()


@pytest.mark.parametrize("text", ["เคยป่วยเป็นไข้เลือดออกเมื่อปีที่แล้ว ตอนนี้หายแล้ว",
                                  "เคยเป็นไข้ เดือนที่แล้ว หายดีแล้วค่ะ"])
def test_an_illness_that_is_over_is_neither_sick_nor_urgent(text: str) -> None:
    facts = extract_facts(text)
    assert "sick" not in facts.special_needs
    assert facts.urgent is not True


@pytest.mark.parametrize("text", ["ป่วยเป็นไข้เลือดออกอยู่", "เคยป่วยเป็นมะเร็ง ยังรักษาอยู่",
                                  "แม่ป่วย หายใจไม่ออก"])
def test_an_illness_not_over_is_still_sick(text: str) -> None:
    assert "sick" in extract_facts(text).special_needs


def test_bleeding_is_still_urgent() -> None:
    assert extract_facts("โดนทำแผล เลือดออกไม่หยุด").urgent is True


def test_cannot_go_alone_then_a_wish_is_still_cannot() -> None:
    assert "cannot_travel_alone" in extract_facts("ไปคนเดียวไม่ได้ อยากกลับบ้าน").special_needs


@pytest.mark.parametrize(("text", "need"), [
    ("ไม่มีค่ารถ เมียท้องอยู่ที่บ้าน ผมไปคนเดียว", "pregnant"),
    ("ลูกอายุ 10 ขวบอยู่กับยาย ไปคนเดียว", "child"),
    ("แม่ป่วยอยู่ที่บ้าน อยากกลับไปดูแล ไปคนเดียว", "sick"),
    ("พ่อเป็นอัมพาตอยู่บ้าน ไปคนเดียว", "disabled"),
    ("ยายอายุ 80 ปีรออยู่ที่บ้าน กลับคนเดียวค่ะ", "elderly"),
])
def test_the_care_need_of_one_who_stays_is_not_the_lone_travellers(text: str, need: str) -> None:
    facts = extract_facts(text)
    assert facts.travellers == 1
    assert need not in facts.special_needs


@pytest.mark.parametrize(("text", "need"), [
    ("ไปกับแม่ แม่ป่วย", "sick"),
    ("แม่ป่วยอยู่ที่บ้าน", "sick"),  # nobody said to travel alone
    ("ผมป่วยอยู่ที่บ้านเพื่อน ไปคนเดียว", "sick"),  # the writer, at a friend's
    ("ลูกอายุ 5 ขวบอยู่กับผม ไปคนเดียว", "child"),
    ("ผมป่วย แม่อยู่ที่บ้าน ไปคนเดียว", "sick"),
])
def test_the_care_need_of_one_who_travels_is_kept(text: str, need: str) -> None:
    assert need in extract_facts(text).special_needs


@pytest.mark.parametrize("text", ["ไปกับแม่ 2 คน", "ไปกับตา 2 คน", "กลับกับเมีย 2 คนค่ะ",
                                  "พาพ่อไป 2 คน"])
def test_n_people_after_one_person_named_is_the_total(text: str) -> None:
    assert extract_facts(text).travellers == 2


@pytest.mark.parametrize(("text", "want"), [("ไปกับลูก 2 คน", 3),  # children may be many
                                            ("ไปกับเมียและลูกอีก 2 คน", 4),
                                            ("ผัวเมียกับลูก 2 คน", 4)])
def test_n_people_after_those_who_may_be_many_still_adds_the_writer(text: str, want: int) -> None:
    assert extract_facts(text).travellers == want


@pytest.mark.parametrize("text", ["ลูกอายุ 10 ขวบอยู่กับยายที่ยโสธร ไปคนเดียว",
                                  "แม่อายุ 70 อยู่ขอนแก่น"])
def test_where_a_relative_of_some_age_lives_is_not_where_the_writer_is(text: str) -> None:
    assert _here(text) is None


@pytest.mark.parametrize(("text", "want"), [("ผมอายุ 40 ปี อยู่ระยอง", "Rayong"),
                                            ("ผมกับแม่อายุ 70 อยู่ขอนแก่น", "Khon Kaen")])
def test_where_the_writer_of_some_age_lives_is_kept(text: str, want: str) -> None:
    assert _here(text) == want
