"""The web app: health, channel selection, and the settings it reads."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import create_app
from bot.settings import Settings


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[str]:
    app = create_app(Settings(db=tmp_path / "t.db"))
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def test_healthz_reports_channels_and_database(server: str) -> None:
    async with aiohttp.ClientSession() as http, http.get(f"{server}/healthz") as resp:
        body = await resp.json()
    assert resp.status == 200
    assert body["status"] == "ok" and body["channels"] == ["web"]
    assert body["database"]["status"] == "ok" and body["database"]["cases"] == 0


def test_settings_from_environment() -> None:
    s = Settings.from_env({"NAMJAI_PORT": "9000", "LINE_CHANNEL_SECRET": "s",
                           "LINE_CHANNEL_ACCESS_TOKEN": "t",
                           "LINE_API_BASE_URL": "http://127.0.0.1:1/"})
    assert s.port == 9000 and s.line_api_base_url == "http://127.0.0.1:1"
    assert s.line_enabled()[0] and not s.telegram_enabled()[0]
    assert "TELEGRAM_BOT_TOKEN" in s.telegram_enabled()[1]


def test_one_log_line_says_which_channels_are_on(tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="namjai"):
        create_app(Settings(db=tmp_path / "t.db"))
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("channels:")]
    assert "web chat on" in line and "LINE off" in line and "Telegram off" in line


async def test_stopping_while_the_timers_run_never_hangs(tmp_path: Path, kb_matcher: Any) -> None:
    """The desk's timers run back to back; the server is stopped in the middle of
    their rounds, again and again: every stop ends (a cancelled COMMIT once left the
    timers' loop running and the stop waiting forever)."""
    import asyncio

    from bot.app import SWEEPER

    for attempt in range(12):
        app = create_app(Settings(db=tmp_path / f"stop{attempt}.db"), kb_matcher)
        app[SWEEPER].tick = 0.0
        runner = web.AppRunner(app, shutdown_timeout=1.0)
        await runner.setup()
        await asyncio.sleep(0.03 + (attempt % 4) * 0.011)
        await asyncio.wait_for(runner.cleanup(), 20)
