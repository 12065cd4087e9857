"""Changes the person makes to the request they sent: the phone or name fixed, needs
told after sending. Each is written into their open request with an audit event and a
notice to the staff chats, before the turn is saved: a crash in between replays the
message, and writing the same values again changes nothing but the log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.alerts import Alerts
from bot.store import Case, CaseEvent, CaseUpdate, Store
from dialogs.types import AddNeeds, UpdateContact

__all__ = ["add_needs", "update_contact"]

NEEDS_NOTICE = "ผู้ขอบอกเรื่องที่อยากให้ช่วยเพิ่มหลังส่งเรื่อง ดูในเรื่องค่ะ"  # to the staff chats


async def update_contact(store: Store, alerts: Alerts, case: Case, fix: UpdateContact,
                         now: dt.datetime) -> bool:
    """The phone or name fixed (the new values only in the request, never the notice);
    a surname alone goes after the first name sent."""
    name = fix.name
    if name is None and fix.surname:
        first = str(case.data.get("name") or "").split()
        name = f"{first[0]} {fix.surname}" if first else None
    new = {k: v for k, v in (("phone", fix.phone), ("name", name)) if v}
    if not new:
        return False  # a surname with no name sent: a person asks the name
    what = " และ".join({"phone": "เบอร์โทร", "name": "ชื่อ"}[k] for k in new)
    event = CaseEvent(case.id, "person", case.status, case.status,
                      f"{' and '.join(new)} fixed by the person", now)
    notice = alerts.notice(case.as_dict(), f"ผู้ขอแก้{what}ในเรื่องแล้ว ดูในเรื่องค่ะ")
    updated = await store.update_case(CaseUpdate(
        case.id, event, expect={"status": case.status},
        data={**new, "answers": {**(case.data.get("answers") or {}), **new}},
        outbox=notice))
    return updated is not None


def merged_needs(case: Case, add: AddNeeds) -> dict[str, Any]:
    """The request's needs and referrals with those told after sending (each once), less
    the referrals to what the person says they already receive."""
    answers = dict(case.data.get("answers") or {})
    answers["needs"] = list(dict.fromkeys([*(answers.get("needs") or ()), *add.needs]))
    if add.consented:
        answers["sensitive_consent"] = True
    data: dict[str, Any] = {"answers": answers}
    if add.care:  # "อยากให้มีเจ้าหน้าที่ไปส่งด้วย": the travellers' care needs too
        care = sorted({*(case.data.get("special_needs") or ()), *add.care})
        answers["special_needs"] = data["special_needs"] = care
    refs = [r for r in case.data.get("referrals") or () if r.get("id") not in add.had]
    known = {r.get("id") for r in refs}
    refs += [r for r in add.referrals if r.get("id") not in known]
    return {**data, "referrals": refs}


async def add_needs(store: Store, alerts: Alerts, case: Case, add: AddNeeds,
                    now: dt.datetime) -> bool:
    """Needs told after sending, with their referrals, added to the request (and the
    referrals to what the person already receives dropped)."""
    told = [f"needs added by the person: {', '.join((*add.needs, *add.care))}"] if (
        add.needs or add.care) else []
    told += [f"already received, referral dropped: {', '.join(add.had)}"] if add.had else []
    event = CaseEvent(case.id, "person", case.status, case.status, "; ".join(told), now)
    updated = await store.update_case(CaseUpdate(
        case.id, event, expect={"status": case.status}, data=merged_needs(case, add),
        outbox=alerts.notice(case.as_dict(), NEEDS_NOTICE)))
    return updated is not None
