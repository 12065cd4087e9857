"""What the SQL backends share: the driver interface (one transaction helper per
backend), and how stored values are read back.

The store's SQL is written once, with `?` placeholders and plain Python values
(str, int, bool, datetime, None; JSON as text); each driver adapts them: SQLite
stores times as UTC ISO text and booleans as 0/1, PostgreSQL as timestamptz and
boolean. Reads accept either form.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Literal, Protocol

Row = Sequence[Any]
Dialect = Literal["sqlite", "postgres"]


class Statements(Protocol):
    """Statements on one connection (inside a transaction, or autocommit reads)."""

    async def one(self, sql: str, args: Sequence[Any] = ()) -> Row | None: ...

    async def all(self, sql: str, args: Sequence[Any] = ()) -> list[Row]: ...

    async def run(self, sql: str, args: Sequence[Any] = ()) -> int:
        """Execute; the number of rows changed."""

    async def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


class Tx(Statements, Protocol):
    """Statements in one transaction. `later` and `run_many` may wait until the next
    statement or the COMMIT (their errors come out there, and roll it all back): a
    backend then sends them together."""

    def later(self, sql: str, args: Sequence[Any] = ()) -> None:
        """Execute before the next statement or the commit; no result."""


class Driver(Statements, Protocol):
    dialect: Dialect

    def tx(self) -> AbstractAsyncContextManager[Tx]:
        """One transaction: committed on exit, rolled back on any error; driver errors
        come out as the store's error family."""

    async def once(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        """One statement in a transaction of its own; its first row."""

    async def once_all(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        """One statement in a transaction of its own; all its rows."""

    async def write(self, sql: str, args: Sequence[Any] = ()) -> None:
        """One write in a transaction of its own, committed when this returns (it may
        share the COMMIT with other writers, each atomic); no result."""


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def jload(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def when(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def maybe_when(value: Any) -> dt.datetime | None:
    return when(value) if value else None


def ts(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def marks(count: int) -> str:
    return ", ".join("?" * count)


class HasDriver:
    """A part of the SQL store: statements go through `sql`."""

    @property
    def sql(self) -> Driver:
        raise NotImplementedError
