"""GET /metrics: counters that move with a real conversation, and who may read them."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from bot.app import METRICS
from bot.channels.line import SIGNATURE_HEADER, WEBHOOK_PATH
from bot.metrics import Metrics
from bot.metrics_access import is_loopback, may_read
from knowledge import KnowledgeBase, Matcher
from tests.bot.channels.line_bodies import signature, text_event, webhook_body
from tests.bot.channels.line_fake import (
    SECRET,
    USER,
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    settings,
)
from tests.bot.serving import serving

METRICS_TOKEN = "m3trics-t0ken-for-tests"


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """(sample name, sorted labels) -> value, from the Prometheus text format."""
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def value(found: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str,
          **labels: str) -> float:
    return found.get((name, tuple(sorted(labels.items()))), 0.0)


@dataclasses.dataclass
class Live:
    url: str
    http: aiohttp.ClientSession
    app: web.Application
    fake: FakeLine

    async def post_line(self, body: bytes, good: bool = True) -> int:
        sig = signature(SECRET if good else "not-the-secret", body)
        async with self.http.post(self.url + WEBHOOK_PATH, data=body,
                                  headers={SIGNATURE_HEADER: sig,
                                           "Content-Type": "application/json"}) as resp:
            return resp.status

    async def say(self, text: str) -> None:
        """Send a text and wait for the answer (a reply with its token)."""
        token = self.fake.issue_token(USER)
        assert await self.post_line(webhook_body(text_event(USER, text, token))) == 200
        await self.fake.wait_for(lambda: any(
            c.kind == "reply" and c.ok and c.body.get("replyToken") == token
            for c in self.fake.calls), 10.0, f"the answer to {text}")

    async def scrape(self, **headers: str) -> tuple[int, str]:
        async with self.http.get(self.url + "/metrics", headers=headers) as resp:
            return resp.status, await resp.text()


@pytest.fixture
async def live(tmp_path: Path, fake: FakeLine,
               kb_matcher: tuple[KnowledgeBase, Matcher]) -> AsyncIterator[Live]:
    config = dataclasses.replace(settings(tmp_path, fake.url), metrics_token=METRICS_TOKEN)
    async with serving(config, kb_matcher) as (app, url), aiohttp.ClientSession() as http:
        yield Live(url, http, app, fake)


async def test_counters_move_with_a_conversation(live: Live) -> None:
    status, before_text = await live.scrape()
    assert status == 200
    before = samples(before_text)
    assert value(before, "namjai_webhooks_total", channel="line", result="accepted") == 0
    await live.say("สวัสดีค่ะ")  # welcome and privacy
    await live.say("บัตรประชาชนหายทำยังไงคะ")  # at the consent question: the matcher decides
    await live.say("ขอคุยกับเจ้าหน้าที่ค่ะ")  # a human: a handoff case
    assert await live.post_line(webhook_body(text_event(USER, "x")), good=False) == 401
    status, text = await live.scrape()
    assert status == 200
    found = samples(text)
    assert value(found, "namjai_webhooks_total", channel="line", result="accepted") == 3
    assert value(found, "namjai_webhooks_total", channel="line", result="refused") == 1
    assert value(found, "namjai_turn_seconds_count", channel="line") == 3
    assert value(found, "namjai_turn_seconds_sum", channel="line") > 0
    decisions = sum(value(found, "namjai_matcher_decisions_total", decision=d)
                    for d in ("answer", "clarify", "unknown"))
    assert decisions >= 1
    assert value(found, "namjai_deliveries_total", channel="line", result="sent") >= 3
    assert value(found, "namjai_cases_created_total", kind="handoff") == 1
    assert value(found, "namjai_open_cases") == 1
    assert value(found, "namjai_unclaimed_urgent_cases") == 0  # asked for a human: not urgent
    assert "namjai_outbox_depth" in text and "namjai_outbox_oldest_age_seconds" in text
    assert live.app[METRICS].registry is not Metrics().registry


async def test_failed_deliveries_are_counted_as_retried(live: Live) -> None:
    live.fake.fail_next("reply", 500)
    live.fake.fail_next("push", 500)
    token = live.fake.issue_token(USER)
    assert await live.post_line(webhook_body(text_event(USER, "สวัสดีค่ะ", token))) == 200
    await live.fake.wait_delivered(2, USER)
    found = samples((await live.scrape())[1])
    assert value(found, "namjai_deliveries_total", channel="line", result="retried") >= 1
    assert value(found, "namjai_deliveries_total", channel="line", result="sent") >= 1


# -- who may read ------------------------------------------------------------------------


def test_the_decision_on_who_may_read() -> None:
    token = METRICS_TOKEN
    assert may_read("127.0.0.1", {}, None)
    assert may_read("127.8.9.10", {}, None)
    assert may_read("::1", {}, None)
    assert may_read("::ffff:127.0.0.1", {}, None)
    assert not may_read("192.0.2.7", {}, None)
    assert not may_read("192.0.2.7", {}, token)
    assert not may_read("192.0.2.7", {"Authorization": "Bearer wrong"}, token)
    assert not may_read("192.0.2.7", {"Authorization": f"Basic {token}"}, token)
    assert not may_read("192.0.2.7", {"Authorization": "Bearer "}, "")
    assert may_read("192.0.2.7", {"Authorization": f"Bearer {token}"}, token)
    # a request relayed by a proxy on this machine is not local
    assert not may_read("127.0.0.1", {"X-Forwarded-For": "203.0.113.9"}, None)
    assert may_read("127.0.0.1", {"X-Forwarded-For": "203.0.113.9",
                                  "Authorization": f"Bearer {token}"}, token)
    assert not is_loopback(None) and not is_loopback("not an address")


def non_loopback_address() -> str | None:
    """An IPv4 address of this machine's own interfaces that is not loopback (Linux:
    the kernel's table of local addresses); None when there is none."""
    try:
        lines = Path("/proc/net/fib_trie").read_text().splitlines()
    except OSError:
        return None
    for before, line in itertools.pairwise(lines):
        address = before.strip().removeprefix("|-- ")
        if line.strip() == "/32 host LOCAL" and not is_loopback(address):
            return address
    return None


async def test_a_peer_that_is_not_loopback_needs_the_token(live: Live) -> None:
    """A real connection from this machine's network address to the server on
    127.0.0.1: the server sees a peer that is not loopback."""
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no IPv4 address but loopback: no other peer to test")
    connector = aiohttp.TCPConnector(local_addr=(address, 0))
    async with aiohttp.ClientSession(connector=connector) as outside:
        async def scrape(headers: dict[str, Any]) -> tuple[int, str]:
            async with outside.get(live.url + "/metrics", headers=headers) as resp:
                return resp.status, await resp.text()

        status, text = await scrape({})
        assert status == 403 and "namjai_" not in text
        status, text = await scrape({"Authorization": "Bearer wrong"})
        assert status == 403
        status, text = await scrape({"Authorization": f"Bearer {METRICS_TOKEN}"})
        assert status == 200 and "namjai_webhooks_total" in text
    status, _ = await live.scrape(**{"X-Forwarded-For": "203.0.113.9"})
    assert status == 403
