"""Care of one travelling alone who answers one thing at a time (dev21 daughter for her
lost father, dev22 conned 72-year-old): the care invited with urgency is asked outright,
and an elder greeting "สวัสดีลูกหลาน" hints at old age."""

from __future__ import annotations

import pytest

from dialogs.asking import ask_now
from dialogs.elder_title import elder_hinted
from dialogs.engine import Dialog
from dialogs.slots import BY_KEY

from .test_engine import consented
from .test_intake import asked

ONE_ALONE = {"hardship": ["no_fare"], "id_card": True, "current_province": "กรุงเทพมหานคร",
             "home_province": "อุตรดิตถ์", "travellers": 1}


def test_one_part_gets_plain_urgency_then_care() -> None:
    # "พ่อคนเดียวค่ะ หนูไปรับไม่ได้": care unknown, urgency asked alone
    asked = ask_now(BY_KEY["special_needs"], ONE_ALONE, invited=False, one_part=True)
    assert asked is not None and asked.key == "urgent" and "special_needs" not in asked.also
    # urgency known: care asked outright, as of one alone
    asked = ask_now(BY_KEY["special_needs"], ONE_ALONE | {"urgent": True}, invited=False,
                    one_part=True)
    assert asked is not None and asked.key == "special_needs"


def test_care_invited_with_urgency_when_not_one_part() -> None:
    asked = ask_now(BY_KEY["special_needs"], ONE_ALONE, invited=False, one_part=False)
    assert asked is not None and asked.key == "urgent" and "special_needs" in asked.also


@pytest.mark.parametrize("text", ["สวัสดีลูกหลาน", "สวัสดีครับลูกหลาน", "ขอบใจลูกหลานนะ"])
def test_greeting_the_young_hints_an_elder(text: str) -> None:
    assert elder_hinted(text) == {"care_again": True}


@pytest.mark.parametrize("text", [
    "ลูกหลานไม่มีใครดูแล",  # the grandchildren, not a greeting
    "สวัสดีค่ะ ลูกหลานอยู่ต่างจังหวัด",
    "มีลูกหลานไปด้วย",
])
def test_grandchildren_spoken_of_are_no_hint(text: str) -> None:
    assert elder_hinted(text) == {}


# dev21: a daughter for her father, one thing at a time
DAUGHTER = "ขอถามแทนพ่อค่ะ อยู่กรุงเทพ ไม่มีค่ารถกลับบ้านที่อุตรดิตถ์ มีบัตรประชาชนค่ะ"


def test_daughter_one_part_is_asked_care_after_urgency(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(DAUGHTER)
    assert asked(chat) == "travellers"
    chat.say("พ่อคนเดียวค่ะ หนูไปรับไม่ได้")
    assert asked(chat) == "urgent"
    chat.say("พ่อนั่งอยู่โรงพักตั้งแต่เมื่อคืนค่ะ ไม่มีที่นอน")
    assert "special_needs" not in chat.state.data["answers"]
    assert asked(chat) == "special_needs"
    chat.say("พ่ออายุ 81 ค่ะ ไม่ได้ป่วยอะไร แต่แก่มากแล้ว")
    assert chat.state.data["answers"]["special_needs"] == ["elderly"]


def test_writer_alone_one_part_is_not_asked_care(dialog: Dialog) -> None:
    # "คนเดียว" of the writer: no care need, never asked (no extra turn)
    chat = consented(dialog)
    chat.say("อยู่กรุงเทพ ไม่มีค่ารถกลับบ้านที่อุตรดิตถ์ มีบัตรประชาชนครับ")
    chat.say("คนเดียวครับ")
    assert chat.state.data["answers"]["special_needs"] == []
    chat.say("คืนนี้ไม่มีที่นอน")
    assert asked(chat) != "special_needs"
