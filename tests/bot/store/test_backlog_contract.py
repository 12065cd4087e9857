"""The backlog the metrics read: outbox waiting, open cases, unclaimed urgent cases."""

from __future__ import annotations

import datetime as dt

from bot.store import CaseEvent, CaseUpdate, Outgoing, Store, Turn
from dialogs.state import State
from dialogs.types import ConversationKey

from .conftest import ALICE, BOB, CASE, NOW

CAROL = ConversationKey("telegram", "carol")
LATER = NOW + dt.timedelta(minutes=7)


async def test_empty_store_has_no_backlog(store: Store) -> None:
    backlog = await store.backlog()
    assert (backlog.outbox, backlog.open_cases, backlog.unclaimed_urgent) == (0, 0, 0)
    assert backlog.outbox_since is None and backlog.unclaimed_urgent_since is None


async def test_backlog_counts_what_waits(store: Store) -> None:
    waiting = (Outgoing("a", {"n": 1}), Outgoing("b", {"n": 2}))
    urgent = await store.save_turn(Turn(ALICE, State("done"), NOW,
                                        new_case={**CASE, "ref": "NJ-B1"}, outbox=waiting))
    await store.save_turn(Turn(BOB, State("done"), LATER, new_case={**CASE, "urgent": False,
                                                             "ref": "NJ-B2"},
                               outbox=(Outgoing("c", {"n": 3}),)))
    claimed = await store.save_turn(Turn(CAROL, State("done"), NOW,
                                         new_case={**CASE, "ref": "NJ-B3"}))
    assert urgent.case_id is not None and claimed.case_id is not None
    event = CaseEvent(claimed.case_id, "somsri", "received", "received", "claim", LATER)
    assert await store.update_case(CaseUpdate(claimed.case_id, event,
                                              expect={"claimed_by": None},
                                              set={"claimed_by": "somsri",
                                                   "claimed_at": LATER})) is not None
    a, b, c = await store.due_outbox(LATER)
    assert b.retry_key == "b"
    await store.outbox_sent(a.id, LATER)
    await store.outbox_failed(c.id, "HTTP 400", LATER, None)  # given up: not waiting
    backlog = await store.backlog()
    assert backlog.outbox == 1  # b only: a was sent, c given up
    assert backlog.outbox_since is not None
    assert backlog.open_cases == 3
    assert backlog.unclaimed_urgent == 1  # Alice's: Bob's is not urgent, Carol's claimed
    assert backlog.unclaimed_urgent_since is not None
    assert backlog.unclaimed_urgent_since <= dt.datetime.now(dt.UTC)
