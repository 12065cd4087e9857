"""The Telegram SDK's client (python-telegram-bot's Bot) and the one mapping of its
errors to the pipeline's (`delivery_error`). SDK types do not leave the telegram* modules.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import warnings
from collections.abc import Iterator
from typing import Any

from telegram import Bot
from telegram import error as tg
from telegram.warnings import PTBDeprecationWarning

from bot.channels.base import BadRequest, Blocked, DeliveryError, RateLimited, Unavailable
from bot.settings import Settings
from knowledge.errors import NamjaiError


class TelegramConfigError(NamjaiError):
    """The Telegram settings are missing or Telegram rejected the bot token."""


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
