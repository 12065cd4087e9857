"""The answer to "may we record this sensitive need?" asked after sending: a bare "ค่ะ" or
"อืม" is not explicit enough to record health or a criminal record, so the question is
asked once more, plainly, with its buttons (it used to be answered "ได้ค่ะ" as if agreed,
and nothing was recorded; dev110); unclear again, nothing is recorded and the person is
told so. Only such a bare answer (or a yes taken back) is asked again or, twice, refused: a
question ("ใครจะเห็นข้อมูลนี้บ้างคะ") or a person asked for ("ขอคุยเจ้าหน้าที่") goes on to be
answered as before (review rev6: read as a refusal, the question never answered)."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs import texts
from dialogs.second_thought import mind_changed_last
from dialogs.slots import BY_KEY, WEAK, read_sensitive_consent
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import Reply

__all__ = ["ask_record_again", "bare", "record_consent"]


def bare(text: str, value: str | None, told: bool) -> bool:
    """A bare "ค่ะ", "อืม" or a yes taken back, with nothing new `told`."""
    return not told and value is None and (text.replace(" ", "") in WEAK or mind_changed_last(text))


def record_consent(state: State, text: str, value: str | None, told: bool) -> bool | None:
    """Yes, no, or None (asked again); `bare` a second time: no."""
    agreed = read_sensitive_consent(text, value)
    if agreed is None and bare(text, value, told) and state.data.get("record_asked_again"):
        return False
    return agreed


def ask_record_again(state: State, pending: Sequence[str]) -> StepResult:
    """The question once more, naming what would be recorded."""
    names = dict.fromkeys(texts.SENSITIVE_NAMES[n] for n in pending if n in texts.SENSITIVE_NAMES)
    return respond(state.with_(record_asked_again=True),
                   Reply(texts.SENSITIVE_RECORD_AGAIN.format(", ".join(names) or "ข้อมูลนี้"),
                         BY_KEY["sensitive_consent"].choices))
