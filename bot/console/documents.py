"""The sign-in form, the monthly report (CSV), the follow-up letter (text, PDF) and
the console's static files."""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from collections.abc import Sequence
from pathlib import Path

from aiohttp import web

from bot.cases.letter import follow_up_letter, letter_pdf
from bot.cases.report import monthly_report_csv, report_filename
from bot.cases.workflow import ROLE_LABELS, require
from bot.console.auth import LOGIN_CSRF_COOKIE, Auth, Staff, same
from bot.console.http import ConsoleError, case_id_of, to_console_error
from bot.console.pages import HTML_HEADERS, Pages, html_response, see_other
from bot.console.views_misc import login_page, report_page
from bot.desk import Desk
from dialogs.texts import THAI_TZ
from knowledge.errors import NamjaiError

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_FILES = {"console.js": "application/javascript", "console.css": "text/css"}
LOGIN_CSRF_AGE = 3600


def safe_next(value: object) -> str:
    """Only a console path of this site: never an open redirect."""
    if isinstance(value, str) and value.startswith("/console") and "\\" not in value:
        return value
    return "/console"


class Documents:
    def __init__(self, desk: Desk, auth: Auth, pages: Pages) -> None:
        self.desk = desk
        self.auth = auth
        self.pages = pages

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        page = self.pages.page
        return [
            web.get("/console/login", self._login_form),
            web.post("/console/login", self._login),
            web.post("/console/logout", page(self._logout)),
            web.get("/console/report", page(self._report)),
            web.get("/console/cases/{id}/letter", page(self._letter)),
            web.get("/console/cases/{id}/letter.pdf", page(self._letter_pdf)),
            web.get("/console/static/{name}", self._static),
        ]

    # -- sign-in ---------------------------------------------------------------------
    def _login_response(self, request: web.Request, next_url: str, error: str | None = None,
                        status: int = 200) -> web.Response:
        token = secrets.token_urlsafe(32)  # double-submit: the cookie and the field
        response = html_response(login_page(token, next_url, error), status)
        self.auth.set_cookie(request, response, LOGIN_CSRF_COOKIE, token, LOGIN_CSRF_AGE,
                             path="/console/login")
        return response

    async def _login_form(self, request: web.Request) -> web.StreamResponse:
        next_url = safe_next(request.query.get("next"))
        if await self.auth.current(request) is not None:
            raise see_other(next_url)
        return self._login_response(request, next_url)

    async def _login(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        next_url = safe_next(form.get("next"))
        csrf = form.get("csrf")
        if not isinstance(csrf, str) or not same(csrf, request.cookies.get(LOGIN_CSRF_COOKIE)):
            return self._login_response(request, next_url,
                                        "หน้าเข้าสู่ระบบหมดอายุ กรุณาลองอีกครั้ง", 403)
        username, password = form.get("username"), form.get("password")
        if not isinstance(username, str) or not isinstance(password, str) or not username:
            return self._login_response(request, next_url, "กรุณากรอกชื่อผู้ใช้และรหัสผ่าน", 400)
        try:
            account = await self.auth.check_login(username[:100], password[:1000],
                                                  request.remote or "unknown")
        except ConsoleError as err:
            return self._login_response(request, next_url, err.detail, err.status)
        _staff, token = await self.auth.start_session(account)
        response = web.HTTPSeeOther(next_url, headers=HTML_HEADERS)
        self.auth.session_cookie(request, response, token)
        response.del_cookie(LOGIN_CSRF_COOKIE, path="/console/login")
        raise response

    async def _logout(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        form = await request.post()
        csrf = form.get("csrf")
        self.auth.check_csrf(staff, csrf if isinstance(csrf, str) else None)
        response = web.HTTPSeeOther("/console/login", headers=HTML_HEADERS)
        await self.auth.end_session(request, response, staff)
        raise response

    # -- documents --------------------------------------------------------------------
    def _today(self) -> dt.date:
        return self.desk.clock().astimezone(THAI_TZ).date()

    async def _report(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        require(staff.role, "report")
        today = self._today()
        raw_year, raw_month = request.query.get("year"), request.query.get("month")
        if raw_year is None and raw_month is None:
            return html_response(report_page(staff, today.year, today.month))
        try:
            year, month = int(raw_year or ""), int(raw_month or "")
            if year >= 2400:  # typed in the Buddhist era, as the form asks
                year -= 543
            cases = [c.as_dict() for c in await self.desk.store.cases()]
            text = monthly_report_csv(cases, year, month)
        except ValueError:
            return html_response(report_page(staff, today.year, today.month,
                                             "ปีและเดือนต้องเป็นตัวเลข"), 400)
        except NamjaiError as exc:
            return html_response(report_page(staff, today.year, today.month,
                                             to_console_error(exc).detail), 400)
        await self.desk.store.audit("report", staff.username, {"year": year, "month": month},
                                    self.desk.clock())
        disposition = f'attachment; filename="{report_filename(year, month)}"'
        return web.Response(body=text.encode("utf-8"), headers={
            **HTML_HEADERS, "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": disposition})

    async def _letter_text(self, request: web.Request, staff: Staff) -> tuple[str, str]:
        require(staff.role, "letter")
        case = await self.desk.get(case_id_of(request))
        # signed with the display name and role: a username never leaves the console
        text = follow_up_letter(case.as_dict(), await self.desk.display_name(staff.username),
                                str(case.data.get("current_province") or ""), self._today(),
                                ROLE_LABELS.get(staff.role, ""))
        await self.desk.store.audit("letter", staff.username, {"case_id": case.id},
                                    self.desk.clock())
        return case.ref, text

    async def _letter(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        _ref, text = await self._letter_text(request, staff)
        return web.Response(text=text, content_type="text/plain", charset="utf-8",
                            headers=HTML_HEADERS)

    async def _letter_pdf(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        ref, text = await self._letter_text(request, staff)
        pdf = await asyncio.to_thread(letter_pdf, text)
        return web.Response(body=pdf, headers={
            **HTML_HEADERS, "Content-Type": "application/pdf",
            "Content-Disposition": f'attachment; filename="namjai-letter-{ref}.pdf"'})

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in STATIC_FILES:
            raise web.HTTPNotFound()
        return web.FileResponse(STATIC_DIR / name, headers={
            **HTML_HEADERS, "Cache-Control": "no-cache",
            "Content-Type": f"{STATIC_FILES[name]}; charset=utf-8"})
