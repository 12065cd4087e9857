"""Signing in: sessions in cookies, lockout, CSRF on the login form, audit."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from http.cookies import SimpleCookie

import aiohttp
from aiohttp.test_utils import make_mocked_request
from yarl import URL

from bot.console.auth import COOKIE, Auth
from bot.console.logins import FREE_PER_PAIR, MAX_FAILURES
from bot.store.core import SqlStore

from .conftest import PASSWORD, Live, StaffClient


def set_cookies(resp: aiohttp.ClientResponse) -> SimpleCookie:
    cookies: SimpleCookie = SimpleCookie()
    for header in resp.headers.getall("Set-Cookie", []):
        cookies.load(header)
    return cookies


async def raw_login(live: Live, username: str, password: str) -> tuple[int, dict[str, str],
                                                                       SimpleCookie]:
    async with live.session().post(live.url + "/api/login",
                                   json={"username": username, "password": password}) as resp:
        return resp.status, await resp.json(), set_cookies(resp)


async def test_login_sets_a_hashed_session_in_an_httponly_cookie(live: Live) -> None:
    status, body, cookies = await raw_login(live, "officer1", PASSWORD)
    assert status == 200
    assert body["username"] == "officer1" and body["role"] == "officer"
    assert len(body["csrf"]) >= 32
    morsel = cookies[COOKIE]
    assert morsel["httponly"] is True
    assert morsel["samesite"] == "Lax"
    assert not morsel["secure"]  # plain http to 127.0.0.1: local development
    assert int(morsel["max-age"]) == 12 * 3600
    token = morsel.value
    assert len(token) >= 40
    rows = await _session_rows(live)
    assert hashlib.sha256(token.encode()).hexdigest() in rows
    assert token not in rows
    audit = await live.store.audit_log()
    assert any(a["action"] == "login" and a["actor"] == "officer1" for a in audit)


async def _session_rows(live: Live) -> set[str]:
    store = live.store
    assert isinstance(store, SqlStore)  # SQLite or PostgreSQL: look at the rows
    return {r[0] for r in await store.sql.all("SELECT token_hash FROM staff_sessions")}


async def test_me_and_logout(live: Live) -> None:
    client = await live.login("hotline1")
    status, me = await client.get("/api/me")
    assert status == 200 and me == {"username": "hotline1", "role": "hotline",
                                    "csrf": client.csrf, "display_name": ""}
    status, body = await client.post("/api/logout", csrf="wrong")
    assert status == 403 and body["error"] == "csrf"
    status, _ = await client.post("/api/logout")
    assert status == 200
    status, body = await client.get("/api/me")
    assert status == 401 and body["error"] == "unauthorized"


async def test_wrong_password_and_unknown_user_get_the_same_answer(live: Live) -> None:
    s1, wrong, _ = await raw_login(live, "officer1", "not-the-password")
    s2, unknown, _ = await raw_login(live, "nobody", "not-the-password")
    assert s1 == s2 == 401
    assert wrong == unknown == {"error": "bad_login", "detail": "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"}
    audit = await live.store.audit_log()
    failed = [a for a in audit if a["action"] == "login_failed"]
    assert {a["actor"] for a in failed} == {"officer1", "(unknown)"}
    assert all("not-the-password" not in str(a) and "nobody" not in str(a) for a in audit)


async def test_a_password_typed_as_the_username_is_not_audited(live: Live) -> None:
    status, _, _ = await raw_login(live, "my-secret-Passw0rd", "whatever-else")
    assert status == 401
    status, _, _ = await raw_login(live, "officer1", "wrong-password")
    assert status == 401
    audit = await live.store.audit_log()
    assert "my-secret-Passw0rd" not in str(audit)
    failed = [a for a in audit if a["action"] == "login_failed"]  # newest first
    assert failed[0]["actor"] == "officer1" and failed[0]["detail"]["reason"] == "password"
    assert failed[1]["actor"] == "(unknown)"
    assert failed[1]["detail"] == {"reason": "unknown", "username": "(unknown)",
                                   "address": "127.0.0.1"}


async def test_parallel_guesses_cannot_outrun_the_throttle(live: Live) -> None:
    guesses = [raw_login(live, "officer2", f"wrong-{i}") for i in range(30)]
    answers = [(s, b) for s, b, _ in await asyncio.gather(*guesses)]
    statuses = [s for s, _ in answers]
    assert statuses.count(401) == FREE_PER_PAIR  # then each must wait: none is checked
    assert {b["error"] for s, b in answers if s == 429} == {"slow_down"}
    account = await live.store.staff("officer2")
    assert account is not None and account.failed_logins == FREE_PER_PAIR
    assert account.locked_until is None  # one address never locks an account
    status, body, cookies = await raw_login(live, "officer2", PASSWORD)  # from here: wait
    assert status == 429 and body["error"] == "slow_down" and COOKIE not in cookies
    assert body["retry_after"] >= 1
    # a name without an account is throttled the same way
    ghosts = [raw_login(live, "ghost", f"wrong-{i}") for i in range(30)]
    statuses = [s for s, _, _ in await asyncio.gather(*ghosts)]
    assert set(statuses) <= {401, 429} and statuses.count(401) == FREE_PER_PAIR


async def test_an_expired_lock_lets_the_right_password_in(live: Live) -> None:
    account = await live.store.staff("officer2")
    assert account is not None
    for _ in range(MAX_FAILURES):
        await live.store.login_attempt(account.id, False,
                                       dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    status, _, _ = await raw_login(live, "officer2", "still-wrong")
    assert status == 401  # counted afresh, not locked again at once
    client = await live.login("officer2")
    assert client.csrf
    refreshed = await live.store.staff("officer2")
    assert refreshed is not None and refreshed.failed_logins == 0


async def test_bad_login_bodies(live: Live) -> None:
    http = live.session()
    async with http.post(live.url + "/api/login", data="username=x") as resp:
        assert resp.status == 400 and "application/json" in (await resp.json())["detail"]
    async with http.post(live.url + "/api/login", json={"username": "x"}) as resp:
        assert resp.status == 400 and (await resp.json())["error"] == "bad_request"


async def test_the_cookie_is_secure_for_a_public_host(live: Live) -> None:
    async with live.session().post(live.url + "/api/login",
                                   headers={"Host": "console.example.org"},
                                   json={"username": "officer1", "password": PASSWORD}) as r:
        assert r.status == 200
        assert set_cookies(r)[COOKIE]["secure"] is True


def test_cookie_secure_auto_and_forced() -> None:
    def request(host: str, scheme: str = "http") -> aiohttp.web.Request:
        req = make_mocked_request("GET", "/console", headers={"Host": host})
        return req.clone(scheme=scheme)

    auto = Auth(None, lambda: dt.datetime.now(dt.UTC), None)  # type: ignore[arg-type]
    assert not auto.secure(request("127.0.0.1:8080"))
    assert not auto.secure(request("localhost:8080"))
    assert not auto.secure(request("[::1]:8080"))
    assert auto.secure(request("console.example.org"))
    assert auto.secure(request("127.0.0.1", "https"))
    forced = Auth(None, lambda: dt.datetime.now(dt.UTC), True)  # type: ignore[arg-type]
    assert forced.secure(request("127.0.0.1:8080"))
    off = Auth(None, lambda: dt.datetime.now(dt.UTC), False)  # type: ignore[arg-type]
    assert not off.secure(request("console.example.org"))


async def test_login_form_has_its_own_csrf(live: Live) -> None:
    http = live.session()
    async with http.post(live.url + "/console/login", allow_redirects=False,
                         data={"username": "officer1", "password": PASSWORD,
                               "csrf": "guessed"}) as resp:
        assert resp.status == 403 and COOKIE not in set_cookies(resp)
        assert "หมดอายุ" in await resp.text()
    async with http.get(live.url + "/console/login?next=/console/cases/1") as resp:
        page = await resp.text()
    token = page.split('name="csrf" value="')[1].split('"')[0]
    async with http.post(live.url + "/console/login", allow_redirects=False,
                         data={"username": "officer1", "password": "wrong-password",
                               "csrf": token, "next": "/console/cases/1"}) as resp:
        assert resp.status == 401 and "ไม่ถูกต้อง" in await resp.text()
    async with http.get(live.url + "/console/login") as resp:
        token = (await resp.text()).split('name="csrf" value="')[1].split('"')[0]
    async with http.post(live.url + "/console/login", allow_redirects=False,
                         data={"username": "officer1", "password": PASSWORD,
                               "csrf": token, "next": "//evil.example/console"}) as resp:
        assert resp.status == 303 and resp.headers["Location"] == "/console"
        assert set_cookies(resp)[COOKIE]["httponly"] is True
    client = StaffClient(live.url, http)
    status, me = await client.get("/api/me")
    assert status == 200 and me["username"] == "officer1"


async def test_pages_send_strangers_to_the_login_form(live: Live) -> None:
    http = live.session()
    async with http.get(live.url + "/console/cases/1?x=1", allow_redirects=False) as resp:
        assert resp.status == 303
        location = URL(resp.headers["Location"])
        assert location.path == "/console/login"
        assert location.query["next"] == "/console/cases/1?x=1"
    async with http.get(live.url + "/console/login") as resp:
        assert resp.status == 200
        csp = resp.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert resp.headers["X-Frame-Options"] == "DENY"
