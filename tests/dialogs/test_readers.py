"""Answers read per question (dialogs.readers) and the care needs a story tells."""

from __future__ import annotations

import pytest

from dialogs.facts import HARDSHIPS, extract_facts
from dialogs.readers import (
    SPECIAL,
    read_hardship,
    read_id_card,
    read_letter,
    read_special,
    read_travellers,
    read_urgent,
    said_urgency,
)
from dialogs.understand import read_message


@pytest.mark.parametrize("text", [
    "ท้อง 7 เดือน", "ดิฉันท้อง 7 เดือนค่ะ สามีทิ้งไป", "ดิฉันตั้งครรภ์ค่ะ", "ตั้งท้องได้ 5 เดือน",
    "มีน้องในท้องค่ะ", "มีลูกในท้อง", "ท้องเจ็ดเดือนค่ะ", "เมียท้องแก่แล้ว", "หนูท้องค่ะ",
    "ท้อง ๘ เดือน", "คนท้องค่ะ",
])
def test_a_pregnancy_is_a_care_need(text: str) -> None:
    needs = extract_facts(text).special_needs
    assert "pregnant" in needs
    assert "child" not in needs and "elderly" not in needs  # "ลูกในท้อง", "ท้องแก่"


@pytest.mark.parametrize("text", [
    "ปวดท้องมาก", "ท้องเสีย", "หิวจนปวดท้อง", "ท้องว่างมาสองวัน", "หนูท้องเสียค่ะ",
    "ปวดท้อง 2 เดือนแล้ว", "หนูปวดท้องอยู่", "หิวจนท้องร้อง", "ไม่ได้ตั้งครรภ์",
    "คนท้องเสีย",
])
def test_the_belly_is_no_pregnancy(text: str) -> None:
    assert "pregnant" not in extract_facts(text).special_needs


def test_pregnant_is_offered_and_read_as_an_answer() -> None:
    assert SPECIAL["pregnant"] == "ตั้งครรภ์"
    assert read_special("ตั้งครรภ์ 7 เดือนค่ะ", None) == ["pregnant"]
    assert read_special("ท้องค่ะ", None) == ["pregnant"]
    assert read_special("", "special:pregnant") == ["pregnant"]
    assert read_special("ไม่มีค่ะ", None) == []
    assert read_special("ปวดท้องค่ะ", None) == ["sick"]


def test_a_pregnancy_told_in_a_story_is_health_data() -> None:
    said = read_message("ดิฉันท้อง 7 เดือนค่ะ ตอนนี้อยู่ชลบุรี")
    assert said["special_needs"] == ["pregnant"]
    assert "health" in said["need_hints"]
    assert "need_hints" not in read_message("ปวดหัวนิดหน่อยแต่ตอนนี้อยู่ชลบุรี ท้องว่าง")


@pytest.mark.parametrize(("text", "has"), [
    ("อยู่ในกระเป๋า", True), ("พกติดตัวตลอด", True), ("มีอยู่เด้อ", True), ("เอามาด้วยค่ะ", True),
    ("อยู่ค่ะ", True), ("มีอยู่แล้วค่ะ", True), ("บัตรโดนนายจ้างยึดไว้", False), ("นายจ้างยึดบัตรไว้", False),
    ("นายจ้างยึดไว้ค่ะ", False), ("อยู่ที่บ้านค่ะ", False),
    # a card said to be had, left at home, is a card (a photo may be sent; the officer
    # sees it at the interview): dev15 "saraburi boy card left at home"
    ("มีแต่อยู่ที่บ้าน", True),
])
def test_an_id_card_answer_said_sideways(text: str, has: bool) -> None:
    assert read_id_card(text, None) is has


@pytest.mark.parametrize("text", ["ยึดไว้", "มีแต่ไม่ได้เอามา", "ในกระเป๋ามีแต่เหรียญ"])
def test_an_unclear_card_answer_is_asked_again(text: str) -> None:
    assert read_id_card(text, None) is None


@pytest.mark.parametrize(("text", "count"), [
    ("คนเดว", 1), ("คนเดี่ยว", 1), ("ไปคนเดวครับ", 1), ("แค่ผม", 1), ("ผมเองครับ", 1),
    ("มีแต่ตัวเองค่ะ", 1),
])
def test_one_traveller_said_in_words_and_typos(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


@pytest.mark.parametrize("text", ["เราเอง", "สองสามคน", "ลูกคนเดียวไม่ได้"])
def test_no_count_is_made_up(text: str) -> None:
    assert read_travellers(text, None) is None


@pytest.mark.parametrize(("text", "urgent"), [
    ("ดวน", True), ("ดวนค่ะ", True), ("ด่วนนน", True), ("ไม่ดวน", False), ("ไม่เร่ง", False),
    ("พอไหวค่ะ", False), ("ยังไหว", False), ("ไม่ไหวแล้ว", True),
])
def test_urgency_said_with_typos_and_in_words(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent


@pytest.mark.parametrize("text", ["ชวนเพื่อน", "ขอสวนทาง", "ไม่แน่ใจว่าด่วนไหม"])
def test_no_urgency_is_made_up(text: str) -> None:
    assert read_urgent(text, None) is None


@pytest.mark.parametrize(("text", "needs"), [
    ("ขาหักค่ะ", {"sick"}), ("เข้าเฝือกอยู่", {"sick"}), ("มีไข้สูง", {"sick"}),
    ("ลูกยังแบเบาะ", {"child"}), ("หลานยังเล็ก", {"child"}), ("ยาย 80 แล้ว", {"elderly"}),
    ("แม่ 70 ปี", {"elderly"}), ("หูไม่ได้ยิน", {"disabled"}), ("แพ้ท้อง", {"pregnant"}),
    ("ผม 45 ปี", set()), ("บัตรหัก", set()), ("ตา 2 ข้าง", set()),
])
def test_care_needs_in_everyday_words(text: str, needs: set[str]) -> None:
    assert extract_facts(text).special_needs == needs


@pytest.mark.parametrize(("text", "people"), [
    ("มีเด็กเล็ก 2 คน", None),  # the children, not everyone who travels
    ("มีลูกเล็กสองคนไปด้วย", 3), ("3 คน มีลูกเล็ก 2 คน", 3),
])
def test_children_counted_are_not_the_whole_group(text: str, people: int | None) -> None:
    assert extract_facts(text).travellers == people


def test_everyone_well_is_no_care_need() -> None:
    assert read_special("ปกติดีค่ะ", None) == []
    assert read_special("แข็งแรงดีทุกคน", None) == []
    assert read_special("ปกติดีแต่ยายเดินไม่ได้", None) == ["disabled"]
    assert read_special("ไม่ปกติค่ะ", None) is None


@pytest.mark.parametrize(("text", "has"), [
    ("ยายมีบัตร", True), ("ตายายมีบัตรทั้งสองคนค่ะ", True), ("ลุงเขามีบัตรครับ", True),
    ("ป้าไม่มีบัตรจ้ะ", False), ("น้องมีบัตรประชาชนค่ะ", True), ("พี่มีบัตรค่ะ", True),
    ("น้องชายไม่มีบัตรครับ", False)])
def test_an_older_person_answers_for_their_card_in_the_third_person(text: str,
                                                                    has: bool) -> None:
    assert read_id_card(text, None) is has


@pytest.mark.parametrize("text", ["แม่มีบัตร", "ลูกมีบัตรค่ะ", "ยายมีบัตรคนจน",
                                  "ยายมีบัตรแต่หาย", "น้องมีบัตรสวัสดิการ", "แฟนมีบัตรค่ะ",
                                  "น้องมีบัตรแต่ผมไม่มี"])
def test_another_persons_or_another_card_is_no_card_answer(text: str) -> None:
    assert read_id_card(text, None) is not True


@pytest.mark.parametrize("text", ["ไม่มีหนังสือค่ะ", "ไม่มีเอกสารอะไรครับ", "ไม่เคยมีหนังสือ"])
def test_no_paper_answers_the_letter_question(text: str) -> None:
    assert read_letter(text, None) is False


@pytest.mark.parametrize("text", ["ไม่มีหนังสือเดินทาง", "ไม่มีใบขับขี่"])
def test_other_papers_do_not_answer_the_letter_question(text: str) -> None:
    assert read_letter(text, None) is None


@pytest.mark.parametrize("text", ["ไม่ได้เดือดร้อนค่ะ มีเงินเดือน", "บ่ลำบากค่ะ",
                                  "ไม่มีปัญหาอะไรครับ"])
def test_no_trouble_in_words_is_none_of_the_three(text: str) -> None:
    assert read_hardship(text, None) == dict.fromkeys(HARDSHIPS, False)


@pytest.mark.parametrize(("text", "trouble"), [
    ("ไม่ได้เดือดร้อนเรื่องที่พัก แต่ไม่มีค่ารถ", "no_fare"),
    ("ไม่ลำบากเรื่องข้าว แต่ไม่มีที่นอน", "no_shelter")])
def test_a_trouble_named_beside_no_trouble_wins(text: str, trouble: str) -> None:
    assert (read_hardship(text, None) or {}).get(trouble) is True


@pytest.mark.parametrize(("text", "has"), [("มีบัดค่ะ", True), ("ไม่มีบัดครับ", False)])
def test_a_card_typed_as_bad_answers_the_card_question(text: str, has: bool) -> None:
    assert read_id_card(text, None) is has


def test_bad_nee_is_no_card_answer() -> None:
    assert read_id_card("บัดนี้", None) is None


def test_no_trouble_with_one_thing_says_nothing_of_the_others() -> None:
    assert read_hardship("ไม่เดือดร้อนเรื่องที่พักค่ะ", None) is None


@pytest.mark.parametrize("text", ["1 ไม่", "2 คน ไม่ค่ะ", "คนเดียว ไม่ครับ", "3 คนค่ะ ไม่"])
def test_a_count_then_a_bare_no_is_not_urgent(text: str) -> None:
    assert said_urgency(text) is False


@pytest.mark.parametrize(("text", "urgent"), [
    ("1 ไม่มี", None), ("2 คน ไม่มีที่นอน", True), ("1", None), ("ไม่ 2 คน", None)])
def test_no_that_is_not_the_urgency_part(text: str, urgent: bool | None) -> None:
    assert said_urgency(text) is urgent


@pytest.mark.parametrize("text", ["ไม่มี", "ไม่มีครับ", "บ่มีเด้อ", "ไม่มีอะไรเลยค่ะ"])
def test_a_bare_have_not_to_which_trouble_is_asked_again(text: str) -> None:
    # no trouble, or nothing at all (dev110: one word a message, refused at "ไม่มี")
    assert read_hardship(text, None) is None


@pytest.mark.parametrize("text", ["ไม่มีปัญหาครับ", "ไม่เดือดร้อนค่ะ"])
def test_no_trouble_said_is_none(text: str) -> None:
    assert read_hardship(text, None) == dict.fromkeys(("no_shelter", "no_food", "no_fare"), False)
