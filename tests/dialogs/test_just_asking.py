"""One who says they only asked ("บ่ต้องจ้า ถามเฉยๆ") is not screened further (dev28: a
village head's wife who asked about the fee met the edit menu 14 times); a fare asked in
an Isan question ("... ต้องเสียค่าธรรมเนียมบ่") tells no lack."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.questions import just_asking
from dialogs.understand import read_message

from .test_engine import Chat


def test_a_fare_in_an_isan_question_tells_no_lack() -> None:
    assert "no_fare" not in read_message("หลานเอ้ย ถามแหน่ ขอเงินค่ารถกลับบ้านนี่ ต้องเสียค่าธรรมเนียมบ่")
    assert read_message("ขอค่ารถกลับบ้านครับ ไม่มีเงินเลย")["no_fare"] is True


@pytest.mark.parametrize("text", ["บ่ต้องจ้า ถามเฉยๆ", "ยังไม่ขอค่ะ แค่ถาม", "บ่ได้ไปไสจ้า ถามเฉยๆ"])
def test_just_asking_stops_screening(dialog: Dialog, text: str) -> None:
    assert just_asking(text)
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ")
    assert chat.state.name == st.ASK
    reply = chat.text(text)
    assert chat.state.name == st.IDLE and texts.JUST_ASKING in reply


@pytest.mark.parametrize("text", ["ถามหน่อยค่ะ ต้องใช้บัตรไหม", "มีค่ะ", "ยังไม่ขอใบรับรองค่ะ",
                                  "ไม่ใช่แค่ถามนะคะ อยากได้ความช่วยเหลือจริงๆ",
                                  "ไม่ได้ถามเฉยๆนะ เดือดร้อนจริง",
                                  "แค่ถามว่าต้องใช้บัตรประชาชนไหมคะ"])
def test_other_answers_are_not_just_asking(text: str) -> None:
    assert not just_asking(text)


def test_a_plea_ending_with_a_question_still_lacks_the_fare() -> None:
    """Found in review: "ช่วยหน่อยได้ไหม" is a plea, not a question about the aid."""
    assert read_message("ขอค่ารถกลับบ้านด้วยค่ะ ช่วยหน่อยได้ไหม")["no_fare"] is True
