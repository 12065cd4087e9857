"""The writer's own place, from one who writes for someone else.

One who writes for a parent, a grandparent or a patient often says where they themselves
are, before or after the traveller's trouble ("ผมทำงานอยู่ระยองครับ" ... "แม่ไม่มีค่ารถกลับ
บ้านครับ", "หนูเป็นหลานนะคะ อยู่ขอนแก่น ยายหนูอายุ82แล้ว...", dev85, dev87: read as where
the traveller was, and two were refused as already at home). `own_place` reads the place
the writer gives in their own words; `for_another` whether a message tells another's
trouble or the writer's part in it. Screening keeps both in the state and drops the
writer's place as the traveller's, so it is asked instead: a question more for one who
goes too, never a person refused for where their helper lives.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dialogs.parse_numbers import PARTICLE, clean_text
from dialogs.place_writer import FOR_WHOM, KIN_ROLE
from dialogs.provinces import mentions_in_clean
from dialogs.understand import read_message

__all__ = ["for_another", "own_place", "without_writer", "writer_marks"]

_KIN_BEFORE = "".join(f"(?<!{k})" for k in ("พ่อ", "แม่", "ยาย", "ตา", "ปู่", "ย่า", "ลูก", "พี่", "น้อง",
                                             "เมีย", "ผัว", "สามี", "ป้า", "ลุง", "น้า", "อา"))
_SELF = r"(?:ส่วน)?(?:ผม|หนู|ฉัน|ดิฉัน|กระผม|ข้อย|พี่)(?:เอง)?"  # the writer, as they say it
# "ผมทำงานอยู่ระยอง", "หนูเป็นหลานนะคะ อยู่ขอนแก่น", "ส่วนพี่เองบ้านอยู่นครศรีฯ", "ดิฉันอยู่นครศรีฯ"
# (never a kin's, "แม่ผมอยู่ระยอง", "ยายหนูอยู่ขอนแก่น": the traveller's place; review 1)
_OWN = re.compile(r"(?<!กับ)(?<!และ)(?<!แต่)" + _KIN_BEFORE
                  + _SELF
                  # (or by role: "หนูเป็นอาสามูลนิธิด้านเอชไอวี อยู่กทม.ค่ะ", dev87)
                  + r"(?:" + KIN_ROLE + r"|เป็น(?:อาสา|เจ้าหน้าที่|พยาบาล|ครู|นักสังคม)[ก-๙.]{0,24}?)?"
                  + PARTICLE + r"*(?:ก็)?(?:ตอนนี้)?(?P<home>บ้าน)?(?:(?:ทำงาน|เรียน)(?:อยู่)?|(?:พัก)?อยู่)"
                  r"(?:ที่|ใน|จังหวัด|จ\.)?$")  # ("ผมทำงานกรุงเทพ", dev104)


# the place shared with kin, or the writer's own way home ("หนูอยู่กระบี่กับลูก2คน", "หนูอยู่
# ภูเก็ตกับยาย", "ผมอยู่ระยองครับ แม่ก็อยู่ด้วย", "หนูอยู่ระยองไม่มีเงินกลับบ้าน": review 1)
_KIN = r"(?:คุณ)?(?:พ่อ|แม่|ยาย|ตา|ปู่|ย่า|ลูก|หลาน|น้อง|พี่|ผัว|สามี|เมีย|ภรรยา|แฟน|ครอบครัว)"
_SHARED = re.compile(r"(?:จังหวัด|\.)?" + PARTICLE + r"*(?:(?:กับ|และ|พร้อม)" + _KIN + r"|" + _KIN
                     + r"(?:เขา|เค้า|ท่าน|แก)?ก็อยู่(?:ด้วย|นี่|ที่นี่)|อยู่ด้วยกัน"
                     r"|(?:ก็)?(?:ไม่มี|บ่มี)(?:เงิน|ตังค์|ตัง|ค่ารถ)(?:ค่ารถ)?(?:กลับ|ไปบ้าน))")


@lru_cache(maxsize=256)
def own_place(text: str) -> tuple[str, str] | None:
    """The answer key ("current_province", or "home_province" for the writer's house) and
    the code of the province the writer says is theirs; None when none is said so."""
    cleaned = clean_text(text)
    compact = cleaned.replace(" ", "")
    for m in mentions_in_clean(cleaned):
        own = _OWN.search(compact, max(0, m.start - 45), m.start)
        if own is not None and not _SHARED.match(compact, m.end):
            return ("home_province" if own["home"] else "current_province"), m.province.code
    return None


_NOT_JOB = r"(?!จ้าง|งาน|เหมา|ซื้อ|ของ|ยา|เงิน|ส่ง|สมัคร)"  # fetching, not a job or errand
# (never a child or a spouse, who often travel with the writer: "ลูกอายุ 1 ขวบค่ะ", dev4;
# "ผัวโดนเครื่องจักรหนีบขา", dev87)
_WHO = (r"(?:คุณ)?(?:พ่อ|แม่|ยาย|ตา|ปู่|ย่า|พ่ออุ๊ย|แม่อุ๊ย|พี่(?:ชาย|สาว)|น้อง(?:ชาย|สาว)"
        r"|ผู้ป่วย|คนไข้|ลุง|ป้า|น้า|อา)")
_PAIR = r"(?:พ่อ|แม่|ตา|ยาย|ปู่|ย่า)(?:กับ|และ)?(?:พ่อ|แม่|ตา|ยาย|ปู่|ย่า)"
# the writer's own trouble told after another's ("...หนูก็ตกงาน อยากกลับด้วย")
_NOT_MINE_TOO = (r"(?!.*(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)(?:เอง)?(?:ก็)?(?:อยู่(?:บ้าน)?คนเดียว|ตาม(?:มา|ไป)|ตกงาน"
                 r"|(?:ไม่|บ่)มี(?:เงิน|ตัง|ข้าว|ที่)(?!ส่ง|ให้|ไปให้)|อยาก(?:กลับ|ขอ)|จะกลับ))")
# another's trouble, said as theirs at a part's start ("แม่ไม่มีค่ารถกลับบ้านครับ", "พ่อข้อย
# ไปรับจ้างกรีดยางอยู่ตรัง"), or the writer's part ("หนูเป็นหลาน", "นักสังคมสงเคราะห์",
# "ขอส่งเคสผู้ป่วย", "พิมพ์แทนแม่")
_ANOTHER = re.compile(r"(?:^|\|)" + _WHO + r"(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)?(?:เขา|เค้า|ท่าน|แก|ก็)*"
                      r"(?:ไม่มี|บ่มี|ตกงาน|ติดอยู่|อยากกลับ|จะกลับ|โดน|ถูก|ไปรับจ้าง|ไปทำงาน|ทำงานอยู่"
                      # their own trip ("แม่ไปงานศพญาติที่ภูเก็ต"; never "...กับหนู")
                      r"|ไป(?:ร่วม)?งาน(?:ศพ|บวช|แต่ง|บุญ)(?![ก-๙]{0,12}?(?:กับ|และ)(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย))"
                      # just released ("น้องชายหนูพึ่งพ้นโทษออกมาจากทัณฑสถาน...", dev91)
                      r"|(?:พึ่ง|เพิ่ง)?(?:จะ)?(?:ได้)?(?:พ้นโทษ|ออก(?:มา)?จาก(?:คุก|เรือนจำ|ทัณฑสถาน)))"
                      # a grown child gone off to work ("ลูกชายผมไปเฮ็ดงานโรงงานอยู่ชลบุรี", dev102;
                      # never a bare ลูก, nor one who goes with the writer: _TOGETHER)
                      r"|(?:^|\|)ลูก(?:ชาย|สาว)(?:คนโต|คนเล็ก|คนกลาง)?(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)?"
                      r"(?:เขา|เค้า|ก็)*(?:ไป|มา)(?:รับจ้าง|ทำงาน|เฮ็ดงาน|หางาน)"
                      r"(?![ก-๙]{0,24}?(?:ด้วยกัน|กับ(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย|แม่|พ่อ)))"
                      # (nor the writer's own trouble after it: "...ผมอยู่บ้านคนเดียว ไม่มีเงิน",
                      # "...หนูตามมาอยู่ด้วย ตอนนี้หนูตกงาน", review rev3)
                      r"(?!.*(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)(?:ก็|เอง)?(?:อยู่(?:บ้าน)?คนเดียว|ตาม(?:มา|ไป)|ตกงาน"
                      r"|(?:ไม่|บ่)มี(?:เงิน|ตัง|ข้าว|ที่)(?!ส่ง|ให้|ไปให้)|อยาก(?:กลับ|ขอ)|จะกลับ))"
                      # both parents or grandparents, the subject of the trip ("ตอนนี้พ่อกับแม่
                      # อยากกลับบ้าน", "ตากับยายผมไปงานศพญาติที่ท่าม่วง", dev104)
                      r"|(?:^|\|)(?:ตอนนี้)?" + _PAIR + r"(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)?"
                      # (what they lack for the trip: never "พ่อแม่ก็ไม่มีแล้ว", "ตายายไม่มีใครดูแล",
                      # "พ่อแม่ไม่มีเงินส่งให้", the writer's own plight, review rev2)
                      r"(?:เขา|เค้า|ท่าน|แก|ก็|ทั้งคู่|ทั้งสองคน)*(?:(?:ไม่|บ่)มี(?=ค่า|ตั๋ว|บัตร|ที่|ข้าว|(?:เงิน|ตัง)"
                      r"(?!ส่ง|ให้))|ติดอยู่|อยาก(?:จะ)?กลับ|จะกลับ"
                      r"|ไป(?:ร่วม)?งาน(?:ศพ|บวช|แต่ง|บุญ)|มา(?:เยี่ยม|หา))" + _NOT_MINE_TOO
                      + r"|เป็น(?:หลาน|ลูก)(?:สาว|ชาย)?(?:ของ)?" + _WHO + r"?"  # (never "เป็นลูกจ้าง")
                      + PARTICLE + r"*(?:อยู่|\||$)"
                      # (never one living at, or helped by, a foundation: "ผมอาศัยอยู่ที่มูลนิธิกระจกเงา",
                      # "ได้รับความช่วยเหลือจากมูลนิธิ", "มูลนิธิส่งผมมา", "ผมอาสาไปทำงาน", review 2)
                      # help asked for them to go home ("ช่วยแม่กลับบ้านได้มั้ยคะ", dev102; never
                      # "ช่วยหนูกับแม่กลับบ้าน", nor one going along: _TOGETHER)
                      r"|ช่วย(?:ให้)?" + _WHO + r"(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)?(?:เขา|เค้า|ท่าน|แก)?"
                      r"(?:ได้)?กลับ(?:บ้าน|ภูมิลำเนา)"
                      # the writer cannot go and fetch them ("หนูอยู่นครสวรรค์ ลูกยังเล็ก ไม่มีเงินไปรับ",
                      # dev98; "ผมอยู่น่าน ลงไปรับบ่ได้"): they travel, not the writer
                      r"|(?:ไม่มี|บ่มี)(?:เงิน|ตังค์|ตัง|ค่ารถ|ค่าเดินทาง)(?:ค่ารถ)?(?:จะ)?(?:ลง|ขึ้น)?ไปรับ"
                      + _NOT_JOB + r"|(?:ลง|ขึ้น)?ไปรับ" + _NOT_JOB
                      + r"(?:[ก-๙]{0,8}?)(?:ไม่ได้|บ่ได้|ไม่ไหว|หม้ายไหว)"
                      r"|" + FOR_WHOM + r"|สังคมสงเคราะห์|อสม|(?<!อยู่ที่)(?<!พักที่)(?<!พัก)(?<!จาก)(?<!อยู่)"
                      r"(?:อาสา(?!ไป)|มูลนิธิ)(?![ก-๙]{0,12}?(?:ส่ง|พา)(?:ผม|หนู|ฉัน))|ส่งเคส|ขอส่งเรื่อง|(?:เขียน|พิมพ์|ถาม)(?:ข้อมูล)?แทน")
_TOGETHER = re.compile(r"(?:ไป|กลับ)ด้วยกัน|(?:ไป|กลับ)กัน(?:\d|สอง|สาม|สี่|ห้า)|พวกเรา|เราสอง"
                       r"|เรา(?:ทั้ง)?(?:\d|สาม|สี่|ห้า|หก)คน"  # ("...เราสามคนติดอยู่ที่ชลบุรี", review rev2)
                       r"|(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)(?:ก็)?(?:จะ)?(?:ไป|กลับ)(?:ด้วย|กับ|พร้อม)"
                       # the writer takes them, or goes too (review 1: "ผมจะพาแม่กลับบ้าน", "เราจะ
                       # กลับบ้าน", "หนูก็ไม่มี จะกลับด้วย"; never "แม่เราจะกลับ", "หนูก็ตกงาน", dev85)
                       r"|พา(?:" + _PAIR + "|" + _WHO + r")(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)?"
                       r"(?:กลับ|ไป(?!หาหมอ|โรงพยาบาล))"
                       r"|" + _KIN_BEFORE + r"เรา(?:ก็)?(?:จะ)?(?:กลับ|ไป(?!รับ|หา|ส่ง))"
                       r"|(?:ก็|จะ)(?:ไป|กลับ)ด้วย(?!รถ|ตัวเอง|ตนเอง|เครื่อง)"
                       # (never the fare to go and fetch them: "หนูก็ไม่มีค่ารถไปรับ", dev98)
                       r"|(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)ก็(?:ไม่มี|บ่มี)(?:ค่ารถ|ค่าเดินทาง|ค่าตั๋ว)"
                       r"(?!(?:จะ)?(?:ลง|ขึ้น)?(?:ไป|มา)รับ)")
_PARTS = re.compile(r"\s+")


def for_another(text: str) -> bool:
    """The message tells another's trouble, or the writer's part in it, and not that the
    writer goes with them."""
    compact = _PARTS.sub("|", clean_text(text))
    return bool(_ANOTHER.search(compact)) and not _TOGETHER.search(compact.replace("|", ""))


def writer_marks(data: dict[str, Any], before: dict[str, Any], answers: dict[str, Any],
                 text: str, asked: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, Any]]:
    """What a message adds to the state (`for_another`; the writer's own place, as
    "writer_current_province" or "writer_home_province", when it is the one read), and
    `answers` without the writer's place: the one this message read (`before`: the
    answers before it), or every one known when it is the first to tell of another. A
    place answered to a question that asks it (`asked`: the slot and what it asks along,
    "มีค่ะ กระบี่" to the card and the place, review 1) is the traveller's."""
    marks: dict[str, Any] = {"for_another": True} if for_another(text) else {}
    own = None if {"current_province", "home_province"} & set(asked) else own_place(text)
    if own is not None and (answers.get(own[0]) or {}).get("code") == own[1]:
        marks[f"writer_{own[0]}"] = own[1]
    told = {**data, **marks}
    if not told.get("for_another"):
        return marks, answers
    first = not data.get("for_another")
    kept = {k: v for k, v in answers.items() if not (  # (a place skipped is None)
        k in ("current_province", "home_province") and k not in asked and v is not None
        and v.get("code") == told.get(f"writer_{k}") and (first or before.get(k) != v))}
    if first and len(kept) < len(answers):  # the traveller's place told before the writer's
        again = read_message(without_writer(text, told))  # ("ลูกชายผมไปเฮ็ดงานโรงงานอยู่ชลบุรี
        kept |= {k: v for k, v in again.items() if k in answers and k not in kept  # ... ผมอยู่
                 and v is not None and v.get("code") != told.get(f"writer_{k}")}  # ร้อยเอ็ด", dev102)
    return marks, kept


# the writer's own place said in the answer to where the traveller is ("ประจวบคีรีขันธ์
# หัวหินค่ะ ไม่ใช่กทม.นะคะ หนูอยู่กทม.", dev87: read as Bangkok, the volunteer's)
# (never a kin's, "แม่หนูอยู่ลพบุรีค่ะ", nor the traveller with the writer, "แม่อยู่กับหนูค่ะ หนู
# อยู่ลพบุรี", "หนูอยู่ลพบุรีค่ะ แม่ก็อยู่ด้วย": review 2)
_OWN_SAID = re.compile(r"(?<!กับ)(?<!และ)(?<!หลาน)(?<!ชาย)(?<!สาว)(?<!ญาติ)(?<!เพื่อน)(?<!แฟน)"
                       + _KIN_BEFORE
                       + _SELF + r"(?:ก็)?\s?(?:ตอนนี้)?\s?"
                       r"(?:(?:ทำงาน|เรียน)(?:อยู่)?|(?:พัก)?อยู่)")  # ("ผมทำงานกรุงเทพ", dev104)

_WITH_WRITER = re.compile(r"(?:กับ|ด้วย)(?:ผม|หนู|ฉัน|ดิฉัน|กระผม|ข้อย)|(?:ก็)?อยู่ด้วย(?:กัน)?|" + _KIN
                          + r"(?:เขา|เค้า|ท่าน|แก)?ก็อยู่")


def without_writer(text: str, data: dict[str, Any]) -> str:
    """The answer to "where is the traveller?" without the writer's own place, from one
    who writes for another (state `for_another`)."""
    said = _OWN_SAID.search(text) if data.get("for_another") else None
    if said is None or _WITH_WRITER.search(text.replace(" ", "")):
        return text
    _, _, after = text[said.end():].lstrip().partition(" ")  # "บ้านดิฉันอยู่ อ.ทุ่งสง": the
    head = _HOME_OF.sub("", text[:said.start()])  # place after a space too, and no "บ้าน"
    return (head + " " + after).strip() or text  # left to read as home (dev85)


_HOME_OF = re.compile(r"บ้าน(?:ของ)?\s?$")
