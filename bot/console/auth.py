"""Staff sign-in: password check with lockout, sessions in cookies, CSRF tokens.

- The session token is random (secrets.token_urlsafe(32)); only its SHA-256 is stored,
  with a CSRF token and an expiry (SESSION_TTL).
- The cookie is HttpOnly and SameSite=Lax (links from the staff chat's "Open" button
  land signed in; every state change needs the CSRF token anyway). It is Secure unless
  `cookie_secure` is False, or None ("auto") and the request is plain http to a
  loopback host (local development: `make run`).
- Passwords are checked by bot.console.logins: wrong ones slow down their sender
  before anything locks (bot.console.throttle): per client address (FREE_PER_ADDRESS
  free tries) and per account from that address
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

import datetime as dt
import hashlib
import hmac
import ipaddress
import secrets
from dataclasses import dataclass

from aiohttp import web

from bot.console.http import ConsoleError, bad_csrf
from bot.console.logins import Clock, Logins
from bot.desk import Actor
from bot.store import StaffAccount, Store

COOKIE = "namjai_staff"
LOGIN_CSRF_COOKIE = "namjai_login_csrf"
CSRF_HEADER = "X-CSRF-Token"
SESSION_TTL = dt.timedelta(hours=12)
MAX_PASSWORD = 1000  # characters of a password, at most
LOOPBACK_NAMES = {"localhost"}


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


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


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
        self.logins = Logins(store, clock)

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

    # -- passwords (bot.console.logins) ---------------------------------------------------
    async def check_login(self, username: str, password: str,
                          address: str = "unknown") -> StaffAccount:
        """The account if the password is right; ConsoleError 401 (wrong), 429 "slow_down"
        (too many wrong ones from this address: wait) or 429 "locked"."""
        return await self.logins.check_login(username, password, address)

    async def attempts(self) -> list[dict[str, object]]:
        """For admins: the recent wrong passwords by address and account."""
        return await self.logins.attempts()
