"""HTTP helpers shared by the channels and the staff console: security headers,
Server-Sent Events, bounded request bodies."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiohttp import web

MAX_BODY = 1024 * 1024  # bytes of one webhook request

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


async def read_body(request: web.Request, limit: int = MAX_BODY) -> bytes:
    """The whole body, refused as soon as it grows past `limit` bytes."""
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


def sse_event(event_id: str, data: Mapping[str, Any]) -> bytes:
    """One Server-Sent Event; JSON has no raw newlines, so `data` is one line."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"id: {event_id}\ndata: {payload}\n\n".encode()
