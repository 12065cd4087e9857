"""The staff accounts page (admins): each account with its forms (role, unlock, end
sessions, remove) and the form that adds an account. Every value is escaped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.cases.workflow import ROLE_LABELS, ROLES
from bot.console.auth import Staff
from bot.console.html import button, esc, field, form, hidden, layout, notice, when
from bot.console.me import display_field, display_form
from bot.passwords import MIN_LENGTH
from bot.store import StaffAccount

# what the page says after a change (the ?done= of the redirect): fixed texts only
DONE: Mapping[str, str] = {
    "add": "เพิ่มบัญชีแล้วค่ะ",
    "role": "เปลี่ยนบทบาทแล้วค่ะ",
    "unlock": "ปลดล็อกบัญชีแล้วค่ะ",
    "sessions": "ออกจากระบบทุกเครื่องของบัญชีนี้แล้วค่ะ",
    "remove": "ลบบัญชีแล้วค่ะ",
    "display": "เปลี่ยนชื่อที่แสดงแล้วค่ะ",
}


def role_select(current: str, label: str) -> str:
    options = "".join(
        f'<option value="{esc(r)}"{" selected" if r == current else ""}>'
        f"{esc(ROLE_LABELS[r])}</option>" for r in ROLES)
    return f'<label>{esc(label)} <select name="role">{options}</select></label>'


def account_forms(staff: Staff, account: StaffAccount,
                  names: Mapping[str, str] | None = None) -> str:
    """The forms of one account's row; none to change or remove one's own account."""
    name = account.username
    names = names or {}
    who = hidden("username", name)
    parts = []
    if name != staff.username:
        parts.append(form("/console/staff/role",
                          who + role_select(account.role, "บทบาท")
                          + button("เปลี่ยนบทบาท"),
                          staff.csrf, cls="staff-role", label=f"เปลี่ยนบทบาทของ {name}"))
    parts.append(display_form(staff, name, names.get(name, "")))  # bot.console.me
    if account.failed_logins or account.locked_until is not None:
        parts.append(form("/console/staff/unlock", who + button("ปลดล็อก"), staff.csrf,
                          cls="staff-unlock", label=f"ปลดล็อก {name}"))
    parts.append(form("/console/staff/sessions", who + button("ออกจากระบบทุกเครื่อง"),
                      staff.csrf, cls="staff-sessions",
                      label=f"ออกจากระบบทุกเครื่องของ {name}"))
    if name != staff.username:
        confirm = ('<label><input type="checkbox" name="confirm" value="yes" required> '
                   f"ยืนยันการลบบัญชี {esc(name)}</label>")
        parts.append(form("/console/staff/remove", who + confirm + button("ลบบัญชี"),
                          staff.csrf, cls="staff-remove", label=f"ลบบัญชี {name}"))
    return "".join(parts)


def add_form(staff: Staff, typed: Mapping[str, str]) -> str:
    inner = (field("ชื่อผู้ใช้", "username", typed.get("username", ""),
                   extra=' autocomplete="off" required maxlength="50"')
             + role_select(typed.get("role", "hotline"), "บทบาท")
             + display_field(typed.get("display_name", ""))
             + field(f"รหัสผ่าน (อย่างน้อย {MIN_LENGTH} ตัวอักษร)", "password",
                     kind="password", extra=' autocomplete="new-password" required')
             + field("รหัสผ่านอีกครั้ง", "password2", kind="password",
                     extra=' autocomplete="new-password" required')
             + button("เพิ่มบัญชี", cls="primary"))
    return ("<section><h2>เพิ่มบัญชี</h2>"
            + form("/console/staff/add", inner, staff.csrf, cls="staff-add",
                   label="เพิ่มบัญชี") + "</section>")


def staff_page(staff: Staff, accounts: list[StaffAccount], now: dt.datetime, *,
               error: str | None = None, done: str | None = None,
               typed: Mapping[str, str] | None = None,
               names: Mapping[str, str] | None = None) -> str:
    def row(a: StaffAccount) -> str:
        locked = a.locked_until is not None and a.locked_until > now
        state = f"ถูกระงับถึง {when(a.locked_until)}" if locked else "ใช้งานได้"
        return (f'<tr data-staff="{esc(a.username)}"><td>{esc(a.username)}</td>'
                f"<td>{esc(ROLE_LABELS.get(a.role, a.role))}</td>"
                f"<td>{esc(a.failed_logins)}</td><td>{state}</td>"
                f"<td>{account_forms(staff, a, names)}</td></tr>")

    table = ('<table class="staff"><thead><tr><th>ชื่อผู้ใช้</th><th>บทบาท</th>'
             "<th>เข้าระบบผิดติดกัน</th><th>สถานะ</th><th>จัดการ</th></tr></thead><tbody>"
             + "".join(row(a) for a in accounts) + "</tbody></table>")
    hint = ('<p class="hint">เพิ่มบัญชีได้ด้วยคำสั่ง <code>python -m bot staff add ชื่อ '
            "--role hotline|officer|admin</code> บนเครื่องเซิร์ฟเวอร์ด้วย</p>")
    body = (notice(error) + notice(DONE.get(done or ""), "ok") + table
            + add_form(staff, typed or {}) + hint)
    return layout("บัญชีเจ้าหน้าที่", body, staff)
