"""The real app on a real TCP port of 127.0.0.1, for tests that talk to it over HTTP."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from aiohttp import web

from bot.app import PIPELINE, create_app
from bot.follow_ups import Clock
from bot.settings import Settings
from knowledge import KnowledgeBase, Matcher


@contextlib.asynccontextmanager
async def serving(settings: Settings, knowledge: tuple[KnowledgeBase, Matcher],
                  backoff: float = 0.05, clock: Clock | None = None,
                  ) -> AsyncIterator[tuple[web.Application, str]]:
    """The app and its base URL; `backoff`: quick retries after a failed delivery;
    `clock`: the desk's and the timers' time."""
    app = create_app(settings, knowledge, clock)
    app[PIPELINE].backoff_base = backoff
    runner = web.AppRunner(app, shutdown_timeout=2.0)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield app, f"http://{host}:{port}"
    finally:
        await runner.cleanup()
