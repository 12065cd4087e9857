"""The dialog under test: the real knowledge base and matcher, built once per run
(per test process): a Dialog keeps no state between conversations."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from knowledge import Matcher, load_knowledge


@pytest.fixture(scope="session")
def dialog() -> Dialog:
    kb = load_knowledge()
    return Dialog(kb, Matcher(kb))
