"""The transcript rule: word for word unless sensitive data is told by one who said no to
recording it, or that consent is being asked or answered after sending; danger always."""

from __future__ import annotations

from dialogs.state import State
from dialogs.transcript import NOT_KEPT, kept_word_for_word, refused_now, withdrawn

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
    # (the screening asks the consent next; a no then reaches back: `withdrawn`)
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


def test_a_no_is_said_in_the_turn_that_says_it_only() -> None:
    assert refused_now(PLAIN, REFUSED)
    assert not refused_now(REFUSED, REFUSED)  # said before: nothing new to take back
    assert not refused_now(PLAIN, AGREED)
    assert not refused_now(PLAIN, PLAIN)


def test_withdrawn_takes_the_sensitive_message_and_the_replies_to_it() -> None:
    kept = [(1, "in", "ยินยอมค่ะ"), (2, "out", "ตอนนี้เดือดร้อนเรื่องไหนคะ"),
            (3, "in", "หนูเพิ่งพ้นโทษออกมาเมื่อวานค่ะ ไม่มีเงินกลับบ้าน"),
            (4, "out", "รับทราบค่ะ: ไม่มีค่ารถ"), (5, "out", "มีบัตรประชาชนไหมคะ"),
            (6, "in", "มีค่ะ"), (7, "out", "ตอนนี้อยู่จังหวัดไหนคะ"),
            (8, "in", "หนูป่วยเป็นวัณโรคค่ะ"), (9, "out", "รับทราบค่ะ")]
    assert withdrawn(kept) == (3, 4, 5, 8, 9)


def test_withdrawn_leaves_plain_talk_danger_and_what_is_already_hidden() -> None:
    kept = [(1, "in", "อยู่ชลบุรีค่ะ"), (2, "out", "ขอถามเรื่องสุขภาพ ประวัติการต้องโทษ ยินยอมไหมคะ"),
            (3, "in", "ผมเพิ่งออกจากคุก แฟนเก่าขู่จะฆ่าผม"), (4, "out", "โทร 191 ได้เลยค่ะ"),
            (5, "in", NOT_KEPT), (6, "out", "ค่ะ")]
    assert withdrawn(kept) == ()


def test_withdrawn_leaves_staff_words_after_the_sensitive_message() -> None:
    kept = [(1, "in", "ผมเพิ่งพ้นโทษครับ"), (2, "staff", "สวัสดีค่ะ สมศรีนะคะ"), (3, "out", "รับทราบค่ะ")]
    assert withdrawn(kept) == (1, 3)
