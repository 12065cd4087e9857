"""Several processes on one PostgreSQL database: the timers run on exactly one of
them and another takes over when it dies; a console event published on one reaches
a console on the other; the outbox claims of a process gone are freed at once. (In
those, each "process" is a store with its own connection pool and its own listening
connection, as a process has.) Then two real `serve` processes: concurrent claims
through both consoles, a live event across them, and the sign-in defences (one-time
links, the throttle) shared through the database. The kill test is in
tests/bot/test_kill.py."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.console.logins import FREE_PER_PAIR
from bot.conversations import Conversations
from bot.desk import Desk
from bot.events import Hub
from bot.passwords import hash_password
from bot.store import Outgoing, Turn
from bot.store.postgres import PostgresStore
from bot.sweeper import Sweeper
from dialogs.engine import Dialog
from dialogs.state import State
from dialogs.types import ConversationKey
from tests.bot import test_crash_recovery as crash_recovery
from tests.bot.channels.line_fake import (
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
)
from tests.bot.console.conftest import PASSWORD, StaffClient
from tests.bot.sse import read_data
from tests.bot.store.conftest import CASE
from tests.bot.test_crash_recovery import Server, servers_on_postgres


def _sweeper(store: PostgresStore, kb_matcher: Any, name: str) -> Sweeper:
    kb, matcher = kb_matcher
    desk = Desk(store, Conversations(store, Dialog(kb, matcher)))
    return Sweeper(desk, dt.timedelta(minutes=30), tick=0.05, owner=name, check=0.05,
                   ttl=dt.timedelta(seconds=1))


async def _until(predicate: Any, seconds: float) -> float:
    loop = asyncio.get_running_loop()
    start = loop.time()
    while not predicate():
        if loop.time() - start > seconds:
            raise AssertionError("timed out")
        await asyncio.sleep(0.02)
    return loop.time() - start


async def test_timers_run_on_one_process_and_another_takes_over(
        pg_url: str, kb_matcher: Any) -> None:
    async with PostgresStore(pg_url, pool_size=4) as one, \
            PostgresStore(pg_url, pool_size=4) as two:
        first, second = _sweeper(one, kb_matcher, "p1"), _sweeper(two, kb_matcher, "p2")
        first.start()
        await _until(lambda: first.rounds >= 2, 10)
        second.start()
        await asyncio.sleep(0.5)
        assert first.leader and not second.leader and second.rounds == 0
        # p1 dies: its task stops without giving the lease back
        assert first._task is not None
        first._stopping = True
        first._task.cancel()
        took = await _until(lambda: second.rounds >= 1, 10)
        assert took < 3  # the lease (1 s here; 40 s in production) ran out, then p2 led
        await second.stop()
        assert not second.leader


async def test_a_console_event_reaches_a_console_on_the_other_process(pg_url: str) -> None:
    async with PostgresStore(pg_url, pool_size=2) as one, \
            PostgresStore(pg_url, pool_size=2) as two:
        here, there = Hub(), Hub()
        await here.connect(one.events_bridge())
        await there.connect(two.events_bridge())
        try:
            async with here.subscribe() as mine, there.subscribe() as theirs:
                event = {"type": "message", "key": "line:U1", "text": "ขอบคุณค่ะ " * 2000}
                here.publish(event)
                got = await asyncio.wait_for(theirs.get(), 10)
                assert got is not None and got["type"] == "message"
                assert got["key"] == "line:U1" and got["text"].startswith("ขอบคุณค่ะ")
                assert got.get("truncated") is True  # too long for NOTIFY: shortened
                assert (await mine.get()) == event  # here: once, in full
                await asyncio.sleep(0.3)
                assert mine.empty()  # its own event did not come back through PostgreSQL
        finally:
            await here.disconnect()
            await there.disconnect()


async def test_the_claims_of_a_process_gone_are_freed_at_once(pg_url: str) -> None:
    """A process that dies (its connections end) loses its outbox claims within
    seconds, not when their lease runs out; a live process keeps its own."""
    lease = dt.timedelta(minutes=5)
    async with PostgresStore(pg_url, pool_size=2) as one, \
            PostgresStore(pg_url, pool_size=2) as two:
        for user in ("alive", "gone"):
            await one.save_turn(Turn(ConversationKey("line", user), State("idle"),
                                     dt.datetime.now(dt.UTC),
                                     outbox=(Outgoing(f"{user}-1", {}),)))
        here, there = Hub(), Hub()
        bridge_here, bridge_there = one.events_bridge(), two.events_bridge()
        bridge_here.claims_of("p-alive")
        bridge_there.claims_of("p-gone")
        await here.connect(bridge_here)
        await there.connect(bridge_there)
        try:
            now = dt.datetime.now(dt.UTC)
            [mine] = await one.claim_outbox("p-alive", now, lease, limit=1)
            [theirs] = await two.claim_outbox("p-gone", now, lease, limit=1)
            assert {mine.retry_key, theirs.retry_key} == {"alive-1", "gone-1"}
            await there.disconnect()  # "p-gone" ends its connection to the database
            took = await _until_freed(one, theirs.id, 10)
            assert took < 5
            # the freed item goes to another sender at once, counted as a second claim
            [again] = await one.claim_outbox("p-other", dt.datetime.now(dt.UTC), lease)
            assert again.id == theirs.id and again.claims == 2
            row = await one.sql.one("SELECT claimed_by, lease_until FROM outbox WHERE id = ?",
                                    (mine.id,))
            assert row is not None and row[0] == "p-alive" and row[1] is not None
        finally:
            await here.disconnect()


async def _until_freed(store: PostgresStore, item_id: int, seconds: float) -> float:
    loop = asyncio.get_running_loop()
    start = loop.time()
    while True:
        row = await store.sql.one("SELECT lease_until FROM outbox WHERE id = ?", (item_id,))
        if row is not None and row[0] is None:
            return loop.time() - start
        assert loop.time() - start < seconds, "the claim of a process gone was kept"
        await asyncio.sleep(0.05)


# -- two real `serve` processes on one database ----------------------------------------

STAFF = 20


@pytest.fixture
def two_servers(tmp_path: Path, fake: FakeLine, pg_url: str,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Server]]:
    monkeypatch.setattr(crash_recovery, "START_TIMEOUT", 300.0)  # 2 shared cores
    # no message is matched here: start faster without the encoder
    with servers_on_postgres(tmp_path, fake.url, pg_url, NAMJAI_ENCODER="off") as made:
        yield made


def _client(url: str) -> StaffClient:
    return StaffClient(url, aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)))


async def _login(client: StaffClient, name: str, password: str = PASSWORD) -> tuple[int, Any]:
    status, body = await client.post("/api/login", {"username": name, "password": password})
    if status == 200:
        client.csrf = body["csrf"]
    return status, body


async def test_two_serve_processes_share_claims_events_and_sign_in(
        two_servers: list[Server], pg_url: str) -> None:
    """20 concurrent claims, 10 through each process, have 1 winner; the claim made on
    one process reaches a console stream on the other; a one-time sign-in link made on
    one is spent on the other, once; wrong passwords on one slow the next try on the
    other."""
    first, second = two_servers
    hashed = hash_password(PASSWORD)
    clients = [_client((first, second)[n % 2].url) for n in range(STAFF)]
    try:
        async with aiohttp.ClientSession() as http, \
                PostgresStore(pg_url, pool_size=2) as store:
            await asyncio.gather(first.start(http), second.start(http))
            now = dt.datetime.now(dt.UTC)
            for n in range(STAFF):
                await store.add_staff(f"staff{n:02d}", "admin" if n == 0 else "hotline",
                                      hashed, now)
            saved = await store.save_turn(Turn(ConversationKey("line", "U1"), State("done"),
                                               now, new_case={**CASE, "ref": "NJ-TWO1"}))
            case_id = saved.case_id
            assert case_id is not None
            for n, client in enumerate(clients):
                assert (await _login(client, f"staff{n:02d}"))[0] == 200
            # a console on the second process listens (subscribed once its headers came)
            watcher = clients[1]
            async with watcher.http.get(second.url + "/api/events") as stream:
                assert stream.status == 200
                results = await asyncio.gather(
                    *(c.post(f"/api/cases/{case_id}/claim") for c in clients))
                assert sorted(s for s, _ in results) == [200] + [409] * (STAFF - 1)
                [winner] = [b["case"]["claimed_by"] for s, b in results if s == 200]
                event = await read_data(stream, timeout=20)
                assert event == {"type": "case", "case_id": case_id}
            case = await store.case(case_id)
            assert case is not None and case.claimed_by == winner
            await _sign_in_link_and_throttle(clients[0], first, second)
    finally:
        for client in clients:
            await client.http.close()


async def _sign_in_link_and_throttle(admin: StaffClient, first: Server,
                                     second: Server) -> None:
    status, body = await admin.post("/api/staff/staff05/signin-link")
    assert status == 200 and admin.url == first.url
    redeem = [_client(first.url), _client(second.url)]
    try:
        async with redeem[1].http.post(second.url + body["url"],
                                       allow_redirects=False) as resp:
            assert resp.status == 303  # made on the first process, spent on the second
        async with redeem[0].http.post(first.url + body["url"],
                                       allow_redirects=False) as resp:
            assert resp.status == 404  # spent: on the first process too
        # wrong passwords for one account from one address, alternating between the
        # processes: the free ones, then a wait that both processes impose
        answers = [(await _login(redeem[n % 2], "staff06", "wrong-password"))[1]
                   for n in range(FREE_PER_PAIR + 1)]
        assert [a["error"] for a in answers] == ["bad_login"] * FREE_PER_PAIR + ["slow_down"]
        assert (await _login(redeem[1], "staff06"))[1]["error"] == "slow_down"
    finally:
        for client in redeem:
            await client.http.close()
