"""The dashboard for officers and admins: /console/dashboard (HTML with SVG charts,
no JavaScript needed) and the same figures at /api/stats (JSON).

The period is `from` and `to` (both days included): in the page's form as
d/m/yyyy with a Buddhist-era year, in the API as ISO dates (2026-11-01); the
default is the last 8 weeks. Viewing the figures is audited like the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from aiohttp import web

from bot.cases.errors import PermissionDenied, ReportError
from bot.cases.stats import Stats, compute, default_period, parse_day
from bot.cases.workflow import ROLE_LABELS, can
from bot.console.auth import Auth, Staff
from bot.console.http import error_json, json_ok, to_console_error
from bot.console.pages import Pages, html_response
from bot.console.views_dashboard import dashboard_page
from bot.desk import Desk
from dialogs.texts import THAI_TZ
from knowledge.errors import NamjaiError


def _allowed(staff: Staff) -> None:
    if not can(staff.role, "report"):  # officers and admins
        who = ROLE_LABELS.get(staff.role, staff.role)
        raise PermissionDenied(staff.role, "report", f"{who} ไม่มีสิทธิ์ดูแดชบอร์ด")


def period(query: Mapping[str, str], today: dt.date) -> tuple[dt.date, dt.date]:
    """The period asked for; a missing end is today, a missing start 8 weeks back."""
    start, end = default_period(today)
    raw_from, raw_to = query.get("from", "").strip(), query.get("to", "").strip()
    if raw_to:
        end = parse_day(raw_to)
    if raw_from:
        start = parse_day(raw_from)
    elif raw_to:
        start = default_period(end)[0]
    return start, end


class Dashboard:
    def __init__(self, desk: Desk, auth: Auth, pages: Pages) -> None:
        self.desk = desk
        self.auth = auth
        self.pages = pages

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return [web.get("/console/dashboard", self.pages.page(self._page)),
                web.get("/api/stats", self._api)]

    def _today(self) -> dt.date:
        return self.desk.clock().astimezone(THAI_TZ).date()

    async def _stats(self, staff: Staff, start: dt.date, end: dt.date) -> Stats:
        cases = [c.as_dict() for c in await self.desk.store.cases()]
        stats = compute(cases, start, end, self.desk.clock())
        await self.desk.store.audit("stats", staff.username,
                                    {"from": start.isoformat(), "to": end.isoformat()},
                                    self.desk.clock())
        return stats

    async def _page(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        _allowed(staff)
        today = self._today()
        try:
            start, end = period(request.query, today)
            stats = await self._stats(staff, start, end)
        except ReportError as exc:
            start, end = default_period(today)
            stats = await self._stats(staff, start, end)
            return html_response(dashboard_page(staff, stats, today, str(exc)), 400)
        return html_response(dashboard_page(staff, stats, today))

    async def _api(self, request: web.Request) -> web.StreamResponse:
        try:
            staff = await self.auth.require(request)
            _allowed(staff)
            start, end = period(request.query, self._today())
            stats = await self._stats(staff, start, end)
        except NamjaiError as exc:
            return error_json(to_console_error(exc))
        return json_ok({**stats.as_json(), "at": self.desk.clock().isoformat()})
