"""Travellers and urgency asked in one question while urgency is unknown (issue 9)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.labels import MAX_LABEL
from dialogs.slots import TRAVELLERS_URGENT

from .test_engine import Chat, consented
from .test_intake import asked

STORY = "อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน"  # says nothing of tonight



def at_travellers(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    reply = chat.say(STORY).replies[-1]
    assert asked(chat) == "travellers"
    assert "กี่คน" in reply.text and "ด่วน" in reply.text
    assert reply.choices == TRAVELLERS_URGENT.choices
    return chat


def test_each_button_says_both_and_fits() -> None:
    labels = [c.label for c in TRAVELLERS_URGENT.choices]
    assert len(labels) == len(set(labels)) == 10
    assert all(len(label) <= MAX_LABEL and "คน" in label and "ด่วน" in label
               for label in labels)


@pytest.mark.parametrize(("label", "value", "count", "urgent"), [
    ("2 คน ด่วน", "n:2:yes", 2, True), ("1 คน ไม่ด่วน", "n:1:no", 1, False)])
def test_one_tap_fills_both(dialog: Dialog, label: str, value: str, count: int,
                            urgent: bool) -> None:
    chat = at_travellers(dialog)
    chat.say(label, value)
    answers = chat.state.data["answers"]
    assert answers["travellers"] == count and answers["urgent"] is urgent
    assert asked(chat) == ("special_needs" if count > 1 else "name")  # a group: who needs care


@pytest.mark.parametrize(("text", "count", "urgent"), [
    ("3 คน ไม่ด่วน", 3, False), ("คนเดียว คืนนี้ไม่มีที่นอน", 1, True),
    ("ไปกับแม่ ด่วนค่ะ", 2, True)])
def test_free_text_fills_both(dialog: Dialog, text: str, count: int, urgent: bool) -> None:
    chat = at_travellers(dialog)
    chat.say(text)
    answers = chat.state.data["answers"]
    assert answers["travellers"] == count and answers["urgent"] is urgent
    assert asked(chat) == ("special_needs" if count > 1 else "name")


def test_a_count_alone_asks_urgency_next(dialog: Dialog) -> None:
    chat = at_travellers(dialog)
    chat.say("2 คน ลูกอายุ 3 ขวบ")
    assert chat.state.data["answers"]["travellers"] == 2
    assert "urgent" not in chat.state.data["answers"]
    assert asked(chat) == "urgent"


def test_a_group_naming_nobody_is_asked_who_needs_care(dialog: Dialog) -> None:
    chat = at_travellers(dialog)
    chat.say("4 คน ไม่ด่วน")
    assert "special_needs" not in chat.state.data["answers"]
    assert asked(chat) == "special_needs"
    chat.say("ลูก 2 คน 5 ขวบ กับ 2 ขวบ")
    assert chat.state.data["answers"]["special_needs"] == ["child"]


def test_one_travelling_alone_naming_nobody_needs_no_care(dialog: Dialog) -> None:
    chat = at_travellers(dialog)
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.data["answers"]["special_needs"] == [] and asked(chat) == "name"


@pytest.mark.parametrize(("told", "count", "asked_next"), [
    ("2 คน ลูกเล็ก 1 คน", 2, "name"),  # a place to stay, nothing urgent named: not urgent
    ("2 คน แม่ป่วยอยู่", 2, "urgent"),  # someone sick: asked
])
def test_a_place_to_stay_and_a_count_alone_is_not_urgent(dialog: Dialog, told: str,
                                                          count: int, asked_next: str) -> None:
    chat = consented(dialog)
    chat.say(f"{STORY} ตอนนี้พักกับเพื่อน")
    assert chat.state.data["answers"]["no_shelter"] is False
    assert asked(chat) == "travellers"  # the question still asks whether it is urgent
    chat.say(told)
    answers = chat.state.data["answers"]
    assert answers["travellers"] == count and asked(chat) == asked_next
    assert answers.get("urgent") is (False if asked_next == "name" else None)
    if asked_next == "name":  # the summary shows it, and one word there corrects it
        assert chat.last is not None and "เร่งด่วน: ไม่ด่วน" in chat.last.replies[-1].text
        fixed = chat.say("ด่วนค่ะ")
        assert chat.state.data["answers"]["urgent"] is True and not fixed.effects
        assert chat.state.name == st.CONFIRM and "name" not in chat.state.data["answers"]


def test_a_typed_digit_is_a_count_not_the_first_button(dialog: Dialog) -> None:
    chat = at_travellers(dialog)
    chat.say("1")  # the first button is "1 คน ด่วน": a typed 1 is one person, no urgency
    assert chat.state.data["answers"]["travellers"] == 1
    assert asked(chat) == "urgent"
    chat.say("ด่วน")
    assert chat.state.data["answers"]["urgent"] is True


def test_a_refusal_leaves_both_to_the_officer(dialog: Dialog) -> None:
    chat = at_travellers(dialog)
    chat.say("จำไม่ได้")
    answers = chat.state.data["answers"]
    assert answers["travellers"] is None and answers["urgent"] is None
    assert asked(chat) == "special_needs"


def test_known_urgency_asks_only_how_many(dialog: Dialog) -> None:
    chat = consented(dialog)
    reply = chat.say(f"{STORY} คืนนี้ไม่มีที่นอน").replies[-1]
    assert asked(chat) == "travellers"
    assert "ด่วน" not in reply.text.splitlines()[-1]  # the question, after "heard"
    assert [c.value for c in reply.choices] == [f"n:{n}" for n in range(1, 6)]


def test_the_resumed_question_is_the_one_asked(dialog: Dialog) -> None:
    chat = at_travellers(dialog)
    pending = dialog.screening.current_question(chat.state)
    assert pending is not None and pending.choices == TRAVELLERS_URGENT.choices
