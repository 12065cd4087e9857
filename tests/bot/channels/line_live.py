"""The running app with the LINE channel against the fake LINE API: the fixtures and
helpers of the LINE channel tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import CHANNELS, RUNTIME
from bot.channels.line import SIGNATURE_HEADER, WEBHOOK_PATH, LineChannel
from bot.store import Store
from knowledge import KnowledgeBase, Matcher
from tests.bot.channels.line_bodies import postback_event, signature, text_event, webhook_body
from tests.bot.channels.line_fake import (
    SECRET,
    USER,
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    settings,
)
from tests.bot.serving import serving

SAMPLE = Path(__file__).parent / "data" / "line_webhook.json"
CONSENT_ITEMS = [{"type": "action", "action": {"type": "postback", "label": "ยินยอม",
                                                "data": "consent:yes",
                                                "displayText": "ยินยอม"}},
                 {"type": "action", "action": {"type": "postback", "label": "ไม่ยินยอม",
                                                "data": "consent:no",
                                                "displayText": "ไม่ยินยอม"}}]


# -- fixtures ------------------------------------------------------------------------


@dataclass
class Live:
    """The running app, an HTTP client to it and the fake LINE API behind it."""

    url: str
    http: aiohttp.ClientSession
    app: web.Application
    fake: FakeLine

    @property
    def store(self) -> Store:
        return self.app[RUNTIME].store

    async def post(self, body: bytes, sign: bool = True, sig: str | None = None,
                   headers: dict[str, str] | None = None) -> int:
        sent = {"Content-Type": "application/json", **(headers or {})}
        if sig is not None or sign:
            sent[SIGNATURE_HEADER] = sig if sig is not None else signature(SECRET, body)
        async with self.http.post(self.url + WEBHOOK_PATH, data=body, headers=sent) as resp:
            await resp.read()
            return resp.status

    async def send(self, *events: dict[str, Any]) -> None:
        assert await self.post(webhook_body(*events)) == 200

    async def counts(self) -> dict[str, int]:
        return await self.store.table_counts()

    @property
    def line(self) -> LineChannel:
        channel = self.app[CHANNELS]["line"]
        assert isinstance(channel, LineChannel)
        return channel


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    """A bare app of routes (no runtime) on a TCP port."""
    runner = web.AppRunner(app, shutdown_timeout=2.0)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


@pytest.fixture(name="live")
async def line_app(tmp_path: Path, fake: FakeLine,
               kb_matcher: tuple[KnowledgeBase, Matcher]) -> AsyncIterator[Live]:
    async with serving(settings(tmp_path, fake.url), kb_matcher) as (app, url), \
            aiohttp.ClientSession() as http:
        yield Live(url, http, app, fake)


async def start_chat(live: Live, user: str = USER) -> None:
    await live.send(text_event(user, "สวัสดีค่ะ", live.fake.issue_token(user)))
    await live.fake.wait_delivered(2, user)


async def consent(live: Live, user: str = USER) -> None:
    await start_chat(live, user)
    await live.send(postback_event(user, "consent:yes", live.fake.issue_token(user)))
    await live.fake.wait_delivered(3, user)
