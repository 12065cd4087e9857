"""The real app with every channel on (LINE and Telegram against their fakes, the web
chat, the console), for tests that send it hostile input through every door."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import RUNTIME
from bot.channels.line import SIGNATURE_HEADER
from bot.channels.line import WEBHOOK_PATH as LINE_PATH
from bot.channels.telegram import SECRET_HEADER
from bot.channels.telegram import WEBHOOK_PATH as TELEGRAM_PATH
from bot.settings import Settings
from bot.store import Store
from knowledge import KnowledgeBase, Matcher
from tests.bot.channels.line_bodies import signature
from tests.bot.channels.line_fake import SECRET as LINE_SECRET
from tests.bot.channels.line_fake import TOKEN as LINE_TOKEN
from tests.bot.channels.line_fake import FakeLine
from tests.bot.channels.telegram_fake import FakeTelegram
from tests.bot.serving import serving

TELEGRAM_TOKEN = "123456789:AAHnamjai-Test_token0123456789abcdefgh"
TELEGRAM_SECRET = "namjai-webhook_secret-0123456789"


@dataclass
class Reply:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Doors:
    """The running app, an HTTP client to it, and the fake platform APIs behind it."""

    url: str
    http: aiohttp.ClientSession
    app: web.Application
    line: FakeLine
    telegram: FakeTelegram

    @property
    def store(self) -> Store:
        return self.app[RUNTIME].store

    async def raw(self, method: str, path: str, body: bytes = b"",
                  headers: dict[str, str] | None = None) -> Reply:
        async with self.http.request(method, self.url + path, data=body,
                                     headers=headers or {}) as resp:
            return Reply(resp.status, await resp.read())

    async def line_post(self, body: bytes) -> Reply:
        """A LINE webhook call, signed as LINE signs it."""
        return await self.raw("POST", LINE_PATH, body, {
            "Content-Type": "application/json", SIGNATURE_HEADER: signature(LINE_SECRET, body)})

    async def telegram_post(self, body: bytes) -> Reply:
        """A Telegram webhook call with the right secret token."""
        return await self.raw("POST", TELEGRAM_PATH, body, {
            "Content-Type": "application/json", SECRET_HEADER: TELEGRAM_SECRET})

    async def chat_post(self, body: bytes) -> Reply:
        return await self.raw("POST", "/chat/api/messages", body,
                              {"Content-Type": "application/json"})

    async def api_post(self, path: str, body: bytes) -> Reply:
        return await self.raw("POST", path, body, {"Content-Type": "application/json"})


def settings(tmp_path: Path, line: FakeLine, telegram: FakeTelegram, **extra: Any) -> Settings:
    base = Settings(db=tmp_path / "doors.db", line_channel_secret=LINE_SECRET,
                    line_access_token=LINE_TOKEN, line_api_base_url=line.url,
                    telegram_bot_token=TELEGRAM_TOKEN,
                    telegram_webhook_secret=TELEGRAM_SECRET,
                    telegram_api_base_url=telegram.url)
    return dataclasses.replace(base, **extra)


@contextlib.asynccontextmanager
async def doors(tmp_path: Path, knowledge: tuple[KnowledgeBase, Matcher],
                **extra: Any) -> AsyncIterator[Doors]:
    line, telegram = FakeLine(LINE_TOKEN), FakeTelegram(TELEGRAM_TOKEN)
    await line.start()
    await telegram.start()
    try:
        async with serving(settings(tmp_path, line, telegram, **extra), knowledge) \
                as (app, url), aiohttp.ClientSession() as http:
            yield Doors(url, http, app, line, telegram)
    finally:
        await telegram.close()
        await line.close()


def now_ms() -> int:
    return int(time.time() * 1000)
