"""Live events for the staff console: new cases, case changes, messages.

Publishers never wait: each subscriber has a bounded queue, and a subscriber too
slow to keep up loses its oldest events (the console reloads what it shows from
the store, so an event is a hint to refresh, never the only copy of anything).

With several processes on one database a `Bridge` carries each event to the other
processes (PostgreSQL LISTEN/NOTIFY: bot.store.pg_events), whose hubs hand it to
their own subscribers: staff see the same live view whichever process serves them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any, Protocol

QUEUE_SIZE = 100

Event = dict[str, Any]


class Bridge(Protocol):
    async def start(self, deliver: Callable[[Event], None]) -> None:
        """Start listening; `deliver` gets the events other processes published."""

    def send(self, event: Event) -> None:
        """Pass an event on to the other processes (never waits)."""

    async def stop(self) -> None: ...


def _put_dropping_oldest(queue: asyncio.Queue[Event | None], item: Event | None) -> None:
    if queue.full():
        with contextlib.suppress(asyncio.QueueEmpty):
            queue.get_nowait()
    queue.put_nowait(item)


class Hub:
    def __init__(self) -> None:
        self._subscribers: set[asyncio.Queue[Event | None]] = set()
        self._bridge: Bridge | None = None

    async def connect(self, bridge: Bridge) -> None:
        """Share events with the other processes through `bridge`."""
        await bridge.start(self.deliver)
        self._bridge = bridge

    async def disconnect(self) -> None:
        bridge, self._bridge = self._bridge, None
        if bridge is not None:
            await bridge.stop()

    def publish(self, event: Event) -> None:
        self.deliver(event)
        if self._bridge is not None:
            self._bridge.send(event)

    def deliver(self, event: Event) -> None:
        """Hand an event to this process's subscribers only."""
        for queue in self._subscribers:
            _put_dropping_oldest(queue, event)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[Event | None]]:
        queue: asyncio.Queue[Event | None] = asyncio.Queue(QUEUE_SIZE)
        self._subscribers.add(queue)
        try:
            yield queue
        finally:
            self._subscribers.discard(queue)

    def close(self) -> None:
        """Wake every subscriber with None: the server is stopping."""
        for queue in self._subscribers:
            _put_dropping_oldest(queue, None)

    @property
    def subscribers(self) -> int:
        return len(self._subscribers)
