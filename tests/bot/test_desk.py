"""The officers' desk on a real SQLite store and the real dialog: claims, the workflow,
amounts, takeover (the bot stays silent), relay, hand-back and the masked alerts."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.alerts import Alerts, AlertTargets, mask_text
from bot.app import store_only
from bot.cases.errors import AmountError, PermissionDenied, TransitionError
from bot.cases.office_hours import OfficeCalendar
from bot.conversations import Conversations
from bot.desk import Actor, Conflict, Desk, NotFound
from bot.store import OutboxItem, Store
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.types import ConversationKey, Inbound
from tests.pg import store_target

PERSON = ConversationKey("line", "U-person")
STAFF_CHAT = ConversationKey("telegram", "-100777")
HOTLINE = Actor("somsri", "hotline")
OFFICER = Actor("prasert", "officer")
STORY = "ผมชื่อสมชาย ใจดี อยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"
MONDAY_10 = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)  # 10:00 Thai time
SATURDAY = dt.datetime(2026, 11, 28, 3, 0, tzinfo=dt.UTC)


@dataclass
class World:
    store: Store
    conversations: Conversations
    desk: Desk
    now: list[dt.datetime]

    async def say(self, text: str, at: dt.datetime = MONDAY_10) -> tuple[str, ...]:
        outcome = await self.conversations.handle(PERSON, Inbound.of_text(text, at),
                                                  deliver=True)
        return tuple(r.text for r in outcome.replies)

    async def pending(self) -> list[OutboxItem]:
        return await self.store.due_outbox(dt.datetime.now(dt.UTC) + dt.timedelta(days=400))

    async def to_person(self) -> list[OutboxItem]:
        return [i for i in await self.pending() if i.key == PERSON]

    async def to_staff(self) -> list[str]:
        return [r["text"] for i in await self.pending() if i.key == STAFF_CHAT
                for r in i.payload["replies"]]


@pytest.fixture
async def world(tmp_path: Path, kb_matcher: Any) -> AsyncIterator[World]:
    kb, matcher = kb_matcher
    now = [MONDAY_10]
    async with store_only(store_target(tmp_path / "desk.db")) as store:
        conversations = Conversations(store, Dialog(kb, matcher),
                                      alerts=Alerts(AlertTargets((STAFF_CHAT,))),
                                      calendar=OfficeCalendar.load(), clock=lambda: now[0])
        yield World(store, conversations, Desk(store, conversations, clock=lambda: now[0]), now)


async def screened_case(w: World) -> int:
    """A person tells their story and confirms: an eligible case."""
    await w.say("สวัสดีค่ะ")
    await w.say("ยินยอม")
    await w.say(STORY)
    for answer in ("คนเดียว", "0812345678", "สมชาย ใจดี", "ถูกต้อง"):
        replies = await w.say(answer)
        if any("เลขที่เรื่อง" in r for r in replies):
            break
    [case] = await w.store.cases(key=PERSON)
    return case.id


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


async def test_takeover_silences_the_bot_relays_and_hands_back(world: World) -> None:
    await world.say("สวัสดีค่ะ")
    await world.say("ยินยอม")
    await world.say(STORY)  # the bot now asks how many travel
    replies = await world.say("ขอคุยกับเจ้าหน้าที่")
    assert any("ส่งเรื่องให้เจ้าหน้าที่" in r for r in replies)
    [case] = await world.store.cases(key=PERSON)
    assert case.kind == "handoff" and case.status == "received"
    await world.store.add_staff("somsri", "hotline", "hash", MONDAY_10)
    await world.store.set_display_name("somsri", "คุณสมศรี")
    await world.desk.takeover(HOTLINE, case.id)
    with pytest.raises(Conflict):
        await world.desk.takeover(Actor("malee", "hotline"), case.id)
    sent_before = len(await world.to_person())
    outcome = await world.conversations.handle(PERSON, Inbound.of_text("เลขบัตร 1101700230705"),
                                               deliver=True)
    assert outcome.held and outcome.replies == ()
    assert len(await world.to_person()) == sent_before  # not a word from the bot
    relays = [t for t in await world.to_staff() if "ผู้ขอ:" in t]
    assert relays and "1101700230705" not in relays[-1] and "x-xxxx-xxxx0-70-5" in relays[-1]
    await world.desk.message(HOTLINE, case.id, "สวัสดีค่ะ เจ้าหน้าที่สมศรีค่ะ")
    staff_items = [i for i in await world.to_person() if i.origin == "staff"]
    assert [i.payload["replies"][0]["text"] for i in staff_items] == [
        "เจ้าหน้าที่ คุณสมศรี เข้ามาคุยกับคุณแล้วค่ะ พิมพ์ได้เลยค่ะ",
        "เจ้าหน้าที่ คุณสมศรี: สวัสดีค่ะ เจ้าหน้าที่สมศรีค่ะ"]  # LINE: the name in the text
    assert all("somsri" not in str(i.payload) for i in await world.to_person())
    with pytest.raises(Conflict):
        await world.desk.message(Actor("malee", "hotline"), case.id, "แทรก")
    await world.desk.handback(HOTLINE, case.id)
    last = (await world.to_person())[-1]
    texts_back = [r["text"] for r in last.payload["replies"]]
    assert last.origin == "bot" and texts_back[0] == texts.HANDED_BACK
    assert "กี่คน" in texts_back[1]  # the screening question it was waiting for
    replies = await world.say("2 คน")
    assert replies and await world.store.hold(PERSON) is None
    transcript = [m.text for m in await world.store.messages(PERSON)]
    assert "สวัสดีค่ะ เจ้าหน้าที่สมศรีค่ะ" in transcript and "2 คน" in transcript


async def test_idle_takeover_is_handed_back_with_a_message(world: World) -> None:
    from bot.sweeper import Sweeper

    await world.say("สวัสดีค่ะ")
    await world.say("ยินยอม")
    await world.say("คุยกับเจ้าหน้าที่")
    [case] = await world.store.cases(key=PERSON)
    await world.desk.takeover(HOTLINE, case.id)
    sweeper = Sweeper(world.desk, dt.timedelta(minutes=30))
    world.now[0] += dt.timedelta(minutes=29)
    await sweeper.run_once()
    assert await world.store.hold(PERSON) is not None
    world.now[0] += dt.timedelta(minutes=2)
    await sweeper.run_once()
    assert await world.store.hold(PERSON) is None
    last = (await world.to_person())[-1]
    assert last.payload["replies"][0]["text"].startswith(texts.HANDED_BACK_IDLE)


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


async def test_outside_office_hours_the_person_is_told(world: World) -> None:
    await world.say("สวัสดีค่ะ", SATURDAY)
    await world.say("ยินยอม", SATURDAY)
    replies = await world.say("คุยกับเจ้าหน้าที่", SATURDAY)
    assert any("ปิดทำการ" in r and "1300" in r for r in replies)
    weekday = await world.say("คุยกับเจ้าหน้าที่", MONDAY_10)
    assert not any("ปิดทำการ" in r for r in weekday)


async def test_claiming_again_is_harmless_and_shows_the_holder(world: World) -> None:
    case_id = await screened_case(world)
    await world.desk.claim(HOTLINE, case_id)
    again = await world.desk.claim(HOTLINE, case_id)
    assert again.claimed_by == "somsri"
    assert [e.note for e in await world.store.case_events(case_id)].count("claimed") == 1


async def test_hotline_staff_resolve_a_request_for_a_human(world: World) -> None:
    await world.say("สวัสดีค่ะ")
    await world.say("ยินยอม")
    await world.say("คุยกับเจ้าหน้าที่")
    [case] = await world.store.cases(key=PERSON)
    assert case.kind == "handoff"
    with pytest.raises(PermissionDenied):
        await world.desk.transition(HOTLINE, case.id, "closed")
    closed = await world.desk.resolve_handoff(HOTLINE, case.id, "โทรคุยแล้ว")
    assert closed.status == "closed" and closed.first_contact_at == MONDAY_10
    assert "โทรคุยแล้ว" in (await world.store.case_events(case.id))[-1].note


async def test_resolving_a_request_keeps_a_screening_case_going(world: World) -> None:
    screened = await screened_case(world)
    await world.say("คุยกับเจ้าหน้าที่")
    assert len(await world.store.cases(key=PERSON)) == 1  # linked to the open case
    kept = await world.desk.resolve_handoff(HOTLINE, screened)
    assert kept.status == "received" and kept.kind == "screening"
    assert (await world.store.case_events(screened))[-1].note == "handoff answered"


async def test_a_takeover_racing_an_erasure_leaves_no_hold(world: World) -> None:
    await world.say("สวัสดีค่ะ")
    await world.say("ยินยอม")
    await world.say("คุยกับเจ้าหน้าที่")
    await world.say("ลบข้อมูล")
    [case] = await world.store.cases(key=PERSON)
    erase = world.say("ใช่")  # the confirmation, at the same moment as the takeover
    results = await asyncio.gather(erase, world.desk.takeover(HOTLINE, case.id),
                                   return_exceptions=True)
    assert not isinstance(results[0], BaseException)
    assert isinstance(results[1], Conflict)  # the erasure went first: nobody to talk to
    assert await world.store.hold(PERSON) is None  # never a hold on an erased person
    assert (await world.desk.get(case.id)).status == "closed"


async def test_a_handoff_is_due_within_its_contact_time(world: World) -> None:
    from bot.sweeper import Sweeper

    await world.say("สวัสดีค่ะ")
    await world.say("ยินยอม")
    await world.say("คุยกับเจ้าหน้าที่")
    [case] = await world.store.cases(key=PERSON)
    assert case.due_at == MONDAY_10 + dt.timedelta(hours=1)
    sweeper = Sweeper(world.desk, dt.timedelta(minutes=30))
    world.now[0] = MONDAY_10 + dt.timedelta(hours=2)
    await sweeper.run_once()
    assert [t for t in await world.to_staff() if "เกินกำหนด" in t]


async def test_the_letter_reminder_comes_after_the_help_reminder(world: World) -> None:
    from bot.sweeper import due_reminders

    case_id = await screened_case(world)
    for status in ("reviewing", "awaiting_approval", "approved", "assisted"):
        case = await world.desk.transition(OFFICER, case_id, status)
    assert case.assisted_at is not None
    helped = dataclasses.replace(case, reminders="soon:help,late:help")
    near = case.assisted_at + dt.timedelta(days=6, hours=23)
    assert [k for k, _ in due_reminders(helped, near)] == ["soon:letter"]


async def test_an_idle_hand_back_spares_a_staff_member_who_just_wrote(world: World) -> None:
    from bot.sweeper import Sweeper

    await world.say("สวัสดีค่ะ")
    await world.say("ยินยอม")
    await world.say("คุยกับเจ้าหน้าที่")
    [case] = await world.store.cases(key=PERSON)
    await world.desk.takeover(HOTLINE, case.id)
    world.now[0] += dt.timedelta(minutes=31)
    await world.desk.message(HOTLINE, case.id, "ยังอยู่ค่ะ")  # just before the timer runs
    await Sweeper(world.desk, dt.timedelta(minutes=30)).run_once()
    assert await world.store.hold(PERSON) is not None


async def test_resolving_a_finished_request_changes_nothing(world: World) -> None:
    await world.say("สวัสดีค่ะ")
    await world.say("ยินยอม")
    await world.say("คุยกับเจ้าหน้าที่")
    [case] = await world.store.cases(key=PERSON)
    await world.desk.resolve_handoff(HOTLINE, case.id)
    await world.say("คุยกับเจ้าหน้าที่อีกครั้ง")  # a new request: a new case
    with pytest.raises(TransitionError):
        await world.desk.resolve_handoff(HOTLINE, case.id)
    assert (await world.desk.get(case.id)).status == "closed"
