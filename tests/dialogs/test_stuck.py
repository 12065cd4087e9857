"""Screening stuck twice goes to a person (dev17: a woman whose hardship answer was never
read went round the same three questions for 25 turns, pausing and starting again)."""

from __future__ import annotations

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.types import RequestHandoff

from .test_engine import Chat, consented

UNREAD = "นายหน้าหายไปแล้วค่ะ"  # tells no hardship the reader knows


def stuck(chat: Chat) -> None:
    if chat.state.name == st.IDLE:
        chat.say("กลับบ้าน")  # a wish for the aid: its first question
    assert chat.state.data.get("slot") == "hardship"
    for _ in range(3):
        chat.say(UNREAD)


def test_the_first_time_screening_pauses_and_offers_a_person(dialog: Dialog) -> None:
    chat = consented(dialog)
    stuck(chat)
    assert chat.last is not None
    assert chat.state.name == st.IDLE and chat.last.effects == ()
    assert texts.SCREENING_PAUSED in chat.last.replies[0].text


def test_stuck_again_hands_the_conversation_to_staff(dialog: Dialog) -> None:
    chat = consented(dialog)
    stuck(chat)
    stuck(chat)
    assert chat.last is not None
    assert chat.last.effects == (RequestHandoff("screening_stuck"),)
    assert texts.HANDOFF_STUCK in chat.last.replies[0].text
    assert "paused" not in chat.state.data


def test_a_pause_then_a_clear_answer_goes_on(dialog: Dialog) -> None:
    chat = consented(dialog)
    stuck(chat)
    chat.say("กลับบ้าน")
    chat.say("ไม่มีค่ารถ")
    assert chat.state.name == st.ASK and chat.state.data.get("slot") != "hardship"


def test_a_pause_before_a_request_sent_is_forgotten(dialog: Dialog) -> None:
    chat = consented(dialog)
    stuck(chat)  # paused once
    chat.say("กลับบ้าน")
    chat.say("ไม่มีค่ารถ อยู่ชลบุรี จะกลับขอนแก่น มีบัตร")
    chat.say("คนเดียว ไม่ด่วน")
    chat.say("สมชาย 0812345678")
    assert chat.state.name == st.DONE and "paused" not in chat.state.data
    chat.say("ยกเลิก")
    stuck(chat)  # stuck again in a new screening: paused, not handed on
    assert chat.last is not None and chat.last.effects == ()
