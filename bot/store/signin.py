"""The store role of the console's sign-in defences (the throttle's counts and the
one-time sign-in links): shared by every process on one database. SQL: bot.store.
signin_sql."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

ThrottleRow = tuple[str, str, int, dt.datetime, dt.datetime]  # kind, key, failures, last, until


class SigninStore(Protocol):
    async def throttle_failed(self, kind: str, key: str, now: dt.datetime,
                              forget_before: dt.datetime,
                              delay: Callable[[int], float]) -> tuple[int, dt.datetime]:
        """Count a failure of `key` (afresh when its last one is older than
        `forget_before`): the failures so far, and until when the key waits
        (`now + delay(failures)` seconds)."""

    async def throttle_state(self, kind: str, key: str,
                             forget_before: dt.datetime) -> tuple[int, dt.datetime] | None:
        """The failures of `key` and until when it waits; None: none since
        `forget_before`."""

    async def throttle_clear(self, kind: str, key: str,
                             forget_before: dt.datetime | None = None) -> None:
        """Clear `key`, and forget every key silent since before `forget_before`
        (addresses are personal data: kept no longer than the throttle needs)."""

    async def throttle_recent(self, forget_before: dt.datetime,
                              limit: int = 500) -> list[ThrottleRow]:
        """The keys with failures since `forget_before`, the latest first."""

    async def add_signin_link(self, token_hash: str, username: str, now: dt.datetime,
                              expires_at: dt.datetime, most: int) -> bool:
        """Store a one-time link (expired ones go); False when `most` are live."""

    async def take_signin_link(self, token_hash: str, now: dt.datetime) -> str | None:
        """Spend a link: its username, or None (spent, expired, unknown); of two
        processes taking it at once, one gets it."""
