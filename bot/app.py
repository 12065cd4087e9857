"""Wiring: the one place where the parts are put together."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web
from aiohttp.typedefs import Handler

from bot.alerts import Alerts, targets_of
from bot.cases.office_hours import OfficeCalendar
from bot.channels.base import Channel
from bot.channels.http import BODY_SECONDS, error, json_errors
from bot.channels.limits import forwarded_for
from bot.console import Console
from bot.conversations import Conversations
from bot.desk import Desk
from bot.events import Hub
from bot.follow_ups import Clock, utcnow
from bot.metered import MeteredChannel
from bot.metrics import Metrics
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.staff_room import StaffRoom
from bot.store import Store, Unavailable
from bot.store.factory import store_for
from bot.store.postgres import PostgresStore
from bot.sweeper import Sweeper
from dialogs.engine import Dialog
from knowledge import KnowledgeBase, Matcher, load_encoder, load_knowledge
from knowledge.errors import NamjaiError

log = logging.getLogger("namjai")


@dataclass(frozen=True)
class Runtime:
    kb: KnowledgeBase
    matcher: Matcher
    store: Store
    conversations: Conversations
    desk: Desk
    room: StaffRoom  # what staff do from their own chats


@asynccontextmanager
async def runtime(db: Path | str) -> AsyncIterator[Runtime]:
    """Open the store (first: a broken database fails at once), load the knowledge base,
    build the dialog; close on exit."""
    async with store_only(db) as store:
        kb = load_knowledge()
        matcher = Matcher(kb, encoder=load_encoder())
        conversations = Conversations(store, Dialog(kb, matcher))
        desk = Desk(store, conversations)
        yield Runtime(kb, matcher, store, conversations, desk, StaffRoom(desk))


@asynccontextmanager
async def store_only(db: Path | str) -> AsyncIterator[Store]:
    """The store of a SQLite path or a PostgreSQL URL, open; closed on exit."""
    store = store_for(db)
    await store.open()
    try:
        yield store
    finally:
        await store.close()


def _load() -> tuple[KnowledgeBase, Matcher]:
    kb = load_knowledge()
    return kb, Matcher(kb, encoder=load_encoder())


RUNTIME = web.AppKey("runtime", Runtime)
PIPELINE = web.AppKey("pipeline", Pipeline)
SWEEPER = web.AppKey("sweeper", Sweeper)
CHANNELS: web.AppKey[dict[str, Channel]] = web.AppKey("channels")
METRICS = web.AppKey("metrics", Metrics)


def _channels(settings: Settings, rt: Runtime, pipeline: Pipeline) -> dict[str, Channel]:
    from bot.channels.webchat import WebChatChannel

    channels: dict[str, Channel] = {"web": WebChatChannel(rt.conversations)}
    line_on, line_why = settings.line_enabled()
    if line_on:
        from bot.channels.line import LineChannel

        channels["line"] = LineChannel(settings, pipeline, staff=rt.room)
    telegram_on, telegram_why = settings.telegram_enabled()
    if telegram_on:
        from bot.channels.telegram import TelegramChannel

        channels["telegram"] = TelegramChannel(settings, pipeline, staff=rt.room)
    log.info("channels: web chat on; LINE %s; Telegram %s", line_why, telegram_why)
    return channels


async def _healthz(request: web.Request) -> web.Response:
    """200 when the database can write; 503 with the reason when it cannot (locked,
    read-only, unreachable): a load balancer then sends the traffic elsewhere."""
    rt = request.app[RUNTIME]
    try:
        await rt.store.check_writable()
        counts = await rt.store.table_counts()
        database = {"status": "ok", "cases": counts["cases"],
                    "pending_inbox": len(await rt.store.pending_inbox(1000))}
    except NamjaiError as exc:
        database = {"status": "error", "error": str(exc)}
    status = "ok" if database["status"] == "ok" else "degraded"
    channels: dict[str, Channel] = request.app[CHANNELS]
    return web.json_response({"status": status, "channels": sorted(channels.keys()),
                              "database": database}, status=200 if status == "ok" else 503)


@web.middleware
async def _unavailable_is_503(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The database cannot answer now: 503 (never 500), so that the platform redelivers
    the webhook later; nothing was acknowledged."""
    try:
        return await handler(request)
    except Unavailable as exc:
        log.warning("503 on %s: %s", request.path, exc)
        return error(503, "unavailable", str(exc), {"Retry-After": "5"})


def create_app(settings: Settings,
               knowledge: tuple[KnowledgeBase, Matcher] | None = None,
               clock: Clock | None = None) -> web.Application:
    """The web server: webhooks, web chat, the staff console and health. Parts are
    built here without I/O; the store, the channels' SDK clients and the workers start
    with the app. `knowledge`: an already loaded knowledge base and its matcher (the
    index takes a second to build; tests share one). `clock`: the desk's and the
    timers' time (tests move it forward instead of waiting)."""
    clock = clock or utcnow
    kb, matcher = knowledge or _load()
    store = store_for(settings.database_url or settings.db)
    hub = Hub()
    metrics = Metrics()
    alerts = Alerts(targets_of(settings.telegram_staff_chat_id, settings.line_staff_group_id,
                               settings.public_url))
    conversations = Conversations(store, Dialog(kb, matcher, observe=metrics.decided),
                                  alerts=alerts, hub=hub, calendar=OfficeCalendar.load(),
                                  metrics=metrics, clock=clock)
    desk = Desk(store, conversations, clock, follow_up_days=settings.follow_up_days)
    rt = Runtime(kb, matcher, store, conversations, desk, StaffRoom(desk))
    pipeline = Pipeline(store, rt.conversations, clock=clock)
    channels = _channels(settings, rt, pipeline)
    pipeline.channels.update({n: MeteredChannel(c, metrics) for n, c in channels.items()})
    sweeper = Sweeper(desk, dt.timedelta(minutes=settings.handback_idle_minutes),
                      follow_up_after=dt.timedelta(days=settings.follow_up_days))
    console = Console(desk, hub, room=rt.room)
    app = web.Application(client_max_size=1024 * 1024, middlewares=[
        metrics.middleware(), forwarded_for(settings.trusted_proxies), json_errors,
        _unavailable_is_503])
    app[BODY_SECONDS] = settings.body_timeout
    app[RUNTIME] = rt
    app[METRICS] = metrics
    app[PIPELINE] = pipeline
    app[CHANNELS] = channels
    app[SWEEPER] = sweeper

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        await store.open()
        try:
            if isinstance(store, PostgresStore):  # several processes: share live events
                bridge = store.events_bridge()
                bridge.claims_of(pipeline.owner)  # freed at once should this process die
                await hub.connect(bridge)
            for channel in channels.values():
                await channel.start()
            await pipeline.start()
            sweeper.start()
            yield
        finally:
            await sweeper.stop()
            await pipeline.stop()
            for channel in channels.values():
                await channel.stop()
            await hub.disconnect()
            await store.close()

    async def close_streams(app: web.Application) -> None:
        # open event streams would hold a graceful shutdown until timeout
        await channels["web"].stop()
        await console.stop()
        hub.close()

    app.cleanup_ctx.append(lifecycle)
    app.on_shutdown.append(close_streams)
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/metrics", metrics.handler(store, settings.metrics_token))
    for channel in channels.values():
        app.router.add_routes(channel.routes())
    app.router.add_routes(console.routes())
    return app
