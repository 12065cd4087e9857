"""Calibrate the encoder's second opinion (knowledge.policy.SemanticPolicy).

Same five folds as bench/calibrate.py (each fold's examples taken out of both
indexes and asked as questions; examples of `out_of_scope` and the lines of
bench/data/oos-calibration.txt are questions to reject), plus, when given, a
TUNING set (`--tune FILE`, never a report set). For each encoder weight, a grid
search picks the fused thresholds and the floor that keep wrongly rejected
in-scope questions under the limit, reject as many out-of-scope ones as
possible and answer wrongly as seldom as possible; then the "sure" thresholds
under which the lexical answer stands alone. Prints the cross-validated top-1
and top-3 (lexical and with the encoder) and the recommended SemanticPolicy.
Run: .venv/bin/python bench/calibrate_semantic.py [--tune FILE]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
import numpy.typing as npt
from calibrate import folds, oos_questions

from knowledge import Matcher, load_encoder, load_knowledge
from knowledge.encoder import F32, Encoder, read_cache, text_key
from knowledge.evaluate import parse_tsv
from knowledge.policy import OUT_OF_SCOPE, Policy, SemanticPolicy

MAX_WRONGLY_REJECTED = 0.06
TOLERANCE = 0.005  # lexical-only answers may be this much less often right
WEIGHTS = (1.0, 2.0, 3.0, 4.0)
GRID = [x / 100 for x in range(0, 70, 3)]
MARGINS = (0.0, 0.03, 0.06, 0.1)
OOS_MARGINS = (-0.04, 0.0, 0.04, 0.08)
FLOORS = (0.0, 0.86, 0.88, 0.89, 0.9, 0.91)


class Memo:
    """The real encoder behind the stored vectors and a memo (one embedding per text)."""

    name = "memo"

    def __init__(self, encoder: Encoder) -> None:
        self._inner = encoder
        self._memo: dict[str, F32] = read_cache()

    def embed(self, texts: list[str]) -> F32:  # type: ignore[override]
        missing = [t for t in dict.fromkeys(texts) if text_key(t) not in self._memo]
        if missing:
            for t, v in zip(missing, self._inner.embed(missing), strict=True):
                self._memo[text_key(t)] = v
        return np.stack([self._memo[text_key(t)] for t in texts]).astype(np.float32)


@dataclass
class Asked:
    lex: npt.NDArray[np.float64]  # questions x items
    sem: npt.NDArray[np.float64]
    want: list[frozenset[str]]  # empty: out of scope


def collect(tune: Path | None) -> tuple[Asked, list[str]]:
    encoder = load_encoder()
    if encoder is None:
        raise SystemExit("the encoder is not installed")
    memo = Memo(encoder)
    kb = load_knowledge()
    lex, sem, want = [], [], []
    extra = oos_questions()
    ids: list[str] = []
    for fold_kb, held in folds(kb):
        m = Matcher(fold_kb, encoder=memo)
        ids = list(m.lexical.ids)
        asked = [(frozenset() if i == OUT_OF_SCOPE else frozenset([i]), q) for i, q in held]
        asked += [(frozenset(), q) for q in extra]
        for w, q in asked:
            lex.append(m.lexical.scores(m.lexical.tokens(q)))
            s = m.semantic_scores(q)
            assert s is not None
            sem.append(s)
            want.append(w)
    if tune is not None:
        m = Matcher(kb, encoder=memo)
        for c in parse_tsv(tune):
            lex.append(m.lexical.scores(m.lexical.tokens(c.query)))
            s = m.semantic_scores(c.query)
            assert s is not None
            sem.append(s)
            want.append(c.ids)
    return Asked(np.array(lex), np.array(sem), want), ids


def summarise(scores: npt.NDArray[np.float64], ids: list[str], want: list[frozenset[str]]
              ) -> tuple[npt.NDArray[np.float64], ...]:
    oos_col = ids.index(OUT_OF_SCOPE)
    oos = scores[:, oos_col].copy()
    topical = scores.copy()
    topical[:, oos_col] = -np.inf
    order = np.argsort(-topical, axis=1)[:, :3]
    top = np.take_along_axis(topical, order[:, :1], 1)[:, 0]
    second = np.take_along_axis(topical, order[:, 1:2], 1)[:, 0]
    right = np.array([bool(w) and ids[o[0]] in w for o, w in zip(order, want, strict=True)])
    right3 = np.array([bool(w & {ids[i] for i in o}) for o, w in zip(order, want, strict=True)])
    return top, second, oos, right, right3


def unknown_mask(p: Policy, top: npt.NDArray[np.float64], oos: npt.NDArray[np.float64]
                 ) -> npt.NDArray[np.bool_]:
    return (top < p.clarify_min) | (oos >= top - p.oos_margin)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", type=Path, default=None, help="a tuning set (never a report set)")
    args = ap.parse_args()
    asked, ids = collect(args.tune)
    inscope = np.array([bool(w) for w in asked.want])
    oos_col = ids.index(OUT_OF_SCOPE)
    sem_top = np.delete(asked.sem, oos_col, axis=1).max(axis=1)
    base = float(np.median(sem_top[inscope]))
    ltop, lsecond, loos, lright, lright3 = summarise(asked.lex, ids, asked.want)
    print(f"{inscope.sum()} in-scope and {(~inscope).sum()} out-of-scope questions; "
          f"semantic base {base:.3f}")
    print(f"lexical   top-1 {lright[inscope].mean():.3f}  top-3 {lright3[inscope].mean():.3f}")
    best: tuple[float, SemanticPolicy, str] | None = None
    for weight in WEIGHTS:
        fused = asked.lex + weight * (asked.sem - base)
        top, second, oos, right, right3 = summarise(fused, ids, asked.want)
        print(f"weight {weight}: top-1 {right[inscope].mean():.3f}  "
              f"top-3 {right3[inscope].mean():.3f}")
        for cmin, amin, margin, om, floor in itertools.product(
                GRID, GRID, MARGINS, OOS_MARGINS, FLOORS):
            if amin < cmin:
                continue
            p = Policy(answer_min=amin, margin=margin, clarify_min=cmin, oos_margin=om)
            unknown = unknown_mask(p, top, oos) | (sem_top < floor)
            answered = ~unknown & (top >= amin) & (top - second >= margin)
            wrongly = float(unknown[inscope].mean())
            if wrongly > MAX_WRONGLY_REJECTED:
                continue
            rejected = float(unknown[~inscope].mean())
            wrong = float((answered & ~right)[inscope].mean())
            ok = float((answered & right)[inscope].mean())
            score = 2 * rejected - 3 * wrong + 0.5 * ok
            if best is None or score > best[0]:
                sp = SemanticPolicy(weight=weight, base=round(base, 3), floor=floor, policy=p)
                line = (f"out-of-scope rejected {rejected:.3f}, in-scope wrongly rejected "
                        f"{wrongly:.3f}, answered right {ok:.3f}, answered wrong {wrong:.3f}")
                best = (score, sp, line)
    assert best is not None
    _, sp, line = best
    print(line)
    # The lexical answer stands alone where it is at least as right as the fused one.
    fused = asked.lex + sp.weight * (asked.sem - sp.base)
    _, _, _, fright, _ = summarise(fused, ids, asked.want)
    lpol = Policy()
    lunknown = unknown_mask(lpol, ltop, loos)
    lanswer = ~lunknown & (ltop >= lpol.answer_min) & (ltop - np.maximum(lsecond, loos)
                                                        >= lpol.margin)
    chosen = (1.0, 1.0)
    lmargin = ltop - np.maximum(lsecond, loos)
    for smin, smargin in itertools.product(GRID[::-1], (0.0, 0.05, 0.1, 0.15, 0.2)):
        sure = lanswer & (ltop >= smin) & (lmargin >= smargin)
        if sure.sum() < 10:
            continue
        lex_ok = float((lright & inscope)[sure].mean())
        fused_ok = float((fright & inscope)[sure].mean())
        now = (lanswer & (ltop >= chosen[0]) & (lmargin >= chosen[1])).mean()
        if (lex_ok >= fused_ok - TOLERANCE and (~inscope)[sure].mean() <= 0.01
                and sure.mean() > now):
            chosen = (smin, smargin)
            print(f"  sure at {smin}/{smargin}: share {sure.mean():.3f}, lexical right "
                  f"{lex_ok:.3f}, with the encoder {fused_ok:.3f}")
    sure = lanswer & (ltop >= chosen[0]) & (lmargin >= chosen[1])
    print(f"sure (no encoder): {sure.mean():.3f} of all questions, "
          f"{sure[inscope].mean():.3f} of in-scope ones")
    print(f"recommended: SemanticPolicy(sure_min={chosen[0]}, sure_margin={chosen[1]}, "
          f"weight={sp.weight}, base={sp.base}, floor={sp.floor}, policy={sp.policy})")


if __name__ == "__main__":
    main()
