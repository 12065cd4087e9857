"""The officers' desk and a person's request for a human: takeover (the bot stays
silent), relay, hand-back (also when idle), resolving the request, office hours and
the contact time (fixtures: desk_world.py)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.cases.errors import PermissionDenied, TransitionError
from bot.desk import Actor, Conflict
from dialogs import texts
from dialogs.types import Inbound
from tests.bot.desk_world import (
    HOTLINE,
    MONDAY_10,
    PERSON,
    SATURDAY,
    STORY,
    World,
    desk_world,  # noqa: F401 (the `world` fixture)
    screened_case,
)


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


async def test_outside_office_hours_the_person_is_told(world: World) -> None:
    await world.say("สวัสดีค่ะ", SATURDAY)
    await world.say("ยินยอม", SATURDAY)
    replies = await world.say("คุยกับเจ้าหน้าที่", SATURDAY)
    assert any("ปิดทำการ" in r and "1300" in r for r in replies)
    weekday = await world.say("คุยกับเจ้าหน้าที่", MONDAY_10)
    assert not any("ปิดทำการ" in r for r in weekday)


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
