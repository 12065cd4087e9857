"""The cheapest fake LINE API for the load benchmarks (bench/load.py): reply, push and
loading endpoints on a bare asyncio server, answering canned JSON, noting only when
each reply token came back (tests/bot/channels/line_fake.py is the strict fake, for
tests)."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from dataclasses import dataclass, field

REPLY_PATH = "/v2/bot/message/reply"
PUSH_PATH = "/v2/bot/message/push"
LOADING_PATH = "/v2/bot/chat/loading/start"
TOKEN_MARK = b'"replyToken":'


@dataclass
class CheapLine:
    """The LINE API's reply, push and loading endpoints on a bare asyncio server (no
    web framework: request line, Content-Length, body), answering canned JSON; it
    notes when each reply token came back (`replied`), counts a token that came back
    again (`repeats`: LINE would refuse it) and the rest."""

    replied: dict[bytes, float] = field(default_factory=dict)  # token -> monotonic time
    repeats: int = 0
    pushes: int = 0
    loadings: int = 0
    url: str = ""
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _server: asyncio.Server | None = None
    _handlers: dict[asyncio.Task[None], asyncio.StreamWriter] = field(default_factory=dict)

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in self._handlers.values():  # each handler then reads the end
                writer.transport.abort()
            await asyncio.gather(*self._handlers, return_exceptions=True)
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers[task] = writer
        try:
            while request := await reader.readline():
                path = request.split(b" ", 2)[1]
                length = 0
                while (line := await reader.readline()) not in (b"\r\n", b""):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                writer.write(self._answer(path, await reader.readexactly(length)))
        except (ConnectionError, asyncio.IncompleteReadError, IndexError, ValueError):
            pass
        finally:
            self._handlers.pop(task, None)
            writer.close()

    def _answer(self, path: bytes, body: bytes) -> bytes:
        if path == LOADING_PATH.encode():
            self.loadings += 1
            return _http(202, b"{}")
        if path == REPLY_PATH.encode():
            at = body.find(TOKEN_MARK)
            if at >= 0:
                start = body.index(b'"', at + len(TOKEN_MARK)) + 1
                token = body[start:body.index(b'"', start)]
                if token in self.replied:
                    self.repeats += 1
                else:
                    self.replied[token] = time.monotonic()
        elif path == PUSH_PATH.encode():
            self.pushes += 1
        else:
            return _http(404, b'{"message":"Not found"}')
        count = min(5, max(1, body.count(b'"type":')))  # messages, quick replies: enough
        sent = [{"id": str(next(self._ids)), "quoteToken": "q"} for _ in range(count)]
        return _http(200, json.dumps({"sentMessages": sent}).encode(),
                     f"X-Line-Request-Id: {uuid.uuid4()}\r\n".encode())


def _http(status: int, body: bytes, extra: bytes = b"") -> bytes:
    reason = {200: b"OK", 202: b"Accepted", 404: b"Not Found"}[status]
    return (b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
            b"%s\r\n" % (status, reason, len(body), extra)) + body
