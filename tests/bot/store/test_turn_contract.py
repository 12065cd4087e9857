"""A turn's store work in few round trips, and still all or nothing: the state and
hold read together, writes that wait for the COMMIT, single-statement transactions."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest

from bot.store import Conflict, Hold, Message, Outgoing, SQLiteStore, Store, StoreError, Turn
from dialogs.state import State
from dialogs.types import ConversationKey

from .conftest import ALICE, BOB, NOW


async def test_load_turn_reads_state_and_hold_together(store: Store) -> None:
    assert await store.load_turn(ALICE) == (None, None)
    state = State("ask", {"slot": "phone"})
    await store.save_turn(Turn(ALICE, state, NOW))
    assert await store.load_turn(ALICE) == (state, None)
    hold = Hold(ALICE, "somsri", None, NOW, NOW)
    assert await store.set_hold(ALICE, hold, expect_staff=None) is True
    assert await store.load_turn(ALICE) == (state, hold)
    # a hold on a person the bot never answered: no state, a hold
    await store.set_hold(BOB, Hold(BOB, "malee", None, NOW, NOW), expect_staff=None)
    assert await store.load_turn(BOB) == (None, Hold(BOB, "malee", None, NOW, NOW))


async def _pending_ids(store: Store) -> list[int]:
    return [i.id for i in await store.pending_inbox()]


async def test_a_turn_failing_at_its_last_write_stores_nothing(store: Store) -> None:
    """The outbox insert comes last (on SQLite it waits for the COMMIT): when it fails,
    the state, the messages and the processed mark written before it are undone."""
    first = await store.accept("ev-1", ALICE, {"text": "a"}, NOW)
    await store.save_turn(Turn(ALICE, State("one"), NOW, outbox=(Outgoing("k-1", {}),)))
    second = await store.accept("ev-2", ALICE, {"text": "b"}, NOW)
    failing = Turn(ALICE, State("two"), NOW, (Message("in", "b", NOW),), inbox_id=second,
                   outbox=(Outgoing("k-1", {}),))  # the retry key is taken: a conflict
    with pytest.raises(Conflict):
        await store.save_turn(failing)
    assert await store.load(ALICE) == State("one")
    assert await store.messages(ALICE) == []
    assert await _pending_ids(store) == [first, second]
    # the store goes on: no transaction was left open
    await store.save_turn(Turn(ALICE, State("two"), NOW, inbox_id=second,
                               outbox=(Outgoing("k-2", {}),)))
    assert await store.load(ALICE) == State("two")
    assert await _pending_ids(store) == [first]


async def test_concurrent_turns_stay_atomic_each(store: Store) -> None:
    """Many turns at once, one of them failing: the others are stored whole."""
    await store.save_turn(Turn(ALICE, State("x"), NOW, outbox=(Outgoing("taken", {}),)))
    ids = [await store.accept(f"ev-{n}", BOB, {"n": n}, NOW) for n in range(8)]
    turns = [Turn(BOB, State(f"s{n}"), NOW, (Message("in", f"m{n}", NOW),), inbox_id=i,
                  outbox=(Outgoing("taken" if n == 3 else f"k{n}", {}),))
             for n, i in enumerate(ids)]
    results = await asyncio.gather(*(store.save_turn(t) for t in turns),
                                   return_exceptions=True)
    assert [isinstance(r, StoreError) for r in results] == [n == 3 for n in range(8)]
    assert await _pending_ids(store) == [ids[3]]
    assert sorted(m.text for m in await store.messages(BOB)) == [
        f"m{n}" for n in range(8) if n != 3]
    keys = {i.retry_key for i in await store.due_outbox(NOW)}
    assert keys == {"taken", *(f"k{n}" for n in range(8) if n != 3)}


async def test_accept_commits_before_it_returns(store: Store) -> None:
    """An accepted event is committed when accept returns (the webhook is acknowledged
    then): a turn failing right after does not take it away."""
    accepted = await store.accept("ev-a", ALICE, {"text": "a"}, NOW)
    with pytest.raises(Conflict):
        await store.save_turn(Turn(BOB, State("x"), NOW, outbox=(Outgoing("d", {}),
                                                                  Outgoing("d", {}))))
    assert await _pending_ids(store) == [accepted]


@pytest.mark.parametrize("yields", [0, 1, 2, 3])
async def test_sqlite_turn_cancelled_while_committing_is_all_or_nothing(
        yields: int) -> None:
    """Cancelled at any point of its one hop into aiosqlite's thread, a turn is stored
    whole or not at all, and no transaction stays open on the connection."""
    async with SQLiteStore(":memory:") as store:
        event = await store.accept("ev-1", ALICE, {"text": "a"}, NOW)
        turn = Turn(ALICE, State("done"), NOW, (Message("in", "a", NOW),), inbox_id=event,
                    outbox=(Outgoing("k", {}),))
        task = asyncio.create_task(store.save_turn(turn))
        for _ in range(yields):
            await asyncio.sleep(0)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await store.check_writable()  # one more write: the connection is free again
        assert not store.db.in_transaction
        stored = await store.load(ALICE) == State("done")
        assert (await _pending_ids(store) == []) is stored
        assert (len(await store.messages(ALICE)) == 1) is stored
        assert (len(await store.due_outbox(NOW)) == 1) is stored


async def test_sqlite_concurrent_turns_share_one_commit() -> None:
    """Turns that arrive while none is committing are committed together on SQLite
    (one transaction, each in a savepoint): the failing one alone is left out."""
    async with SQLiteStore(":memory:") as store:
        await store.save_turn(Turn(ALICE, State("x"), NOW, outbox=(Outgoing("taken", {}),)))
        before = store.sql.group_commits  # type: ignore[attr-defined]
        keys = [ConversationKey("line", f"u{n}") for n in range(6)]
        results = await asyncio.gather(
            *(store.save_turn(Turn(k, State("s"), NOW, (Message("in", k.user_id, NOW),),
                                   outbox=(Outgoing("taken" if n == 2 else k.user_id, {}),)))
              for n, k in enumerate(keys)), return_exceptions=True)
        assert store.sql.group_commits == before + 1  # type: ignore[attr-defined]
        assert [type(r).__name__ for r in results] == [
            "Conflict" if n == 2 else "SavedTurn" for n in range(6)]
        loaded = [await store.load(k) for k in keys]
        assert loaded == [None if n == 2 else State("s") for n in range(6)]


async def test_sqlite_outbox_marks_share_one_commit() -> None:
    """Replies marked sent at the same moment are committed together, each stored."""
    async with SQLiteStore(":memory:") as store:
        await store.save_turn(Turn(ALICE, State("x"), NOW, outbox=tuple(
            Outgoing(f"k{n}", {}, to=ConversationKey("line", f"u{n}")) for n in range(5))))
        items = await store.claim_outbox("me", NOW, dt.timedelta(seconds=10))
        before = store.sql.group_commits  # type: ignore[attr-defined]
        await asyncio.gather(*(store.outbox_sent(i.id, NOW) for i in items))
        assert store.sql.group_commits == before + 1  # type: ignore[attr-defined]
        assert len(items) == 5 and await store.due_outbox(NOW) == []
        assert (await store.backlog()).outbox == 0


async def _payloads(store: Store) -> dict[str, object]:
    rows = await store.sql.all("SELECT event_id, payload FROM inbox")  # type: ignore[attr-defined]
    return {r[0]: json.loads(r[1]) for r in rows}


async def test_a_turn_rewrites_its_own_earlier_messages_only(store: Store) -> None:
    """`rewrite` replaces earlier messages of the turn's own person (never another's),
    in the same transaction; with `forget_sent` their processed webhook events lose
    their words but stay known (a redelivery is not read again); events not yet
    processed stay whole, and so do another person's."""
    told = await store.accept("ev-told", ALICE, {"text": "ผมเพิ่งพ้นโทษ"}, NOW)
    await store.save_turn(Turn(ALICE, State("ask"), NOW, (
        Message("in", "ผมเพิ่งพ้นโทษ", NOW), Message("out", "รับทราบค่ะ", NOW),
        Message("in", "อยู่ชลบุรี", NOW)), inbox_id=told))
    bobs = await store.accept("ev-bob", BOB, {"text": "b"}, NOW)
    await store.save_turn(Turn(BOB, State("ask"), NOW, (Message("in", "ติดคุก", NOW),),
                               inbox_id=bobs))
    waiting = await store.accept("ev-next", ALICE, {"text": "c"}, NOW)
    first, reply, _ = await store.messages(ALICE)
    (bob,) = await store.messages(BOB)
    hidden = tuple(Message(m.direction, "[hidden]", m.at, {"was": 1}, m.id)
                   for m in (first, reply, bob))
    await store.save_turn(Turn(ALICE, State("ask"), NOW, rewrite=hidden, forget_sent=True))
    assert [(m.text, m.meta) for m in await store.messages(ALICE)] == [
        ("[hidden]", {"was": 1}), ("[hidden]", {"was": 1}), ("อยู่ชลบุรี", {})]
    assert [m.text for m in await store.messages(BOB)] == ["ติดคุก"]
    assert await _pending_ids(store) == [waiting]
    assert await _payloads(store) == {"ev-told": {}, "ev-bob": {"text": "b"},
                                      "ev-next": {"text": "c"}}
    assert await store.accept("ev-told", ALICE, {"text": "x"}, NOW) is None  # still known


async def test_forget_sent_takes_delivered_replies_and_leaves_those_to_send(
        store: Store) -> None:
    """The replies already delivered to the person go (they echo what was told); one
    still to be sent stays, and so do another person's and the staff chat's."""
    await store.save_turn(Turn(ALICE, State("ask"), NOW, outbox=(
        Outgoing("told", {"text": "รับทราบค่ะ: เรื่องพ้นโทษ"}), Outgoing("waiting", {}))))
    await store.save_turn(Turn(BOB, State("ask"), NOW, outbox=(Outgoing("bobs", {}),)))
    told = next(i for i in await store.due_outbox(NOW) if i.retry_key == "told")
    bobs = next(i for i in await store.due_outbox(NOW) if i.retry_key == "bobs")
    await store.outbox_sent(told.id, NOW)
    await store.outbox_sent(bobs.id, NOW)
    before = (await store.table_counts())["outbox"]
    await store.save_turn(Turn(ALICE, State("ask"), NOW, forget_sent=True))
    assert (await store.table_counts())["outbox"] == before - 1
    assert [i.retry_key for i in await store.due_outbox(NOW)] == ["waiting"]
