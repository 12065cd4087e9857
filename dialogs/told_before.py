"""What a person told before answering the consent question: a story, an answer given
with it, a care hint read from it (an elder, an illness, a disability). All of it is
kept at most 24 hours from the first thing told (as the privacy notice says; the store's
sweeper removes a conversation left at the question as long: bot.sweeper), and none of
it outlives a no."""

from __future__ import annotations

import datetime as dt

from dialogs.state import State

__all__ = ["PENDING_FOR", "TOLD_BEFORE", "expire_pending", "stamped", "unconsented"]

PENDING_FOR = dt.timedelta(hours=24)  # what is told before consent is kept this long
# the keys of what was told before consent ("pending_at": when the first was told)
TOLD_BEFORE = ("pending", "preview_answer", "care_again", "elder_said")


def unconsented(state: State) -> bool:
    return state.data.get("consent") is not True


def stamped(state: State, at: dt.datetime) -> State:
    """`state`, with the time of the first thing told before consent when it holds one
    and has no time yet: a care hint read from a question is under the same limit as a
    story."""
    if not unconsented(state) or state.data.get("pending_at"):
        return state
    if any(state.data.get(k) for k in TOLD_BEFORE):
        return state.with_(pending_at=at.isoformat())
    return state


def expire_pending(state: State, now: dt.datetime) -> State:
    """What was told before consent goes 24 hours after the first of it was told."""
    at = state.data.get("pending_at")
    if not at:
        return state
    try:
        expired = now - dt.datetime.fromisoformat(str(at)) > PENDING_FOR
    except ValueError:
        expired = True
    if not expired:
        return state
    gone = dict.fromkeys(TOLD_BEFORE)  # said once, after a yes
    return state.with_(**gone, pending_at=None, pending_expired=True)
