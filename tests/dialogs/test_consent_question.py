"""A question asked beside a story before consent is answered (dev23: "ถ้าอยากกลับบ้าน
แต่ไม่มีเงิน ขอให้ช่วยได้ไหมคะ ฟรีไหมคะ" got only the notice again); the story is kept."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.engine import Dialog

from .test_engine import Chat


def test_the_question_beside_the_story_is_answered_and_the_story_kept(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("อยากสอบถามค่ะ")
    reply = chat.text("ถ้าอยากกลับบ้านแต่ไม่มีเงิน ขอให้ช่วยได้ไหมคะ ฟรีไหมคะ")
    assert "ไม่มีค่าธรรมเนียม" in reply  # the fee question answered
    assert chat.state.name == st.CONSENT  # consent is still asked
    assert "ไม่มีเงิน" in str(chat.state.data.get("pending"))


def test_a_story_with_no_question_gets_no_knowledge_answer(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    reply = chat.text("ไม่มีเงินค่ารถกลับบ้านค่ะ ต้องจ่ายค่าห้องอีก")
    assert "ค่าธรรมเนียม" not in reply
    assert chat.state.name == st.CONSENT and "ไม่มีเงิน" in str(chat.state.data.get("pending"))


STORY_BEFORE = "หวัดดีครับ ผมพ้นโทษมาจากเรือนจำกลางสงขลาได้ 4 วันแล้ว ตอนนี้อาศัยบ้านน้องเมียอยู่หาดใหญ่ก่อน"


@pytest.mark.parametrize("text", [
    "บัตรประชาชนมันเปื่อยหมดแล้วครับ ตกน้ำตอนโดนจับ รูปเลือนๆ แต่ยังอ่านเลขได้อยู่",
    "บัตรประชาชนก็หาย แต่ผู้ใหญ่บ้านทำหนังสือรับรองส่งมาให้แล้ว",
    "ตอนนี้อาศัยบ้านเพื่อนที่เคยอยู่ห้องขังเดียวกันที่อุดร แต่อยากกลับไปหาแม่ที่เลย ไม่มีค่ารถ"])
def test_a_story_with_a_but_is_no_consent(dialog: Dialog, text: str) -> None:
    """dev26: a "but" in a story after a notice naming sensitive data was read as "yes,
    but not the sensitive part": consent nobody gave."""
    chat = Chat(dialog)
    chat.say(STORY_BEFORE)
    chat.say(text)
    assert chat.state.name == st.CONSENT and chat.state.data.get("consent") is not True


@pytest.mark.parametrize("text", ["ได้ครับ แต่ไม่เอาเรื่องคุก", "ไม่ต้องเก็บเรื่องติดคุกนะ"])
def test_a_yes_with_an_exclusion_still_leaves_the_sensitive_part_out(
        dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(STORY_BEFORE)
    chat.say(text)
    assert chat.state.data.get("consent") is True
    assert chat.state.data["answers"].get("sensitive_consent") is False


@pytest.mark.parametrize("text", ["ฉัน หูหนวก ช่วย ได้ไหม", "ผมเป็นคนพิการ ขอเงินได้ไหม"])
def test_a_care_need_said_of_oneself_in_a_question_is_kept(dialog: Dialog, text: str) -> None:
    """dev25: a deaf woman's "ฉัน หูหนวก ช่วย ได้ไหม" was taken as a question about deaf
    people, and her disability never reached the request."""
    chat = Chat(dialog)
    chat.say(text)
    chat.say("ยินยอม", "consent:yes")
    assert "disabled" in (chat.state.data.get("answers") or {}).get("special_needs", [])


@pytest.mark.parametrize("text", ["ผมอยากรู้ว่าคนพิการได้เบี้ยเท่าไหร่",
                                  "เบี้ยคนพิการได้เดือนละเท่าไหร่"])
def test_a_question_about_a_need_keeps_nothing(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert not chat.state.data.get("pending")


def test_a_wish_to_apply_after_a_question_leads_to_the_questions(dialog: Dialog) -> None:
    """dev7: asked the fee, then "งั้นขอยื่นขอความช่วยเหลือเลยค่ะ" before consent: the menu
    came after consent, and "ขอความช่วยเหลือ" had to be said again."""
    chat = Chat(dialog)
    chat.say("สอบถามค่ะ ขอเงินค่ารถกลับบ้านต้องเสียค่าธรรมเนียมไหมคะ")
    chat.say("โอเคค่ะ งั้นขอยื่นขอความช่วยเหลือเลยค่ะ")
    chat.say("ยินยอมค่ะ", "consent:yes")
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "hardship"


def test_a_question_then_consent_still_gets_the_menu(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สอบถามค่ะ ขอเงินค่ารถกลับบ้านต้องเสียค่าธรรมเนียมไหมคะ")
    chat.say("ยินยอมค่ะ", "consent:yes")
    assert chat.state.name == st.IDLE


@pytest.mark.parametrize("text", ["ยอมไม่ได้ครับ แต่อยากกลับบ้าน",
                                  "ได้ยินมาว่าช่วยฟรี แต่กลัวข้อมูลรั่วค่ะ",
                                  "ไม่ต้องเก็บอะไรทั้งนั้นค่ะ", "ไม่ให้เก็บข้อมูลค่ะ"])
def test_no_consent_from_a_refusal_or_a_story_with_a_but(dialog: Dialog, text: str) -> None:
    """Found in review: each of these was taken as "yes, but not the sensitive part"."""
    chat = Chat(dialog)
    chat.say(STORY_BEFORE)
    chat.say(text)
    assert chat.state.data.get("consent") is not True
