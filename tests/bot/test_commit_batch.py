"""Group commit on a real SQLite database: shared transactions, each unit atomic."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiosqlite
import pytest

from bot.commit_batch import CommitBatcher

SCHEMA = ("CREATE TABLE turns (person TEXT NOT NULL, n INTEGER NOT NULL CHECK (n >= 0)); "
          "CREATE TABLE done (person TEXT PRIMARY KEY REFERENCES people (id) "
          "DEFERRABLE INITIALLY DEFERRED); CREATE TABLE people (id TEXT PRIMARY KEY)")


class Db:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db
        self.names = itertools.count()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        await self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            await self.db.execute("ROLLBACK")
            raise
        try:
            await self.db.execute("COMMIT")
        except BaseException:
            await self.db.execute("ROLLBACK")
            raise

    @contextlib.asynccontextmanager
    async def savepoint(self, tx: aiosqlite.Connection) -> AsyncIterator[None]:
        name = f"unit{next(self.names)}"
        await tx.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            await tx.execute(f"ROLLBACK TO {name}")
            await tx.execute(f"RELEASE {name}")
            raise
        await tx.execute(f"RELEASE {name}")


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Db]:
    async with aiosqlite.connect(tmp_path / "b.db", isolation_level=None) as conn:
        await conn.executescript(SCHEMA)
        await conn.execute("PRAGMA foreign_keys=ON")
        yield Db(conn)


async def committed(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows as another connection sees them: only what was committed."""
    async with aiosqlite.connect(path) as other, other.execute(sql) as cur:
        return [tuple(r) for r in await cur.fetchall()]


def turn(person: str, n: int) -> Callable[[aiosqlite.Connection], Awaitable[int]]:
    async def unit(tx: aiosqlite.Connection) -> int:
        await tx.execute("INSERT INTO turns VALUES (?, ?)", (person, n))
        await tx.execute("INSERT INTO turns VALUES (?, ?)", (person, n + 1000))
        return n

    return unit


async def test_concurrent_turns_share_commits_and_are_stored_when_acknowledged(
        db: Db, tmp_path: Path) -> None:
    batcher: CommitBatcher[aiosqlite.Connection] = CommitBatcher(db.transaction,
                                                                 db.savepoint, max_batch=16)
    seen_when_acknowledged: dict[int, int] = {}

    async def one(n: int) -> int:
        result = int(await batcher.submit(turn(f"p{n}", n)))
        rows = await committed(tmp_path / "b.db",
                               f"SELECT COUNT(*) FROM turns WHERE person = 'p{n}'")
        seen_when_acknowledged[n] = int(str(rows[0][0]))
        return result

    results = await asyncio.gather(*(one(n) for n in range(40)))
    assert results == list(range(40))
    assert seen_when_acknowledged == dict.fromkeys(range(40), 2)
    assert batcher.transactions == 3  # 16 + 16 + 8 turns, not 40 commits


async def test_a_failing_unit_is_rolled_back_alone(db: Db, tmp_path: Path) -> None:
    batcher: CommitBatcher[aiosqlite.Connection] = CommitBatcher(db.transaction,
                                                                 db.savepoint)
    outcomes = await asyncio.gather(batcher.submit(turn("a", 1)),
                                    batcher.submit(turn("bad", -5)),  # CHECK fails
                                    batcher.submit(turn("c", 3)), return_exceptions=True)
    assert outcomes[0] == 1 and outcomes[2] == 3
    assert isinstance(outcomes[1], aiosqlite.IntegrityError)
    rows = await committed(tmp_path / "b.db", "SELECT person, n FROM turns ORDER BY n")
    assert rows == [("a", 1), ("c", 3), ("a", 1001), ("c", 1003)]  # nothing of "bad"


async def test_a_failed_commit_fails_every_unit_and_stores_nothing(
        db: Db, tmp_path: Path) -> None:
    batcher: CommitBatcher[aiosqlite.Connection] = CommitBatcher(db.transaction,
                                                                 db.savepoint)

    async def dangling(tx: aiosqlite.Connection) -> None:
        # a deferred foreign key: only COMMIT finds the missing person
        await tx.execute("INSERT INTO done VALUES ('nobody')")

    outcomes = await asyncio.gather(batcher.submit(turn("a", 1)), batcher.submit(dangling),
                                    return_exceptions=True)
    assert all(isinstance(o, aiosqlite.IntegrityError) for o in outcomes), outcomes
    assert await committed(tmp_path / "b.db", "SELECT COUNT(*) FROM turns") == [(0,)]
    assert await batcher.submit(turn("after", 7)) == 7  # the batcher goes on
