from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import KnowledgeBase, Matcher, load_encoder, load_knowledge

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def matcher(kb: KnowledgeBase) -> Matcher:
    """The matcher as the bot runs it: with the encoder where it is installed."""
    return Matcher(kb, encoder=load_encoder())


@pytest.fixture(scope="session")
def lexical_matcher(kb: KnowledgeBase) -> Matcher:
    return Matcher(kb)
