"""The staff member's own account at /console/me: the display name people see, the
staff chats linked to the account, and a one-time code to link one more; the same as
JSON at /api/me/display-name, /api/me/link-code and /api/me/links."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiohttp import web

from bot import people
from bot.console.api import Api
from bot.console.auth import Auth, Staff
from bot.console.html import button, esc, field, form, hidden, layout, notice, when
from bot.console.http import ConsoleError, bad_request, read_json, text_field
from bot.console.pages import Pages, html_response, see_other
from bot.staff_room import CHAT_NAMES, StaffRoom
from bot.store import StaffLink

DONE = {"name": "บันทึกชื่อที่แสดงแล้วค่ะ", "unlink": "ยกเลิกการเชื่อมบัญชีแล้วค่ะ"}


def display_field(value: str, required: bool = False) -> str:
    """The display-name input of the staff forms."""
    return field("ชื่อที่ผู้ขอเห็น (เช่น คุณสมศรี)", "display_name", value,
                 extra=f' maxlength="{people.MAX_DISPLAY_NAME}"'
                       + (" required" if required else ""))


def display_form(staff: Staff, username: str, current: str) -> str:
    """An admin changes an account's display name (the staff accounts page)."""
    return form("/console/staff/display", hidden("username", username)
                + display_field(current, True) + button("เปลี่ยนชื่อที่แสดง"), staff.csrf,
                cls="staff-display", label=f"ชื่อที่แสดงของ {username}")


def _links(staff: Staff, links: list[StaffLink]) -> str:
    if not links:
        return "<p>ยังไม่ได้เชื่อมบัญชีแชตใดค่ะ</p>"
    rows = "".join(
        f"<li>{esc(CHAT_NAMES.get(link.channel, link.channel))} (เชื่อมเมื่อ {when(link.linked_at)}) "
        + form("/console/me/unlink", hidden("channel", link.channel)
               + hidden("user_id", link.user_id) + button("ยกเลิกการเชื่อม"), staff.csrf,
               cls="unlink", label="ยกเลิกการเชื่อมบัญชีแชต") + "</li>" for link in links)
    return f'<ul class="links">{rows}</ul>'


def me_page(staff: Staff, display_name: str, links: list[StaffLink], *,
            code: tuple[str, str] | None = None, error: str | None = None,
            done: str | None = None) -> str:
    shown = people.as_seen(display_name)
    name_form = form("/console/me/name", display_field(display_name, True)
                     + button("บันทึกชื่อ"), staff.csrf, cls="display-name",
                     label="ชื่อที่แสดง")
    issued = ""
    if code is not None:
        issued = (f'<p class="code">รหัส: <strong id="link-code">{esc(code[0])}</strong> '
                  f"(ใช้ได้ครั้งเดียว ถึง {esc(code[1])})</p>"
                  f"<p>พิมพ์ <code>/link {esc(code[0])}</code> ในกลุ่มเจ้าหน้าที่ Telegram "
                  "หรือพิมพ์รหัสนี้ในกลุ่มเจ้าหน้าที่ LINE ค่ะ</p>")
    body = (notice(error) + notice(DONE.get(done or ""), "ok")
            + "<section><h2>ชื่อที่แสดง</h2>"
            + f'<p>ผู้ขอจะเห็นข้อความของคุณเป็น "{esc(shown)}: ..." '
              "ชื่อผู้ใช้ไม่แสดงนอกคอนโซลค่ะ</p>" + name_form + "</section>"
            + "<section><h2>เชื่อมบัญชีแชตเจ้าหน้าที่</h2>"
            + "<p>เชื่อมแล้ว ตอบในหัวข้อของเรื่องใน Telegram หรือตอบกลับข้อความแจ้งเตือนในกลุ่ม "
              "LINE เพื่อคุยกับผู้ขอได้ และกดรับเรื่องได้ในนามบัญชีนี้</p>"
            + issued + form("/console/me/code", button("ขอรหัสเชื่อมบัญชี", cls="primary"),
                            staff.csrf, cls="link-code", label="ขอรหัสเชื่อมบัญชี")
            + _links(staff, links) + "</section>")
    return layout("บัญชีของฉัน", body, staff, data={"page": "me"})


class Me:
    def __init__(self, room: StaffRoom, auth: Auth, pages: Pages, api: Api) -> None:
        self.room = room
        self.store = room.store
        self.auth = auth
        self.pages = pages
        self.api = api

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        page, guard = self.pages.page, self.api.guard
        return [
            web.get("/console/me", page(self._page)),
            web.post("/console/me/{action}", page(self._change)),
            web.post("/api/me/link-code", guard(self._api_code)),
            web.post("/api/me/display-name", guard(self._api_name)),
            web.get("/api/me/links", guard(self._api_links)),
        ]

    async def _render(self, staff: Staff, **kwargs: Any) -> web.Response:
        name = await self.store.display_name(staff.username)
        links = await self.store.staff_links(staff.username)
        status = int(kwargs.pop("status", 200))
        return html_response(me_page(staff, name, links, **kwargs), status)

    async def _page(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        return await self._render(staff, done=request.query.get("done"))

    async def _change(self, request: web.Request, staff: Staff) -> web.StreamResponse:
        raw = await request.post()
        csrf = raw.get("csrf")
        self.auth.check_csrf(staff, csrf if isinstance(csrf, str) else None)
        action = request.match_info["action"]
        if action == "code":
            code, expires = await self.room.issue_code(staff.actor)
            return await self._render(staff, code=(code, when(expires)))
        if action == "name":
            try:
                await self._set_name(staff, raw.get("display_name"))
            except ConsoleError as err:
                return await self._render(staff, error=err.detail, status=err.status)
        elif action == "unlink":
            channel, user_id = raw.get("channel"), raw.get("user_id")
            if not isinstance(channel, str) or not isinstance(user_id, str) or \
                    not await self.store.unlink(staff.username, channel, user_id):
                return await self._render(staff, error="ไม่พบการเชื่อมบัญชีนี้", status=404)
            await self.store.audit("staff_unlink", staff.username, {"channel": channel},
                                   self.room.desk.clock())
        else:
            raise ConsoleError(404, "not_found", "ไม่มีคำสั่งนี้")
        raise see_other(f"/console/me?done={action}")

    async def _set_name(self, staff: Staff, raw: object) -> str:
        try:
            name = people.check_display_name(raw)
        except ValueError as exc:
            raise bad_request(str(exc)) from None
        await self.store.set_display_name(staff.username, name)
        await self.store.audit("staff_display_name", staff.username,
                               {"username": staff.username}, self.room.desk.clock())
        return name

    async def _api_code(self, request: web.Request, staff: Staff) -> dict[str, Any]:
        code, expires = await self.room.issue_code(staff.actor)
        return {"code": code, "expires_at": expires.isoformat()}

    async def _api_name(self, request: web.Request, staff: Staff) -> dict[str, Any]:
        body = await read_json(request)
        name = await self._set_name(staff, text_field(body, "display_name", limit=200))
        return {"display_name": name}

    async def _api_links(self, request: web.Request, staff: Staff) -> dict[str, Any]:
        links = await self.store.staff_links(staff.username)
        return {"links": [{"channel": link.channel, "linked_at": link.linked_at.isoformat()}
                          for link in links]}
