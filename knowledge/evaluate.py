"""Read an evaluation TSV and measure the matcher against it."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.errors import KnowledgeError
from knowledge.matcher import Decision, Hit, Matcher

OUT_OF_SCOPE = "-"


@dataclass(frozen=True)
class Case:
    query: str
    ids: frozenset[str]  # empty: out of scope

    @property
    def in_scope(self) -> bool:
        return bool(self.ids)


def parse_tsv(path: Path | str) -> list[Case]:
    """`query<TAB>ids` lines; `-` is out of scope, `#` starts a comment."""
    path = Path(path)
    cases: list[Case] = []
    problems: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            problems.append(f"{path.name}:{number}: expected 'query<TAB>ids'")
            continue
        ids = frozenset(i.strip() for i in parts[1].split(",") if i.strip())
        cases.append(Case(parts[0].strip(), frozenset() if ids == {OUT_OF_SCOPE} else ids))
    if problems:
        raise KnowledgeError(problems)
    return cases


@dataclass(frozen=True)
class Miss:
    case: Case
    decision: Decision
    ranked: tuple[Hit, ...]


@dataclass
class Report:
    total_in: int = 0
    total_out: int = 0
    top1: int = 0
    top3: int = 0
    rejected_out: int = 0
    rejected_in: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    @staticmethod
    def _share(part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def top1_accuracy(self) -> float:
        return self._share(self.top1, self.total_in)

    @property
    def top3_accuracy(self) -> float:
        return self._share(self.top3, self.total_in)

    @property
    def out_rejected(self) -> float:
        return self._share(self.rejected_out, self.total_out)

    @property
    def in_rejected(self) -> float:
        return self._share(self.rejected_in, self.total_in) if self.total_in else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def evaluate(matcher: Matcher, cases: Iterable[Case]) -> Report:
    report = Report()
    for case in cases:
        start = time.perf_counter()
        decision, ranking = matcher.explain(case.query)
        report.latencies_ms.append((time.perf_counter() - start) * 1000)
        hits = tuple(ranking[:3])
        ranked = [h.id for h in hits]
        if not case.in_scope:
            report.total_out += 1
            if decision.decision == "unknown":
                report.rejected_out += 1
            else:
                report.misses.append(Miss(case, decision, hits))
            continue
        report.total_in += 1
        ok1 = bool(ranked) and ranked[0] in case.ids
        report.top1 += ok1
        report.top3 += bool(case.ids.intersection(ranked))
        rejected = decision.decision == "unknown"
        report.rejected_in += rejected
        if rejected or not ok1:
            report.misses.append(Miss(case, decision, hits))
    return report


def format_report(report: Report, summary: bool = False) -> str:
    """The figures, then each miss; `summary` prints the aggregate figures only
    (for a frozen report set, whose individual questions must stay unseen)."""
    lines = [
        f"in scope: {report.total_in}  out of scope: {report.total_out}",
        f"top-1 accuracy: {report.top1_accuracy:.3f}",
        f"top-3 accuracy: {report.top3_accuracy:.3f}",
        f"out-of-scope rejected: {report.out_rejected:.3f}",
        f"in-scope wrongly rejected: {report.in_rejected:.3f}",
        f"latency p50: {report.percentile(0.5):.2f} ms  p99: {report.percentile(0.99):.2f} ms",
    ]
    if summary:
        return "\n".join(lines)
    if report.misses:
        lines.append(f"misses ({len(report.misses)}):")
    for miss in report.misses:
        want = ",".join(sorted(miss.case.ids)) or OUT_OF_SCOPE
        got = ", ".join(f"{h.id}={h.score:.2f}" for h in miss.ranked) or "-"
        lines.append(f"  {miss.case.query}\twant {want}\tgot {miss.decision.decision}: {got}")
    return "\n".join(lines)
