"""Deadlines of the manual (Source B) and the queue's deadline badge.

- urgent: first contact within 15 minutes (step 3), help within 24 hours;
- not urgent (the person has shelter): help within 15 days;
- the follow-up letter within 7 days after the help (step 8).

Badge rule: the deadline that applies is first contact for an urgent case still
``received`` and unclaimed; the follow-up letter once ``assisted`` or ``reported``;
otherwise the help deadline. The badge is "late" once `now` is past that deadline,
"soon" when less than 20 % of its window or less than 2 hours is left (so the
15-minute first contact is always at least "soon": it means act now), else "ok".
Finished statuses (followed_up, rejected, closed) are "done".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.cases.errors import WorkflowError
from dialogs.eligibility import NORMAL_WITHIN, URGENT_WITHIN
from dialogs.texts import THAI_TZ

FIRST_CONTACT_URGENT = dt.timedelta(minutes=15)
HELP_URGENT = URGENT_WITHIN  # 24 hours, as dialogs.eligibility.due_at
HELP_NORMAL = NORMAL_WITHIN  # 15 days
FOLLOW_UP_AFTER_ASSISTED = dt.timedelta(days=7)
SOON_SHARE = 0.2
SOON_WITHIN = dt.timedelta(hours=2)

DONE_STATUSES = frozenset({"followed_up", "rejected", "closed"})
_DONE_TEXT = {"followed_up": "ติดตามผลแล้ว", "rejected": "ไม่ผ่านการพิจารณา",
              "closed": "ปิดเรื่องแล้ว"}
_FOLLOW_UP_STATUSES = frozenset({"assisted", "reported"})


@dataclass(frozen=True)
class Deadlines:
    first_contact_by: dt.datetime | None  # urgent cases only
    help_by: dt.datetime
    follow_up_by: dt.datetime | None  # only once assisted

    @property
    def urgent(self) -> bool:
        return self.first_contact_by is not None


def _aware(moment: dt.datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise WorkflowError(f"{name} must be timezone-aware, got {moment.isoformat()}")


def deadlines(urgent: bool, created_at: dt.datetime,
              assisted_at: dt.datetime | None = None) -> Deadlines:
    """The case's deadlines from its creation (and help) time; times must be tz-aware."""
    _aware(created_at, "created_at")
    if assisted_at is not None:
        _aware(assisted_at, "assisted_at")
    return Deadlines(
        first_contact_by=created_at + FIRST_CONTACT_URGENT if urgent else None,
        help_by=created_at + (HELP_URGENT if urgent else HELP_NORMAL),
        follow_up_by=assisted_at + FOLLOW_UP_AFTER_ASSISTED if assisted_at else None,
    )


def deadlines_for(kind: str, urgent: bool, created_at: dt.datetime, due_at: dt.datetime,
                  assisted_at: dt.datetime | None = None) -> Deadlines:
    """A case's deadlines: the manual's for a screening case; for a person who only
    asked for a human ("handoff"), the contact time the case was given."""
    if kind == "handoff":
        _aware(due_at, "due_at")
        return Deadlines(first_contact_by=None, help_by=due_at, follow_up_by=None)
    return deadlines(urgent, created_at, assisted_at)


def thai_time(value: Any) -> dt.datetime:
    """A stored time (an aware datetime or its ISO text) in Thai time; otherwise a
    ValueError saying what is wrong ("is not an ISO time: ...", "has no time zone: ...")."""
    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"is not an ISO time: {value!r}") from None
    if moment.tzinfo is None:
        raise ValueError(f"has no time zone: {value!r}")
    return moment.astimezone(THAI_TZ)


def _span(delta: dt.timedelta) -> str:
    """' 12 นาที', ' 3 ชม.', ' 2 วัน' (whole units, rounded down), 'ไม่ถึง 1 นาที'."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "ไม่ถึง 1 นาที"
    if minutes < 60:
        return f" {minutes} นาที"
    if minutes < 24 * 60:
        return f" {minutes // 60} ชม."
    return f" {minutes // (24 * 60)} วัน"


def _applicable(d: Deadlines, status: str,
                claimed: bool) -> tuple[str, dt.datetime, dt.timedelta]:
    if d.first_contact_by is not None and status == "received" and not claimed:
        return "ติดต่อแรก ", d.first_contact_by, FIRST_CONTACT_URGENT
    if status in _FOLLOW_UP_STATUSES and d.follow_up_by is not None:
        return "หนังสือติดตามผล ", d.follow_up_by, FOLLOW_UP_AFTER_ASSISTED
    return "", d.help_by, HELP_URGENT if d.urgent else HELP_NORMAL


def badge(case_deadlines: Deadlines, status: str, now: dt.datetime,
          claimed: bool) -> tuple[str, str]:
    """(css class "ok"|"soon"|"late"|"done", Thai text such as "เหลือ 3 ชม.")."""
    if status in DONE_STATUSES:
        return "done", _DONE_TEXT[status]
    _aware(now, "now")
    prefix, due, window = _applicable(case_deadlines, status, claimed)
    left = due - now
    if left < dt.timedelta(0):
        late = -left
        return "late", f"{prefix}เกินกำหนด{_span(late)}"
    soon = left < window * SOON_SHARE or left < SOON_WITHIN
    return ("soon" if soon else "ok"), f"{prefix}เหลือ{_span(left)}"
