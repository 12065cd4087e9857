"""PostgreSQL for tests: the server on 127.0.0.1:5432 is shared by everyone who runs
tests on this machine, so each test run creates its own database
(`namjai_t_<pid>_<random>`), each test its own schema in it, and both are dropped at
the end. Nothing else on the server is touched.

`NAMJAI_TEST_DATABASE=postgres` runs the tests that build the app from `Settings`
on PostgreSQL too (conftest sets `NAMJAI_DATABASE_URL` for each test).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import secrets

import asyncpg

SERVER = os.environ.get("NAMJAI_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
ADMIN_DB = "postgres"


def with_path(url: str, schema: str) -> str:
    return f"{url}?search_path={schema}"


def _in_thread(sql: str, url: str = f"{SERVER}/{ADMIN_DB}") -> None:
    """Run an admin statement on its own loop (callers may be inside a running one)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, _admin(sql, url)).result()


async def _admin(sql: str, url: str) -> None:
    conn = await asyncpg.connect(url, timeout=10)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def create_database() -> str:
    """A new, uniquely named database; its URL."""
    name = f"namjai_t_{os.getpid()}_{secrets.token_hex(4)}"
    try:
        _in_thread(f'CREATE DATABASE "{name}"')
    except (OSError, asyncpg.PostgresError) as exc:
        raise RuntimeError(f"PostgreSQL at {SERVER} is needed by the tests ({exc}); "
                           "`make test` starts it") from exc
    return f"{SERVER}/{name}"


def drop_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    assert name.startswith("namjai_t_")  # never anyone else's
    _in_thread(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def create_schema(url: str) -> str:
    schema = f"t_{secrets.token_hex(6)}"
    _in_thread(f'CREATE SCHEMA "{schema}"', url)
    return schema


def drop_schema(url: str, schema: str) -> None:
    _in_thread(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE', url)


def store_target(path: os.PathLike[str] | str) -> str:
    """Where a test's store lives: its SQLite file, or this test's PostgreSQL schema
    when NAMJAI_TEST_DATABASE=postgres (conftest sets NAMJAI_DATABASE_URL)."""
    return os.environ.get("NAMJAI_DATABASE_URL") or os.fspath(path)
