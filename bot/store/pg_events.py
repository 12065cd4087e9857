"""The console's live events across processes: PostgreSQL LISTEN/NOTIFY.

Each process listens on one channel per schema on a connection of its own, and
sends each event it publishes with `pg_notify` (through the pool, without waiting);
an event carries the sending process's id, so that it ignores its own. NOTIFY
payloads are limited to 8000 bytes: a longer event goes with its text shortened (an
event is only a hint to refresh). A lost listening connection is opened again.

The listening connection also says that this process is alive: it carries the
process's outbox owner (as `application_name`, hashed). Every REAP seconds each
process frees the outbox claims whose owner has no connection to the database any
more (the process died: the server ends its connections at once), so that another
sends them within seconds, not when their lease runs out; a reply then goes while
its reply token is young enough for LINE's refusal to tell that it was used.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

import asyncpg

from bot.events import Event

log = logging.getLogger(__name__)

MAX_PAYLOAD = 7000  # bytes; PostgreSQL refuses 8000 and more
RECONNECT = 1.0  # seconds
REAP = 1.0  # seconds between looks for the claims of processes gone
MARK = "namjai "  # the application_name of a listening connection: MARK + md5(owner)
FREE_ORPHANS = (
    "UPDATE outbox SET lease_until = NULL WHERE lease_until IS NOT NULL AND "
    "lease_until > $1 AND sent_at IS NULL AND failed_at IS NULL AND claimed_by IN "
    "(SELECT DISTINCT o.claimed_by FROM outbox o WHERE o.lease_until IS NOT NULL AND "
    "o.lease_until > $1 AND o.sent_at IS NULL AND o.failed_at IS NULL AND NOT EXISTS "
    "(SELECT 1 FROM pg_stat_activity a WHERE a.application_name = $2 || md5(o.claimed_by)))")


def mark(owner: str) -> str:
    """The application_name that says the outbox owner `owner` is alive."""
    return MARK + hashlib.md5(owner.encode()).hexdigest()


def channel_name(schema: str) -> str:
    return f"namjai_events_{schema}"[:63]


def encode(origin: str, event: Event) -> str:
    payload = json.dumps({"origin": origin, "event": event}, ensure_ascii=False)
    if len(payload.encode()) > MAX_PAYLOAD and isinstance(event.get("text"), str):
        short = {**event, "text": event["text"][:500] + "…", "truncated": True}
        payload = json.dumps({"origin": origin, "event": short}, ensure_ascii=False)
    if len(payload.encode()) > MAX_PAYLOAD:
        payload = json.dumps({"origin": origin, "event": {"type": "refresh"}})
    return payload


class PgBridge:
    def __init__(self, url: str, pool: asyncpg.Pool, schema: str,
                 server_settings: dict[str, str] | None = None) -> None:
        self.url = url
        self.pool = pool
        self.channel = channel_name(schema)
        self.origin = uuid.uuid4().hex
        self.server_settings = server_settings or {}
        self._deliver: Callable[[Event], None] | None = None
        self._conn: asyncpg.Connection | None = None
        self._sending: set[asyncio.Task[None]] = set()
        self._reconnect: asyncio.Task[None] | None = None
        self._reaper: asyncio.Task[None] | None = None
        self._stopped = False
        self.owner: str | None = None

    def claims_of(self, owner: str) -> None:
        """Before start: this process claims outbox items as `owner`; say that it is
        alive, and free the claims of owners that are not."""
        self.owner = owner

    async def start(self, deliver: Callable[[Event], None]) -> None:
        self._deliver = deliver
        await self._listen()
        if self.owner is not None:
            self._reaper = asyncio.get_running_loop().create_task(self._reap())

    async def _listen(self) -> None:
        settings = dict(self.server_settings)
        if self.owner is not None:
            settings["application_name"] = mark(self.owner)
        conn = await asyncpg.connect(self.url, server_settings=settings, timeout=10)
        await conn.add_listener(self.channel, self._received)
        conn.add_termination_listener(self._lost)
        self._conn = conn

    def _received(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        try:
            message = json.loads(payload)
        except json.JSONDecodeError:
            log.warning("live events: a payload that is not JSON was ignored")
            return
        if message.get("origin") != self.origin and self._deliver is not None:
            self._deliver(message.get("event") or {})

    def _lost(self, _conn: Any) -> None:
        if not self._stopped and self._reconnect is None:
            log.warning("live events: the listening connection was lost; reconnecting")
            self._reconnect = asyncio.get_running_loop().create_task(self._again())

    async def _again(self) -> None:
        try:
            while not self._stopped:
                await asyncio.sleep(RECONNECT)
                try:
                    await self._listen()
                    return
                except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                    log.warning("live events: reconnecting failed: %s", exc)
        finally:
            self._reconnect = None

    def send(self, event: Event) -> None:
        task = asyncio.get_running_loop().create_task(self._notify(encode(self.origin, event)))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    async def _notify(self, payload: str) -> None:
        try:
            await self.pool.execute("SELECT pg_notify($1, $2)", self.channel, payload)
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            log.warning("live events: an event could not reach the other processes: %s", exc)

    async def free_orphaned_claims(self) -> int:
        """Free the outbox claims of owners with no connection: how many."""
        status = await self.pool.execute(FREE_ORPHANS, dt.datetime.now(dt.UTC), MARK)
        return int(status.rsplit(" ", 1)[-1])

    async def _reap(self) -> None:
        while not self._stopped:
            await asyncio.sleep(REAP)
            if self._conn is None:  # not marked alive ourselves: others may free ours
                continue
            try:
                freed = await self.free_orphaned_claims()
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                log.warning("could not look for the claims of processes gone: %s", exc)
                continue
            if freed:
                log.info("freed %d outbox claims of processes gone", freed)

    async def stop(self) -> None:
        self._stopped = True
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reaper
        if self._reconnect is not None:
            self._reconnect.cancel()
        if self._sending:
            await asyncio.wait(set(self._sending), timeout=2)
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(Exception):
                await conn.close(timeout=5)
