"""A no to consent said in other words than "ไม่ยินยอม": a negation before an English or
Thai yes-word ("ไม่ consent ค่ะ", "no consent", "ไม่ ok", "not ok"), and a wish that
nothing be kept ("ไม่อยากให้เก็บข้อมูล", "บ่อยากให้เก็บข้อมูล", "อย่าเก็บข้อมูลนะ", "ไม่ต้อง
เก็บอะไร"). A wish to leave only a sensitive topic out ("ไม่อยากให้เก็บข้อมูลเรื่องคุก") is
no refusal (dialogs.consent_words.qualified_yes), nor is a question about it ("ไม่เก็บ
ข้อมูลใช่ไหมคะ")."""

from __future__ import annotations

import re

__all__ = ["keeps_nothing", "negated_yes", "withdraws"]

_NOT = r"(?:ไม่|บ่|มิ|no|not|don'?t|do\s*not|won'?t|never)"
_PARTICLES = r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|เจ้า|ฮะ|เลย|จ้ะ|na|krub|ka)*"
# "ไม่ consent ค่ะ", "no consent", "i do not agree", "ไม่ให้ consent": anywhere in the message
_NOT_AGREED = re.compile(_NOT + r"\s*(?:ขอ|ให้|อยาก|ได้)?\s*(?:give\s+)?(?:my\s+)?"
                         r"(?:consent|agree|accept)(?![a-z])", re.IGNORECASE)
# "ไม่ ok", "ไม่โอเคค่ะ", "not ok", "no ok?": the whole message ("ชีวิตไม่ok เลย ไม่มีเงิน" is
# a story, not an answer)
_NOT_OK = re.compile(_NOT + r"\s*(?:ok|okay|โอเค|โอเช|yes|ตกลง)\s*" + _PARTICLES + r"\s*[?!.]*",
                     re.IGNORECASE)
# nothing to be kept: "ไม่อยากให้เก็บข้อมูล", "ไม่ต้องเก็บอะไร", "อย่าเก็บข้อมูลนะ", "ห้ามบันทึก
# ข้อมูล" (never a topic named after it: "ไม่อยากให้เก็บข้อมูลเรื่องคุก" leaves that out only)
_KEEP_NOTHING = re.compile(
    r"(?:(?:ไม่|บ่)(?:อยาก|ต้อง|ขอ|ต้องการ)?(?:ให้)?|ขออย่า|อย่า|ห้าม)(?:ไป)?"
    r"(?:เก็บ|บันทึก|จด)(?:ไว้)?(?:ข้อมูล|อะไร)(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|เรา|ข่อย|ข้อย)?"
    r"(?:ไว้)?(?:ทั้งนั้น|ทั้งหมด|เลย|ใดๆ)?(?!เรื่อง|ส่วน|อ่อนไหว|ที่|บาง|คุก|คดี|สุขภาพ|โรค|hiv|เอช)",
    re.IGNORECASE)
_ASKED = re.compile(r"ไหม|มั้ย|มั๊ย|หรือเปล่า|หรือไม่|รึเปล่า|ได้บ่|บ่\??$|\?")


def negated_yes(text: str) -> bool:
    """A yes-word denied: "ไม่ consent ค่ะ", "no consent", "ไม่ ok", "not ok?"."""
    compact = text.strip().lower()
    return bool(_NOT_AGREED.search(compact)) or bool(_NOT_OK.fullmatch(compact))


def keeps_nothing(text: str) -> bool:
    """A wish that nothing told be kept, not asked about: "ไม่อยากให้เก็บข้อมูล",
    "บ่อยากให้เก็บข้อมูล", "อย่าเก็บข้อมูลนะ", "ไม่ต้องเก็บอะไร"."""
    compact = text.replace(" ", "").lower()
    said = _KEEP_NOTHING.search(compact)
    return said is not None and not _ASKED.search(compact[said.end():])


# consent taken back after a yes: "ขอถอนความยินยอม", "ยกเลิกการยินยอม", "ลบข้อมูลผมด้วย"
_WITHDRAWN = re.compile(r"(?:ถอน|ยกเลิก)(?:การ|ความ)?(?:ให้)?(?:ความ)?ยินยอม"
                        r"|ลบข้อมูล|ลบเรื่อง(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน)|ไม่(?:ให้|อยากให้)?ใช้ข้อมูล")
# ... and a no said again once consented, as a change of mind: "ไม่ยินยอมแล้ว", "เปลี่ยนใจ ไม่ให้
# เก็บข้อมูลแล้ว" (never at the question whether to record sensitive data, whose no is its answer)
_NO_MORE = re.compile(r"(?:ไม่|บ่)(?:ให้|ขอ|อยาก(?:ให้)?)?(?:ยินยอม|เก็บข้อมูล|บันทึกข้อมูล)(?:แล้ว|ละ)"
                      r"|เปลี่ยนใจ")


def withdraws(text: str, answering_no: bool = False) -> bool:
    """Consent taken back after a yes ("ขอถอนความยินยอม", "ไม่ยินยอมแล้ว", "เปลี่ยนใจ ไม่ให้
    เก็บข้อมูลแล้ว", "ลบข้อมูลผมด้วย"); with `answering_no` (a yes or no question is asked)
    only the words of withdrawal, never a plain no."""
    compact = text.replace(" ", "")
    if _WITHDRAWN.search(compact):
        return True
    if answering_no:
        return False
    changed = _NO_MORE.search(compact)
    return changed is not None and (changed[0] != "เปลี่ยนใจ" or keeps_nothing(compact) or bool(
        re.search(r"(?:ไม่|บ่)(?:ให้|ขอ|อยาก(?:ให้)?)?(?:ยินยอม|เก็บ)", compact)))
