"""A card taken, then got back, is had (dev9: a rescued trafficking victim)."""

from __future__ import annotations

import pytest

from dialogs.parse import extract_facts


@pytest.mark.parametrize("text", [
    "นายหน้ายึดบัตรไว้ แต่ตำรวจเอาคืนมาให้แล้วค่ะ สุไหงโก-ลก นราธิวาสค่ะ",  # dev9 rescued victim
    "ได้บัตรคืนแล้วค่ะ"])
def test_a_card_got_back_is_had(text: str) -> None:
    assert extract_facts(text).has_id_card is True


@pytest.mark.parametrize("text", [
    "นายหน้ายึดบัตรไว้", "ยังไม่ได้บัตรคืนค่ะ", "นายจ้างยึดบัตร ยังไม่ได้คืน"])
def test_a_card_still_taken_is_not(text: str) -> None:
    assert extract_facts(text).has_id_card is False


def test_money_got_back_says_nothing_of_a_card() -> None:
    assert extract_facts("โดนโกงเงิน ตำรวจเอาคืนมาให้แล้ว").has_id_card is None


@pytest.mark.parametrize("text", [
    "เอกสารหายหมดเลยค่ะ",  # dev4: all documents lost
    "เอกสารทุกอย่างโดนขโมย",
    "โดนขโมยไปกับกระเป๋าครับ มีแต่ใบแจ้งความ"])  # dev12 Patong: only a police report
def test_all_papers_lost_or_only_a_report_is_no_card(text: str) -> None:
    assert extract_facts(text).has_id_card is False


@pytest.mark.parametrize("text", ["เอกสารหายบางอย่าง แต่บัตรยังอยู่", "มีบัตรครับ เอกสารอื่นหายหมด"])
def test_other_papers_lost_leave_the_card(text: str) -> None:
    assert extract_facts(text).has_id_card is True
