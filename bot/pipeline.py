"""Durable message flow: inbox -> dialog turn -> outbox -> platform.

`accept` writes an event to the inbox (deduplicated) before the webhook is
acknowledged; a worker runs the turn, which marks the event processed and writes
the replies to the outbox in the same transaction; a sender delivers the outbox
with retries.

Several processes may share one database (PostgreSQL). A person's events are
handled in order whichever process got them: a worker takes the person's lock
(across processes) and then handles *all* their pending events, oldest first, so
an event another process accepted is never overtaken. A redelivered event (its
first copy accepted by a process that died) and, every few seconds, any event left
pending too long are scheduled again: the lock and the re-read make that safe.

The sender claims due outbox items in batches, with a lease it renews while it
works on them; a process that dies loses its claims when the lease runs out, and
another sends them. It wakes when a turn queued replies, and polls every second
for the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import os
import socket
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from bot.channels.base import BadRequest, Blocked, Channel, DeliveryError, RateLimited
from bot.conversations import Conversations
from bot.store import InboxItem, OutboxItem, Store, StoreError
from dialogs.types import ConversationKey, Inbound

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 300  # with the 5-minute cap: a platform may be down for about a day
BACKOFF_BASE = 1.0  # seconds; doubled per attempt, capped
BACKOFF_CAP = 300.0
STOP_GRACE = 10.0  # seconds stop() waits for the events in hand
CLAIM_LEASE = dt.timedelta(seconds=10)  # renewed while the sender is alive
RENEW_EVERY = CLAIM_LEASE / 3  # so a lease in hand always has 2/3 of its time left
CLAIM_BATCH = 200
RESCAN = dt.timedelta(seconds=5)  # events pending longer than this are scheduled again
PENDING_BATCH = 100


def inbound_to_json(inbound: Inbound) -> dict[str, Any]:
    return {"kind": inbound.kind, "text": inbound.text, "value": inbound.value,
            "media_id": inbound.media_id, "latitude": inbound.latitude,
            "longitude": inbound.longitude, "at": inbound.at.isoformat()}


def inbound_from_json(data: Mapping[str, Any]) -> Inbound:
    return Inbound(data["kind"], text=data.get("text") or "", value=data.get("value"),
                   media_id=data.get("media_id"), latitude=data.get("latitude"),
                   longitude=data.get("longitude"), at=dt.datetime.fromisoformat(data["at"]))


def backoff(attempts: int, base: float = BACKOFF_BASE) -> float:
    return float(min(BACKOFF_CAP, base * 2 ** max(0, attempts)))


class Pipeline:
    def __init__(self, store: Store, conversations: Conversations,
                 channels: Mapping[str, Channel] | None = None,
                 backoff_base: float = BACKOFF_BASE, owner: str | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.store = store
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))  # the desk's, in the app
        self.backoff_base = backoff_base
        self.conversations = conversations
        self.channels = dict(channels or {})
        # who claims outbox items: unique per process (and per pipeline)
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._chains: dict[ConversationKey, asyncio.Task[None]] = {}
        self._again: set[ConversationKey] = set()
        self._failed: set[int] = set()  # inbox ids whose turn raised: retried on restart
        self._wake_sender = asyncio.Event()
        self._sender: asyncio.Task[None] | None = None
        self._sending: dict[ConversationKey, asyncio.Task[None]] = {}
        self._stopping = False
        self._next_rescan = self.clock() + RESCAN
        self._renew_at: dt.datetime | None = None  # when the claims in hand need renewing

    # -- intake ------------------------------------------------------------------
    async def accept(self, event_id: str, key: ConversationKey, inbound: Inbound,
                     reply_token: str | None = None) -> bool:
        """Store the event (raises StoreError when the database cannot: the webhook
        then answers 503); False for a duplicate. Either way the person's pending
        events are handled: a duplicate's first copy may have been accepted by a
        process that died before its turn."""
        payload = {"inbound": inbound_to_json(inbound), "reply_token": reply_token}
        inbox_id = await self.store.accept(event_id, key, payload, inbound.at)
        if inbox_id is None:
            log.info("duplicate event %s: handled once", event_id)
        self._schedule(key)
        return inbox_id is not None

    def _schedule(self, key: ConversationKey) -> None:
        """Handle the person's pending events; once more if a run is under way."""
        if key in self._chains:
            self._again.add(key)
            return
        task = asyncio.create_task(self._run(key))
        self._chains[key] = task
        task.add_done_callback(functools.partial(self._forget, key))

    async def _run(self, key: ConversationKey) -> None:
        try:
            while True:
                self._again.discard(key)
                await self._process(key)
                if key not in self._again:
                    return
        finally:  # no await since the last check: a new event finds no stale chain
            if self._chains.get(key) is asyncio.current_task():
                del self._chains[key]

    def _forget(self, key: ConversationKey, task: asyncio.Task[None]) -> None:
        if self._chains.get(key) is task:
            del self._chains[key]
        if not task.cancelled() and task.exception() is not None:
            log.error("handling a person's events failed; they stay in the inbox",
                      exc_info=task.exception())

    async def _process(self, key: ConversationKey) -> None:
        """Under the person's lock (held across processes), their pending events in
        order. A turn that fails on a bug stays in the inbox (retried at the next
        start) and the next event goes on; a store failure stops here: the rescan
        tries again."""
        async with self.store.person_lock(key):
            items = await self.store.pending_inbox(limit=PENDING_BATCH, key=key)
            for item in items:
                if item.id in self._failed:
                    continue
                try:
                    await self._handle(item)
                except StoreError:
                    raise
                except Exception:
                    self._failed.add(item.id)
                    log.exception("the turn of inbox event %s failed; it stays in the inbox",
                                  item.id)
        if len(items) == PENDING_BATCH:
            self._again.add(key)
        self._wake_sender.set()

    async def _handle(self, item: InboxItem) -> None:
        inbound = inbound_from_json(item.payload["inbound"])
        await self.conversations.handle(item.key, inbound, deliver=True, inbox_id=item.id,
                                        reply_token=item.payload.get("reply_token"))

    async def _rescan(self, now: dt.datetime) -> None:
        """Schedule the people with events pending too long: accepted by a process
        that died, or left behind by a store failure."""
        self._next_rescan = now + RESCAN
        for item in await self.store.pending_inbox(limit=1000, before=now - RESCAN):
            if item.id not in self._failed and item.key not in self._chains:
                self._schedule(item.key)

    # -- lifecycle ---------------------------------------------------------------
    async def start(self) -> None:
        for item in await self.store.pending_inbox(limit=10_000):
            if item.key not in self._chains:
                self._schedule(item.key)
        self._sender = asyncio.create_task(self._send_loop())

    async def drain(self) -> None:
        """Wait until every scheduled event has been processed."""
        while self._chains:
            await asyncio.gather(*self._chains.values(), return_exceptions=True)

    async def stop(self, grace: float = STOP_GRACE) -> None:
        """Finish the events in hand (for `grace` seconds at most: an event still
        unprocessed then stays in the inbox, and the next start picks it up)."""
        try:
            await asyncio.wait_for(self.drain(), grace)
        except TimeoutError:
            log.warning("stopping with %d conversations still in progress; their events "
                        "stay in the inbox", len(self._chains))
            for chain in list(self._chains.values()):
                chain.cancel()
        self._stopping = True  # the loop ends even if a cancellation were lost
        self._wake_sender.set()
        if self._sender is not None:
            self._sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sender
        for task in list(self._sending.values()):
            task.cancel()

    # -- sending -----------------------------------------------------------------
    def wake(self) -> None:
        self._wake_sender.set()

    async def _send_loop(self) -> None:
        while not self._stopping:
            self._wake_sender.clear()
            try:
                await self._send_round()
            except StoreError as exc:  # the database is away: try again in a second
                log.warning("the sender could not reach the database: %s", exc)
            with contextlib.suppress(TimeoutError):
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a
                # cancellation that arrives as the event is set, and stop() would hang
                async with asyncio.timeout(1.0):
                    await self._wake_sender.wait()

    async def _send_round(self) -> None:
        now = self.clock()
        if now >= self._next_rescan:
            await self._rescan(now)
        if self._sending and self._renew_at is not None and now >= self._renew_at:
            # keep what we are sending ours: every lease in hand ends no sooner than
            # RENEW_EVERY after the last renewal or claim, renewed well before then
            await self.store.renew_claims(self.owner, now + CLAIM_LEASE)
            self._renew_at = now + RENEW_EVERY
        # A key busy before the query may finish during it; the rows read for it are
        # then stale (an item just sent or given up would look due): skip those keys.
        busy = frozenset(self._sending)
        claimed = await self.store.claim_outbox(self.owner, now, CLAIM_LEASE,
                                                limit=CLAIM_BATCH, skip=busy)
        if claimed and (self._renew_at is None or now >= self._renew_at):
            self._renew_at = now + RENEW_EVERY
        by_key: dict[ConversationKey, list[OutboxItem]] = {}
        for item in claimed:
            if item.key not in self._sending:
                by_key.setdefault(item.key, []).append(item)
        for key, items in by_key.items():
            task = asyncio.create_task(self._send_all(items))
            self._sending[key] = task
            task.add_done_callback(functools.partial(self._sent_done, key))

    def _sent_done(self, key: ConversationKey, task: asyncio.Task[None]) -> None:
        self._sending.pop(key, None)
        if not task.cancelled() and task.exception() is not None:
            log.warning("sending to a conversation stopped: %s", task.exception())
        self._wake_sender.set()

    async def _send_all(self, items: list[OutboxItem]) -> None:
        for item in items:
            if not await self._send(item):
                # keep the person's order: later items wait for this one (their claim
                # is given back, so that any sender may take them when it is due)
                await self.store.release_claims(self.owner, [i.id for i in items
                                                             if i.id > item.id])
                return

    async def _send(self, item: OutboxItem) -> bool:
        channel = self.channels.get(item.key.channel)
        now = self.clock()
        if channel is None:
            await self.store.outbox_failed(item.id, "channel is off", now, None)
            return True
        # (the bot's items to a conversation staff hold never get here: the claim
        # marks them not sent)
        async def progress(parts: int) -> None:
            await self.store.outbox_progress(item.id, parts)

        try:
            await channel.deliver(item, progress)
        except RateLimited as exc:
            wait = dt.timedelta(seconds=max(exc.retry_after, 0.05))
            await self.store.outbox_failed(item.id, str(exc), now, now + wait)
            return False
        except (Blocked, BadRequest) as exc:
            log.warning("outbox %s given up: %s", item.id, exc)
            await self.store.outbox_failed(item.id, str(exc), now, None)
            return True
        except Exception as exc:  # a bug or an SDK surprise: retried with backoff, logged
            if not isinstance(exc, DeliveryError):
                log.exception("outbox %s: unexpected error while delivering", item.id)
            attempts = item.attempts + 1
            retry_at: dt.datetime | None = None
            if attempts < MAX_ATTEMPTS:
                retry_at = now + dt.timedelta(seconds=backoff(item.attempts, self.backoff_base))
            log.warning("outbox %s attempt %d failed: %s", item.id, attempts, exc)
            await self.store.outbox_failed(item.id, str(exc), now, retry_at)
            return False
        await self.store.outbox_sent(item.id, self.clock())
        return True
