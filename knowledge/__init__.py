"""Knowledge base and Thai question matcher.

PyThaiNLP must never download anything: the environment flags are set here,
before any module of this package imports it.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
# One thread for numpy's BLAS and the encoder's OpenMP, before either loads: the
# machines are small and shared, and idle worker threads spin on the CPU after
# each call (the similarity product also avoids BLAS, see knowledge.semantic).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

from knowledge.encoder import load_encoder
from knowledge.errors import KnowledgeError, NamjaiError
from knowledge.loader import DEFAULT_DIR, KnowledgeBase, load_knowledge
from knowledge.matcher import Decision, Hit, Matcher

__all__ = [
    "DEFAULT_DIR",
    "Decision",
    "Hit",
    "KnowledgeBase",
    "KnowledgeError",
    "Matcher",
    "NamjaiError",
    "load_encoder",
    "load_knowledge",
]
