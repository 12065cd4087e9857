"""The JSON API under /api/: the console's live parts and other systems' tools.

Same sessions, roles and CSRF rules as the pages: every POST but the login carries
the session's CSRF token in the X-CSRF-Token header (from the login answer or
GET /api/me). Errors are JSON: {"error": code, "detail": message, ...}.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from aiohttp import web

from bot.cases.workflow import STATUSES, require
from bot.console.actions import (
    CASE_ACTIONS,
    CHAT_ACTIONS,
    case_json,
    event_json,
    hold_json,
    message_json,
    perform,
    summary_json,
)
from bot.console.auth import CSRF_HEADER, Auth, Staff
from bot.console.http import (
    ConsoleError,
    bad_request,
    case_id_of,
    error_json,
    json_ok,
    read_json,
    to_console_error,
)
from bot.console.stream import EventStreams
from bot.desk import Desk
from knowledge.errors import NamjaiError

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Action = Callable[[web.Request, Staff], Awaitable[Any]]


class Api:
    def __init__(self, desk: Desk, auth: Auth, streams: EventStreams) -> None:
        self.desk = desk
        self.auth = auth
        self.streams = streams

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        routes = [
            web.post("/api/login", self._login),
            web.post("/api/logout", self.guard(self._logout)),
            web.get("/api/me", self.guard(self._me)),
            web.get("/api/cases", self.guard(self._cases)),
            web.get("/api/cases/{id}", self.guard(self._case)),
            web.get("/api/events", self._events, allow_head=False),
        ]
        for action in CASE_ACTIONS:
            routes.append(web.post(f"/api/cases/{{id}}/{action}",
                                   self.guard(self._action(action))))
        for action in CHAT_ACTIONS:
            routes.append(web.post(f"/api/conversations/{{id}}/{action}",
                                   self.guard(self._action(action))))
        return routes

    def guard(self, action: Action) -> Handler:
        """Sign-in (401), CSRF on POST (403) and errors as JSON."""

        async def handler(request: web.Request) -> web.StreamResponse:
            try:
                staff = await self.auth.require(request)
                if request.method != "GET":
                    self.auth.check_csrf(staff, request.headers.get(CSRF_HEADER))
                result = await action(request, staff)
            except NamjaiError as exc:
                return error_json(to_console_error(exc))
            if isinstance(result, web.StreamResponse):
                return result
            return json_ok(result)

        return handler

    def _action(self, name: str) -> Action:
        async def run(request: web.Request, staff: Staff) -> Any:
            case_id = case_id_of(request)
            body = await read_json(request) if request.can_read_body else {}
            return await perform(self.desk, staff.actor, case_id, name, body)

        return run

    async def _login(self, request: web.Request) -> web.StreamResponse:
        try:
            body = await read_json(request)
            username, password = body.get("username"), body.get("password")
            if not isinstance(username, str) or not isinstance(password, str):
                raise bad_request("username and password must be strings")
            if not username or len(username) > 100 or len(password) > 1000:
                raise bad_request("username must be 1-100 characters, password at most 1000")
            account = await self.auth.check_login(username, password,
                                                  request.remote or "unknown")
        except NamjaiError as exc:
            return error_json(to_console_error(exc))
        staff, token = await self.auth.start_session(account)
        response = json_ok({"username": staff.username, "role": staff.role,
                            "csrf": staff.csrf})
        self.auth.session_cookie(request, response, token)
        return response

    async def _logout(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        response = json_ok({"logged_out": True})
        await self.auth.end_session(request, response, staff)
        return response

    async def _me(self, request: web.Request, staff: Staff) -> dict[str, Any]:
        return {"username": staff.username, "role": staff.role, "csrf": staff.csrf,
                "display_name": await self.desk.display_name(staff.username)}

    async def _cases(self, request: web.Request, staff: Staff) -> dict[str, Any]:
        status = request.query.get("status") or None
        if status is not None and status not in STATUSES:
            raise bad_request(f"unknown status {status!r}; known: {', '.join(STATUSES)}")
        cases = await self.desk.queue(staff.actor, status)
        now = self.desk.clock()
        return {"cases": [summary_json(c, now) for c in cases]}

    async def _case(self, request: web.Request, staff: Staff) -> dict[str, Any]:
        view = await self.desk.view(staff.actor, case_id_of(request))
        return {"case": case_json(view.case, self.desk.clock(), staff.role,
                                   self.desk.status_message),
                "events": [event_json(e) for e in view.events],
                "transcript": [message_json(m) for m in view.transcript],
                "hold": hold_json(view.hold)}

    async def _events(self, request: web.Request) -> web.StreamResponse:
        """Server-Sent Events: case changes; with ?case=ID also that conversation's
        messages (the case page). Without it, message events carry no text."""
        try:
            staff = await self.auth.require(request)
            case_id = request.query.get("case")
            if case_id is not None and not case_id.isdigit():
                raise ConsoleError(404, "not_found", f"no case {case_id}")
            require(staff.role, "view")
            case = await self.desk.get(int(case_id)) if case_id else None
            if case is not None:
                await self.desk.store.audit("watch_case", staff.username,
                                            {"case_id": case.id}, self.desk.clock())
        except NamjaiError as exc:
            return error_json(to_console_error(exc))

        async def alive() -> bool:
            return await self.auth.current(request) is not None

        return await self.streams.serve(request, case, alive)
