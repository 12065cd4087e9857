"""A question asked beside a story before consent is answered (dev23: "ถ้าอยากกลับบ้าน
แต่ไม่มีเงิน ขอให้ช่วยได้ไหมคะ ฟรีไหมคะ" got only the notice again); the story is kept."""

from __future__ import annotations

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
