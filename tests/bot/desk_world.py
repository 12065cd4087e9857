"""The officers' desk on a real store and the real dialog: the `world` of the desk tests
(a person's conversation, the desk, a settable clock) and a screened case."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.alerts import Alerts, AlertTargets
from bot.app import store_only
from bot.cases.office_hours import OfficeCalendar
from bot.conversations import Conversations
from bot.desk import Actor, Desk
from bot.store import OutboxItem, Store
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


@pytest.fixture(name="world")
async def desk_world(tmp_path: Path, kb_matcher: Any) -> AsyncIterator[World]:
    """A person's conversations and the desk on a fresh store, the clock at MONDAY_10
    (import it to use `world`)."""
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
