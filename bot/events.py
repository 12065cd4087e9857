"""In-process live events for the staff console: new cases, case changes, messages.

Publishers never wait: each subscriber has a bounded queue, and a subscriber too
slow to keep up loses its oldest events (the console reloads what it shows from
the store, so an event is a hint to refresh, never the only copy of anything).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

QUEUE_SIZE = 100


def _put_dropping_oldest(queue: asyncio.Queue[dict[str, Any] | None],
                        item: dict[str, Any] | None) -> None:
    if queue.full():
        with contextlib.suppress(asyncio.QueueEmpty):
            queue.get_nowait()
    queue.put_nowait(item)


class Hub:
    def __init__(self) -> None:
        self._subscribers: set[asyncio.Queue[dict[str, Any] | None]] = set()

    def publish(self, event: dict[str, Any]) -> None:
        for queue in self._subscribers:
            _put_dropping_oldest(queue, event)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[dict[str, Any] | None]]:
        queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(QUEUE_SIZE)
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
