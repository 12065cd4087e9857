"""Alerts to the officers' chats (a Telegram staff group, a LINE group), built as
outbox items so they are retried and never lost.

Pure builders: no I/O. An alert's text masks personal data: the first name only,
the last 4 phone digits, no national ID, no criminal history, no health or
disability details (special needs are only flagged), and numbers that look like a
national ID are masked even in a relayed message.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.store import Outgoing
from bot.wire import reply_to_json
from dialogs.parse_phone_id import mask_national_id, mask_phone
from dialogs.texts import thai_datetime
from dialogs.types import Choice, ConversationKey, Reply

CLAIM_PREFIX = "desk:claim:"
CHANNEL_NAMES = {"line": "LINE", "telegram": "Telegram", "web": "เว็บแชต", "console": "คอนโซล"}
_ID_LIKE = re.compile(r"(?<!\d)(?:\d[\s-]?){12}\d(?!\d)")
_PHONE_LIKE = re.compile(r"(?<!\d)(?:\+?66[\s-]?|0)(?:\d[\s-]?){7,8}\d(?!\d)")
RELAY_MAX = 1000  # characters of a relayed message


def mask_text(text: str) -> str:
    """`text` with every 13-digit number (a national ID) and phone number masked."""
    text = _ID_LIKE.sub(lambda m: mask_national_id(m.group()), text)
    return _PHONE_LIKE.sub(lambda m: mask_phone(m.group()), text)


def first_name(name: Any) -> str:
    words = str(name or "").split()
    return words[0] if words else "-"


@dataclass(frozen=True)
class AlertTargets:
    """Where alerts go: the staff chats, and the console's public address for links."""

    chats: tuple[ConversationKey, ...] = ()
    public_url: str | None = None

    def case_url(self, ref: str) -> str | None:
        """The case's console page (by reference: alerts are made before the id is)."""
        if not self.public_url or not ref:
            return None
        return f"{self.public_url.rstrip('/')}/console/cases/{ref}"


def _summary(case: Mapping[str, Any]) -> list[str]:
    phone = case.get("phone")
    lines = [f"ชื่อ: {first_name(case.get('name'))}"
             f" (โทร {mask_phone(phone) if phone else '-'})",
             f"ช่องทาง: {CHANNEL_NAMES.get(str(case.get('channel')), case.get('channel'))}"]
    if case.get("kind", "screening") == "screening":
        lines.append(f"จาก {case.get('current_province') or '-'} → "
                     f"{case.get('home_province') or '-'} จำนวน {case.get('travellers', 1)} คน")
        if case.get("special_needs"):
            lines.append("มีผู้ต้องดูแลพิเศษระหว่างเดินทาง (ดูรายละเอียดในระบบ)")
        if case.get("referrals"):
            lines.append(f"ส่งต่อหน่วยงานอื่น {len(case['referrals'])} รายการ (ดูในระบบ)")
    due = case.get("due_at")
    if due:
        lines.append(f"กำหนด: {thai_datetime(dt.datetime.fromisoformat(str(due)))}")
    return lines


# a person who told of danger (dialogs.danger): what they wrote stays in the chat only
DANGER_HEAD = "🚨 อาจอยู่ในอันตราย ติดต่อกลับด่วน"


class Alerts:
    def __init__(self, targets: AlertTargets) -> None:
        self.targets = targets

    def _items(self, case: Mapping[str, Any], text: str,
               buttons: bool = True) -> tuple[Outgoing, ...]:
        ref = str(case.get("ref") or "")
        choices = (Choice("รับเรื่อง", f"{CLAIM_PREFIX}{ref}"),) if buttons and ref else ()
        url = self.targets.case_url(ref)
        payload: dict[str, Any] = {"replies": [reply_to_json(Reply(text, choices))],
                                   "case_ref": ref, "reply_token": None}
        if url:
            payload["links"] = [["เปิดดู", url]]
        return tuple(Outgoing(str(uuid.uuid4()), payload, to=chat, origin="alert")
                     for chat in self.targets.chats)

    def new_case(self, case: Mapping[str, Any]) -> tuple[Outgoing, ...]:
        urgent = " [ด่วน]" if case.get("urgent") else ""
        if case.get("danger"):
            head = f"{DANGER_HEAD} {case.get('ref')}{urgent}"
        elif case.get("kind") == "handoff":
            head = f"🙋 ขอคุยกับเจ้าหน้าที่ {case.get('ref')}{urgent}"
        else:
            head = f"🆕 เรื่องใหม่ {case.get('ref')}{urgent}"
        return self._items(case, "\n".join([head, *_summary(case)]))

    def handoff(self, case: Mapping[str, Any], danger: bool = False) -> tuple[Outgoing, ...]:
        head = (f"{DANGER_HEAD} {case.get('ref')}" if danger
                else f"🙋 ผู้ขอความช่วยเหลือขอคุยกับเจ้าหน้าที่: {case.get('ref')}")
        return self._items(case, "\n".join([head, *_summary(case)]))

    def reminder(self, case: Mapping[str, Any], why: str) -> tuple[Outgoing, ...]:
        head = f"⏰ เตือน {case.get('ref')}: {why}"
        return self._items(case, "\n".join([head, *_summary(case)]))

    def relay(self, case: Mapping[str, Any], text: str) -> tuple[Outgoing, ...]:
        """A message of a person whose conversation staff hold."""
        body = mask_text(text[:RELAY_MAX])
        return self._items(case, f"💬 {case.get('ref')} ผู้ขอ: {body}", buttons=False)

    def notice(self, case: Mapping[str, Any], text: str) -> tuple[Outgoing, ...]:
        """Something staff should know about a case (taken over, handed back)."""
        return self._items(case, f"ℹ️ {case.get('ref')}: {text}", buttons=False)


def claim_ref(value: str) -> str | None:
    """The case reference of a tapped Claim button, or None."""
    return value[len(CLAIM_PREFIX):] or None if value.startswith(CLAIM_PREFIX) else None


def targets_of(telegram_chat: str | None, line_group: str | None,
               public_url: str | None) -> AlertTargets:
    chats: Sequence[ConversationKey] = (
        *([ConversationKey("telegram", telegram_chat)] if telegram_chat else []),
        *([ConversationKey("line", line_group)] if line_group else []))
    return AlertTargets(tuple(chats), public_url)
