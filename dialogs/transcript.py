"""What of a turn the conversation's transcript may keep word for word (a domain rule of
privacy, carried out by bot/): sensitive data (prison, a court case, health, HIV) told by
one who has said no to recording it is not kept, nor the turns that ask for that consent
after the request is sent or answer it, since the replies echo what was told ("ขอบันทึก
เรื่องสุขภาพไว้ไหมคะ", where to get HIV care). The request keeps only what the person
agreed to; the officer sees the rest at the interview. Danger is always kept word for
word: the staff alert carries nothing of it, so the transcript is where staff read it.

The no reaches back: sensitive data told before the consent was asked ("ผมเพิ่งพ้นโทษ" in
the story, then "ไม่ยินยอม") is taken out of the messages already kept, with the bot's
replies to it (`withdrawn`)."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.consent_words import sensitive_told
from dialogs.danger import danger_in
from dialogs.state import CONSENT, State
from dialogs.told_before import TOLD_BEFORE

__all__ = ["NOT_KEPT", "kept_word_for_word", "refused_now", "said_no", "withdrawn"]

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


def refused_now(before: State, after: State) -> bool:
    """Whether this turn says no to recording sensitive data (not said before)."""
    def refused(state: State) -> bool:
        return (state.data.get("answers") or {}).get("sensitive_consent") is False
    return refused(after) and not refused(before)


def withdrawn(kept: Sequence[tuple[int, str, str]]) -> tuple[int, ...]:
    """Of the messages kept so far (id, who: "in", "out" (the bot) or "staff", text;
    oldest first), the ids to replace by NOT_KEPT after a no to recording sensitive
    data: each message of the person's that tells it, and the bot's replies to that
    message (up to the person's next one), since they echo it. Danger stays (see
    `kept_word_for_word`), and so do staff's words."""
    out: list[int] = []
    hiding = False
    for message_id, who, text in kept:
        if who == "in":
            hiding = text != NOT_KEPT and bool(sensitive_told(text)) and not danger_in(text)
        if hiding and who != "staff":
            out.append(message_id)
    return tuple(out)


def said_no(before: State, after: State) -> bool:
    """Whether this turn says no to consent, or leaves the consent question keeping nothing
    ("แค่ถามก่อน", "ยกเลิก"): all typed before it is deleted at once (the privacy notice:
    "ลบทันทีถ้าไม่ยินยอม"), the webhook events that carried it and the replies to it too."""
    if True in (before.data.get("consent"), after.data.get("consent")):
        return False
    if after.name == CONSENT or any(after.data.get(k) for k in TOLD_BEFORE):
        return False  # still at the question, or what was told still kept
    return before.name == CONSENT or (
        after.data.get("consent") is False and before.data.get("consent") is not False)
