"""The answer to "does anyone travelling need care on the way?" (and who else), read:
a tapped care need, the needs a message names, a pregnancy or ages said alone, all well,
or a no. Exported from dialogs.readers."""

from __future__ import annotations

import re

from dialogs.care import UNWELL_PLAYED_DOWN
from dialogs.hiv_words import on_arvs
from dialogs.parse import facts_of, parse_yes_no
from dialogs.people_list import ages_told
from dialogs.second_thought import narrowed

__all__ = ["SPECIAL", "read_special"]

SPECIAL = {"elderly": "ผู้สูงอายุ", "sick": "ป่วย", "disabled": "พิการ", "child": "เด็กเล็ก",
           "cannot_travel_alone": "เดินทางเองไม่ได้", "pregnant": "ตั้งครรภ์"}
_ALL_WELL = re.compile(r"^(?:ก็|ทุกคน)?(?:ปกติ(?:ดี)?|แข็งแรง(?:ดี)?|สบายดี)(?:ทุกคน|หมด|กันหมด|ทั้งคู่"
                       r"|ทั้งสองคน|ทั้ง\d+คน)?(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)*$")
# well, said first, with no care need read after it (dev43)
_WELL_FIRST = re.compile(r"(?:ก็|ทุกคน)?(?:ปกติดี|แข็งแรงดี|สบายดี)(?:ทุกคน|หมด|กันหมด)?"
                         r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)*\s")
# HIV told, with its daily medicine and nothing else (never "...ตอนนี้นอนโรงพยาบาล",
# "...ผอมมาก อ่อนเพลีย", "...กลัวไปไม่ถึง": asked again)
_HIV_ONLY = re.compile(r"(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย|เป็น|ผู้|ติดเชื้อ|hiv|เอชไอวี|ค่ะ|ค่า|ครับ|คับ|นะ|จ้า"
                       r"|อยู่|ต้อง|กิน|ยา(?:ต้าน)?(?:ไวรัส)?|ทุกวัน|ประจำ|ตลอด|แต่|ก็)+", re.IGNORECASE)
_UNWELL_PLAYED_DOWN = re.compile(UNWELL_PLAYED_DOWN)
# "ท้องค่ะ", "คนท้อง" to "anyone who needs care?": a pregnancy (in a story, "ท้อง" alone
# is too often the belly to be read so)
_PREGNANT_ANSWER = re.compile(r"(?:มี)?(?:คน)?ท้อง(?:อยู่|ด้วย)?(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)?")


# a "no" of a roof, money or food, not of care ("คืนนี้ไม่มีที่นอนค่ะ": the urgency asked with
# a group's care, answered alone): never read as nobody needing care
_NO_ROOF_OR_MONEY = re.compile(r"(?:ไม่|บ่)มี(?:ที่|บ่อน)(?:ซุกหัว)?(?:นอน|พัก|อยู่|ไป)"
                               r"|(?:ไม่|บ่)มี(?:เงิน|ตังค์|ตัง|สตางค์|ค่า(?:รถ|ตั๋ว|เดินทาง|ห้อง|เช่า|กิน)|ข้าว|อะไรกิน|งาน)")


def read_special(text: str, value: str | None) -> list[str] | None:
    if value and value.startswith("special:"):
        picked = value.split(":", 1)[1]
        return [picked] if picked in SPECIAL else []
    meant = narrowed(text)  # "...เดี๋ยวนะคะ แม่ไม่กลับแล้ว ไปแค่สองคน ฉันกับลูก" (dev105)
    if meant != text and (after := read_special(meant, None)) is not None:
        return after
    found = sorted(facts_of(text).special_needs)
    if found:
        return found
    if _PREGNANT_ANSWER.fullmatch(text.replace(" ", "")):
        return ["pregnant"]
    aged = ages_told(text)  # "แม่๖๓คับ น้อง๑๙ ผม๒๓" (dev45): the mother is elderly
    if aged is not None:
        return sorted(aged)
    if _ALL_WELL.search(text.replace(" ", "")) or (  # "แข็งแรงดีทุกคน": nobody needs care;
            _WELL_FIRST.match(text) and on_arvs(text.replace(" ", ""))):  # one on ARVs who
        return []  # is well travels alone (manual 6(3)): a need, no care
    if "สบาย" in text and _UNWELL_PLAYED_DOWN.search(text.replace(" ", "")):
        return []  # "ก็ไม่สบายแหละ ไม่ได้เป็นไรมากหรอก" (dev107): unwell, no care on the way
    if _HIV_ONLY.fullmatch(text.replace(" ", "")):  # "ผมติดเชื้อHIVครับ ต้องกินยาทุกวัน"
        return []  # (dev45): HIV and its medicine, nothing more: the need only, no care
    rest = _NO_ROOF_OR_MONEY.sub(" ", text)
    if parse_yes_no(text) is False or re.search(
            r"(?:ไม่|บ่|(?<!แม่)(?<!แม่ )(?<!ห)ม่าย|(?<!แม่)(?<!แม่ )หม่าย)มี", rest):
        return []  # "ม่ายมี แข็งแรงทั้งคู่": a southern or playful no
    return None
