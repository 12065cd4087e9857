"""Live streams end with their session: nothing reaches a stream after logout, after an
admin ends the sessions of the account, or after the account is removed."""

from __future__ import annotations

import asyncio

import aiohttp

from bot import people

from .conftest import Live
from .test_takeover import _streams, next_message, wait_streams

SECRET = "ข้อความลับหลังออกจากระบบ 0899999999"


async def ended(stream: aiohttp.ClientResponse, timeout: float = 5.0) -> bytes:
    """The rest of a stream, once the server closed it."""
    rest = await asyncio.wait_for(stream.content.read(), timeout)
    assert stream.content.at_eof()
    return rest


async def test_a_case_stream_ends_at_logout(live: Live) -> None:
    person, case_id = await live.new_case()
    hotline = await live.login("hotline1")
    stream = await hotline.http.get(live.url + f"/api/events?case={case_id}")
    assert stream.status == 200
    await wait_streams(live, 1)
    status, _ = await hotline.post(f"/api/conversations/{case_id}/takeover")
    assert status == 200
    assert (await next_message(stream))["text"] == people.joined("")
    status, _ = await hotline.post("/api/logout")  # the same cookie as the stream's
    assert status == 200
    assert await person.send(text=SECRET) == []  # still held: the bot says nothing
    rest = await ended(stream)
    assert SECRET.encode() not in rest  # (events from before the logout may be there)
    stream.close()


async def test_heartbeats_end_a_stream_whose_sessions_an_admin_ended(live: Live) -> None:
    _streams(live).heartbeat = 0.1
    hotline, admin = await live.login("hotline1"), await live.login("admin1")
    stream = await hotline.http.get(live.url + "/api/events")
    assert stream.status == 200
    await wait_streams(live, 1)
    assert b"ping" in await asyncio.wait_for(stream.content.readuntil(b"ping"), 5)
    async with admin.http.post(live.url + "/console/staff/sessions", allow_redirects=False,
                               data={"csrf": admin.csrf, "username": "hotline1"}) as resp:
        assert resp.status == 303
    rest = await ended(stream)
    assert b"data" not in rest
    status, _ = await hotline.get("/api/me")
    assert status == 401


async def test_removing_the_account_ends_its_stream(live: Live) -> None:
    _streams(live).heartbeat = 0.1
    officer = await live.login("officer2")
    stream = await officer.http.get(live.url + "/api/events")
    await wait_streams(live, 1)
    assert await live.store.staff_remove("officer2")
    await ended(stream)
    assert _streams(live).open == 0
