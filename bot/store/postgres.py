"""The PostgreSQL backend through asyncpg, for several server processes on one
database: a connection pool, versioned migrations (`schema_migrations`), the one
transaction helper, a person lock held across processes (an advisory lock), and
LISTEN/NOTIFY for the console's live events (bot.store.pg_events).

The store's SQL (bot.store.core) is written with `?` placeholders; the driver
numbers them (`$1`, `$2`, ...) once per statement text.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

import asyncpg

from bot.store.core import SqlStore
from bot.store.errors import Conflict, StoreError, Unavailable
from bot.store.pg_events import PgBridge
from bot.store.pg_migrations import PG_MIGRATIONS
from bot.store.sql import Dialect, Row, Tx
from dialogs.types import ConversationKey

POOL_SIZE = 10
PERSON_LOCKS = 4  # people whose turns run at once in this process (each holds a connection)
MIGRATION_LOCK = (7305, 0)
_UNAVAILABLE = (asyncpg.PostgresConnectionError, asyncpg.InterfaceError,
                asyncpg.exceptions.ReadOnlySQLTransactionError,
                asyncpg.exceptions.CannotConnectNowError,
                asyncpg.exceptions.InsufficientResourcesError,
                asyncpg.exceptions.OperatorInterventionError,
                asyncpg.exceptions.LockNotAvailableError,
                asyncpg.exceptions.DeadlockDetectedError,
                asyncpg.exceptions.SerializationError,
                OSError, TimeoutError)


def mapped_error(exc: BaseException) -> StoreError:
    """asyncpg's errors as the store's family."""
    if isinstance(exc, asyncpg.exceptions.UniqueViolationError):
        return Conflict(str(exc))
    if isinstance(exc, _UNAVAILABLE):
        return Unavailable(f"the database is unavailable: {type(exc).__name__}: {exc}")
    return StoreError(f"database error: {type(exc).__name__}: {exc}")


@contextlib.contextmanager
def _mapped() -> Iterator[None]:
    try:
        yield
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError) as exc:
        raise mapped_error(exc) from exc


_numbered: dict[str, str] = {}


def numbered(sql: str) -> str:
    """`?` placeholders as `$1, $2, ...` (our SQL has no `?` in literals)."""
    found = _numbered.get(sql)
    if found is None:
        counter = iter(range(1, sql.count("?") + 1))
        found = re.sub(r"\?", lambda _: f"${next(counter)}", sql)
        _numbered[sql] = found
    return found


class _Conn:
    """Statements on one pooled connection (a transaction's)."""

    dialect: Dialect = "postgres"

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn
        self._queued: list[tuple[str, Sequence[Any]]] = []

    def later(self, sql: str, args: Sequence[Any] = ()) -> None:
        self._queued.append((sql, args))

    async def flush(self) -> None:
        """The statements queued by `later`, in order."""
        while self._queued:
            sql, args = self._queued.pop(0)
            with _mapped():
                await self.conn.execute(numbered(sql), *args)

    async def one(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        await self.flush()
        with _mapped():
            row = await self.conn.fetchrow(numbered(sql), *args)
        return tuple(row) if row is not None else None

    async def all(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        await self.flush()
        with _mapped():
            rows = await self.conn.fetch(numbered(sql), *args)
        return [tuple(r) for r in rows]

    async def run(self, sql: str, args: Sequence[Any] = ()) -> int:
        await self.flush()
        with _mapped():
            status = await self.conn.execute(numbered(sql), *args)
        tail = str(status).rsplit(" ", 1)[-1]
        return int(tail) if tail.isdigit() else 0

    async def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        await self.flush()
        with _mapped():
            await self.conn.executemany(numbered(sql), rows)


class PostgresDriver:
    dialect: Dialect = "postgres"

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    @contextlib.asynccontextmanager
    async def _conn(self) -> AsyncIterator[_Conn]:
        with _mapped():
            conn = await self.pool.acquire()
        try:
            yield _Conn(conn)
        finally:
            with contextlib.suppress(Exception):  # a broken connection is dropped by the pool
                await self.pool.release(conn)

    async def one(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        async with self._conn() as c:
            return await c.one(sql, args)

    async def all(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        async with self._conn() as c:
            return await c.all(sql, args)

    async def run(self, sql: str, args: Sequence[Any] = ()) -> int:
        async with self._conn() as c:
            return await c.run(sql, args)

    async def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        async with self._conn() as c:
            await c.run_many(sql, rows)

    async def once(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        """One statement: its own transaction already (one round trip)."""
        return await self.one(sql, args)

    async def once_all(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        """One statement: its own transaction already (one round trip); all its rows."""
        return await self.all(sql, args)

    async def write(self, sql: str, args: Sequence[Any] = ()) -> None:
        """One statement: its own transaction already (one round trip)."""
        await self.run(sql, args)

    @contextlib.asynccontextmanager
    async def tx(self) -> AsyncIterator[Tx]:
        async with self._conn() as c:
            transaction = c.conn.transaction()
            with _mapped():
                await transaction.start()
            try:
                yield c
                await c.flush()
            except BaseException:
                with contextlib.suppress(Exception):
                    await transaction.rollback()
                raise
            with _mapped():
                await transaction.commit()


async def _init_connection(conn: asyncpg.Connection) -> None:
    # JSON travels as text both ways, as with SQLite: the store encodes and decodes it
    for name in ("json", "jsonb"):
        await conn.set_type_codec(name, encoder=str, decoder=str, schema="pg_catalog",
                                  format="text")


class PostgresStore(SqlStore):
    """Several processes on one database. `schema`: a schema other than `public` (tests
    give each store its own)."""

    def __init__(self, url: str, schema: str | None = None, pool_size: int = POOL_SIZE) -> None:
        self.url = url
        self.schema = schema
        self.pool_size = pool_size
        self._driver: PostgresDriver | None = None
        self.current_schema = schema or "public"
        self._person_slots = asyncio.Semaphore(max(1, min(PERSON_LOCKS, pool_size // 2)))

    async def __aenter__(self) -> PostgresStore:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def pool(self) -> asyncpg.Pool:
        if self._driver is None:
            raise StoreError("the store is not open")
        return self._driver.pool

    async def open(self) -> None:
        settings = {"search_path": self.schema} if self.schema else {}
        try:
            pool = await asyncpg.create_pool(self.url, min_size=1, max_size=self.pool_size,
                                             init=_init_connection, server_settings=settings,
                                             command_timeout=60)
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError,
                ValueError) as exc:
            raise StoreError(f"cannot open the database {redacted(self.url)}: {exc}") from exc
        self._driver = PostgresDriver(pool)
        try:
            await self.migrate()
            row = await self.sql.one("SELECT current_schema()")
            self.current_schema = str(row[0]) if row else "public"
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        if self._driver is not None:
            pool, self._driver = self._driver.pool, None
            with contextlib.suppress(Exception):
                await asyncio.wait_for(pool.close(), 10)

    async def migrate(self) -> list[int]:
        """Bring the schema up to date (one process at a time); the versions applied."""
        applied: list[int] = []
        async with self.sql.tx() as tx:
            await tx.one("SELECT pg_advisory_xact_lock(?, ?)", MIGRATION_LOCK)
            await tx.run("CREATE TABLE IF NOT EXISTS schema_migrations (version integer "
                         "PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            row = await tx.one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
            version = int(row[0]) if row else 0
            for number, script in enumerate(PG_MIGRATIONS[version:], start=version + 1):
                assert isinstance(tx, _Conn)
                with _mapped():
                    await tx.conn.execute(script)
                await tx.run("INSERT INTO schema_migrations (version) VALUES (?)", (number,))
                applied.append(number)
        return applied

    def events_bridge(self) -> PgBridge:
        """Live events shared with every process on this database (and schema)."""
        settings = {"search_path": self.schema} if self.schema else {}
        return PgBridge(self.url, self.pool, self.current_schema, settings)

    @contextlib.asynccontextmanager
    async def person_lock(self, key: ConversationKey) -> AsyncIterator[None]:
        """An advisory lock on the person, held on its own connection while their turns
        run; a process that dies loses its connection, and with it the lock."""
        name = f"person:{key.channel}:{key.user_id}"
        if self._driver is None:
            raise StoreError("the store is not open")
        async with self._person_slots, self._driver._conn() as c:
            await c.one("SELECT pg_advisory_lock(hashtextextended(?, 0))", (name,))
            try:
                yield
            finally:
                with contextlib.suppress(Exception):
                    await c.one("SELECT pg_advisory_unlock(hashtextextended(?, 0))", (name,))


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
