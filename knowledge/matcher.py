"""The matcher: lexical index, optional semantic second opinion, answer policy,
and a second topic when one message asks about two.

Built once from a knowledge base into immutable indexes; `decide` and `match`
do no I/O (the encoder, when present, computes in memory).
"""

from __future__ import annotations

import logging
from functools import lru_cache

import numpy as np

from knowledge.encoder import Encoder
from knowledge.lexical import FloatArray, LexicalIndex, Weights, char_ngrams
from knowledge.loader import KnowledgeBase
from knowledge.policy import (
    OUT_OF_SCOPE,
    Decision,
    Hit,
    Policy,
    SemanticPolicy,
    apply_policy,
)
from knowledge.semantic import SemanticIndex

__all__ = ["OUT_OF_SCOPE", "Decision", "Hit", "Matcher", "Policy", "SemanticPolicy",
           "Weights", "apply_policy", "char_ngrams"]

log = logging.getLogger(__name__)

# Words that join two requests in one message ("...ทำบัตรใหม่ แล้วก็ หางานด้วย").
CONNECTORS: tuple[tuple[str, ...], ...] = (
    ("แล้วก็",), ("และก็",), ("แล้ว", "ก็"), ("และ", "ก็"), ("และ",), ("อีก", "เรื่อง"), ("อีก", "อย่าง"),
    ("รวม", "ถึง"), ("ส่วน",), ("กับ", "อีก"), ("พร้อม", "กับ"), ("นอกจากนี้",),
)
RANKED = 11
SECOND_WITHIN = 4  # a second topic must be among the message's best few
# Decisions kept per text (a few hundred bytes each): people send the same short
# messages ("สวัสดีค่ะ", "ขอบคุณค่ะ") again and again, and a turn may ask twice.
DECISION_MEMO = 1024


def clauses(tokens: list[str]) -> list[list[str]]:
    """The tokens cut at each connector; a message without one is one clause."""
    out: list[list[str]] = [[]]
    i = 0
    while i < len(tokens):
        joined = next((c for c in CONNECTORS if tuple(tokens[i:i + len(c)]) == c), None)
        if joined is not None and out[-1]:
            out.append([])
            i += len(joined)
            continue
        out[-1].append(tokens[i])
        i += 1
    return [c for c in out if c]


class Matcher:
    """Immutable matcher over a knowledge base. `encoder` (see knowledge.encoder)
    gives a semantic second opinion on questions the lexical index is unsure of;
    without it the matcher is lexical only."""

    def __init__(self, kb: KnowledgeBase, policy: Policy | None = None,
                 weights: Weights | None = None, encoder: Encoder | None = None,
                 semantic: SemanticPolicy | None = None) -> None:
        self.lexical = LexicalIndex(kb, weights)
        self.normalizer = self.lexical.normalizer
        self.weights = self.lexical.weights
        self.policy = policy or Policy()
        self.semantic_policy = semantic or SemanticPolicy()
        self._topics = frozenset(e.id for e in kb.entries)
        self._in_scope = np.array([i != OUT_OF_SCOPE for i in self.lexical.ids], dtype=bool)
        self._memo = lru_cache(maxsize=DECISION_MEMO)(self._explain)
        self._semantic: SemanticIndex | None = None
        if encoder is not None:
            texts = [list(dict.fromkeys((e.title, *e.aliases, *e.examples)))
                     for e in kb.entries]
            texts += [list(dict.fromkeys((i.title, *i.aliases, *i.examples)))
                      for i in kb.intents]
            self._semantic = SemanticIndex(encoder, texts)

    @property
    def size(self) -> int:
        return self.lexical.size

    @property
    def has_encoder(self) -> bool:
        return self._semantic is not None

    def match(self, text: str, limit: int = 10) -> list[Hit]:
        """The best items for `text` by the lexical index, best first (never the
        out-of-scope item)."""
        return self.lexical.match(text, limit)

    def ranked(self, tokens: list[str]) -> list[Hit]:
        """The best items for normalised tokens, the out-of-scope item included."""
        return self.lexical.ranked(tokens)

    def encoder_memo(self) -> tuple[int, int, int] | None:
        """Hits, misses (encoder calls) and size of the query-vector memo, or None
        without the encoder."""
        return None if self._semantic is None else self._semantic.memo_info()

    def clear_encoder_memo(self) -> None:
        if self._semantic is not None:
            self._semantic.clear_memo()

    def decision_memo(self) -> tuple[int, int, int]:
        """Hits, misses and size of the memo of decisions by text."""
        info = self._memo.cache_info()
        return info.hits, info.misses, info.currsize

    def clear_decision_memo(self) -> None:
        self._memo.cache_clear()

    def semantic_scores(self, text: str) -> FloatArray | None:
        """Every item's semantic score for `text` (lexical `ids` order), or None."""
        if self._semantic is None:
            return None
        return self._semantic.scores(self._semantic.embed(text))

    def decide(self, text: str) -> Decision:
        """Apply the answer policy: one topic (maybe with a second), a few
        candidates, or unknown."""
        return self.explain(text)[0]

    def explain(self, text: str) -> tuple[Decision, list[Hit]]:
        """The decision and the ranking it was made on (best first, the
        out-of-scope item left out). A pure function of `text`: the last
        DECISION_MEMO texts' results are kept (least recently used out)."""
        decision, hits = self._memo(text)
        return decision, list(hits)

    def _explain(self, text: str) -> tuple[Decision, tuple[Hit, ...]]:
        tokens = self.lexical.tokens(text)
        normalized = " ".join(tokens)
        lex = self.lexical.scores(tokens)
        ranked = self.lexical.top(lex, RANKED)
        decision = apply_policy(self.policy, ranked, normalized)
        if self._semantic is not None and not self._sure(decision, ranked):
            sem = self.semantic_scores(text)
            assert sem is not None
            decision, ranked = self.fuse(lex, sem, normalized)
        hits = [h for h in ranked if h.id != OUT_OF_SCOPE]
        return self._two_topics(decision, tokens, hits), tuple(hits)

    def _sure(self, decision: Decision, ranked: list[Hit]) -> bool:
        sp = self.semantic_policy
        hits = [h for h in ranked if h.id != OUT_OF_SCOPE]
        if decision.decision != "answer" or not hits:
            return False
        runner_up = max((h.score for h in ranked[1:]), default=0.0)
        return hits[0].score >= sp.sure_min and hits[0].score - runner_up >= sp.sure_margin

    def fuse(self, lex: FloatArray, sem: FloatArray, normalized: str = "",
             sp: SemanticPolicy | None = None) -> tuple[Decision, list[Hit]]:
        """The decision on lexical and semantic scores together, and its ranking."""
        sp = sp or self.semantic_policy
        fused = lex + sp.weight * (sem - sp.base)
        ranked = self.lexical.top(fused, RANKED)
        decision = apply_policy(sp.policy, ranked, normalized)
        in_scope = sem[self._in_scope]
        nearest = float(in_scope.max()) if in_scope.size else 0.0
        if decision.decision != "unknown" and nearest < sp.floor:
            decision = Decision("unknown", None, (), normalized)
        return decision.with_(semantic=True), ranked

    def _two_topics(self, decision: Decision, tokens: list[str],
                    ranked: list[Hit]) -> Decision:
        """When two parts of the message each ask about a different topic, both
        among the message's best few, the decision answers the first and names
        the other as `second`."""
        parts = clauses(tokens)
        if decision.decision == "unknown" or len(parts) < 2:
            return decision
        near = {h.id for h in ranked[:SECOND_WITHIN]}
        found: list[Hit] = []
        for part in parts:
            d = apply_policy(self.policy, self.lexical.ranked(part))
            hit = d.candidates[0] if d.candidates else None
            if (hit is not None and hit.id in self._topics and hit.id in near
                    and all(h.id != hit.id for h in found)):
                found.append(hit)
        if len(found) < 2:
            return decision
        first, second = found[0], found[1]
        if decision.decision == "answer" and decision.topic not in (first.id, second.id):
            return decision  # one answer for the whole, neither part's: no two requests
            # ("ค่าอาหารระหว่างรอและระหว่างเดินทางเบิกได้วันละเท่าไหร่", dev91: the rates)
        if decision.topic == second.id:
            first, second = second, first
        return decision.with_(decision="answer", topic=first.id, candidates=(first,),
                              second=second)
