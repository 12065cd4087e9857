"""dev25/dev26 card answers: the card of the one written for lost is no card; a card
soaked to pulp but readable is a damaged card had; a loan shark keeps one's card."""

from __future__ import annotations

import pytest

from dialogs.card_reader import read_id_card
from dialogs.understand import read_message


@pytest.mark.parametrize("text", [
    "บัตรแม่หายครับ กระเป๋าหายไปตอนหลง เชียงรายครับ อ.พาน",  # dev25 son for his mother
    "แม่บัตรหายค่ะ", "บัตรประชาชนของตาหายครับ",
    "เจ้าหนี้ยึดบัตรประชาชนไว้",  # dev26 Phuket worker
    "ไม่มีครับ เจ้าหนี้ยึดไป",
])
def test_no_card(text: str) -> None:
    assert read_id_card(text, None) is False


@pytest.mark.parametrize("text", [
    "บัตรแม่หาย แต่ผมมีบัตรครับ",  # the writer's own card
])
def test_a_card_had_beside_one_lost(text: str) -> None:
    assert read_id_card(text, None) is True


@pytest.mark.parametrize("text", ["บัตรแม่หายแต่เจอแล้วค่ะ", "ลูกหายครับ", "บัตรเครดิตแม่หาย",
                                  "เจ้าหนี้ทวงทุกวัน"])
def test_no_card_answer_in_these(text: str) -> None:
    assert read_id_card(text, None) is None


def test_a_soaked_card_still_readable_is_damaged() -> None:
    # dev26 southern man with a washed-out card
    text = "บัตรประชาชนมันเปื่อยหมดแล้วครับ ตกน้ำตอนโดนจับ รูปเลือนๆ แต่ยังอ่านเลขได้อยู่"
    assert read_id_card(text, None) is True
    said = read_message(text)
    assert said["id_card"] is True and said["id_card_state"] == "damaged"


def test_a_card_kept_by_a_loan_shark_then_got_back() -> None:
    assert read_id_card("เจ้าหนี้ยึดบัตรไว้ แต่ได้คืนแล้วครับ", None) is True
    assert read_message("เจ้าหนี้ยึดบัตรประชาชนไว้")["id_card"] is False
