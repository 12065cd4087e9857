"""Urgency misread in dev19/dev20: "no place tonight" in other words and dialects, a room
locked by the landlord and a night outside, a softened "not urgent" with a sala given for
now, and a man staying at the temple of the monk who writes. The manual: urgent is help
within 24 hours; one with a place to stay for now is not urgent."""

from __future__ import annotations

import pytest

from dialogs.parse import facts_of
from dialogs.readers import read_urgent, said_urgency


@pytest.mark.parametrize("text", [
    "คืนนี้ไม่รู้นอนไหน", "ไม่รู้จะนอนที่ไหน", "ไม่รู้จะไปนอนไหน",  # dev19 released today
    "คืนนี้บ่มีตี้นอนครับ",  # dev20 northern: ตี้ is ที่
    "บ่มีบ่อนนอน", "ไม่มีที่หลับที่นอน", "นอนข้างทาง", "บ่มีตี้อยู่",
    # dev19 hiv woman: the landlord locked the room, she sat by the beach last night
    "เจ้าของห้องล็อคห้องแล้วค่ะ ของอยู่ข้างในหมด เมื่อคืนนั่งหน้าหาด",
    "นอนศาลาริมทาง"])
def test_no_place_tonight_is_urgent(text: str) -> None:
    assert read_urgent(text, None) is True
    assert said_urgency("คนเดียวค่ะ " + text) is True


@pytest.mark.parametrize("text", [
    "คืนนี้ไม่รู้นอนไหน", "คืนนี้บ่มีตี้นอนครับ",
    "เจ้าของห้องล็อคห้องแล้วค่ะ ของอยู่ข้างในหมด เมื่อคืนนั่งหน้าหาด"])
def test_no_place_tonight_is_urgent_and_no_shelter_in_the_facts(text: str) -> None:
    facts = facts_of(text)
    assert facts.urgent is True
    assert facts.no_shelter is True


@pytest.mark.parametrize("text", [
    "คืนนี้ไม่รู้จะนอนหลับไหม",  # sleep, not a place
    "ไม่รู้จะไปไหนดี", "มีตี้นอนแล้วครับ", "ล็อคห้องแล้วค่ะ",  # locked it herself
    "เมื่อคืนนอนบ้านเพื่อน", "เมื่อคืนนั่งรถทัวร์มา"])
def test_near_sentences_are_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is not True
    assert facts_of(text).urgent is not True


def test_not_quite_urgent_with_a_sala_given_for_now() -> None:
    """dev20 daughter after the fire: the district lets them sleep at the community hall."""
    text = "ไม่ถึงกับด่วนค่ะ เขตให้นอนศาลาชุมชนชั่วคราว"
    facts = facts_of(text)
    assert facts.urgent is False
    assert facts.no_shelter is not True
    assert read_urgent(text, None) is False
    assert facts_of("ไม่ถึงกับด่วนค่ะ").urgent is False
    assert facts_of("เขตให้นอนศาลาชุมชนชั่วคราว").urgent is False


@pytest.mark.parametrize("text", ["คืนนี้นอนศาลาริมทาง", "เขตไม่ให้นอนศาลาชุมชน"])
def test_a_roadside_sala_or_one_refused_is_no_place_for_now(text: str) -> None:
    assert facts_of(text).urgent is not False
    assert read_urgent(text, None) is not False


def test_a_man_who_came_to_stay_at_the_temple_is_not_urgent() -> None:
    """dev19 monk: the man came to ask to stay at the monk's temple, and stays there."""
    text = ("เจริญพร อาตมาเป็นพระอยู่วัดในราชบุรี มีโยมผู้ชายเพิ่งพ้นโทษออกจากเรือนจำเขาบินได้อาทิตย์นึง "
            "มาขออาศัยนอนที่วัด ไม่มีเงินกลับบ้านที่ชุมพร จะขอความช่วยเหลือได้ไหม")
    assert facts_of(text).urgent is False
    assert facts_of("มาขออาศัยนอนที่วัด").urgent is False


@pytest.mark.parametrize("text", [
    "จะไปขออาศัยนอนที่วัด",  # a roof only meant
    "มาขออาศัยนอนที่วัด แต่หลวงพ่อให้ออกแล้ว", "มาขออาศัยนอนที่วัด ไม่ได้แล้ว"])
def test_a_temple_only_meant_or_lost_is_not_a_place_for_now(text: str) -> None:
    assert facts_of(text).urgent is not False
