"""The SQLite backend through aiosqlite: one connection in WAL mode, versioned
migrations (`PRAGMA user_version`), and the one transaction helper (`BEGIN
IMMEDIATE` under the write lock). SQLite serves one process: the person lock is
the pipeline's own ordering.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.core import SqlStore
from bot.store.errors import Conflict, StoreError, Unavailable
from bot.store.migrations import MIGRATIONS
from bot.store.sql import Dialect, Row, Tx, ts
from dialogs.types import ConversationKey

_UNAVAILABLE = ("locked", "busy", "readonly", "read-only", "disk i/o", "unable to open",
                "disk is full", "no active connection")


def _probe(path: str) -> None:
    """Open and read the file with the sqlite3 module: sqlite3.Error or OSError if not."""
    if Path(path).is_dir():
        raise IsADirectoryError(f"{path} is a directory")
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    finally:
        connection.close()


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
    return tuple(ts(a) if isinstance(a, dt.datetime) else int(a) if isinstance(a, bool) else a
                 for a in args)


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


def _once(raw: sqlite3.Connection, sql: str, args: tuple[Any, ...]) -> Any:
    raw.execute("BEGIN IMMEDIATE")
    try:
        cursor = raw.execute(sql, args)
        row = cursor.fetchone()
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
            return await self.call(_once, sql, _adapt(args))  # type: ignore[no-any-return]

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
