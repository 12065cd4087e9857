"""Turns not spent on "can you travel alone?" when the answer was already told: said in
passing at another question (dev5, dev11), or to the count, which now invites whoever
cannot travel alone (dev7, dev8, dev11). Silence of the sick or disabled, or of an elder
known only from the count, is still asked."""

from __future__ import annotations

import pytest

from dialogs.asking import can_go_alone
from dialogs.engine import Dialog
from dialogs.slots import BY_KEY, CARE_INVITED, TRAVELLERS_URGENT

from .test_engine import Chat, consented
from .test_intake import asked

# card and places known, urgency known (no shelter), the count still unknown
STORY = "อยู่อยุธยา ไม่มีค่ารถกลับบ้านที่พิษณุโลก มีบัตรประชาชน คืนนี้ไม่มีที่นอน"
SICK = "หมอให้ออกจากโรงพยาบาลวันนี้ ยังป่วยอยู่ อยู่อยุธยา ไม่มีค่ารถกลับบ้านที่พิษณุโลก มีบัตรประชาชน"


def answers(chat: Chat) -> dict[str, object]:
    return dict(chat.state.data["answers"])


@pytest.mark.parametrize("text", [
    "1 คนครับ ผมติดเชื้อ HIV ครับ กินยาต้านอยู่ แต่ยังเดินทางเองไหว",  # dev11
    "คนเดียวครับ คืนนี้ไม่มีที่นอนครับ แขนหักใส่เฝือก เดินเองได้ครับ",  # dev5
    "คนไข้คนเดียวค่ะ ขาหักข้างขวา ใส่เฝือก เดินไม้ค้ำค่ะ ไปคนเดียวได้ค่ะ เดินไม้ค้ำได้คล่อง",  # dev11
    "ไม่ต้องมีคนพาค่ะ",
])
def test_can_go_alone_said_outright(text: str) -> None:
    assert can_go_alone(text)


@pytest.mark.parametrize("text", [
    "คนเดียว อายุ 72",  # a count, nothing of an escort
    "ไปคนเดียวค่ะ",
    "ไปเองไม่ได้",
    "ไปเองไม่ไหว",
    "ไปคนเดียวได้ไหมคะ",  # a question
    "ถ้าไปเองได้ก็ดี",  # a supposition
    "ไม่แน่ใจว่าไปเองได้",
    "เดินได้ แต่ไปคนเดียวไม่ไหว",  # an escort needed after all
])
def test_not_said_to_go_alone(text: str) -> None:
    assert not can_go_alone(text)


def test_the_count_invites_whoever_cannot_travel_alone() -> None:
    assert CARE_INVITED in BY_KEY["travellers"].question
    assert CARE_INVITED in TRAVELLERS_URGENT.question and "เดินทางเองไม่ไหว" in CARE_INVITED


def test_sick_alone_who_says_he_can_go_is_not_asked_again(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(SICK)
    assert asked(chat) == "travellers"
    chat.say("1 คนครับ ผมติดเชื้อ HIV ครับ กินยาต้านอยู่ แต่ยังเดินทางเองไหว ด่วนครับ")
    assert answers(chat).get("travel_alone") is True
    assert asked(chat) != "travel_alone"


def test_sick_alone_silent_on_the_escort_is_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(SICK)
    chat.say("คนเดียวครับ ด่วนครับ")
    assert "travel_alone" not in answers(chat) and asked(chat) == "travel_alone"


def test_elder_told_at_the_count_says_he_can_go(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(STORY)
    assert asked(chat) == "travellers"
    chat.say("ลุงคนเดียวครับ อายุ 74 แล้ว ไปเองได้ครับ ขึ้นรถทัวร์ไป")  # dev7
    assert answers(chat).get("travel_alone") is True and asked(chat) != "travel_alone"


def test_elder_told_at_the_count_says_nothing_of_it_is_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(STORY)
    chat.say("ไปคนเดียว อายุ 63 แล้ว")
    assert "travel_alone" not in answers(chat) and asked(chat) == "travel_alone"
