"""The answer to the nationality letter question (the letter certifying Thai nationality
and residence, from the village head or the kamnan, asked when there is no ID card)."""

from __future__ import annotations

import re

from dialogs.card_rules import LETTER
from dialogs.parse import facts_of, parse_yes_no
from dialogs.parse_numbers import PARTICLE

__all__ = ["not_yet", "other_paper", "read_letter"]

_OFFICIAL = r"(?:กำนัน|ผู้ใหญ่(?:บ้าน)?|ผญบ|ผู้นำชุมชน|นายอำเภอ|อำเภอ|อบต|เทศบาล)"
# the letter by its full name or as "หนังสือ" (not a passport, "หนังสือเดินทาง", nor a
# doctor's note)
_PAPER = r"(?:" + LETTER + r"|หนังสือ)(?!เดินทาง|อ่าน|เรียน|แพทย์)"
_SIGN = r"(?:ออก|เซ็นต์|เซ็น|เขียน|รับรอง)(?:" + _PAPER + r"(?:ให้)?|ให้)"
# where the official is: "ผู้ใหญ่บ้านที่ร้อยเอ็ด", "กำนันตำบลบ้านโคก"
# (a place named บ่อ... is no บ่: "ผู้ใหญ่บ้านที่บ่อทองออกให้แล้ว"; "บ่ออก", "บ่อยู่" are)
_THERE = r"(?:(?:ที่|ใน|ตำบล|หมู่บ้าน|บ้าน)(?:(?!ไม่|บ่(?!อ(?!อก|ยู่))|ก็|จะ|เขา|บอก).){1,16}?)?"
_CANNOT = r"(?:ไม่ได้|ไม่ไหว)"
# "ผู้ใหญ่บ้านออกให้ได้", "ให้เขาทำหนังสือรับรองส่งมาได้": the letter can be had (the officer
# sees it at the interview); "กำนันไม่ยอมเซ็นให้", "ผู้ใหญ่บ้านออกให้ไม่ได้", "ท่านบอกออก
# หนังสือรับรองสัญชาติไทยให้ไม่ได้" (the denial after the letter): it cannot
_LETTER_DENIED = re.compile(
    _OFFICIAL + _THERE + r"(?:เขา|เพิ่น|ก็|กะ|บอก|ว่า)*(?:ไม่|บ่|ไม่ยอม|บ่ยอม|ไม่ได้|บ่ได้|ยังไม่|ยังบ่"
    r"|ไม่รับ)" + _SIGN  # ("ผู้ใหญ่บ้านบ่ออกให้ เพิ่นบ่รู้จักข้อย", dev69: read as a letter had)
    + r"|" + _OFFICIAL + r".{0,6}?" + _SIGN + _CANNOT
    + r"|(?:ออก|เซ็นต์|เซ็น|เขียน|ทำ|ขอ)" + _PAPER + r"(?:(?!ได้|แต่).){0,16}?" + _CANNOT)
# the official knows the person, then willing ("ผู้ใหญ่รู้จักลุง ยินดีออกหนังสือรับรองให้", dev91)
_KNOWS = (r"(?:(?:เขา|ก็)*(?:รู้จัก|จำ)(?:(?!ไม่|บ่|แต่).){1,12}?(?=(?:เขา|ก็)*(?:ยินดี|พร้อม|จะ)))?")
_LETTER_GIVEN = re.compile(
    _OFFICIAL + _THERE + _KNOWS + r"(?:เขา|ก็|จะ|ยินดี|พร้อม|บอก|ว่า)*" + _SIGN + r"(?!" + _CANNOT + ")"
    + r"|(?<!ถ้า)(?<!หาก)(?:ออก|เซ็นต์|เซ็น|เขียน|ทำ|ขอ)" + _PAPER
    + r"(?:(?!ไม่|บ่|แต่|ได้).){0,16}?ได้(?!ไหม|มั้ย|มั๊ย|หรือ|รึ|ยัง|ที่ไหน|ไหน|ยังไง|อย่างไร)"
    # "ยังไม่มีค่ะ แต่โทรให้ผู้ใหญ่บ้านทำให้ได้", "ผู้ใหญ่บ้าน...ให้เขาทำให้ได้" (dev51: asked again
    # whether the village head can, which was said)
    # (never a wish or a doubt: "ถ้าผู้ใหญ่บ้านทำให้ได้ก็ดี", "...ทำให้ได้บ่", "ทำให้ได้ แต่คนใหม่ไม่ยอม")
    + r"|(?<!ถ้า)(?<!หาก)(?<!ว่า)" + _OFFICIAL + _THERE + r"(?:เขา|ก็|จะ|ยินดี|พร้อม|บอก|ว่า|ให้)*ทำ"
    r"(?:" + _PAPER + r")?(?:ให้)?(?:เขา|ก็)?ได้(?!ไหม|มั้ย|มั๊ย|หรือ|รึ|ยัง|ที่ไหน|ไหน|ยังไง|อย่างไร"
    r"|บ่|ป่าว|เปล่า|ป่ะ|ปะ|ก่อ|เหรอ|หรอ|ก็ดี|.*แต่.*(?:ไม่|บ่))"
    # the official knows the person and can be called ("ไม่มีครับ แต่ผู้ใหญ่บ้านรู้จักผม โทรถามได้",
    # dev53): one who vouches
    + r"|" + _OFFICIAL + r"(?:เขา|ก็)*(?:รู้จัก|จำ)(?:ผม|หนู|ฉัน|ดิฉัน|เรา|ข้อย)(?:ดี)?"
    r"(?=(?:(?!ไม่|บ่).){0,12}?(?:โทร|ติดต่อ)(?:ไป)?(?:ถาม|หา)?(?:เขา)?ได้(?!ไหม|มั้ย|มั๊ย|หรือ|รึ))"
    r"(?!.*แต่.*(?:ไม่|บ่))")
# unsure whether the letter can be had ("ไม่แน่ใจว่าผู้ใหญ่บ้านจะทำให้ได้", "หวังว่า...")
# (never of the time it takes: "อาจจะช้าหน่อย", "ไม่รู้ว่าต้องใช้กี่วัน")
_DOUBT = re.compile(r"(?:ไม่แน่ใจ|บ่แน่ใจ|ไม่รู้ว่า|บ่รู้ว่า|หวังว่า|คงจะ|อาจจะ|มั้ง|มั๊ง|น่าจะ)"
                    r"(?!.{0,8}?(?:ช้า|กี่วัน|นาน|ส่งมา|ส่งทาง))")
# "ยังไม่มีครับ" to the letter question: not yet, not no (asked again: can it be had?)
_NOT_YET = re.compile(r"ยัง(?:ไม่|บ่)(?:ได้)?มี(?:เลย)?" + PARTICLE + r"*")


# "ขอไม่ได้ค่ะ ไม่รู้จักผู้ใหญ่บ้าน" to the letter question (dev33): it cannot be had (never
# "ขอไม่ได้หรอ", a question)
_CANNOT_ASK = re.compile(r"(?:ขอ|ทำ)(?:ให้)?(?:เขา)?(?:ไม่|บ่)(?:ได้|ทัน)(?:เลย|หรอก)?"
                         r"(?:" + PARTICLE + r"|$|แล้ว|เพราะ|(?:ไม่|บ่)(?:รู้จัก|ได้กลับ))")
# got by someone else after all: "ขอไม่ได้ค่ะ แต่แม่ขอให้แล้ว", "ทำไม่ได้ค่ะ แม่ทำให้แล้ว"
_GOT_ANYWAY = re.compile(r"(?:ให้|มา)(?:แล้ว|เรียบร้อย)|ได้มา")
# "ไม่มีหนังสืออะไรเลย", "ไม่มีเอกสารเลย" to the letter question: none
_NO_PAPER = re.compile(r"(?:ไม่|บ่)(?:เคย)?(?:ได้)?มี(?:หนังสือ|เอกสาร|ใบ)(?!ไม่|เดินทาง|อ่าน|เรียน|ขับขี่)"
                       # nothing at all, as the whole answer (dev53: "ไม่มีอะไรเลย", asked twice)
                       r"|^(?:ไม่|บ่)มี(?:อะไร|หยัง|สักอย่าง|ซักอย่าง)(?:เลย|สักอย่าง)?" + PARTICLE
                       + r"*(?:ลูก|หลาน)?$"
                       # the official gave nothing ("ผู้ใหญ่บ้านก็ไม่ได้ให้อะไรมา", dev61), said
                       # last or before another no; never another thing not given, nor a
                       # letter had after all ("ผู้ใหญ่บ้านไม่ได้ให้ค่ารถมา มีแค่หนังสือรับรอง",
                       # "อำเภอไม่ได้ทำบัตรให้ แต่ผู้ใหญ่บ้านรับรองให้แล้ว")
                       r"|" + _OFFICIAL + r"(?:เขา|ก็)*(?:ไม่|บ่)(?:ได้)?(?:ให้|ทำ(?!งาน)|ออก)"
                       r"(?:อะไร|หยัง|หนังสือ)?(?:ให้)?(?:มา)?(?:เลย|หรอก|ดอก|สักอย่าง)*" + PARTICLE
                       + r"*(?:ลูก|หลาน)?(?:$|(?=(?:ก็)?(?:ไม่|บ่)มี(?!แต่)))")


# no one to issue it ("บ่มีไผเฮ็ดให้ได้เลย", "ไม่มีใครออกให้", dev56)
_NOBODY = re.compile(r"(?<!ถ้า)(?<!หาก)(?:ไม่มีใคร|บ่มีไผ|บ่มีผู้ได๋|ไม่มีคน)(?:จะ)?"
                     r"(?:ทำ|เฮ็ด|ออก|เซ็น|เขียน|รับรอง)(?!งาน)(?:ให้)?(?!.{0,40}?(?:(?:พรุ่งนี้|มะรืน|วันหลัง|ทีหลัง|อาทิตย์หน้า|สัปดาห์หน้า)(?!\s*(?:ก็)?(?:จะ)?(?:ขึ้นรถ|เดินทาง|กลับ))"
                     r"|ค่อย(?!ๆ|\s*ๆ)|กลับมา(?!\s*ก็)|ไม่อยู่(?!ใน|สัก)|ไปราชการ|ไปประชุม|ติดธุระ))")
# a plain no closing the answer after a question of what it is ("หนังสือรับรองอีหยังครับ บ่มี
# ครับ", dev56): no (never with a yes or a "not yet" before it)
_LAST_NO = re.compile(r"(?:ก็)?(?:ไม่|บ่)มี(?:เลย|ครับ|ค่ะ|คับ|จ้า|เด้อ|เจ้า|นะ)*")
_WHAT = re.compile(r"อะไร|อีหยัง|หยัง|ไหน|ยังไง|อย่างไร|ไร")


def read_letter(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    facts = facts_of(text)
    if facts.has_nationality_letter is not None:
        return facts.has_nationality_letter
    if facts.has_id_card is True:  # "บ่มีครับ แต่มีบัตรประชาชนอยู่": the card had after
        return None  # all (dialogs.answering.card_found), the letter not needed
    compact = text.replace(" ", "").replace(".", "")
    if _NO_PAPER.search(compact) or (_NOBODY.search(compact) and not _LETTER_GIVEN.search(compact)):
        return False
    chunks = text.split()
    before = "".join(chunks[:-1])
    if len(chunks) > 1 and _LAST_NO.fullmatch(chunks[-1]) and _WHAT.search(before) and (
            not re.search(r"แต่|(?<!ห)ยัง|มี(?!อะไร)|" + _OFFICIAL, before)):
        return False
    if _LETTER_DENIED.search(compact) or (
            _CANNOT_ASK.match(compact) and not _GOT_ANYWAY.search(compact)):
        return False
    if _LETTER_GIVEN.search(compact) and not _DOUBT.search(compact):
        return True
    first, *rest = text.split() or [""]
    if _NOT_YET.fullmatch(first) and parse_yes_no(" ".join(rest)) is None:
        return None  # not yet ("ยังไม่มีครับ สงขลาครับ"): nothing else said of it
    return parse_yes_no(text)


def not_yet(text: str) -> bool:
    """"ยังไม่มีครับ" (places may follow): the letter not yet had, nothing else said of it;
    asked again, whether the village head can issue it (never "ยังไม่มีครับ ไม่มี")."""
    first, *rest = text.split() or [""]
    return bool(_NOT_YET.fullmatch(first)) and parse_yes_no(" ".join(rest)) is None and (
        facts_of(text).has_nationality_letter is None)


# the paper of one released from prison had instead of the letter ("มีแค่หนังสือสำคัญการ
# ปล่อยตัวจากเรือนจำ มีชื่อกับเลข13หลัก"): an official paper with the ID number, not the
# village head's letter, nor none; the officer sees it at the interview
# (never one lost or not one's own: "เคยมีใบปล่อยตัวแต่ทำหายแล้ว", "มีใบปล่อยตัวของเพื่อน")
_OTHER_PAPER = re.compile(r"(?<!ไม่)(?<!บ่)(?<!เคย)(?<!เพื่อน)(?<!แฟน)(?<!ผัว)(?<!พี่)(?<!น้อง)(?<!สามี)"
                          r"(?<!ชาย)(?<!สาว)(?<!ลูก)(?<!พ่อ)(?<!แม่)(?<!ลุง)(?<!ป้า)(?<!เมีย)(?<!ภรรยา)(?<!หลาน)"
                          r"(?<!ต้อง)"
                          r"(?:มี|เหลือ|ถือ)(?:แค่|แต่|เพียง)?(?:หนังสือ|ใบ)(?:สำคัญ)?(?:การ|แสดง)?(?:ปล่อยตัว|พ้นโทษ|ปลดปล่อย)"
                          r"(?!.{0,20}(?:หาย|ขโมย|ยึด|ทิ้ง|ไม่รู้|ยังไม่|ไม่ได้รับ|ไม่ให้|ไหม้|เปียก|ขาด|อ่านไม่ออก"
                          r"|อยู่ที่บ้าน|ไหม|มั้ย"
                          r"|ของ(?:เพื่อน|แฟน|ผัว|สามี|พี่|น้อง|คนอื่น|พ่อ|แม่|ลูก|เมีย|ภรรยา|หลาน)))")


def other_paper(text: str) -> bool:
    """Another official paper than the letter, said to the letter question, even after a
    no of the letter ("ไม่มีครับ มีใบปล่อยตัวใบเดียว", dev49)."""
    compact = text.replace(" ", "")
    return bool(_OTHER_PAPER.search(compact)) and read_letter(text, None) is not True
