"""Lockout without a lock-out attack, and clients behind a trusted proxy.

The server trusts 127.0.0.1 as its proxy (NAMJAI_TRUSTED_PROXIES), so each request
says which client it comes from in X-Forwarded-For, as a reverse proxy would."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.app import RUNTIME
from bot.channels.limits import client_of
from bot.console.logins import FREE_PER_PAIR, MAX_FAILURES
from bot.settings import Settings
from knowledge import KnowledgeBase, Matcher
from tests.bot.serving import serving

from .conftest import PASSWORD, STAFF, Live, jar
from .test_pages import submit

ATTACKER = "203.0.113.66"
OWNER = "198.51.100.7"


@pytest.fixture
async def proxied(tmp_path: Path, knowledge: tuple[KnowledgeBase, Matcher],
                  password_hash: str) -> AsyncIterator[Live]:
    settings = dataclasses.replace(Settings(db=tmp_path / "console.db"),
                                   trusted_proxies=Settings.from_env(
                                       {"NAMJAI_TRUSTED_PROXIES": "127.0.0.1, ::1"}
                                   ).trusted_proxies)
    async with serving(settings, knowledge) as (app, url):
        store = app[RUNTIME].store
        for name, role in STAFF.items():
            await store.add_staff(name, role, password_hash, dt.datetime.now(dt.UTC))
        async with aiohttp.ClientSession(cookie_jar=jar()) as http:
            live = Live(url, app, http)
            try:
                yield live
            finally:
                for session in live.sessions:
                    await session.close()


async def login_from(live: Live, address: str, username: str, password: str,
                     proto: str | None = None) -> tuple[int, dict[str, Any], SimpleCookie]:
    headers = {"X-Forwarded-For": f"{address}, 127.0.0.1"}
    if proto:
        headers["X-Forwarded-Proto"] = proto
    async with live.session().post(live.url + "/api/login", headers=headers,
                                   json={"username": username, "password": password}) as resp:
        cookies: SimpleCookie = SimpleCookie()
        for header in resp.headers.getall("Set-Cookie", []):
            cookies.load(header)
        return resp.status, await resp.json(), cookies


def test_forwarded_for_is_believed_only_from_trusted_proxies() -> None:
    trusted = Settings.from_env({"NAMJAI_TRUSTED_PROXIES": "10.0.0.0/8"}).trusted_proxies
    assert client_of("10.1.2.3", ["198.51.100.7, 10.9.9.9"], "https", trusted) == (
        "198.51.100.7", "https")
    # a client cannot choose its address by sending the header itself
    assert client_of("203.0.113.9", ["198.51.100.7"], "https", trusted) == (
        "203.0.113.9", None)
    # the chain is read from the right: a forged left part is not believed
    assert client_of("10.1.2.3", ["1.1.1.1, 203.0.113.9"], None, trusted) == (
        "203.0.113.9", None)
    assert client_of("10.1.2.3", ["not-an-address"], "gopher", trusted) == ("10.1.2.3", None)
    assert client_of("10.1.2.3", [], None, ()) == ("10.1.2.3", None)


async def test_one_address_guessing_never_locks_out_the_owner_at_another(
        proxied: Live) -> None:
    # a burst: the guesses on one account take turns, each right after the last
    answers = [a[:2] for a in await asyncio.gather(
        *(login_from(proxied, ATTACKER, "officer2", f"guess-{i}") for i in range(12)))]
    statuses = sorted(s for s, _ in answers)
    assert statuses == [401] * FREE_PER_PAIR + [429] * (12 - FREE_PER_PAIR)
    assert {b["error"] for s, b in answers if s == 429} == {"slow_down"}
    assert all(b["retry_after"] >= 1 for s, b in answers if s == 429)
    # meanwhile the owner, at another address, signs in at once
    status, body, cookies = await login_from(proxied, OWNER, "officer2", PASSWORD)
    assert status == 200 and body["username"] == "officer2" and "namjai_staff" in cookies
    account = await proxied.store.staff("officer2")
    assert account is not None and account.locked_until is None
    audit = await proxied.store.audit_log()
    addresses = {a["detail"].get("address") for a in audit
                 if a["action"] in ("login", "login_failed")}
    assert addresses == {ATTACKER, OWNER}  # the audit names the client, not the proxy


async def test_a_hard_lock_by_many_addresses_and_the_ways_back(proxied: Live) -> None:
    addresses = [f"203.0.113.{i}" for i in range(1, MAX_FAILURES + 1)]
    for address in addresses:  # a guess from each of many addresses: none is slowed
        await login_from(proxied, address, "officer2", "wrong-password")
    status, body, _ = await login_from(proxied, OWNER, "officer2", PASSWORD)
    assert status == 429 and body["error"] == "locked"
    # the admin sees the attempts
    admin = await proxied.login("admin1")
    status, seen = await admin.get("/api/staff/attempts")
    assert status == 200
    assert {a["address"] for a in seen["attempts"] if a["kind"] == "address"} >= set(addresses)
    assert all(a["username"] == "officer2" for a in seen["attempts"] if a["kind"] == "account")
    # a hotline staff member does not
    hotline = await proxied.login("hotline1")
    assert (await hotline.get("/api/staff/attempts"))[0] == 403
    # a one-time link signs the owner in while the account is locked
    status, link = await admin.post("/api/staff/officer2/signin-link")
    assert status == 200 and link["url"].startswith("/console/once/")
    owner = proxied.session()
    async with owner.get(proxied.url + link["url"]) as resp:  # a link preview: not spent
        assert resp.status == 200 and "เข้าสู่ระบบ" in await resp.text()
    async with owner.post(proxied.url + link["url"], allow_redirects=False) as resp:
        assert resp.status == 303 and resp.headers["Location"] == "/console"
    async with owner.get(proxied.url + "/api/me") as resp:
        assert resp.status == 200 and (await resp.json())["username"] == "officer2"
    async with proxied.session().post(proxied.url + link["url"]) as resp:
        assert resp.status == 404  # used once
    account = await proxied.store.staff("officer2")
    assert account is not None and account.locked_until is None  # the link unlocked it


async def test_an_admin_unlock_still_works(proxied: Live) -> None:
    for i in range(MAX_FAILURES):
        await login_from(proxied, f"203.0.113.{i + 1}", "officer2", "wrong-password")
    assert (await login_from(proxied, OWNER, "officer2", PASSWORD))[0] == 429
    admin = await proxied.login("admin1")
    status, _, location = await submit(admin, "/console/staff/unlock", {"username": "officer2"})
    assert status == 303 and location == "/console/staff?done=unlock"
    status, body, _ = await login_from(proxied, OWNER, "officer2", PASSWORD)
    assert status == 200, body


async def test_the_secure_flag_follows_x_forwarded_proto_from_the_proxy(
        proxied: Live) -> None:
    _, _, plain = await login_from(proxied, OWNER, "officer1", PASSWORD)
    assert not plain["namjai_staff"]["secure"]  # plain http on loopback: local use
    _, _, behind_tls = await login_from(proxied, OWNER, "officer1", PASSWORD, proto="https")
    assert behind_tls["namjai_staff"]["secure"]


async def test_without_trusted_proxies_the_headers_are_ignored(live: Live) -> None:
    _, _, cookies = await login_from(live, OWNER, "officer1", PASSWORD, proto="https")
    assert not cookies["namjai_staff"]["secure"]
    audit = await live.store.audit_log()
    assert [a["detail"]["address"] for a in audit if a["action"] == "login"] == ["127.0.0.1"]

