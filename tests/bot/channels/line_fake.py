"""A fake LINE Messaging API on 127.0.0.1 (webhook bodies: line_bodies.py).

The fake serves reply, push, the loading animation and the rich menus
(line_fake_richmenu.py) with LINE's response bodies (the SDK validates them), checks
the bearer token and the messages against LINE's limits (line_fake_checks.py),
records every call with its headers, and behaves like LINE where the bot relies on
it: a reply token is valid once and only for tokens it issued (and not expired); a
push whose X-Line-Retry-Key was already accepted gets 409. It can be told to fail the
next calls (5xx, 429 with Retry-After, 403, 400) or to hang a call, before or after
accepting it (to kill a server in the middle of a delivery).
"""

from __future__ import annotations

import asyncio
import itertools
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.channels.line import LineChannel
from bot.settings import Settings
from dialogs.types import ConversationKey, Inbound

from .line_fake_checks import MESSAGES, Refused, check_messages
from .line_fake_richmenu import FakeRichMenus, MenuRefused

SECRET = "8f3c1a9e5b7d2f4a6c8e0b1d3f5a7c9e"  # the channel secret the tests sign with
TOKEN = "nAmJaI+test/access_token0123456789abcdefghijklmnopqrstuvwxyzABCDEFG="
USER = "U4f6e1c2b9a8d7e6f5a4b3c2d1e0f9a8b"
MEMBER_PATH = re.compile(r"/v2/bot/group/([^/]+)/member/([^/]+)")
PATHS = {"/v2/bot/message/reply": "reply", "/v2/bot/message/push": "push",
         "/v2/bot/chat/loading/start": "loading"}


def settings(tmp_path: Path, api_url: str) -> Settings:
    """The server's settings with LINE on, talking to the fake at `api_url`."""
    return Settings(db=tmp_path / "line.db", line_channel_secret=SECRET,
                    line_access_token=TOKEN, line_api_base_url=api_url)


class NoIntake:
    async def accept(self, event_id: str, key: ConversationKey, inbound: Inbound,
                     reply_token: str | None = None) -> bool:
        raise AssertionError("no webhook calls expected")


@dataclass(frozen=True)
class Call:
    kind: str  # "reply", "push", "loading" or the path
    body: dict[str, Any]
    headers: dict[str, str]
    status: int
    at: float  # time.monotonic()

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def retry_key(self) -> str | None:
        return self.headers.get("X-Line-Retry-Key")


@dataclass(frozen=True)
class Delivery:
    """Messages LINE accepted (and would show): to whom, how, and the retry key."""

    to: str
    messages: list[dict[str, Any]]
    via: str  # "reply" or "push"
    retry_key: str | None = None
    ids: tuple[str, ...] = ()  # the sent messages' ids (a reply quoting one names it)


@dataclass(frozen=True)
class Failure:
    status: int
    retry_after: int | None = None
    message: str | None = None
    accepted: bool = False  # LINE took the messages, then the answer failed


@dataclass
class FakeLine:
    access_token: str
    token_ttl: float = 60.0  # seconds a reply token stays valid
    calls: list[Call] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    url: str = ""
    _tokens: dict[str, tuple[str, float]] = field(default_factory=dict)  # token -> (to, exp)
    _accepted_keys: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    _script: dict[str, list[Failure | None]] = field(default_factory=dict)
    _hangs: dict[str, list[bool]] = field(default_factory=dict)  # kind -> [accept first?]
    _release: asyncio.Event = field(default_factory=asyncio.Event)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(461230966842064897))
    _runner: web.AppRunner | None = None
    members: dict[tuple[str, str], str] = field(default_factory=dict)  # group member names
    rich_menus: FakeRichMenus = field(default_factory=FakeRichMenus)

    # -- lifecycle ---------------------------------------------------------------
    async def start(self, port: int = 0) -> None:
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        host, bound = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{bound}"

    async def close(self) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- programming -------------------------------------------------------------
    def issue_token(self, to: str) -> str:
        """A reply token, as LINE puts in a webhook event from `to`."""
        token = uuid.uuid4().hex
        self._tokens[token] = (to, time.monotonic() + self.token_ttl)
        return token

    def expire(self, token: str) -> None:
        to, _ = self._tokens[token]
        self._tokens[token] = (to, 0.0)

    def fail_next(self, kind: str, status: int = 500, times: int = 1, *, after: int = 0,
                  retry_after: int | None = None, message: str | None = None,
                  accepted: bool = False) -> None:
        """The next `times` calls of `kind` (after `after` answered normally) fail; with
        `accepted`, after LINE took the messages (as when an answer is lost)."""
        plan = self._script.setdefault(kind, [])
        plan.extend([None] * after + [Failure(status, retry_after, message, accepted)] * times)

    def hang_next(self, kind: str, *, accept: bool = False) -> None:
        """The next call of `kind` never gets an answer (until close); with `accept`,
        LINE takes the messages first (they count as delivered)."""
        self._hangs.setdefault(kind, []).append(accept)

    # -- reading the record ------------------------------------------------------
    def of(self, kind: str, ok: bool | None = None) -> list[Call]:
        return [c for c in self.calls if c.kind == kind and (ok is None or c.ok == ok)]

    def delivered(self, to: str | None = None) -> list[dict[str, Any]]:
        """Every accepted message, in order, optionally of one chat."""
        return [m for d in self.deliveries if to is None or d.to == to for m in d.messages]

    def texts(self, to: str | None = None) -> list[str]:
        """The text of each accepted message (a Flex message's alternative text)."""
        return [str(m.get("text") or m.get("altText")) for m in self.delivered(to)]

    async def wait_for(self, condition: Callable[[], bool], timeout: float = 10.0,
                       what: str = "the condition") -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                seen = [(c.kind, c.status) for c in self.calls]
                raise AssertionError(f"timed out waiting for {what}; calls: {seen}")
            await asyncio.sleep(0.01)

    async def wait_delivered(self, count: int, to: str | None = None,
                             timeout: float = 10.0) -> list[dict[str, Any]]:
        await self.wait_for(lambda: len(self.delivered(to)) >= count, timeout,
                            f"{count} messages delivered to {to}")
        return self.delivered(to)

    # -- the API -----------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        kind = PATHS.get(request.path, request.path)
        headers = dict(request.headers)
        try:
            body = await request.json() if request.can_read_body else {}
        except ValueError:
            body = {}
        try:
            status, answer = await self._answer(kind, request, body)
        except Refused as exc:
            status, answer = exc.status, {"message": exc.message}
            if exc.details:
                answer["details"] = exc.details
            self.calls.append(Call(kind, body, headers, status, time.monotonic()))
            return web.json_response(answer, status=status, headers=exc.headers)
        self.calls.append(Call(kind, body, headers, status, time.monotonic()))
        if kind == "push" and status == 200:
            return web.json_response(answer, headers={
                "X-Line-Request-Id": str(uuid.uuid4())})
        return web.json_response(answer, status=status)

    async def _answer(self, kind: str, request: web.Request,
                      body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if request.headers.get("Authorization") != f"Bearer {self.access_token}":
            raise Refused(401, MESSAGES[401])
        if self.rich_menus.handles(request.path):
            try:
                return 200, self.rich_menus.answer(request.method, request.path, body,
                                                   await request.read(), request.content_type)
            except MenuRefused as exc:
                details = [{"message": exc.message, "property": exc.prop}] if exc.prop else None
                raise Refused(exc.status, exc.message, details) from None
        member = MEMBER_PATH.fullmatch(request.path)
        if request.method == "GET" and member is not None:
            return 200, self._member(member.group(1), member.group(2))
        if request.method != "POST" or kind not in PATHS.values():
            raise Refused(404, "Not found")
        plan = self._script.get(kind)
        failure = plan.pop(0) if plan else None
        if failure is not None:
            if failure.accepted:
                self._send(kind, body, request.headers.get("X-Line-Retry-Key"))
            extra = {"Retry-After": str(failure.retry_after)} if failure.retry_after else {}
            raise Refused(failure.status, failure.message or MESSAGES.get(failure.status, "Error"),
                          headers=extra)
        hang = self._hangs.get(kind)
        accept_first = hang.pop(0) if hang else None
        if accept_first is False:
            await self._hang(kind, body, dict(request.headers))
        if kind == "loading":
            self._loading(body)
            return 202, {}
        result = self._send(kind, body, request.headers.get("X-Line-Retry-Key"))
        if accept_first:
            await self._hang(kind, body, dict(request.headers))
        return 200, result

    async def _hang(self, kind: str, body: dict[str, Any], headers: dict[str, str]) -> None:
        self.calls.append(Call(kind, body, headers, 0, time.monotonic()))  # 0: no answer
        await self._release.wait()
        raise Refused(500, MESSAGES[500])

    def _member(self, group: str, user: str) -> dict[str, Any]:
        name = self.members.get((group, user))
        if name is None:
            raise Refused(404, "Not found")
        return {"displayName": name, "userId": user,
                "pictureUrl": "https://profile.line-scdn.net/0h-fake"}

    @staticmethod
    def _loading(body: dict[str, Any]) -> None:
        seconds = body.get("loadingSeconds", 20)
        if not str(body.get("chatId", "")).startswith("U"):
            raise Refused(400, MESSAGES[400], [{"message": "Must be a user ID",
                                                "property": "chatId"}])
        if not isinstance(seconds, int) or not 5 <= seconds <= 60 or seconds % 5:
            raise Refused(400, MESSAGES[400], [{"message": "Invalid value",
                                                "property": "loadingSeconds"}])

    def _send(self, kind: str, body: dict[str, Any], retry_key: str | None) -> dict[str, Any]:
        messages = body.get("messages")
        check_messages(messages)
        assert isinstance(messages, list)
        if kind == "reply":
            to = self._use_token(str(body.get("replyToken", "")))
            key = None
        else:
            to, key = str(body.get("to", "")), retry_key
            if not to:
                raise Refused(400, MESSAGES[400], [{"message": "Must not be empty",
                                                    "property": "to"}])
            if key is not None:
                self._check_key(key)
        sent = [{"id": str(next(self._ids)), "quoteToken": uuid.uuid4().hex} for _ in messages]
        if key is not None:
            self._accepted_keys[key] = sent
        self.deliveries.append(Delivery(to, messages, kind, key, tuple(m["id"] for m in sent)))
        return {"sentMessages": sent}

    def _use_token(self, token: str) -> str:
        to, expires = self._tokens.get(token, ("", 0.0))
        if not to or expires < time.monotonic():
            raise Refused(400, "Invalid reply token")
        self._tokens[token] = (to, 0.0)  # used
        return to

    def _check_key(self, key: str) -> None:
        try:
            uuid.UUID(key)
        except ValueError:
            raise Refused(400, "The value for the 'X-Line-Retry-Key' header is invalid") \
                from None
        if key in self._accepted_keys:
            raise Refused(409, "The retry key is already accepted",
                          headers={"X-Line-Accepted-Request-Id": str(uuid.uuid4())})


@pytest.fixture(name="fake")
async def fake_line_api() -> AsyncIterator[FakeLine]:
    """The fake LINE API, started and closed around a test (import it to use `fake`)."""
    server = FakeLine(TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.close()


@pytest.fixture(name="channel")
async def line_channel(tmp_path: Path, fake: FakeLine) -> AsyncIterator[LineChannel]:
    """A started LINE channel on the fake API, without intake (import it to use
    `channel`), stopped after the test."""
    line = LineChannel(settings(tmp_path, fake.url), NoIntake())
    await line.start()
    try:
        yield line
    finally:
        await line.stop()
