"""The step-8 follow-up with the person (pure: no I/O).

A set number of days after the help (NAMJAI_FOLLOW_UP_DAYS, default 3) the bot asks
"ถึงบ้านปลอดภัยไหมคะ" with three buttons; a typed answer is understood too. The
answer is kept on the case (`data["follow_up"]`: asked_at, answer, answered_at,
silent_at, checked_at, ISO times) and feeds the follow-up letter and the report. No
answer within ANSWER_WITHIN puts the case in front of the officers, with a badge.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from dialogs.types import Choice, Inbound, Reply

DEFAULT_DAYS = 3
ANSWER_WITHIN = dt.timedelta(days=2)
STATUSES = ("assisted", "reported", "followed_up")  # cases whose person is asked
PREFIX = "followup:"
# marks in the case's `reminders`: compare-and-set versions, and what the queue queries
ASKED, ANSWERED, SILENT = "followup:asked", "followup:answered", "followup:silent"
PROBLEM, CHECKED = "followup:problem", "followup:checked"
ANSWERS = ("safe", "not_yet", "problem")
LABELS = {"safe": "ถึงแล้ว ปลอดภัยดี", "not_yet": "ยังไม่ถึงบ้าน", "problem": "มีปัญหา ขอคุย"}
THANKS = {
    "safe": "ดีใจด้วยนะคะ ขอบคุณที่แจ้งให้ทราบค่ะ ถ้ามีอะไรให้ช่วยอีก ทักมาได้เสมอค่ะ",
    "not_yet": "ขอให้เดินทางปลอดภัยนะคะ ถ้าระหว่างทางมีปัญหา โทรสายด่วน 1300 "
               "ได้ตลอด 24 ชั่วโมงค่ะ",
    "problem": "รับทราบค่ะ น้ำใจแจ้งเจ้าหน้าที่ให้ติดต่อกลับโดยเร็วนะคะ "
               "ถ้าเร่งด่วน โทรสายด่วน 1300 ได้ตลอด 24 ชั่วโมงค่ะ",
}
SPOKEN = {"safe": "ถึงบ้านปลอดภัยแล้ว", "not_yet": "ยังไม่ถึงบ้าน",
          "problem": "มีปัญหาหลังได้รับความช่วยเหลือ"}
_PROBLEM = ("ไม่ปลอดภัย", "มีปัญหา", "ช่วยด้วย", "ไม่ได้กลับ", "ไม่ได้ขึ้นรถ", "ตกรถ", "โดนโกง",
            "ถูกโกง", "เงินหาย", "ไม่มีที่ไป", "ขอคุย", "คุยกับเจ้าหน้าที่", "ไม่ดี")
_NOT_YET = ("ยังไม่ถึง", "ไม่ถึง", "ยังเดินทาง", "กำลังเดินทาง", "กำลังไป", "อยู่บนรถ",
            "อยู่ระหว่างทาง", "ระหว่างทาง")
_SAFE = ("ถึงแล้ว", "ถึงบ้าน", "ถึงละ", "ถึงเรียบร้อย", "กลับถึง", "ปลอดภัย", "เรียบร้อย",
         "สบายดี", "ถึงแล้ว")
_SHORT = {"ถึง": "safe", "ใช่": "safe", "ยัง": "not_yet"}  # a bare "ไม่" is left to the dialog
_PARTICLES = re.compile(r"(ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|แล้วค่ะ|ๆ|[\s.!?~]+)$")


def question(case: Mapping[str, Any]) -> Reply:
    """The question, with one button per answer (each names the case)."""
    ref = str(case.get("ref") or case.get("id") or "-")
    case_id = case.get("id")
    text = (f"สวัสดีค่ะ น้ำใจขอติดตามผลเรื่องเลขที่ {ref} นะคะ\n"
            "ถึงบ้านปลอดภัยไหมคะ กดปุ่มหรือพิมพ์ตอบได้เลยค่ะ")
    return Reply(text, tuple(Choice(LABELS[a], f"{PREFIX}{a}:{case_id}") for a in ANSWERS))


def _normal(text: str) -> str:
    text = text.replace("เเ", "แ").replace("ํา", "ำ").strip()
    for _ in range(3):
        text = _PARTICLES.sub("", text).strip()
    return text.replace(" ", "")


def parse_text(text: str) -> str | None:
    """The answer a typed message gives ("ถึงบ้านแล้วค่ะ" -> "safe"), or None."""
    words = _normal(text)
    if not words or len(words) > 200:
        return None
    if words in _SHORT:
        return _SHORT[words]
    for answer, cues in (("problem", _PROBLEM), ("not_yet", _NOT_YET), ("safe", _SAFE)):
        if any(cue in words for cue in cues):
            return answer
    return None


def tapped(inbound: Inbound) -> tuple[str, int] | None:
    """(answer, case id) of a tapped follow-up button, else None."""
    value = inbound.value or ""
    if inbound.kind != "choice" or not value.startswith(PREFIX):
        return None
    answer, _, case_id = value[len(PREFIX):].partition(":")
    if answer not in ANSWERS or not case_id.isdigit():
        return None
    return answer, int(case_id)


def record(case: Mapping[str, Any]) -> dict[str, Any]:
    value = case.get("follow_up")
    return dict(value) if isinstance(value, Mapping) else {}


def needs_attention(case: Mapping[str, Any]) -> str | None:
    """Why the officers should look at the case after the follow-up, or None."""
    fu = record(case)
    if fu.get("checked_at"):
        return None
    if fu.get("answer") == "problem":
        return "ผู้ขอแจ้งว่ามีปัญหาหลังกลับบ้าน"
    if fu.get("silent_at") and not fu.get("answer"):
        return "ผู้ขอไม่ตอบคำถามติดตามผล"
    return None


def letter_line(case: Mapping[str, Any], long_date: Any) -> str | None:
    """A sentence for the follow-up letter about what the person said, or None.
    `long_date` formats a date ("1 ธันวาคม 2569")."""
    fu = record(case)
    answer, at = fu.get("answer"), fu.get("answered_at")
    if answer in SPOKEN and at:
        day = long_date(dt.datetime.fromisoformat(str(at)))
        return f"ผู้ได้รับความช่วยเหลือแจ้งผ่านระบบน้ำใจเมื่อวันที่ {day} ว่า{SPOKEN[answer]}"
    if fu.get("silent_at"):
        return "ผู้ได้รับความช่วยเหลือยังไม่ได้ตอบคำถามติดตามผลผ่านระบบน้ำใจ"
    return None


def report_cell(case: Mapping[str, Any]) -> str:
    """The follow-up's result in one cell of the monthly report."""
    fu = record(case)
    answer = fu.get("answer")
    if answer in SPOKEN:
        return SPOKEN[str(answer)]
    if fu.get("silent_at"):
        return "ไม่ตอบ"
    if fu.get("asked_at"):
        return "รอคำตอบ"
    return ""
