"""The officers' desk's small types: who acts, what a case page shows, and the errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.store import Case, CaseEvent, Hold, Message
from knowledge.errors import NamjaiError

Clock = Callable[[], dt.datetime]
MAX_MESSAGE = 2000  # characters of one staff message
STALE_STATUS = "สถานะเรื่องเพิ่งเปลี่ยน ลองโหลดใหม่"
STALE_CLAIM = "เรื่องนี้เพิ่งเปลี่ยนผู้รับ ลองโหลดใหม่"
ERASED = "ข้อมูลผู้ขอถูกลบแล้ว ติดต่อในแชตไม่ได้"


class DeskError(NamjaiError):
    """An officer action that cannot be done; `status` is the HTTP status it maps to."""

    status = 400


class NotFound(DeskError):
    status = 404


class Conflict(DeskError):
    """Someone else got there first (a claim, a transition, a takeover)."""

    status = 409


class BadInput(DeskError):
    status = 400


@dataclass(frozen=True)
class Actor:
    username: str
    role: str


@dataclass(frozen=True)
class CaseView:
    case: Case
    events: list[CaseEvent]
    transcript: list[Message]
    hold: Hold | None
    messages: dict[str, str | None] = field(default_factory=dict)  # next status: its text
