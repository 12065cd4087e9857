"""`python -m bot db copy SQLITE_PATH POSTGRES_URL`: move a deployment's data from
its SQLite file to an empty PostgreSQL database.

The source is read in one read transaction (a consistent snapshot, even while the
bot runs on it: stop it before switching, or messages accepted after the snapshot
stay behind); the target is written in one transaction, keeping every id, and the
counts of every table are compared before it commits. A target with any row is
refused: nothing is ever merged or overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from bot.store.core import TABLES
from bot.store.errors import StoreError
from bot.store.postgres import PostgresStore, mapped_error, redacted
from bot.store.sql import when
from bot.store.sqlite import SQLiteStore

IDENTITY_TABLES = ("messages", "cases", "case_events", "handoffs", "audit", "inbox",
                   "outbox", "staff")


class TargetNotEmpty(StoreError):
    """The PostgreSQL database already holds data."""


@dataclass(frozen=True)
class Copied:
    counts: dict[str, int]


def _convert(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "timestamp with time zone":
        return when(value)
    if kind == "boolean":
        return bool(value)
    return value


async def copy_sqlite_to_postgres(source: str | Path, target: str) -> Copied:
    if not Path(source).is_file():
        raise StoreError(f"no SQLite database at {source}")
    async with SQLiteStore(source) as lite, PostgresStore(target) as pg:
        counts = await pg.table_counts()
        if any(counts.values()):
            busy = ", ".join(f"{t} {n}" for t, n in counts.items() if n)
            raise TargetNotEmpty(f"the target {redacted(target)} is not empty ({busy}); "
                                 "copy only into a new, empty database")
        await lite.db.execute("BEGIN")  # one snapshot of the source
        try:
            expected = await _copy_all(lite, pg)
        except (asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise mapped_error(exc) from exc
        finally:
            await lite.db.execute("COMMIT")
    return Copied(expected)


async def _copy_all(lite: SQLiteStore, pg: PostgresStore) -> dict[str, int]:
    expected = await lite.table_counts()
    async with pg.pool.acquire() as conn, conn.transaction():
        for table in TABLES:
            await _copy_table(lite, conn, table)
        for table in IDENTITY_TABLES:
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")
        got = {t: int(await conn.fetchval(f"SELECT COUNT(*) FROM {t}"))
               for t in TABLES}
        if got != expected:
            raise StoreError(f"the counts differ after the copy: {expected} != {got}")
    return expected


async def _copy_table(lite: SQLiteStore, conn: Any, table: str) -> None:
    kinds = {r["column_name"]: r["data_type"] for r in await conn.fetch(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = $1 AND table_schema = current_schema()", table)}
    async with lite.db.execute(f"SELECT * FROM {table}") as cur:
        names = [d[0] for d in cur.description]
        rows = await cur.fetchall()
    columns = [n for n in names if n in kinds]
    if not rows:
        return
    index = [names.index(c) for c in columns]
    records = [tuple(_convert(kinds[c], row[i]) for c, i in zip(columns, index, strict=True))
               for row in rows]
    values = ", ".join(f"${n}" for n in range(1, len(columns) + 1))
    await conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values})",
                           records)
