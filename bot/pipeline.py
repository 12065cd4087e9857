"""Durable message flow: inbox -> dialog turn -> outbox -> platform.

`accept` writes an event to the inbox (deduplicated) before the webhook is
acknowledged; a worker runs the turn, which marks the event processed and writes
the replies to the outbox in the same transaction; a sender delivers the outbox
with retries. Events of one person are handled in order; after a restart,
`start` picks up whatever was accepted but not processed, and whatever was
written but not sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
from collections.abc import Callable, Mapping
from typing import Any

from bot.channels.base import BadRequest, Blocked, Channel, DeliveryError, RateLimited
from bot.conversations import Conversations
from bot.store import InboxItem, OutboxItem, Store
from dialogs.types import ConversationKey, Inbound

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 300  # with the 5-minute cap: a platform may be down for about a day
BACKOFF_BASE = 1.0  # seconds; doubled per attempt, capped
BACKOFF_CAP = 300.0
STOP_GRACE = 10.0  # seconds stop() waits for the events in hand


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
                 backoff_base: float = BACKOFF_BASE,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.store = store
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))  # the desk's, in the app
        self.backoff_base = backoff_base
        self.conversations = conversations
        self.channels = dict(channels or {})
        self._chains: dict[ConversationKey, asyncio.Task[None]] = {}
        self._wake_sender = asyncio.Event()
        self._sender: asyncio.Task[None] | None = None
        self._sending: dict[ConversationKey, asyncio.Task[None]] = {}
        self._stopping = False

    # -- intake ------------------------------------------------------------------
    async def accept(self, event_id: str, key: ConversationKey, inbound: Inbound,
                     reply_token: str | None = None) -> bool:
        payload = {"inbound": inbound_to_json(inbound), "reply_token": reply_token}
        inbox_id = await self.store.accept(event_id, key, payload, inbound.at)
        if inbox_id is None:
            log.info("duplicate event %s ignored", event_id)
            return False
        self._schedule(InboxItem(inbox_id, key, payload))
        return True

    def _schedule(self, item: InboxItem) -> None:
        """Chain the item after the person's previous one: in order per person."""
        previous = self._chains.get(item.key)

        async def run() -> None:
            if previous is not None:
                with contextlib.suppress(Exception):
                    await previous
            await self._process(item)

        task = asyncio.create_task(run())
        self._chains[item.key] = task
        task.add_done_callback(functools.partial(self._forget, item.key))

    def _forget(self, key: ConversationKey, task: asyncio.Task[None]) -> None:
        if self._chains.get(key) is task:
            del self._chains[key]
        if not task.cancelled() and task.exception() is not None:
            log.error("processing an event failed; it stays in the inbox",
                      exc_info=task.exception())

    async def _process(self, item: InboxItem) -> None:
        inbound = inbound_from_json(item.payload["inbound"])
        await self.conversations.handle(item.key, inbound, deliver=True, inbox_id=item.id,
                                        reply_token=item.payload.get("reply_token"))
        self._wake_sender.set()

    # -- lifecycle ---------------------------------------------------------------
    async def start(self) -> None:
        for item in await self.store.pending_inbox(limit=10_000):
            self._schedule(item)
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
            now = self.clock()
            # A key busy before the query may finish during it; the rows read for it are
            # then stale (an item just sent or given up would look due): skip those keys.
            busy = set(self._sending)
            due = [i for i in await self.store.due_outbox(now, limit=500, skip=frozenset(busy))
                   if i.key not in self._sending]
            by_key: dict[ConversationKey, list[OutboxItem]] = {}
            for item in due:
                by_key.setdefault(item.key, []).append(item)
            for key, items in by_key.items():
                task = asyncio.create_task(self._send_all(items))
                self._sending[key] = task
                task.add_done_callback(functools.partial(self._sent_done, key))
            with contextlib.suppress(TimeoutError):
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a
                # cancellation that arrives as the event is set, and stop() would hang
                async with asyncio.timeout(1.0):
                    await self._wake_sender.wait()

    def _sent_done(self, key: ConversationKey, _task: asyncio.Task[None]) -> None:
        self._sending.pop(key, None)
        self._wake_sender.set()

    async def _send_all(self, items: list[OutboxItem]) -> None:
        for item in items:
            if not await self._send(item):
                return  # keep the person's order: later items wait for this one

    async def _send(self, item: OutboxItem) -> bool:
        channel = self.channels.get(item.key.channel)
        now = self.clock()
        if channel is None:
            await self.store.outbox_failed(item.id, "channel is off", now, None)
            return True
        if item.origin == "bot" and await self.store.hold(item.key) is not None:
            # staff hold the conversation: the bot says nothing, not even what it had
            # queued before the takeover
            await self.store.outbox_failed(item.id, "held by staff: not sent", now, None)
            return True

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
