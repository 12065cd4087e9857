"""Calibrate the matcher's answer policy from the knowledge base's own data.

Five folds over the examples: each fold's examples are removed from the index and
asked as questions; the out-of-scope questions of bench/data/oos-calibration.txt
are asked too. A grid search then picks the thresholds that reject the most
out-of-scope questions and answer the most in-scope ones correctly, while
wrongly rejecting at most 3% of in-scope questions. It prints the figures and the
recommended `Policy`; copy it into knowledge/matcher.py.
"""

from __future__ import annotations

import itertools
import os
import random
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from knowledge import KnowledgeBase, Matcher, load_knowledge  # noqa: E402
from knowledge.matcher import Hit  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5


def folds(kb: KnowledgeBase) -> list[tuple[KnowledgeBase, list[tuple[str, str]]]]:
    rng = random.Random(11)
    tagged = [(item.id, x, rng.randrange(FOLDS))
              for item in (*kb.entries, *kb.intents) for x in item.examples]
    out = []
    for k in range(FOLDS):
        held = [(i, x) for i, x, f in tagged if f == k]
        keep = {(i, x) for i, x, f in tagged if f != k}
        entries = tuple(e.model_copy(update={"examples": [x for x in e.examples
                                                          if (e.id, x) in keep]})
                        for e in kb.entries)
        intents = tuple(e.model_copy(update={"examples": [x for x in e.examples
                                                          if (e.id, x) in keep]})
                        for e in kb.intents)
        out.append((KnowledgeBase(entries, intents, kb.lexicon, kb.files), held))
    return out


def main() -> None:
    kb = load_knowledge()
    oos = [line.strip() for line in (ROOT / "bench/data/oos-calibration.txt")
           .read_text(encoding="utf-8").splitlines() if line.strip()
           and not line.startswith("#")]
    ins: list[tuple[str, list[Hit]]] = []
    outs: list[list[Hit]] = []
    for fold_kb, held in folds(kb):
        m = Matcher(fold_kb)
        ins += [(want, m.match(q, 3)) for want, q in held]
        outs += [m.match(q, 3) for q in oos]
    full = Matcher(kb)
    outs += [full.match(q, 3) for q in oos]

    def top(h: list[Hit]) -> float:
        return h[0].score if h else 0.0

    def gap(h: list[Hit]) -> float:
        return h[0].score - (h[1].score if len(h) > 1 else 0.0) if h else 0.0

    top1 = sum(bool(h) and h[0].id == w for w, h in ins) / len(ins)
    print(f"cross-validated on {len(ins)} examples, {len(outs)} out-of-scope: "
          f"top-1 {top1:.3f}")
    grid = [x / 100 for x in range(10, 80)]
    best = None
    for clarify_min, answer_min, margin in itertools.product(
            grid, grid, [0.0, 0.02, 0.04, 0.06, 0.08, 0.1]):
        if answer_min < clarify_min:
            continue
        wrong_reject = sum(top(h) < clarify_min for _, h in ins) / len(ins)
        if wrong_reject > 0.03:
            continue
        rejected = sum(top(h) < clarify_min for h in outs) / len(outs)
        answered = [(w, h) for w, h in ins if top(h) >= answer_min and gap(h) >= margin]
        right = sum(h[0].id == w for w, h in answered)
        wrong = len(answered) - right
        oos_answered = sum(top(h) >= answer_min and gap(h) >= margin for h in outs)
        score = 3 * rejected + (right - 4 * wrong) / len(ins) - 4 * oos_answered / len(outs)
        if best is None or score > best[0]:
            best = (score, clarify_min, answer_min, margin, rejected, wrong_reject,
                    right / len(ins), wrong / len(ins))
    assert best is not None
    _, c, a, g, rej, wr, right, wrong = best
    print(f"out-of-scope rejected {rej:.3f}, in-scope wrongly rejected {wr:.3f}, "
          f"answered right {right:.3f}, answered wrong {wrong:.3f}")
    print(f"recommended: Policy(answer_min={a}, margin={g}, clarify_min={c})")


if __name__ == "__main__":
    main()
