"""The web chat channel on a fresh store and its routes on a test server: the fixtures
and helpers of the web chat tests."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app import store_only
from bot.channels.webchat import WebChatChannel
from bot.conversations import Conversations
from bot.store import OutboxItem
from dialogs.engine import Dialog
from dialogs.types import ConversationKey
from knowledge import KnowledgeBase, Matcher
from tests.pg import store_target

STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"
API = "/chat/api/messages"

Client = TestClient[web.Request, web.Application]


@pytest.fixture(name="channel")
async def webchat_channel(tmp_path: Path,
                  kb_matcher: tuple[KnowledgeBase, Matcher]) -> AsyncIterator[WebChatChannel]:
    kb, matcher = kb_matcher
    async with store_only(store_target(tmp_path / "web.db")) as store:
        yield WebChatChannel(Conversations(store, Dialog(kb, matcher)), heartbeat=0.2,
                             push_timeout=2.0)


async def serve(app: web.Application) -> Client:
    client: Client = TestClient(TestServer(app, shutdown_timeout=2.0))
    await client.start_server()
    return client


@pytest.fixture(name="client")
async def webchat_client(channel: WebChatChannel) -> AsyncIterator[Client]:
    app = web.Application()
    app.router.add_routes(channel.routes())
    c = await serve(app)
    yield c
    await c.close()


def new_session() -> str:
    return str(uuid.uuid4())


async def say(client: Client, session: str, **body: Any) -> list[dict[str, Any]]:
    response = await client.post(API, json={"session": session, **body})
    assert response.status == 200, await response.text()
    replies: list[dict[str, Any]] = (await response.json())["replies"]
    return replies


def joined(replies: list[dict[str, Any]]) -> str:
    return "\n".join(r["text"] for r in replies)


async def wait_for_stream(channel: WebChatChannel, session: str, count: int = 1) -> None:
    for _ in range(200):
        if channel.open_streams(session) == count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"expected {count} open streams, have {channel.open_streams(session)}")


def outbox_item(session: str, replies: list[dict[str, Any]], parts_sent: int = 0,
                channel: str = "web") -> OutboxItem:
    return OutboxItem(1, ConversationKey(channel, session), "retry-1",
                      {"replies": replies, "reply_token": None}, attempts=0,
                      parts_sent=parts_sent)


class Progress:
    def __init__(self) -> None:
        self.calls: list[int] = []

    async def __call__(self, parts: int) -> None:
        self.calls.append(parts)
