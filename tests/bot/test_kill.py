"""The kill test, with real processes: two `python -m bot serve` on one PostgreSQL
database and a fake LINE API; 1,000 messages from 100 people spread over both; one
process is killed (SIGKILL) midway, what it had not acknowledged is redelivered to
the other (as LINE does), then it is restarted. Every message is answered, each
person's replies come in the order of their messages, and the number answered twice
is printed (the ceiling: what was in flight on the killed process)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.channels.line_deliver import push_retry_key
from bot.store.postgres import PostgresStore
from tests.bot import test_crash_recovery as crash_recovery
from tests.bot.channels.line_bodies import signature, text_event, webhook_body
from tests.bot.channels.line_fake import (
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
)
from tests.bot.test_crash_recovery import SECRET, Server, servers_on_postgres

PEOPLE, EACH = 100, 10
QUESTIONS = ("สวัสดีค่ะ", "ไม่มีเงินค่ารถกลับบ้านค่ะ", "ขอเบอร์ติดต่อหน่อยค่ะ", "ทำบัตรประชาชนใหม่ยังไงคะ",
             "ขอบคุณค่ะ")
SETTLE_TIMEOUT = 600.0  # seconds for both processes to answer everything (2 shared cores)


@pytest.fixture
def servers(tmp_path: Path, fake: FakeLine, pg_url: str,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Server]]:
    # two processes load the knowledge base at once, on 2 shared cores
    monkeypatch.setattr(crash_recovery, "START_TIMEOUT", 300.0)
    with servers_on_postgres(tmp_path, fake.url, pg_url) as made:
        yield made


class Driver:
    """LINE's side: sends each person's messages in order, one webhook per event, to
    either process; an event not acknowledged is redelivered to the other."""

    def __init__(self, fake: FakeLine, servers: list[Server], http: aiohttp.ClientSession):
        self.fake, self.servers, self.http = fake, servers, http
        self.down: set[int] = set()
        self.acknowledged = 0
        self.redelivered = 0
        self.unacknowledged_at_kill = 0
        self.in_flight: dict[int, int] = defaultdict(int)
        self.tokens: dict[str, tuple[str, int]] = {}  # reply token -> (person, n)
        self.issued: dict[str, float] = {}  # reply token -> when issued (monotonic)

    async def post(self, index: int, event: dict[str, Any]) -> bool:
        body = webhook_body(event)
        headers = {"X-Line-Signature": signature(SECRET, body),
                   "Content-Type": "application/json"}
        self.in_flight[index] += 1
        try:
            async with self.http.post(self.servers[index].url + "/webhooks/line", data=body,
                                      headers=headers) as resp:
                return resp.status == 200
        except (aiohttp.ClientError, TimeoutError):
            return False
        finally:
            self.in_flight[index] -= 1

    async def person(self, user: str, rng: random.Random) -> None:
        for n in range(EACH):
            token = self.fake.issue_token(user)
            self.tokens[token] = (user, n)
            self.issued[token] = time.monotonic()
            event = text_event(user, QUESTIONS[n % len(QUESTIONS)], token)
            index = rng.choice([i for i in (0, 1) if i not in self.down] or [1])
            while not await self.post(index, event):
                # not acknowledged: LINE redelivers the same event, here to the other
                index = 1 - index if (1 - index) not in self.down else index
                event = {**event, "deliveryContext": {"isRedelivery": True}}
                self.redelivered += 1
                await asyncio.sleep(0.05)
            self.acknowledged += 1


async def _settled(store: PostgresStore) -> bool:
    row = await store.sql.one(
        "SELECT (SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL), "
        "(SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL)")
    return row is not None and row[0] == 0 and row[1] == 0


async def test_kill_one_of_two_processes_midway(fake: FakeLine, servers: list[Server],
                                                pg_url: str) -> None:
    first, second = servers
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as http, \
            PostgresStore(pg_url, pool_size=2) as store:
        await asyncio.gather(first.start(http), second.start(http))
        driver = Driver(fake, servers, http)
        rng = random.Random(20261203)
        people = [asyncio.create_task(driver.person(f"U{n:032x}", random.Random(rng.random())))
                  for n in range(PEOPLE)]
        while driver.acknowledged < PEOPLE * EACH // 2:
            await asyncio.sleep(0.01)
        assert first.proc is not None
        claimed = await store.sql.one(
            "SELECT COUNT(*) FROM outbox WHERE claimed_by LIKE ? AND sent_at IS NULL AND "
            "failed_at IS NULL", (f"%:{first.proc.pid}:%",))
        driver.down.add(0)
        driver.unacknowledged_at_kill = driver.in_flight[0]
        first.kill()
        in_flight = driver.unacknowledged_at_kill + int(claimed[0] if claimed else 0)
        freed_in = await _claims_freed(store, first.proc.pid)
        while driver.acknowledged < PEOPLE * EACH * 3 // 4:
            await asyncio.sleep(0.05)
        await first.start(http)  # restarted on the same database
        driver.down.discard(0)
        await asyncio.gather(*people)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_TIMEOUT
        while not await _settled(store):
            assert loop.time() < deadline, "not everything was answered in time"
            await asyncio.sleep(0.5)
        outbox = await store.sql.all("SELECT id, user_id, retry_key, payload, sent_at, "
                                     "claims, attempts FROM outbox ORDER BY id")
        inbox = await store.sql.all("SELECT user_id, processed_at FROM inbox ORDER BY id")
    report = _check(fake, driver, outbox, inbox)
    print(f"\nkill test: {PEOPLE * EACH} messages, {driver.redelivered} redeliveries, "
          f"in flight on the killed process {in_flight} "
          f"({driver.unacknowledged_at_kill} webhooks, {in_flight - driver.unacknowledged_at_kill}"
          f" claimed replies, freed for the other process in {freed_in:.1f} s), "
          f"answered twice {report['twice']}")
    assert report["twice"] <= in_flight


async def _claims_freed(store: PostgresStore, pid: int) -> float:
    """Seconds until the killed process's outbox claims are free for the other (its
    connections ended: well before their 10-second lease runs out)."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    while True:
        row = await store.sql.one(
            "SELECT COUNT(*) FROM outbox WHERE claimed_by LIKE ? AND lease_until IS NOT NULL "
            "AND lease_until > ? AND sent_at IS NULL AND failed_at IS NULL",
            (f"%:{pid}:%", dt.datetime.now(dt.UTC)))
        took = loop.time() - start
        if row is not None and row[0] == 0:
            return took
        assert took < 8, "the killed process's claims were kept until their lease ran out"
        await asyncio.sleep(0.05)


def _check(fake: FakeLine, driver: Driver, outbox: list[Any],
           inbox: list[Any]) -> dict[str, int]:
    # every message accepted once and processed, each person's in the order received
    assert len(inbox) == PEOPLE * EACH
    last: dict[str, Any] = {}
    for user, processed_at in inbox:
        assert processed_at is not None
        assert user not in last or last[user] < processed_at, "a person's turns out of order"
        last[user] = processed_at
    # every message answered: an outbox item with its reply token, sent
    by_token: dict[str, int] = {}
    by_push_key: dict[str, tuple[int, int]] = {}
    owner: dict[int, str] = {}
    for item_id, user, retry_key, payload, sent_at, _claims, _attempts in outbox:
        data = json.loads(payload)
        assert sent_at is not None
        owner[item_id] = user
        if data.get("reply_token"):
            by_token[data["reply_token"]] = item_id
        for start in range(0, 50, 5):
            by_push_key[push_retry_key(retry_key, start)] = (item_id, start)
    assert set(driver.tokens) <= set(by_token), "a message got no answer"
    # what LINE showed: each item's first batch, in the order of the items per person
    shown: dict[tuple[int, int], int] = defaultdict(int)
    order: dict[str, list[int]] = defaultdict(list)
    for call in fake.calls:
        if not call.ok or call.kind not in ("reply", "push"):
            continue
        if call.kind == "reply":
            item_id, start = by_token[call.body["replyToken"]], 0
        else:
            item_id, start = by_push_key[str(call.retry_key)]
        shown[(item_id, start)] += 1
        if shown[(item_id, start)] == 1 and item_id not in order[owner[item_id]]:
            order[owner[item_id]].append(item_id)
    for user, items in order.items():
        assert items == sorted(items), f"{user}: replies out of order"
    assert {i for i, _ in shown} >= set(by_token.values())
    twice = sorted({item for (item, _), count in shown.items() if count > 1})
    _explain(fake, driver, outbox, twice, by_token, by_push_key)
    return {"twice": len(twice)}


def _explain(fake: FakeLine, driver: Driver, outbox: list[Any], twice: list[int],
             by_token: dict[str, int], by_push_key: dict[str, tuple[int, int]]) -> None:
    """For each item shown twice: its claims and attempts and each call LINE got for
    it, timed from its reply token's issue."""
    rows = {row[0]: row for row in outbox}
    token_of = {item: token for token, item in by_token.items()}
    for item_id in twice:
        issued = driver.issued.get(token_of.get(item_id, ""), 0.0)
        calls = []
        for call in fake.calls:
            if call.kind == "reply" and by_token.get(call.body.get("replyToken")) == item_id:
                calls.append(f"reply {call.status} at +{call.at - issued:.1f}s")
            elif call.kind == "push" and \
                    by_push_key.get(str(call.retry_key), (0, 0))[0] == item_id:
                calls.append(f"push {call.status} at +{call.at - issued:.1f}s")
        print(f"answered twice: outbox {item_id} (claims {rows[item_id][5]}, attempts "
              f"{rows[item_id][6]}): {', '.join(calls)}")
