"""The SQLite backend through aiosqlite: one connection in WAL mode, versioned
migrations (`PRAGMA user_version`); the driver (bot.store.sqlite_driver) holds the
one transaction helper (`BEGIN IMMEDIATE` under the write lock). SQLite serves one
process: the person lock is the pipeline's own ordering.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite

from bot.store.core import SqlStore
from bot.store.errors import StoreError
from bot.store.migrations import MIGRATIONS
from bot.store.sqlite_driver import SQLiteDriver, mapped_error
from dialogs.types import ConversationKey

__all__ = ["SQLiteStore", "mapped_error", "migrate", "schema_version"]


def _probe(path: str) -> None:
    """Open and read the file with the sqlite3 module: sqlite3.Error or OSError if not."""
    if Path(path).is_dir():
        raise IsADirectoryError(f"{path} is a directory")
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    finally:
        connection.close()


class SQLiteStore(SqlStore):
    """The embedded default: a file (or ":memory:") and one process."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._driver: SQLiteDriver | None = None

    async def __aenter__(self) -> SQLiteStore:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def db(self) -> aiosqlite.Connection:
        """The connection (for tests and tools that look below the contract)."""
        if self._driver is None:
            raise StoreError("the store is not open")
        return self._driver.conn

    async def open(self) -> None:
        """Open and migrate; StoreError naming the file and the cause. Every failed path
        closes the connection (aiosqlite's thread would keep the process alive)."""
        conn: aiosqlite.Connection | None = None
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                # a plain open first: when aiosqlite's own open fails (a directory, no
                # permission) it does not wait for its thread, which then fails on a
                # closed event loop
                await asyncio.to_thread(_probe, self.path)
            conn = await aiosqlite.connect(self.path, isolation_level=None)
            # secure_delete: erased rows are overwritten with zeros, not left in free pages
            for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                           "busy_timeout=5000", "secure_delete=ON"):
                await conn.execute(f"PRAGMA {pragma}")
            await migrate(conn)
            # one process: claims of a previous run are stale (it died or stopped)
            await conn.execute("UPDATE outbox SET lease_until = NULL "
                               "WHERE lease_until IS NOT NULL")
        except (sqlite3.Error, OSError) as exc:
            if conn is not None:  # a failed open must not leave aiosqlite's thread running
                await conn.close()
            raise StoreError(f"cannot open the database {self.path}: {exc}") from exc
        except BaseException:  # cancelled (Ctrl+C) while opening
            if conn is not None:
                await conn.close()
            raise
        self._driver = SQLiteDriver(conn)

    async def close(self) -> None:
        if self._driver is not None:
            await self._driver.conn.close()
            self._driver = None

    async def _after_erasure(self) -> None:
        """Copy the WAL into the database file and empty it, so that erased rows do not
        linger in the -wal file (secure_delete zeroes them in the database file)."""
        if self._driver is not None:
            await self._driver.checkpoint()

    @contextlib.asynccontextmanager
    async def person_lock(self, key: ConversationKey) -> AsyncIterator[None]:
        yield  # one process: the pipeline chains a person's events itself


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection) -> list[int]:
    """Bring the schema up to date; the versions applied."""
    version = await schema_version(conn)
    applied = []
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        await conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
        applied.append(number)
    return applied
