"""The case workflow of the officers' manual (Source B), as pure functions.

The manual's steps become statuses:

1. the request is registered (``received``), then the evidence and the facts are
   checked (``reviewing``; regulation art. 6(1));
2.–4. the officer considers the help and writes the request for approval to the
   governor or a delegate (``awaiting_approval``; art. 6(2));
6. the approval comes back (``approved``) and the help is given (``assisted``);
7. the results are reported to the Department of Social Development and Welfare
   (``reported``);
8. within 7 days of the help, a follow-up letter goes to the destination province
   (``followed_up``).

Beyond the straight line:

- ``rejected`` from ``received``, ``reviewing`` or ``awaiting_approval``: the facts show
  the person is not in hardship or not Thai (art. 4 and 6(2)), or the approver refuses.
- ``awaiting_approval`` → ``reviewing``: the approver "considers the problem and its
  fitness" (step 4) and may send the request back for more facts or documents
  (step 1.2 asks for complete evidence); the officer then checks again and resubmits.
- ``closed`` from ``received`` and ``reviewing``: a duplicate request, or a person who
  withdraws or cannot be reached before any decision; nothing was decided, so it is
  neither approved nor rejected. Not from ``awaiting_approval``: once a request is in
  front of the approver only the approver's answer (approve, refuse, send back) moves it.
- ``closed`` from ``approved``: the approved money was not paid (the person left or
  withdrew); there is no help to report (step 7) or follow up (step 8).
- ``closed`` from ``followed_up`` (the end of the process) and from ``rejected``.

Nothing goes back from ``assisted`` onwards: money paid is a fact, and the report and
the letter follow it. The amounts and the deadlines live in their own modules and are
re-exported here, so ``bot.cases.workflow`` is the one import for callers.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.cases.amounts import FOOD_PER_DAY_PERSON, OTHER_PER_PERSON, Amounts, check_amounts
from bot.cases.deadlines import (
    DONE_STATUSES,
    FIRST_CONTACT_URGENT,
    FOLLOW_UP_AFTER_ASSISTED,
    HELP_NORMAL,
    HELP_URGENT,
    Deadlines,
    badge,
    deadlines,
)
from bot.cases.errors import AmountError, PermissionDenied, TransitionError, WorkflowError

__all__ = [
    "ACTIONS", "ACTION_LABELS", "DONE_STATUSES", "FIRST_CONTACT_URGENT",
    "FOLLOW_UP_AFTER_ASSISTED", "FOOD_PER_DAY_PERSON", "HELP_NORMAL", "HELP_URGENT",
    "OTHER_PER_PERSON", "ROLES", "ROLE_LABELS", "STATUSES", "STATUS_LABELS", "TRANSITIONS",
    "AmountError", "Amounts", "Deadlines", "PermissionDenied", "TransitionError",
    "WorkflowError", "allowed_next", "badge", "can", "check_amounts", "check_transition",
    "deadlines", "goes_back", "label", "require",
]

STATUSES: tuple[str, ...] = (
    "received", "reviewing", "awaiting_approval", "approved", "assisted",
    "reported", "followed_up", "rejected", "closed",
)

# The same words the person sees in dialogs/replies.py case_status.
STATUS_LABELS: Mapping[str, str] = MappingProxyType({
    "received": "รับเรื่องแล้ว",
    "reviewing": "กำลังพิจารณา",
    "awaiting_approval": "รออนุมัติ",
    "approved": "อนุมัติแล้ว",
    "assisted": "ช่วยเหลือแล้ว",
    "reported": "รายงานผลแล้ว",
    "followed_up": "ติดตามผลแล้ว",
    "rejected": "ไม่ผ่านการพิจารณา",
    "closed": "ปิดเรื่องแล้ว",
})

TRANSITIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    "received": frozenset({"reviewing", "rejected", "closed"}),
    "reviewing": frozenset({"awaiting_approval", "rejected", "closed"}),
    "awaiting_approval": frozenset({"approved", "rejected", "reviewing"}),
    "approved": frozenset({"assisted", "closed"}),
    "assisted": frozenset({"reported"}),
    "reported": frozenset({"followed_up"}),
    "followed_up": frozenset({"closed"}),
    "rejected": frozenset({"closed"}),
    "closed": frozenset(),
})

ROLES: tuple[str, ...] = ("hotline", "officer", "admin")
ROLE_LABELS: Mapping[str, str] = MappingProxyType({
    "hotline": "เจ้าหน้าที่สายด่วน", "officer": "เจ้าหน้าที่ พมจ.", "admin": "ผู้ดูแลระบบ",
})

ACTION_LABELS: Mapping[str, str] = MappingProxyType({
    "view": "ดูเรื่อง",
    "claim": "รับเรื่อง",
    "release": "คืนเรื่อง",
    "reassign": "มอบหมายเรื่องให้ผู้อื่น",
    "takeover": "รับช่วงการสนทนา",
    "message": "ส่งข้อความถึงผู้ขอรับความช่วยเหลือ",
    "handback": "คืนการสนทนาให้ระบบ",
    "resolve_handoff": "ปิดคำขอคุยกับเจ้าหน้าที่",
    "transition": "เปลี่ยนสถานะเรื่อง",
    "amounts": "บันทึกจำนวนเงินที่อนุมัติ",
    "national_id": "บันทึกเลขบัตรประชาชน",
    "report": "ออกรายงานประจำเดือน",
    "letter": "ออกหนังสือติดตามผล",
    "manage_staff": "จัดการบัญชีเจ้าหน้าที่",
})
ACTIONS: tuple[str, ...] = tuple(ACTION_LABELS)

_HOTLINE = frozenset({"view", "claim", "release", "takeover", "message", "handback",
                      "resolve_handoff"})
_OFFICER = _HOTLINE | {"transition", "amounts", "national_id", "report", "letter",
                       "reassign"}
_PERMISSIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    "hotline": _HOTLINE, "officer": _OFFICER, "admin": frozenset(ACTIONS),
})


def label(status: str) -> str:
    """The Thai label of a status; an unknown status is shown as it is."""
    return STATUS_LABELS.get(status, status)


_ENDS = ("rejected", "closed")


def goes_back(current: str, target: str) -> bool:
    """Whether `current` → `target` goes back a step (awaiting approval → reviewing)."""
    if target in _ENDS or current not in STATUSES or target not in STATUSES:
        return False
    return STATUSES.index(target) < STATUSES.index(current)


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses a case may move to from `status`: the manual's next step first,
    then refusing and closing, then going back."""
    nexts = TRANSITIONS.get(status, frozenset())

    def rank(target: str) -> tuple[int, int]:
        group = 2 if goes_back(status, target) else 1 if target in _ENDS else 0
        return group, STATUSES.index(target)

    return tuple(sorted(nexts, key=rank))


def _named(status: str) -> str:
    return f"\"{label(status)}\" ({status})"


def check_transition(current: str, target: str) -> None:
    """Raise TransitionError unless `current` → `target` is an allowed step."""
    if current not in TRANSITIONS:
        raise TransitionError(current, target, (), f"ไม่รู้จักสถานะปัจจุบัน {current!r}")
    allowed = allowed_next(current)
    if target in allowed:
        return
    if target not in TRANSITIONS:
        problem = f"ไม่รู้จักสถานะ {target!r}"
    else:
        problem = f"เปลี่ยนสถานะจาก {_named(current)} เป็น {_named(target)} ไม่ได้"
    options = ", ".join(_named(s) for s in allowed) if allowed else "ไม่มี (เรื่องสิ้นสุดแล้ว)"
    raise TransitionError(current, target, allowed, f"{problem} ทำได้: {options}")


def can(role: str, action: str) -> bool:
    """Whether `role` may do `action`; an unknown role may do nothing.

    An unknown action is a programming error and raises WorkflowError."""
    if action not in ACTION_LABELS:
        raise WorkflowError(f"unknown action {action!r}; known: {', '.join(ACTIONS)}")
    return action in _PERMISSIONS.get(role, frozenset())


def require(role: str, action: str) -> None:
    """Raise PermissionDenied unless `role` may do `action`."""
    if not can(role, action):
        who = ROLE_LABELS.get(role, f"บทบาท {role!r}")
        raise PermissionDenied(role, action,
                               f"{who} ไม่มีสิทธิ์{ACTION_LABELS[action]}")
