"""Outbox claims with leases, and named leases: the contract every backend keeps so
that several senders (processes) share one outbox without sending an item twice or
out of a person's order."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.store import Hold, Outgoing, SQLiteStore, Store, Turn
from bot.store.postgres import PostgresStore
from dialogs.state import State

from .conftest import ALICE, BOB, NOW

LEASE = dt.timedelta(seconds=10)


async def _queue(store: Store, *keys: str) -> None:
    await store.save_turn(Turn(ALICE, State("idle"), NOW,
                               outbox=tuple(Outgoing(k, {"k": k}) for k in keys)))


async def test_a_claim_is_exclusive_until_its_lease_ends(store: Store) -> None:
    await _queue(store, "a1", "a2")
    mine = await store.claim_outbox("p1", NOW, LEASE)
    assert [i.retry_key for i in mine] == ["a1", "a2"]
    assert await store.claim_outbox("p2", NOW, LEASE) == []
    assert await store.due_outbox(NOW) != []  # still due: only claimed
    later = NOW + LEASE + dt.timedelta(seconds=1)  # p1 died: its lease ran out
    assert [i.retry_key for i in await store.claim_outbox("p2", later, LEASE)] == ["a1", "a2"]


async def test_renewed_claims_stay_and_released_ones_go(store: Store) -> None:
    await _queue(store, "a1", "a2")
    first, second = await store.claim_outbox("p1", NOW, LEASE)
    assert await store.renew_claims("p1", NOW + 3 * LEASE) == 2
    assert await store.claim_outbox("p2", NOW + 2 * LEASE, LEASE) == []
    await store.outbox_sent(first.id, NOW)
    await store.release_claims("p1", [second.id])
    [again] = await store.claim_outbox("p2", NOW, LEASE)
    assert again.id == second.id


async def test_a_person_s_later_item_waits_for_the_earlier_one(store: Store) -> None:
    await _queue(store, "a1", "a2")
    await store.save_turn(Turn(BOB, State("idle"), NOW, outbox=(Outgoing("b1", {}),)))
    a1, _, _ = await store.claim_outbox("p1", NOW, LEASE)
    await store.outbox_failed(a1.id, "HTTP 500", NOW, NOW + dt.timedelta(seconds=30))
    await store.release_claims("p1", [i.id for i in await store.due_outbox(NOW)])
    # a1 waits for its retry: a2 is held back, Bob's item is not
    [b1] = await store.claim_outbox("p2", NOW, LEASE)
    assert b1.retry_key == "b1"
    await store.outbox_sent(b1.id, NOW)
    retry = NOW + dt.timedelta(seconds=31)
    assert [i.retry_key for i in await store.claim_outbox("p2", retry, LEASE)] == ["a1", "a2"]


async def test_a_held_conversation_s_bot_items_are_not_claimed_and_marked_not_sent(
        store: Store) -> None:
    await store.save_turn(Turn(ALICE, State("idle"), NOW, outbox=(
        Outgoing("a1", {}), Outgoing("a2", {}, to=ALICE, origin="staff"))))
    await store.save_turn(Turn(BOB, State("idle"), NOW, outbox=(Outgoing("b1", {}),)))
    assert await store.set_hold(ALICE, Hold(ALICE, "somsri", None, NOW, NOW), None)
    claimed = await store.claim_outbox("p1", NOW, LEASE)
    # the staff member's own item and Bob's go out; the bot's item to Alice does not
    assert [i.retry_key for i in claimed] == ["a2", "b1"]
    assert isinstance(store, SQLiteStore | PostgresStore)
    row = await store.sql.one("SELECT last_error, failed_at IS NOT NULL, lease_until, "
                              "attempts FROM outbox WHERE retry_key = 'a1'")
    assert row is not None and tuple(row) == ("held by staff: not sent", True, None, 1)
    assert [i.retry_key for i in await store.due_outbox(NOW)] == ["a2", "b1"]
    # handed back: nothing the bot queued before is sent late
    assert await store.set_hold(ALICE, None, "somsri")
    for item in claimed:
        await store.outbox_sent(item.id, NOW)
    assert await store.claim_outbox("p1", NOW, LEASE) == []


async def test_one_leader_at_a_time_and_takeover_after_the_lease(store: Store) -> None:
    ttl = dt.timedelta(seconds=30)
    assert await store.acquire_lease("timers", "p1", NOW, ttl)
    assert not await store.acquire_lease("timers", "p2", NOW + dt.timedelta(seconds=10), ttl)
    assert await store.acquire_lease("timers", "p1", NOW + dt.timedelta(seconds=20), ttl)
    assert not await store.acquire_lease("timers", "p2", NOW + dt.timedelta(seconds=45), ttl)
    assert await store.acquire_lease("timers", "p2", NOW + dt.timedelta(seconds=51), ttl)
    await store.release_lease("timers", "p1")  # not the holder: nothing happens
    assert not await store.acquire_lease("timers", "p1", NOW + dt.timedelta(seconds=52), ttl)
    await store.release_lease("timers", "p2")
    assert await store.acquire_lease("timers", "p1", NOW + dt.timedelta(seconds=53), ttl)


async def test_twenty_concurrent_claims_through_two_pools_have_one_winner(
        pg_url: str) -> None:
    """Two stores with their own connection pools, as two processes have: 20 claims
    at once (10 through each) for one item; exactly one gets it."""
    async with PostgresStore(pg_url, pool_size=10) as one, \
            PostgresStore(pg_url, pool_size=10) as two:
        await _queue(one, "only")
        now = dt.datetime.now(dt.UTC)
        claims = [(one if n % 2 else two).claim_outbox(f"p{n}", now, LEASE)
                  for n in range(20)]
        results = await asyncio.gather(*claims)
        winners = [n for n, got in enumerate(results) if got]
        assert len(winners) == 1 and [i.retry_key for i in results[winners[0]]] == ["only"]
