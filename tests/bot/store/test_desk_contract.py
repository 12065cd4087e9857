"""Contract of the officers' desk primitives: case compare-and-set, holds, staff, sessions."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools

import pytest

from bot.store import CaseEvent, CaseUpdate, Hold, Message, Outgoing, Store, Turn
from dialogs.state import State

from .conftest import ALICE, BOB, CASE, NOW

LATER = NOW + dt.timedelta(minutes=5)
_refs = itertools.count(1)


async def new_case(store: Store, urgent: bool = True, due: str = CASE["due_at"],
                   key: object = ALICE) -> int:
    case = {**CASE, "urgent": urgent, "due_at": due, "ref": f"NJ-T{next(_refs)}"}
    saved = await store.save_turn(Turn(key, State("done"), NOW, new_case=case))  # type: ignore[arg-type]
    assert saved.case_id is not None
    return saved.case_id


def claim(case_id: int, who: str) -> CaseUpdate:
    return CaseUpdate(case_id, CaseEvent(case_id, who, "received", "received", "claim", LATER),
                      expect={"claimed_by": None}, set={"claimed_by": who, "claimed_at": LATER})


async def test_compare_and_set_writes_the_change_and_its_event(store: Store) -> None:
    case_id = await new_case(store)
    case = await store.update_case(claim(case_id, "somsri"))
    assert case is not None and case.claimed_by == "somsri" and case.claimed_at == LATER
    assert await store.update_case(claim(case_id, "malee")) is None
    again = await store.case(case_id)
    assert again is not None and again.claimed_by == "somsri"
    events = await store.case_events(case_id)
    assert [(e.actor, e.note) for e in events] == [("bot", "created by the screening dialog"),
                                                   ("somsri", "claim")]


async def test_transition_sets_status_and_merges_data(store: Store) -> None:
    case_id = await new_case(store)
    move = CaseUpdate(case_id, CaseEvent(case_id, "off1", "received", "reviewing", "", LATER),
                      expect={"status": "received"}, set={"status": "reviewing"},
                      data={"amounts": {"fare": 300}})
    case = await store.update_case(move)
    assert case is not None and case.status == "reviewing"
    assert case.data["amounts"] == {"fare": 300} and case.data["home_province"] == "ขอนแก่น"
    assert await store.update_case(move) is None  # no longer "received"
    assert [c.id for c in await store.cases(status="reviewing")] == [case_id]


async def test_unknown_case_and_unknown_column_are_errors(store: Store) -> None:
    with pytest.raises(KeyError):
        await store.update_case(claim(999, "somsri"))
    case_id = await new_case(store)
    with pytest.raises(ValueError):
        await store.update_case(CaseUpdate(case_id, CaseEvent(case_id, "x", None, "received",
                                                              "", NOW), set={"data": "{}"}))
    assert len(await store.case_events(case_id)) == 1


async def test_concurrent_claims_have_one_winner(store: Store) -> None:
    case_id = await new_case(store)
    results = await asyncio.gather(*(store.update_case(claim(case_id, f"staff{n}"))
                                     for n in range(20)))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    assert len(await store.case_events(case_id)) == 2


async def test_queue_is_urgent_first_then_due_time(store: Store) -> None:
    late = await new_case(store, urgent=False, due="2026-12-08T03:00:00+00:00")
    soon = await new_case(store, urgent=False, due="2026-11-25T03:00:00+00:00")
    urgent = await new_case(store, urgent=True, due="2026-11-30T03:00:00+00:00")
    done = await new_case(store, urgent=True, due="2026-11-24T03:00:00+00:00")
    await store.update_case(CaseUpdate(done, CaseEvent(done, "o", "received", "rejected", "",
                                                       LATER), set={"status": "rejected"}))
    assert [c.id for c in await store.open_cases()] == [urgent, soon, late]
    await store.update_case(claim(soon, "somsri"))
    assert [c.id for c in await store.open_cases(unclaimed=True)] == [urgent, late]
    assert [c.id for c in await store.open_cases(limit=1)] == [urgent]


async def test_handoff_links_to_the_open_case(store: Store) -> None:
    case_id = await new_case(store)
    await store.save_turn(Turn(ALICE, State("idle"), LATER, handoff_reason="user_request"))
    await store.save_turn(Turn(BOB, State("idle"), LATER, handoff_reason="user_request"))
    assert (await store.table_counts())["handoffs"] == 2
    assert await store.resolve_handoffs(case_id, LATER) == 1  # Alice's, linked to her case
    assert await store.resolve_handoffs(case_id, LATER) == 0  # already resolved


async def test_holds_are_compare_and_set(store: Store) -> None:
    case_id = await new_case(store)
    hold = Hold(ALICE, "somsri", None, NOW, NOW)
    assert await store.set_hold(ALICE, hold, expect_staff=None) is True
    assert await store.set_hold(ALICE, Hold(ALICE, "malee", None, NOW, NOW), None) is False
    assert await store.hold(ALICE) == hold
    touched = Hold(ALICE, "somsri", case_id, NOW, LATER)
    assert await store.set_hold(ALICE, touched, expect_staff="malee") is False
    assert await store.set_hold(ALICE, touched, expect_staff="somsri") is True
    assert [h.last_activity for h in await store.holds()] == [LATER]
    assert await store.set_hold(ALICE, None, expect_staff="malee") is False
    assert await store.set_hold(ALICE, None, expect_staff="somsri") is True
    assert await store.hold(ALICE) is None and await store.hold(BOB) is None


async def test_erase_ends_a_hold(store: Store) -> None:
    await store.set_hold(ALICE, Hold(ALICE, "somsri", None, NOW, NOW), None)
    await store.save_turn(Turn(ALICE, State("new"), NOW, erase=True))
    assert await store.hold(ALICE) is None


async def test_write_adds_messages_and_outbox_for_other_conversations(store: Store) -> None:
    accepted = await store.accept("ev-x", ALICE, {"t": 1}, NOW)
    staff_chat = BOB
    await store.write(ALICE, NOW, (Message("out", "จากเจ้าหน้าที่", NOW, {"staff": "s"}),),
                      (Outgoing("k1", {"replies": []}, origin="staff"),
                       Outgoing("k2", {"replies": []}, to=staff_chat, origin="alert")),
                      inbox_id=accepted)
    assert [m.text for m in await store.messages(ALICE)] == ["จากเจ้าหน้าที่"]
    items = await store.due_outbox(NOW)
    assert [(i.key, i.origin) for i in items] == [(ALICE, "staff"), (staff_chat, "alert")]
    assert await store.pending_inbox() == []


async def test_staff_accounts_logins_and_sessions(store: Store) -> None:
    account = await store.add_staff("somsri", "hotline", "hash", NOW)
    with pytest.raises(KeyError):
        await store.add_staff("somsri", "officer", "hash2", NOW)
    await store.login_attempt(account.id, False, None)
    await store.login_attempt(account.id, False, LATER)
    locked = await store.staff("somsri")
    assert locked is not None and locked.failed_logins == 2 and locked.locked_until == LATER
    await store.login_attempt(account.id, True, None)
    reset = await store.staff("somsri")
    assert reset is not None and reset.failed_logins == 0 and reset.locked_until is None
    await store.add_session("tok", account.id, "csrf1", NOW, LATER)
    found = await store.session("tok", NOW)
    assert found is not None and found[0].username == "somsri" and found[1] == "csrf1"
    assert await store.session("tok", LATER) is None  # expired
    assert await store.session("other", NOW) is None
    await store.end_session("tok")
    assert await store.session("tok", NOW) is None
    assert [a.username for a in await store.staff_list()] == ["somsri"]
    await store.login_attempt(account.id, False, LATER)
    await store.login_attempt(account.id, False, None)  # a failure never clears a lock
    still = await store.staff("somsri")
    assert still is not None and still.locked_until == LATER
    assert await store.staff_set_role("somsri", "officer") is True
    assert await store.staff_set_role("nobody", "officer") is False
    assert (await store.staff("somsri")).role == "officer"  # type: ignore[union-attr]
    await store.add_session("t1", account.id, "c", NOW, LATER)
    await store.add_session("t2", account.id, "c", NOW, LATER)
    assert await store.staff_end_sessions("somsri") == 2
    assert await store.session("t1", NOW) is None
    await store.add_session("t3", account.id, "c", NOW, LATER)
    assert await store.staff_remove("somsri") is True and await store.staff_remove("x") is False
    assert await store.staff("somsri") is None and await store.session("t3", NOW) is None


async def test_threads_and_audit(store: Store) -> None:
    case_id = await new_case(store)
    case = await store.case(case_id)
    assert case is not None and await store.case_by_ref(case.ref) == case
    assert await store.case_by_ref("NJ-NONE") is None
    assert await store.thread(case.ref, "telegram") is None
    await store.set_thread(case.ref, "telegram", "42")
    assert await store.thread(case.ref, "telegram") == "42"
    await store.audit("view_case", "somsri", {"case_id": case_id}, NOW)
    [entry] = await store.audit_log()
    assert entry["action"] == "view_case" and entry["actor"] == "somsri"


async def test_finished_cases_are_retired_after_the_retention_time(store: Store) -> None:
    case_id = await new_case(store)
    await store.save_turn(Turn(ALICE, State("done"), NOW, (Message("in", "ผมชื่อสมชาย", NOW),)))
    assert await store.retire(NOW + dt.timedelta(days=400)) == 0  # still open
    await store.update_case(CaseUpdate(case_id, CaseEvent(case_id, "o", "received", "closed",
                                                          "note: สมชายได้รับความช่วยเหลือ", LATER),
                                       set={"status": "closed"}))
    assert await store.retire(LATER) == 0  # closed, but not long enough ago
    assert await store.retire(LATER + dt.timedelta(days=366)) == 1
    case = await store.case(case_id)
    assert case is not None and case.data["erased"] is True and case.key.user_id == ""
    assert "สมชาย" not in repr(case) + repr(await store.case_events(case_id))
    assert await store.messages(ALICE) == []
    assert await store.retire(LATER + dt.timedelta(days=366)) == 0  # once
