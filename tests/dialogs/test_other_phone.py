"""Sent with no phone: a trusted person's number is invited, and goes into the request
(dev23: a wife whose husband checks her phone refuses her own number; her sister's,
given after, was never asked for)."""

from __future__ import annotations

from dialogs import texts
from dialogs.engine import Dialog
from dialogs.types import CreateCase, UpdateContact

from .test_engine import Chat

STORY = "อยู่ขอนแก่น ไม่มีค่ารถกลับบ้านที่พัทลุงค่ะ มีบัตรประชาชน"


def sent_without_phone(dialog: Dialog) -> tuple[Chat, str]:
    chat = Chat(dialog)
    for line in ("สวัสดีค่ะ", "ยินยอมค่ะ", STORY, "คนเดียว ด่วนค่ะ สามีทำร้าย", "อรอุมา"):
        chat.say(line)
    reply = chat.text("ไม่สะดวกให้เบอร์ค่ะ เขาเช็คโทรศัพท์หนูตลอด")
    assert chat.last is not None
    case = next(e.case for e in chat.last.effects if isinstance(e, CreateCase))
    assert case["phone"] is None
    return chat, reply


def test_a_refused_phone_sends_and_invites_a_trusted_number(dialog: Dialog) -> None:
    chat, reply = sent_without_phone(dialog)
    assert texts.OTHER_PHONE.strip() in reply
    chat.say("ถ้าจำเป็นจริงๆ ใช้เบอร์น้องสาวนะคะ 0934567812")
    assert chat.last is not None
    assert UpdateContact(phone="0934567812", name=None) in chat.last.effects


def test_a_phone_given_is_not_asked_for_again(dialog: Dialog) -> None:
    chat = Chat(dialog)
    for line in ("สวัสดีค่ะ", "ยินยอมค่ะ", STORY, "คนเดียว ไม่ด่วนค่ะ"):
        chat.say(line)
    reply = chat.text("อรอุมา 0934567812")
    assert "ส่งเรื่อง" in reply and texts.OTHER_PHONE.strip() not in reply
