"""Two grown-ups told at the travellers question ("2 คนครับ ผมกับภรรยา") need no care
question: that question asked them to name an elder, a child or anyone needing care."""

from __future__ import annotations

import pytest

from dialogs.care_answers import adult_pair
from dialogs.engine import Dialog

from .test_engine import consented
from .test_intake import asked

STORY = "ไม่มีค่ารถกลับบ้านครับ มีบัตร อยู่กทม บ้านอยู่นครศรีธรรมราช คืนนี้ยังมีที่นอน"


@pytest.mark.parametrize("text", [
    "2 คนครับ ผมกับภรรยา ไม่ด่วนครับ ตอนนี้วัดให้พักชั่วคราว", "๒ คนครับ ผมกับเมีย",
    "2คนคับผมกับเมีย", "สองคนผัวเมียค่ะ", "2 คน หนูกับแฟน", "2 คน ไปกับเพื่อนร่วมงาน"])
def test_the_writer_and_a_partner_or_friend(text: str) -> None:
    assert adult_pair(text, 2)


@pytest.mark.parametrize(("text", "count"), [
    ("2 คน ผมกับพ่อครับ", 2),  # a father may be old or sick: asked
    ("2 คน ผมกับน้องชาย", 2),  # a younger brother may be a child
    ("2 คนค่ะ หนูกับลูก", 2),
    ("3 คน ผม เมีย และลูก", 3),  # a child of unknown age
    ("2 คน ผมกับแฟนที่ป่วย", 2),  # a partner described further
])
def test_not_two_grown_ups(text: str, count: int) -> None:
    assert not adult_pair(text, count)


def test_a_couple_is_not_asked_who_needs_care(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(STORY)
    chat.say("2 คนครับ ผมกับภรรยา")
    assert chat.state.data["answers"]["special_needs"] == []
    assert asked(chat) != "special_needs"


def test_a_pregnant_wife_is_still_heard(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(STORY)
    chat.say("2 คนครับ ผมกับเมีย เมียท้อง 7 เดือน")
    assert chat.state.data["answers"]["special_needs"] == ["pregnant"]


def test_a_bare_count_of_two_is_still_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(STORY)
    chat.say("2 คนครับ")
    assert asked(chat) == "special_needs"
