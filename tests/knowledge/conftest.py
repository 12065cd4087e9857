from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import KnowledgeBase, Matcher, load_knowledge

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def matcher(kb: KnowledgeBase) -> Matcher:
    return Matcher(kb)
