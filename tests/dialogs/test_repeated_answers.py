"""Answers that were asked again: the fare said last ("ค่ารถบ่มี"), a refusal of the needs
question, "บ่อย" read as a "no", "มีทั้งสองคน" read as a count, a card found at the letter
question, and a free ride asked of by one with money."""

from __future__ import annotations

import pytest

from dialogs.answering import card_found
from dialogs.care_answers import read_travel_alone
from dialogs.facts import extract_facts
from dialogs.readers import read_hardship, read_needs


@pytest.mark.parametrize("text", ["ค่ารถบ่มี", "ค่ารถกลับบ้านก็ไม่มี", "เงินค่ารถไม่มีค่ะ",
                                  "ค่ารถ บ่มี อยากกลับบ้าน"])
def test_the_fare_named_then_none(text: str) -> None:  # dev13 damaged card
    assert read_hardship(text, None) == {"no_fare": True}


@pytest.mark.parametrize("text", ["มีค่ารถ ไม่มีที่นอน", "ค่ารถไม่มีปัญหาค่ะ"])
def test_the_fare_then_a_lack_of_something_else(text: str) -> None:
    assert extract_facts(text).no_fare is not True


def test_money_had_is_no_hardship() -> None:  # dev14 songkran
    said = read_hardship("ก็มีเงินอยู่ครับ มีงานทำ แต่อยากประหยัด 555", None)
    assert said == {"no_shelter": False, "no_food": False, "no_fare": False}
    assert extract_facts("ก็มีเงินอยู่นิดหน่อย").no_fare is None  # a little: not said


def test_a_free_ride_asked_of_is_no_lack() -> None:
    assert extract_facts("ขอค่ารถกลับบ้านฟรีต้องเสียตังค์ไหมครับ").no_fare is None
    assert extract_facts("ขอค่ารถกลับบ้านหน่อยครับ").no_fare is True


@pytest.mark.parametrize("text", ["ขอไม่พูดดีกว่าครับ", "ไม่อยากเล่าค่ะ", "ไม่สะดวกตอบ"])
def test_the_needs_question_declined(text: str) -> None:  # dev8 rayong release
    assert read_needs(text, None) == []


def test_a_need_told_after_saying_so_is_read() -> None:
    assert read_needs("ขอบอกว่าอยากหางาน", None) == ["work"]
    assert read_needs("อยากคุยกับเจ้าหน้าที่", None) is None


@pytest.mark.parametrize("text", ["ไปเองได้จ้ะ นั่งรถทัวร์บ่อย", "ไปเองได้ บ่าย 2 ออก",
                                  "ได้ บ่ต้องพา"])
def test_can_travel_alone_with_bo_inside_a_word(text: str) -> None:  # dev15 sing buri
    assert read_travel_alone(text, None) is True


@pytest.mark.parametrize("text", ["ไปคนเดียวบ่ไหว", "ต้องมีคนพาไป"])
def test_cannot_travel_alone_still(text: str) -> None:
    assert read_travel_alone(text, None) is False


def test_both_have_cards_is_no_count() -> None:  # dev8 young family
    assert extract_facts("มีทั้งสองคนค่ะ สมุทรปราการ บางพลีค่ะ").travellers is None
    assert extract_facts("ไปทั้งสองคนค่ะ").travellers == 2


def test_a_card_found_at_the_letter_question() -> None:  # dev9 phuket worker
    said = {"id_card": True}
    assert card_found("nationality_letter", said, {"id_card": False})
    assert not card_found("nationality_letter", {"id_card": False}, {"id_card": True})
    assert not card_found("travellers", said, {"id_card": False})
