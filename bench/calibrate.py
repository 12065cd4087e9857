"""Calibrate the matcher's answer policy from the knowledge base's own data.

Five folds over the examples: each fold's examples are taken out of the index and
asked as questions (examples of the `out_of_scope` item count as questions to
reject), together with bench/data/oos-calibration.txt. A grid search then picks
the thresholds that wrongly reject at most 3% of in-scope questions, reject as
many out-of-scope ones as possible, and answer wrongly as seldom as possible.
It prints the figures and the recommended `Policy`; copy it into knowledge/matcher.py.
Run: .venv/bin/python bench/calibrate.py
"""

from __future__ import annotations

import itertools
import os
import random
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from knowledge import KnowledgeBase, Matcher, load_knowledge
from knowledge.matcher import OUT_OF_SCOPE, Hit, Policy, apply_policy

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5
MAX_WRONGLY_REJECTED = 0.06


def _drop(item: object, keep: set[tuple[str, str]]) -> object:
    examples = [x for x in item.examples if (item.id, x) in keep]  # type: ignore[attr-defined]
    return item.model_copy(update={"examples": examples})  # type: ignore[attr-defined]


def folds(kb: KnowledgeBase) -> list[tuple[KnowledgeBase, list[tuple[str, str]]]]:
    rng = random.Random(11)
    tagged = [(item.id, x, rng.randrange(FOLDS))
              for item in (*kb.entries, *kb.intents) for x in item.examples]
    out = []
    for k in range(FOLDS):
        keep = {(i, x) for i, x, f in tagged if f != k}
        fold_kb = KnowledgeBase(tuple(_drop(e, keep) for e in kb.entries),  # type: ignore[misc]
                                tuple(_drop(i, keep) for i in kb.intents),  # type: ignore[misc]
                                kb.lexicon, kb.files)
        out.append((fold_kb, [(i, x) for i, x, f in tagged if f == k]))
    return out


def main() -> None:
    kb = load_knowledge()
    extra_oos = [line.strip() for line in (ROOT / "bench/data/oos-calibration.txt")
                 .read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
    asked: list[tuple[str, list[Hit]]] = []  # (wanted id or "" for out of scope, ranked)
    for fold_kb, held in folds(kb):
        m = Matcher(fold_kb)
        for want, q in held:
            ranked = m.ranked(m.normalizer.tokens(q))
            asked.append(("" if want == OUT_OF_SCOPE else want, ranked))
        asked += [("", m.ranked(m.normalizer.tokens(q))) for q in extra_oos]
    ins = [(w, r) for w, r in asked if w]
    outs = [r for w, r in asked if not w]
    print(f"cross-validated on {len(ins)} in-scope and {len(outs)} out-of-scope questions")
    floor = sum(r[0].id == OUT_OF_SCOPE for _, r in ins if r) / len(ins)
    top1 = sum(bool(r) and apply_policy(Policy(0, 0, 0), r).topic == w for w, r in ins) / len(ins)
    print(f"top-1 {top1:.3f}; in-scope questions the out-of-scope item wins: {floor:.3f}")
    best: tuple[float, Policy, str] | None = None
    grid = [x / 100 for x in range(10, 70, 2)]
    for clarify_min, answer_min, margin, oos_margin in itertools.product(
            grid, grid, (0.0, 0.03, 0.06, 0.1), (0.0, 0.02, 0.04, 0.06, 0.08)):
        if answer_min < clarify_min:
            continue
        policy = Policy(answer_min=answer_min, margin=margin, clarify_min=clarify_min,
                        oos_margin=oos_margin)
        decided = [(w, apply_policy(policy, r)) for w, r in ins]
        wrongly_rejected = sum(d.decision == "unknown" for _, d in decided) / len(ins)
        if wrongly_rejected > MAX_WRONGLY_REJECTED:
            continue
        rejected = sum(apply_policy(policy, r).decision == "unknown" for r in outs) / len(outs)
        answered = [(w, d) for w, d in decided if d.decision == "answer"]
        wrong = sum(d.topic != w for w, d in answered) / len(ins)
        right = (len(answered) / len(ins)) - wrong
        score = 2 * rejected - 3 * wrong + 0.5 * right
        line = (f"out-of-scope rejected {rejected:.3f}, in-scope wrongly rejected "
                f"{wrongly_rejected:.3f}, answered right {right:.3f}, answered wrong {wrong:.3f}")
        if best is None or score > best[0]:
            best = (score, policy, line)
    assert best is not None
    _, policy, line = best
    print(line)
    print(f"recommended: Policy(answer_min={policy.answer_min}, margin={policy.margin}, "
          f"clarify_min={policy.clarify_min}, oos_margin={policy.oos_margin})")


if __name__ == "__main__":
    main()
