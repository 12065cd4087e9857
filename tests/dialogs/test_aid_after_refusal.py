"""A wish for the aid after a no to consent asks for consent again (dev81: "อยากได้ค่ารถ
ปิ๊กบ้านครับ" got the aid's description over and over); a question about it is answered."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.engine import Dialog

from .test_engine import Chat


def refused(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    chat.say("ผมอยู่หมอชิตครับ จะปิ๊กบ้านน่าน ตังค์บ่พอ")
    chat.say("ไม่ยินยอม", "consent:no")
    assert chat.state.data.get("consent") is False
    return chat


@pytest.mark.parametrize("wish", ["อยากได้ค่ารถปิ๊กบ้านครับ", "อยากกลับบ้านครับ"])
def test_a_wish_for_the_aid_after_a_no_asks_consent_again(dialog: Dialog, wish: str) -> None:
    chat = refused(dialog)
    reply = chat.text(wish)
    assert chat.state.name == st.CONSENT and "ยินยอม" in reply
    chat.say("ยินยอม", "consent:yes")
    assert chat.state.data.get("consent") is True


def test_a_question_about_the_aid_after_a_no_is_answered(dialog: Dialog) -> None:
    chat = refused(dialog)
    reply = chat.text("ค่าอาหารได้วันละเท่าไหร่คะ")
    assert chat.state.name != st.CONSENT and "100" in reply


def test_a_wish_to_apply_before_consent_starts_screening_once_consented(dialog: Dialog) -> None:
    # dev8: asked how long, then "งั้นขอสมัครเลยค่ะ"; once consented, the menu came first
    chat = Chat(dialog)
    chat.say("ถ้าขอเงินค่ารถกลับบ้านต้องรอกี่วันคะ")
    chat.say("โอเคค่ะ งั้นขอสมัครเลยค่ะ")
    chat.say("ยินยอม", "consent:yes")
    assert chat.state.name == st.ASK


def test_one_who_will_not_apply_is_not_screened(dialog: Dialog) -> None:
    from dialogs.consent_words import APPLY
    assert not APPLY.search("ไม่ขอสมัครเลยค่ะ แค่ถาม")
    assert APPLY.search("งั้นขอสมัครเลยค่ะ")
