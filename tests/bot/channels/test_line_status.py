"""What the person hears after the request, through the real app and line-bot-sdk
against the fake LINE API, with the app's clock moved forward instead of waiting:
approved and assisted each send one message; the follow-up question comes the set
number of days after the help, and the tapped answer lands on the case; a person
who erased their data gets nothing more."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.app import RUNTIME, SWEEPER
from bot.cases import follow_up as fu
from bot.desk import Actor
from tests.bot.channels.line_bodies import postback_event, text_event
from tests.bot.channels.line_fake import (
    USER,
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    settings,
)
from tests.bot.channels.line_live import Live
from tests.bot.serving import serving

OFFICER = Actor("prasert", "officer")
OTHER = "U1236e1c2b9a8d7e6f5a4b3c2d1e0f9a8"
STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"
INTAKE = (("กี่คน", "1 คน"), ("ดูแลเป็นพิเศษ", "ไม่มี"), ("เร่งด่วนไหม", "ด่วน"),
          ("อ่อนไหว", "ไม่ยินยอม"), ("ชื่อที่ให้เจ้าหน้าที่เรียก", "สมชาย"), ("เบอร์โทร", "0812345678"),
          ("ถูกต้องไหม", "ถูกต้อง ส่งเรื่อง"))


@dataclasses.dataclass
class Clocked(Live):
    offset: list[dt.timedelta] = dataclasses.field(default_factory=lambda: [dt.timedelta()])

    def later(self, by: dt.timedelta) -> None:
        self.offset[0] += by


@pytest.fixture
async def live(tmp_path: Path, fake: FakeLine, kb_matcher: Any) -> AsyncIterator[Clocked]:
    offset = [dt.timedelta()]

    def clock() -> dt.datetime:  # real time, moved forward by the test
        return dt.datetime.now(dt.UTC) + offset[0]

    config = dataclasses.replace(settings(tmp_path, fake.url), follow_up_days=3)
    async with serving(config, kb_matcher, clock=clock) as (app, url), \
            aiohttp.ClientSession() as http:
        yield Clocked(url, http, app, fake, offset)


async def say(live: Live, user: str, text: str) -> None:
    count = len(live.fake.delivered(user))
    await live.send(text_event(user, text, live.fake.issue_token(user)))
    await live.fake.wait_delivered(count + 1, user)


async def screened(live: Live, user: str) -> int:
    """A person on LINE consents, tells their story and sends the request: a case."""
    await say(live, user, "สวัสดีค่ะ")
    count = len(live.fake.delivered(user))
    await live.send(postback_event(user, "consent:yes", live.fake.issue_token(user)))
    await live.fake.wait_delivered(count + 1, user)
    await say(live, user, STORY)
    for _ in range(len(INTAKE) + 2):
        cases = [c for c in await live.store.cases() if c.key.user_id == user]
        if cases:
            return cases[0].id
        question = live.fake.texts(user)[-1].splitlines()[-1]
        answer = next((a for cue, a in INTAKE if cue in question), None)
        assert answer is not None, f"unexpected question: {question}"
        await say(live, user, answer)
    raise AssertionError("the screening did not finish")


async def test_approved_then_assisted_then_the_follow_up_after_the_set_days(
        live: Clocked) -> None:
    case_id = await screened(live, USER)
    desk = live.app[RUNTIME].desk
    for target in ("reviewing", "awaiting_approval"):
        await desk.transition(OFFICER, case_id, target)
    before = len(live.fake.delivered(USER))
    await desk.transition(OFFICER, case_id, "approved", place="สำนักงาน พมจ.ชลบุรี")
    await desk.transition(OFFICER, case_id, "assisted")
    await live.fake.wait_delivered(before + 2, USER)
    ref = (await desk.get(case_id)).ref
    approved, assisted = live.fake.texts(USER)[before:]
    assert "อนุมัติ" in approved and ref in approved and "สำนักงาน พมจ.ชลบุรี" in approved
    assert "ช่วยเหลือแล้ว" in assisted and ref in assisted

    sweeper = live.app[SWEEPER]
    live.later(dt.timedelta(days=3) - dt.timedelta(minutes=5))
    await sweeper.run_once()
    live.later(dt.timedelta(minutes=4))
    await sweeper.run_once()  # still a minute early
    assert len(live.fake.delivered(USER)) == before + 2
    live.later(dt.timedelta(minutes=2))
    await sweeper.run_once()
    question = (await live.fake.wait_delivered(before + 3, USER))[-1]
    assert "ถึงบ้านปลอดภัยไหมคะ" in question["text"] and ref in question["text"]
    buttons = [item["action"] for item in question["quickReply"]["items"]]
    assert [b["label"] for b in buttons] == [fu.LABELS[a] for a in fu.ANSWERS]
    await sweeper.run_once()  # asked once only
    assert len(live.fake.delivered(USER)) == before + 3

    await live.send(postback_event(USER, buttons[0]["data"], live.fake.issue_token(USER)))
    await live.fake.wait_delivered(before + 4, USER)
    assert live.fake.texts(USER)[-1] == fu.THANKS["safe"]
    answer = fu.record((await desk.get(case_id)).data)
    assert answer["answer"] == "safe" and answer["answered_at"]


async def test_an_erased_person_gets_nothing_more(live: Clocked) -> None:
    case_id = await screened(live, OTHER)
    desk = live.app[RUNTIME].desk
    for target in ("reviewing", "awaiting_approval", "approved", "assisted"):
        await desk.transition(OFFICER, case_id, target)
    await live.fake.wait_for(lambda: any("ช่วยเหลือแล้ว" in t for t in live.fake.texts(OTHER)),
                             10, "the assisted message")
    await say(live, OTHER, "ลบข้อมูล")
    await live.fake.wait_for(lambda: "ต้องการลบข้อมูล" in live.fake.texts(OTHER)[-1], 10,
                             "the question before erasing")
    await say(live, OTHER, "ใช่")
    await live.fake.wait_for(lambda: "ลบข้อมูลของคุณแล้ว" in live.fake.texts(OTHER)[-1], 10,
                             "the erasure")
    erased = len(live.fake.delivered(OTHER))
    assert (await desk.get(case_id)).status == "closed"
    live.later(dt.timedelta(days=6))  # long past the follow-up's day
    await live.app[SWEEPER].run_once()
    await desk.resolve_handoff(OFFICER, case_id)  # staff still work on the record
    pending = await live.store.due_outbox(dt.datetime.now(dt.UTC) + dt.timedelta(days=30))
    assert pending == []
    assert len(live.fake.delivered(OTHER)) == erased
