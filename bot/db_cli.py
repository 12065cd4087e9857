"""`python -m bot db migrate|copy`: the database's schema and moving to PostgreSQL."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TextIO

from bot.settings import database
from bot.store.factory import is_postgres


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="database tools")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    migrate = db_sub.add_parser("migrate", help="bring the schema up to date")
    migrate.add_argument("--db", default=None, help="SQLite file or postgresql:// URL "
                         "(default $NAMJAI_DATABASE_URL, else $NAMJAI_DB)")
    copy = db_sub.add_parser("copy", help="copy a SQLite database into an empty "
                             "PostgreSQL database, checking the counts")
    copy.add_argument("sqlite_path")
    copy.add_argument("postgres_url")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Exit code 0 (2: bad usage), or raises NamjaiError (exit 1)."""
    if args.db_command == "migrate":
        return asyncio.run(_migrate(args.db, stdout))
    if not is_postgres(args.postgres_url):
        print("error: the target must be a postgresql:// URL", file=sys.stderr)
        return 2
    from bot.store.copy import copy_sqlite_to_postgres

    copied = asyncio.run(copy_sqlite_to_postgres(args.sqlite_path, args.postgres_url))
    total = sum(copied.counts.values())
    detail = ", ".join(f"{t} {n}" for t, n in copied.counts.items() if n)
    print(f"ok: {total} rows copied, counts checked ({detail or 'empty'})", file=stdout)
    return 0


async def _migrate(override: str | None, stdout: TextIO) -> int:
    target = database(override)
    if is_postgres(target):
        from bot.store.postgres import PostgresStore, redacted

        async with PostgresStore(str(target)) as pg:
            row = await pg.sql.one("SELECT MAX(version) FROM schema_migrations")
        where = redacted(str(target))
    else:
        from bot.store.sqlite import SQLiteStore, schema_version

        async with SQLiteStore(target) as lite:
            row = (await schema_version(lite.db),)
        where = str(target)
    print(f"ok: {where} is at schema version {row[0] if row else 0}", file=stdout)
    return 0
