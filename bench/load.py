"""The load side of the benchmarks that drive real `python -m bot serve` processes with
LINE webhooks: the servers' start and stop, their CPU time (/proc), a fake LINE API
as cheap as can be, and a flood of pre-signed webhooks.

Everything here shares the machine's cores with the servers it measures, so it does
as little as it can while measuring:
- `presign` builds every webhook body and its X-Line-Signature before the clock
  starts; sending one is then a single POST of ready bytes;
- `CheapLine` answers the LINE API with canned JSON (realistic: the SDK reads it),
  finds a reply's token with a byte search instead of a JSON parse, and only notes
  the token and the time. Pushes and loading animations are counted, not read.
  (tests/bot/channels/line_fake.py is the strict fake, for tests.)
- `own_cpu` is this process's CPU, so a report can show what the load itself cost.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
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
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]
REPLY_PATH = "/v2/bot/message/reply"
PUSH_PATH = "/v2/bot/message/push"
LOADING_PATH = "/v2/bot/chat/loading/start"
TOKEN_MARK = b'"replyToken":'


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


# -- the fake LINE API ----------------------------------------------------------------


@dataclass
class CheapLine:
    """The LINE API's reply, push and loading endpoints, answering canned JSON; it
    notes when each reply token came back (`replied`) and counts the rest."""

    replied: dict[bytes, float] = field(default_factory=dict)  # token -> monotonic time
    pushes: int = 0
    loadings: int = 0
    url: str = ""
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post(REPLY_PATH, self._reply)
        app.router.add_post(PUSH_PATH, self._push)
        app.router.add_post(LOADING_PATH, self._loading)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def _sent(self, body: bytes) -> web.Response:
        count = max(1, body.count(b'"type":'))  # messages, quick-reply items: enough
        sent = [{"id": str(next(self._ids)), "quoteToken": "q"} for _ in range(min(count, 5))]
        return web.Response(body=json.dumps({"sentMessages": sent}).encode(),
                            content_type="application/json")

    async def _reply(self, request: web.Request) -> web.Response:
        body = await request.read()
        at = body.find(TOKEN_MARK)
        if at >= 0:
            start = body.index(b'"', at + len(TOKEN_MARK)) + 1
            self.replied.setdefault(body[start:body.index(b'"', start)], time.monotonic())
        return self._sent(body)

    async def _push(self, request: web.Request) -> web.Response:
        self.pushes += 1
        response = self._sent(await request.read())
        response.headers["X-Line-Request-Id"] = str(uuid.uuid4())
        return response

    async def _loading(self, request: web.Request) -> web.Response:
        await request.read()
        self.loadings += 1
        return web.Response(status=202, body=b"{}", content_type="application/json")


# -- webhooks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Webhook:
    """One signed LINE webhook, ready to send: its body, headers and reply token."""

    body: bytes
    headers: dict[str, str]
    token: bytes


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
    """`count` text webhooks from `people` people in turn, signed now. Their event time
    is now: send them within a minute (the server refuses stale events)."""
    now_ms = int(time.time() * 1000)
    return [text_webhook(secret, f"U{n % people:032x}", texts[n % len(texts)],
                         uuid.uuid4().hex, now_ms) for n in range(count)]


Target = Callable[[int], str]  # webhook number -> the server's base URL


async def flood(http: aiohttp.ClientSession, hooks: Iterable[tuple[int, Webhook]],
                target: Target, in_flight: int,
                on_sent: Callable[[int], Awaitable[None]] | None = None) -> int:
    """Send the webhooks with at most `in_flight` at once; one answered 503 (or not
    answered) is sent again, as LINE redelivers. The number of redeliveries."""
    queue = iter(hooks)
    again = 0

    async def sender() -> None:
        nonlocal again
        for n, hook in queue:
            while True:
                try:
                    async with http.post(target(n) + "/webhooks/line", data=hook.body,
                                         headers=hook.headers) as resp:
                        await resp.read()
                        if resp.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                again += 1
                await asyncio.sleep(0.1)
            if on_sent is not None:
                await on_sent(n)

    await asyncio.gather(*(sender() for _ in range(in_flight)))
    return again


async def answered(line: CheapLine, tokens: set[bytes], deadline: float) -> int:
    """Wait until every token was replied to, or the deadline (monotonic): how many."""
    while time.monotonic() < deadline:
        if tokens <= line.replied.keys():
            break
        await asyncio.sleep(0.05)
    return len(tokens & line.replied.keys())
