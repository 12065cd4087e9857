"""A place the writer names as their own, away from the one they write for ("หนูอยู่
กาฬสินธุ์ไปรับไม่ได้", "หนูพิมพ์แทนเปาะนะคะ ... หนูอยู่กทม"): not the traveller's."""

from __future__ import annotations

import re

from dialogs.parse_numbers import PARTICLE
from dialogs.place_cues import KIN_LIVES

__all__ = ["FETCH", "FOR_WHOM", "KIN_OF", "KIN_ROLE", "busy_cannot_fetch", "cannot_fetch",
           "kao_as_writer", "kin_cannot_fetch", "not_going", "writer_elsewhere"]

# "หนูอยู่กาฬสินธุ์ไปรับไม่ได้": the writer is away from the one they write for, so the
# writer's place is not the traveller's (nor surely home): neither
# (fetching someone: "ไปรับไม่ได้", "จะไปรับแม่"; never "ไปรับจ้าง", "ไปหาหมอไม่ได้")
_KIN = r"(?:แม่|พ่อ|ลูก|ยาย|ตา|ปู่|ย่า|เขา|เค้า|ท่าน|แก|น้อง|พี่|สามี|ภรรยา|แฟน|ญาติ|เพื่อน)"
# ("ผมอยู่เชียงรายไม่มีเงินไปรับ": no money to go and fetch them)
# (northern "ลงไปรับ", down to fetch, dev93: "ข้าเจ้าอยู่น่าน จะลงไปรับก็บ่มีตังค์"; the cost
# to come: "ญาติอยู่ จ.นครพนม แต่ไม่มีค่าใช้จ่ายมารับ")
FETCH = re.compile(PARTICLE + r"?(?:แต่)?(?:(?:ไม่มี|บ่มี)(?:เงิน|ตังค์|ค่ารถ|ค่าใช้จ่าย|ค่าเดินทาง)"
                   r"(?:ค่ารถ)?)?(?:จะ)?(?:ลง|ขึ้น)?(?:ไป|มา)(?:รับ(?!จ้าง|งาน|เหมา|ซื้อ|ของ|ยา|เงิน)"
                    r"|(?:หา|ช่วย|ดูแล)" + _KIN + r"?(?:ไม่|บ่))")

# the writer's own place, from one who writes on another's behalf (dev39: "หนูพิมพ์แทนเปาะ
# นะคะ ... หนูอยู่กทม"): not where the traveller is; never the writer with them or there
# too ("แม่กับหนูอยู่ระยอง", "ผมก็อยู่กรุงเทพ", "หนูอยู่สงขลาด้วย", "หนูอยู่กรุงเทพกับแม่")
# (or studies or works there: "หนูเรียนอยู่กทม.", dev78; who they are to them: "หนูเป็นหลาน
# อยู่ขอนแก่น", dev83)
KIN_ROLE = r"เป็น(?:หลาน|ลูก|ญาติ|เพื่อน|น้อง|พี่)(?:สาว|ชาย|บ้าน)?(?:ของ)?(?:" + _KIN + r")?"
KIN_OF = r"(?:" + KIN_ROLE + r")?"
_WRITER = re.compile(r"(?<!กับ)(?<!และ)(?:ส่วน)?(?:ผม|ฉัน|หนู|ดิฉัน|กระผม|ข้อย|ข้าเจ้า)(?:เอง)?" + KIN_OF
                     + r"(?:ตอนนี้)?(?:เรียน|ทำงาน)?อยู่(?:ที่|ใน)?$")
# (never the writer going too: "ผมขอความช่วยเหลือให้แม่กับผมหน่อยครับ ผมทำงานอยู่ระยอง", review 1)
# (or for a friend, a cousin, a sibling: "ขอถามให้เพื่อนครับ", "ขอความช่วยเหลือให้พี่แจ๋วค่ะ", dev89;
# never a bare พี่, น้อง, the writer's word for themselves: "ขอความช่วยเหลือให้พี่หน่อยค่ะ")
# (review rev1: never one going too, "ให้เพื่อนด้วย", "หนูกับน้องสาว...", "...ทั้งคู่"; nor the writer
# with a child, "ให้แม่ลูก"; nor "อาหาร", a monk's "อาตมา", "พี่น้อง" the folk)
FOR_WHOM = (r"(?<!ช่วย)(?<!เคย)(?:ถาม|ขอ(?:ความ)?ช่วย(?:เหลือ)?)(?:ให้|แทน)(?:คุณ)?"
            r"(?:ตา|ยาย|ปู่|ย่า|พ่อ|แม่(?!ลูก)|ลุง|ป้า|น้า|อา(?!หาร|ตมา|การ|ชีพ|ศัย)"
            r"|(?:เพื่อน|ญาติ|หลาน)(?!ๆ?ด้วย)"
            r"|(?:พี่|น้อง)(?!หน่อย|ด้วย|ที|นะ|ค่ะ|คะ|ครับ|คับ|จ้า|น้อง|ๆ|$))"
            r"(?!(?:กับ|และ)(?:ผม|หนู|ฉัน|ดิฉัน|เรา|ข้อย))"
            r"(?!.*(?:(?:ผม|หนู|ฉัน|ดิฉัน|เรา)(?:ก็)?(?:กับ|และ)|อยู่กับ(?:ผม|หนู|ฉัน|ดิฉัน|เรา)"
            r"|ทั้งคู่|พวกเรา|เราสอง))")
_ON_BEHALF = re.compile(r"(?:เขียน|พิมพ์|ถาม|ติดต่อ|กรอก|ส่งเรื่อง|ส่งข้อมูล)(?:ข้อมูล)?แทน|" + FOR_WHOM)
_TOO = re.compile(PARTICLE + r"*(?:กับ|ด้วย|เหมือนกัน|พร้อม)")


def writer_elsewhere(window: str, compact: str, end: int) -> bool:
    """The place said at `end` is the writer's own, away from the one they write for."""
    return (_WRITER.search(window) is not None and _ON_BEHALF.search(compact) is not None
            and not _TOO.match(compact, end))


_NOT = re.compile(r"ไม่|บ่")


def cannot_fetch(compact: str, end: int) -> bool:
    """Fetching said right after `end`, and that it cannot be done ("ไปรับหม้ายไหว", "ไม่มี
    เงินไปรับ"); never a fetch done ("พี่อยู่ระยอง มารับลูกที่โรงพยาบาล": the writer is there)."""
    fetch = FETCH.match(compact, end)
    return fetch is not None and _NOT.search(compact, end, fetch.end() + 8) is not None


# what keeps the writer where they are, said between their place and the fetch ("หนูอยู่
# นครสวรรค์ ลูกยังเล็ก ไม่มีเงินไปรับ", dev98): small children, work
_BUSY = re.compile(r"(?:(?:มี)?(?:ลูก|หลาน)(?:ก็)?(?:ยัง)?(?:เล็ก|อ่อน|น้อย|แดง|ป่วย)(?:ๆ)?(?:อยู่)?|ติดงาน"
                   r"|ต้องทำงาน|ต้อง(?:อยู่)?ดูแล(?:ลูก|หลาน|แม่|พ่อ|ยาย|ตา|ผัว|สามี)|ไม่ว่าง)"
                   + PARTICLE + r"*(?:ก็)?")


def busy_cannot_fetch(compact: str, end: int) -> bool:
    """What keeps the writer there said right after `end`, then that they cannot go and
    fetch ("ลูกยังเล็ก ไม่มีเงินไปรับ"): the place is the writer's, not the traveller's."""
    busy = _BUSY.match(compact, end)
    return busy is not None and cannot_fetch(compact, busy.end())


def kin_cannot_fetch(window: str, compact: str, end: int) -> bool:
    """The place at `end` is where a relative lives who cannot come and fetch the one
    written for ("ญาติอยู่ จ.นครพนม แต่ไม่มีค่าใช้จ่ายมารับ", dev93): where they go back to."""
    # (to come, never the writer going: "ลูกอยู่ชลบุรี ไม่มีเงินไปรับลูก", "ลูกอยู่กรุงเทพ มาดูแล
    # ไม่ได้": the child is there, not the home, review rev2)
    fetch = FETCH.match(compact, end)
    return (KIN_LIVES.search(window) is not None and fetch is not None
            and "มารับ" in fetch.group() and cannot_fetch(compact, end))


def not_going(compact: str, kin: str) -> bool:
    """Whether `kin` is never told as the one stranded, nor as with the writer: then it is
    they who cannot come and fetch ("แม่แก่แล้ว ไปรับไม่ไหว"); never "ยายติดอยู่ที่หมอชิต ยาย
    ป่วย ไปรับไม่ได้", "ผมกับแม่ติดอยู่หมอชิต แม่ป่วย", "หนูติดอยู่ชลบุรีกับลุง" (review rev1)."""
    k = re.escape(kin)
    return re.search(k + r"(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)?(?:เขา|เค้า|ท่าน|แก|ก็|ยัง)*(?:ไป|มา)?"
                     r"(?:ติด|ตกค้าง|ค้าง)อยู่|(?:กับ|และ|พา)" + k, compact) is None


# one who calls themself "เค้า" (young women, the north) and says so by asking for another
# ("เค้าขอถามแทนเพื่อนค่ะ ... เค้าอยู่ระยอง ทำงานที่เดียวกับมัน", dev89: read as the friend's
# place): their "เค้าอยู่..." is the writer's own, as "หนูอยู่..." is; never the usual "he,
# she" ("ขอถามแทนเพื่อนค่ะ เค้าอยู่ระยอง": the friend's), nor "เพื่อนเค้าอยู่..."
_KAO_ASKS = re.compile(r"เค้า(?:ขอ|อยาก)?(?:ถาม|เขียน|พิมพ์)(?:ข้อมูล)?(?:แทน|ให้)")
_KAO_HERE = re.compile(r"(?:^|(?<=\s))เค้า(?=(?:ก็|เอง)?(?:ตอนนี้)?(?:ทำงาน|เรียน|พัก)?อยู่)")


def kao_as_writer(cleaned: str) -> str:
    """The cleaned text with the writer's "เค้าอยู่" spelt "ฉันอยู่", when the writer names
    themself เค้า; else as it is."""
    if "เค้า" not in cleaned or not _KAO_ASKS.search(cleaned.replace(" ", "")):
        return cleaned
    return _KAO_HERE.sub("ฉัน", cleaned)
