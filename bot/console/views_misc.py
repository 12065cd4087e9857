"""The sign-in page, the report form and error pages."""

from __future__ import annotations

from bot.console.auth import Staff
from bot.console.html import button, field, hidden, layout, notice


def login_page(csrf: str, next_url: str, error: str | None = None) -> str:
    body = (notice(error)
            + '<form method="post" action="/console/login" class="login">'
            + hidden("csrf", csrf) + hidden("next", next_url)
            + field("ชื่อผู้ใช้", "username", extra=' autocomplete="username" required')
            + field("รหัสผ่าน", "password", kind="password",
                    extra=' autocomplete="current-password" required')
            + button("เข้าสู่ระบบ", cls="primary") + "</form>")
    return layout("เข้าสู่ระบบ", body)


def report_page(staff: Staff, year: int, month: int, error: str | None = None) -> str:
    """The form; `year` is Christian-era, shown and typed in the Buddhist era."""
    body = (notice(error)
            + '<form method="get" action="/console/report" class="report">'
            + field("ปี (พ.ศ.)", "year", year + 543, kind="number",
                    extra=' min="2543" max="2743"')
            + field("เดือน", "month", month, kind="number", extra=' min="1" max="12"')
            + button("ดาวน์โหลด CSV", cls="primary") + "</form>"
            + '<p class="hint">รายงานผลการช่วยเหลือตามขั้นตอนที่ 7 ของคู่มือ '
              "(เรื่องที่ให้ความช่วยเหลือในเดือนนั้น) ไม่มีข้อมูลส่วนบุคคล</p>")
    return layout("รายงานประจำเดือน", body, staff)


def error_page(staff: Staff | None, status: int, detail: str) -> str:
    titles = {401: "กรุณาเข้าสู่ระบบ", 403: "ไม่มีสิทธิ์", 404: "ไม่พบหน้านี้",
              409: "ทำรายการไม่สำเร็จ"}
    body = notice(detail) + '<p><a href="/console">กลับไปที่คิวงาน</a></p>'
    return layout(titles.get(status, "ทำรายการไม่สำเร็จ"), body, staff)
