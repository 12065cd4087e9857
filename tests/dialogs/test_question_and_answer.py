"""A message that asks and answers at once: the question is answered from the knowledge
base and the answer is read (dev12: "ต้องใช้บัตรไหมคะ มีค่ะ อุบลฯค่ะ วารินชำราบ" was asked
again twice, then skipped)."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.questions import split_question

from .test_engine import consented
from .test_intake import asked

STORY = "โดนหลอกมาทำงาน ตอนนี้อยู่หาดใหญ่ไม่มีเงินเหลือเลย"


@pytest.mark.parametrize(("text", "question", "told"), [
    ("ต้องใช้บัตรไหมคะ มีค่ะ อุบลฯค่ะ วารินชำราบ", "ต้องใช้บัตรไหมคะ", "มีค่ะ อุบลฯค่ะ วารินชำราบ"),
    ("มีค่ะ แต่ในบัตรยังเป็นนายอยู่นะคะ ใช้ได้ไหมคะ สุรินทร์ค่ะ", "ใช้ได้ไหมคะ",
     "มีค่ะ แต่ในบัตรยังเป็นนายอยู่นะคะ สุรินทร์ค่ะ"),
    ("ต้องใช้บัตรไหมคะ", "ต้องใช้บัตรไหมคะ", ""),
    ("มีค่ะแต่ต้องใช้บัตรไหมคะ", "มีค่ะแต่ต้องใช้บัตรไหมคะ", "")])  # no space: not apart
def test_split_question(text: str, question: str, told: str) -> None:
    assert split_question(text) == (question, told)


def test_the_card_and_home_told_with_a_question_are_read(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(STORY)
    assert asked(chat) == "id_card"
    result = chat.say("ต้องใช้บัตรไหมคะ มีค่ะ อุบลฯค่ะ วารินชำราบ")
    answers = chat.state.data["answers"]
    assert answers["id_card"] is True and answers["home_province"]["name"] == "อุบลราชธานี"
    assert asked(chat) != "id_card" and len(result.replies) >= 2  # answered, then asked on


def test_a_question_alone_is_still_only_answered(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(STORY)
    chat.say("ต้องใช้บัตรไหมคะ")
    assert "id_card" not in chat.state.data["answers"] and asked(chat) == "id_card"
