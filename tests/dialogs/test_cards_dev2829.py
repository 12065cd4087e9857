"""dev28/dev29 card answers: an elder's word of address ("หลาน", "ลูก") and the village or
district said after the card answer leave it as it is; a card kept dry in a bag is had;
a village named after where the card is ("ยังอยู่ บ้านหนองน้ำใส") is no card left at home."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.card_reader import read_id_card, without_remarks
from dialogs.engine import Dialog
from dialogs.letter import read_letter
from dialogs.parse import facts_of

from .test_engine import consented


@pytest.mark.parametrize("text", [
    "บัตรประชาชนมีอยู่ หลาน",  # dev28 Fang elder
    "บัตรประชาชนมีอยู่ หลาน อยู่โรงพยาบาล ศิริราช กรุงเทพ อำเภอฝาง บ้านแม่งอน",
    "บัตรประชาชนมีอยู่ หลาน อำเภอฝาง บ้านแม่งอน",
    # dev28 storytelling elder porter: wet once, still readable
    "บัตรประชาชนพ่อใหญ่มีอยู่ลูก เก็บไว้ในถุงพลาสติกกันเปียก เคยเปียกทีหนึ่งตอนฝนตกหนักปีก่อน "
    "แต่ยังอ่านออก",
    "มีลูก กะบ้านนาโพธิ์นี่ละลูก อยู่มาแต่เกิด",  # dev28 Kut Rang elder
    "มีครับ บัตรประชาชนยังอยู่ บ้านหนองน้ำใส อำเภอบ้านไผ่ครับ",  # dev28 Isan mason
])
def test_card_had_with_address_and_places(text: str) -> None:
    assert read_id_card(text, None) is True


@pytest.mark.parametrize("text", [
    "บัตรอยู่ บ้านแม่", "บัตรอยู่ บ้านแม่ผม",  # at the mother's home: not with the person
    "บัตรอยู่บ้านครับ", "บัตรประชาชนยังอยู่บ้านค่ะ ไม่ได้เอามา",
])
def test_card_at_home_is_not_a_village(text: str) -> None:
    assert read_id_card(text, None) is False


@pytest.mark.parametrize("text", ["มีลูกไปด้วย", "ลูกมีบัตร", "ไม่มีลูก"])
def test_a_child_is_no_word_of_address(text: str) -> None:
    assert without_remarks(text) == text
    assert read_id_card(text, None) is not True


def test_village_after_card_is_no_home() -> None:
    assert facts_of("มีครับ บัตรประชาชนยังอยู่ บ้านหนองน้ำใส อำเภอบ้านไผ่ครับ").has_id_card is not False
    assert facts_of("บัตรประชาชนยังอยู่บ้านค่ะ").has_id_card is False


def test_card_had_after_all_said_to_the_letter_question(dialog: Dialog) -> None:
    """dev28 Isan mason: "บ่มีครับ แต่มีบัตรประชาชนอยู่" to the letter question (asked
    after the card was misread as left at home): the card is had, never refused."""
    chat = consented(dialog)
    chat.say("เถ้าแก่บ่จ่ายค่าแรง เงินหมดเกลี้ยง บ่มีค่ารถกลับบ้าน นอนอยู่หมอชิตสองคืนแล้วครับ")
    chat.say("ไม่มีครับ จะกลับขอนแก่น")
    assert chat.state.data.get("slot") == "nationality_letter"
    chat.say("บ่มีครับ แต่มีบัตรประชาชนอยู่")
    assert chat.state.name != st.DONE
    assert chat.state.data["answers"]["id_card"] is True


@pytest.mark.parametrize(("text", "has"), [
    ("บ่มีครับ แต่มีบัตรประชาชนอยู่", None),  # the card had: the letter not needed
    ("บ่มีครับ", False), ("ไม่มีหนังสือรับรองครับ มีบัตรประชาชน", False),
    ("มีค่ะ", True), ("ไม่มีค่ะ บัตรก็หาย", False),
])
def test_letter_answer(text: str, has: bool | None) -> None:
    assert read_letter(text, None) is has
