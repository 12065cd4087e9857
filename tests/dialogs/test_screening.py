"""Screening's summary: when a name came without a phone, the summary asks for the
phone, and typing it sends the request (read back in the reply)."""

from __future__ import annotations

from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.types import CreateCase

from .test_engine import Chat, consented, dialog

__all__ = ["dialog"]


def to_summary(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    chat.say("ป้าแดงค่ะ")
    return chat


def sent(chat: Chat) -> dict[str, object] | None:
    assert chat.last is not None
    cases = [e.case for e in chat.last.effects if isinstance(e, CreateCase)]
    return cases[0] if cases else None


def test_a_name_without_a_phone_brings_the_summary_asking_for_it(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    assert chat.state.name == st.CONFIRM and chat.state.data["slot"] == "phone"
    assert chat.last is not None
    summary = chat.last.replies[-1]
    assert "ชื่อ: ป้าแดง" in summary.text and "กลับไป: ยโสธร" in summary.text
    assert "เหลือเบอร์โทร" in summary.text
    assert [c.label for c in summary.choices] == ["ส่งเลย ไม่มีเบอร์", "แก้ไข"]


def test_the_phone_typed_there_sends_and_is_read_back_whole(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    reply = chat.text("เบอร์ 086-555-1234 ค่ะ")
    case = sent(chat)
    assert case is not None and case["phone"] == "0865551234"
    assert "086-555-1234" in reply and chat.state.name == st.DONE


def test_a_phone_with_a_correction_shows_the_summary_again(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    reply = chat.text("0865551234 แต่จะกลับอุบลนะคะ")
    assert sent(chat) is None and chat.state.name == st.CONFIRM
    assert "กลับไป: อุบลราชธานี" in reply and "086-555-1234" in reply


def test_sending_without_a_phone(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    reply = chat.text("ส่งเลย ไม่มีเบอร์", "confirm:yes")
    case = sent(chat)
    assert case is not None and case["phone"] is None
    assert "ติดต่อกลับทางแชตนี้" in reply


def test_something_unclear_there_sends_nothing(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    chat.say("ฟหกด")
    assert sent(chat) is None and chat.state.name == st.CONFIRM


def at_sensitive_consent(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say("เพิ่งพ้นโทษ ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.data["slot"] == "sensitive_consent"
    return chat


def test_needs_told_at_the_consent_question_are_kept_and_consent_asked_another_way(
        dialog: Dialog) -> None:
    chat = at_sensitive_consent(dialog)
    first = chat.text("อยากหางานทำครับ")
    second = chat.text("ยินยอม")
    assert "หางานทำ" in first and "เพิ่งพ้นโทษ" in first and first != second
    answers = chat.state.data["answers"]
    assert answers["sensitive_consent"] is True and answers["needs"] == ["probation", "work"]
    assert chat.state.data["slot"] == "name"  # the needs question is not asked


def test_refusing_after_telling_a_need_keeps_only_the_plain_need(dialog: Dialog) -> None:
    chat = at_sensitive_consent(dialog)
    chat.say("อยากหางานทำครับ")
    chat.say("ไม่ยินยอม")
    answers = chat.state.data["answers"]
    assert answers["sensitive_consent"] is False and answers["needs"] == ["work"]
    assert "released" not in answers and chat.state.data["slot"] == "name"
