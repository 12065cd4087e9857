"""A friend's room for this one night only is no place to stay (dev21), and the ID card
said at the letter question after the card answer went unread (dev21)."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.understand import read_message

from .test_engine import consented
from .test_intake import asked


@pytest.mark.parametrize("text", [
    "คืนนี้ขอนอนห้องเพื่อนได้คืนเดียวค่ะพรุ่งนี้ต้องไปแล้ว", "นอนห้องเพื่อนได้แค่คืนนี้ค่ะ",
    "นอนบ้านเพื่อน พรุ่งนี้ต้องย้ายออก", "นอนบ้านเพื่อนได้ แต่แค่คืนนี้"])
def test_a_friends_room_for_one_night(text: str) -> None:
    assert read_message(text).get("no_shelter") is True


@pytest.mark.parametrize("text", [
    "นอนบ้านเพื่อนค่ะ", "พักกับญาติได้ค่ะ อยู่ได้เรื่อยๆ", "นอนบ้านเพื่อนมาคืนเดียว แต่อยู่ต่อได้"])
def test_a_friends_room_to_stay(text: str) -> None:
    assert read_message(text).get("no_shelter") is False


def test_the_card_said_at_the_letter_question_after_a_skip(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีเงินเลยค่ะ")
    assert asked(chat) == "id_card"
    for _ in range(2):
        chat.say("ตำรวจดูให้แล้วค่ะ")  # unread twice: the card is left to the officer
    assert asked(chat) == "nationality_letter"
    chat.say("มีบัตรค่ะ")
    assert chat.state.data["answers"]["id_card"] is True
    assert asked(chat) != "nationality_letter"


def test_back_home_said_to_another_question(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยองค่ะ อยากขอค่ารถกลับจันทบุรี ไม่มีเงินเลย มีบัตรประชาชน")
    assert asked(chat) == "travellers"
    chat.say("ไม่ได้ไปไหนแล้วค่ะ ถึงบ้านแล้ว อยู่บ้านแม่ค่ะ มีที่นอน")
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "จันทบุรี"  # home: asked before refusing


def test_arriving_later_is_not_being_home(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยองค่ะ อยากขอค่ารถกลับจันทบุรี ไม่มีเงินเลย มีบัตรประชาชน")
    chat.say("คนเดียวค่ะ ถึงบ้านแล้วจะโทรบอกแม่")
    assert chat.state.data["answers"]["current_province"]["name"] == "ระยอง"


def test_the_parents_card_with_a_remark(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ขอถามแทนพ่อค่ะ พ่อไม่มีเงินเลยค่ะ")
    assert asked(chat) == "id_card"
    chat.say("พ่อมีบัตรค่ะ ตำรวจดูให้แล้ว")
    assert chat.state.data["answers"]["id_card"] is True
