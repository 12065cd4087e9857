"""How an outbox item's batches go to LINE: with the reply token (and when it may be
trusted) or pushed with an X-Line-Retry-Key, a refused token or an already accepted
push being no error. The requests are sent by bot.channels.line_send; the SDK's
errors are mapped by bot.channels.line_errors.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Any

import aiohttp
from linebot.v3.messaging import ApiException  # type: ignore[import-untyped]

from bot.channels import line_send
from bot.channels.line_errors import api_message, is_invalid_reply_token, mapped_errors

log = logging.getLogger(__name__)

# LINE does not publish a reply token's lifetime (seen: about a minute); a refusal
# younger than this is taken to mean "already used"
REPLY_TOKEN_TRUSTED = dt.timedelta(seconds=25)
RETRY_NAMESPACE = uuid.UUID("5b0f6c1e-4a53-4c35-9a54-6e616d6a6169")


def token_trusted(payload: dict[str, Any], now: dt.datetime | None = None) -> bool:
    """Whether the item's reply token is young enough that LINE's refusal of it can
    only mean it was used (rather than expired)."""
    issued = payload.get("reply_token_at")
    if not isinstance(issued, str):
        return False
    try:
        age = (now or dt.datetime.now(dt.UTC)) - dt.datetime.fromisoformat(issued)
    except ValueError:
        return False
    return dt.timedelta(0) <= age < REPLY_TOKEN_TRUSTED


def push_retry_key(item_retry_key: str, first_part: int) -> str:
    """The X-Line-Retry-Key of the push starting at part `first_part` of an outbox item:
    the same on every retry, different for every batch."""
    return str(uuid.uuid5(RETRY_NAMESPACE, f"{item_retry_key}:{first_part}"))


async def reply(api: Any, token: str, batch: list[dict[str, Any]],
                timeout: aiohttp.ClientTimeout) -> list[str] | None:
    """Send with the reply token: the sent messages' ids; None when LINE refuses
    the token (used, expired)."""
    with mapped_errors():
        try:
            return await line_send.reply(api, token, batch, timeout)
        except ApiException as exc:
            if not is_invalid_reply_token(exc):
                raise
            log.info("LINE reply token refused (%s); pushing instead", api_message(exc))
            return None


async def push(api: Any, to: str, batch: list[dict[str, Any]], retry_key: str,
               timeout: aiohttp.ClientTimeout) -> list[str]:
    """Push: the sent messages' ids (none known when LINE had already accepted it)."""
    with mapped_errors():
        try:
            return await line_send.push(api, to, batch, retry_key, timeout)
        except ApiException as exc:
            if exc.status != 409:
                raise
            log.info("LINE push %s was already accepted (409)", retry_key)
            return []
