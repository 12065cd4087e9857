"""The store fixture: every contract test runs on every backend."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.store import SQLiteStore, Store
from dialogs.types import ConversationKey

NOW = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)
ALICE = ConversationKey("console", "alice")
BOB = ConversationKey("line", "bob")
CASE = {"status": "received", "urgent": True, "due_at": "2026-11-24T03:00:00+00:00",
        "eligible": True, "name": "สมชาย", "phone": "0812345678",
        "national_id": "1101700230705", "answers": {"no_fare": True},
        "current_province": "ชลบุรี", "home_province": "ขอนแก่น", "travellers": 1}


@pytest.fixture(params=["file", "memory"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    path = tmp_path / "t.db" if request.param == "file" else ":memory:"
    async with SQLiteStore(path) as s:
        yield s
