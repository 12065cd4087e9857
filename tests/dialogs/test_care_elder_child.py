"""dev29: a grandmother (known from the story: "เบี้ยคนแก่") tapped the count "2 คน ไม่ด่วน";
the button names no one, yet the invitation to name who needs care was taken as none, so
her grandson of 10 was never recorded; and an elder travelling with only a child was never
asked whether they can go by themselves (she cannot read, never took the bus alone)."""

from __future__ import annotations

import pytest

from dialogs.asking import ELDER_AND_CHILD, tapped_past_care
from dialogs.engine import Dialog
from dialogs.slots import BY_KEY

from .test_engine import Chat, consented
from .test_intake import asked

STORY = "ยายอยากกลับบ้านอุตรดิตถ์ ไม่มีค่ารถ เบี้ยคนแก่ก็ไม่ได้มาหลายเดือนแล้ว"


def at_count(dialog: Dialog, story: str = STORY) -> Chat:
    chat = consented(dialog)
    for line in (story, "มีจ้ะ", "ปทุมธานีจ้ะ แถวรังสิต"):
        chat.say(line)
    assert asked(chat) == "travellers"
    return chat


def test_a_tapped_count_leaves_who_else_needs_care_asked(dialog: Dialog) -> None:
    chat = at_count(dialog)
    chat.say("2 คน ไม่ด่วน", "n:2:no")
    assert asked(chat) == "more_care"
    chat.say("ยายอายุ 72 หลานชาย 10 ขวบจ้ะ ไม่มีใครป่วย")
    assert chat.state.data["answers"]["special_needs"] == ["child", "elderly"]
    assert asked(chat) == "travel_alone"
    assert chat.last is not None and ELDER_AND_CHILD in chat.last.replies[-1].text
    chat.say("ไปเองไม่ไหวหรอกจ้ะ ยายอ่านหนังสือไม่ออก ขึ้นรถไม่ถูก ต้องมีคนพาไป")
    assert "cannot_travel_alone" in chat.state.data["answers"]["special_needs"]


def test_a_typed_count_naming_no_one_still_says_none(dialog: Dialog) -> None:
    chat = at_count(dialog)
    chat.say("2 คน ไม่ด่วนจ้ะ")
    assert asked(chat) != "more_care"


def test_a_tapped_count_with_no_care_known_asks_nothing_more(dialog: Dialog) -> None:
    chat = at_count(dialog, "อยากกลับบ้านอุตรดิตถ์ ไม่มีค่ารถ")
    chat.say("2 คน ไม่ด่วน", "n:2:no")
    assert asked(chat) not in ("more_care", "travel_alone")


@pytest.mark.parametrize(("value", "answers", "sign"), [
    ("n:2:no", {"travellers": 2, "special_needs": ["elderly"]}, True),
    (None, {"travellers": 2, "special_needs": ["elderly"]}, False),  # typed
    ("n:2:no", {"travellers": 2}, False),  # no care known
    ("n:1:no", {"travellers": 1, "special_needs": ["elderly"]}, False),  # alone: no group
])
def test_tapped_past_care(value: str | None, answers: dict[str, object], sign: bool) -> None:
    assert tapped_past_care(BY_KEY["travellers"], value, answers) is sign


@pytest.mark.parametrize(("answers", "asks"), [
    ({"travellers": 2, "special_needs": ["child", "elderly"]}, True),  # "ยายกับหลาน"
    ({"travellers": 2, "special_needs": ["child", "elderly", "sick"]}, True),
    ({"travellers": 3, "special_needs": ["child", "elderly"]}, False),  # a third: a grown-up
    ({"travellers": 2, "special_needs": ["elderly", "sick"]}, False),  # may be one person
    ({"travellers": 2, "special_needs": ["child"]}, False),  # a parent with a child
    ({"travellers": 2, "special_needs": ["child", "elderly", "pregnant"]}, False),  # miscount
    ({"travellers": 2, "special_needs": ["cannot_travel_alone", "child", "elderly"]}, False),
    ({"travellers": 1, "special_needs": ["elderly"]}, True),  # as before
])
def test_an_elder_with_only_a_child_is_asked_of_an_escort(answers: dict[str, object],
                                                          asks: bool) -> None:
    assert BY_KEY["travel_alone"].applies(answers) is asks
