"""The server-rendered pages: the queue, a case, and the forms that act on a case; the
dashboard (dashboard.py, with /api/stats) is served alongside them.

Every form posts with the session's CSRF token in a hidden field and answers with a
redirect back to the case (303), or the case page again with the error (4xx)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from aiohttp import web

from bot.cases.workflow import STATUSES, can
from bot.console.actions import CASE_ACTIONS, CHAT_ACTIONS, form_amounts, perform
from bot.console.auth import Auth, Staff
from bot.console.http import SECURITY_HEADERS, ConsoleError, case_id_of, to_console_error
from bot.console.status_forms import form_fields
from bot.console.views_case import case_page
from bot.console.views_misc import error_page
from bot.console.views_queue import queue_page
from bot.desk import Desk
from knowledge.errors import NamjaiError

if TYPE_CHECKING:
    from bot.console.dashboard import Dashboard

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
PageAction = Callable[[web.Request, Staff], Awaitable[web.StreamResponse]]
HTML_HEADERS = {**SECURITY_HEADERS, "Cache-Control": "no-store"}


def html_response(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8",
                        headers=HTML_HEADERS)


def see_other(location: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(location, headers=HTML_HEADERS)


def form_body(action: str, form: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON-like body of an action from its form fields."""
    def text(name: str) -> str:
        value = form.get(name)
        return value if isinstance(value, str) else ""

    if action == "amounts":
        return dict(form_amounts({k: text(k) for k in form}))
    if action == "transition":
        return {"to": text("to"), "note": text("note"), "from": text("from") or None,
                **form_fields(text)}  # the person's message (bot.console.status_forms)
    if action == "national_id":
        return {"national_id": text("national_id")}
    if action == "reassign":
        return {"to": text("to")}
    if action in ("notes", "messages"):
        return {"text": text("text")}
    return {}


class Pages:
    def __init__(self, desk: Desk, auth: Auth) -> None:
        self.desk = desk
        self.auth = auth

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return [
            web.get("/console", self.page(self._queue)),
            web.get("/console/", self.page(self._queue)),
            web.get("/console/cases/{id}", self.page(self._case)),
            web.post("/console/cases/{id}/{action}", self.page(self._act)),
            web.post("/console/conversations/{id}/{action}", self.page(self._act)),
            *self._dashboard().routes(),
        ]

    def _dashboard(self) -> Dashboard:
        from bot.console.dashboard import Dashboard  # it builds on these pages

        return Dashboard(self.desk, self.auth, self)

    def page(self, action: PageAction) -> Handler:
        """Signed in (else to the login page), errors as an HTML page."""

        async def handler(request: web.Request) -> web.StreamResponse:
            staff = await self.auth.current(request)
            if staff is None:
                target = request.path_qs if request.method == "GET" else "/console"
                raise see_other(f"/console/login?next={quote(target, safe='')}")
            try:
                return await action(request, staff)
            except NamjaiError as exc:
                err = to_console_error(exc)
                return html_response(error_page(staff, err.status, err.detail), err.status)

        return handler

    async def _queue(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        status = request.query.get("status") or None
        if status is not None and status not in STATUSES:
            raise ConsoleError(400, "bad_request", f"ไม่รู้จักสถานะ {status!r}")
        cases = await self.desk.queue(staff.actor, status)
        holds = await self.desk.store.holds()
        return html_response(queue_page(staff, cases, holds, self.desk.clock(), status))

    async def _render_case(self, staff: Staff, case_id: int, error: str | None = None,
                           status: int = 200,
                           typed: Mapping[str, str] | None = None) -> web.Response:
        view = await self.desk.view(staff.actor, case_id)
        names = ([a.username for a in await self.desk.store.staff_list()]
                 if can(staff.role, "reassign") else [])
        page = case_page(staff, view, self.desk.clock(), names, error, typed)
        return html_response(page, status)

    async def _case(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        raw = request.match_info.get("id", "")
        if raw.startswith("NJ-"):  # the "Open" link of a staff-chat alert names the ref
            found = await self.desk.store.case_by_ref(raw)
            if found is None:
                raise ConsoleError(404, "not_found", f"no case {raw}")
            raise see_other(f"/console/cases/{found.id}")
        return await self._render_case(staff, case_id_of(request))

    async def _act(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        case_id = case_id_of(request)
        action = request.match_info["action"]
        chat = request.path.startswith("/console/conversations/")
        if action not in (CHAT_ACTIONS if chat else CASE_ACTIONS):
            raise ConsoleError(404, "not_found", f"ไม่มีคำสั่ง {action}")
        form = await request.post()
        csrf = form.get("csrf")
        self.auth.check_csrf(staff, csrf if isinstance(csrf, str) else None)
        try:
            await perform(self.desk, staff.actor, case_id, action, form_body(action, form))
        except NamjaiError as exc:
            err = to_console_error(exc)
            if err.status == 404:
                raise
            typed = ({k: v for k, v in form.items() if isinstance(v, str)}
                     if action == "amounts" else None)
            return await self._render_case(staff, case_id, err.detail, err.status, typed)
        raise see_other(f"/console/cases/{case_id}" + ("#chat" if chat else ""))
