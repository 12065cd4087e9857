"""The console's actions on a case, shared by the JSON API and the HTML forms, and the
JSON shapes of cases, events, messages and holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from bot.alerts import first_name
from bot.cases.amounts import ITEM_LABELS
from bot.cases.deadlines import badge, deadlines_for
from bot.cases.follow_up import needs_attention
from bot.cases.national_id import shown_to
from bot.cases.workflow import STATUS_LABELS, allowed_next, label
from bot.console.http import ConsoleError, bad_request, text_field
from bot.desk import Actor, Desk
from bot.store import Case, CaseEvent, Hold, Message
from dialogs.parse_phone_id import mask_phone

CASE_ACTIONS = ("claim", "release", "reassign", "transition", "amounts", "national_id", "notes",
                "resolve")
CHAT_ACTIONS = ("takeover", "messages", "handback")
KIND_LABELS = {"screening": "คัดกรอง", "handoff": "ขอคุยกับเจ้าหน้าที่"}


def case_badge(case: Case, now: dt.datetime) -> tuple[str, str]:
    d = deadlines_for(case.kind, case.urgent, case.created_at, case.due_at, case.assisted_at)
    return badge(d, case.status, now, case.claimed_by is not None)


def summary_json(case: Case, now: dt.datetime) -> dict[str, Any]:
    """A queue row: no personal data beyond the first name and the phone's last 4 digits."""
    css, text = case_badge(case, now)
    phone = case.data.get("phone")
    return {"id": case.id, "ref": case.ref, "kind": case.kind, "status": case.status,
            "status_label": label(case.status), "urgent": case.urgent,
            "due_at": case.due_at.isoformat(), "created_at": case.created_at.isoformat(),
            "claimed_by": case.claimed_by, "channel": case.key.channel,
            "name": first_name(case.data.get("name")),
            "phone": mask_phone(str(phone)) if phone else None,
            "badge": {"class": css, "text": text},
            "follow_up": needs_attention(case.data)}  # the follow-up's problem or silence


def case_json(case: Case, now: dt.datetime, role: str,
              preview: Callable[[Case, str], str | None] | None = None) -> dict[str, Any]:
    """A case as `role` may see it (the national ID masked for roles that may not set
    it); with `preview`, each next status carries the text the person would get
    ("message": None when that step is not told)."""
    css, text = case_badge(case, now)
    nexts = []
    for s in allowed_next(case.status):
        step: dict[str, Any] = {"status": s, "label": STATUS_LABELS[s]}
        if preview is not None:
            step["message"] = preview(case, s)
        nexts.append(step)
    return {**shown_to(role, case.as_dict()), "status_label": label(case.status),
            "badge": {"class": css, "text": text}, "allowed_next": nexts}


def event_json(event: CaseEvent) -> dict[str, Any]:
    return {"id": event.id, "actor": event.actor, "from": event.from_status,
            "to": event.to_status, "note": event.note, "at": event.at.isoformat()}


def message_json(message: Message) -> dict[str, Any]:
    return {"id": message.id, "direction": message.direction, "text": message.text,
            "at": message.at.isoformat(), "staff": message.meta.get("staff"),
            "held_by": message.meta.get("held_by")}


def hold_json(hold: Hold | None) -> dict[str, Any] | None:
    if hold is None:
        return None
    return {"staff": hold.staff, "case_id": hold.case_id, "since": hold.since.isoformat(),
            "last_activity": hold.last_activity.isoformat()}


async def perform(desk: Desk, actor: Actor, case_id: int, action: str,
                  body: Mapping[str, Any]) -> dict[str, Any]:
    """Do one action; the JSON answer. Desk and workflow errors propagate."""
    if action == "claim":
        await desk.claim(actor, case_id)
        case = await desk.get(case_id)  # a repeated claim by the holder answers the case
    elif action == "release":
        case = await desk.release(actor, case_id)
    elif action == "reassign":
        case = await desk.reassign(actor, case_id, text_field(dict(body), "to", limit=100))
    elif action == "transition":
        case = await _transition(desk, actor, case_id, body)
    elif action == "amounts":
        case = await desk.set_amounts(actor, case_id, body)
    elif action == "national_id":
        case = await desk.set_national_id(actor, case_id, body.get("national_id"))
    elif action == "resolve":
        note = body.get("note") or ""
        if not isinstance(note, str):
            raise bad_request("note must be a string")
        case = await desk.resolve_handoff(actor, case_id, note)
    elif action == "notes":
        case = await desk.note(actor, case_id, text_field(dict(body), "text", limit=1000))
    elif action == "takeover":
        hold = await desk.takeover(actor, case_id)
        return {"hold": hold_json(hold)}
    elif action == "messages":
        await desk.message(actor, case_id, text_field(dict(body), "text"))
        return {"sent": True}
    elif action == "handback":
        await desk.handback(actor, case_id)
        return {"handed_back": True}
    else:
        raise ConsoleError(404, "not_found", f"no action {action}")
    return {"case": case_json(case, desk.clock(), actor.role, desk.status_message)}


def _optional_text(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name) or ""
    if not isinstance(value, str):
        raise bad_request(f"{name} must be a string")
    return value


async def _transition(desk: Desk, actor: Actor, case_id: int,
                      body: Mapping[str, Any]) -> Case:
    target = body.get("to")
    if not isinstance(target, str) or not target:
        raise bad_request("to must be a status, e.g. \"reviewing\"")
    note = _optional_text(body, "note")
    message = body.get("message")  # absent or null: the default text; "": nothing
    if message is not None and not isinstance(message, str):
        raise bad_request("message must be a string (\"\" sends nothing)")
    expected = body.get("from")
    if expected is not None:
        case = await desk.get(case_id)
        if case.status != expected:
            raise ConsoleError(409, "conflict",
                               f"สถานะเรื่องเพิ่งเปลี่ยนเป็น \"{label(case.status)}\" "
                               f"ลองโหลดใหม่ (stale status: {case.status})",
                               {"current": case.status})
    return await desk.transition(actor, case_id, target, note, message=message,
                                 reason=_optional_text(body, "reason"),
                                 place=_optional_text(body, "place"),
                                 when=_optional_text(body, "when"))


def form_amounts(form: Mapping[str, str]) -> dict[str, int | str]:
    """Amounts typed in the form: numbers as int (commas allowed, empty = 0); anything
    else stays text, so that check_amounts names it with every other problem."""
    out: dict[str, int | str] = {}
    for item in ITEM_LABELS:
        raw = form.get(item, "").strip().replace(",", "")
        if raw:
            out[item] = int(raw) if raw.isdigit() else raw
    return out
