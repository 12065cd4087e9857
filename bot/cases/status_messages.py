"""What the person is told when their case moves (pure: no I/O).

When a case becomes approved, assisted, rejected or closed, the person gets one short
Thai message on their own channel: what happened, what to do next, where and when
if the officer entered it, and the case number. A refusal gives its reason and
where else to turn. The officer sees the text before it goes and may change it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

NOTIFIED = ("approved", "assisted", "rejected", "closed")
SILENT_CLOSE = ("rejected", "followed_up")  # closing these is bookkeeping
MAX_MESSAGE = 2000  # characters of a status message
MAX_DETAIL = 200  # characters of a place, a time or a reason
ELSEWHERE = ("สอบถามหรือขอความช่วยเหลือด้านอื่นได้ที่สายด่วน 1300 (ศูนย์ช่วยเหลือสังคม "
             "ตลอด 24 ชั่วโมง) หรือสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด (พมจ.) "
             "ใกล้คุณ หรือพิมพ์ถามน้ำใจเรื่องบริการอื่น ๆ ได้เลยค่ะ")


def _clean(value: Any) -> str:
    return " ".join(str(value or "").split())[:MAX_DETAIL]


def appointment_lines(place: str, when: str) -> list[str]:
    lines = []
    if when:
        lines.append(f"วันเวลา: {when}")
    if place:
        lines.append(f"สถานที่: {place}")
    return lines


def default_message(case: Mapping[str, Any], target: str, *, reason: str = "",
                    place: str = "", when: str = "", follow_up_days: int = 3) -> str | None:
    """The default text for a case moving to `target`; None when the person is not
    told about that step. `case` is a Case.as_dict()."""
    ref = str(case.get("ref") or case.get("id") or "-")
    place, when, reason = _clean(place), _clean(when), _clean(reason)
    if target == "approved":
        lines = [f"ข่าวดีค่ะ เรื่องเลขที่ {ref} ได้รับอนุมัติความช่วยเหลือแล้วค่ะ"]
        meet = appointment_lines(place, when)
        if meet:
            lines.append("มารับความช่วยเหลือได้ตามนี้นะคะ")
            lines.extend(meet)
            lines.append("นำบัตรประชาชนหรือเอกสารที่มีติดตัวมาด้วยนะคะ")
        else:
            lines.append("เจ้าหน้าที่จะติดต่อนัดวันเวลาและสถานที่รับความช่วยเหลือค่ะ "
                         "รอรับสายด้วยนะคะ")
        lines.append("สงสัยอะไรพิมพ์มาได้ หรือโทรสายด่วน 1300 ค่ะ")
        return "\n".join(lines)
    if target == "assisted":
        lines = [f"เจ้าหน้าที่บันทึกว่าได้ให้ความช่วยเหลือแล้วค่ะ (เรื่องเลขที่ {ref})",
                 "ขอให้เดินทางกลับบ้านโดยปลอดภัยนะคะ",
                 f"อีกประมาณ {follow_up_days} วัน น้ำใจจะทักมาถามว่าถึงบ้านเรียบร้อยไหมค่ะ",
                 "ระหว่างทางมีปัญหา โทรสายด่วน 1300 ได้ตลอด 24 ชั่วโมงค่ะ"]
        return "\n".join(lines)
    if target == "rejected":
        why = f"เหตุผล: {reason}" if reason else "เจ้าหน้าที่จะแจ้งเหตุผลให้ทราบค่ะ"
        return "\n".join([f"ขออภัยค่ะ เรื่องเลขที่ {ref} ไม่ผ่านการพิจารณาค่ะ", why, ELSEWHERE])
    if target == "closed":
        if case.get("status") in SILENT_CLOSE:
            return None  # the person was told at the refusal or after the follow-up
        lines = [f"เรื่องเลขที่ {ref} ปิดแล้วค่ะ"]
        if reason:
            lines.append(f"หมายเหตุ: {reason}")
        lines.append("ถ้าต้องการความช่วยเหลืออีก ทักมาได้เสมอ หรือโทรสายด่วน 1300 ค่ะ")
        return "\n".join(lines)
    return None


def chosen_message(default: str | None, given: Any) -> str | None:
    """The text that goes out: `given` (the officer's own, when not None) or the
    default. An empty text means "send nothing". ValueError for a text that is not
    a string or is too long."""
    if given is None:
        return default
    if not isinstance(given, str):
        raise ValueError("message must be a string")
    text = given.strip()
    if len(text) > MAX_MESSAGE:
        raise ValueError(f"the message is longer than {MAX_MESSAGE} characters")
    return text or None
