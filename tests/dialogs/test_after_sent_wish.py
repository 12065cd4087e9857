"""A wish to go home typed once the request is sent is not a second screening (dev25,
dev27: the new screening then swallowed a phone fix); a tap on the help button is."""

from __future__ import annotations

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.types import CreateCase

from .test_engine import Chat


def sent(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    for line in ("สวัสดีค่ะ", "ยินยอมค่ะ",
                 "อยู่ขอนแก่น ไม่มีค่ารถกลับบ้านที่พัทลุงค่ะ มีบัตรประชาชน", "คนเดียว ไม่ด่วนค่ะ"):
        chat.say(line)
    chat.say("อรอุมา 0934567812")
    assert chat.last is not None and any(isinstance(e, CreateCase) for e in chat.last.effects)
    chat.say("ไม่มีค่ะ")  # nothing else
    return chat


def test_a_wish_typed_once_sent_is_told_it_is_on_its_way(dialog: Dialog) -> None:
    chat = sent(dialog)
    reply = chat.text("อยากกลับบ้านค่ะ")
    assert reply == texts.AFTER_SENT_OK and chat.state.name != st.ASK


def test_the_help_button_still_screens_again(dialog: Dialog) -> None:
    chat = sent(dialog)
    chat.say("ขอความช่วยเหลือ", "cmd:screen")
    assert chat.state.name == st.ASK
