"""The SQLite driver: statements and transactions on one aiosqlite connection, each
call one hop into aiosqlite's thread (a plain function run there: execute and fetch
together), and sqlite3's errors as the store's family.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

import aiosqlite

from bot.store.errors import Conflict, StoreError, Unavailable
from bot.store.sql import Dialect, Row, Tx, ts

_UNAVAILABLE = ("locked", "busy", "readonly", "read-only", "disk i/o", "unable to open",
                "disk is full", "no active connection")


def mapped_error(exc: BaseException) -> StoreError:
    """sqlite3's (and aiosqlite's) errors as the store's family."""
    text = str(exc)
    if isinstance(exc, sqlite3.IntegrityError) and "UNIQUE" in text:
        return Conflict(text)
    if isinstance(exc, sqlite3.OperationalError | ValueError) and any(
            word in text.lower() for word in _UNAVAILABLE):
        return Unavailable(f"the database is unavailable: {text}")
    return StoreError(f"database error: {text}")


@contextlib.contextmanager
def _mapped() -> Iterator[None]:
    try:
        yield
    except (sqlite3.Error, ValueError) as exc:
        raise mapped_error(exc) from exc


def _adapt(args: Sequence[Any]) -> tuple[Any, ...]:
    """Times as UTC ISO text, booleans as 0/1 (most arguments are neither: kept as is)."""
    for arg in args:
        if isinstance(arg, dt.datetime | bool):
            return tuple(ts(a) if isinstance(a, dt.datetime) else int(a) if isinstance(a, bool)
                         else a for a in args)
    return tuple(args)


Statement = tuple[str, tuple[Any, ...], bool]  # sql, arguments, with many rows


def _apply(raw: sqlite3.Connection, statements: list[Statement]) -> None:
    for sql, args, many in statements:
        if many:
            raw.executemany(sql, args)
        else:
            raw.execute(sql, args).close()


def _step(raw: sqlite3.Connection, begin: bool, queued: list[Statement], sql: str,
          args: tuple[Any, ...], rows: int) -> Any:
    """In aiosqlite's thread: BEGIN IMMEDIATE (if asked), the queued statements, then
    `sql`: its first row (rows=1), all its rows (rows=-1) or its row count (rows=0)."""
    if begin:
        raw.execute("BEGIN IMMEDIATE")
    _apply(raw, queued)
    cursor = raw.execute(sql, args)
    try:
        if rows == 1:
            return cursor.fetchone()
        if rows == -1:
            return cursor.fetchall()
        return cursor.rowcount
    finally:
        cursor.close()


def _commit(raw: sqlite3.Connection, begin: bool, queued: list[Statement]) -> None:
    """In aiosqlite's thread: the rest of a transaction and its COMMIT, or else its
    ROLLBACK: a transaction never stays open past this call's end."""
    if begin:
        raw.execute("BEGIN IMMEDIATE")
    try:
        _apply(raw, queued)
        raw.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise


def _once(raw: sqlite3.Connection, sql: str, args: tuple[Any, ...], rows: int) -> Any:
    raw.execute("BEGIN IMMEDIATE")
    try:
        cursor = raw.execute(sql, args)
        row = cursor.fetchone() if rows == 1 else cursor.fetchall()
        cursor.close()
        raw.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    return row


class SQLiteTx:
    """One transaction on the connection, in as few hops into aiosqlite's thread as
    its reads allow: BEGIN waits for the first read, and writes whose result nobody
    reads (`later`, `run_many`) wait for the next read or the COMMIT. A turn that
    only writes is one hop: BEGIN, its statements and COMMIT in one call."""

    dialect: Dialect = "sqlite"

    def __init__(self, driver: SQLiteDriver) -> None:
        self._driver = driver
        self._queued: list[Statement] = []
        self.begun = False

    async def _step(self, sql: str, args: Sequence[Any], rows: int) -> Any:
        queued, self._queued = self._queued, []
        begin, self.begun = not self.begun, True
        return await self._driver.call(_step, begin, queued, sql, _adapt(args), rows)

    async def one(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        return await self._step(sql, args, 1)  # type: ignore[no-any-return]

    async def all(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        return await self._step(sql, args, -1)  # type: ignore[no-any-return]

    async def run(self, sql: str, args: Sequence[Any] = ()) -> int:
        return int(await self._step(sql, args, 0))

    def later(self, sql: str, args: Sequence[Any] = ()) -> None:
        self._queued.append((sql, _adapt(args), False))

    async def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._queued.append((sql, tuple(_adapt(r) for r in rows), True))

    async def commit(self) -> None:
        if self._queued or self.begun:
            queued, self._queued = self._queued, []
            begin, self.begun = not self.begun, True
            await self._driver.call(_commit, begin, queued)


class SQLiteDriver:
    """Each statement is one hop into aiosqlite's thread (`Connection._execute` runs a
    plain function there: execute and fetch together, not three awaits)."""

    dialect: Dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self._write = asyncio.Lock()

    async def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """`fn(sqlite3_connection, *args)` in aiosqlite's thread; errors mapped."""
        with _mapped():
            return await self.conn._execute(fn, self.conn._conn, *args)  # type: ignore[no-untyped-call]

    async def one(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        return await self.call(_step, False, [], sql, _adapt(args), 1)  # type: ignore[no-any-return]

    async def all(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        return await self.call(_step, False, [], sql, _adapt(args), -1)  # type: ignore[no-any-return]

    async def run(self, sql: str, args: Sequence[Any] = ()) -> int:
        return int(await self.call(_step, False, [], sql, _adapt(args), 0))

    async def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        await self.call(_apply, [(sql, tuple(_adapt(r) for r in rows), True)])

    async def once(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        """One statement in a transaction of its own (one hop); its first row."""
        async with self._write:
            return await self.call(_once, sql, _adapt(args), 1)  # type: ignore[no-any-return]

    async def once_all(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        """One statement in a transaction of its own (one hop); all its rows."""
        async with self._write:
            return await self.call(_once, sql, _adapt(args), -1)  # type: ignore[no-any-return]

    @contextlib.asynccontextmanager
    async def tx(self) -> AsyncIterator[Tx]:
        async with self._write:
            tx = SQLiteTx(self)
            try:
                yield tx
            except BaseException:
                if tx.begun:
                    await self._rollback()
                raise
            # cancelled while the thread commits: that call ends the transaction either
            # way (COMMIT, or ROLLBACK on its error), so no ROLLBACK is owed here
            await tx.commit()

    async def checkpoint(self) -> None:
        """PRAGMA wal_checkpoint(TRUNCATE), between transactions."""
        async with self._write:
            await self.run("PRAGMA wal_checkpoint(TRUNCATE)")

    async def _rollback(self) -> None:
        """Undo the open transaction after an error, without hiding that error: after a
        cancelled statement the transaction may be over already, and ROLLBACK then fails."""
        with contextlib.suppress(StoreError):
            await self.run("ROLLBACK")
