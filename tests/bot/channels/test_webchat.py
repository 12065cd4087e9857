"""The web chat channel over HTTP: the page, the JSON API and the events stream."""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CHANNELS, PIPELINE, RUNTIME, create_app, store_only
from bot.channels.base import BadRequest, Unavailable
from bot.channels.webchat import WebChatChannel
from bot.channels.webchat_messages import MAX_TEXT
from bot.conversations import Conversations
from bot.settings import Settings
from bot.store import OutboxItem, StoreError
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.types import ConversationKey, Inbound
from knowledge import KnowledgeBase, Matcher, load_knowledge
from tests.bot.sse import read_fields
from tests.pg import store_target

STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"
API = "/chat/api/messages"

Client = TestClient[web.Request, web.Application]


@pytest.fixture(scope="module")
def knowledge() -> Iterator[tuple[KnowledgeBase, Matcher]]:
    kb = load_knowledge()
    yield kb, Matcher(kb)


@pytest.fixture
async def channel(tmp_path: Path,
                  knowledge: tuple[KnowledgeBase, Matcher]) -> AsyncIterator[WebChatChannel]:
    kb, matcher = knowledge
    async with store_only(store_target(tmp_path / "web.db")) as store:
        yield WebChatChannel(Conversations(store, Dialog(kb, matcher)), heartbeat=0.2,
                             push_timeout=2.0)


async def serve(app: web.Application) -> Client:
    client: Client = TestClient(TestServer(app, shutdown_timeout=2.0))
    await client.start_server()
    return client


@pytest.fixture
async def client(channel: WebChatChannel) -> AsyncIterator[Client]:
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


# -- the page -------------------------------------------------------------------------


async def test_page_is_thai_and_mobile_first(client: Client) -> None:
    response = await client.get("/")
    assert response.status == 200
    assert response.content_type == "text/html"
    page = await response.text()
    assert "<title>น้ำใจ — ผู้ช่วยสายด่วน 1300</title>" in page
    assert 'lang="th"' in page and 'name="viewport"' in page
    assert "โทร 1300 ได้ตลอด 24 ชั่วโมง" in page
    assert "http://" not in page and "https://" not in page  # nothing from elsewhere
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize(("name", "kind"), [("chat.js", "application/javascript"),
                                            ("chat.css", "text/css")])
async def test_static_files_are_served(client: Client, name: str, kind: str) -> None:
    response = await client.get(f"/chat/static/{name}")
    assert response.status == 200 and response.content_type == kind
    assert response.charset == "utf-8"
    body = await response.text()
    assert not re.search(r"\.(inner|outer)HTML|insertAdjacentHTML|document\.write", body)


@pytest.mark.parametrize("path", ["/chat/static/index.html.bak", "/chat/static/webchat.py",
                                  "/chat/static/..%2Fwebchat.py", "/chat/static/"])
async def test_other_files_are_not_served(client: Client, path: str) -> None:
    assert (await client.get(path)).status == 404


# -- the API --------------------------------------------------------------------------


async def test_first_visit_gets_welcome_privacy_and_consent_buttons(client: Client) -> None:
    replies = await say(client, new_session(), start=True)
    assert replies[0]["text"] == texts.WELCOME
    assert replies[-1]["text"] == texts.PRIVACY
    assert replies[-1]["choices"] == [{"label": "ยินยอม", "value": "consent:yes"},
                                      {"label": "ไม่ยินยอม", "value": "consent:no"}]
    assert all(set(r) == {"text", "choices", "card"} for r in replies)


async def test_tapping_and_typing_go_through_the_dialog(client: Client) -> None:
    session = new_session()
    await say(client, session, start=True)
    thanks = await say(client, session, choice="consent:yes", text="ยินยอม")
    assert texts.CONSENT_YES in joined(thanks)
    reply = joined(await say(client, session, text=STORY))
    assert "ชลบุรี" in reply and "ขอนแก่น" in reply


async def test_returning_session_resumes_where_it_was(client: Client) -> None:
    session = new_session()
    await say(client, session, start=True)
    await say(client, session, choice="consent:yes", text="ยินยอม")
    asked = await say(client, session, text="ขอความช่วยเหลือ")
    question = asked[-1]
    assert question["choices"]
    again = await say(client, session.upper(), start=True)  # ids are case-insensitive
    assert again[0]["text"] == texts.WELCOME_BACK
    assert again[-1]["text"].splitlines()[-1] == question["text"].splitlines()[-1]
    assert again[-1]["choices"] == question["choices"]
    other = await say(client, new_session(), start=True)
    assert other[0]["text"] == texts.WELCOME


async def test_erasing_tells_the_page_to_forget(client: Client) -> None:
    session = new_session()
    await say(client, session, start=True)
    await say(client, session, choice="consent:yes", text="ยินยอม")
    response = await client.post(API, json={"session": session, "text": "ลบข้อมูล"})
    assert "erased" not in await response.json()
    response = await client.post(API, json={"session": session, "choice": "yes", "text": "ใช่"})
    body = await response.json()
    assert body["erased"] is True and body["replies"][0]["text"] == texts.ERASE_DONE


async def test_text_of_the_limit_is_accepted(client: Client) -> None:
    session = new_session()
    await say(client, session, start=True)
    assert await say(client, session, text="ก" * MAX_TEXT)


@pytest.mark.parametrize(("body", "why"), [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    ("null", "JSON object"),
    (json.dumps({"text": "สวัสดี"}), "session"),
    (json.dumps({"session": "abc", "text": "สวัสดี"}), "session"),
    (json.dumps({"session": 12345, "text": "สวัสดี"}), "session"),
    (json.dumps({"session": "../../etc/passwd", "start": True}), "session"),
    (json.dumps({"session": "SESSION", "text": "ก" * (MAX_TEXT + 1)}), "longer than 5000"),
    (json.dumps({"session": "SESSION", "text": 5}), "text must be a string"),
    (json.dumps({"session": "SESSION", "choice": ["x"]}), "choice must be a string"),
    (json.dumps({"session": "SESSION", "choice": "x" * 201}), "longer than 200"),
    (json.dumps({"session": "SESSION"}), "send text"),
    (json.dumps({"session": "SESSION", "start": "yes"}), "send text"),
])
async def test_bad_requests_get_400_with_a_json_error(client: Client, body: str,
                                                      why: str) -> None:
    data = body.replace("SESSION", new_session()).encode()
    response = await client.post(API, data=data, headers={"Content-Type": "application/json"})
    assert response.status == 400
    error = await response.json()
    assert error["error"] == "bad_request" and why in error["detail"]


async def test_body_must_be_json(client: Client) -> None:
    body = json.dumps({"session": new_session(), "text": "สวัสดี"})
    response = await client.post(API, data=body, headers={"Content-Type": "text/plain"})
    assert response.status == 400
    assert "application/json" in (await response.json())["detail"]


async def test_oversized_body_is_refused(client: Client) -> None:
    body = json.dumps({"session": new_session(), "text": "x" * 70_000})
    response = await client.post(API, data=body, headers={"Content-Type": "application/json"})
    assert response.status == 413
    assert (await response.json())["error"] == "too_large"


async def test_store_failure_is_a_json_503() -> None:
    class Broken:
        async def handle(self, key: ConversationKey, inbound: Inbound) -> None:
            raise StoreError("disk full")

    app = web.Application()
    app.router.add_routes(WebChatChannel(cast(Conversations, Broken())).routes())
    client = await serve(app)
    try:
        response = await client.post(API, json={"session": new_session(), "text": "สวัสดี"})
        assert response.status == 503
        assert (await response.json())["error"] == "unavailable"
    finally:
        await client.close()


# -- pushed messages --------------------------------------------------------------------


async def test_stream_needs_a_valid_session(client: Client) -> None:
    for query in ("", "?session=", "?session=not-a-uuid"):
        response = await client.get("/chat/api/events" + query)
        assert response.status == 400
        assert (await response.json())["error"] == "bad_request"


async def test_deliver_pushes_replies_to_the_open_stream(client: Client,
                                                         channel: WebChatChannel) -> None:
    session = new_session()
    stream = await client.get(f"/chat/api/events?session={session}")
    assert stream.status == 200 and stream.content_type == "text/event-stream"
    await wait_for_stream(channel, session)
    progress = Progress()
    replies: list[dict[str, Any]] = [{"text": "เจ้าหน้าที่ตอบแล้วค่ะ", "choices": [], "card": None},
        {"text": "สะดวกให้โทรไหมคะ", "choices": [["สะดวก", "yes"], ["ไม่สะดวก", "no"]],
         "card": None}]
    await channel.deliver(outbox_item(session, replies), progress)
    first, second = await read_fields(stream), await read_fields(stream)
    assert first["id"] == "retry-1:0" and second["id"] == "retry-1:1"
    assert json.loads(first["data"]) == {"text": "เจ้าหน้าที่ตอบแล้วค่ะ", "choices": [],
                                         "card": None}
    assert json.loads(second["data"])["choices"] == [{"label": "สะดวก", "value": "yes"},
                                                     {"label": "ไม่สะดวก", "value": "no"}]
    assert progress.calls == [1]  # the last part: the sender records the item
    stream.close()


async def test_deliver_skips_parts_already_sent_and_reaches_every_tab(
        client: Client, channel: WebChatChannel) -> None:
    session = new_session()
    tabs = [await client.get(f"/chat/api/events?session={session}") for _ in range(2)]
    await wait_for_stream(channel, session, 2)
    progress = Progress()
    replies: list[dict[str, Any]] = [{"text": "หนึ่ง", "choices": [], "card": None},
                                     {"text": "สอง", "choices": [], "card": None}]
    await channel.deliver(outbox_item(session, replies, parts_sent=1), progress)
    for tab in tabs:
        assert json.loads((await read_fields(tab))["data"])["text"] == "สอง"
        tab.close()
    assert progress.calls == []  # the last part: the sender records the item


async def test_streams_stay_open_with_heartbeats(client: Client,
                                                 channel: WebChatChannel) -> None:
    session = new_session()
    stream = await client.get(f"/chat/api/events?session={session}")
    await wait_for_stream(channel, session)
    seen = b""
    while seen.count(b": ping") < 2:
        seen += await asyncio.wait_for(stream.content.readline(), 5)
    assert seen.startswith(b"retry: ")
    stream.close()


async def test_deliver_without_an_open_page_is_retried_later(client: Client,
                                                             channel: WebChatChannel) -> None:
    session = new_session()
    item = outbox_item(session, [{"text": "สวัสดีค่ะ", "choices": [], "card": None}])
    with pytest.raises(Unavailable):
        await channel.deliver(item, Progress())
    stream = await client.get(f"/chat/api/events?session={session}")
    await wait_for_stream(channel, session)
    stream.close()
    await wait_for_stream(channel, session, 0)  # a closed page is forgotten
    progress = Progress()
    with pytest.raises(Unavailable):
        await channel.deliver(item, progress)
    assert progress.calls == []


async def test_too_many_tabs_are_refused(client: Client, channel: WebChatChannel) -> None:
    session = new_session()
    tabs = [await client.get(f"/chat/api/events?session={session}") for _ in range(4)]
    await wait_for_stream(channel, session, 4)
    assert (await client.get(f"/chat/api/events?session={session}")).status == 429
    for tab in tabs:
        tab.close()


async def test_deliver_refuses_what_it_cannot_send(channel: WebChatChannel) -> None:
    session = new_session()
    with pytest.raises(BadRequest):
        await channel.deliver(outbox_item(session, [], channel="line"), Progress())
    with pytest.raises(BadRequest):
        await channel.deliver(outbox_item(session, [{"choices": []}]), Progress())
    bad = OutboxItem(1, ConversationKey("web", session), "r", {"replies": "x"}, attempts=0)
    with pytest.raises(BadRequest):
        await channel.deliver(bad, Progress())


async def test_stop_closes_open_streams(client: Client, channel: WebChatChannel) -> None:
    session = new_session()
    stream = await client.get(f"/chat/api/events?session={session}")
    await wait_for_stream(channel, session)
    await channel.stop()
    await wait_for_stream(channel, session, 0)
    assert not await asyncio.wait_for(stream.content.read(), 5) or stream.content.at_eof()


# -- wiring -----------------------------------------------------------------------------


async def test_app_delivers_outbox_items_to_the_page(tmp_path: Path) -> None:
    """The real app: a reply written to the outbox reaches the open page through the
    pipeline's sender (as staff replies will)."""
    app = create_app(Settings(db=tmp_path / "app.db"))
    client = await serve(app)
    try:
        session = new_session()
        web_channel = app[CHANNELS]["web"]
        assert isinstance(web_channel, WebChatChannel)
        stream = await client.get(f"/chat/api/events?session={session}")
        await wait_for_stream(web_channel, session)
        key = ConversationKey("web", session)
        await app[RUNTIME].conversations.handle(key, Inbound("start"), deliver=True)
        app[PIPELINE].wake()
        event = json.loads((await read_fields(stream, timeout=10))["data"])
        assert event["text"] == texts.WELCOME
        stream.close()
    finally:
        await client.close()
