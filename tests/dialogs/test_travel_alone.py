"""One travelling alone who is sick or disabled is asked whether they can travel alone
(issue 9: "cannot travel alone" is a care need the officer must know); an elder alone:
tests/dialogs/test_travel_alone_elder.py."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_travel_alone
from dialogs.engine import Dialog
from dialogs.slots import BY_KEY

from .test_engine import Chat, consented
from .test_intake import asked

SICK_ALONE = "อยู่ระยอง เพิ่งออกจากโรงพยาบาล ป่วยอยู่ ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน"


def at_question(dialog: Dialog, story: str = SICK_ALONE) -> Chat:
    chat = consented(dialog)
    chat.say(story)
    chat.say("1 คน ไม่ด่วน", "n:1:no")
    return chat


@pytest.mark.parametrize(("answer", "value", "cannot"), [
    ("ต้องมีคนพาไป", "no", True), ("ไปเองได้", "yes", False),
    ("ไปคนเดียวไม่ไหวค่ะ ต้องมีคนช่วยพยุง", None, True), ("ไหวค่ะ", None, False)])
def test_asked_of_one_alone_who_is_sick(dialog: Dialog, answer: str, value: str | None,
                                        cannot: bool) -> None:
    chat = at_question(dialog)
    assert asked(chat) == "travel_alone"
    assert chat.last is not None and chat.last.replies[-1].choices == BY_KEY[
        "travel_alone"].choices
    chat.say(answer, value)
    needs = chat.state.data["answers"]["special_needs"]
    assert ("cannot_travel_alone" in needs) is cannot and "sick" in needs
    assert asked(chat) not in ("travel_alone", "special_needs")  # asked once


@pytest.mark.parametrize("story", [
    "อยู่ระยอง ป่วยอยู่ ไปคนเดียวไม่ไหว ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน",  # said
])
def test_not_asked(dialog: Dialog, story: str) -> None:
    chat = at_question(dialog, story)
    assert chat.state.data["answers"]["travellers"] == 1
    assert asked(chat) != "travel_alone" and "travel_alone" not in chat.state.data["answers"]


def test_not_asked_of_a_group(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(SICK_ALONE)
    chat.say("2 คน ไม่ด่วน", "n:2:no")
    assert asked(chat) != "travel_alone"


def test_an_unclear_answer_is_asked_again_not_taken_for_no(dialog: Dialog) -> None:
    chat = at_question(dialog)
    reply = chat.say("ไม่มีค่ะ").replies[-1]  # "none": says nothing of travelling alone
    assert asked(chat) == "travel_alone" and BY_KEY["travel_alone"].again in reply.text


@pytest.mark.parametrize(("text", "alone"), [
    ("ได้ค่ะ", True), ("ไปเองไหวครับ", True), ("ไปเองไม่ไหว", False), ("ไม่ได้ค่ะ", False),
    ("ต้องให้คนพาไป", False), ("ไม่มี", None), ("ไม่รู้", None),
    ("หู หนวก พูด ไม่ได้", None),  # deaf, cannot speak: nothing of travelling (dev5)
    ("ไปเองได้ค่ะ แต่หูไม่ดี", None),  # both: asked again
    ("เดินทางคนเดียวไม่ค่อยไหวค่ะ", False), ("บ่ไหว", False),
    # from a reviewer: a bare "no" may answer either half of the question
    ("ไม่ครับ", None), ("ไม่ต้องค่ะ", True), ("ไม่ต้องมีคนพาค่ะ", True), ("ต้องค่ะ", False),
    ("ได้ค่ะ ไม่เป็นไร", True),
    # from a code review: Isan "บ่", "เด้อ", someone taking them, "not quite able"
    ("ไปคนเดียวบ่ได้", False), ("บ่ไหวเด้อ", False), ("ให้ลูกพาไปได้ค่ะ", False),
    ("เดินเองไม่ค่อยได้", False),
    # review: "บ่า" (the shoulder) is no "บ่"; "บ่อย", "บ่าย" neither
    ("ไปเองได้ ปวดบ่านิดหน่อย", True), ("นั่งรถทัวร์บ่อย ไปเองได้", True),
    ("ไปเองได้ค่ะ ตอนบ่ายก็ได้", True), ("ไปเองได้ แต่บ่ค่อยสบาย", None)])
def test_read_travel_alone(text: str, alone: bool | None) -> None:
    assert read_travel_alone(text, None) is alone


def test_cannot_travel_alone_is_kept_with_a_need_named_in_the_same_answer(
        dialog: Dialog) -> None:
    """The need named ("ขาพิการ") joins the care needs; "ไม่ไหว" is still recorded."""
    chat = at_question(dialog)
    chat.say("ไม่ไหวค่ะ ขาพิการ เดินไม่ได้")
    assert chat.state.data["answers"]["special_needs"] == [
        "cannot_travel_alone", "disabled", "sick"]
