"""Growing delays after wrong passwords, counted in the store (bot.store.signin), so
that every process sees the same counts: a guesser spreading tries over several
processes is slowed as much as one talking to a single process.

Each key (a client address; an account name from one address) gets `free` wrong
passwords checked at once; after that, each wrong password doubles the time before
the next try is even checked (1 s, 2 s, 4 s ... up to `cap`): `delay`, pure. A
success from the key clears it; a key without failures for FORGET is forgotten.
Guessing from one address is slowed to a crawl long before the account's hard lock
(bot.console.auth), and it never slows anyone else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.store.signin import SigninStore

FORGET = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Rule:
    free: int  # wrong passwords before any delay
    base: float  # seconds of the first delay, doubled by each further failure
    cap: float  # the longest delay, seconds


def delay(rule: Rule, failures: int) -> float:
    """Seconds before the next try is checked, after `failures` wrong passwords."""
    over = failures - rule.free  # the free-th failure already costs a wait
    return 0.0 if over < 0 else min(rule.cap, rule.base * 2 ** min(over, 40))


class Throttle:
    """The delays of one kind of key ("address", "account"), kept in the store."""

    def __init__(self, rule: Rule, store: SigninStore, kind: str) -> None:
        self.rule = rule
        self.store = store
        self.kind = kind

    async def wait(self, key: str, now: dt.datetime) -> float:
        """Seconds before `key` may try again (0: now)."""
        state = await self.store.throttle_state(self.kind, key, now - FORGET)
        return 0.0 if state is None else max(0.0, (state[1] - now).total_seconds())

    async def failed(self, key: str, now: dt.datetime) -> float:
        """Count a wrong password; the delay before the next try, in seconds."""
        _, until = await self.store.throttle_failed(
            self.kind, key, now, now - FORGET, lambda failures: delay(self.rule, failures))
        return (until - now).total_seconds()

    async def cleared(self, key: str, now: dt.datetime | None = None) -> None:
        """A success: clear `key` (and, given `now`, forget every key silent for
        FORGET)."""
        await self.store.throttle_clear(self.kind, key, now - FORGET if now else None)

    async def failures(self, key: str, now: dt.datetime) -> int:
        state = await self.store.throttle_state(self.kind, key, now - FORGET)
        return state[0] if state else 0

    async def snapshot(self, now: dt.datetime) -> list[tuple[str, int, dt.datetime, float]]:
        """(key, failures, last failure, seconds still to wait) of the remembered keys,
        the latest first."""
        return [(key, failures, last, max(0.0, (until - now).total_seconds()))
                for kind, key, failures, last, until in
                await self.store.throttle_recent(now - FORGET) if kind == self.kind]
