"""The real app with every door open (tests.bot.channels.both), running in a thread of
its own with its own event loop, so that hypothesis (synchronous) can send it requests
over plain HTTP; and a tally of what the fuzzing did."""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import http.client
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from bot.app import PIPELINE
from bot.settings import Settings
from knowledge import KnowledgeBase, Matcher
from tests.bot.channels.both import Doors, doors

T = TypeVar("T")


@dataclass
class Tally:
    """Cases tried per door, answers per status, and good events never answered."""

    cases: collections.Counter[str] = field(default_factory=collections.Counter)
    statuses: collections.Counter[int] = field(default_factory=collections.Counter)
    server_errors: list[tuple[str, int, bytes]] = field(default_factory=list)
    neighbours: set[str] = field(default_factory=set)  # good LINE users in bad bodies
    lost: set[str] = field(default_factory=set)

    def record(self, door: str, status: int, body: bytes, sent: bytes) -> None:
        self.cases[door] += 1
        self.statuses[status] += 1
        if status >= 500:
            self.server_errors.append((door, status, sent[:300]))

    def summary(self) -> str:
        return (f"fuzz: {sum(self.cases.values())} cases ({dict(self.cases)}), "
                f"answers by status {dict(sorted(self.statuses.items()))}, "
                f"{len(self.server_errors)} answers >= 500, "
                f"{len(self.neighbours)} good events beside bad ones, "
                f"{len(self.lost)} lost")


class ThreadedServer:
    """Doors in a background thread; `call` runs a coroutine on its loop."""

    def __init__(self, tmp_path: Path, knowledge: tuple[KnowledgeBase, Matcher]) -> None:
        self._tmp_path, self._knowledge = tmp_path, knowledge
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.doors: Doors | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="fuzz-server", daemon=True)

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(60):
            raise AssertionError("the server did not start")
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # reported by start() or stop()
            self.error = exc
            self._ready.set()

    async def _main(self) -> None:
        self.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        # 127.0.0.1 is the trusted proxy: the fuzzed console calls come "from" many
        # clients (X-Forwarded-For), and the test's own sign-in from 127.0.0.1 itself
        trusted = Settings.from_env({"NAMJAI_TRUSTED_PROXIES": "127.0.0.1"}).trusted_proxies
        async with doors(self._tmp_path, self._knowledge, trusted_proxies=trusted) as d:
            self.doors = d
            self._ready.set()
            await self._stop.wait()

    def call(self, make: Callable[[], Awaitable[T]], timeout: float = 60) -> T:
        assert self.loop is not None

        async def run() -> T:
            return await make()

        future: concurrent.futures.Future[T] = asyncio.run_coroutine_threadsafe(run(),
                                                                              self.loop)
        return future.result(timeout)

    def drain(self) -> None:
        assert self.doors is not None
        pipeline = self.doors.app[PIPELINE]
        self.call(pipeline.drain)

    def stop(self) -> None:
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)
        if self.error is not None:
            raise self.error

    @property
    def port(self) -> int:
        assert self.doors is not None
        return int(self.doors.url.rsplit(":", 1)[1])

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        """One POST on a fresh connection (a refused request may close it)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()


def deliveries_to(server: ThreadedServer, user: str) -> int:
    assert server.doors is not None
    return len(server.doors.line.delivered(user))


def payload(obj: Any) -> bytes:
    import json

    return json.dumps(obj).encode()  # ASCII: lone surrogates travel as \\ud800
