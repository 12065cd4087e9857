"""The console's part of status messages and the follow-up: beside the transition
buttons, the text the person will get for each step (editable, with the reason of a
refusal, the place and time of an approval), and the follow-up badge of a case."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from bot.cases import follow_up as fu
from bot.cases.workflow import label
from bot.console.auth import Staff
from bot.console.html import button, esc, field, form, hidden
from bot.store import Case

Get = Callable[[str], str]


def status_forms(staff: Staff, case: Case, messages: Mapping[str, str | None]) -> str:
    """One folded form per step the person is told about: the text as it will go."""
    parts = []
    for target, text in messages.items():
        if text is None:
            continue
        extra = ""
        if target == "rejected":
            extra = field("เหตุผล (แจ้งผู้ขอ)", "reason", extra=' maxlength="200"')
        elif target == "approved":
            extra = (field("สถานที่รับความช่วยเหลือ", "place", extra=' maxlength="200"')
                     + field("วันเวลา", "when", extra=' maxlength="200"'))
        inner = (hidden("from", case.status) + hidden("to", target)
                 + hidden("default_message", text) + extra
                 + '<label>ข้อความแจ้งผู้ขอ (แก้ได้ ลบให้ว่างถ้าไม่ต้องการส่ง) '
                 f'<textarea name="message" rows="5" maxlength="2000">{esc(text)}</textarea>'
                 f"</label>{button(f'เปลี่ยนเป็น: {label(target)} และส่งข้อความ')}")
        parts.append(f'<details class="status-message" data-to="{esc(target)}"><summary>'
                     f"ข้อความถึงผู้ขอเมื่อเปลี่ยนเป็น \"{esc(label(target))}\"</summary>"
                     + form(f"/console/cases/{case.id}/transition", inner, staff.csrf)
                     + "</details>")
    if not parts:
        return ""
    return ('<section class="status-messages"><h2>ข้อความแจ้งผู้ขอ</h2>'
            "<p class=\"hint\">ปุ่มเปลี่ยนสถานะด้านบนส่งข้อความเหล่านี้ตามที่แสดง "
            "แก้ข้อความได้ที่นี่ก่อนเปลี่ยนสถานะค่ะ</p>" + "".join(parts) + "</section>")


def form_fields(text: Get) -> dict[str, Any]:
    """The status-message fields of a transition form: a message left as shown is
    the default (rebuilt with the reason, place and time typed beside it)."""
    out: dict[str, Any] = {"reason": text("reason"), "place": text("place"),
                           "when": text("when")}
    if text("default_message") and text("message").strip() != text("default_message").strip():
        out["message"] = text("message")
    return out


def follow_up_badge(case: Case) -> str:
    """A badge for a case whose person had a problem or did not answer the follow-up."""
    why = fu.needs_attention(case.data)
    return f' <span class="badge late follow-up">{esc(why)}</span>' if why else ""
