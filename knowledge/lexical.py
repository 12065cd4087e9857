"""Lexical index: BM25 over words fused with character n-gram TF-IDF.

Each knowledge entry or intent owns several texts (title, aliases, examples);
an item's score is the score of its best text. The index is built once and is
immutable; `match` does no I/O.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from knowledge.loader import KnowledgeBase
from knowledge.normalize import Normalizer
from knowledge.policy import OUT_OF_SCOPE, Hit, Kind
from knowledge.typos import TypoFixer

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Weights:
    bm25: float = 0.25
    coverage: float = 0.25
    fit: float = 0.2  # share of a text's own IDF mass that the query matches
    tf_cap: float = 1.0  # a repeated word counts at most once per text
    k1: float = 1.2
    b: float = 0.5
    ngram_min: int = 2
    ngram_max: int = 3


def char_ngrams(text: str, low: int, high: int) -> Counter[str]:
    grams: Counter[str] = Counter()
    for n in range(low, high + 1):
        grams.update(text[i:i + n] for i in range(len(text) - n + 1))
    return grams


class _InvertedIndex:
    """Term -> (document numbers, weights): scoring a query touches only the
    postings of its own terms, whatever the size of the knowledge base."""

    def __init__(self, rows: Sequence[dict[str, float]]) -> None:
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for number, row in enumerate(rows):
            for term, weight in row.items():
                docs, weights = postings.setdefault(term, ([], []))
                docs.append(number)
                weights.append(weight)
        self._postings = {t: (np.array(d, dtype=np.intp), np.array(w, dtype=np.float64))
                          for t, (d, w) in postings.items()}
        self.n_docs = len(rows)

    def df(self, term: str) -> int:
        found = self._postings.get(term)
        return 0 if found is None else len(found[0])

    def score(self, query: dict[str, float], max_df: int | None = None) -> FloatArray:
        """Weighted sum per document; terms in more than `max_df` documents skipped."""
        cap = max_df or self.n_docs
        postings = self._postings
        docs_of: list[npt.NDArray[np.intp]] = []
        weights_of: list[FloatArray] = []
        factors: list[float] = []
        sizes: list[int] = []
        for term, factor in query.items():
            found = postings.get(term)
            if found is not None and len(found[0]) <= cap:
                docs_of.append(found[0])
                weights_of.append(found[1])
                factors.append(factor)
                sizes.append(len(found[0]))
        if not docs_of:
            return np.zeros(self.n_docs)
        # one multiplication for all the postings, not one array per term
        docs = np.concatenate(docs_of)
        weights = np.concatenate(weights_of) * np.repeat(factors, sizes)
        scores = np.bincount(docs, weights=weights, minlength=self.n_docs)
        return scores.astype(np.float64, copy=False)


NGRAM_MAX_DF = 3000
COMMON_WORDS_FILE = Path(__file__).with_name("common_words.txt")
COMMON_WORD_WEIGHT = 0.15
PLACE_WEIGHT = 0.2
BANGKOK = "กรุงเทพมหานคร"


def common_words_from_corpus(top: int = 400) -> list[str]:
    """The `top` most frequent words of the Thai National Corpus that PyThaiNLP
    ships; written once to common_words.txt (loading the corpus costs 0.3 s)."""
    from pythainlp.corpus import tnc

    return [w for w, _ in sorted(tnc.word_freqs(), key=lambda wf: (-wf[1], wf[0]))[:top]]


def _commonness() -> dict[str, float]:
    """Everyday function words (คือ, ก็, แม่): when the knowledge base does not know
    such a word, it barely counts against the match; any other unknown word counts
    fully."""
    words = COMMON_WORDS_FILE.read_text(encoding="utf-8").split()
    return dict.fromkeys(words, COMMON_WORD_WEIGHT)


class LexicalIndex:
    """Immutable lexical index over a knowledge base."""

    def __init__(self, kb: KnowledgeBase, weights: Weights | None = None) -> None:
        self.weights = w = weights or Weights()
        items = [(e.id, "topic", (e.title, *e.aliases, *e.examples)) for e in kb.entries]
        items += [(i.id, "intent", (i.title, *i.aliases, *i.examples)) for i in kb.intents]
        self.normalizer = Normalizer(kb.lexicon)
        self._ids = tuple(item_id for item_id, _, _ in items)
        self._kinds: tuple[Kind, ...] = tuple(kind for _, kind, _ in items)  # type: ignore[misc]
        docs: list[list[str]] = []
        starts: list[int] = []
        for _, _, texts in items:
            starts.append(len(docs))
            docs.extend(self.normalizer.tokens(t) for t in dict.fromkeys(texts))
        self._starts = np.array(starts, dtype=np.intp)
        n_items = len(items)
        # Word statistics are counted per item, so an entry's own repeated words
        # stay distinctive.
        item_df: Counter[str] = Counter()
        for i in range(n_items):
            lo, hi = starts[i], (starts[i + 1] if i + 1 < n_items else len(docs))
            item_df.update({t for d in docs[lo:hi] for t in d})
        self._idf = {t: math.log(1 + (n_items - df + 0.5) / (df + 0.5))
                     for t, df in item_df.items()}
        self._idf_unknown = math.log(1 + (n_items + 0.5) / 0.5)
        places = self._places()
        for term in places.keys() & self._idf.keys():
            self._idf[term] *= PLACE_WEIGHT
        self._commonness = _commonness() | places
        avgdl = sum(len(d) for d in docs) / max(len(docs), 1)
        bm_rows = []
        for d in docs:
            norm = w.k1 * (1 - w.b + w.b * len(d) / max(avgdl, 1e-9))
            bm_rows.append({t: min(w.tf_cap, tf * (w.k1 + 1) / (tf + norm))
                            for t, tf in Counter(d).items()})
        self._bm25 = _InvertedIndex(bm_rows)
        fit_rows = []
        for d in docs:
            mass = sum(self._idf[t] for t in set(d)) or 1.0
            fit_rows.append({t: self._idf[t] / mass for t in set(d)})
        self._fit = _InvertedIndex(fit_rows)
        # Coverage: the share of the query's IDF mass found anywhere in an item's
        # texts; it lets a long question gather words from several examples.
        item_terms = []
        for i in range(n_items):
            lo, hi = starts[i], (starts[i + 1] if i + 1 < n_items else len(docs))
            item_terms.append(dict.fromkeys((t for d in docs[lo:hi] for t in d), 1.0))
        self._coverage = _InvertedIndex(item_terms)
        grams = [char_ngrams("".join(d), w.ngram_min, w.ngram_max) for d in docs]
        gram_df: Counter[str] = Counter()
        for g in grams:
            gram_df.update(g.keys())
        n_docs = len(docs)
        self._gram_idf = {g: math.log((1 + n_docs) / (1 + df)) + 1 for g, df in gram_df.items()}
        self._gram_idf_unknown = math.log(1 + n_docs) + 1
        self._ngram = _InvertedIndex([self._tfidf(g) for g in grams])
        self._typos = TypoFixer(self._idf)

    def tokens(self, text: str) -> list[str]:
        """The normalised tokens of `text`, misspelt words of the knowledge base
        read as the words they nearly spell."""
        raw = self.normalizer.tokens(text, keep_fragments=True)
        return self._typos.fix(raw, self._known)

    def _known(self, term: str) -> bool:
        return term in self._idf or term in self._commonness or len(term) > 12

    def _tfidf(self, grams: Counter[str]) -> dict[str, float]:
        vec = {g: (1 + math.log(c)) * self._gram_idf.get(g, self._gram_idf_unknown)
               for g, c in grams.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {g: v / norm for g, v in vec.items()}

    def _places(self) -> dict[str, float]:
        """Province names (one token each) other than Bangkok, which has its own
        services: where a person is says little about what they ask."""
        from pythainlp.corpus import provinces

        names = [self.normalizer.tokens(p) for p in provinces() if isinstance(p, str)]
        return {n[0]: PLACE_WEIGHT for n in names if len(n) == 1 and n[0] != BANGKOK}

    def _unknown_weight(self, term: str) -> float:
        """Weight of a word no item uses: high for rare words, low for everyday ones."""
        return self._idf_unknown * self._commonness.get(term, 1.0)

    @property
    def size(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> tuple[str, ...]:
        return self._ids

    def scores(self, tokens: list[str]) -> FloatArray:
        """Every item's score for normalised tokens, in `ids` order."""
        return self._scores(tokens)

    def top(self, scores: FloatArray, limit: int) -> list[Hit]:
        """The `limit` best items of a score vector (any scale), best first."""
        k = min(limit, len(scores))
        if k == 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [Hit(self._ids[i], round(float(scores[i]), 4), self._kinds[i])
                for i in top if scores[i] > 0]

    def _scores(self, tokens: list[str]) -> FloatArray:
        w = self.weights
        terms = set(tokens)
        if not terms:
            return np.zeros(len(self._ids))
        query = {t: self._idf[t] for t in terms if t in self._idf}
        total = sum(self._idf[t] if t in self._idf else self._unknown_weight(t) for t in terms)
        bm = self._bm25.score(query) / total
        grams = char_ngrams("".join(tokens), w.ngram_min, w.ngram_max)
        # In a very large knowledge base, the commonest character n-grams (in more
        # than NGRAM_MAX_DF texts, never the case at the real size) weigh little
        # and cost the most: they are skipped, so the cosine is approximate there.
        cos = self._ngram.score(self._tfidf(grams), NGRAM_MAX_DF)
        fit = self._fit.score(dict.fromkeys(query, 1.0))
        fused = (w.bm25 * np.minimum(bm, 1.0) + (1 - w.bm25 - w.coverage - w.fit) * cos
                 + w.fit * fit)
        best: FloatArray = np.maximum.reduceat(fused, self._starts)
        best += w.coverage * self._coverage.score(query) / total
        return best

    def match(self, text: str, limit: int = 10) -> list[Hit]:
        """The best items for `text`, best first (never the out-of-scope item)."""
        hits = self._hits(self.tokens(text), limit + 1)
        return [h for h in hits if h.id != OUT_OF_SCOPE][:limit]

    def _hits(self, tokens: list[str], limit: int) -> list[Hit]:
        scores = self._scores(tokens)
        if not scores.any():
            return []
        return self.top(scores, limit)

    def ranked(self, tokens: list[str]) -> list[Hit]:
        """The best items for normalised tokens, the out-of-scope item included."""
        return self._hits(tokens, 11)
