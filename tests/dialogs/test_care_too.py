"""A group told of in the story, with one care need known, that no question invited to
name anyone else who needs care: the next question asks that too, once (issue 9)."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.readers import SPECIAL
from dialogs.slots import CARE_TOO, CARED

from .test_engine import Chat, consented
from .test_intake import asked

SICK_MOTHER = "อยู่ระยอง พาแม่ที่ป่วยกลับบ้านที่ยโสธร ไป 2 คน ไม่มีค่ารถ มีบัตรประชาชน"


@pytest.fixture(scope="module")
def dialog() -> Dialog:
    from knowledge import Matcher, load_knowledge
    kb = load_knowledge()
    return Dialog(kb, Matcher(kb))


def told(dialog: Dialog, story: str) -> tuple[Chat, str]:
    chat = consented(dialog)
    return chat, chat.say(story).replies[-1].text


def test_every_care_need_has_a_name_for_the_question() -> None:
    assert set(CARED) == set(SPECIAL)


def test_the_next_question_asks_who_else_needs_care(dialog: Dialog) -> None:
    chat, question = told(dialog, SICK_MOTHER)
    assert chat.state.data["answers"]["travellers"] == 2
    assert asked(chat) == "urgent"
    assert question.endswith(CARE_TOO.format("คนป่วย"))
    assert chat.state.data["also"] == ["special_needs"]
    chat.say("ไม่ด่วนค่ะ แม่อายุ 70")
    answers = chat.state.data["answers"]
    assert answers["special_needs"] == ["elderly", "sick"] and answers["urgent"] is False


def test_asked_again_whole_after_an_aside(dialog: Dialog) -> None:
    chat, _ = told(dialog, SICK_MOTHER)
    again = chat.say("ขอความช่วยเหลือ").replies[-1].text  # the menu's words: the question again
    assert again.endswith(CARE_TOO.format("คนป่วย"))


def test_nobody_else_keeps_what_was_known(dialog: Dialog) -> None:
    chat, _ = told(dialog, SICK_MOTHER)
    chat.say("ไม่ด่วน ไม่มีแล้วค่ะ")
    assert chat.state.data["answers"]["special_needs"] == ["sick"]


def test_asked_once_only(dialog: Dialog) -> None:
    chat, question = told(dialog, "พาแม่ที่ป่วยกลับบ้าน ไป 2 คน ไม่มีค่ารถ")
    assert asked(chat) == "id_card" and CARE_TOO.format("คนป่วย") in question
    later = chat.say("มีบัตรประชาชน", "yes").replies[-1].text
    assert asked(chat) == "current_province"
    assert "ดูแลเป็นพิเศษ" not in later and not chat.state.data.get("also")


@pytest.mark.parametrize("story", [
    "อยู่ระยอง ป่วยอยู่ ไม่มีค่ารถกลับบ้านที่ยโสธร ไปคนเดียว มีบัตรประชาชน",  # alone
    "อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร ไป 2 คน มีบัตรประชาชน",  # nobody named: its own question
])
def test_not_carried(dialog: Dialog, story: str) -> None:
    chat, question = told(dialog, story)
    assert "นอกจาก" not in question and not chat.state.data.get("also")


def test_not_after_the_travellers_question_invited_it(dialog: Dialog) -> None:
    chat, _ = told(dialog, "อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    assert asked(chat) == "travellers"  # it invites naming anyone who needs care
    question = chat.say("2 คน แม่ป่วย").replies[-1].text
    assert asked(chat) == "urgent" and "นอกจาก" not in question
