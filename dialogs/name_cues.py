"""A name's cues as people type them, rewritten before a name is read (dialogs.names),
and a nickname told beside the real name kept with it.

- "ชื่อ" typed as "ซื่อ" (honest) after the writer's own word, or with no tone mark
  ("ข้อยซื่อ สมพร", "ชือ ปวีณา คะ"; never "ผมซื่อตั๋ว...", "ซื่อเกินไป");
- the name relayed, "บอก" before "ชื่อ" ("ลุงบอกชื่อ บุญส่ง ค่ะ": as "ลุงชื่อ"), never a
  name not told ("ไม่อยากบอกชื่อจริงค่ะ");
- Isan "เอิ้น" (call) before a name said as "ก็ได้" ("เอิ้นว่าแป้งกะได้ค่ะ": as "เรียก").
"""

from __future__ import annotations

import re

__all__ = ["as_cues", "with_nickname"]

_CUE_TYPO = re.compile(r"(?:(?<=ข้อย)|(?<=ผม)|(?<=หนู)|(?<=ฉัน)|(?<=เฮา))ซื่อ(?=\s)"
                       r"|(?<![ก-๙])ชือ(?=\s)(?!\sของ)")
_TOLD = re.compile(r"(ลุง|ป้า|ยาย|ตา|ปู่|ย่า|น้า|อา|พ่อ|แม่|แก|เขา|เค้า|ท่าน|คนไข้)(?:เขา|เค้า|แก)?"
                   r"บอก(?=\s?ชื่อ\s?(?!เล่น|มา|หมอ|คน|หมู่|ที่|ของ|ไม่))")
_ISAN_CALL = re.compile(r"เอิ้น((?:ว่า)?\s?(?!หยัง|อีหยัง|ไผ|ไป|มา|ได้|ตาม|เพิ่น|เจ้าหน้าที่|ตลอด)"
                        r"[ก-๙]{2,12}?\s?)(?:ก็|กะ)ได้")  # (dev46; "เอิ้นหยังกะได้": anything)


def as_cues(text: str, bare: bool) -> str:
    """The text with its name cues as the reader knows them; the relayed and the Isan
    cues only in an answer to the name question (`bare`)."""
    text = _CUE_TYPO.sub("ชื่อ", text)
    if bare:
        text = _ISAN_CALL.sub(r"เรียก\1ก็ได้", _TOLD.sub(r"\1", text))
    return text


def with_nickname(real: str, nickname: str | None) -> str:
    """The real name with the nickname told beside it, for the officer to call the person
    by ("บอยค่ะ ชื่อจริงธนากร": "ธนากร (บอย)"); a nickname of one word only, never a part
    of the real name nor the same ("ทองสุข สมหมาย ครับ ... ชื่อจริงสมหมาย": สมหมาย)."""
    if (not nickname or " " in nickname or nickname in real or real in nickname
            or len(nickname) > 12):
        return real
    return f"{real} ({nickname})"
