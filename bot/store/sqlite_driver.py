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


def _chained(exc: BaseException) -> StoreError:
    mapped = mapped_error(exc)
    mapped.__cause__ = exc
    return mapped


_CONVERTED = (dt.datetime, bool)


def _adapt(args: Sequence[Any]) -> tuple[Any, ...]:
    """Times as UTC ISO text, booleans as 0/1 (most arguments are neither: kept as is)."""
    for arg in args:
        if isinstance(arg, _CONVERTED):
            return tuple(ts(a) if isinstance(a, dt.datetime) else int(a) if isinstance(a, bool)
                         else a for a in args)
    return tuple(args)


Statement = tuple[str, tuple[Any, ...], bool]  # sql, arguments, with many rows
GROUP_MAX = 64  # write-only transactions committed together at most


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


def _group(raw: sqlite3.Connection,
           units: list[list[Statement]]) -> list[sqlite3.Error | None]:
    """In aiosqlite's thread: write-only transactions committed together, each in its
    own savepoint (one that fails is rolled back alone: its error, in order)."""
    errors: list[sqlite3.Error | None] = []
    raw.execute("BEGIN IMMEDIATE")
    try:
        for statements in units:
            raw.execute("SAVEPOINT unit")
            try:
                _apply(raw, statements)
                errors.append(None)
            except sqlite3.Error as exc:
                raw.execute("ROLLBACK TO unit")
                errors.append(exc)
            raw.execute("RELEASE unit")
        raw.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    return errors


class SQLiteTx:
    """One transaction on the connection, in as few hops into aiosqlite's thread as
    its reads allow: BEGIN (and the write lock) wait for the first read, and writes
    whose result nobody reads (`later`, `run_many`) wait for the next read or the
    COMMIT. A transaction that only writes (a dialog turn) is committed with the
    others waiting at that moment (group commit): one hop for all of them."""

    dialect: Dialect = "sqlite"

    def __init__(self, driver: SQLiteDriver) -> None:
        self._driver = driver
        self._queued: list[Statement] = []
        self.begun = False
        self.locked = False  # holds the driver's write lock (from its first read)

    async def _step(self, sql: str, args: Sequence[Any], rows: int) -> Any:
        if not self.begun:
            await self._driver._write.acquire()
            self.locked = True
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
        queued, self._queued = self._queued, []
        if self.begun:
            await self._driver.call(_commit, False, queued)
        elif queued:
            await self._driver.commit_group(queued)


class SQLiteDriver:
    """Each statement is one hop into aiosqlite's thread (`Connection._execute` runs a
    plain function there: execute and fetch together, not three awaits)."""

    dialect: Dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self._write = asyncio.Lock()
        self._units: list[tuple[list[Statement], asyncio.Future[None]]] = []
        self._committer: asyncio.Task[None] | None = None
        self.group_commits = 0  # transactions of write-only units (for tests, benchmarks)

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

    async def write(self, sql: str, args: Sequence[Any] = ()) -> None:
        """One write committed with the others waiting now (group commit)."""
        await self.commit_group([(sql, _adapt(args), False)])

    @contextlib.asynccontextmanager
    async def tx(self) -> AsyncIterator[Tx]:
        tx = SQLiteTx(self)
        try:
            try:
                yield tx
            except BaseException:
                if tx.begun:
                    await self._rollback()
                raise
            # cancelled while the thread commits: that call ends the transaction either
            # way (COMMIT, or ROLLBACK on its error), so no ROLLBACK is owed here
            await tx.commit()
        finally:
            if tx.locked:
                self._write.release()

    async def commit_group(self, statements: list[Statement]) -> None:
        """Commit a write-only unit with the others waiting now, atomically each;
        returns once the COMMIT holding it succeeded (a caller cancelled meanwhile
        does not withdraw it)."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._units.append((statements, done))
        if self._committer is None:
            self._committer = asyncio.create_task(self._commit_units())
        await done

    async def _commit_units(self) -> None:
        batch: list[tuple[list[Statement], asyncio.Future[None]]] = []
        try:
            while self._units:
                async with self._write:  # units arriving meanwhile join this one
                    batch, self._units = self._units[:GROUP_MAX], self._units[GROUP_MAX:]
                    self.group_commits += 1
                    try:
                        errors = await self.call(_group, [s for s, _ in batch])
                    except Exception as exc:  # BEGIN or COMMIT: none of them is stored
                        errors = [exc] * len(batch)
                for (_, done), error in zip(batch, errors, strict=True):
                    if done.done():
                        continue
                    if error is None:
                        done.set_result(None)
                    elif isinstance(error, StoreError):
                        done.set_exception(error)
                    else:
                        done.set_exception(_chained(error))
        except BaseException:  # cancelled (shutdown): nobody waits forever, and nobody
            # is told that a unit was stored (the thread may still commit the batch)
            for _, done in [*batch, *self._units]:
                if not done.done():
                    done.set_exception(Unavailable("the store is closing"))
            self._units = []
            raise
        finally:
            self._committer = None

    async def checkpoint(self) -> None:
        """PRAGMA wal_checkpoint(TRUNCATE), between transactions."""
        async with self._write:
            await self.run("PRAGMA wal_checkpoint(TRUNCATE)")

    async def _rollback(self) -> None:
        """Undo the open transaction after an error, without hiding that error: after a
        cancelled statement the transaction may be over already, and ROLLBACK then fails."""
        with contextlib.suppress(StoreError):
            await self.run("ROLLBACK")
