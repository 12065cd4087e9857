"""An admin's ways around a lock-out attack: a one-time sign-in link for an account's
owner (it signs in even while the account is locked, and clears the lock), and the
list of recent wrong-password attempts.

- `POST /api/staff/{username}/signin-link` (admin, CSRF) answers {"url", "expires_at"};
  the link is good once, for LINK_TTL, on any server process (kept in the store, as
  its token's hash: of two processes given it at once, one signs in).
- `GET /console/once/{token}` shows a button (link previews in chat apps fetch a link:
  a GET must not spend it); its `POST` signs in and goes to the queue.
- `GET /api/staff/attempts` (admin): the addresses, and the accounts from each address,
  with recent wrong passwords and how long each must still wait.
"""

from __future__ import annotations

import datetime as dt
import html
import secrets
from collections.abc import Awaitable, Callable, Sequence

from aiohttp import web

from bot.cases.workflow import require
from bot.console.api import Handler
from bot.console.auth import CSRF_HEADER, Auth, Staff, token_hash
from bot.console.http import HEADERS, ConsoleError, error_json, json_ok, to_console_error
from bot.console.logins import BUSY
from bot.desk import Desk
from knowledge.errors import NamjaiError

AdminAction = Callable[[web.Request, Staff], Awaitable[web.StreamResponse]]
LINK_TTL = dt.timedelta(minutes=30)
MAX_LINKS = 1000
PAGE = """<!doctype html><html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>เข้าสู่ระบบครั้งเดียว</title></head><body>
<form method="post" action="{action}"><p>ลิงก์นี้ใช้เข้าสู่ระบบได้ครั้งเดียวค่ะ</p>
<button type="submit">เข้าสู่ระบบ</button></form></body></html>"""


class SignInLinks:
    def __init__(self, desk: Desk, auth: Auth) -> None:
        self.desk = desk
        self.auth = auth

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return [web.post("/api/staff/{username}/signin-link", self._admin(self._issue)),
                web.get("/api/staff/attempts", self._admin(self._attempts)),
                web.get("/console/once/{token}", self._page),
                web.post("/console/once/{token}", self._redeem)]

    def _admin(self, action: AdminAction) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            try:
                staff = await self.auth.require(request)
                if request.method != "GET":
                    self.auth.check_csrf(staff, request.headers.get(CSRF_HEADER))
                require(staff.role, "manage_staff")
                return await action(request, staff)
            except NamjaiError as exc:
                return error_json(to_console_error(exc))

        return handler

    # -- admins -------------------------------------------------------------------------
    async def _issue(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        username = request.match_info["username"]
        if await self.desk.store.staff(username) is None:
            raise ConsoleError(404, "not_found", f"no account {username[:100]}")
        now = self.auth.clock()
        token = secrets.token_urlsafe(32)
        expires = now + LINK_TTL
        if not await self.desk.store.add_signin_link(token_hash(token), username, now,
                                                     expires, MAX_LINKS):
            raise ConsoleError(503, "busy", BUSY)
        await self.desk.store.audit("signin_link", staff.username, {"username": username},
                                    now)
        return json_ok({"url": f"/console/once/{token}", "expires_at": expires.isoformat()})

    async def _attempts(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        return json_ok({"attempts": await self.auth.attempts()})

    # -- the link's owner ---------------------------------------------------------------
    async def _page(self, request: web.Request) -> web.StreamResponse:
        action = html.escape(request.path, quote=True)
        return web.Response(text=PAGE.format(action=action), content_type="text/html",
                            headers=HEADERS)

    async def _redeem(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        now = self.auth.clock()
        found = await self.desk.store.take_signin_link(token_hash(token), now) \
            if len(token) <= 200 else None
        account = await self.desk.store.staff(found) if found is not None else None
        if account is None:
            return error_json(ConsoleError(404, "not_found",
                                           "ลิงก์นี้ใช้ไม่ได้แล้ว (spent, expired or unknown)"))
        await self.desk.store.login_attempt(account.id, True, None)  # clears the lock too
        await self.desk.store.audit("login", account.username,
                                    {"role": account.role, "via": "one-time link",
                                     "address": request.remote or "unknown"}, now)
        _, session_token = await self.auth.start_session(account)
        response = web.Response(status=303, headers={**HEADERS, "Location": "/console"})
        self.auth.session_cookie(request, response, session_token)
        return response
