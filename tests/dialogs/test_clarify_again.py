"""The same text met with "which topic?" again is never asked it again (dev19: "ขอค่ารถ
กลับบ้านฟรีได้ไหมคะ" got "หมายถึงเรื่องไหนคะ" 13 times in a row): asked again, the likeliest
topic is answered; a third time a person is offered; then staff take over."""

from __future__ import annotations

import collections

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.types import RequestHandoff

from .test_engine import Chat, consented

ASKED = "ขอค่ารถกลับบ้านฟรีได้ไหมคะ"


def to_menu(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say("เมนู", "cmd:menu")
    assert chat.state.name == st.IDLE
    return chat


def first_texts(chat: Chat, text: str, times: int) -> list[str]:
    return [chat.say(text).replies[0].text for _ in range(times)]


def test_asked_again_the_best_topic_is_answered_then_a_person(dialog: Dialog) -> None:
    chat = to_menu(dialog)
    said = first_texts(chat, ASKED, 4)
    assert said[0] == texts.CLARIFY
    assert said[1] == dialog.kb.by_id["return_home_aid"].answer
    assert said[2] == texts.UNKNOWN_3
    assert said[3] == texts.HANDOFF_STUCK
    assert chat.last is not None and chat.last.effects == (RequestHandoff("clarify_again"),)


def test_no_sentence_three_times_in_a_row_of_eight(dialog: Dialog) -> None:
    chat = to_menu(dialog)
    counts = collections.Counter(first_texts(chat, ASKED, 8))
    assert max(counts.values()) <= 2


def test_the_best_answer_offers_help_and_a_person(dialog: Dialog) -> None:
    chat = to_menu(dialog)
    chat.say(ASKED)
    values = [c.value for c in chat.say(ASKED).replies[0].choices]
    assert "cmd:screen" in values and "cmd:officer" in values


def test_another_text_between_is_clarified_afresh(dialog: Dialog) -> None:
    chat = to_menu(dialog)
    chat.say(ASKED)
    chat.say("ขอบคุณค่ะ")
    assert chat.say(ASKED).replies[0].text == texts.CLARIFY  # not "again": a new round


def test_a_different_unclear_text_is_a_new_question(dialog: Dialog) -> None:
    chat = to_menu(dialog)
    chat.say(ASKED)
    other = chat.say("ไม่รู้")
    assert other.replies[0].text == texts.CLARIFY


def test_the_paused_screening_asked_of_the_aid_is_no_loop(dialog: Dialog) -> None:
    chat = consented(dialog)
    for _ in range(3):
        chat.say("นายหน้าหายไปแล้วค่ะ")  # unread: the screening pauses
    assert chat.state.name == st.IDLE
    said = first_texts(chat, ASKED, 3)
    assert said[0] == texts.CLARIFY and texts.CLARIFY not in said[1:]
