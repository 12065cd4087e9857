"""Takeover on the real app: a person on the web chat, a hotline staff member on the
API. While held the bot says nothing; the console sees the person's messages live;
staff replies reach the person's page; handing back resumes the dialog."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

from bot import people
from bot.console.stream import EventStreams
from bot.store.core import SqlStore
from dialogs import texts
from tests.bot.sse import read_data

from .conftest import Live


async def next_message(response: aiohttp.ClientResponse) -> dict[str, Any]:
    while True:
        event = await read_data(response)
        if event["type"] == "message":
            return event


async def outbox_origins(live: Live, session: str) -> list[str]:
    store = live.store
    assert isinstance(store, SqlStore)  # SQLite or PostgreSQL: look at the rows
    return [r[0] for r in await store.sql.all(
        "SELECT origin FROM outbox WHERE channel = 'web' AND user_id = ? ORDER BY id",
        (session,))]


async def wait_streams(live: Live, count: int) -> None:
    hub = live.desk.conversations.hub
    for _ in range(200):
        if hub.subscribers >= count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the console stream did not open")


async def test_takeover_silences_the_bot_and_hand_back_resumes(live: Live) -> None:
    person, case_id = await live.new_case()
    hotline = await live.login("hotline1")
    officer = await live.login("officer1")
    page = await live.http.get(live.url + f"/chat/api/events?session={person.session}")
    console = await hotline.http.get(live.url + f"/api/events?case={case_id}")
    assert console.status == 200
    assert console.headers["Content-Type"].startswith("text/event-stream")
    await wait_streams(live, 1)

    status, body = await hotline.post(f"/api/conversations/{case_id}/messages", {"text": "x"})
    assert status == 409 and "takeover" in body["detail"]
    status, body = await hotline.post(f"/api/conversations/{case_id}/takeover")
    assert status == 200 and body["hold"]["staff"] == "hotline1"
    joined = people.joined("")
    assert (await next_message(console))["text"] == joined
    assert (await read_data(page))["text"] == joined
    status, body = await officer.post(f"/api/conversations/{case_id}/takeover")
    assert status == 409 and "hotline1" in body["detail"]

    before = await outbox_origins(live, person.session)
    replies = await person.send(text="ยังรออยู่นะคะ ช่วยด้วย")
    assert replies == []  # the bot says nothing while held
    seen = await next_message(console)
    assert seen == {"type": "message", "case_id": case_id, "direction": "in",
                    "text": "ยังรออยู่นะคะ ช่วยด้วย", "origin": None, "at": seen["at"]}
    assert (await outbox_origins(live, person.session)) == before
    assert "bot" not in before[before.index("staff"):]
    status, view = await hotline.get(f"/api/cases/{case_id}")
    last = view["transcript"][-1]
    assert last["direction"] == "in" and last["held_by"] == "hotline1"
    assert view["hold"]["staff"] == "hotline1"

    status, _ = await officer.post(f"/api/conversations/{case_id}/messages", {"text": "x"})
    assert status == 409  # only the one who holds it replies
    status, _ = await hotline.post(f"/api/conversations/{case_id}/messages",
                                   {"text": "เจ้าหน้าที่จะโทรหาภายใน 10 นาทีค่ะ"})
    assert status == 200
    reply = await next_message(console)
    assert reply["direction"] == "out" and reply["origin"] == "staff"
    shown = await read_data(page)  # the page shows it apart from the bot's, by role
    assert shown["text"] == "เจ้าหน้าที่จะโทรหาภายใน 10 นาทีค่ะ" and shown["staff"] == "เจ้าหน้าที่"
    assert "hotline1" not in str(shown)

    status, _ = await hotline.post(f"/api/conversations/{case_id}/handback")
    assert status == 200
    back = await read_data(page)
    assert back["text"].startswith(texts.HANDED_BACK)
    assert (await outbox_origins(live, person.session))[-1] == "bot"
    replies = await person.send(text="ขอบคุณค่ะ")
    assert replies, "the dialog resumes after hand-back"
    status, body = await hotline.post(f"/api/conversations/{case_id}/handback")
    assert status == 409
    page.close()
    console.close()


async def test_the_queue_stream_gets_new_cases_without_message_text(live: Live) -> None:
    hotline = await live.login("hotline1")
    stream = await hotline.http.get(live.url + "/api/events")
    await wait_streams(live, 1)
    person, case_id = await live.new_case()
    event = await read_data(stream)
    assert event == {"type": "case", "case_id": case_id}
    await hotline.post(f"/api/conversations/{case_id}/takeover")
    await person.send(text="ข้อความลับ 0812345678")
    while (event := await read_data(stream))["type"] != "message" or event["direction"] != "in":
        pass
    assert "text" not in event and event["case_id"] == case_id
    stream.close()


async def test_stopping_the_streams_ends_them(live: Live) -> None:
    hotline = await live.login("hotline1")
    stream = await hotline.http.get(live.url + "/api/events")
    await wait_streams(live, 1)
    streams = _streams(live)
    assert streams.open == 1
    streams.stop()  # what Console.stop does at shutdown
    rest = await asyncio.wait_for(stream.content.read(), 5)
    assert stream.content.at_eof() and b"data" not in rest
    assert streams.open == 0


def _streams(live: Live) -> EventStreams:
    """The app's console streams, found through its /api/events route."""
    for resource in live.app.router.resources():
        for route in resource:
            owner = getattr(route.handler, "__self__", None)
            if isinstance(getattr(owner, "streams", None), EventStreams):
                found: EventStreams = owner.streams  # type: ignore[union-attr]
                return found
    raise AssertionError("no console events route")
