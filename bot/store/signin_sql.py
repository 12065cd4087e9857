"""The console's sign-in throttle and one-time sign-in links, for every SQL backend (a
mixin of the SQL store): kept in the database, so that with several processes a
guesser is slowed, an unknown name locked, and a link spent, on all of them alike.
The rule (how long a key waits after n wrong passwords) stays in pure code
(bot.console.throttle): it comes in as `delay`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.store.signin import ThrottleRow
from bot.store.sql import HasDriver, when


def _row(row: Any) -> ThrottleRow:
    return str(row[0]), str(row[1]), int(row[2]), when(row[3]), when(row[4])


class SigninMixin(HasDriver):
    # -- the throttle -------------------------------------------------------------------
    async def throttle_failed(self, kind: str, key: str, now: dt.datetime,
                              forget_before: dt.datetime,
                              delay: Callable[[int], float]) -> tuple[int, dt.datetime]:
        """Count a failure of `key` (counted afresh when its last one is older than
        `forget_before`): the failures so far and until when the key must wait."""
        async with self.sql.tx() as tx:
            await tx.run("DELETE FROM signin_throttle WHERE last < ?", (forget_before,))
            row = await tx.one(
                "INSERT INTO signin_throttle (kind, key, failures, last, until) "
                "VALUES (?, ?, 1, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET "
                "failures = signin_throttle.failures + 1, last = excluded.last "
                "RETURNING failures", (kind, key, now, now))
            assert row is not None
            failures = int(row[0])
            until = now + dt.timedelta(seconds=delay(failures))
            await tx.run("UPDATE signin_throttle SET until = ? WHERE kind = ? AND key = ?",
                         (until, kind, key))
        return failures, until

    async def throttle_state(self, kind: str, key: str,
                             forget_before: dt.datetime) -> tuple[int, dt.datetime] | None:
        """The failures of `key` and until when it waits; None when it has none since
        `forget_before`."""
        row = await self.sql.one("SELECT failures, until FROM signin_throttle WHERE kind = ? "
                                 "AND key = ? AND last >= ?", (kind, key, forget_before))
        return (int(row[0]), when(row[1])) if row else None

    async def throttle_clear(self, kind: str, key: str,
                             forget_before: dt.datetime | None = None) -> None:
        """Clear `key`, and forget every key silent since before `forget_before`."""
        async with self.sql.tx() as tx:
            await tx.run("DELETE FROM signin_throttle WHERE kind = ? AND key = ?", (kind, key))
            if forget_before is not None:
                await tx.run("DELETE FROM signin_throttle WHERE last < ?", (forget_before,))

    async def throttle_recent(self, forget_before: dt.datetime,
                              limit: int = 500) -> list[ThrottleRow]:
        """The keys with failures since `forget_before`, the latest first."""
        rows = await self.sql.all("SELECT kind, key, failures, last, until FROM "
                                  "signin_throttle WHERE last >= ? ORDER BY last DESC, kind, "
                                  "key LIMIT ?", (forget_before, limit))
        return [_row(r) for r in rows]

    # -- one-time sign-in links ---------------------------------------------------------
    async def add_signin_link(self, token_hash: str, username: str, now: dt.datetime,
                              expires_at: dt.datetime, most: int) -> bool:
        """Store a link (expired ones go); False when `most` links are already live."""
        async with self.sql.tx() as tx:
            await tx.run("DELETE FROM signin_links WHERE expires_at <= ?", (now,))
            live = await tx.one("SELECT COUNT(*) FROM signin_links")
            if live is not None and int(live[0]) >= most:
                return False
            await tx.run("INSERT INTO signin_links (token_hash, username, expires_at) "
                         "VALUES (?, ?, ?)", (token_hash, username, expires_at))
        return True

    async def take_signin_link(self, token_hash: str, now: dt.datetime) -> str | None:
        """Spend a link: its account's username, or None (spent, expired, unknown). Of
        two processes taking it at once, one gets it."""
        async with self.sql.tx() as tx:
            row = await tx.one("DELETE FROM signin_links WHERE token_hash = ? RETURNING "
                               "username, expires_at", (token_hash,))
        return str(row[0]) if row is not None and when(row[1]) > now else None
