"""Readings found by the blind development set dev44 (everyday chat in regional speech,
typos and missing tone marks)."""

from __future__ import annotations

import pytest

from dialogs.card_reader import read_id_card
from dialogs.facts import extract_facts
from dialogs.parse import parse_yes_no
from dialogs.parse_numbers import clean_text
from dialogs.readers import read_name, read_special


def test_an_isan_home_said_with_our_word() -> None:
    """"บ้านเฮาอยู่กุมภวาปี" (our home is in Kumphawapi) was read as where the family is:
    here and home became one province, and the family was refused as already home."""
    facts = extract_facts("ตกลงค่ะ มีค่ะ ทั้งข้อยทั้งผัว พัทยาค่ะ อุดร บ้านเฮาอยู่กุมภวาปี")
    assert facts.home_province is not None and facts.home_province.name_th == "อุดรธานี"
    assert facts.current_province is None  # Pattaya is read at the places question
    home = extract_facts("บ้านข้อยอยู่ร้อยเอ็ด").home_province
    assert home is not None and home.name_th == "ร้อยเอ็ด"


@pytest.mark.parametrize(("text", "has"), [
    ("มีอยู่ครับ บัตรบ่หาย", True), ("บัตรไม่หายค่ะ", True), ("บัตรหายครับ", False)])
def test_a_card_not_lost_is_had(text: str, has: bool) -> None:
    assert read_id_card(text, None) is has


@pytest.mark.parametrize(("text", "cleaned"), [
    ("ไมหมีคะ", "ไม่มีคะ"), ("ไม่หมีค่ารถ", "ไม่มีค่ารถ"), ("คืนนีไมรูจะนอนไหน", "คืนนีไม่รูจะนอนไหน"),
    ("ทำไมได้ล่ะ", "ทำไมได้ล่ะ"), ("ไมค์เสีย", "ไมค์เสีย"), ("ไมล์", "ไมล์")])
def test_no_typed_with_no_tone_mark(text: str, cleaned: str) -> None:
    assert clean_text(text) == cleaned


def test_a_no_with_no_tone_mark_answers() -> None:
    """"ไมหมีคะ" (no) to the card and care questions was asked again, then skipped."""
    assert parse_yes_no("ไมหมีคะ") is False
    assert read_special("ไมหมีคะ", None) == []
    assert read_id_card("ไมหมีคะ", None) is False


@pytest.mark.parametrize(("text", "name"), [
    ("ข้อยซื่อ สมพร ภูแล่นแก้ว ๐๘๑๗๗๓๔๕๒๖", "สมพร ภูแล่นแก้ว"), ("ชือ ปวีณา คะ", "ปวีณา")])
def test_name_cues_typed_otherwise(text: str, name: str) -> None:
    assert read_name(text, None) == name


def test_honest_is_no_name_cue() -> None:
    assert read_name("ผมซื่อสัตย์", None) != "สัตย์"
