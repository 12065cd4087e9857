"""The web chat channel over HTTP: the events stream, deliveries pushed to the open
pages, and the real app's wiring (fixtures: webchat_live.py)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from bot.app import CHANNELS, PIPELINE, RUNTIME, create_app
from bot.channels.base import BadRequest, Unavailable
from bot.channels.webchat import WebChatChannel
from bot.settings import Settings
from bot.store import OutboxItem
from dialogs import texts
from dialogs.types import ConversationKey, Inbound
from tests.bot.channels.webchat_live import (
    Client,
    Progress,
    new_session,
    outbox_item,
    serve,
    wait_for_stream,
    webchat_channel,  # noqa: F401 (the `channel` fixture)
    webchat_client,  # noqa: F401 (the `client` fixture)
)
from tests.bot.sse import read_fields

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
