"""The matcher as the dialog sees it, with each decision's kind told to the metrics."""

from __future__ import annotations

from collections.abc import Callable

from knowledge import Decision, Matcher

__all__ = ["Observed"]


class Observed:
    """The matcher, with each decision's kind also told to `observe` (the metrics):
    the dialog stays free of I/O, the runtime counts."""

    def __init__(self, matcher: Matcher, observe: Callable[[str], None]) -> None:
        self._matcher = matcher
        self._observe = observe

    def decide(self, text: str) -> Decision:
        decision = self._matcher.decide(text)
        self._observe(decision.decision)
        return decision
