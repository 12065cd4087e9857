"""The encoder's view of the knowledge base: each item's texts as unit vectors.

An item's semantic score for a question is the mean of its two nearest texts'
cosines (one stray example cannot carry an item alone). Built once, immutable;
scoring is one matrix-vector product.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from knowledge.encoder import F32, Encoder, embed_texts, read_cache

log = logging.getLogger(__name__)

NEAREST = 2
# The encoder's cost grows with the text (about 2 ms of CPU per token here): a long
# story is embedded by its last characters, where the question usually is.
MAX_QUERY_CHARS = 80


def tail(text: str, limit: int = MAX_QUERY_CHARS) -> str:
    """The end of `text`, at most `limit` characters, starting at a word gap if any."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    gap = cut.find(" ")
    return cut[gap + 1:] if 0 <= gap < limit // 2 else cut


class SemanticIndex:
    def __init__(self, encoder: Encoder, items: Sequence[Sequence[str]]) -> None:
        self.encoder = encoder
        texts = [t for texts in items for t in texts]
        owner = [i for i, texts in enumerate(items) for _ in texts]
        matrix, fresh = embed_texts(encoder, texts, read_cache())
        if fresh:
            log.info("embedded %d knowledge texts missing from the embeddings file "
                     "(run `python -m bot kb embed` to store them)", fresh)
        self._matrix: F32 = matrix
        self._owner: npt.NDArray[np.intp] = np.array(owner, dtype=np.intp)
        self._n_items = len(items)
        order = np.argsort(self._owner, kind="stable")
        self._matrix = self._matrix[order]
        self._owner = self._owner[order]
        self._starts = np.searchsorted(self._owner, np.arange(self._n_items))

    def embed(self, text: str) -> F32:
        vec: F32 = self.encoder.embed([tail(text)])[0].astype(np.float32)
        out: F32 = vec / max(float(np.linalg.norm(vec)), 1e-9)
        return out

    def scores(self, query: F32) -> npt.NDArray[np.float64]:
        """Per item: the mean cosine of its NEAREST closest texts to `query`."""
        sims = self._matrix @ query
        out = np.zeros(self._n_items)
        ends = np.append(self._starts[1:], len(sims))
        for i, (lo, hi) in enumerate(zip(self._starts, ends, strict=True)):
            if hi > lo:
                best = np.sort(sims[lo:hi])[-NEAREST:]
                out[i] = float(best.mean())
        return out
