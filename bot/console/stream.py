"""The console's live updates: Server-Sent Events fed by the in-process Hub.

The queue page's stream gets case events and text-less message hints; a case page's
stream (case given) also gets the messages of that case's conversation, text
included. An event is a hint to refresh: the pages reload what they show from the
store, so a dropped event loses nothing. The session is checked again at every
heartbeat and before each event is written: a stream ends with its session (logout,
expiry, an admin ending the sessions or removing the account).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.channels.http import sse_event
from bot.console.http import HEADERS
from bot.events import Hub
from bot.store import Case

log = logging.getLogger(__name__)

Alive = Callable[[], Awaitable[bool]]

HEARTBEAT = 15.0
RECONNECT_MS = 3000


def visible(event: dict[str, Any], case: Case | None) -> dict[str, Any] | None:
    """What a stream shows of a hub event: None for nothing."""
    kind = event.get("type")
    if kind == "case":
        return {"type": "case", "case_id": event.get("case_id")}
    if kind != "message":
        return None
    if case is not None and (event.get("case_id") == case.id
                             or event.get("key") == str(case.key)):
        return {k: event.get(k) for k in ("type", "case_id", "direction", "text",
                                          "origin", "at")}
    return {"type": "message", "case_id": event.get("case_id"),
            "direction": event.get("direction")}


class EventStreams:
    def __init__(self, hub: Hub, heartbeat: float = HEARTBEAT) -> None:
        self.hub = hub
        self.heartbeat = heartbeat
        self._counter = 0

    @property
    def open(self) -> int:
        return self.hub.subscribers

    def stop(self) -> None:
        """End every open stream (the hub wakes its subscribers with None)."""
        self.hub.close()

    async def serve(self, request: web.Request, case: Case | None,
                    alive: Alive) -> web.StreamResponse:
        """Stream events while `alive()` (the session still holds) says True."""
        response = web.StreamResponse(headers={
            **HEADERS, "Content-Type": "text/event-stream; charset=utf-8",
            "X-Accel-Buffering": "no"})
        async with self.hub.subscribe() as queue:
            try:
                await response.prepare(request)
                await response.write(f"retry: {RECONNECT_MS}\n: connected\n\n".encode())
                await self._pump(queue, response, case, alive)
            except ConnectionResetError:
                log.debug("a console events stream closed")
        return response

    async def _pump(self, queue: asyncio.Queue[dict[str, Any] | None],
                    response: web.StreamResponse, case: Case | None,
                    alive: Alive) -> None:
        while True:
            try:
                async with asyncio.timeout(self.heartbeat):  # not wait_for: see pipeline
                    event = await queue.get()
            except TimeoutError:
                if not await alive():
                    return
                await response.write(b": ping\n\n")
                continue
            if event is None:
                return
            shown = visible(event, case)
            if shown is None:
                continue
            if not await alive():
                return
            self._counter += 1
            await response.write(sse_event(str(self._counter), shown))
