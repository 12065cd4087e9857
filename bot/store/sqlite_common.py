"""What the SQLite store's parts share: the connection and write lock, row helpers,
and how values are written (JSON, UTC ISO times)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import sqlite3
from typing import Any

import aiosqlite


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def ts(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def _when(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


class Connected:
    """Needs `db` (an open aiosqlite connection) and `_write` (the write lock)."""

    _write: asyncio.Lock

    @property
    def db(self) -> aiosqlite.Connection:
        raise NotImplementedError

    async def _one(self, sql: str, args: tuple[Any, ...] = ()) -> Any:
        async with self.db.execute(sql, args) as cur:
            return await cur.fetchone()

    async def _all(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        async with self.db.execute(sql, args) as cur:
            return list(await cur.fetchall())

    async def _rollback(self) -> None:
        """Undo the open transaction after an error, without hiding that error: after a
        cancelled COMMIT the transaction may be over already, and ROLLBACK then fails."""
        with contextlib.suppress(sqlite3.Error):
            await self.db.execute("ROLLBACK")
