"""The consent question asked again: another way each time, and a person taking the
chat over when it is still not answered (a story told in pieces meanwhile aside)."""

from __future__ import annotations

from dialogs import replies, texts
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import Reply, RequestHandoff

__all__ = ["AGAIN", "MOST_ASKED", "asked_again", "handed_over", "stuck"]

AGAIN = (texts.CONSENT_AGAIN, texts.CONSENT_AGAIN_2, texts.CONSENT_AGAIN_3)


def asked_again(state: State) -> tuple[State, str]:
    """The consent question asked again, another way each time (never one sentence
    three times in a row)."""
    times = int(state.data.get("again") or 0)
    return state.with_(again=times + 1), AGAIN[times % len(AGAIN)]


# a story told in pieces before consent is not being stuck: its pieces do not count
# towards a person taking over, up to this many questions in all (dev44: an elder's five
# messages of story met a person instead of the questions)
MOST_ASKED = 2 * len(AGAIN) + 1


def stuck(state: State) -> bool:
    """Asked every way with no yes or no, not counting pieces of story told between."""
    again = int(state.data.get("again") or 0)
    return again - int(state.data.get("pieces") or 0) >= len(AGAIN) or again >= MOST_ASKED


def handed_over(state: State) -> StepResult:
    """Asked every way and still no yes or no (dev22: an elder's "ได้ลูก" met the
    notice 22 times): a person takes the chat over; consent can still be given."""
    return respond(state.with_(again=0, pieces=None),
                   Reply(texts.CONSENT_HANDOFF, replies.CONSENT_CHOICES),
                   effects=(RequestHandoff("consent_stuck"),))
