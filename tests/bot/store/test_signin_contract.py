"""The sign-in throttle's counts and the one-time sign-in links, on every backend: what
one process records, another reads (they share the store)."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.console.throttle import FORGET, Rule, Throttle, delay
from bot.store import Store
from tests.bot.store.conftest import NOW

HOUR_AGO = NOW - FORGET
RULE = Rule(free=2, base=1.0, cap=60.0)


def _rule(failures: int) -> float:
    return delay(RULE, failures)


async def test_failures_count_up_and_delays_grow(store: Store) -> None:
    got = [await store.throttle_failed("address", "10.0.0.1", NOW, HOUR_AGO, _rule)
           for _ in range(4)]
    assert [n for n, _ in got] == [1, 2, 3, 4]
    assert [(until - NOW).total_seconds() for _, until in got] == [0, 1, 2, 4]
    assert await store.throttle_state("address", "10.0.0.1", HOUR_AGO) == \
        (4, NOW + dt.timedelta(seconds=4))
    # another kind or key is not touched
    assert await store.throttle_state("account", "10.0.0.1", HOUR_AGO) is None
    assert await store.throttle_state("address", "10.0.0.2", HOUR_AGO) is None


async def test_clear_and_forget(store: Store) -> None:
    await store.throttle_failed("account", "a\n10.0.0.1", NOW, HOUR_AGO, _rule)
    await store.throttle_failed("address", "10.0.0.1", NOW, HOUR_AGO, _rule)
    await store.throttle_clear("account", "a\n10.0.0.1")
    assert await store.throttle_state("account", "a\n10.0.0.1", HOUR_AGO) is None
    assert await store.throttle_state("address", "10.0.0.1", HOUR_AGO) is not None
    later = NOW + FORGET + dt.timedelta(seconds=1)
    # silent for longer than FORGET: not seen, and counted afresh
    assert await store.throttle_state("address", "10.0.0.1", later - FORGET) is None
    failures, _ = await store.throttle_failed("address", "10.0.0.1", later, later - FORGET,
                                              _rule)
    assert failures == 1
    # a success forgets the keys silent for FORGET (their addresses are personal data)
    await store.throttle_failed("address", "10.0.0.2", NOW, HOUR_AGO, _rule)
    await store.throttle_clear("account", "b\n10.0.0.3", later - FORGET)
    assert [key for _, key, _, _, _ in await store.throttle_recent(NOW - FORGET)] == \
        ["10.0.0.1"]


async def test_recent_lists_the_latest_first(store: Store) -> None:
    await store.throttle_failed("address", "10.0.0.1", NOW, HOUR_AGO, _rule)
    second = NOW + dt.timedelta(seconds=5)
    await store.throttle_failed("account", "a\n10.0.0.2", second, second - FORGET, _rule)
    rows = await store.throttle_recent(HOUR_AGO)
    assert [(kind, key, n) for kind, key, n, _, _ in rows] == \
        [("account", "a\n10.0.0.2", 1), ("address", "10.0.0.1", 1)]
    assert rows[0][3] == second and rows[1][4] == NOW


async def test_parallel_failures_are_all_counted(store: Store) -> None:
    await asyncio.gather(*(store.throttle_failed("address", "10.0.0.9", NOW, HOUR_AGO, _rule)
                           for _ in range(10)))
    assert await store.throttle_state("address", "10.0.0.9", HOUR_AGO) == \
        (10, NOW + dt.timedelta(seconds=60))


async def test_a_throttle_on_the_store(store: Store) -> None:
    one, other = Throttle(RULE, store, "address"), Throttle(RULE, store, "address")
    assert [await one.failed("k", NOW) for _ in range(3)] == [0, 1, 2]
    assert await other.wait("k", NOW) == 2  # "another process" sees the same wait
    assert await other.failures("k", NOW) == 3
    assert [(k, n, w) for k, n, _, w in await other.snapshot(NOW)] == [("k", 3, 2.0)]
    await other.cleared("k")
    assert await one.wait("k", NOW) == 0


async def test_a_sign_in_link_is_spent_once(store: Store) -> None:
    expires = NOW + dt.timedelta(minutes=30)
    assert await store.add_signin_link("h1", "somchai", NOW, expires, 10)
    takes = await asyncio.gather(*(store.take_signin_link("h1", NOW) for _ in range(5)))
    assert takes.count("somchai") == 1 and takes.count(None) == 4
    assert await store.take_signin_link("unknown", NOW) is None


async def test_an_expired_link_is_refused_and_the_live_ones_are_capped(store: Store) -> None:
    soon = NOW + dt.timedelta(minutes=1)
    assert await store.add_signin_link("h1", "somchai", NOW, soon, 2)
    assert await store.take_signin_link("h1", soon) is None  # expired
    assert await store.add_signin_link("h2", "somchai", NOW, soon, 2)
    assert await store.add_signin_link("h3", "malee", NOW, soon, 2)
    assert not await store.add_signin_link("h4", "malee", NOW, soon, 2)  # 2 live already
    # once those expire, there is room again
    assert await store.add_signin_link("h4", "malee", soon, soon + dt.timedelta(minutes=1), 2)
    assert await store.take_signin_link("h4", soon) == "malee"
