"""The answer to "may we record this sensitive need?" asked after sending: a bare "ค่ะ" or
"อืม" is not explicit enough to record health or a criminal record, so the question is
asked once more, plainly, with its buttons (it used to be answered "ได้ค่ะ" as if agreed,
and nothing was recorded; dev110); unclear again, nothing is recorded and the person is
told so."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs import texts
from dialogs.slots import BY_KEY, read_sensitive_consent
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import Reply

__all__ = ["ask_record_again", "record_consent"]


def record_consent(state: State, text: str, value: str | None, told: bool) -> bool | None:
    """Yes, no, or None (asked again); unclear a second time with nothing new `told`: no."""
    agreed = read_sensitive_consent(text, value)
    if agreed is None and not told and state.data.get("record_asked_again"):
        return False
    return agreed


def ask_record_again(state: State, pending: Sequence[str]) -> StepResult:
    """The question once more, naming what would be recorded."""
    names = dict.fromkeys(texts.SENSITIVE_NAMES[n] for n in pending if n in texts.SENSITIVE_NAMES)
    return respond(state.with_(record_asked_again=True),
                   Reply(texts.SENSITIVE_RECORD_AGAIN.format(", ".join(names) or "ข้อมูลนี้"),
                         BY_KEY["sensitive_consent"].choices))
