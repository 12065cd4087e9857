"""Admins manage staff accounts on /console/staff: add one, change a role or the
display name people see, unlock
(reset the failed logins and the lock), end all sessions of an account, remove one.

Every change is a POST form with the session's CSRF token, is audited (never a
password), and answers with a redirect to the page (303) or the page with the
error (4xx). Nobody changes the role of, or removes, their own account (so the last
admin cannot lock everyone out by mistake).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from aiohttp import web

from bot import people
from bot.cases.workflow import ROLES, require
from bot.console.auth import MAX_PASSWORD, Auth, Staff
from bot.console.http import ConsoleError
from bot.console.pages import Pages, html_response, see_other
from bot.console.views_staff import staff_page
from bot.desk import Desk
from bot.passwords import USERNAME, hash_password, password_problem
from bot.store import StaffAccount

Change = Callable[[Staff, Mapping[str, str]], Awaitable[None]]


def problem(status: int, detail: str) -> ConsoleError:
    return ConsoleError(status, "bad_request" if status == 400 else "conflict", detail)


class StaffAdmin:
    def __init__(self, desk: Desk, auth: Auth, pages: Pages) -> None:
        self.desk = desk
        self.auth = auth
        self.pages = pages
        self.changes: dict[str, Change] = {
            "add": self._add, "role": self._role, "unlock": self._unlock,
            "sessions": self._sessions, "remove": self._remove, "display": self._display}

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return [web.get("/console/staff", self.pages.page(self._page)),
                web.post("/console/staff/{action}", self.pages.page(self._change))]

    async def _render(self, staff: Staff, *, error: str | None = None, status: int = 200,
                      done: str | None = None,
                      typed: Mapping[str, str] | None = None) -> web.Response:
        accounts = await self.desk.store.staff_list()
        names = {a.username: await self.desk.store.display_name(a.username) for a in accounts}
        page = staff_page(staff, accounts, self.desk.clock(), error=error, done=done,
                          typed=typed, names=names)
        return html_response(page, status)

    async def _page(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        require(staff.role, "manage_staff")
        return await self._render(staff, done=request.query.get("done"))

    async def _change(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        require(staff.role, "manage_staff")
        action = request.match_info["action"]
        change = self.changes.get(action)
        if change is None:
            raise ConsoleError(404, "not_found", "ไม่มีคำสั่งนี้")
        raw = await request.post()
        csrf = raw.get("csrf")
        self.auth.check_csrf(staff, csrf if isinstance(csrf, str) else None)
        form = {k: v for k, v in raw.items() if isinstance(v, str)}
        try:
            await change(staff, form)
        except ConsoleError as err:
            typed = ({"username": form.get("username", ""), "role": form.get("role", ""),
                      "display_name": form.get("display_name", "")}
                     if action == "add" else None)
            return await self._render(staff, error=err.detail, status=err.status,
                                      typed=typed)
        raise see_other(f"/console/staff?done={action}")

    async def _audit(self, action: str, staff: Staff, detail: dict[str, Any]) -> None:
        await self.desk.store.audit(action, staff.username, detail, self.desk.clock())

    async def _account(self, form: Mapping[str, str]) -> StaffAccount:
        name = form.get("username", "")
        account = await self.desk.store.staff(name) if 0 < len(name) <= 100 else None
        if account is None:
            raise problem(404, "ไม่พบบัญชีนี้ (อาจถูกลบไปแล้ว)")
        return account

    @staticmethod
    def _not_yourself(staff: Staff, account: StaffAccount, what: str) -> None:
        if account.username == staff.username:
            raise problem(409, f"{what}บัญชีของตัวเองไม่ได้ค่ะ ให้ผู้ดูแลระบบคนอื่นทำแทน")

    @staticmethod
    def _role_of(form: Mapping[str, str]) -> str:
        role = form.get("role", "")
        if role not in ROLES:
            raise problem(400, "กรุณาเลือกบทบาท (hotline, officer หรือ admin)")
        return role

    async def _add(self, staff: Staff, form: Mapping[str, str]) -> None:
        name, role = form.get("username", ""), self._role_of(form)
        display = self._display_of(form) if form.get("display_name", "").strip() else ""
        if not USERNAME.fullmatch(name):
            raise problem(400, "ชื่อผู้ใช้ต้องมี 2-50 ตัวอักษร เป็นอักษรอังกฤษ ตัวเลข "
                               "หรือ . _ - และขึ้นต้นด้วยอักษรหรือตัวเลข")
        password = form.get("password", "")
        if password != form.get("password2", ""):
            raise problem(400, "รหัสผ่านสองช่องไม่ตรงกัน")
        why = password_problem(password) or (
            f"at most {MAX_PASSWORD} characters" if len(password) > MAX_PASSWORD else None)
        if why is not None:
            raise problem(400, f"ตั้งรหัสผ่านนี้ไม่ได้ ({why})")
        hashed = await asyncio.to_thread(hash_password, password)
        try:
            await self.desk.store.add_staff(name, role, hashed, self.desk.clock())
        except KeyError as exc:
            raise problem(409, "มีบัญชีชื่อนี้อยู่แล้ว") from exc
        if display:
            await self.desk.store.set_display_name(name, display)
        await self._audit("staff_add", staff, {"username": name, "role": role})

    @staticmethod
    def _display_of(form: Mapping[str, str]) -> str:
        try:
            return people.check_display_name(form.get("display_name", ""))
        except ValueError as exc:
            raise problem(400, str(exc)) from None

    async def _display(self, staff: Staff, form: Mapping[str, str]) -> None:
        account, display = await self._account(form), self._display_of(form)
        await self.desk.store.set_display_name(account.username, display)
        await self._audit("staff_display_name", staff, {"username": account.username})

    async def _role(self, staff: Staff, form: Mapping[str, str]) -> None:
        account, role = await self._account(form), self._role_of(form)
        self._not_yourself(staff, account, "เปลี่ยนบทบาทของ")
        if not await self.desk.store.staff_set_role(account.username, role):
            raise problem(404, "ไม่พบบัญชีนี้ (อาจถูกลบไปแล้ว)")
        await self._audit("staff_role", staff, {"username": account.username,
                                                "from": account.role, "to": role})

    async def _unlock(self, staff: Staff, form: Mapping[str, str]) -> None:
        account = await self._account(form)
        await self.desk.store.login_attempt(account.id, True, None)
        await self._audit("staff_unlock", staff, {"username": account.username,
                                                  "failed_logins": account.failed_logins})

    async def _sessions(self, staff: Staff, form: Mapping[str, str]) -> None:
        account = await self._account(form)
        ended = await self.desk.store.staff_end_sessions(account.username)
        await self._audit("staff_sessions_ended", staff, {"username": account.username,
                                                          "sessions": ended})

    async def _remove(self, staff: Staff, form: Mapping[str, str]) -> None:
        account = await self._account(form)
        self._not_yourself(staff, account, "ลบ")
        if form.get("confirm") != "yes":
            raise problem(400, "กรุณาติ๊กช่องยืนยันก่อนลบบัญชี")
        if not await self.desk.store.staff_remove(account.username):
            raise problem(404, "ไม่พบบัญชีนี้ (อาจถูกลบไปแล้ว)")
        await self._audit("staff_remove", staff, {"username": account.username,
                                                  "role": account.role})
