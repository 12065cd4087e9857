"""A wish for the aid told, not asked, starts screening; a yes said with a blessing is a
yes (dev16: an old man in Hat Yai wrote "ลุงอยากกลับบ้าน", then "กลับบ้าน" again and again,
and got the same knowledge answer each time; a Malay Muslim father said "ได้ครับ
อินชาอัลลอฮ์" to the consent question, which was asked again and again)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog

from .test_engine import Chat, consented


def test_a_wish_to_go_home_in_the_first_message_leads_to_the_first_question(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ลุงอยากกลับบ้าน")
    chat.say("ได้")
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "hardship"


def test_going_home_typed_at_the_menu_starts_screening(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ยกเลิก")  # at the menu
    assert chat.state.name == st.IDLE
    chat.say("กลับบ้าน")
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "hardship"


@pytest.mark.parametrize("text", ["กลับบ้านได้ไหมคะ", "เงินช่วยกลับบ้านได้เท่าไหร่",
                                  "อยากรู้เรื่องเงินช่วยกลับบ้าน",  # a wish to know
                                  "อยากทราบหลักเกณฑ์เงินช่วยกลับบ้านค่ะ"])
def test_a_question_about_the_aid_is_answered_not_screened(dialog: Dialog, text: str) -> None:
    chat = consented(dialog)
    chat.say("ยกเลิก")
    chat.say(text)
    assert chat.state.name == st.IDLE


def test_a_question_in_the_first_message_still_leads_to_the_menu(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("เงินช่วยกลับบ้านได้เท่าไหร่คะ")
    reply = chat.text("ยินยอม", "consent:yes")
    assert chat.state.name == st.IDLE and texts.MENU in reply


@pytest.mark.parametrize("yes", ["ได้ครับ อินชาอัลลอฮ์", "ได้ค่ะ สาธุ", "ได้ครับ ขอบคุณมากครับ"])
def test_a_yes_with_a_blessing_is_consent(dialog: Dialog, yes: str) -> None:
    chat = Chat(dialog)
    chat.say("อัสลามูอาลัยกุมครับ")
    chat.say(yes)
    assert chat.state.data.get("consent") is True


def test_a_longer_answer_is_still_no_yes(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีครับ")
    chat.say("ได้ยินว่าช่วยได้ สาธุ")
    assert chat.state.name == st.CONSENT
