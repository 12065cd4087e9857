"""The one mapping of LINE API and transport errors to the pipeline's errors."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

import aiohttp
from linebot.v3.messaging import ApiException  # type: ignore[import-untyped]

from bot.channels.base import BadRequest, Blocked, DeliveryError, RateLimited, Unavailable

DEFAULT_RETRY_AFTER = 10.0  # seconds, after a 429 without Retry-After


def _retry_after(headers: Any) -> float:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return max(0.0, float(value)) if value is not None else DEFAULT_RETRY_AFTER
    except ValueError:
        return DEFAULT_RETRY_AFTER


def api_message(exc: Any) -> str:
    try:
        body = json.loads(exc.body or "")
    except (TypeError, ValueError):
        body = None
    text = str(body.get("message", "")) if isinstance(body, dict) else ""
    return text or str(exc.reason or "")


def is_invalid_reply_token(exc: BaseException) -> bool:
    return (isinstance(exc, ApiException) and exc.status == 400
            and "reply token" in api_message(exc).lower())


def delivery_error(exc: BaseException) -> DeliveryError:
    """The one mapping of SDK and transport errors to the pipeline's: 429 ->
    RateLimited (Retry-After honoured), 403 -> Blocked, other 4xx -> BadRequest;
    5xx, 401 (a rejected access token: fixed by configuration, then retried),
    timeouts, connection errors and unreadable answers -> Unavailable."""
    if isinstance(exc, ApiException):
        status = int(exc.status or 0)
        message = f"LINE {status}: {api_message(exc)[:200]}"
        if status == 429:
            return RateLimited(message, _retry_after(exc.headers))
        if status == 403:
            return Blocked(message)
        if 400 <= status < 500 and status != 401:
            return BadRequest(message)
        return Unavailable(message)
    return Unavailable(f"LINE unreachable: {type(exc).__name__}: {exc}"[:300])


@contextlib.contextmanager
def mapped_errors() -> Iterator[None]:
    try:
        yield
    except (ApiException, aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
        raise delivery_error(exc) from exc
