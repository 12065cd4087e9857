"""`python -m bot telegram set-webhook URL`: point Telegram at our webhook.

Telegram then POSTs updates to URL with our secret in the
X-Telegram-Bot-Api-Secret-Token header, and only the update types we handle.
"""

from __future__ import annotations

import asyncio
import re
import sys
from typing import TextIO
from urllib.parse import urlsplit

from telegram import error as tg

from bot.channels.telegram import ALLOWED_UPDATES, WEBHOOK_PATH
from bot.channels.telegram_sdk import TelegramConfigError, build_bot, redact
from bot.settings import Settings

EXIT_OK, EXIT_FAILED = 0, 1
# what Telegram accepts as a secret token
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def webhook_url(url: str) -> str:
    """The URL itself, or with WEBHOOK_PATH added when it is only a host (a base URL).
    Raises ValueError when Telegram would refuse it (it must be https)."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.netloc:
        raise ValueError(f"the webhook URL must start with https:// (got {url!r})")
    if parts.path in ("", "/"):
        return f"https://{parts.netloc}{WEBHOOK_PATH}"
    return url.strip()


def check_settings(settings: Settings) -> None:
    """Raises ValueError saying what is wrong with the Telegram settings."""
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    secret = settings.telegram_webhook_secret
    if not secret:
        raise ValueError("TELEGRAM_WEBHOOK_SECRET is not set")
    if not SECRET_RE.match(secret):
        raise ValueError("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, "
                         "0-9, _ and - (Telegram's rule)")


async def _set(settings: Settings, url: str) -> bool:
    bot = build_bot(settings)
    try:
        await bot.initialize()  # getMe: checks the token
        return await bot.set_webhook(url, secret_token=settings.telegram_webhook_secret,
                                     allowed_updates=list(ALLOWED_UPDATES))
    except tg.InvalidToken:
        raise TelegramConfigError(
            "Telegram rejected the bot token (check TELEGRAM_BOT_TOKEN)") from None
    finally:
        await bot.shutdown()


def set_webhook(settings: Settings, url: str, stdout: TextIO | None = None,
                stderr: TextIO | None = None) -> int:
    """Call setWebhook with the secret token and the allowed updates; print one line
    (to stdout on success, to stderr on failure). Returns 0 on success, 1 on failure."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    try:
        check_settings(settings)
        target = webhook_url(url)
    except ValueError as exc:
        print(f"error: {exc}", file=stderr)
        return EXIT_FAILED
    try:
        ok = asyncio.run(_set(settings, target))
    except TelegramConfigError as exc:
        print(f"error: {exc}", file=stderr)
        return EXIT_FAILED
    except tg.TelegramError as exc:
        token = settings.telegram_bot_token or ""
        print(f"error: Telegram refused setWebhook: {redact(exc.message, token)}", file=stderr)
        return EXIT_FAILED
    if not ok:
        print("error: Telegram answered setWebhook with false", file=stderr)
        return EXIT_FAILED
    print(f"ok: Telegram webhook set to {target} "
          f"(updates: {', '.join(ALLOWED_UPDATES)})", file=stdout)
    return EXIT_OK
