"""What was told before a pause is not asked again when the person tells their story
after it (dev22: a wheelchair user's place and disability, told first, were lost); "เริ่ม
ใหม่" starts from nothing."""

from __future__ import annotations

from dialogs import state as st
from dialogs.engine import Dialog

from .test_engine import Chat, consented

UNREAD = "นายหน้าหายไปแล้วครับ"  # tells no hardship the reader knows
FIRST = "ผมนั่งวีลแชร์ครับ อยู่มหาชัย อยากกลับบ้านสุรินทร์"


def paused(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say(FIRST)
    assert chat.state.data.get("slot") == "hardship"
    for _ in range(3):
        chat.say(UNREAD)
    assert chat.state.name == st.IDLE and chat.state.data.get("paused")
    return chat


def test_a_story_after_the_pause_resumes(dialog: Dialog) -> None:
    chat = paused(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านครับ")
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "สมุทรสาคร"
    assert answers["home_province"]["name"] == "สุรินทร์"
    assert "disabled" in answers["special_needs"]
    assert answers["no_fare"] is True
    assert "paused_answers" not in chat.state.data


def test_starting_again_forgets_what_was_told(dialog: Dialog) -> None:
    chat = paused(dialog)
    chat.say("เริ่มใหม่")
    chat.say("ไม่มีค่ารถกลับบ้านครับ")
    answers = chat.state.data["answers"]
    assert "current_province" not in answers and "home_province" not in answers
