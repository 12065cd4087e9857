"""Screening that cannot go on: paused once, then a person takes over.

The one question screening cannot do without (the hardship) may stay unread after it was
asked three ways. The first time, screening pauses and offers a person; a person who
comes back and is stuck again is not sent round the same questions a third time: the
conversation is handed to staff, with what is known.
"""

from __future__ import annotations

from dialogs import replies, texts
from dialogs import state as st
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.summary import kept
from dialogs.types import Reply, RequestHandoff


def paused(state: State) -> StepResult:
    """Paused, or (paused before) handed to staff."""
    if state.data.get("paused"):
        return respond(State(st.IDLE, kept(state, done=True)),  # screening ends here
                       Reply(texts.HANDOFF_STUCK),
                       effects=(RequestHandoff("screening_stuck"),))
    return respond(State(st.IDLE, kept(state) | {"paused": True}),
                   Reply(texts.SCREENING_PAUSED, replies.PERSON_CHOICES))
