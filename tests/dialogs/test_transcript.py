"""The transcript rule: word for word unless sensitive data is told without consent to
record it, or that consent is being asked or answered."""

from __future__ import annotations

from dialogs.state import State
from dialogs.transcript import kept_word_for_word

PLAIN = State("ask", {"consent": True, "answers": {}})
AGREED = State("ask", {"consent": True, "answers": {"sensitive_consent": True}})
ASKING = State("done", {"consent": True, "sent": True, "needs_pending": ["hiv"]})


def test_plain_talk_is_kept() -> None:
    assert kept_word_for_word(PLAIN, PLAIN, "ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี")


def test_sensitive_data_without_consent_is_not() -> None:
    assert not kept_word_for_word(PLAIN, PLAIN, "ผมเพิ่งพ้นโทษออกมาครับ")


def test_sensitive_data_with_consent_is_kept() -> None:
    assert kept_word_for_word(AGREED, AGREED, "ผมเพิ่งพ้นโทษออกมาครับ")


def test_the_consent_to_record_asked_or_answered_is_not() -> None:
    assert not kept_word_for_word(PLAIN, ASKING, "ยาเบาหวาน")
    assert not kept_word_for_word(ASKING, PLAIN, "ไม่ยินยอม")
