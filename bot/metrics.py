"""Operational metrics in the Prometheus text format at `GET /metrics`.

Counters move as things happen (webhooks, turns, matcher decisions, deliveries,
cases); the backlog (outbox depth and the age of its oldest item, open cases,
unclaimed urgent cases and the age of the oldest) is read through the store at
scrape time. Every app has its own registry, so several apps in one process (tests)
do not collide. Who may read: see bot.metrics_access.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

from bot.metrics_access import allowed
from bot.store import Backlog, Store
from knowledge.errors import NamjaiError

log = logging.getLogger(__name__)

# Paths whose POSTs are people's messages arriving, by channel.
INBOUND_PATHS = {"/webhooks/line": "line", "/webhooks/telegram": "telegram",
                 "/chat/api/messages": "web"}
TURN_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


def webhook_result(status: int) -> str:
    """A webhook's answer as a metric label."""
    if 200 <= status < 300:
        return "accepted"
    if status in (401, 403):
        return "refused"
    if 400 <= status < 500:
        return "bad_request"
    return "error"  # 5xx: the platform will retry


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.webhooks = Counter("namjai_webhooks", "Webhook calls (and web chat messages) "
                                "by channel and result", ["channel", "result"], registry=r)
        self.turns = Histogram("namjai_turn_seconds", "Dialog turns: lock, load, step and "
                               "commit", ["channel"], buckets=TURN_BUCKETS, registry=r)
        self.decisions = Counter("namjai_matcher_decisions", "Matcher decisions",
                                 ["decision"], registry=r)
        self.deliveries = Counter("namjai_deliveries", "Outbox deliveries by channel and "
                                  "result (sent, retried, given_up)", ["channel", "result"],
                                  registry=r)
        self.cases = Counter("namjai_cases_created", "Cases created, by kind", ["kind"],
                             registry=r)
        self.outbox_depth = Gauge("namjai_outbox_depth", "Outbox items neither sent nor "
                                  "given up", registry=r)
        self.outbox_oldest = Gauge("namjai_outbox_oldest_age_seconds", "Age of the oldest "
                                   "outbox item waiting (0 when none)", registry=r)
        self.open_cases = Gauge("namjai_open_cases", "Cases not finished", registry=r)
        self.unclaimed_urgent = Gauge("namjai_unclaimed_urgent_cases", "Urgent cases "
                                      "nobody claimed", registry=r)
        self.unclaimed_urgent_oldest = Gauge(
            "namjai_unclaimed_urgent_oldest_age_seconds", "Age of the oldest urgent case "
            "nobody claimed (0 when none)", registry=r)
        self.scrape_errors = Counter("namjai_metrics_backlog_errors", "Scrapes whose "
                                     "backlog read failed", registry=r)
        for decision in ("answer", "clarify", "unknown"):
            self.decisions.labels(decision)  # present at 0 from the start

    # -- events --------------------------------------------------------------------
    def decided(self, decision: str) -> None:
        self.decisions.labels(decision).inc()

    def turn(self, channel: str, seconds: float) -> None:
        self.turns.labels(channel).observe(seconds)

    def case_created(self, kind: str) -> None:
        self.cases.labels(kind).inc()

    def delivery(self, channel: str, result: str) -> None:
        self.deliveries.labels(channel, result).inc()

    def backlog(self, backlog: Backlog, now: dt.datetime) -> None:
        def age(since: dt.datetime | None) -> float:
            return max(0.0, (now - since).total_seconds()) if since is not None else 0.0

        self.outbox_depth.set(backlog.outbox)
        self.outbox_oldest.set(age(backlog.outbox_since))
        self.open_cases.set(backlog.open_cases)
        self.unclaimed_urgent.set(backlog.unclaimed_urgent)
        self.unclaimed_urgent_oldest.set(age(backlog.unclaimed_urgent_since))

    # -- HTTP ----------------------------------------------------------------------
    def middleware(self) -> Any:
        """Counts the answers to inbound message POSTs, by channel and result."""

        @web.middleware
        async def count(request: web.Request,
                        handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                        ) -> web.StreamResponse:
            channel = INBOUND_PATHS.get(request.path) if request.method == "POST" else None
            if channel is None:
                return await handler(request)
            try:
                response = await handler(request)
            except web.HTTPException as exc:
                self.webhooks.labels(channel, webhook_result(exc.status)).inc()
                raise
            self.webhooks.labels(channel, webhook_result(response.status)).inc()
            return response

        return count

    def handler(self, store: Store, token: str | None) -> Any:
        async def scrape(request: web.Request) -> web.Response:
            if not allowed(request, token):
                return web.Response(status=403, text="metrics: loopback or bearer token only")
            try:
                self.backlog(await store.backlog(), dt.datetime.now(dt.UTC))
            except NamjaiError as exc:  # the counters are still worth reading
                log.warning("metrics: the backlog could not be read: %s", exc)
                self.scrape_errors.inc()
            body = generate_latest(self.registry)
            return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

        return scrape
