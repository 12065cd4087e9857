"""The running app with the Telegram channel against the fake Bot API: the fixtures and
helpers of the Telegram channel tests."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import RUNTIME
from bot.channels.telegram import SECRET_HEADER, WEBHOOK_PATH
from bot.settings import Settings
from bot.store import Store
from knowledge import KnowledgeBase, Matcher
from tests.bot.channels.telegram_fake import FakeTelegram
from tests.bot.channels.telegram_updates import callback_update, text_update
from tests.bot.serving import serving

TOKEN = "123456789:AAHnamjai-Test_token0123456789abcdefgh"
SECRET = "namjai-webhook_secret-0123456789"
CHAT = 5550001
CONSENT_BUTTONS = [[("ยินยอม", "consent:yes"), ("ไม่ยินยอม", "consent:no")]]
CONSENT_KEYBOARD = {"inline_keyboard": [[{"text": "ยินยอม", "callback_data": "consent:yes"},
                                         {"text": "ไม่ยินยอม", "callback_data": "consent:no"}]]}


# -- fixtures ------------------------------------------------------------------------


@pytest.fixture(name="fake")
async def fake_telegram_api() -> AsyncIterator[FakeTelegram]:
    """The fake Bot API, started and closed around a test (import it to use `fake`)."""
    server = FakeTelegram(TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.close()


def settings(tmp_path: Path, fake: FakeTelegram, token: str = TOKEN) -> Settings:
    return Settings(db=tmp_path / "tg.db", telegram_bot_token=token,
                    telegram_webhook_secret=SECRET, telegram_api_base_url=fake.url)


@dataclass
class Live:
    """The running app, an HTTP client to it and the fake Bot API behind it."""

    url: str
    http: aiohttp.ClientSession
    app: web.Application
    fake: FakeTelegram

    @property
    def store(self) -> Store:
        return self.app[RUNTIME].store

    async def post(self, body: Any, secret: str | None = SECRET,
                   raw: bytes | None = None) -> int:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers[SECRET_HEADER] = secret
        data = raw if raw is not None else json.dumps(body, ensure_ascii=False).encode()
        async with self.http.post(self.url + WEBHOOK_PATH, data=data, headers=headers) as resp:
            await resp.read()
            return resp.status

    async def counts(self) -> dict[str, int]:
        return await self.store.table_counts()


@pytest.fixture(name="live")
async def telegram_app(tmp_path: Path, fake: FakeTelegram,
               kb_matcher: tuple[KnowledgeBase, Matcher]) -> AsyncIterator[Live]:
    async with serving(settings(tmp_path, fake), kb_matcher) as (app, url), \
            aiohttp.ClientSession() as http:
        yield Live(url, http, app, fake)


async def start_chat(live: Live, chat: int = CHAT, update_id: int = 1000) -> None:
    assert await live.post(text_update(update_id, chat, "/start")) == 200
    await live.fake.wait_sent(2, chat)


async def consent(live: Live, chat: int = CHAT, update_id: int = 1000) -> None:
    await start_chat(live, chat, update_id)
    assert await live.post(callback_update(update_id + 1, chat, "consent:yes",
                                           CONSENT_BUTTONS)) == 200
    await live.fake.wait_sent(3, chat)
