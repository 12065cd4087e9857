"""Faults surface as 503, never 500: a locked SQLite database refuses a LINE webhook
with 503 (LINE then redelivers); a read-only one, or a lost PostgreSQL, makes
/healthz answer 503 with the reason."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import aiohttp

from bot.app import RUNTIME
from bot.channels.line import SIGNATURE_HEADER, WEBHOOK_PATH
from bot.settings import Settings
from bot.store import SQLiteStore
from bot.store.postgres import PostgresStore
from tests.bot.channels.line_bodies import signature, text_event, webhook_body
from tests.bot.channels.line_fake import (
    SECRET,
    USER,
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    settings,
)
from tests.bot.serving import serving


async def _post_line(http: aiohttp.ClientSession, url: str) -> int:
    body = webhook_body(text_event(USER, "สวัสดีค่ะ"))
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: signature(SECRET, body)}
    async with http.post(url + WEBHOOK_PATH, data=body, headers=headers) as resp:
        return resp.status


async def _health(http: aiohttp.ClientSession, url: str) -> tuple[int, dict[str, Any]]:
    async with http.get(url + "/healthz") as resp:
        return resp.status, await resp.json()


async def test_locked_sqlite_gives_line_503_and_nothing_is_lost(
        tmp_path: Path, fake: FakeLine, kb_matcher: Any) -> None:
    line_settings = dataclasses.replace(settings(tmp_path, fake.url), database_url=None)
    async with serving(line_settings, kb_matcher) as (app, url), \
            aiohttp.ClientSession() as http:
        store = app[RUNTIME].store
        assert isinstance(store, SQLiteStore)
        # another process holds the write lock; taken from a thread: the server's own
        # writers (sender, timers) may be mid-transaction and need the loop to finish
        locker = sqlite3.connect(store.path, timeout=30, isolation_level=None,
                                 check_same_thread=False)
        await asyncio.to_thread(locker.execute, "BEGIN EXCLUSIVE")
        try:
            assert await _post_line(http, url) == 503
            status, body = await _health(http, url)
            assert status == 503 and "locked" in body["database"]["error"]
        finally:
            await asyncio.to_thread(locker.execute, "ROLLBACK")
            locker.close()
        assert (await store.table_counts())["inbox"] == 0  # refused, so LINE redelivers
        assert await _post_line(http, url) == 200
        assert (await store.table_counts())["inbox"] == 1
        assert (await _health(http, url))[0] == 200


async def test_read_only_sqlite_makes_healthz_503(tmp_path: Path, kb_matcher: Any) -> None:
    async with serving(Settings(db=tmp_path / "ro.db", database_url=None), kb_matcher) as (
            app, url), aiohttp.ClientSession() as http:
        assert (await _health(http, url))[0] == 200
        store = app[RUNTIME].store
        assert isinstance(store, SQLiteStore)
        await store.db.execute("PRAGMA query_only = ON")  # SQLite refuses every write
        status, body = await _health(http, url)
        assert status == 503 and body["status"] == "degraded"
        assert "readonly" in body["database"]["error"]


async def test_lost_postgres_gives_503_to_webhooks_and_healthz(
        tmp_path: Path, fake: FakeLine, kb_matcher: Any, pg_url: str) -> None:
    pg_settings = dataclasses.replace(settings(tmp_path, fake.url), database_url=pg_url)
    async with serving(pg_settings, kb_matcher) as (app, url), aiohttp.ClientSession() as http:
        store = app[RUNTIME].store
        assert isinstance(store, PostgresStore)
        assert (await _health(http, url))[0] == 200
        store.pool.terminate()  # every connection gone, as when the server goes away
        assert await _post_line(http, url) == 503
        status, body = await _health(http, url)
        assert status == 503 and "unavailable" in body["database"]["error"]
