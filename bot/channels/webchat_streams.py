"""The web chat's open Server-Sent Events streams: each a queue of events waiting to
be written, and the wait for the first stream to take an event."""

from __future__ import annotations

import asyncio


class Push:
    """An event waiting in a stream's queue; `taken` resolves True once written."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.taken: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def settle(self, ok: bool) -> None:
        if not self.taken.done():
            self.taken.set_result(ok)


class Stream:
    """One open events stream (one browser tab)."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[Push | None] = asyncio.Queue()

    def push(self, data: bytes) -> asyncio.Future[bool]:
        item = Push(data)
        self.queue.put_nowait(item)
        return item.taken

    def close(self) -> None:
        self.queue.put_nowait(None)

    def fail_pending(self) -> None:
        while not self.queue.empty():
            item = self.queue.get_nowait()
            if item is not None:
                item.settle(False)


async def first_taken(taken: set[asyncio.Future[bool]], timeout: float) -> bool:
    """True as soon as one stream has written the event; False if none did in time."""
    pending = taken
    while pending:
        done, pending = await asyncio.wait(pending, timeout=timeout,
                                           return_when=asyncio.FIRST_COMPLETED)
        if not done:
            return False
        if any(f.result() for f in done):
            return True
    return False
