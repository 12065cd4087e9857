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

from dialogs.name_words import AFTER_NAME
from dialogs.provinces import find_provinces

__all__ = ["as_cues", "not_called", "slip_named", "slip_part", "told_after", "with_nickname"]

_CUE_TYPO = re.compile(r"(?:(?<=ข้อย)|(?<=ผม)|(?<=หนู)|(?<=ฉัน)|(?<=เฮา))ซื่อ(?=\s)"
                       r"|(?<![ก-๙])ชือ(?=\s)(?!\sของ)")
_TOLD = re.compile(r"(ลุง|ป้า|ยาย|ตา|ปู่|ย่า|น้า|อา|พ่อ|แม่|แก|เขา|เค้า|ท่าน|คนไข้)(?:เขา|เค้า|แก)?"
                   r"บอก(?=\s?ชื่อ\s?(?!เล่น|มา|หมอ|คน|หมู่|ที่|ของ|ไม่))")
_ISAN_CALL = re.compile(r"เอิ้น((?:ว่า)?\s?(?!หยัง|อีหยัง|ไผ|ไป|มา|ได้|ตาม|เพิ่น|เจ้าหน้าที่|ตลอด)"
                        r"[ก-๙]{2,12}?\s?)(?:ก็|กะ)ได้")  # (dev46; "เอิ้นหยังกะได้": anything)


# "เรียก" denied is nobody calling, no name after it ("หัวหน้าให้ไปรอไซต์ใหม่ก็ไม่มีเรียก ขึ้นรถ
# สองแถว...", dev106: the name "ขึ้นรถสองแถวเข้า"; "ไม่มีใครโทรมาเรียก", "เขาไม่เรียกผม")
_NOT_CALLED = re.compile(r"(?:ไม่|บ่)(?:มี)?(?:ใคร|คน)?(?:ได้|เคย|ค่อย)?(?:โทร)?(?:มา)?$")


def not_called(cue: str, before: tuple[str, ...]) -> bool:
    """The cue `cue` is "เรียก" denied by the words `before` it (never "ไม่ได้" alone, what
    could not be done before it: "ชื่อจริงบอกไม่ได้เรียกหนูว่าแอน")."""
    denied = _NOT_CALLED.search("".join(before[-5:])) if cue == "เรียก" else None
    return denied is not None and denied.group() not in ("ไม่ได้", "บ่ได้")


def as_cues(text: str, bare: bool) -> str:
    """The text with its name cues as the reader knows them; the relayed and the Isan
    cues only in an answer to the name question (`bare`)."""
    text = _CUE_TYPO.sub("ชื่อ", text)
    if bare:
        text = _ISAN_CALL.sub(r"เรียก\1ก็ได้", _TOLD.sub(r"\1", text))
    return text


# never a nickname: another's name or a name elsewhere ("ชื่อพ่อสมชาย", "ชื่อลูกบอย", "ชื่อในไลน์",
# "ชื่อเฟส", "ชื่อเดิมสมชาย"), a word one is called by alone ("เรียกพี่ก็ได้", "ยายค่ะ"), or no
# name at all ("จริงๆ ชื่อจริง...", "ชื่อเล่นเหมือนกันค่ะ") (review rev1)
_NOT_NICK = re.compile(r"(?:พ่อ|แม่|ลูก|หลาน|เพื่อน|แฟน|สามี|เมีย|ผัว|ภรรยา|ญาติ|ใน|ตาม|ไลน์|ไลน|เฟส|เฟซ"
                       r"|เดิม|เก่า|(?:พี่|น้อง|เจ๊|เฮีย|ป้า|ลุง|น้า|อา|ยาย|ตา|ปู่|ย่า|หนู|อ้าย|จริง"
                       r"|เหมือนกัน|ไม่มี)$)")
_TITLE = re.compile(r"(?:พี่|น้อง|ป้า|ลุง|น้า|ยาย|ปู่|ย่า|เจ๊|เฮีย|อ้าย|ไอ้)(?=[ก-๙]{2})")


def with_nickname(real: str, nickname: str | None) -> str:
    """The real name with the nickname told beside it, for the officer to call the person
    by ("บอยค่ะ ชื่อจริงธนากร": "ธนากร (บอย)"); a nickname of one word only, never a part
    of the real name nor the same ("ทองสุข สมหมาย ครับ ... ชื่อจริงสมหมาย": สมหมาย), with a
    title ("ลุงบุญส่ง ชื่อจริงบุญส่ง มีสุข"), nor a province ("ชลบุรีครับ ชื่อจริง...")."""
    if (not nickname or " " in nickname or nickname in real or real in nickname
            or len(nickname) > 12 or _NOT_NICK.match(nickname)
            or _TITLE.sub("", nickname, 1) in real.split() or find_provinces(nickname)):
        return real
    return f"{real} ({nickname})"


_LEAD = re.compile(r"^(?:ผม|หนู|ฉัน|ดิฉัน|ชื่อจริง|ชื่อเล่น|ชื่อ|เรียก)*")
_TAIL = re.compile(r"(?:ค่ะ|ค่า|คะ|ครับผม|ครับ|คับ|จ้า|จ้ะ|นะ|เจ้า|เด้อ|ก็ได้|[.!…])*$")


def slip_named(rest: str, named: str | None) -> bool:
    """Whether the name read after a slip word is all that opens the rest ("เอ้ย แบงค์ครับ
    คีย์บอร์ดมันเปลี่ยน", "เอ้ย ชื่อแพรวค่ะ"), not a remark read as one ("สมชาย ใจดีครับ
    เอ้ย แบตจะหมด": แบต; the name before the slip stands)."""
    first = rest.split()[0] if rest.split() else ""
    return bool(named) and _TAIL.sub("", _LEAD.sub("", first)) == (named or "").split()[0]


# a slip taken back, the name after it ("bank krub... เอ้ย แบงค์ครับ คีย์บอร์ดมันเปลี่ยน", dev92;
# "ต้น เอ้ย ไม่ใช่ ต้อมครับ"): a word of its own; "อุ๊ย" only with "ไม่ใช่" (alone a fright:
# "แดงค่ะ อุ๊ย ลูกร้อง"; never "พ่ออุ๊ย", "อุ้ย คำ": an elder; review rev1)
_SLIP = re.compile(r"(?:^|(?<=[\s.,!…]))(?:(?:เอ้ย|เอ๊ย)(?:\s?(?:ไม่ใช่|บ่ใช่))?"
                   r"|(?:อุ๊ย|อุ้ย)\s?(?:ไม่ใช่|บ่ใช่))(?=\s|$)")


def slip_part(text: str) -> tuple[str, None] | None:
    """The text after the last slip word (None in a fix's place: no surname said alone);
    None without one."""
    slips = list(_SLIP.finditer(text))
    rest = text[slips[-1].end():].strip() if slips else ""
    return (rest, None) if rest else None


def told_after(pieces: tuple[tuple[str, ...], ...], n: int, particles: frozenset[str]) -> bool:
    """Chunk `n` goes on as a story goes on after a full name (the phone, "อายุ34",
    "มาจาก", "ค่ะ" alone): the chunk before it, right after a name, is its surname."""
    while n < len(pieces) and all(w in particles for w in pieces[n]):
        n += 1  # "ซารีนา หมัดอะหลี ค่ะ อายุ 24"
    chunk = pieces[n] if n < len(pieces) else ()
    return bool(chunk) and (chunk[0] in AFTER_NAME or chunk[0][:1].isdigit())
