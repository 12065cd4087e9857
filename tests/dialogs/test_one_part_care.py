"""One who answers one thing at a time (the places question answered with its first part
only) is asked of care outright after the count (dev29: a wheelchair user's need never
reached the request); one who answers whole is not."""

from __future__ import annotations

from dialogs import state as st
from dialogs.engine import Dialog

from .test_engine import Chat


def to_count(dialog: Dialog, places: tuple[str, ...]) -> Chat:
    chat = Chat(dialog)
    for line in ("สวัสดีค่ะ", "ยินยอมค่ะ", "ไม่มีค่ารถกลับบ้านค่ะ", "มีค่ะ", *places):
        chat.say(line)
    return chat


def test_one_thing_at_a_time_is_asked_of_care(dialog: Dialog) -> None:
    chat = to_count(dialog, ("ชลบุรีค่ะ", "บุรีรัมย์ค่ะ"))
    chat.say("1 คน ไม่ด่วน", "n:1:no")
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "special_needs"


def test_a_whole_answer_is_not_asked_of_care(dialog: Dialog) -> None:
    chat = to_count(dialog, ("อยู่ชลบุรี จะกลับบุรีรัมย์ค่ะ",))
    chat.say("1 คน ไม่ด่วน", "n:1:no")
    assert chat.state.name == st.CONFIRM
