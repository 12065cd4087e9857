"""HTTP helpers shared by the webhook channels."""

from __future__ import annotations

from aiohttp import web

MAX_BODY = 1024 * 1024  # bytes of one webhook request


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
