"""The load side of the benchmarks that drive real `python -m bot serve` processes with
LINE webhooks: the servers' start and stop, their CPU time (/proc), a fake LINE API
as cheap as can be, and a flood of pre-signed webhooks.

Everything here shares the machine's cores with the servers it measures, so it does
as little as it can while measuring:
- `presign` builds every webhook request (body, X-Line-Signature, headers) before
  the clock starts; `flood` writes it on a kept-alive connection and reads back only
  the status and the body's length;
- `CheapLine` answers the LINE API with canned JSON (realistic: the SDK reads it),
  finds a reply's token with a byte search instead of a JSON parse, and only notes
  the token and the time. Pushes and loading animations are counted, not read.
  (bench/cheap_line.py; tests/bot/channels/line_fake.py is the strict fake, for tests.)
- `own_cpu` is this process's CPU, so a report can show what the load itself cost.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bench.cheap_line import CheapLine

ROOT = Path(__file__).resolve().parents[1]


def signature(secret: str, body: bytes) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    """This process's user + system CPU time so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def server_env(port: int, secret: str, access_token: str, line_api: str,
               **extra: str) -> dict[str, str]:
    """The environment of a server on 127.0.0.1:`port` with its LINE API at `line_api`
    (nothing of ours inherited: only `extra` adds settings)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "LINE_", "NAMJAI_"))}
    env.update({"NAMJAI_HOST": "127.0.0.1", "NAMJAI_PORT": str(port),
                "LINE_CHANNEL_SECRET": secret, "LINE_CHANNEL_ACCESS_TOKEN": access_token,
                "LINE_API_BASE_URL": line_api, "PYTHAINLP_OFFLINE": "1",
                "PYTHAINLP_READ_ONLY": "1", "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1",
                **extra})
    return env


def start_server(env: dict[str, str], command: Sequence[str] = ("-m", "bot", "serve"),
                 ) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, *command], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def wait_up(http: aiohttp.ClientSession, url: str, proc: subprocess.Popen[bytes],
                  seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            async with http.get(url + "/healthz") as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientConnectionError:
            pass
        await asyncio.sleep(0.2)
    raise SystemExit("the server did not start")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# -- webhooks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Webhook:
    """One signed LINE webhook, ready to send: its body, headers and reply token."""

    body: bytes
    headers: dict[str, str]
    token: bytes

    @functools.cached_property
    def request(self) -> bytes:
        """The whole HTTP/1.1 request (built once)."""
        return request_bytes(self)


def text_webhook(secret: str, user: str, text: str, token: str, at_ms: int) -> Webhook:
    event = {"type": "message", "mode": "active", "timestamp": at_ms,
             "source": {"type": "user", "userId": user},
             "webhookEventId": uuid.uuid4().hex.upper()[:26],
             "deliveryContext": {"isRedelivery": False}, "replyToken": token,
             "message": {"id": str(uuid.uuid4().int % 10**18), "type": "text", "text": text,
                         "quoteToken": uuid.uuid4().hex}}
    body = json.dumps({"destination": "U" + "0" * 32, "events": [event]},
                      ensure_ascii=False).encode()
    return Webhook(body, {"X-Line-Signature": signature(secret, body),
                          "Content-Type": "application/json"}, token.encode())


def presign(secret: str, texts: Sequence[str], count: int, people: int) -> list[Webhook]:
    """`count` text webhooks from `people` people in turn, signed now, their requests
    built. Their event time is now: send them within the server's replay limit (an
    hour by default)."""
    now_ms = int(time.time() * 1000)
    hooks = [text_webhook(secret, f"U{n % people:032x}", texts[n % len(texts)],
                          uuid.uuid4().hex, now_ms) for n in range(count)]
    for hook in hooks:
        assert hook.request  # built now, before the clock starts
    return hooks


Target = Callable[[int], tuple[str, int]]  # webhook number -> the server's host, port


class Connection:
    """One kept-alive HTTP/1.1 connection that POSTs ready-made webhook requests and
    reads only the status line, the Content-Length and the body's bytes: far cheaper
    than a full HTTP client, so the load takes little of the CPU it measures."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, request: bytes) -> int:
        """Send a whole request; the answer's status (0: the connection failed)."""
        try:
            if self._writer is None:
                self._reader, self._writer = await asyncio.open_connection(self.host,
                                                                           self.port)
            assert self._reader is not None
            self._writer.write(request)
            status = int((await self._reader.readline()).split(b" ", 2)[1])
            length, close = 0, False
            while (line := await self._reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                lowered = name.strip().lower()
                if lowered == b"content-length":
                    length = int(value)
                elif lowered == b"connection" and b"close" in value.lower():
                    close = True
            await self._reader.readexactly(length)
            if close:
                self.close()
            return status
        except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
            self.close()
            return 0

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None


def request_bytes(hook: Webhook, path: str = "/webhooks/line") -> bytes:
    """The whole HTTP/1.1 request of a webhook."""
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(hook.body)}",
            *(f"{k}: {v}" for k, v in hook.headers.items())]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + hook.body


async def flood(hooks: Iterable[tuple[int, Webhook]], target: Target, in_flight: int,
                on_sent: Callable[[int], Awaitable[None]] | None = None) -> int:
    """Send the webhooks with at most `in_flight` at once, each sender on kept-alive
    connections of its own; one answered 503 (or not answered) is sent again, as LINE
    redelivers. The number of redeliveries."""
    queue = iter(hooks)
    again = 0

    async def sender() -> None:
        nonlocal again
        connections: dict[tuple[str, int], Connection] = {}
        try:
            for n, hook in queue:
                where = target(n)
                connection = connections.setdefault(where, Connection(*where))
                while await connection.post(hook.request) != 200:
                    again += 1
                    await asyncio.sleep(0.1)
                if on_sent is not None:
                    await on_sent(n)
        finally:
            for connection in connections.values():
                connection.close()

    await asyncio.gather(*(sender() for _ in range(in_flight)))
    return again


async def answered(line: CheapLine, tokens: set[bytes], deadline: float) -> int:
    """Wait until every token was replied to, or the deadline (monotonic): how many."""
    while time.monotonic() < deadline:
        if tokens <= line.replied.keys():
            break
        await asyncio.sleep(0.05)
    return len(tokens & line.replied.keys())
