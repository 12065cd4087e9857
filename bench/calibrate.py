"""Calibrate the matcher's answer policy from the knowledge base's own data.

Five folds over the examples: each fold's examples are taken out of the index and
asked as questions (examples of the `out_of_scope` item count as questions to
reject), together with bench/data/oos-calibration.txt. A grid search then picks
the thresholds that wrongly reject at most 8% of in-scope questions (the
examples include long stories, harder than chat questions: on the dev set the
share stays far lower), reject as
many out-of-scope ones as possible, and answer wrongly as seldom as possible.
It prints the cross-validated accuracy, the figures of the chosen thresholds and
the recommended `Policy`; copy it into knowledge/matcher.py.
It never reads the evaluation sets of tests/knowledge/data.
Run: .venv/bin/python bench/calibrate.py
"""

from __future__ import annotations

import itertools
import os
import random
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import numpy as np
import numpy.typing as npt

from knowledge import KnowledgeBase, Matcher, load_knowledge
from knowledge.matcher import OUT_OF_SCOPE, Hit, Policy, Weights
from knowledge.schema import Entry, Intent

ROOT = Path(__file__).resolve().parents[1]
OOS_FILE = ROOT / "bench/data/oos-calibration.txt"
FOLDS = 5
MAX_WRONGLY_REJECTED = 0.08
GRID = [x / 100 for x in range(10, 70, 2)]
MARGINS = (0.0, 0.03, 0.06, 0.1)
OOS_MARGINS = (0.0, 0.02, 0.04, 0.06, 0.08)

Array = npt.NDArray[np.float64]


def _drop(item: Entry | Intent, keep: set[tuple[str, str]]) -> Entry | Intent:
    examples = [x for x in item.examples if (item.id, x) in keep]
    return item.model_copy(update={"examples": examples})


def folds(kb: KnowledgeBase) -> list[tuple[KnowledgeBase, list[tuple[str, str]]]]:
    rng = random.Random(11)
    tagged = [(item.id, x, rng.randrange(FOLDS))
              for item in (*kb.entries, *kb.intents) for x in item.examples]
    out = []
    for k in range(FOLDS):
        keep = {(i, x) for i, x, f in tagged if f != k}
        entries = tuple(e for e in (_drop(e, keep) for e in kb.entries) if isinstance(e, Entry))
        intents = tuple(i for i in (_drop(i, keep) for i in kb.intents) if isinstance(i, Intent))
        out.append((KnowledgeBase(entries, intents, kb.lexicon, kb.files),
                    [(i, x) for i, x, f in tagged if f == k]))
    return out


def oos_questions() -> list[str]:
    lines = OOS_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Asked:
    """Per question: best topic score, runner-up score, out-of-scope item score,
    whether the best topic is right, and whether the right one is in the top 3."""

    top: Array
    second: Array
    oos: Array
    right: npt.NDArray[np.bool_]
    right3: npt.NDArray[np.bool_]


def _summarise(rows: list[tuple[str, list[Hit]]]) -> Asked:
    top, second, oos, right, right3 = [], [], [], [], []
    for want, ranked in rows:
        hits = [h for h in ranked if h.id != OUT_OF_SCOPE]
        top.append(hits[0].score if hits else 0.0)
        second.append(hits[1].score if len(hits) > 1 else 0.0)
        oos.append(next((h.score for h in ranked if h.id == OUT_OF_SCOPE), 0.0))
        right.append(bool(hits) and hits[0].id == want)
        right3.append(want in {h.id for h in hits[:3]})
    return Asked(np.array(top), np.array(second), np.array(oos), np.array(right),
                 np.array(right3))


def ask_all(kb: KnowledgeBase, weights: Weights | None = None) -> tuple[Asked, Asked]:
    """Cross-validated in-scope and out-of-scope questions."""
    extra = oos_questions()
    ins: list[tuple[str, list[Hit]]] = []
    outs: list[tuple[str, list[Hit]]] = []
    for fold_kb, held in folds(kb):
        m = Matcher(fold_kb, weights=weights)
        for want, q in held:
            ranked = m.ranked(m.lexical.tokens(q))
            (outs if want == OUT_OF_SCOPE else ins).append((want, ranked))
        outs += [("", m.ranked(m.lexical.tokens(q))) for q in extra]
    return _summarise(ins), _summarise(outs)


def decisions(a: Asked, p: Policy) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """(unknown, answered) per question, exactly as `apply_policy` decides."""
    unknown = (a.top <= 0) | (a.top < p.clarify_min) | (a.oos >= a.top - p.oos_margin)
    answered = ~unknown & (a.top >= p.answer_min) & (a.top - a.second >= p.margin)
    return unknown, answered


def search(ins: Asked, outs: Asked) -> tuple[Policy, str]:
    best: tuple[float, Policy, str] | None = None
    for clarify_min, answer_min, margin, oos_margin in itertools.product(
            GRID, GRID, MARGINS, OOS_MARGINS):
        if answer_min < clarify_min:
            continue
        policy = Policy(answer_min=answer_min, margin=margin, clarify_min=clarify_min,
                        oos_margin=oos_margin)
        unknown, answered = decisions(ins, policy)
        wrongly_rejected = float(unknown.mean())
        if wrongly_rejected > MAX_WRONGLY_REJECTED:
            continue
        rejected = float(decisions(outs, policy)[0].mean())
        wrong = float((answered & ~ins.right).mean())
        right = float((answered & ins.right).mean())
        score = 2 * rejected - 3 * wrong + 0.5 * right
        line = (f"out-of-scope rejected {rejected:.3f}, in-scope wrongly rejected "
                f"{wrongly_rejected:.3f}, answered right {right:.3f}, answered wrong {wrong:.3f}")
        if best is None or score > best[0]:
            best = (score, policy, line)
    if best is None:
        raise SystemExit("no thresholds keep wrongly rejected questions under the limit")
    return best[1], best[2]


def main() -> None:
    ins, outs = ask_all(load_knowledge())
    print(f"cross-validated on {len(ins.top)} in-scope and {len(outs.top)} out-of-scope "
          "questions")
    won = float((ins.oos > ins.top).mean())
    print(f"top-1 {ins.right.mean():.3f}  top-3 {ins.right3.mean():.3f}; "
          f"in-scope questions the out-of-scope item wins: {won:.3f}")
    policy, line = search(ins, outs)
    print(line)
    print(f"recommended: Policy(answer_min={policy.answer_min}, margin={policy.margin}, "
          f"clarify_min={policy.clarify_min}, oos_margin={policy.oos_margin})")


if __name__ == "__main__":
    main()
