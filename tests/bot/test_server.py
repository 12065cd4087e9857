"""The server as `python -m bot serve` runs it (bot.server.serve, in this process):
request headers that never end, a body that never ends, and more connections from one
client than the cap."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.server import StartError, listen, serve
from bot.settings import Settings

HEADER_TIMEOUT = 1.5
BODY_TIMEOUT = 1.0
CAP = 3


class Lines(io.StringIO):
    """Standard output that tells when the server says it is running."""

    def __init__(self) -> None:
        super().__init__()
        self.running = asyncio.Event()

    def write(self, text: str) -> int:
        if "is running" in text:
            self.running.set()
        return super().write(text)


@contextlib.asynccontextmanager
async def running(tmp_path: Path) -> AsyncIterator[int]:
    settings = Settings(db=tmp_path / "n.db", port=0, header_timeout=HEADER_TIMEOUT,
                        body_timeout=BODY_TIMEOUT, max_client_connections=CAP)
    out = Lines()
    task = asyncio.create_task(serve(settings, out))
    try:
        async with asyncio.timeout(60):
            await out.running.wait()
        yield int(out.getvalue().split("127.0.0.1:")[1].split("/")[0])
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def read_all(reader: asyncio.StreamReader, within: float) -> bytes:
    async with asyncio.timeout(within):
        return await reader.read()


async def read_answer(reader: asyncio.StreamReader, within: float) -> tuple[bytes, bytes]:
    """One HTTP answer's head and body (the connection may stay open after it)."""
    async with asyncio.timeout(within):
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        return head, await reader.readexactly(length)


async def test_limits_of_headers_bodies_and_connections(tmp_path: Path) -> None:
    async with running(tmp_path) as port:
        # headers that never end: the connection is closed after the header timeout
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        await writer.drain()
        loop = asyncio.get_running_loop()
        started = loop.time()
        assert await read_all(reader, HEADER_TIMEOUT + 10) == b""
        assert loop.time() - started >= HEADER_TIMEOUT - 0.5
        writer.close()

        # a body that never ends: 408 in the one JSON error shape
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /chat/api/messages HTTP/1.1\r\nHost: x\r\n"
                     b"Connection: close\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100\r\n\r\n{\"se")
        await writer.drain()
        head, body = await read_answer(reader, BODY_TIMEOUT + 10)
        assert head.startswith(b"HTTP/1.1 408")
        assert json.loads(body)["error"] == "timeout"
        writer.close()

        # the cap: CAP connections open at once, and one more is refused with 503
        held = [await asyncio.open_connection("127.0.0.1", port) for _ in range(CAP)]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        answer = await read_all(reader, 10)
        assert answer.startswith(b"HTTP/1.1 503")
        assert json.loads(answer.partition(b"\r\n\r\n")[2])["error"] == "too_many_connections"
        writer.close()
        for _, w in held:
            w.close()
            await w.wait_closed()
        # once they are closed, a client is let in again
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert (await read_all(reader, 10)).startswith(b"HTTP/1.1 200")
        writer.close()


async def test_serve_refuses_a_port_in_use_before_opening_anything(tmp_path: Path) -> None:
    taken = listen("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        with pytest.raises(StartError, match="the port is in use"):
            await serve(Settings(db=tmp_path / "n.db", port=port), io.StringIO())
        assert not (tmp_path / "n.db").exists()  # refused before opening the database
    finally:
        taken.close()
