"""Screening: what an answer tells beyond its question, and the sensitive consent."""

from __future__ import annotations

from dialogs.engine import Dialog

from .test_engine import Chat, consented, dialog

__all__ = ["dialog"]


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
