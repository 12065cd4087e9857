"""Staff sign-in: password check with lockout, sessions in cookies, CSRF tokens.

- The session token is random (secrets.token_urlsafe(32)); only its SHA-256 is stored,
  with a CSRF token and an expiry (SESSION_TTL).
- The cookie is HttpOnly and SameSite=Lax (links from the staff chat's "Open" button
  land signed in; every state change needs the CSRF token anyway). It is Secure unless
  `cookie_secure` is False, or None ("auto") and the request is plain http to a
  loopback host (local development: `make run`).
- Wrong passwords slow down their sender before anything locks (bot.console.throttle):
  per client address (FREE_PER_ADDRESS free tries) and per account from that address
  (FREE_PER_PAIR), then delays that double, answered 429 "slow_down" without checking
  the password. Another address is never slowed by them, so one address cannot lock
  anyone out. MAX_FAILURES wrong passwords in a row on an account, from any addresses,
  lock it for LOCK_FOR; an admin unlocks it or gives its owner a one-time sign-in link
  (bot.console.signin_links), and sees the attempts. An unknown username gets the same
  answers, also the lock, so a caller cannot tell whether it exists. The throttle's
  counts and an unknown name's lock are kept in the store, so every process on one
  database slows and locks alike. Attempts on one
  username run one at a time (an asyncio.Lock per name), so
  each reads the count the previous one left: parallel guesses cannot outrun the
  lock. Logins and failures are audited; a failure names the account only when it
  exists ("(unknown)" otherwise: a password typed as a username is never kept).
  Argon2 runs in a thread: a login never stalls the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import hashlib
import hmac
import ipaddress
import math
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from aiohttp import web

from bot.console.http import ConsoleError, bad_csrf
from bot.console.throttle import FORGET, Rule, Throttle
from bot.desk import Actor
from bot.passwords import hash_password, verify_password
from bot.store import StaffAccount, Store
from dialogs.texts import THAI_TZ

COOKIE = "namjai_staff"
LOGIN_CSRF_COOKIE = "namjai_login_csrf"
CSRF_HEADER = "X-CSRF-Token"
SESSION_TTL = dt.timedelta(hours=12)
MAX_FAILURES = 20  # wrong passwords in a row, from any addresses, before the hard lock
FREE_PER_ADDRESS = 10  # wrong passwords from one address, any accounts, before delays
FREE_PER_PAIR = 3  # wrong passwords on one account from one address before delays
MAX_DELAY = 15 * 60.0  # seconds: the longest delay
MAX_PASSWORD = 1000  # characters of a password, at most
LOCK_FOR = dt.timedelta(minutes=15)
UNKNOWN = "unknown"  # the store's throttle kind of usernames without an account
MAX_LOCKS = 10_000  # usernames with login attempts in flight at once
UNKNOWN_USER = "(unknown)"
BAD_LOGIN = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
BUSY = "ระบบมีผู้เข้าสู่ระบบจำนวนมาก กรุณาลองใหม่อีกครั้งค่ะ"
SLOW_DOWN = "ใส่รหัสผ่านผิดหลายครั้ง กรุณารอ {seconds} วินาทีแล้วลองใหม่ค่ะ"
LOOPBACK_NAMES = {"localhost"}

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Staff:
    """The signed-in staff member of a request."""

    username: str
    role: str
    csrf: str
    token_hash: str

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.role)


@dataclass
class _Attempts:
    """Login attempts in flight on one username, and the lock they take turns on."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    in_flight: int = 0


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


@functools.cache
def _dummy_hash() -> str:
    """Checked against for unknown usernames, so both take the same time."""
    return hash_password(secrets.token_urlsafe(16))


def locked_message(until: dt.datetime) -> str:
    local = until.astimezone(THAI_TZ)
    return (f"เข้าสู่ระบบผิดเกิน {MAX_FAILURES} ครั้ง บัญชีถูกระงับชั่วคราว "
            f"{int(LOCK_FOR.total_seconds() // 60)} นาที ลองใหม่หลังเวลา {local:%H:%M} น.")


def is_loopback(host: str) -> bool:
    name = host.strip("[]")
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class Auth:
    def __init__(self, store: Store, clock: Clock, cookie_secure: bool | None) -> None:
        self.store = store
        self.clock = clock
        self.cookie_secure = cookie_secure
        self._attempts: dict[str, _Attempts] = {}
        self.by_address = Throttle(Rule(FREE_PER_ADDRESS, 1.0, MAX_DELAY), store, "address")
        self.by_pair = Throttle(Rule(FREE_PER_PAIR, 1.0, MAX_DELAY), store, "account")

    # -- cookies --------------------------------------------------------------------
    def secure(self, request: web.Request) -> bool:
        if self.cookie_secure is not None:
            return self.cookie_secure
        host = request.url.host or ""
        return not (request.scheme == "http" and is_loopback(host))

    def set_cookie(self, request: web.Request, response: web.StreamResponse, name: str,
                   value: str, max_age: int, path: str = "/") -> None:
        response.set_cookie(name, value, max_age=max_age, path=path, httponly=True,
                            samesite="Lax", secure=self.secure(request))

    # -- sessions ---------------------------------------------------------------------
    async def current(self, request: web.Request) -> Staff | None:
        token = request.cookies.get(COOKIE)
        if not token or len(token) > 200:
            return None
        hashed = token_hash(token)
        found = await self.store.session(hashed, self.clock())
        if found is None:
            return None
        account, csrf = found
        return Staff(account.username, account.role, csrf, hashed)

    async def require(self, request: web.Request) -> Staff:
        staff = await self.current(request)
        if staff is None:
            raise ConsoleError(401, "unauthorized", "กรุณาเข้าสู่ระบบก่อน (not logged in)")
        return staff

    @staticmethod
    def check_csrf(staff: Staff, supplied: str | None) -> None:
        if not same(staff.csrf, supplied):
            raise bad_csrf()

    async def start_session(self, account: StaffAccount) -> tuple[Staff, str]:
        """A new session: the staff member and the token for the cookie."""
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        now = self.clock()
        hashed = token_hash(token)
        await self.store.add_session(hashed, account.id, csrf, now, now + SESSION_TTL)
        return Staff(account.username, account.role, csrf, hashed), token

    def session_cookie(self, request: web.Request, response: web.StreamResponse,
                       token: str) -> None:
        self.set_cookie(request, response, COOKIE, token, int(SESSION_TTL.total_seconds()))

    async def end_session(self, request: web.Request, response: web.StreamResponse,
                          staff: Staff) -> None:
        await self.store.end_session(staff.token_hash)
        await self.store.audit("logout", staff.username, {}, self.clock())
        response.del_cookie(COOKIE, path="/")

    # -- passwords ----------------------------------------------------------------------
    @contextlib.asynccontextmanager
    async def _one_at_a_time(self, username: str) -> AsyncIterator[None]:
        """Serialise login attempts on one username. An entry lives only while attempts
        on that name are in flight, so the dict stays small; past MAX_LOCKS names at
        once, new ones are told to retry (503)."""
        entry = self._attempts.get(username)
        if entry is None:
            if len(self._attempts) >= MAX_LOCKS:
                raise ConsoleError(503, "busy", BUSY)
            entry = self._attempts[username] = _Attempts()
        entry.in_flight += 1
        try:
            async with entry.lock:
                yield
        finally:
            entry.in_flight -= 1
            if entry.in_flight == 0:
                del self._attempts[username]

    async def check_login(self, username: str, password: str,
                          address: str = "unknown") -> StaffAccount:
        """The account if the password is right; ConsoleError 401 (wrong), 429 "slow_down"
        (too many wrong ones from this address: wait) or 429 "locked"."""
        async with self._one_at_a_time(username):
            await self._not_too_fast(username, address)
            try:
                account = await self._check_login(username, password, address)
            except ConsoleError as exc:
                if exc.status == 401 or exc.code == "locked":
                    now = self.clock()
                    await self.by_address.failed(address, now)
                    await self.by_pair.failed(_pair(username, address), now)
                raise
            await self.by_pair.cleared(_pair(username, address), self.clock())
            return account

    async def _not_too_fast(self, username: str, address: str) -> None:
        now = self.clock()
        wait = max(await self.by_address.wait(address, now),
                   await self.by_pair.wait(_pair(username, address), now))
        if wait > 0:
            seconds = math.ceil(wait)
            raise ConsoleError(429, "slow_down", SLOW_DOWN.format(seconds=seconds),
                               {"retry_after": seconds})

    async def _check_login(self, username: str, password: str, address: str) -> StaffAccount:
        now = self.clock()
        account = await self.store.staff(username)
        if account is None:
            return await self._unknown_login(username, password, now, address)
        if account.locked_until is not None and account.locked_until > now:
            await self.store.audit("login_failed", username,
                                   {"reason": "locked", "address": address}, now)
            raise ConsoleError(429, "locked", locked_message(account.locked_until))
        if account.locked_until is not None:  # the lock ran out: count afresh
            await self.store.login_attempt(account.id, True, None)
        if await asyncio.to_thread(verify_password, account.password_hash, password):
            await self.store.login_attempt(account.id, True, None)
            await self.store.audit("login", username,
                                   {"role": account.role, "address": address}, now)
            return account
        return await self._failed(username, now, address)

    async def _failed(self, username: str, now: dt.datetime, address: str) -> StaffAccount:
        """Count a wrong password, read afresh after the (slow) check; lock at the limit."""
        account = await self.store.staff(username)
        if account is None:  # removed meanwhile
            raise ConsoleError(401, "bad_login", BAD_LOGIN)
        lock = account.locked_until if (account.locked_until is not None
                                         and account.locked_until > now) else None
        failures = account.failed_logins + 1
        if lock is None and failures >= MAX_FAILURES:
            lock = now + LOCK_FOR
        await self.store.login_attempt(account.id, False, lock)  # never clears a lock
        await self.store.audit("login_failed", username, {"reason": "password",
                                                          "failures": failures,
                                                          "address": address}, now)
        if lock is not None:
            raise ConsoleError(429, "locked", locked_message(lock))
        raise ConsoleError(401, "bad_login", BAD_LOGIN)

    async def _unknown_login(self, username: str, password: str, now: dt.datetime,
                             address: str) -> StaffAccount:
        await asyncio.to_thread(verify_password, _dummy_hash(), password)
        state = await self.store.throttle_state(UNKNOWN, username, now - FORGET)
        await self.store.audit("login_failed", UNKNOWN_USER,
                               {"reason": "unknown", "username": UNKNOWN_USER,
                                "address": address}, now)
        if state is not None and state[1] > now:
            raise ConsoleError(429, "locked", locked_message(state[1]))
        if state is not None and state[0] >= MAX_FAILURES:  # the lock ran out: afresh
            await self.store.throttle_clear(UNKNOWN, username)
        _, until = await self.store.throttle_failed(
            UNKNOWN, username, now, now - FORGET,
            lambda failures: LOCK_FOR.total_seconds() if failures >= MAX_FAILURES else 0.0)
        if until > now:
            raise ConsoleError(429, "locked", locked_message(until))
        raise ConsoleError(401, "bad_login", BAD_LOGIN)


    async def attempts(self) -> list[dict[str, object]]:
        """For admins: the addresses, and the accounts from each address, with recent
        wrong passwords, and how long each must still wait."""
        now = self.clock()
        rows: list[dict[str, object]] = []
        for kind, throttle in (("address", self.by_address), ("account", self.by_pair)):
            for key, failures, last, wait in await throttle.snapshot(now):
                username, _, address = key.rpartition("\n")
                rows.append({"kind": kind, "address": address, "username": username or None,
                             "failures": failures, "last": last.isoformat(),
                             "wait_seconds": math.ceil(wait)})
        return rows


def _pair(username: str, address: str) -> str:
    """The throttle key of an account from an address (a name has no newline)."""
    return f"{username}\n{address}"
