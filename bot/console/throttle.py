"""Growing delays after wrong passwords (pure: the clock is given).

Each key (a client address; an account name from one address) gets `free` wrong
passwords checked at once; after that, each wrong password doubles the time before
the next try is even checked (1 s, 2 s, 4 s ... up to `cap`). A success from the
key clears it; a key without failures for FORGET is forgotten. Guessing from one
address is slowed to a crawl long before the account's hard lock (bot.console.auth),
and it never slows anyone else.
"""

from __future__ import annotations

import collections
import datetime as dt
from dataclasses import dataclass

FORGET = dt.timedelta(hours=1)
MAX_KEYS = 20_000  # keys remembered at once; the oldest go first


@dataclass(frozen=True)
class Rule:
    free: int  # wrong passwords before any delay
    base: float  # seconds of the first delay, doubled by each further failure
    cap: float  # the longest delay, seconds


@dataclass
class Record:
    failures: int
    last: dt.datetime
    until: dt.datetime  # no try is checked before this


class Throttle:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._records: collections.OrderedDict[str, Record] = collections.OrderedDict()

    def wait(self, key: str, now: dt.datetime) -> float:
        """Seconds before `key` may try again (0: now)."""
        record = self._records.get(key)
        if record is None:
            return 0.0
        if now - record.last > FORGET:
            del self._records[key]
            return 0.0
        return max(0.0, (record.until - now).total_seconds())

    def failed(self, key: str, now: dt.datetime) -> float:
        """Count a wrong password; the delay before the next try, in seconds."""
        record = self._records.pop(key, None)
        failures = (record.failures if record and now - record.last <= FORGET else 0) + 1
        over = failures - self.rule.free  # the free-th failure already costs a wait
        delay = 0.0 if over < 0 else min(self.rule.cap, self.rule.base * 2 ** min(over, 40))
        self._records[key] = Record(failures, now, now + dt.timedelta(seconds=delay))
        while len(self._records) > MAX_KEYS:
            self._records.popitem(last=False)
        return delay

    def cleared(self, key: str) -> None:
        self._records.pop(key, None)

    def failures(self, key: str) -> int:
        record = self._records.get(key)
        return record.failures if record else 0

    def snapshot(self, now: dt.datetime) -> list[tuple[str, int, dt.datetime, float]]:
        """(key, failures, last failure, seconds still to wait) of the remembered keys,
        the latest first."""
        return [(key, r.failures, r.last, max(0.0, (r.until - now).total_seconds()))
                for key, r in reversed(self._records.items()) if now - r.last <= FORGET]
