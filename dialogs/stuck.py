"""Screening that cannot go on: paused once, then a person takes over.

What was told before the pause is kept: a story told after it resumes from there (dev22:
the place and the disability of the first message were asked again); "เริ่มใหม่" drops it.

The one question screening cannot do without (the hardship) may stay unread after it was
asked three ways. The first time, screening pauses and offers a person; a person who
comes back and is stuck again is not sent round the same questions a third time: the
conversation is handed to staff, with what is known.
"""

from __future__ import annotations

from dialogs import replies, texts
from dialogs import state as st
from dialogs.state import State, text_digest
from dialogs.step import StepResult, respond
from dialogs.summary import kept
from dialogs.types import Choice, Reply, RequestHandoff

PAUSED_ANSWERS = "paused_answers"  # state key: the answers told before a pause


def paused(state: State) -> StepResult:
    """Paused, or (paused before) handed to staff."""
    if state.data.get("paused"):
        return respond(State(st.IDLE, kept(state, done=True)),  # screening ends here
                       Reply(texts.HANDOFF_STUCK),
                       effects=(RequestHandoff("screening_stuck"),))
    told = state.data.get("answers") or {}  # what was told is not asked again after
    data = kept(state) | {"paused": True} | ({PAUSED_ANSWERS: told} if told else {})
    return respond(State(st.IDLE, data),
                   Reply(texts.SCREENING_PAUSED, replies.PERSON_CHOICES))


# The same text met with "which topic?" again (dev19: "ขอค่ารถกลับบ้านฟรีได้ไหมคะ" got
# "หมายถึงเรื่องไหนคะ" 13 times): never the same question a third time. Asked again, the
# best topic is answered (with the menu: help, a person); a third time a person is
# offered; then the conversation is handed to staff, and the round starts over.
CLARIFIED = "clarified"  # state key: [digest of the text, times asked in a row]


def times_clarified(state: State, text: str) -> int:
    """How many times in a row `text` was just met with the clarifying question."""
    mark = state.data.get(CLARIFIED)
    if isinstance(mark, list) and len(mark) == 2 and mark[0] == text_digest(text):
        return int(mark[1])
    return 0


def clarify(state: State, text: str, times: int, choices: tuple[Choice, ...],
            best: str | None) -> StepResult:
    """"Which topic?" for `text`, asked `times` before in a row; `best`: the answer
    of the likeliest topic (None: no topic of the knowledge base)."""
    idle = state.with_(st.IDLE, **{CLARIFIED: None})
    steps = [Reply(texts.CLARIFY, choices), *([Reply(best, replies.MENU_CHOICES)] if best else []),
             Reply(texts.UNKNOWN_3, replies.PERSON_CHOICES)]
    if times < len(steps):
        mark: list[str | int] = [text_digest(text), times + 1]
        return respond(idle.with_(None, **{CLARIFIED: mark}), steps[times])
    return respond(idle, Reply(texts.HANDOFF_STUCK),  # the round starts over after it
                   effects=(RequestHandoff("clarify_again"),))
