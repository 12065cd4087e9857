"""A case's audit trail as Thai sentences for the console.

The store keeps each event's actor, statuses and a short note that the desk writes
in fixed English ("claimed", "amounts: food_days=2, food=200", "reminder: late:help");
here each becomes a sentence an officer reads. What staff typed stays as it is; a
note this module does not know is shown unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.cases.amounts import ITEM_LABELS
from bot.cases.workflow import label
from bot.store import CaseEvent
from dialogs.texts import baht

ACTORS = {"bot": "ระบบ", "person": "ผู้ขอ"}
REMINDER_PHASES = {"help": "กำหนดช่วยเหลือ", "letter": "กำหนดหนังสือติดตามผล"}
REMINDER_LEVELS = {"soon": "ใกล้ครบ", "late": "เกิน"}
_AMOUNT = re.compile(r"(\w+)=(-?\d+)")
_HANDOFF = re.compile(r"handoff answered(?:: (?P<note>.*?))?(?: \((?P<n>\d+) request\(s\)\))?$",
                      re.DOTALL)


def actor_name(actor: str) -> str:
    return ACTORS.get(actor, actor)


def amounts_text(raw: str) -> str:
    """'food_days=2, food=200, fare=420' → 'ค่าอาหาร 200 บาท (2 วัน), ค่าพาหนะ 420 บาท
    รวม 620 บาท'; nothing entered → 'ไม่มีรายการ'."""
    values = {k: int(v) for k, v in _AMOUNT.findall(raw)}
    days = values.pop("food_days", 0)
    parts = []
    for item, amount in values.items():
        if amount == 0:
            continue
        name = ITEM_LABELS.get(item, item)
        extra = f" ({days} วัน)" if item == "food" and days else ""
        parts.append(f"{name} {baht(amount)}{extra}")
    if not parts:
        return "ไม่มีรายการ (ทุกช่องเป็น 0)"
    total = sum(values.values())
    return ", ".join(parts) + (f" รวม {baht(total)}" if len(parts) > 1 else "")


def _reminder(kind: str) -> str:
    if kind == "unclaimed":
        return "แจ้งเตือนในแชตเจ้าหน้าที่: เรื่องด่วนยังไม่มีผู้รับเกิน 15 นาที"
    level, _, phase = kind.partition(":")
    if level in REMINDER_LEVELS and phase in REMINDER_PHASES:
        return f"แจ้งเตือนในแชตเจ้าหน้าที่: {REMINDER_LEVELS[level]}{REMINDER_PHASES[phase]}"
    return f"แจ้งเตือนในแชตเจ้าหน้าที่ ({kind})"


def _handoff(note: str) -> str | None:
    found = _HANDOFF.match(note)
    if found is None:
        return None
    text = "ติดต่อผู้ที่ขอคุยกับเจ้าหน้าที่แล้ว"
    if found.group("n"):
        text += f" ({found.group('n')} คำขอ)"
    return text + (f" — {found.group('note')}" if found.group("note") else "")


FIXED = {
    "created by the screening dialog": "สร้างเรื่องจากการคัดกรองในแชต",
    "the person asked for a human": "สร้างเรื่องเพราะผู้ขอขอคุยกับเจ้าหน้าที่",
    "claimed": "รับเรื่อง",
    "first contact (takeover)": "ติดต่อผู้ขอครั้งแรก (รับช่วงการสนทนา)",
    "the person erased their data": "ลบข้อมูลของตน",
    "(erased)": "(บันทึกนี้ถูกลบ เพราะผู้ขอลบข้อมูลของตน)",
    # the step-8 follow-up (bot/follow_ups.py)
    "follow-up asked": "ถามผู้ขอว่าถึงบ้านปลอดภัยไหม (ติดตามผล)",
    "follow-up: no answer": "ผู้ขอยังไม่ตอบคำถามติดตามผล",
}
FOLLOW_UP_ANSWERS = {"safe": "ถึงบ้านปลอดภัยแล้ว", "not_yet": "ยังไม่ถึงบ้าน",
                     "problem": "มีปัญหาหลังได้รับความช่วยเหลือ"}
PREFIXED: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("amounts: ", lambda rest: "บันทึกจำนวนเงินที่อนุมัติ: " + amounts_text(rest)),
    ("note: ", lambda rest: "บันทึก: " + rest),
    ("national_id: ", lambda rest: "ลบเลขบัตรประชาชน" if rest == "removed"
     else f"บันทึกเลขบัตรประชาชน {rest}"),
    ("reminder: ", _reminder),
    ("reassigned to ", lambda rest: f"มอบหมายเรื่องให้ {rest}"),
    ("released (was ", lambda rest: f"คืนเรื่อง (ผู้รับเดิม: {rest.removesuffix(')')})"),
    ("follow-up answered: ",
     lambda rest: f"ตอบคำถามติดตามผล: {FOLLOW_UP_ANSWERS.get(rest.strip(), rest)}"),
)


def note_sentence(note: str) -> str:
    """The Thai sentence of a desk note; a note staff typed comes back unchanged."""
    if note in FIXED:
        return FIXED[note]
    for prefix, render in PREFIXED:
        if note.startswith(prefix):
            return render(note[len(prefix):])
    return _handoff(note) or note


def event_sentence(event: CaseEvent) -> str:
    """What happened, without who and when: 'เปลี่ยนสถานะจาก "รับเรื่องแล้ว" เป็น
    "กำลังพิจารณา" — ตรวจบัตรแล้ว'."""
    moved = ""
    if event.from_status is None:
        moved = f"เริ่มเรื่องที่สถานะ \u201c{label(event.to_status)}\u201d"
    elif event.from_status != event.to_status:
        moved = (f"เปลี่ยนสถานะจาก \u201c{label(event.from_status)}\u201d "
                 f"เป็น \u201c{label(event.to_status)}\u201d")
    note = note_sentence(event.note) if event.note else ""
    if event.from_status is None and note:
        return note
    if moved and note:
        return f"{moved} — {note}"
    return moved or note or "บันทึกโดยไม่มีรายละเอียด"
