"""Readings found by the blind development set dev42, each with the sentence that showed
it and sentences beside it that must not change."""

from __future__ import annotations

import pytest

from dialogs.card_reader import read_id_card
from dialogs.facts import extract_facts
from dialogs.needs import parse_needs, released_from_prison


@pytest.mark.parametrize("text", [
    "คนเดียว อยู่หอเพื่อนได้ค่ะ ไม่ถึงกับไม่มีที่นอน",  # (read as no shelter, and urgent)
    "ไม่ถึงขั้นไม่มีที่นอนค่ะ"])
def test_not_so_far_as_to_have_nowhere_to_sleep_is_a_roof(text: str) -> None:
    assert extract_facts(text).no_shelter is False


@pytest.mark.parametrize(("text", "hungry"), [
    ("ไม่ถึงกับอดข้าวค่ะ", None), ("ไม่อดข้าว", None), ("อดข้าวมาสองวัน", True)])
def test_going_without_food_denied_is_no_hunger(text: str, hungry: bool | None) -> None:
    assert extract_facts(text).no_food is hungry


@pytest.mark.parametrize(("text", "care"), [
    ("คนเดียวครับ ยังมีห้องเช่าอยู่ครับ ไม่มีครับ ตอนนี้แข็งแรงดี วัณโรคหายแล้ว", set()),
    ("เป็นไข้ หายแล้วค่ะ", set()), ("ลูกไม่สบายมาสามวัน ยังไม่หาย", {"sick"}),
    ("ลูกป่วย บัตรหายแล้ว", {"sick"}), ("ผ่าตัดมา ยังไม่หายดี", {"sick"})])
def test_an_illness_healed_is_no_care_need(text: str, care: set[str]) -> None:
    assert set(extract_facts(text).special_needs) == care


@pytest.mark.parametrize(("text", "escort"), [
    ("ยายอายุ78แล้ว ขึ้นรถเองไม่เป็น หลงทางง่าย", True), ("แม่หลงทางบ่อย", True),
    ("ขึ้นรถเองได้", False), ("ไม่หลงทางง่ายหรอก", False)])
def test_one_who_cannot_take_the_bus_alone_needs_an_escort(text: str, escort: bool) -> None:
    assert ("cannot_travel_alone" in extract_facts(text).special_needs) is escort


@pytest.mark.parametrize(("text", "count"), [
    ("ผม เมีย ลูก2 แม่ผม อยู่ระยอง จะกลับบุรีรัมย์", 5), ("ผม เมีย ลูก2 แม่ผมอายุ71", 5),
    ("ผม เมีย ลูก2", 4), ("ผม เมีย ลูก2 แม่อยู่บ้าน", 4),
    ("ผัวทิ้งค่ะ หนีไปกับเมียใหม่ เหลือหนูกับลูกสองคน", 3), ("กับเมียและลูกอีก 2 คน", 4)])
def test_families_listed_member_by_member(text: str, count: int) -> None:
    assert extract_facts(text).travellers == count


@pytest.mark.parametrize(("text", "has"), [
    ("ผมกับเมียกับแม่มีครับ ลูกยังไม่มี ยังเล็ก", True), ("ของหนูมีค่ะ ของลูกยังไม่มี", True),
    ("มีกันครับ", True), ("มีกันค่ะ", True), ("ไม่มีกันค่ะ", False), ("ของหนูไม่มีค่ะ", False),
    ("ผมกับเมียไม่มีครับ", False), ("ผมไม่มี ลูกยังไม่มี", False),
    ("ของหนูมีค่ะ ของแม่หาย", None)])
def test_a_card_answer_that_leaves_the_children_out(text: str, has: bool | None) -> None:
    """Children too young for a card: the card that counts is the adults' (asked again,
    then skipped, and the nationality letter asked for nothing)."""
    assert read_id_card(text, None) is has


@pytest.mark.parametrize("text", [
    "ผมเคยติดคุกนะครับ แต่นานแล้ว ออกมาแปดปีแล้ว คุมประพฤติก็จบไปนานแล้ว",
    "พ้นโทษมาหลายปีแล้ว"])
def test_prison_long_past_is_no_release_just_had(text: str) -> None:
    """A false criminal history need, its consent asked for nothing."""
    assert "probation" not in parse_needs(text)
    assert not released_from_prison(text)


@pytest.mark.parametrize("text", ["เพิ่งพ้นโทษ คดีจบแล้ว", "เพิ่งออกจากคุกเมื่อวาน เคยติดคุกมาสองปี"])
def test_a_release_just_had_stays(text: str) -> None:
    assert "probation" in parse_needs(text) and released_from_prison(text)


@pytest.mark.parametrize("text", [
    "ไม่มีครับ เรื่องคดีจบหมดแล้ว ขอแค่ค่ารถ",
    "เคยเป็นซึมเศร้าด้วยนะคะ แต่ตอนนี้หายแล้ว หมอให้เลิกยาตั้งแต่ปีที่แล้ว",
    "ไม่มีแล้วค่ะ เรื่องซึมเศร้าหายแล้วจริงๆ",
    "เคยเป็นวัณโรคเมื่อปีก่อนนะครับ แต่กินยาครบหกเดือน หมอบอกหายแล้ว ไม่ติดต่อแล้ว"])
def test_a_story_of_an_illness_or_a_case_that_is_over(text: str) -> None:
    assert not {"health", "mental", "legal"} & set(parse_needs(text))
