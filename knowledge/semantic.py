"""The encoder's view of the knowledge base: each item's texts as unit vectors.

An item's semantic score for a question is the mean of its two nearest texts'
cosines (one stray example cannot carry an item alone). Built once, immutable;
scoring is one matrix-vector product.

Two costs are kept in check here. The product is computed by numpy's own loops
(`einsum`), not by a BLAS call: a multi-threaded BLAS (numpy's OpenBLAS) wakes
its worker threads for it, and they then spin for milliseconds, doubling the CPU
a consulted question costs. And a question's vector is a pure function of its
lightly normalised text (`query_text`), kept in a small LRU memo: people send the
same short messages again and again, and a repeat costs no encoder call.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from pythainlp.util import normalize

from knowledge.encoder import F32, Encoder, embed_texts, read_cache

log = logging.getLogger(__name__)

NEAREST = 2
# The encoder's cost grows with the text (about 2 ms of CPU per token here): a long
# story is embedded by its last characters, where the question usually is.
MAX_QUERY_CHARS = 80
MEMO_SIZE = 2048  # query vectors kept (1.5 KB each)
_REPEATS = re.compile(r"([^\d])\1{2,}")  # "ค่ะะะะ", "!!!!" -> one


def tail(text: str, limit: int = MAX_QUERY_CHARS) -> str:
    """The end of `text`, at most `limit` characters, starting at a word gap if any."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    gap = cut.find(" ")
    return cut[gap + 1:] if 0 <= gap < limit // 2 else cut


def query_text(text: str) -> str:
    """What the encoder is given for a question, and the memo's key: Thai marks
    in canonical order, Latin letters in lower case, runs of one letter or sign
    cut to one, spaces collapsed, the tail of a long story."""
    return tail(_REPEATS.sub(r"\1", normalize(text).casefold()))


class SemanticIndex:
    def __init__(self, encoder: Encoder, items: Sequence[Sequence[str]]) -> None:
        self.encoder = encoder
        texts = [t for texts in items for t in texts]
        matrix, fresh = embed_texts(encoder, texts, read_cache())
        if fresh:
            log.info("embedded %d knowledge texts missing from the embeddings file "
                     "(run `python -m bot kb embed` to store them)", fresh)
        self._matrix: F32 = np.ascontiguousarray(matrix)
        # Row j of _slots lists item j's rows of the matrix, padded with an index
        # past the end, where the cosines get -inf: per-item top-2 in one step.
        sizes = [len(t) for t in items]
        self._slots = np.full((len(items), max([*sizes, NEAREST])), len(texts), dtype=np.intp)
        start = 0
        for j, n in enumerate(sizes):
            self._slots[j, :n] = np.arange(start, start + n)
            start += n
        self._counts = np.minimum(sizes, NEAREST).astype(np.float64)
        self._vector = lru_cache(maxsize=MEMO_SIZE)(self._encode)

    def _encode(self, key: str) -> F32:
        vec = self.encoder.embed([key])[0].astype(np.float32)
        out: F32 = vec / max(float(np.sqrt(np.einsum("i,i->", vec, vec))), 1e-9)
        out.setflags(write=False)  # shared by every caller of the memo
        return out

    def embed(self, text: str) -> F32:
        """The unit vector of a question (from the memo when it was asked before)."""
        return self._vector(query_text(text))

    def memo_info(self) -> tuple[int, int, int]:
        """Hits, misses (encoder calls) and entries of the query memo."""
        info = self._vector.cache_info()
        return info.hits, info.misses, info.currsize

    def clear_memo(self) -> None:
        self._vector.cache_clear()

    def scores(self, query: F32) -> npt.NDArray[np.float64]:
        """Per item: the mean cosine of its NEAREST closest texts to `query`."""
        sims = np.empty(len(self._matrix) + 1, dtype=np.float64)
        sims[:-1] = np.einsum("ij,j->i", self._matrix, query)  # no BLAS threads
        sims[-1] = -np.inf
        per_item = sims[self._slots]
        best = np.partition(per_item, per_item.shape[1] - NEAREST, axis=1)[:, -NEAREST:]
        best[~np.isfinite(best)] = 0.0
        out: npt.NDArray[np.float64] = best.sum(axis=1) / np.maximum(self._counts, 1.0)
        return out
