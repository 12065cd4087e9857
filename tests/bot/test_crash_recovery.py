"""`python -m bot serve` killed (SIGKILL) right after acknowledging a LINE webhook, before
the reply reached LINE: after a restart on the same database the message is answered
exactly once. The fake LINE API runs in the test, counts the messages it accepted and
honours retry keys as LINE does."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp
import pytest

from dialogs import texts
from tests.bot.channels.line_bodies import signature, text_event, webhook_body
from tests.bot.channels.line_fake import (
    TOKEN,
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
)
from tests.bot.notices import FIRST_NOTICE

ROOT = Path(__file__).resolve().parents[2]
SECRET = "3e7a9c1f5b2d4e6a8c0f1b3d5e7a9c2b"
USER = "U0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f"
START_TIMEOUT = 60.0  # seconds for the server to load the knowledge base and listen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """The real server in its own process, on a real SQLite file."""

    def __init__(self, tmp_path: Path, line_api: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp_path / "server.log"
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("TELEGRAM_", "LINE_", "NAMJAI_"))}
        self.env.update({
            "NAMJAI_DB": str(tmp_path / "namjai.db"), "NAMJAI_HOST": "127.0.0.1",
            "NAMJAI_PORT": str(self.port), "LINE_CHANNEL_SECRET": SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": TOKEN, "LINE_API_BASE_URL": line_api,
            "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1",
            "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"})
        self.proc: subprocess.Popen[bytes] | None = None

    async def start(self, http: aiohttp.ClientSession) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT,
                                         env=self.env, stdout=out, stderr=out)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log.read_text()
            try:
                async with http.get(self.url + "/healthz") as resp:
                    if resp.status == 200 and "line" in (await resp.json())["channels"]:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
        raise AssertionError(f"the server did not start: {self.log.read_text()}")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


@contextmanager
def servers_on_postgres(tmp_path: Path, line_api: str, pg_url: str, count: int = 2,
                        **env: str) -> Iterator[list[Server]]:
    """`count` servers (not started) on one PostgreSQL database, each with its own log;
    all stopped at the end."""
    made = []
    for n in range(1, count + 1):
        server = Server(tmp_path, line_api)
        server.env["NAMJAI_DATABASE_URL"] = pg_url
        server.env.update(env)
        server.log = tmp_path / f"server{n}.log"
        made.append(server)
    try:
        yield made
    finally:
        for server in made:
            server.stop()


@pytest.fixture
def server(tmp_path: Path, fake: FakeLine) -> Iterator[Server]:
    process = Server(tmp_path, fake.url)
    try:
        yield process
    finally:
        process.stop()


async def webhook(http: aiohttp.ClientSession, server: Server, token: str | None) -> None:
    body = webhook_body(text_event(USER, "สวัสดีค่ะ", token))
    headers = {"X-Line-Signature": signature(SECRET, body), "Content-Type": "application/json"}
    async with http.post(server.url + "/webhooks/line", data=body, headers=headers) as resp:
        assert resp.status == 200


@pytest.mark.parametrize("hang", ["reply before LINE takes it", "push after LINE took it"])
async def test_killed_after_the_webhook_answers_exactly_once(fake: FakeLine, server: Server,
                                                             hang: str) -> None:
    kind = hang.split()[0]
    fake.hang_next(kind, accept=kind == "push")
    token = fake.issue_token(USER) if kind == "reply" else None  # no token: a push
    async with aiohttp.ClientSession() as http:
        await server.start(http)
        await webhook(http, server, token)
        await fake.wait_for(lambda: any(c.status == 0 for c in fake.of(kind)), timeout=20,
                            what=f"the {kind} call to hang")
        server.kill()  # in the middle of the delivery
        await server.start(http)  # the same database
        await fake.wait_delivered(2, USER, timeout=20)
        await asyncio.sleep(2.5)  # longer than the sender's idle tick: a repeat would show
    assert fake.texts(USER) == [texts.WELCOME, FIRST_NOTICE]
    assert len(fake.deliveries) == 1
    if kind == "reply":  # the token was never used: the restarted server replies with it
        assert [(c.kind, c.status) for c in fake.calls if c.kind != "loading"] == [
            ("reply", 0), ("reply", 200)]
    else:  # LINE had taken the push: its retry, with the same key, is answered 409
        hung, retry = fake.of("push")
        assert (hung.status, retry.status) == (0, 409)
        assert hung.retry_key == retry.retry_key is not None
