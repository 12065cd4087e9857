"""What of a turn the conversation's transcript may keep word for word (a domain rule of
privacy, carried out by bot/): sensitive data (prison, a court case, health, HIV) told by
one who has said no to recording it is not kept, nor the turns that ask for that consent
after the request is sent or answer it, since the replies echo what was told ("ขอบันทึก
เรื่องสุขภาพไว้ไหมคะ", where to get HIV care). The request keeps only what the person
agreed to; the officer sees the rest at the interview. Danger is always kept word for
word: the staff alert carries nothing of it, so the transcript is where staff read it."""

from __future__ import annotations

from dialogs.consent_words import sensitive_told
from dialogs.danger import danger_in
from dialogs.state import State

__all__ = ["NOT_KEPT", "kept_word_for_word"]

NOT_KEPT = "[ข้อความนี้มีข้อมูลอ่อนไหว ไม่ได้บันทึกไว้]"


def kept_word_for_word(before: State, after: State, text: str) -> bool:
    """Whether the turn from `before` to `after` on `text` may be kept as it was said."""
    asking = bool(before.data.get("needs_pending") or after.data.get("needs_pending"))
    refused = any((s.data.get("answers") or {}).get("sensitive_consent") is False
                  for s in (before, after))
    if not asking and not (refused and sensitive_told(text)):
        return True
    # hidden, unless it tells of danger ("ผมเพิ่งออกจากคุก แฟนเก่าขู่จะฆ่าผม"): staff must
    # be able to read that
    return bool(danger_in(text))
