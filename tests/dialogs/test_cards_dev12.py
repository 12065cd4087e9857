"""ID cards and letters found by dev12: a card half burnt, a husband who has his card
while his wife lost hers, a letter asked about then denied."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_id_card, read_letter
from dialogs.understand import read_message


def test_a_half_burnt_card_is_had_and_damaged() -> None:
    text = "มีครับแต่ไหม้ไปครึ่งใบ ยังพออ่านเลขได้"  # dev12 Map Ta Phut room fire
    assert read_id_card(text, None) is True
    assert extract_facts(text).id_card_state == "damaged"
    assert read_message(text)["need_hints"][0] == "id_card"  # a new card: the district office


@pytest.mark.parametrize("text", ["บัตรไหม้ไปครึ่งใบ", "บัตรฉีกขาดแต่ยังอ่านได้", "มีค่ะ แต่ฉีกขาด"])
def test_burnt_or_torn_cards_are_damaged(text: str) -> None:
    assert extract_facts(text).id_card_state == "damaged"


@pytest.mark.parametrize("text", ["มีบัตรครับ แต่ห้องไฟไหม้หมด", "มีครับ แต่ไฟไหม้หมดตัว",
                                  "มีบัตรค่ะ แต่ขาดค่ารถ"])
def test_a_fire_or_a_lack_beside_the_card_is_no_damage(text: str) -> None:
    assert read_id_card(text, None) is True
    assert extract_facts(text).id_card_state is None
    assert "id_card" not in (read_message(text).get("need_hints") or [])


def test_the_writer_has_a_card_though_the_wife_does_not() -> None:
    text = "ผมมีครับ แต่แฟนไม่มี บัตรหายตั้งแต่ปีที่แล้วยังไม่ได้ทำใหม่"  # dev12 Bang Saen
    assert read_id_card(text, None) is True


@pytest.mark.parametrize("text", ["แฟนมีครับ แต่ผมไม่มี บัตรหาย", "ผมไม่มีครับ แต่แฟนมี",
                                  "มีครับ แต่บัตรหายไปแล้ว"])
def test_the_writers_own_card_missing_is_no(text: str) -> None:
    assert read_id_card(text, None) is not True


def test_a_letter_asked_about_then_denied() -> None:
    text = "หนังสืออะไรคะ ไม่มีค่ะ ไม่เคยขอ"  # dev12 Pattaya woman who never had a card
    assert read_letter(text, None) is False
    assert read_message(text + " พัทยาค่ะ แม่ฮ่องสอนค่ะ")["nationality_letter"] is False


@pytest.mark.parametrize("text", ["หนังสืออะไรคะ", "หนังสืออะไรคะ ต้องขอที่ไหน",
                                  "หนังสืออะไรคะ มีค่ะ ผู้ใหญ่บ้านให้มา"])
def test_a_letter_only_asked_about_is_not_denied(text: str) -> None:
    assert extract_facts(text).has_nationality_letter is not False
