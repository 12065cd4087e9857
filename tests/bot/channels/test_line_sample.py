"""The LINE channel and LINE's sample webhook: every event type handled or ignored."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import logging
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.app import PIPELINE
from bot.channels.line import SIGNATURE_HEADER, WEBHOOK_PATH, LineChannel
from dialogs import texts
from dialogs.types import ConversationKey, Inbound
from tests.bot.channels.line_bodies import signature, text_event
from tests.bot.channels.line_fake import (
    SECRET,
    USER,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    settings,
)
from tests.bot.channels.line_live import (
    SAMPLE,
    Live,
    line_app,  # noqa: F401 (the `live` fixture)
    serve,
)
from tests.bot.notices import FIRST_NOTICE

# -- LINE's sample webhook: every event type ------------------------------------------


class RecordingIntake:
    def __init__(self) -> None:
        self.accepted: list[tuple[str, ConversationKey, Inbound, str | None]] = []

    async def accept(self, event_id: str, key: ConversationKey, inbound: Inbound,
                     reply_token: str | None = None) -> bool:
        seen = any(e == event_id for e, *_ in self.accepted)
        self.accepted.append((event_id, key, inbound, reply_token))
        return not seen


SAMPLE_USER = "U206d25c2ea6bd87c17655609a1c37cb8"
SAMPLE_STORED = [  # (event number, inbound kind, what else it carries)
    (1, "text", "สวัสดีค่ะ"), (3, "media", "580000000000000003"),
    (4, "media", "580000000000000004"), (5, "location", (16.4419, 102.836)),
    (6, "sticker", None), (7, "follow", None), (8, "unfollow", None),
    (11, "choice", "consent:yes"), (12, "choice", "action=pick&when=date"),
    (13, "choice", "action=pick&when=time"), (14, "choice", "action=pick&when=datetime"),
    (22, "media", "580000000000000009"), (25, "media", "580000000000000010"),
    (1, "text", "สวัสดีค่ะ"),  # the redelivery: offered again, stored once (same id)
]


def _detail(inbound: Inbound) -> object:
    if inbound.kind == "text":
        return inbound.text
    if inbound.kind == "media":
        return inbound.media_id
    if inbound.kind == "location":
        return (inbound.latitude, inbound.longitude)
    return inbound.value


async def test_every_event_of_the_sample_webhook_is_handled_or_ignored(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "bot.channels.line")
    intake = RecordingIntake()
    # the sample's events are from 2025: no replay limit here
    channel = LineChannel(dataclasses.replace(settings(tmp_path, "http://127.0.0.1:9"),
                                              max_event_age_minutes=10**8), intake)
    app = web.Application()
    app.add_routes(channel.routes())
    runner, url = await serve(app)
    body = SAMPLE.read_bytes()
    try:
        async with aiohttp.ClientSession() as http, http.post(
                url + WEBHOOK_PATH, data=body,
                headers={SIGNATURE_HEADER: signature(SECRET, body)}) as resp:
            assert resp.status == 200
    finally:
        await runner.cleanup()
        await channel.stop()
    got = [(int(e.removeprefix("line:01KBCNAMJAI")), i.kind, _detail(i))
           for e, _key, i, _token in intake.accepted]
    assert got == SAMPLE_STORED
    assert {k for _, k, _, _ in intake.accepted} == {ConversationKey("line", SAMPLE_USER)}
    first = intake.accepted[0]
    assert first[2].at == dt.datetime.fromtimestamp(1764576001, dt.UTC)
    assert first[3] == "nHuyWiB7yP5Zw52FIkcQobQuGDX001"
    assert intake.accepted[-1][3] is None  # the redelivery carries no reply token
    warnings = sorted(r.getMessage() for r in caplog.records
                      if r.levelno == logging.WARNING and "event" in r.getMessage())
    assert warnings == [
        "unknown or invalid LINE event ignored (type things, id 01KBCNAMJAI000000000000026)",
        "unknown or invalid LINE event ignored (type undefined, id "
        "01KBCNAMJAI000000000000027)"]
    infos = {r.getMessage() for r in caplog.records if r.levelno == logging.INFO}
    for kind in ("join", "leave", "memberJoined", "memberLeft", "unsend"):
        assert f"LINE {kind} event from a group ignored" in infos
    for kind in ("beacon", "accountLink", "videoPlayComplete"):
        assert f"LINE {kind} event acknowledged (not used)" in infos


def fresh_sample() -> bytes:
    """The sample webhook with its events' times moved to the last minute (its own are
    from 2025: older than the replay limit)."""
    sample = json.loads(SAMPLE.read_bytes())
    shift = int(time.time() * 1000) - max(e["timestamp"] for e in sample["events"])
    for e in sample["events"]:
        e["timestamp"] += shift
    return json.dumps(sample, ensure_ascii=False).encode()


async def test_the_sample_webhook_through_the_app(live: Live) -> None:
    body = fresh_sample()
    assert await live.post(body) == 200
    await live.app[PIPELINE].drain()
    counts = await live.counts()
    assert counts["inbox"] == len(SAMPLE_STORED) - 1  # the redelivery is a duplicate
    assert counts["conversations"] == 1
    # the sample's reply tokens were never issued by (fake) LINE: all is pushed instead
    for _ in range(200):
        if not await live.store.due_outbox(dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)):
            break
        await asyncio.sleep(0.02)
    assert await live.store.due_outbox(dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)) == []
    assert live.fake.of("reply") and all(c.status == 400 for c in live.fake.of("reply"))
    assert live.fake.of("push") and all(c.status == 200 for c in live.fake.of("push"))
    assert live.fake.texts(SAMPLE_USER)[:2] == [texts.WELCOME, FIRST_NOTICE]


async def test_an_unreadable_event_is_logged_and_the_others_still_count(
        live: Live, caplog: pytest.LogCaptureFixture) -> None:
    broken = {"type": "message", "webhookEventId": "01KBBROKEN0000000000000001",
              "source": {"type": "user", "userId": USER}}  # no timestamp, mode, message
    good = text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER))
    await live.send(broken, good)
    await live.fake.wait_delivered(2, USER)
    assert (await live.counts())["inbox"] == 1
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warning == ("unknown or invalid LINE event ignored "
                       "(type message, id 01KBBROKEN0000000000000001)")
