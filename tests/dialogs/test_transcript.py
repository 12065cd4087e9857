"""The transcript rule: word for word unless sensitive data is told by one who said no to
recording it, or that consent is being asked or answered after sending; danger always."""

from __future__ import annotations

from dialogs.state import State
from dialogs.transcript import kept_word_for_word

PLAIN = State("ask", {"consent": True, "answers": {}})
REFUSED = State("ask", {"consent": True, "answers": {"sensitive_consent": False}})
AGREED = State("ask", {"consent": True, "answers": {"sensitive_consent": True}})
ASKING = State("done", {"consent": True, "sent": True, "needs_pending": ["hiv"]})


def test_plain_talk_is_kept() -> None:
    assert kept_word_for_word(PLAIN, PLAIN, "ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี")


def test_sensitive_data_after_a_no_to_recording_it_is_not() -> None:
    assert not kept_word_for_word(REFUSED, REFUSED, "ผมเพิ่งพ้นโทษออกมาครับ")
    assert kept_word_for_word(REFUSED, REFUSED, "อยู่ชลบุรีครับ")  # plain talk still is


def test_sensitive_data_not_yet_asked_about_is_kept() -> None:
    # (the screening asks the consent next; a no then does not reach back: README)
    assert kept_word_for_word(PLAIN, PLAIN, "ผมเพิ่งพ้นโทษออกมาครับ")


def test_danger_is_always_kept() -> None:
    """The review: staff got an urgent alert with nothing in it, and a transcript that
    hid the message for the prison or health word beside the danger."""
    assert kept_word_for_word(REFUSED, REFUSED, "ผมเพิ่งออกจากคุก แฟนเก่าขู่จะฆ่าผม")
    assert kept_word_for_word(PLAIN, ASKING, "หนูติดเชื้อ HIV ไม่อยากมีชีวิตอยู่แล้ว")


def test_sensitive_data_with_consent_is_kept() -> None:
    assert kept_word_for_word(AGREED, AGREED, "ผมเพิ่งพ้นโทษออกมาครับ")


def test_the_consent_to_record_asked_or_answered_is_not() -> None:
    assert not kept_word_for_word(PLAIN, ASKING, "ยาเบาหวาน")
    assert not kept_word_for_word(ASKING, PLAIN, "ไม่ยินยอม")
