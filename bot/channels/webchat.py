"""The web chat channel: a small Thai chat page, a JSON API and a Server-Sent Events stream.

The page keeps a random session id (a UUID) in the browser; it is the person's
key, ConversationKey("web", session). Turns run synchronously: `POST
/chat/api/messages` answers with the replies. Messages that come later (staff
replies, through the outbox) are pushed by `deliver` to the session's open
`GET /chat/api/events` streams; with no stream open, `deliver` raises
Unavailable so the pipeline retries.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.channels.base import BadRequest, Progress, Unavailable
from bot.channels.boundary import BadJson, loads
from bot.channels.http import (
    NO_STORE,
    SECURITY_HEADERS,
    BodyTimeout,
    BodyTooLarge,
    error,
    read_body,
    sse_event,
)
from bot.channels.webchat_messages import BadInput, parse_message, reply_to_web, valid_session
from bot.channels.webchat_streams import Stream, first_taken
from bot.conversations import Conversations, reply_from_json
from bot.store import OutboxItem
from dialogs.types import ConversationKey
from knowledge.errors import NamjaiError

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_FILES = {"chat.js": "application/javascript", "chat.css": "text/css"}
MAX_BODY = 64 * 1024  # bytes of one API request
MAX_STREAMS_PER_SESSION = 4  # open tabs of one person
HEARTBEAT = 15.0  # seconds between keep-alive comments on an idle stream
PUSH_TIMEOUT = 10.0  # seconds a delivery waits for a stream to take the event
RECONNECT_MS = 3000  # the browser's reconnect delay after a dropped stream


# -- the channel -------------------------------------------------------------------


class WebChatChannel:
    name = "web"

    def __init__(self, conversations: Conversations, *, heartbeat: float = HEARTBEAT,
                 push_timeout: float = PUSH_TIMEOUT) -> None:
        self.conversations = conversations
        self.heartbeat = heartbeat
        self.push_timeout = push_timeout
        self._streams: dict[str, set[Stream]] = {}

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return [
            web.get("/", self._index),
            web.get("/chat/static/{name}", self._static),
            web.post("/chat/api/messages", self._message),
            web.get("/chat/api/events", self._events),
        ]

    async def start(self) -> None:
        """Nothing to open: the page connects to us."""

    async def stop(self) -> None:
        for streams in self._streams.values():
            for stream in streams:
                stream.close()

    def open_streams(self, session: str) -> int:
        return len(self._streams.get(session, ()))

    # -- delivery ----------------------------------------------------------------
    async def deliver(self, item: OutboxItem, progress: Progress) -> None:
        if item.key.channel != self.name:
            raise BadRequest(f"not a web chat conversation: {item.key.channel}")
        replies = item.payload.get("replies")
        if not isinstance(replies, list):
            raise BadRequest("outbox item has no replies")
        staff = item.payload.get("staff_name")  # a staff member speaks: shown apart
        for index in range(item.parts_sent, len(replies)):
            data = self._outbox_reply(replies[index])
            if isinstance(staff, str) and staff:
                data["staff"] = staff
            event = sse_event(f"{item.retry_key}:{index}", data)
            if not await self._push(item.key.user_id, event):
                raise Unavailable("the person has no chat page open")
            if index + 1 < len(replies):  # the last: the sender records the item
                await progress(index + 1)

    @staticmethod
    def _outbox_reply(data: Any) -> dict[str, Any]:
        try:
            return reply_to_web(reply_from_json(data))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise BadRequest(f"malformed reply in outbox item: {exc!r}") from exc

    async def _push(self, session: str, event: bytes) -> bool:
        streams = self._streams.get(session)
        if not streams:
            return False
        return await first_taken({s.push(event) for s in streams}, self.push_timeout)

    # -- HTTP handlers -------------------------------------------------------------
    async def _index(self, request: web.Request) -> web.StreamResponse:
        return self._file("index.html", "text/html")

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in STATIC_FILES:
            raise web.HTTPNotFound()
        return self._file(name, STATIC_FILES[name])

    @staticmethod
    def _file(name: str, content_type: str) -> web.FileResponse:
        headers = {**SECURITY_HEADERS, "Cache-Control": "no-cache",
                   "Content-Type": f"{content_type}; charset=utf-8"}
        return web.FileResponse(STATIC_DIR / name, headers=headers)

    async def _message(self, request: web.Request) -> web.Response:
        try:
            session, inbound = parse_message(await self._json(request))
        except BadInput as exc:
            return error(400, "bad_request", str(exc))
        except BodyTooLarge as exc:
            return error(413, "too_large", str(exc))
        except BodyTimeout as exc:
            return error(408, "timeout", str(exc))
        try:
            outcome = await self.conversations.handle(ConversationKey(self.name, session),
                                                      inbound)
        except NamjaiError:
            log.exception("a web chat turn failed")
            return error(503, "unavailable", "the bot cannot answer now; try again")
        body: dict[str, Any] = {"replies": [reply_to_web(r) for r in outcome.replies]}
        if outcome.erased:
            body["erased"] = True
        return web.json_response(body, headers={**SECURITY_HEADERS, **NO_STORE},
                                 dumps=lambda obj: json.dumps(obj, ensure_ascii=False))

    @staticmethod
    async def _json(request: web.Request) -> Any:
        if request.content_type != "application/json":
            raise BadInput("the body must be application/json")
        try:
            return loads(await read_body(request, MAX_BODY))
        except BadJson as exc:
            raise BadInput(str(exc)) from exc

    async def _events(self, request: web.Request) -> web.StreamResponse:
        try:
            session = valid_session(request.query.get("session"))
        except BadInput as exc:
            return error(400, "bad_request", str(exc))
        if self.open_streams(session) >= MAX_STREAMS_PER_SESSION:
            return error(429, "too_many_streams", "too many open pages for this session")
        response = web.StreamResponse(headers={
            **SECURITY_HEADERS, **NO_STORE, "Content-Type": "text/event-stream; charset=utf-8",
            "X-Accel-Buffering": "no"})
        await response.prepare(request)
        stream = Stream()
        self._streams.setdefault(session, set()).add(stream)
        try:
            await response.write(f"retry: {RECONNECT_MS}\n: connected\n\n".encode())
            await self._pump(stream, response)
        except ConnectionResetError:
            log.debug("an events stream closed")
        finally:
            self._forget(session, stream)
        return response

    def _forget(self, session: str, stream: Stream) -> None:
        streams = self._streams.get(session)
        if streams is not None:
            streams.discard(stream)
            if not streams:
                del self._streams[session]
        stream.fail_pending()

    async def _pump(self, stream: Stream, response: web.StreamResponse) -> None:
        """Write queued events until the channel stops; a comment keeps idle streams open
        (and finds out that the browser went away)."""
        while True:
            try:
                async with asyncio.timeout(self.heartbeat):  # not wait_for: see pipeline
                    item = await stream.queue.get()
            except TimeoutError:
                await response.write(b": ping\n\n")
                continue
            if item is None:
                return
            try:
                await response.write(item.data)
            except ConnectionResetError:
                item.settle(False)
                raise
            item.settle(True)
