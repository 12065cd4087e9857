"""The real app on 127.0.0.1 and Debian's Chromium driven by Playwright.

`make test` installs Chromium and Thai fonts (scripts/setup-browser.sh); when they
are missing these tests fail with a message that says so, they are not skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web
from playwright.async_api import Browser, Page, ViewportSize, async_playwright

from bot.app import CHANNELS, PIPELINE, RUNTIME, create_app
from bot.channels.webchat import WebChatChannel
from bot.conversations import Conversations
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import Store

CHROMIUM = Path(os.environ.get("NAMJAI_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SETUP_HINT = "run `sh scripts/setup-browser.sh` (make test does) to install it"
VIEWPORT: ViewportSize = {"width": 390, "height": 844}
# screenshots for a person to look at (gitignored)
ARTIFACTS = Path(os.environ.get("NAMJAI_TEST_ARTIFACTS",
                                Path(__file__).resolve().parents[2] / "test-artifacts"))


def artifact(name: str) -> str:
    """The path of a screenshot kept after the tests (the folder is made if needed)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return str(ARTIFACTS / name)


@dataclass(frozen=True)
class LiveApp:
    url: str
    app: web.Application

    @property
    def store(self) -> Store:
        return self.app[RUNTIME].store

    @property
    def conversations(self) -> Conversations:
        return self.app[RUNTIME].conversations

    @property
    def pipeline(self) -> Pipeline:
        return self.app[PIPELINE]

    @property
    def web(self) -> WebChatChannel:
        channel = self.app[CHANNELS]["web"]
        assert isinstance(channel, WebChatChannel)
        return channel


def require_browser() -> None:
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"Chromium not found at {CHROMIUM}: {SETUP_HINT}", pytrace=False)
    if shutil.which("fc-list") is None:
        pytest.fail(f"fontconfig (fc-list) not found: {SETUP_HINT}", pytrace=False)
    thai = subprocess.run(["fc-list", ":lang=th", "family"], capture_output=True, text=True,
                          check=False).stdout.strip()
    if not thai:
        pytest.fail(f"no font for Thai text (fonts-thai-tlwg): {SETUP_HINT}", pytrace=False)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def live_app(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[LiveApp]:
    """The real app (create_app) served on 127.0.0.1, on a port the OS picks."""
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
    db = tmp_path_factory.mktemp("webchat") / "t.db"
    app = create_app(Settings(db=db))
    runner = web.AppRunner(app, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield LiveApp(f"http://{host}:{port}", app)
    finally:
        await runner.cleanup()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser() -> AsyncIterator[Browser]:
    require_browser()
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            env={**os.environ, "NO_PROXY": "127.0.0.1,localhost"})
        try:
            yield chromium
        finally:
            await chromium.close()


@pytest_asyncio.fixture(loop_scope="module")
async def page(browser: Browser) -> AsyncIterator[Page]:
    """A fresh phone-sized tab (its own storage, so its own chat session); fails the
    test on any JavaScript error."""
    context = await browser.new_context(viewport=VIEWPORT, is_mobile=True, has_touch=True,
                                        device_scale_factor=1, locale="th-TH")
    tab = await context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    try:
        yield tab
    finally:
        await context.close()
    assert not errors, f"errors in the page: {errors}"
