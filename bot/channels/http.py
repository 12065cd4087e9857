"""HTTP helpers shared by the channels and the staff console: security headers,
Server-Sent Events, bounded request bodies read within a time, and the one shape of
an error answer, `{"error": code, "detail": message}` (the middleware `json_errors`
gives aiohttp's own answers, an unknown path or method, that shape too)."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from aiohttp import web

MAX_BODY = 1024 * 1024  # bytes of one webhook request
BODY_TIMEOUT = 15.0  # seconds to receive a whole request body
BODY_SECONDS = web.AppKey("body_seconds", float)  # the app's setting of it

log = logging.getLogger(__name__)

# the headers of every page and API answer of ours (web chat, staff console)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
}
NO_STORE = {"Cache-Control": "no-store"}


class BodyTooLarge(ValueError):
    """A webhook body over the limit (answered with 413)."""


class BodyTimeout(ValueError):
    """A body that did not arrive within its time (answered with 408)."""


async def read_body(request: web.Request, limit: int = MAX_BODY,
                    timeout: float | None = None) -> bytes:
    """The whole body, refused as soon as it grows past `limit` bytes, or when it takes
    longer than `timeout` seconds (default: the app's setting, else BODY_TIMEOUT)."""
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge(f"the body is over {limit} bytes")
    if request.content.is_eof():  # all of it came with the headers (a webhook): no waiting
        body = request.content.read_nowait()
        if len(body) > limit:
            raise BodyTooLarge(f"the body is over {limit} bytes")
        return body
    chunks: list[bytes] = []
    size = 0
    seconds = timeout if timeout is not None else request.app.get(BODY_SECONDS, BODY_TIMEOUT)
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.content.iter_chunked(64 * 1024):
                size += len(chunk)
                if size > limit:
                    raise BodyTooLarge(f"the body is over {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise BodyTimeout(f"the body did not arrive within {seconds:g} seconds") from None
    return b"".join(chunks)


def error(status: int, code: str, detail: str,
          headers: Mapping[str, str] | None = None) -> web.Response:
    """The one shape of an error answer: `{"error": code, "detail": message}`."""
    return web.json_response({"error": code, "detail": detail}, status=status,
                             headers={**SECURITY_HEADERS, **NO_STORE, **(headers or {})},
                             dumps=lambda obj: json.dumps(obj, ensure_ascii=False))


_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 408: "timeout", 413: "too_large", 429: "too_many"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """aiohttp's own 4xx answers (unknown path, wrong method, a body over the app's
    limit, a malformed request) in our error shape, and a form body that does not
    decode (bytes that are not its charset, an unknown charset) as 400; redirects pass
    through."""
    try:
        return await handler(request)
    except UnicodeDecodeError:
        return error(400, "bad_request", "the body is not text in its charset")
    except LookupError as exc:
        if type(exc) is not LookupError:  # a KeyError or an IndexError is a bug of ours
            raise
        return error(400, "bad_request", "the body's charset is unknown")
    except web.HTTPException as exc:
        if not 400 <= exc.status < 500:
            raise
        headers = {k: v for k, v in exc.headers.items() if k in ("Allow", "Retry-After")}
        return error(exc.status, _CODES.get(exc.status, "bad_request"), exc.reason, headers)


def sse_event(event_id: str, data: Mapping[str, Any]) -> bytes:
    """One Server-Sent Event; JSON has no raw newlines, so `data` is one line."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"id: {event_id}\ndata: {payload}\n\n".encode()
