"""The result of one dialog step."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.state import State
from dialogs.types import Effect, Reply


@dataclass(frozen=True)
class StepResult:
    state: State
    replies: tuple[Reply, ...]
    effects: tuple[Effect, ...] = ()


def respond(state: State, *out: Reply, effects: tuple[Effect, ...] = ()) -> StepResult:
    """A step result; remembers the offered choices so a typed number or label picks one."""
    offered = [[c.label, c.value] for r in out for c in r.choices]
    return StepResult(state.with_(offered=offered or None), tuple(out), effects)
