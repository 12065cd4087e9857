"""The sign-in throttle's growing delays, on a clock the test moves (the store's side,
on every backend: tests/bot/store/test_signin_contract.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from bot.console.throttle import FORGET, Rule, Throttle, delay
from bot.store import SQLiteStore

T0 = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
async def store() -> AsyncIterator[SQLiteStore]:
    async with SQLiteStore(":memory:") as s:
        yield s


def test_free_tries_then_delays_that_double_up_to_the_cap() -> None:
    rule = Rule(free=3, base=1.0, cap=60.0)
    assert [delay(rule, n) for n in range(1, 11)] == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60]


async def test_waits_per_key(store: SQLiteStore) -> None:
    throttle = Throttle(Rule(free=3, base=1.0, cap=60.0), store, "address")
    delays = [await throttle.failed("a", T0) for _ in range(10)]
    assert delays == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    assert await throttle.wait("a", T0) == 60
    assert await throttle.wait("a", T0 + dt.timedelta(seconds=59)) == 1
    assert await throttle.wait("a", T0 + dt.timedelta(seconds=60)) == 0
    assert await throttle.wait("b", T0) == 0  # another key is never slowed


async def test_a_success_clears_and_silence_forgets(store: SQLiteStore) -> None:
    throttle = Throttle(Rule(free=1, base=1.0, cap=60.0), store, "address")
    assert await throttle.failed("a", T0) == 1
    await throttle.cleared("a")
    assert await throttle.wait("a", T0) == 0
    later = T0 + FORGET + dt.timedelta(seconds=1)
    assert await throttle.failed("a", later) == 1  # counted from one again: the first
    assert [(k, n) for k, n, _, _ in await throttle.snapshot(later)] == [("a", 1)]
