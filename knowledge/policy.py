"""The answer policy: from ranked scores to answer, clarify or unknown."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Kind = Literal["topic", "intent"]
DecisionKind = Literal["answer", "clarify", "unknown"]
OUT_OF_SCOPE = "out_of_scope"


@dataclass(frozen=True)
class Hit:
    id: str
    score: float
    kind: Kind


@dataclass(frozen=True)
class Policy:
    """Decision thresholds; calibrated by `bench/calibrate.py`, checked by tests."""

    answer_min: float = 0.32
    margin: float = 0.1
    clarify_min: float = 0.32
    oos_margin: float = 0.08  # unknown when the out-of-scope item is within this of the best
    max_candidates: int = 3


@dataclass(frozen=True)
class Decision:
    decision: DecisionKind
    topic: str | None  # the answer, or the best guess when clarifying
    candidates: tuple[Hit, ...]
    normalized: str
    second: Hit | None = None  # a second topic the same message clearly asks about
    semantic: bool = False  # whether the encoder was consulted

    def with_(self, **changes: object) -> Decision:
        return replace(self, **changes)  # type: ignore[arg-type]


def apply_policy(policy: Policy, ranked: list[Hit], normalized: str = "") -> Decision:
    """The answer policy over ranked hits. The `out_of_scope` item (everyday
    questions the knowledge base does not cover) is never offered; when it scores
    best, the answer is unknown."""
    hits = [h for h in ranked if h.id != OUT_OF_SCOPE]
    oos = next((h.score for h in ranked if h.id == OUT_OF_SCOPE), 0.0)
    if not hits or hits[0].score < policy.clarify_min or oos >= hits[0].score - policy.oos_margin:
        return Decision("unknown", None, (), normalized)
    second = hits[1].score if len(hits) > 1 else 0.0
    if hits[0].score >= policy.answer_min and hits[0].score - second >= policy.margin:
        return Decision("answer", hits[0].id, (hits[0],), normalized)
    cands = tuple(h for h in hits[: policy.max_candidates] if h.score >= policy.clarify_min)
    return Decision("clarify", hits[0].id, cands, normalized)


@dataclass(frozen=True)
class SemanticPolicy:
    """When and how the encoder's second opinion is taken; calibrated by
    `bench/calibrate.py`. A lexical answer at least `sure_min` and ahead by
    `sure_margin` stands alone; otherwise the scores become
    lexical + weight * (semantic - base), judged by `policy`, and a question whose
    nearest topic text is below `floor` is unknown."""

    sure_min: float = 0.48
    sure_margin: float = 0.15
    weight: float = 4.0
    base: float = 0.931
    floor: float = 0.89
    policy: Policy = Policy(answer_min=0.21, margin=0.1, clarify_min=0.21, oos_margin=0.08)
