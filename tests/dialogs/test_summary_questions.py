"""Wary people at the summary that asks for the name (dev29): the name said with the
question is read, "why?" is answered, and the same question is never met with the same
reply a third time (one wary woman met it 18 times)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.summary_questions import WHY_CONTACT, name_with_question, why_contact

from .test_engine import Chat


@pytest.mark.parametrize(("text", "name"), [
    ("ทำไมต้องบอกชื่อด้วยคะ กลัวโดนหลอก... เรียกแอนละกันค่ะ", "แอน"),
    ("ต้องชื่อจริงด้วยเหรอครับ... เอกชัยครับ", "เอกชัย")])
def test_the_name_beside_the_question(text: str, name: str) -> None:
    assert name_with_question(text) == name and why_contact(text)


@pytest.mark.parametrize("text", ["ต้องรอนานไหมคะ", "ใช้เวลากี่วันคะ... ขอบคุณค่ะ"])
def test_a_question_with_no_name_asks_no_why(text: str) -> None:
    assert name_with_question(text) is None and not why_contact(text)


@pytest.mark.parametrize("text", ["ทำไมต้องบอกชื่อด้วยคะ... กลัวค่ะ", "ทำไมต้องบอกชื่อ? กลัวโดนหลอก",
                                  "ทำไมต้องบอกชื่อคะ... เกรงใจ", "เอาชื่อไปทำอะไรคะ? โดนหลอกมาเยอะ",
                                  "ทำไมต้องบอกชื่อคะ... สงสัย"])
def test_a_feeling_after_the_question_is_no_name(text: str) -> None:
    """Found in review: "กลัว", "เกรงใจ", "โดนหลอกมา" were stored as the name."""
    assert name_with_question(text) is None


@pytest.mark.parametrize("text", ["ต้องรอนานไหมคะ"])
def test_a_question_with_no_name(text: str) -> None:
    assert name_with_question(text) is None and not why_contact(text)


def at_summary(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    for line in ("สวัสดีค่ะ", "ยินยอมค่ะ", "อยู่ระยอง ไม่มีค่ารถกลับกาฬสินธุ์ค่ะ มีบัตรประชาชน"):
        chat.say(line)
    chat.say("คนเดียว ไม่ด่วนค่ะ")
    assert chat.state.name == st.CONFIRM
    return chat


def test_a_wary_name_is_taken_and_the_phone_asked(dialog: Dialog) -> None:
    chat = at_summary(dialog)
    chat.say("ทำไมต้องบอกชื่อด้วยคะ กลัวโดนหลอก... เรียกแอนละกันค่ะ")
    assert chat.state.data["answers"]["name"] == "แอน"


def test_why_is_answered_and_never_a_third_time(dialog: Dialog) -> None:
    chat = at_summary(dialog)
    first = chat.text("ทำไมต้องบอกชื่อด้วยคะ")
    assert WHY_CONTACT in first
    second = chat.text("ทำไมต้องบอกชื่อด้วยคะ")
    assert WHY_CONTACT in second
    third = chat.text("ทำไมต้องบอกชื่อด้วยคะ")
    assert WHY_CONTACT not in third and texts.SKIPPED in third
    assert chat.state.data["answers"]["name"] is None


def test_an_elder_named_with_a_title_at_the_summary_travels_with_care(dialog: Dialog) -> None:
    chat = at_summary(dialog)
    chat.say("ตาชื่อ ทวี ค่ะ 0812345678")
    answers = chat.state.data["answers"]
    assert answers["name"] == "ทวี" and answers["phone"] == "0812345678"
    assert "elderly" in answers["special_needs"]  # "ตา": an elder, though no age was said
    assert chat.state.data["slot"] == "travel_alone"  # an elder alone: can he go alone?


def test_a_plain_name_at_the_summary_adds_no_care(dialog: Dialog) -> None:
    chat = at_summary(dialog)
    chat.say("ทวีค่ะ 0812345678")
    sent = [e.case for e in chat.last.effects if hasattr(e, "case")] if chat.last else []
    assert sent and sent[0]["special_needs"] == []
