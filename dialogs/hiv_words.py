"""HIV said or not: antiretrovirals taken now, and an infection of something else
(a wound, the lungs, another germ), which is sick but never HIV (sensitive)."""

from __future__ import annotations

import re

__all__ = ["on_arvs", "other_infection_only"]

# "ติดเชื้อ" of a wound, a limb or an organ, or of another germ ("มือติดเชื้อ", "แผลติดเชื้อ",
# "ปอดติดเชื้อ", "ติดเชื้อโควิด", "ติดเชื้อในกระแสเลือด"): sick, never HIV (sensitive)
_OTHER_INFECTION = re.compile(
    r"(?:มือ|แขน|ขา|เท้า|นิ้ว|แผล|ปอด|ตา|หู|ฟัน|ผิว|ไต|กระเพาะ|ลำไส้|ทางเดินปัสสาวะ)"
    r"(?:ข้าง(?:ซ้าย|ขวา))?(?:ก็|มัน|เลย|อยู่|เป็น)?ติดเชื้อ"
    r"|ติดเชื้อ(?:โควิด|covid|โคโรนา|ใน(?:กระแส)?เลือด|ที่(?:แผล|มือ|ขา|เท้า|ปอด)|แบคทีเรีย"
    r"|ทางเดิน|ไข้เลือดออก|วัณโรค)", re.IGNORECASE)
_HIV_SAID = re.compile(r"hiv|เอชไอวี|เอดส์|ยาต้าน|ผู้ติดเชื้อ", re.IGNORECASE)


# antiretrovirals taken now (dev43: "แข็งแรงดีครับ แต่กินยาต้านไวรัสอยู่"), never for another
# virus named ("ยาต้านไวรัสตับอักเสบบี", "ทามิฟลู", "ตอนเป็นโควิด"), nor denied or past
_ARV = re.compile(r"(?<!ไม่ได้กิน)(?<!ไม่ได้ใช้)(?<!ไม่กิน)(?<!เคยกิน)(?<!เคยได้)"
                  r"(?:ยาต้าน(?:ไวรัส|hiv|เอชไอวี)|ยาต้าน(?=$|อยู่|ทุก|หมด|ได้|มา|ที่|ของ|เหลือ|ใกล้|จะ|ก็|ครับ|ค่ะ|คะ|นะ|จ้า"
                  # (dev70: "รับยาต้านไปโรงพยาบาล")
                  r"|ไป(?![\d๐-๙]|หนึ่ง|สอง|สาม|สี่|ห้า|หลาย|นาน|ตั้งแต่|ได้)|ต่อ(?!ม)|กับ|ด้วย)"
                  r"|(?<![a-z])arv(?![a-z]))", re.IGNORECASE)
_OTHER_VIRUS = re.compile(r"ตับ|โควิด|covid|ไข้หวัด|ทามิฟลู|เริม|งูสวัด|ไข้เลือดออก|อักเสบ|แก้|ปวด",
                          re.IGNORECASE)


def on_arvs(compact: str) -> bool:
    """Antiretrovirals said, of HIV (no other virus named, not denied or past)."""
    return _ARV.search(compact) is not None and not _OTHER_VIRUS.search(compact)


def other_infection_only(compact: str) -> bool:
    """Every "ติดเชื้อ" said is of something other than HIV, which is not named."""
    return not _HIV_SAID.search(compact) and compact.count("ติดเชื้อ") == len(
        _OTHER_INFECTION.findall(compact))
