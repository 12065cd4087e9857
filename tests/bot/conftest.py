"""Fixtures of the consent-refusal store tests (test_refusal_store.py and its review)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import store_only
from bot.conversations import Conversations
from bot.pipeline import Pipeline
from dialogs.engine import Dialog


@pytest.fixture(params=["sqlite", "postgres"])
async def pipeline(request: pytest.FixtureRequest, tmp_path: Path,
                   kb_matcher: Any) -> AsyncIterator[Pipeline]:
    target = (request.getfixturevalue("pg_url") if request.param == "postgres"
              else str(tmp_path / "refusal.db"))
    kb, matcher = kb_matcher
    async with store_only(target) as store:
        line = Pipeline(store, Conversations(store, Dialog(kb, matcher)))
        yield line
        await line.drain()
