"""One contract suite for every store backend."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.store import CaseEvent, CaseUpdate, Message, Outgoing, SQLiteStore, Store, Turn
from dialogs.state import State

from .conftest import ALICE, BOB, CASE, NOW


async def test_unknown_conversation_is_none(store: Store) -> None:
    assert await store.load(ALICE) is None


async def test_turn_round_trip(store: Store) -> None:
    state = State("ask", {"slot": "phone", "answers": {"name": "แดง"}})
    msgs = (Message("in", "สวัสดี", NOW), Message("out", "สวัสดีค่ะ", NOW))
    saved = await store.save_turn(Turn(ALICE, state, NOW, msgs))
    assert saved.case_id is None and saved.handoff_id is None
    assert await store.load(ALICE) == state
    got = await store.messages(ALICE)
    assert [(m.direction, m.text) for m in got] == [("in", "สวัสดี"), ("out", "สวัสดีค่ะ")]
    assert await store.load(BOB) is None


async def test_state_is_overwritten(store: Store) -> None:
    await store.save_turn(Turn(ALICE, State("a", {"x": 1}), NOW))
    await store.save_turn(Turn(ALICE, State("b", {"y": 2}), NOW))
    assert await store.load(ALICE) == State("b", {"y": 2})


async def test_case_and_handoff_created(store: Store) -> None:
    saved = await store.save_turn(Turn(ALICE, State("done"), NOW, new_case=CASE,
                                       handoff_reason="user_request"))
    assert saved.case_id is not None and saved.handoff_id is not None
    case = await store.case(saved.case_id)
    assert case is not None
    assert case.status == "received" and case.urgent is True
    assert case.data["home_province"] == "ขอนแก่น"
    assert [c.id for c in await store.cases(key=ALICE)] == [saved.case_id]
    assert await store.cases(key=BOB) == []
    assert [c.id for c in await store.cases(status="received")] == [saved.case_id]
    assert await store.cases(status="closed") == []
    counts = await store.table_counts()
    assert counts["case_events"] == 1 and counts["handoffs"] == 1


async def test_erase_removes_personal_data(store: Store) -> None:
    msgs = (Message("in", "ผมชื่อสมชาย 0812345678", NOW),)
    alert = Outgoing("alert-1", {"replies": [{"text": "สมชาย xxx-5678"}], "case_ref": "NJ-A1"},
                     to=BOB, origin="alert")
    saved = await store.save_turn(Turn(ALICE, State("done"), NOW, msgs,
                                       {**CASE, "ref": "NJ-A1"}, "user_request",
                                       outbox=(alert,)))
    assert saved.case_id is not None
    await store.update_case(CaseUpdate(saved.case_id, CaseEvent(
        saved.case_id, "somsri", "received", "received", "note: โทรหาสมชายแล้ว", NOW)))
    await store.save_turn(Turn(BOB, State("idle"), NOW, (Message("in", "hi", NOW),)))
    await store.save_turn(Turn(ALICE, State("new"), NOW, erase=True))
    assert await store.load(ALICE) is None
    assert await store.messages(ALICE) == []
    assert saved.case_id is not None
    case = await store.case(saved.case_id)
    assert case is not None
    flat = repr(case)
    for secret in ("สมชาย", "0812345678", "1101700230705", "alice"):
        assert secret not in flat
    assert case.data["erased"] is True and case.status == "closed"
    assert await store.open_cases() == []  # nobody can be contacted about it
    events = await store.case_events(saved.case_id)
    assert [e.actor for e in events] == ["bot", "somsri", "person"]
    assert "สมชาย" not in repr(events)
    assert await store.due_outbox(NOW) == []  # the alert naming the person is gone
    counts = await store.table_counts()
    assert counts["audit"] == 1 and counts["handoffs"] == 0
    assert await store.load(BOB) == State("idle")


async def test_failed_turn_writes_nothing(store: Store) -> None:
    bad_case = {"status": "received"}  # no due time: the insert fails
    with pytest.raises(KeyError):
        await store.save_turn(Turn(ALICE, State("done"), NOW,
                                   (Message("in", "x", NOW),), bad_case))
    assert await store.load(ALICE) is None
    assert await store.messages(ALICE) == []


async def test_reopen_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    async with SQLiteStore(path) as s:
        await s.save_turn(Turn(ALICE, State("ask", {"slot": "phone"}), NOW))
    async with SQLiteStore(path) as s:
        assert await s.load(ALICE) == State("ask", {"slot": "phone"})


async def test_inbox_deduplicates_and_is_processed_with_the_turn(store: Store) -> None:
    first = await store.accept("ev-1", ALICE, {"text": "สวัสดี"}, NOW)
    again = await store.accept("ev-1", ALICE, {"text": "สวัสดี"}, NOW)
    assert first is not None and again is None
    assert [i.payload for i in await store.pending_inbox()] == [{"text": "สวัสดี"}]
    await store.save_turn(Turn(ALICE, State("idle"), NOW, inbox_id=first,
                               outbox=(Outgoing("rk-1", {"replies": []}),)))
    assert await store.pending_inbox() == []
    [item] = await store.due_outbox(NOW)
    assert item.retry_key == "rk-1" and item.key == ALICE and item.attempts == 0
    assert await store.due_outbox(NOW, skip=frozenset({ALICE})) == []


async def test_outbox_retry_progress_and_give_up(store: Store) -> None:
    await store.save_turn(Turn(ALICE, State("idle"), NOW, outbox=(
        Outgoing("a", {"n": 1}), Outgoing("b", {"n": 2}))))
    a, b = await store.due_outbox(NOW)
    later = NOW + dt.timedelta(seconds=30)
    await store.outbox_failed(a.id, "HTTP 500", NOW, later)
    await store.outbox_progress(b.id, 1)
    await store.outbox_failed(b.id, "HTTP 400", NOW, None)
    assert await store.due_outbox(NOW) == []
    [again] = await store.due_outbox(later)
    assert again.id == a.id and again.attempts == 1
    await store.outbox_sent(a.id, later)
    assert await store.due_outbox(later + dt.timedelta(days=1)) == []


async def test_erase_clears_inbox_and_outbox(store: Store) -> None:
    await store.accept("ev-9", ALICE, {"text": "x"}, NOW)
    await store.save_turn(Turn(ALICE, State("idle"), NOW, outbox=(Outgoing("z", {}),)))
    await store.save_turn(Turn(ALICE, State("new"), NOW, erase=True))
    counts = await store.table_counts()
    assert counts["inbox"] == 0 and counts["outbox"] == 0


async def test_a_story_before_consent_is_forgotten_after_24_hours(store: Store) -> None:
    event = await store.accept("ev-story", ALICE, {"text": "ไม่มีค่ารถ"}, NOW)
    story = State("consent", {"pending": "ไม่มีค่ารถ", "pending_at": NOW.isoformat()})
    await store.save_turn(Turn(ALICE, story, NOW, inbox_id=event))
    await store.save_turn(Turn(BOB, State("idle", {"consent": True}), NOW))
    assert await store.forget_unconsented(NOW) == 0  # nothing strictly older
    assert await store.forget_unconsented(NOW + dt.timedelta(hours=25)) == 1
    assert await store.load(ALICE) is None
    assert await store.load(BOB) == State("idle", {"consent": True})
    rows = await store.sql.all("SELECT payload FROM inbox")  # type: ignore[attr-defined]
    assert rows == [("{}",)]  # the words gone; the id kept till pruned, for redeliveries
    assert await store.accept("ev-story", ALICE, {"text": "ไม่มีค่ารถ"}, NOW) is None


async def test_words_typed_24_hours_ago_at_the_notice_go_while_the_person_writes_on(
        store: Store) -> None:
    """gE: one who keeps writing at the consent question (the conversation never idle for
    24 hours) still has nothing typed more than 24 hours ago kept in the webhook events."""
    old = await store.accept("ev-old", ALICE, {"text": "ไม่มีค่ารถ"}, NOW)
    await store.save_turn(Turn(ALICE, State("consent", {"pending_at": NOW.isoformat()}), NOW,
                               inbox_id=old))
    later = NOW + dt.timedelta(hours=23)
    new = await store.accept("ev-new", ALICE, {"text": "ยังไม่แน่ใจ"}, later)
    await store.save_turn(Turn(ALICE, State("consent", {}), later, inbox_id=new))
    bobs = await store.accept("ev-bob", BOB, {"text": "b"}, NOW)
    await store.save_turn(Turn(BOB, State("idle", {"consent": True}), NOW, inbox_id=bobs))
    assert await store.forget_unconsented(NOW + dt.timedelta(hours=1)) == 0  # now: NOW + 25 h
    rows = await store.sql.all("SELECT event_id, payload FROM inbox")  # type: ignore[attr-defined]
    assert sorted(rows) == [("ev-bob", '{"text": "b"}'), ("ev-new", '{"text": "ยังไม่แน่ใจ"}'),
                            ("ev-old", "{}")]


async def test_prune_drops_old_delivered_items_only(store: Store) -> None:
    first = await store.accept("ev-old", ALICE, {"t": 1}, NOW)
    await store.save_turn(Turn(ALICE, State("idle"), NOW, inbox_id=first, outbox=(
        Outgoing("sent", {"n": 1}), Outgoing("failed", {"n": 2}), Outgoing("due", {"n": 3}))))
    sent, failed, _ = await store.due_outbox(NOW)
    await store.outbox_sent(sent.id, NOW)
    await store.outbox_failed(failed.id, "HTTP 400", NOW, None)
    await store.accept("ev-new", ALICE, {"t": 2}, NOW)  # not processed yet
    assert await store.prune(NOW) == 0  # nothing strictly older
    assert await store.prune(NOW + dt.timedelta(days=8)) == 3
    [left] = await store.due_outbox(NOW)
    assert left.retry_key == "due"
    assert [i.payload for i in await store.pending_inbox()] == [{"t": 2}]
