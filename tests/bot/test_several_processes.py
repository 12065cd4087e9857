"""Several processes on one PostgreSQL database: the timers run on exactly one of
them and another takes over when it dies; a console event published on one reaches
a console on the other. (Each "process" here is a store with its own connection
pool and its own listening connection, as a process has; the kill test in
tests/bot/test_kill.py runs real processes.)"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from bot.conversations import Conversations
from bot.desk import Desk
from bot.events import Hub
from bot.store.postgres import PostgresStore
from bot.sweeper import Sweeper
from dialogs.engine import Dialog


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
