"""Which backend: `NAMJAI_DATABASE_URL=postgresql://...` chooses PostgreSQL; without it
the embedded SQLite file (`NAMJAI_DB`, default ./data/namjai.db) serves, as before."""

from __future__ import annotations

from pathlib import Path

from bot.store.roles import Store
from bot.store.sqlite import SQLiteStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(target: str | Path | None) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


def store_for(target: str | Path) -> Store:
    """A (not yet opened) store for a PostgreSQL URL or a SQLite path."""
    if is_postgres(target):
        from bot.store.postgres import PostgresStore

        return PostgresStore(str(target))
    return SQLiteStore(target)
