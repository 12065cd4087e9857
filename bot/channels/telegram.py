"""The Telegram channel: a webhook inside our aiohttp server and python-telegram-bot's Bot.

`POST /webhooks/telegram` checks Telegram's secret-token header, turns the
update into an `Inbound` and hands it to the intake (the pipeline), which
stores it (deduplicated on the update id) before we answer 200; the turn runs
in the background. `deliver` sends an outbox item's replies as messages
(rendered by bot.channels.telegram_render) and maps the SDK's errors to ours in
one place, `delivery_error`. SDK types do not leave this module and its
rendering helper.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import secrets
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from telegram import Bot, CallbackQuery, Message, Update
from telegram import error as tg
from telegram.constants import ChatType, ParseMode
from telegram.warnings import PTBDeprecationWarning

from bot.channels.base import (
    BadRequest,
    Blocked,
    DeliveryError,
    Intake,
    Progress,
    RateLimited,
    Unavailable,
)
from bot.channels.telegram_render import Part, render_all
from bot.conversations import reply_from_json
from bot.settings import Settings
from bot.store import OutboxItem
from dialogs.types import ConversationKey, Inbound, Reply
from knowledge.errors import NamjaiError

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024  # bytes of one webhook request
ALLOWED_UPDATES = ("message", "callback_query")
ANSWER_GRACE = 5.0  # seconds stop() waits for pending callback-query answers


class TelegramConfigError(NamjaiError):
    """The Telegram settings are missing or Telegram rejected the bot token."""


class BadUpdate(ValueError):
    """A webhook body that is not a Telegram update (answered with 400)."""


class BodyTooLarge(ValueError):
    """A webhook body over MAX_BODY (answered with 413)."""


@dataclass(frozen=True)
class Event:
    """What one update means to the bot; `callback_id` is set for a tapped button."""

    key: ConversationKey
    inbound: Inbound
    callback_id: str | None = None


# -- the SDK client and its errors ---------------------------------------------------


def build_bot(settings: Settings) -> Bot:
    """A Bot talking to settings.telegram_api_base_url (PTB appends the token and
    "/<method>" to base_url). No I/O happens here."""
    if not settings.telegram_bot_token:
        raise TelegramConfigError("TELEGRAM_BOT_TOKEN is not set")
    base = settings.telegram_api_base_url.rstrip("/")
    return Bot(settings.telegram_bot_token, base_url=f"{base}/bot",
               base_file_url=f"{base}/file/bot")


def redact(text: str, token: str) -> str:
    """`text` without the bot token (PTB puts it in some error messages)."""
    return text.replace(token, "<token>") if token else text


def _retry_seconds(exc: tg.RetryAfter) -> float:
    with warnings.catch_warnings():  # an int today, a timedelta in a future PTB
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: Any = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def delivery_error(exc: tg.TelegramError, token: str = "") -> DeliveryError:
    """The one mapping of SDK errors to the pipeline's: 429 -> RateLimited, 403 ->
    Blocked, 400 -> BadRequest; timeouts, connection errors, 5xx and anything else
    (a rejected token, an unreadable response) -> Unavailable, retried with backoff."""
    message = redact(f"telegram {type(exc).__name__}: {exc.message}", token)
    if isinstance(exc, tg.RetryAfter):
        return RateLimited(message, _retry_seconds(exc))
    if isinstance(exc, tg.Forbidden):
        return Blocked(message)
    if isinstance(exc, tg.BadRequest | tg.ChatMigrated):
        return BadRequest(message)
    return Unavailable(message)


@contextlib.contextmanager
def mapped_errors(token: str = "") -> Iterator[None]:
    try:
        yield
    except tg.TelegramError as exc:
        raise delivery_error(exc, token) from exc


# -- updates -> events -----------------------------------------------------------------


def parse_update(body: bytes, bot: Bot) -> Update:
    try:
        data = json.loads(body)
    except ValueError as exc:  # also UnicodeDecodeError
        raise BadUpdate(f"the body is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BadUpdate("the body is not a JSON object")
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        raise BadUpdate("update_id is missing or not an integer")
    try:
        return Update.de_json(data, bot)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise BadUpdate(f"not a Telegram update: {exc!r}") from exc


def _is_start(text: str) -> bool:
    """/start, /start PAYLOAD (a deep link) or /start@botname."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].split("@", 1)[0] == "/start"


def _media_id(message: Message) -> str | None:
    if message.photo:
        return message.photo[-1].file_id  # the largest size
    for attachment in (message.document, message.voice, message.video, message.audio,
                       message.video_note):
        if attachment is not None:
            return attachment.file_id
    return None


def message_inbound(message: Message) -> Inbound | None:
    at = message.date
    if message.text is not None:
        if _is_start(message.text):
            return Inbound("start", at=at)
        return Inbound("text", text=message.text, at=at)
    if message.location is not None:
        return Inbound("location", latitude=message.location.latitude,
                       longitude=message.location.longitude, at=at)
    if message.sticker is not None:
        return Inbound("sticker", at=at)
    media_id = _media_id(message)
    if media_id is not None:
        return Inbound("media", text=message.caption or "", media_id=media_id, at=at)
    return None


def _key(chat_id: int) -> ConversationKey:
    return ConversationKey("telegram", str(chat_id))


def _button_label(message: Message, data: str) -> str:
    markup = message.reply_markup
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return ""


def _callback_event(query: CallbackQuery) -> Event | None:
    message = query.message
    if not isinstance(query.data, str) or message is None:
        return None
    if message.chat.type != ChatType.PRIVATE:
        return None
    label = _button_label(message, query.data) if isinstance(message, Message) else ""
    return Event(_key(message.chat.id), Inbound("choice", text=label, value=query.data),
                 query.id)


def update_event(update: Update) -> Event | None:
    """The event of a private chat's new message or tapped button; None for anything
    else (edits, groups and channels, other update types, unsupported content)."""
    if update.callback_query is not None:
        return _callback_event(update.callback_query)
    message = update.message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return None
    inbound = message_inbound(message)
    return Event(_key(message.chat.id), inbound) if inbound is not None else None


async def read_body(request: web.Request, limit: int = MAX_BODY) -> bytes:
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge(f"the body is over {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the body is over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


# -- the channel -----------------------------------------------------------------------


class TelegramChannel:
    name = "telegram"

    def __init__(self, settings: Settings, intake: Intake) -> None:
        if not settings.telegram_webhook_secret:
            raise TelegramConfigError("TELEGRAM_WEBHOOK_SECRET is not set")
        self.bot = build_bot(settings)
        self.intake = intake
        self._token = self.bot.token
        self._secret = settings.telegram_webhook_secret.encode()
        self._answers: set[asyncio.Task[None]] = set()

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return [web.post(WEBHOOK_PATH, self._webhook)]

    async def start(self) -> None:
        """Open the HTTP client and check the token (getMe). A rejected token stops the
        start; an unreachable API only logs a warning (delivery retries later)."""
        # httpx logs every request URL at INFO, and the URL holds the token
        logging.getLogger("httpx").setLevel(logging.WARNING)
        try:
            await self.bot.initialize()
        except tg.InvalidToken:
            raise TelegramConfigError(
                "Telegram rejected the bot token (check TELEGRAM_BOT_TOKEN)") from None
        except tg.TelegramError as exc:
            log.warning("Telegram API unreachable at start; will retry when sending: %s",
                        redact(exc.message, self._token))
        else:
            log.info("Telegram bot @%s ready", self.bot.username)

    async def stop(self) -> None:
        if self._answers:
            _, pending = await asyncio.wait(self._answers, timeout=ANSWER_GRACE)
            for task in pending:
                task.cancel()
        await self.bot.shutdown()

    # -- delivery ----------------------------------------------------------------
    async def deliver(self, item: OutboxItem, progress: Progress) -> None:
        chat_id = self._chat_id(item)
        parts = render_all(self._replies(item))
        for index in range(item.parts_sent, len(parts)):
            await self._send(chat_id, parts[index])
            await progress(index + 1)

    def _chat_id(self, item: OutboxItem) -> int:
        if item.key.channel != self.name:
            raise BadRequest(f"not a Telegram conversation: {item.key.channel}")
        try:
            return int(item.key.user_id)
        except ValueError as exc:
            raise BadRequest(f"not a Telegram chat id: {item.key.user_id!r}") from exc

    @staticmethod
    def _replies(item: OutboxItem) -> list[Reply]:
        try:
            return [reply_from_json(r) for r in item.payload["replies"]]
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise BadRequest(f"malformed replies in outbox item {item.id}: {exc!r}") from exc

    async def _send(self, chat_id: int, part: Part) -> None:
        with mapped_errors(self._token):
            await self.bot.send_message(chat_id, part.text, reply_markup=part.keyboard,
                                        parse_mode=ParseMode.HTML if part.html else None)

    # -- webhook -----------------------------------------------------------------
    def _authorized(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER)
        return given is not None and secrets.compare_digest(given.encode(), self._secret)

    async def _webhook(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            log.warning("Telegram webhook call without the right secret token refused")
            return web.Response(status=403, text="forbidden")
        try:
            update = parse_update(await read_body(request), self.bot)
        except BodyTooLarge as exc:
            return web.Response(status=413, text=str(exc))
        except BadUpdate as exc:
            log.warning("malformed Telegram webhook call: %s", exc)
            return web.Response(status=400, text=str(exc))
        event = update_event(update)
        if event is None:
            log.info("Telegram update %d ignored (%s)", update.update_id, _kind(update))
            return web.Response(text="ignored")
        try:
            accepted = await self.intake.accept(f"tg:{update.update_id}", event.key,
                                                event.inbound)
        except NamjaiError:
            log.exception("Telegram update %d could not be stored", update.update_id)
            return web.Response(status=503, text="try again")
        if accepted and event.callback_id is not None:
            self._answer_later(event.callback_id)
        return web.Response(text="ok")

    def _answer_later(self, callback_id: str) -> None:
        """Stop the button's spinner, in the background: the webhook does not wait."""
        task = asyncio.create_task(self._answer(callback_id))
        self._answers.add(task)
        task.add_done_callback(self._answers.discard)

    async def _answer(self, callback_id: str) -> None:
        try:
            with mapped_errors(self._token):
                await self.bot.answer_callback_query(callback_id)
        except DeliveryError as exc:
            log.warning("answering a Telegram callback query failed: %s", exc)


def _kind(update: Update) -> str:
    """What an ignored update held, for the log (never its content)."""
    kinds = ", ".join(sorted(k for k in update.to_dict() if k != "update_id")) or "empty"
    chat = update.effective_chat
    return f"{kinds} in a {chat.type} chat" if chat is not None else kinds
