"""What of a turn the conversation's transcript may keep word for word (a domain rule of
privacy, carried out by bot/): sensitive data (prison, a court case, health, HIV) told
without consent to record it is not kept, nor the turns that ask for that consent or
answer it, since the replies echo what was told ("ขอบันทึกเรื่องสุขภาพไว้ไหมคะ", where
to get HIV care). The request keeps only what the person agreed to; the officer sees the
rest at the interview."""

from __future__ import annotations

from dialogs.consent_words import sensitive_told
from dialogs.state import State

__all__ = ["NOT_KEPT", "kept_word_for_word"]

NOT_KEPT = "[ข้อความนี้มีข้อมูลอ่อนไหว ไม่ได้บันทึกไว้]"


def kept_word_for_word(before: State, after: State, text: str) -> bool:
    """Whether the turn from `before` to `after` on `text` may be kept as it was said."""
    if before.data.get("needs_pending") or after.data.get("needs_pending"):
        return False  # the consent to record a need asked, or answered
    consented = any((s.data.get("answers") or {}).get("sensitive_consent") is True
                    for s in (before, after))
    return consented or not sensitive_told(text)
