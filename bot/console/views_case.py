"""The case page: the person's request, the officer's actions and the live chat."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bot.alerts import CHANNEL_NAMES
from bot.cases.amounts import ITEM_LABELS, stored_amounts
from bot.cases.workflow import (
    FOOD_PER_DAY_PERSON,
    OTHER_PER_PERSON,
    allowed_next,
    can,
    goes_back,
    label,
)
from bot.console.actions import KIND_LABELS, case_badge
from bot.console.auth import Staff
from bot.console.history import actor_name, event_sentence
from bot.console.html import button, esc, field, form, hidden, items, layout, notice, rows, when
from bot.console.status_forms import status_forms
from bot.desk import CaseView
from bot.store import Case, CaseEvent, Hold, Message
from dialogs.parse_phone_id import mask_national_id
from dialogs.replies import summary_lines
from dialogs.texts import baht, thai_datetime

LETTER_STATUSES = ("assisted", "reported", "followed_up")


def _facts(case: Case, now: dt.datetime) -> str:
    css, text = case_badge(case, now)
    d = case.data
    urgent = ' <span class="urgent">ด่วน</span>' if case.urgent else ""
    # a finished case's badge would only repeat its status
    badge = "" if css == "done" else f'<span class="badge {esc(css)}">{esc(text)}</span> '
    head = (f'<p class="head">{badge}'
            f'<span class="status" id="status" data-status="{esc(case.status)}">'
            f"{esc(label(case.status))}</span>{urgent}</p>")
    return head + rows([
        ("เลขที่เรื่อง", case.ref),
        ("ประเภท", KIND_LABELS.get(case.kind, case.kind)),
        ("ช่องทาง", CHANNEL_NAMES.get(case.key.channel, case.key.channel) or "(ข้อมูลถูกลบ)"),
        ("ชื่อ", d.get("name") or "-"),
        ("เบอร์โทร", d.get("phone") or "-"),
        ("เลขบัตรประชาชน", _national_id(d)),
        ("จังหวัดที่อยู่", d.get("current_province") or "-"),
        ("จังหวัดที่จะกลับ", d.get("home_province") or "-"),
        ("จำนวนผู้เดินทาง", d.get("travellers") or "-"),
        ("รับเรื่องเมื่อ", _plain(case.created_at)),
        ("ครบกำหนด", _plain(case.due_at)),
        ("ผู้รับเรื่อง", case.claimed_by or "ยังไม่มีผู้รับ"),
    ])


def _national_id(d: Mapping[str, Any]) -> str:
    """Masked on the page (the full number only in the officer's edit form), with the
    note for a number starting with 0."""
    digits = str(d.get("national_id") or "")
    if not digits:
        return "-"
    note = str(d.get("national_id_note") or "")
    return mask_national_id(digits) + (f" ({note})" if note else "")


def _national_id_form(staff: Staff, case: Case) -> str:
    """Optional: typed from the card at the interview (the chat never asks for it)."""
    if not can(staff.role, "national_id") or case.data.get("erased"):
        return ""
    current = str(case.data.get("national_id") or "")
    hint = ("ไม่บังคับ กรอกจากบัตรตอนนัดพบเมื่อระเบียบต้องใช้ เลขที่ขึ้นต้นด้วย 0 "
            "(ผู้ไม่มีสัญชาติไทย) รับได้ เว้นว่างแล้วบันทึกเพื่อลบ")
    inner = (field("เลขบัตรประชาชน 13 หลัก", "national_id", current, kind="text",
                   extra=' inputmode="numeric" autocomplete="off" maxlength="20"')
             + button("บันทึกเลขบัตร"))
    return ('<section class="national-id"><h2>เลขบัตรประชาชน</h2>'
            f'<p class="hint">{esc(hint)}</p>'
            + form(f"/console/cases/{case.id}/national_id", inner, staff.csrf)
            + "</section>")


def _plain(moment: dt.datetime | None) -> str:
    return thai_datetime(moment) if moment else "-"


def _screening(d: dict[str, Any]) -> str:
    answers = d.get("answers") or {}
    parts = ["<h2>ข้อมูลจากการคัดกรอง</h2>"]
    parts.append(items(summary_lines(answers), "ไม่มีข้อมูลคัดกรอง") if answers
                 else "<p>ไม่มีข้อมูลคัดกรอง</p>")
    parts.append("<h3>เหตุผลที่เข้าเกณฑ์</h3>" + items(d.get("reasons") or []))
    refs = [f"{r.get('title')} — {r.get('agency') or '-'}" for r in d.get("referrals") or []]
    parts.append("<h3>ส่งต่อหน่วยงาน</h3>" + items(refs))
    aid = d.get("estimated_aid")
    if isinstance(aid, dict):
        parts.append("<h3>ประมาณการความช่วยเหลือ</h3>" + rows([
            ("ค่าอาหาร", f"{baht(int(aid.get('food') or 0))} "
                         f"({aid.get('food_days_assumed')} วัน)"),
            ("ค่าใช้จ่ายอื่นไม่เกิน", baht(int(aid.get("other_max") or 0))),
            ("รวม (ไม่รวมค่าพาหนะ)", baht(int(aid.get("total_without_fare") or 0))),
        ]))
    return '<section class="screening">' + "".join(parts) + "</section>"


def _claim(staff: Staff, case: Case, names: list[str]) -> str:
    base = f"/console/cases/{case.id}"
    out = []
    if case.claimed_by is None:
        out.append(form(f"{base}/claim", button("รับเรื่อง", cls="primary"), staff.csrf))
    elif case.claimed_by == staff.username or can(staff.role, "reassign"):
        out.append(form(f"{base}/release", button("คืนเรื่อง"), staff.csrf))
    if (case.kind == "handoff" and case.status not in ("closed", "rejected", "followed_up")
            and can(staff.role, "resolve_handoff")):
        out.append(form(f"{base}/resolve", button("ติดต่อแล้ว ปิดคำขอ"), staff.csrf))
    if can(staff.role, "reassign"):
        options = "".join(f'<option value="{esc(n)}">{esc(n)}</option>' for n in names)
        out.append(form(f"{base}/reassign", f'<label>มอบหมายให้ <select name="to">{options}'
                        f"</select></label>{button('มอบหมาย')}", staff.csrf))
    return '<section class="claim"><h2>ผู้รับเรื่อง</h2>' + "".join(out) + "</section>"


def _workflow(staff: Staff, case: Case, messages: Mapping[str, str | None]) -> str:
    if not can(staff.role, "transition"):
        return ""
    nexts = [(s, goes_back(case.status, s)) for s in allowed_next(case.status)]
    if not nexts:
        return '<section class="workflow"><h2>สถานะ</h2><p>เรื่องนี้สิ้นสุดแล้ว</p></section>'
    buttons = "".join(
        button(f"{'ส่งกลับเป็น' if back else 'เปลี่ยนเป็น'}: {label(s)}", name="to", value=s,
               cls="primary" if i == 0 else "")
        for i, (s, back) in enumerate(nexts))
    inner = (hidden("from", case.status) + '<label>บันทึกประกอบ <textarea name="note" '
             'rows="2" maxlength="1000"></textarea></label>'
             f'<div class="buttons">{buttons}</div>')
    return ('<section class="workflow"><h2>เปลี่ยนสถานะ</h2>'
            + form(f"/console/cases/{case.id}/transition", inner, staff.csrf) + "</section>"
            + status_forms(staff, case, messages))


def _amounts(staff: Staff, case: Case, typed: Mapping[str, str] | None) -> str:
    if not can(staff.role, "amounts"):
        return ""
    saved: Mapping[str, object] = typed if typed is not None else (
        stored_amounts(case.data.get("amounts")).as_dict())
    inputs = "".join(field(name, item, saved.get(item) or "", kind="text",
                           extra=' inputmode="numeric" size="7"')
                     for item, name in ITEM_LABELS.items())
    rate = (f"ค่าอาหารไม่เกิน {FOOD_PER_DAY_PERSON} บาท/วัน/คน "
            f"ค่าใช้จ่ายอื่นไม่เกิน {OTHER_PER_PERSON} บาท/คน")
    return ('<section class="amounts"><h2>จำนวนเงินที่อนุมัติ (บาท)</h2>'
            f'<p class="hint">{esc(rate)}</p>'
            + form(f"/console/cases/{case.id}/amounts",
                   f'<div class="grid">{inputs}</div>{button("บันทึกจำนวนเงิน")}', staff.csrf)
            + "</section>")


def _letter(staff: Staff, case: Case) -> str:
    if not can(staff.role, "letter") or case.status not in LETTER_STATUSES:
        return ""
    base = f"/console/cases/{case.id}"
    return ('<section class="letter"><h2>หนังสือติดตามผล</h2>'
            f'<a href="{base}/letter">ร่างหนังสือ (ข้อความ)</a> · '
            f'<a href="{base}/letter.pdf">PDF</a></section>')


def _event(e: CaseEvent) -> str:
    return (f"<li><time>{when(e.at)}</time> <b>{esc(actor_name(e.actor))}</b> "
            f"{esc(event_sentence(e))}</li>")


def _events(staff: Staff, view: CaseView) -> str:
    lis = "".join(_event(e) for e in view.events)
    note = form(f"/console/cases/{view.case.id}/notes",
                '<label>บันทึก <textarea name="text" rows="2" maxlength="1000" required>'
                f'</textarea></label>{button("เพิ่มบันทึก")}', staff.csrf)
    return (f'<section class="events"><h2>บันทึกและประวัติ</h2>{note}'
            f'<ol class="timeline">{lis}</ol></section>')


def _message(m: Message) -> str:
    who = "ผู้ขอ" if m.direction == "in" else (m.meta.get("staff") or "น้ำใจ (บอท)")
    cls = "in" if m.direction == "in" else ("staff" if m.meta.get("staff") else "bot")
    return (f'<li class="msg {cls}"><span class="who">{esc(who)}</span> '
            f'<span class="text">{esc(m.text)}</span> <time>{when(m.at)}</time></li>')


def _chat(staff: Staff, case: Case, transcript: list[Message], hold: Hold | None) -> str:
    base = f"/console/conversations/{case.id}"
    if not case.key.user_id:
        return '<section class="chat"><h2>แชต</h2><p>ข้อมูลผู้ขอถูกลบแล้ว</p></section>'
    if hold is None:
        state = "บอทกำลังดูแลแชตนี้"
        controls = form(f"{base}/takeover", button("รับช่วงการสนทนา", cls="primary"), staff.csrf)
    elif hold.staff == staff.username:
        state = "คุณกำลังคุยกับผู้ขอ บอทจะไม่ตอบจนกว่าจะส่งกลับ"
        send = form(f"{base}/messages",
                    '<label for="reply" class="sr-only">ข้อความถึงผู้ขอ</label>'
                    '<textarea id="reply" name="text" rows="2" maxlength="2000" required>'
                    f'</textarea>{button("ส่ง", cls="primary")}', staff.csrf,
                    cls="send", label="ส่งข้อความ")
        controls = send + form(f"{base}/handback", button("ส่งกลับให้บอท"), staff.csrf)
    else:
        state = f"{hold.staff} กำลังคุยกับผู้ขอ"
        controls = ""
    log = "".join(_message(m) for m in transcript)
    return ('<section class="chat" id="chat"><h2>แชต</h2>'
            f'<p class="hold" id="hold">{esc(state)}</p>'
            f'<ol class="transcript" id="transcript" aria-live="polite">{log}</ol>'
            f'<p class="chat-error" id="chat-error" role="alert"></p>{controls}</section>')


def case_page(staff: Staff, view: CaseView, now: dt.datetime, names: list[str],
              error: str | None = None, typed: Mapping[str, str] | None = None) -> str:
    """The page; `typed` refills the amounts form after a refused entry."""
    case = view.case
    body = (notice(error) + '<div class="cols"><div class="col">' + _facts(case, now)
            + _claim(staff, case, names) + _workflow(staff, case, view.messages)
            + _amounts(staff, case, typed) + _national_id_form(staff, case)
            + _letter(staff, case) + _screening(case.data) + "</div>"
            + '<div class="col">' + _chat(staff, case, view.transcript, view.hold)
            + _events(staff, view) + "</div></div>")
    return layout(f"เรื่อง {case.ref}", body, staff,
                  data={"page": "case", "case": case.id, "status": case.status})
