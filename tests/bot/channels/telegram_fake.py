"""A fake Telegram Bot API on 127.0.0.1 (webhook updates: telegram_updates.py).

The fake serves /bot<TOKEN>/<method> for getMe, sendMessage, answerCallbackQuery
and setWebhook with the Bot API's response bodies, records every call, and can
be told to fail the next calls of a method (5xx, 429 with retry_after, 403, 400).
An unknown token gets 404, like the real API (PTB raises InvalidToken for it).
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .telegram_updates import BOT_USER, chat

JSON_PARAMS = ("reply_markup", "allowed_updates", "link_preview_options", "reply_parameters",
               "entities")
DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
SECRET_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
TAG_RE = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Call:
    method: str
    params: dict[str, Any]
    status: int
    at: float  # time.monotonic()

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass(frozen=True)
class Failure:
    status: int
    retry_after: int | None = None
    chat_id: int | None = None  # only calls to this chat fail

    def body(self) -> dict[str, Any]:
        description = DESCRIPTIONS.get(self.status, "Internal Server Error")
        body: dict[str, Any] = {"ok": False, "error_code": self.status,
                                "description": description.format(retry_after=self.retry_after)}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


class ApiError(Exception):
    """A refusal in the Bot API's own words (400 with a description)."""

    def __init__(self, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.status, self.description = status, description


@dataclass
class FakeTelegram:
    token: str
    calls: list[Call] = field(default_factory=list)
    _script: dict[str, list[Failure | None]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(101))
    forums: set[int] = field(default_factory=set)  # group chats that have topics
    deleted_topics: set[int] = field(default_factory=set)
    _runner: web.AppRunner | None = None
    url: str = ""

    # -- lifecycle ---------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # -- programming failures ----------------------------------------------------
    def fail_next(self, method: str, times: int = 1, status: int = 500, *, after: int = 0,
                  retry_after: int | None = None, chat_id: int | None = None) -> None:
        """The next `times` calls of `method` (after `after` successful ones; only those
        to `chat_id` when given) fail with `status`; 429 carries retry_after (default 1)."""
        if status == 429 and retry_after is None:
            retry_after = 1
        plan = self._script.setdefault(method, [])
        plan.extend([None] * after + [Failure(status, retry_after, chat_id)] * times)

    # -- reading the record ------------------------------------------------------
    def of(self, method: str, ok: bool | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and (ok is None or c.ok == ok)]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Successful sendMessage calls, optionally to one chat."""
        return [c for c in self.of("sendMessage", ok=True)
                if chat_id is None or int(c.params["chat_id"]) == chat_id]

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [str(c.params["text"]) for c in self.sent(chat_id)]

    async def wait_for(self, condition: Callable[[], bool], timeout: float = 10.0,
                       what: str = "the condition") -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                recorded = [(c.method, c.status, c.params.get("text", "")[:40])
                            for c in self.calls]
                raise AssertionError(f"timed out waiting for {what}; calls: {recorded}")
            await asyncio.sleep(0.02)

    async def wait_sent(self, count: int, chat_id: int | None = None,
                        timeout: float = 10.0) -> list[Call]:
        await self.wait_for(lambda: len(self.sent(chat_id)) >= count, timeout,
                            f"{count} messages sent to {chat_id}")
        return self.sent(chat_id)

    # -- the API -----------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        if request.match_info["token"] != self.token:
            return self._reply(method, params, Failure(404).body(), 404)
        plan = self._script.get(method)
        failure = plan[0] if plan else None
        if failure is not None and failure.chat_id is not None and \
                str(params.get("chat_id")) != str(failure.chat_id):
            failure = None  # meant for another chat: this call goes through
        elif plan:
            plan.pop(0)
        if failure is not None:
            return self._reply(method, params, failure.body(), failure.status)
        handler = {"getMe": self._get_me, "sendMessage": self._send_message,
                   "answerCallbackQuery": self._answer_callback_query,
                   "setWebhook": self._set_webhook, "getChat": self._get_chat,
                   "createForumTopic": self._create_forum_topic}.get(method)
        if handler is None:
            return self._reply(method, params, Failure(404).body(), 404)
        try:
            result = handler(params)
        except ApiError as exc:
            body = {"ok": False, "error_code": exc.status, "description": exc.description}
            return self._reply(method, params, body, exc.status)
        return self._reply(method, params, {"ok": True, "result": result}, 200)

    def _reply(self, method: str, params: dict[str, Any], body: dict[str, Any],
               status: int) -> web.Response:
        self.calls.append(Call(method, params, status, time.monotonic()))
        return web.json_response(body, status=status)

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        """PTB posts form fields (objects as JSON strings); the API also takes JSON."""
        if request.content_type == "application/json":
            data: dict[str, Any] = await request.json()
            return data
        params: dict[str, Any] = dict((await request.post()).items())
        for name in JSON_PARAMS:
            if isinstance(params.get(name), str):
                params[name] = json.loads(params[name])
        return params

    @staticmethod
    def _get_me(params: dict[str, Any]) -> dict[str, Any]:
        return dict(BOT_USER)

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        text = str(params.get("text") or "")
        if "chat_id" not in params:
            raise ApiError("Bad Request: chat_id is empty")
        if params.get("parse_mode") == "HTML":
            text = html.unescape(TAG_RE.sub("", text))
        if not text.strip():
            raise ApiError("Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            raise ApiError("Bad Request: message is too long")
        markup = params.get("reply_markup")
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                if "url" in button:
                    if not str(button["url"]).startswith(("https://", "http://", "tg://")):
                        raise ApiError("Bad Request: BUTTON_URL_INVALID")
                elif not 1 <= len(str(button.get("callback_data", "")).encode()) <= 64:
                    raise ApiError("Bad Request: BUTTON_DATA_INVALID")
        chat_id = int(params["chat_id"])
        message: dict[str, Any] = {
            "message_id": next(self._ids), "from": BOT_USER, "chat": chat(chat_id),
            "date": int(time.time()), "text": text}
        thread = params.get("message_thread_id")
        if thread is not None:
            if chat_id not in self.forums or int(thread) in self.deleted_topics:
                raise ApiError("Bad Request: message thread not found")
            message["message_thread_id"] = int(thread)
            message["is_topic_message"] = True
        if markup:
            message["reply_markup"] = markup
        return message

    def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        info: dict[str, Any] = {**chat(chat_id), "accent_color_id": 0,
                                "max_reaction_count": 11,
                                "accepted_gift_types": {"unlimited_gifts": False,
                                                        "limited_gifts": False,
                                                        "unique_gifts": False,
                                                        "premium_subscription": False,
                                                        "gifts_from_channels": False}}
        if chat_id in self.forums:
            info["is_forum"] = True
        return info

    def _create_forum_topic(self, params: dict[str, Any]) -> dict[str, Any]:
        if int(params["chat_id"]) not in self.forums:
            raise ApiError("Bad Request: the chat is not a forum")
        return {"message_thread_id": next(self._ids), "name": str(params["name"]),
                "icon_color": 7322096}

    @staticmethod
    def _answer_callback_query(params: dict[str, Any]) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError("Bad Request: query is too old and response timeout expired or "
                           "query ID is invalid")
        return True

    @staticmethod
    def _set_webhook(params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if not url.startswith("https://"):
            raise ApiError("Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not SECRET_TOKEN_RE.match(str(secret)):
            raise ApiError("Bad Request: secret token contains unallowed characters")
        return True
