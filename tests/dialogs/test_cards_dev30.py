"""dev30 card answers: the card taken with who took it said between ("บัตรประชาชนโดน
พวกมันยึดไป") is no card; a negation or another clause between is not."""

from __future__ import annotations

import pytest

from dialogs.card_reader import read_id_card
from dialogs.facts import extract_facts


@pytest.mark.parametrize("text", [
    # dev30 scam victim out of Myawaddy
    "บัตรประชาชนโดนพวกมันยึดไปตั้งแต่วันแรกที่ไปถึงครับ พาสปอร์ตก็ยึด ไม่ได้คืนเลย",
    "บัตรประชาชนถูกพวกนายหน้าขโมยไปครับ",
    "บัตรโดนคนที่พาไปขโมยไปหมด",
    "บัตรประชาชนโดนแก๊งยึดไป",  # a taker named before: as it was
])
def test_card_taken_by_someone_named_between(text: str) -> None:
    assert extract_facts(text).has_id_card is False
    assert read_id_card(text, None) is False


@pytest.mark.parametrize("text", [
    "บัตรประชาชนโดนด่าแต่ไม่ได้ยึด",
    "บัตรประชาชนถูกต้องครับ มีอยู่ ไม่ได้โดนยึด",
    "บัตรโดนน้ำครับ เงินโดนขโมย",  # the money stolen, not the card
    "บัตรประชาชนถูกเก็บไว้ที่ห้องครับ มีอยู่ ยึดอะไรไม่ได้",
])
def test_no_card_taken_with_negation_or_clause_between(text: str) -> None:
    assert extract_facts(text).has_id_card is not False


@pytest.mark.parametrize("text", [
    "บัตรประชาชนมีครับ ไม่ได้โดนใครยึด",
    "มีบัตรประชาชนครับ โดนพวกมันขโมยเงินไปหมด",
    "บัตรประชาชนโดนนายหน้ายึดไว้ แต่ตำรวจเอาคืนมาให้แล้วค่ะ",  # got back
])
def test_card_still_had(text: str) -> None:
    assert extract_facts(text).has_id_card is True
