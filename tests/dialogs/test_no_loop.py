"""An answer that tells a fact which is not kept (home already known) is a try used: the
question never comes back forever (dev15: "มีครับแต่ลืมไว้บ้านที่ชัยภูมิ ... สระบุรี แก่งคอยครับ"
got the card question 23 times)."""

from __future__ import annotations

from dialogs.engine import Dialog

from .test_engine import consented
from .test_intake import asked

ANSWER = "มีครับแต่ลืมไว้บ้านที่ชัยภูมิ ให้แม่ถ่ายรูปส่งมาได้ สระบุรี แก่งคอยครับ"


def test_the_same_answer_again_moves_on(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("หมดสัญญาโรงงานแก่งคอยครับ หอปิด ไม่มีเงินกลับชัยภูมิ")
    assert asked(chat) == "id_card"
    for _ in range(3):
        chat.say(ANSWER)
    assert asked(chat) != "id_card"
    assert chat.state.data["answers"]["home_province"]["name"] == "ชัยภูมิ"  # kept


def test_a_new_fact_is_still_kept_without_a_try_used(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("หมดสัญญาโรงงานครับ ไม่มีเงินกลับบ้าน มีบัตรประชาชน")
    chat.say("ชัยภูมิครับ")  # to where are you and home: one place, read as where he is
    assert "current_province" in chat.state.data["answers"]
