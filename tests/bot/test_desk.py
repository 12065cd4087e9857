"""The officers' desk on a real SQLite store and the real dialog: the masked alerts,
claims, the workflow and amounts, reminders of a case (fixtures: desk_world.py)."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt

import pytest

from bot.alerts import Alerts, AlertTargets, mask_text
from bot.cases.errors import AmountError, PermissionDenied, TransitionError
from bot.desk import Actor, Conflict, NotFound
from tests.bot.desk_world import (
    HOTLINE,
    MONDAY_10,
    OFFICER,
    STAFF_CHAT,
    World,
    desk_world,  # noqa: F401 (the `world` fixture)
    screened_case,
)


async def test_a_new_case_alerts_the_staff_chat_with_masked_data(world: World) -> None:
    case_id = await screened_case(world)
    case = await world.desk.get(case_id)
    [alert] = await world.to_staff()
    assert case.ref in alert and "[ด่วน]" in alert and "ชลบุรี" in alert
    assert "สมชาย" in alert and "ใจดี" not in alert  # first name only
    assert "5678" in alert and "0812345678" not in alert and "081" not in alert
    [item] = [i for i in await world.pending() if i.key == STAFF_CHAT]
    assert item.origin == "alert"
    assert item.payload["replies"][0]["choices"] == [["รับเรื่อง", f"desk:claim:{case.ref}"]]


def test_alert_text_hides_ids_health_and_history() -> None:
    case = {"ref": "NJ-ABC", "name": "แดง", "phone": "021234567", "national_id": "1101700230705",
            "special_needs": ["sick", "disabled"], "answers": {"needs": ["hiv", "probation"]},
            "referrals": [{"id": "hiv_aid"}], "channel": "line", "travellers": 2,
            "due_at": MONDAY_10.isoformat(), "urgent": False}
    [item] = Alerts(AlertTargets((STAFF_CHAT,))).new_case(case)
    text = item.payload["replies"][0]["text"]
    for secret in ("1101700230705", "0705", "ป่วย", "พิการ", "hiv", "HIV", "เอดส์", "คุมประพฤติ",
                   "พ้นโทษ", "021234567"):
        assert secret not in text, secret
    assert "4567" in text and "ดูแลพิเศษ" in text
    assert mask_text("เลขบัตร 1-1017-00230-70-5 ค่ะ") == "เลขบัตร x-xxxx-xxxx0-70-5 ค่ะ"


async def test_twenty_concurrent_claims_have_one_winner(world: World) -> None:
    case_id = await screened_case(world)
    actors = [Actor(f"staff{n}", "hotline") for n in range(20)]
    results = await asyncio.gather(*(world.desk.claim(a, case_id) for a in actors),
                                   return_exceptions=True)
    winners = [r for r in results if not isinstance(r, BaseException)]
    losers = [r for r in results if isinstance(r, Conflict)]
    assert len(winners) == 1 and len(losers) == 19
    holder = winners[0].claimed_by
    assert all(holder in str(e) for e in losers)
    claims = [e for e in await world.store.case_events(case_id) if e.note == "claimed"]
    assert [e.actor for e in claims] == [holder]


async def test_release_and_reassign(world: World) -> None:
    case_id = await screened_case(world)
    await world.store.add_staff("malee", "hotline", "x", MONDAY_10)
    await world.desk.claim(HOTLINE, case_id)
    with pytest.raises(PermissionDenied):
        await world.desk.release(Actor("malee", "hotline"), case_id)
    moved = await world.desk.reassign(OFFICER, case_id, "malee")
    assert moved.claimed_by == "malee"
    released = await world.desk.release(Actor("malee", "hotline"), case_id)
    assert released.claimed_by is None
    with pytest.raises(NotFound):
        await world.desk.claim(HOTLINE, 999)


async def test_workflow_roles_transitions_and_amounts(world: World) -> None:
    case_id = await screened_case(world)
    with pytest.raises(PermissionDenied):
        await world.desk.transition(HOTLINE, case_id, "reviewing")
    with pytest.raises(TransitionError):
        await world.desk.transition(OFFICER, case_id, "approved")
    with pytest.raises(AmountError) as over:
        await world.desk.set_amounts(OFFICER, case_id, {"food_days": 2, "food": 300})
    assert over.value.item == "food" and over.value.limit == 200
    case = await world.desk.set_amounts(OFFICER, case_id, {"food_days": 2, "food": 200,
                                                           "fare": 450})
    assert case.data["amounts"]["fare"] == 450
    for status in ("reviewing", "awaiting_approval", "approved", "assisted", "reported",
                   "followed_up"):
        world.now[0] += dt.timedelta(hours=1)
        case = await world.desk.transition(OFFICER, case_id, status, f"to {status}")
    assert case.status == "followed_up"
    assert case.assisted_at == MONDAY_10 + dt.timedelta(hours=4)
    assert case.first_contact_at == MONDAY_10 + dt.timedelta(hours=1)
    events = await world.store.case_events(case_id)
    assert [e.to_status for e in events][-6:] == ["reviewing", "awaiting_approval", "approved",
                                                  "assisted", "reported", "followed_up"]
    assert all(e.actor == "prasert" for e in events[-6:])


async def test_reminders_once_for_an_unclaimed_urgent_case(world: World) -> None:
    from bot.sweeper import Sweeper

    case_id = await screened_case(world)
    sweeper = Sweeper(world.desk, dt.timedelta(minutes=30))
    case = await world.desk.get(case_id)
    world.now[0] = case.created_at + dt.timedelta(minutes=14)
    await sweeper.run_once()
    assert not [t for t in await world.to_staff() if t.startswith("⏰")]
    world.now[0] = case.created_at + dt.timedelta(minutes=16)
    await sweeper.run_once()
    await sweeper.run_once()
    reminders = [t for t in await world.to_staff() if t.startswith("⏰")]
    assert len(reminders) == 1 and "15 นาที" in reminders[0]


async def test_claiming_again_is_harmless_and_shows_the_holder(world: World) -> None:
    case_id = await screened_case(world)
    await world.desk.claim(HOTLINE, case_id)
    again = await world.desk.claim(HOTLINE, case_id)
    assert again.claimed_by == "somsri"
    assert [e.note for e in await world.store.case_events(case_id)].count("claimed") == 1


async def test_the_letter_reminder_comes_after_the_help_reminder(world: World) -> None:
    from bot.sweeper import due_reminders

    case_id = await screened_case(world)
    for status in ("reviewing", "awaiting_approval", "approved", "assisted"):
        case = await world.desk.transition(OFFICER, case_id, status)
    assert case.assisted_at is not None
    helped = dataclasses.replace(case, reminders="soon:help,late:help")
    near = case.assisted_at + dt.timedelta(days=6, hours=23)
    assert [k for k, _ in due_reminders(helped, near)] == ["soon:letter"]
