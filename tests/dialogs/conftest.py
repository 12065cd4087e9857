"""The dialog under test: the real knowledge base and matcher, one per test module."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from knowledge import Matcher, load_knowledge


@pytest.fixture(scope="module")
def dialog() -> Dialog:
    kb = load_knowledge()
    return Dialog(kb, Matcher(kb))
