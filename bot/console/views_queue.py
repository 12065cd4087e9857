"""The queue page: open cases, urgent first, then by due time, with deadline badges."""

from __future__ import annotations

import datetime as dt

from bot.alerts import CHANNEL_NAMES, first_name
from bot.cases.workflow import STATUSES, label
from bot.console.actions import KIND_LABELS, case_badge
from bot.console.auth import Staff
from bot.console.html import esc, layout, notice, when
from bot.console.status_forms import follow_up_badge
from bot.store import Case, Hold
from dialogs.parse_phone_id import mask_phone


def _filters(status: str | None) -> str:
    links = [("/console", "เรื่องที่ยังไม่เสร็จ", status is None)]
    links += [(f"/console?status={s}", label(s), status == s) for s in STATUSES]
    current = ' aria-current="page"'
    return '<nav class="filters" aria-label="กรองตามสถานะ">' + "".join(
        f'<a href="{esc(href)}"{current if on else ""}>{esc(text)}</a>'
        for href, text, on in links) + "</nav>"


COLUMNS = ("เลขที่เรื่อง", "ความเร่งด่วน", "กำหนดเวลา", "สถานะ", "ประเภท", "ผู้ขอ", "ช่องทาง",
           "ผู้รับเรื่อง", "แชต", "ครบกำหนด")


def _row(case: Case, now: dt.datetime, holder: str | None) -> str:
    css, text = case_badge(case, now)
    phone = case.data.get("phone")
    who = first_name(case.data.get("name"))
    if phone:
        who += f" ({mask_phone(str(phone))})"
    urgent = '<span class="urgent">ด่วน</span>' if case.urgent else "ไม่ด่วน"
    chat = f"กำลังคุย: {holder}" if holder else ""
    cells = [  # (the column's name, the escaped HTML, a CSS class)
        ("เลขที่เรื่อง", f'<a href="/console/cases/{case.id}" class="ref">{esc(case.ref)}</a>',
         ""),
        ("ความเร่งด่วน", urgent, ""),
        ("กำหนดเวลา", ("" if css == "done"  # the status column says it already
                        else f'<span class="badge {esc(css)}">{esc(text)}</span>')
         + follow_up_badge(case) or "-", ""),  # follow-up: bot.console.status_forms
        ("สถานะ", esc(label(case.status)), "status"),
        ("ประเภท", esc(KIND_LABELS.get(case.kind, case.kind)), ""),
        ("ผู้ขอ", esc(who), ""),
        ("ช่องทาง", esc(CHANNEL_NAMES.get(case.key.channel, case.key.channel) or "-"), ""),
        ("ผู้รับเรื่อง", esc(case.claimed_by or "ยังไม่มีผู้รับ"), "claimed"),
        ("แชต", esc(chat), ""),
        ("ครบกำหนด", when(case.due_at), ""),
    ]
    tds = "".join(f'<td data-label="{esc(name)}" class="{cls}">{value}</td>'
                  for name, value, cls in cells)
    return f'<tr data-case="{case.id}" class="{"is-urgent" if case.urgent else ""}">{tds}</tr>'


def queue_page(staff: Staff, cases: list[Case], holds: list[Hold], now: dt.datetime,
               status: str | None, error: str | None = None) -> str:
    held = {str(h.key): h.staff for h in holds}
    body_rows = "".join(_row(c, now, held.get(str(c.key))) for c in cases)
    heads = "".join(f"<th>{esc(name)}</th>" for name in COLUMNS)
    table = (f'<table class="queue"><thead><tr>{heads}</tr></thead>'
             f"<tbody>{body_rows}</tbody></table>"
        if cases else '<p class="empty">ไม่มีเรื่องในคิวค่ะ</p>')
    live = '<p class="live" id="live" aria-live="polite">อัปเดตอัตโนมัติ</p>'
    body = notice(error) + _filters(status) + live + table
    return layout("คิวงาน", body, staff, data={"page": "queue"})
