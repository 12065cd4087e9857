"""The dialog under test: the real knowledge base and matcher as the bot runs it (with the
encoder: dev41 found a statement answered as a topic by it, which the lexical matcher
alone never showed), built once per run (per test process): a Dialog keeps no state
between conversations."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from knowledge import Matcher, load_encoder, load_knowledge


@pytest.fixture(scope="session")
def dialog() -> Dialog:
    kb = load_knowledge()
    return Dialog(kb, Matcher(kb, encoder=load_encoder()))
