"""The store fixture: every contract test runs on every backend (a SQLite file,
SQLite in memory, PostgreSQL in a schema of its own)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.store import SQLiteStore, Store
from bot.store.postgres import PostgresStore
from dialogs.types import ConversationKey

NOW = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)
ALICE = ConversationKey("console", "alice")
BOB = ConversationKey("line", "bob")
CASE = {"status": "received", "urgent": True, "due_at": "2026-11-24T03:00:00+00:00",
        "eligible": True, "name": "สมชาย", "phone": "0812345678",
        "national_id": "1101700230705", "answers": {"no_fare": True},
        "current_province": "ชลบุรี", "home_province": "ขอนแก่น", "travellers": 1}
BACKENDS = ["file", "memory", "postgres"]


@pytest.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    if request.param == "postgres":
        pg: Store = PostgresStore(request.getfixturevalue("pg_url"), pool_size=4)
        await pg.open()
        try:
            yield pg
        finally:
            await pg.close()
        return
    path = tmp_path / "t.db" if request.param == "file" else ":memory:"
    async with SQLiteStore(path) as s:
        yield s
