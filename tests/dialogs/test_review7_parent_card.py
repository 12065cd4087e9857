"""One writing for a parent who travels alone answers the ID card question with the
parent's card ("พ่อมีบัตรครับ"): the pure pieces (the screening hook is to come)."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.parse_numbers import clean_text
from dialogs.readers import read_id_card
from dialogs.travellers import writes_for
from dialogs.understand import parent_card

from .test_engine import Chat


def _for(story: str) -> str | None:
    return writes_for(clean_text(story).replace(" ", ""))


@pytest.mark.parametrize(("story", "who"), [
    ("พ่อผมไม่มีค่ารถกลับบ้าน", "พ่อ"),
    ("เขียนแทนพ่อครับ พ่อไม่มีค่ารถกลับบ้าน", "พ่อ"),
    ("พิมพ์ให้แม่ค่ะ แม่อยากกลับบ้านที่ยโสธร", "แม่"),
    ("แม่ของฉันตกงาน อยากกลับบ้าน ไปคนเดียว", "แม่"),
])
def test_writes_for_a_parent(story: str, who: str) -> None:
    assert _for(story) == who


@pytest.mark.parametrize("story", [
    "พาพ่อกลับบ้าน ไม่มีค่ารถ",  # the writer goes too
    "ผมกับพ่อไม่มีค่ารถกลับบ้าน",
    "พ่อผมไม่มีค่ารถ ผมก็ไม่มีค่ารถ",
    "พ่อผมป่วยอยู่ที่บ้าน ผมไม่มีค่ารถกลับ",  # the writer's own trouble
    "เขียนแทนพ่อครับ ไปกันสองคน",
    "ไม่มีค่ารถกลับบ้าน",
    "ขอให้แม่ได้กลับบ้านพร้อมผม ไปด้วยกัน",
])
def test_writer_travels_or_not_said(story: str) -> None:
    assert _for(story) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("พ่อมีบัตรครับ", True), ("พ่อมีครับ", True), ("พ่อเขามีบัตรประชาชนค่ะ", True),
    ("พ่อไม่มีบัตรครับ", False), ("พ่อบ่มีเด้อ", False)])
def test_parent_card(text: str, expected: bool) -> None:
    assert parent_card(text, "พ่อ") is expected


@pytest.mark.parametrize(("text", "parent"), [
    ("พ่อมีบัตรครับ", None),  # the writer travels: the parent's card says nothing
    ("แม่มีบัตรค่ะ", "พ่อ"),  # another parent
    ("พ่อมีค่ารถครับ", "พ่อ"),
    ("พ่อมีบัตรแต่หายครับ", "พ่อ"),  # not a plain yes: read as usual
])
def test_no_parent_card(text: str, parent: str | None) -> None:
    assert parent_card(text, parent) is None


def test_the_slot_reader_still_rejects_a_parents_card() -> None:
    assert read_id_card("พ่อมีบัตรครับ", None) is None
    assert read_id_card("พ่อมีครับ", None) is None


def test_writing_for_a_parent_said_in_a_greeting_is_kept(dialog: Dialog) -> None:
    """dev8: "สวัสดีค่ะ หนูพิมพ์แทนพ่อนะคะ" first, the story next: "พ่อมีบัตรประชาชนค่ะ"
    answers the card."""
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ หนูพิมพ์แทนพ่อนะคะ")
    chat.say("พ่ออายุ 78 ค่ะ ตอนนี้ติดอยู่หมอชิต เงินหมด")
    chat.say("ยินยอมค่ะ", "consent:yes")
    assert chat.state.data.get("slot") == "id_card"
    chat.say("พ่อมีบัตรประชาชนค่ะ")
    assert chat.state.data["answers"]["id_card"] is True


def test_a_bare_greeting_is_not_kept(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    assert "pending" not in chat.state.data


def test_the_parents_card_after_but_answers_the_card(dialog: Dialog) -> None:
    """Review: "หนูไม่มีบัตรค่ะ แต่พ่อมี" from one writing for her father: he has one."""
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ หนูพิมพ์แทนพ่อนะคะ")
    chat.say("พ่ออยู่ชลบุรี ไม่มีค่ารถกลับยโสธร")
    chat.say("ยินยอมค่ะ", "consent:yes")
    chat.say("หนูไม่มีบัตรค่ะ แต่พ่อมี")
    assert chat.state.data["answers"]["id_card"] is True


def test_ones_own_missing_card_without_a_parent_is_none(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("อยู่ชลบุรี ไม่มีค่ารถกลับยโสธร")
    chat.say("ยินยอมค่ะ", "consent:yes")
    chat.say("หนูไม่มีบัตรค่ะ แต่พ่อมี")  # not writing for him: her own card
    assert chat.state.data["answers"]["id_card"] is False
