"""The Telegram staff group: masked alerts (in a forum topic per case), Claim taps,
retries when the staff chat fails, and takeover relayed both ways, all through the
real app and python-telegram-bot against the fake Bot API."""

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
from bot.app import PIPELINE, RUNTIME
from bot.desk import Actor
from dialogs import texts
from tests.bot.channels.telegram_fake import FakeTelegram
from tests.bot.channels.telegram_live import (
    CHAT,
    CONSENT_BUTTONS,
    Live,
    fake_telegram_api,  # noqa: F401 (the `fake` fixture)
    settings,
)
from tests.bot.channels.telegram_updates import callback_update, text_update
from tests.bot.serving import serving

STAFF_GROUP = -1001234567890
STAFF_USER = {"id": 8880001, "is_bot": False, "first_name": "สมศรี", "username": "somsri"}


@pytest.fixture
async def live(tmp_path: Path, fake: FakeTelegram, kb_matcher: Any) -> AsyncIterator[Live]:
    config = dataclasses.replace(settings(tmp_path, fake),
                                 telegram_staff_chat_id=str(STAFF_GROUP),
                                 public_url="https://namjai.example.org")
    async with serving(config, kb_matcher) as (app, url), aiohttp.ClientSession() as http:
        yield Live(url, http, app, fake)


async def ask_for_a_person(live: Live) -> int:
    """A person on Telegram consents and asks for a human: a handoff case."""
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    await live.fake.wait_sent(2, CHAT)
    assert await live.post(callback_update(2, CHAT, "consent:yes", CONSENT_BUTTONS)) == 200
    await live.fake.wait_sent(3, CHAT)
    assert await live.post(text_update(3, CHAT, "ขอคุยกับเจ้าหน้าที่ค่ะ ชื่อแดง 0812345678")) == 200
    await live.fake.wait_sent(1, STAFF_GROUP)
    [case] = await live.app[RUNTIME].store.cases()
    return case.id


async def test_alert_goes_to_the_staff_group_masked_with_claim_and_open(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    case = await live.app[RUNTIME].desk.get(case_id)
    [alert] = live.fake.sent(STAFF_GROUP)
    text = alert.params["text"]
    assert case.ref in text and "ขอคุยกับเจ้าหน้าที่" in text
    assert "message_thread_id" not in alert.params  # this group has no topics
    buttons = [b for row in alert.params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[0] == {"text": "รับเรื่อง", "callback_data": f"desk:claim:{case.ref}"}
    assert buttons[1]["url"] == f"https://namjai.example.org/console/cases/{case.ref}"
    person_texts = [c.params["text"] for c in live.fake.sent(CHAT)]
    assert any("ส่งเรื่องให้เจ้าหน้าที่" in t for t in person_texts)


async def test_each_case_gets_its_own_forum_topic(live: Live) -> None:
    live.fake.forums.add(STAFF_GROUP)
    case_id = await ask_for_a_person(live)
    desk = live.app[RUNTIME].desk
    [topic] = live.fake.of("createForumTopic")
    thread = live.fake.sent(STAFF_GROUP)[0].params["message_thread_id"]
    await desk.takeover(Actor("somsri", "hotline"), case_id)  # a notice to the same topic
    await live.fake.wait_sent(2, STAFF_GROUP)
    assert [int(c.params["message_thread_id"]) for c in live.fake.sent(STAFF_GROUP)] == [
        int(thread), int(thread)]
    assert len(live.fake.of("createForumTopic")) == 1 and topic.ok


async def link(live: Live, username: str, user_id: int) -> None:
    """The staff member's Telegram account linked to their console account."""
    rt = live.app[RUNTIME]
    await rt.store.add_staff(username, "hotline", "hash", dt.datetime.now(dt.UTC))
    code, _ = await rt.room.issue_code(Actor(username, "hotline"))
    assert await rt.room.from_chat("telegram", str(user_id), f"/link {code}", None)


async def test_claim_tapped_in_the_staff_group(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    case = await live.app[RUNTIME].desk.get(case_id)
    buttons = [[("รับเรื่อง", f"desk:claim:{case.ref}")]]
    tap = callback_update(50, STAFF_GROUP, f"desk:claim:{case.ref}", buttons, user=STAFF_USER)
    assert await live.post(tap) == 200  # not linked yet: told how, nothing claimed
    await live.fake.wait_for(lambda: len(live.fake.of("answerCallbackQuery")) == 2, 10,
                             "the answer to the tap (after the consent's)")
    assert "เชื่อม" in live.fake.of("answerCallbackQuery")[1].params["text"]
    assert (await live.app[RUNTIME].desk.get(case_id)).claimed_by is None
    await link(live, "somsri", STAFF_USER["id"])
    await live.app[RUNTIME].store.set_display_name("somsri", "คุณสมศรี")
    assert await live.post(callback_update(51, STAFF_GROUP, f"desk:claim:{case.ref}", buttons,
                                           user=STAFF_USER)) == 200
    await live.fake.wait_for(lambda: len(live.fake.of("answerCallbackQuery")) == 3, 10, "2nd")
    assert "คุณสมศรี" in live.fake.of("answerCallbackQuery")[2].params["text"]
    claimed = await live.app[RUNTIME].desk.get(case_id)
    assert claimed.claimed_by == "somsri"  # the console account, not a chat name
    other = {**STAFF_USER, "id": 8880002, "username": "malee"}
    await link(live, "malee", other["id"])
    again = callback_update(52, STAFF_GROUP, f"desk:claim:{case.ref}", buttons, user=other)
    assert await live.post(again) == 200
    await live.fake.wait_for(lambda: len(live.fake.of("answerCallbackQuery")) == 4, 10, "3rd")
    assert "somsri" in live.fake.of("answerCallbackQuery")[3].params["text"]
    assert (await live.app[RUNTIME].desk.get(case_id)).claimed_by == "somsri"


async def test_a_tap_in_another_group_claims_nothing(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    ref = (await live.app[RUNTIME].desk.get(case_id)).ref
    tap = callback_update(60, -100999, f"desk:claim:{ref}", [[("x", f"desk:claim:{ref}")]],
                          user=STAFF_USER)
    assert await live.post(tap) == 200
    await asyncio.sleep(0.2)
    assert (await live.app[RUNTIME].desk.get(case_id)).claimed_by is None


async def test_alerts_are_retried_when_the_staff_chat_fails(live: Live) -> None:
    live.fake.fail_next("sendMessage", times=2, status=500, chat_id=STAFF_GROUP)
    await ask_for_a_person(live)
    failed = [c for c in live.fake.of("sendMessage") if not c.ok]
    assert [int(c.params["chat_id"]) for c in failed] == [STAFF_GROUP, STAFF_GROUP]
    assert len(live.fake.sent(STAFF_GROUP)) == 1


async def test_takeover_relays_both_ways_and_the_bot_stays_silent(live: Live) -> None:
    case_id = await ask_for_a_person(live)
    desk = live.app[RUNTIME].desk
    await desk.takeover(Actor("somsri", "hotline"), case_id)
    joined = people.joined("")
    await live.fake.wait_for(lambda: joined in live.fake.texts(CHAT), 10, "joined")
    before = len(live.fake.sent(CHAT))
    assert await live.post(text_update(10, CHAT, "ยังอยู่ไหมคะ เลขบัตร 1101700230705")) == 200
    await live.fake.wait_for(lambda: any("ผู้ขอ:" in t for t in live.fake.texts(STAFF_GROUP)),
                             10, "relay")
    relay = next(t for t in live.fake.texts(STAFF_GROUP) if "ผู้ขอ:" in t)
    assert "ยังอยู่ไหมคะ" in relay and "1101700230705" not in relay
    await asyncio.sleep(0.3)
    assert len(live.fake.sent(CHAT)) == before  # the bot said nothing
    await desk.message(Actor("somsri", "hotline"), case_id, "อยู่ค่ะ กำลังดูให้นะคะ")
    await live.fake.wait_for(lambda: "เจ้าหน้าที่: อยู่ค่ะ กำลังดูให้นะคะ" in live.fake.texts(CHAT), 10,
                             "staff reply")
    await desk.handback(Actor("somsri", "hotline"), case_id)
    await live.fake.wait_for(lambda: any(t.startswith(texts.HANDED_BACK)
                                         for t in live.fake.texts(CHAT)), 10, "handed back")
    assert await live.post(text_update(11, CHAT, "เบี้ยคนพิการได้เดือนละเท่าไหร่")) == 200
    await live.fake.wait_for(lambda: any("800" in t for t in live.fake.texts(CHAT)), 10,
                             "the bot answers again")


async def test_bot_replies_queued_before_a_takeover_are_never_sent(live: Live) -> None:
    from bot.conversations import outgoing
    from dialogs.types import ConversationKey, Reply

    case_id = await ask_for_a_person(live)
    store = live.app[RUNTIME].store
    await live.app[RUNTIME].desk.takeover(Actor("somsri", "hotline"), case_id)
    person = ConversationKey("telegram", str(CHAT))
    # a reply the bot had queued just before the takeover, not sent yet
    await store.write(person, dt.datetime.now(dt.UTC), (), (outgoing([Reply("คำตอบเก่าของบอท")]),))
    live.app[PIPELINE].wake()
    joined = people.joined("")
    await live.fake.wait_for(lambda: joined in live.fake.texts(CHAT), 10, "joined")
    await asyncio.sleep(0.5)
    assert "คำตอบเก่าของบอท" not in live.fake.texts(CHAT)
    assert await store.due_outbox(dt.datetime.now(dt.UTC) + dt.timedelta(days=1)) == []


async def test_a_deleted_topic_does_not_lose_the_case_alerts(live: Live) -> None:
    live.fake.forums.add(STAFF_GROUP)
    case_id = await ask_for_a_person(live)
    first = int(live.fake.sent(STAFF_GROUP)[0].params["message_thread_id"])
    live.fake.deleted_topics.add(first)  # someone deleted the case's topic
    desk = live.app[RUNTIME].desk
    await desk.takeover(Actor("somsri", "hotline"), case_id)  # a notice to the staff chat
    await live.fake.wait_sent(2, STAFF_GROUP)
    assert "message_thread_id" not in live.fake.sent(STAFF_GROUP)[1].params  # to the group
    await desk.handback(Actor("somsri", "hotline"), case_id)  # the next one: a new topic
    await live.fake.wait_sent(3, STAFF_GROUP)
    third = live.fake.sent(STAFF_GROUP)[2].params["message_thread_id"]
    assert int(third) != first and len(live.fake.of("createForumTopic")) == 2
