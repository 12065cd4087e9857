"""Reading Server-Sent Events in tests (the web chat's and the console's streams)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import ClientResponse


async def read_fields(response: ClientResponse, timeout: float = 5.0) -> dict[str, str]:
    """The fields (id, data, ...) of the next event with data; comments (heartbeats)
    are skipped."""
    fields: dict[str, str] = {}
    while True:
        raw = await asyncio.wait_for(response.content.readline(), timeout)
        assert raw, "the stream ended"
        line = raw.decode().rstrip("\n")
        if not line:
            if "data" in fields:
                return fields
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(": ")
        fields[name] = value


async def read_data(response: ClientResponse, timeout: float = 10.0) -> dict[str, Any]:
    """The JSON data of the next event."""
    data: dict[str, Any] = json.loads((await read_fields(response, timeout))["data"])
    return data
