"""The LINE staff group: masked alerts with a Claim quick reply, Claim taps, and a
takeover relayed both ways, through the real app and line-bot-sdk against the fake."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot import people
from bot.app import RUNTIME
from bot.desk import Actor
from dialogs import texts
from tests.bot.channels.line_bodies import in_group, postback_event, text_event
from tests.bot.channels.line_fake import (
    USER,
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    settings,
)
from tests.bot.channels.line_live import Live
from tests.bot.serving import serving

STAFF_GROUP = "C4f6e1c2b9a8d7e6f5a4b3c2d1e0f9a8b"
STAFF_MEMBER = "U9999e1c2b9a8d7e6f5a4b3c2d1e0f9a8"


@pytest.fixture
async def live(tmp_path: Path, fake: FakeLine, kb_matcher: Any) -> AsyncIterator[Live]:
    config = dataclasses.replace(settings(tmp_path, fake.url), line_staff_group_id=STAFF_GROUP,
                                 public_url="https://namjai.example.org")
    async with serving(config, kb_matcher) as (app, url), aiohttp.ClientSession() as http:
        yield Live(url, http, app, fake)


async def ask_for_a_person(live: Live) -> int:
    await live.send(text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER)))
    await live.fake.wait_delivered(2, USER)
    await live.send(postback_event(USER, "consent:yes", live.fake.issue_token(USER)))
    await live.fake.wait_delivered(3, USER)
    await live.send(text_event(USER, "ขอคุยกับเจ้าหน้าที่", live.fake.issue_token(USER)))
    await live.fake.wait_delivered(1, STAFF_GROUP)
    [case] = await live.app[RUNTIME].store.cases()
    return case.id


async def test_alert_is_pushed_to_the_staff_group_with_a_claim_quick_reply(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    case = await live.app[RUNTIME].desk.get(case_id)
    [alert] = live.fake.delivered(STAFF_GROUP)
    assert case.ref in alert["text"] and "ขอคุยกับเจ้าหน้าที่" in alert["text"]
    assert f"https://namjai.example.org/console/cases/{case.ref}" in alert["text"]
    [item] = alert["quickReply"]["items"]
    assert item["action"]["data"] == f"desk:claim:{case.ref}"
    [push] = [c for c in live.fake.of("push") if c.body["to"] == STAFF_GROUP]
    assert push.retry_key is not None


async def link_in_group(live: Live, username: str, member: str) -> None:
    """The member types a one-time code from the console in the staff group."""
    rt = live.app[RUNTIME]
    await rt.store.add_staff(username, "hotline", "hash", dt.datetime.now(dt.UTC))
    code, _ = await rt.room.issue_code(Actor(username, "hotline"))
    token = live.fake.issue_token(STAFF_GROUP)
    answered = len(live.fake.delivered(STAFF_GROUP))
    await live.send(in_group(text_event(member, code.lower(), token), STAFF_GROUP))
    await live.fake.wait_delivered(answered + 1, STAFF_GROUP)
    assert "เชื่อมบัญชี LINE" in live.fake.texts(STAFF_GROUP)[-1]


async def test_claim_tapped_in_the_staff_group(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    ref = (await live.app[RUNTIME].desk.get(case_id)).ref
    token = live.fake.issue_token(STAFF_GROUP)
    await live.send(in_group(postback_event(STAFF_MEMBER, f"desk:claim:{ref}", token),
                             STAFF_GROUP))
    await live.fake.wait_delivered(2, STAFF_GROUP)
    assert "เชื่อม" in live.fake.texts(STAFF_GROUP)[-1]  # not linked: told how
    assert (await live.app[RUNTIME].desk.get(case_id)).claimed_by is None
    await link_in_group(live, "somsri", STAFF_MEMBER)
    token = live.fake.issue_token(STAFF_GROUP)
    await live.send(in_group(postback_event(STAFF_MEMBER, f"desk:claim:{ref}", token),
                             STAFF_GROUP))
    await live.fake.wait_delivered(4, STAFF_GROUP)
    assert "รับเรื่อง" in live.fake.texts(STAFF_GROUP)[-1]
    assert (await live.app[RUNTIME].desk.get(case_id)).claimed_by == "somsri"


async def test_a_linked_member_replies_to_the_alert_and_reaches_the_person(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    [alert] = [d for d in live.fake.deliveries if d.to == STAFF_GROUP]
    await link_in_group(live, "somsri", STAFF_MEMBER)
    await live.app[RUNTIME].store.set_display_name("somsri", "คุณสมศรี")
    before = len(live.fake.delivered(USER))
    stranger = "U7777e1c2b9a8d7e6f5a4b3c2d1e0f9a8"
    await live.send(in_group(text_event(stranger, "ฉันตอบเองค่ะ", live.fake.issue_token(
        STAFF_GROUP), quoted=alert.ids[0]), STAFF_GROUP))
    await live.fake.wait_for(lambda: "ยังไม่ได้เชื่อม" in live.fake.texts(STAFF_GROUP)[-1], 10,
                             "how to link")
    await live.send(in_group(text_event(STAFF_MEMBER, "ไม่ได้ตอบกลับข้อความใด"), STAFF_GROUP))
    await live.send(in_group(text_event(STAFF_MEMBER, "สวัสดีค่ะ เจ้าหน้าที่รับเรื่องแล้วนะคะ",
                                        quoted=alert.ids[0]), STAFF_GROUP))
    said = "เจ้าหน้าที่ คุณสมศรี: สวัสดีค่ะ เจ้าหน้าที่รับเรื่องแล้วนะคะ"
    await live.fake.wait_for(lambda: said in live.fake.texts(USER), 10, "the reply")
    assert live.fake.texts(USER)[before:] == [
        "เจ้าหน้าที่ คุณสมศรี เข้ามาคุยกับคุณแล้วค่ะ พิมพ์ได้เลยค่ะ", said]
    hold = await live.app[RUNTIME].store.hold((await live.app[RUNTIME].desk.get(case_id)).key)
    assert hold is not None and hold.staff == "somsri"


async def test_postbacks_of_other_groups_claim_nothing(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    ref = (await live.app[RUNTIME].desk.get(case_id)).ref
    await live.send(in_group(postback_event(STAFF_MEMBER, f"desk:claim:{ref}"), "Cother"))
    await asyncio.sleep(0.2)
    assert (await live.app[RUNTIME].desk.get(case_id)).claimed_by is None


async def test_takeover_relays_both_ways_and_the_bot_stays_silent(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    desk = live.app[RUNTIME].desk
    await desk.takeover(Actor("somsri", "hotline"), case_id)
    joined = people.joined("")
    await live.fake.wait_for(lambda: joined in live.fake.texts(USER), 10, "joined")
    before = len(live.fake.delivered(USER))
    await live.send(text_event(USER, "ฮัลโหล ยังอยู่ไหมคะ", live.fake.issue_token(USER)))
    await live.fake.wait_for(lambda: any("ผู้ขอ: ฮัลโหล" in t
                                         for t in live.fake.texts(STAFF_GROUP)), 10, "relay")
    await asyncio.sleep(0.3 + live.line.loading_delay)
    assert len(live.fake.delivered(USER)) == before  # no reply, no push from the bot
    assert live.fake.of("loading") == []  # not even the "typing" animation
    await desk.message(Actor("somsri", "hotline"), case_id, "อยู่ค่ะ รอสักครู่นะคะ")
    await live.fake.wait_for(lambda: "เจ้าหน้าที่: อยู่ค่ะ รอสักครู่นะคะ" in live.fake.texts(USER), 10,
                             "the staff reply")
    await desk.handback(Actor("somsri", "hotline"), case_id)
    await live.fake.wait_for(lambda: any(t.startswith(texts.HANDED_BACK)
                                         for t in live.fake.texts(USER)), 10, "hand-back")
    await live.send(text_event(USER, "เบี้ยคนพิการได้เดือนละเท่าไหร่", live.fake.issue_token(USER)))
    await live.fake.wait_for(lambda: any("800" in t for t in live.fake.texts(USER)), 10,
                             "the bot answers again")
