"""An elder known, or hinted at, by how people speak of themselves.

A person who gives their name as "ยายจันทร์" or "ตาสม" (grandmother, grandfather) is an
elder: people call themselves so only when old. Told at the very end, with the name, it
is still recorded for the officer (the care of an elder travelling), never asked. "ลุง"
and "ป้า" (uncle, aunt) are said from middle age on, so they say nothing of age; nor
do nicknames that begin like a title ("ตาหวาน", "ตาแป๋ว").

Hinted at: one who speaks of themselves as an elder ("ลุงอยากกลับบ้าน", "ยายคนเดียว", the
Malay "mak cik"), calls the bot "หลาน" (or "อาตี๋", "อาหมวย", as Chinese-Thai elders call the
young), or holds a lifetime ID card (given at 70) may be old: whoever
answers one thing at a time says nothing of it when the count question invites it, so
their care needs are asked outright rather than taken as none. One who opens as a
grandparent doing or lacking something ("ยายไม่มีค่ารด", "ตาจะพาหลานกลับบ้าน") is recorded
as an elder once the care question is answered (`elder_said`), unless a young writer is
the one who goes ("ยายนอนโรงพยาบาล หนูอยากกลับไปเฝ้า").
"""

from __future__ import annotations

import re
from typing import Any

from dialogs.cards import writes_for_others
from dialogs.parse import facts_of
from dialogs.parse_numbers import clean_text
from dialogs.state import State
from dialogs.travellers import writes_for

# a title of old age before a name of two letters or more ("ตาล" is a name, not ตา + ล)
# (Isan "พ่อใหญ่", "แม่ใหญ่": an old man, an old woman, as ตา and ยาย)
_ELDER_TITLE = re.compile(r"^(?:ยาย|ตา|ปู่|ย่า|ทวด|พ่อใหญ่|แม่ใหญ่)\s?(?=[ก-ฮเ-ไ][ก-\u0e4e])")


_NICKNAMES = ("ตาหวาน", "ตาแป๋ว", "ตาต้า", "ตาโต")


def elder_by_title(answers: dict[str, Any]) -> dict[str, Any]:
    """`answers` with "elderly" among the care needs when the name is an elder's."""
    name = str(answers.get("name") or "").strip()
    needs = list(answers.get("special_needs") or ())
    if not _ELDER_TITLE.match(name) or name.startswith(_NICKNAMES) or "elderly" in needs:
        return answers
    return {**answers, "special_needs": sorted({*needs, "elderly"})}


# the name answered with an elder's title before "ชื่อ" ("ตาชื่อ ทวี ค่ะ", "ยายเขาชื่อจันทร์"):
# the name read is the bare one (dialogs.names), the title still says an elder
_TITLE_THEN_NAME = re.compile(r"^(?:คุณ)?(?:ยาย|ตา|ปู่|ย่า|ทวด|พ่อใหญ่|แม่ใหญ่)(?:เขา|เค้า|ท่าน)?"
                              r"ชื่อ(?:จริง)?\s?[ก-ฮเ-ไ]")


def elder_named(answers: dict[str, Any], text: str) -> dict[str, Any]:
    """`answers` with "elderly" among the care needs when the name answer `text` gives
    the name after an elder's title ("ตาชื่อ ทวี ค่ะ"); for the caller storing the name."""
    needs = list(answers.get("special_needs") or ())
    if not _TITLE_THEN_NAME.match(text.strip().replace(" ", "")) or "elderly" in needs:
        return answers
    return {**answers, "special_needs": sorted({*needs, "elderly"})}


# an elder's word for oneself before what one does or has ("ลุงอยาก", "ยายคนเดียว");
# the vocative "หลาน" ("สวัสดีครับหลาน"); a lifetime card or an old-age allowance
_HINT = re.compile(
    # (Isan "พ่อใหญ่", "แม่ใหญ่"; greeting the young: "สวัสดีลูก พ่อใหญ่เป็นคนบ้านดุง")
    r"(?:^|สวัสดี(?:ครับ|ค่ะ|จ้ะ|จ้า|ลูก|หลาน)?)(?:ลุง|ป้า|ยาย|ปู่|ย่า|แม่อุ้ย|พ่ออุ้ย|อุ้ย|แม่เฒ่า|พ่อเฒ่า"
    r"|พ่อใหญ่|แม่ใหญ่)"
    r"(?=อยาก|คนเดียว|ไม่|บ่|ชื่อ|มี|จะ|อยู่|ก็|เป็น|เอง|ขอ|ต้อง|ไป|กลับ|ติด|ได้|นอน|เดิน|ไม่ไหว"
    r"|มา(?:หา|เยี่ยม|ตาม))"  # ("ลุงมาหาลูกทีปากนำ", dev97)
    # ตา is also the eye: "ตาไม่ดี", "ตาจะบอด", "ตาเป็นต้อ" say nothing of age
    # (but the eye has no income: "ตาไม่มีรายได้", a neighbour writing for an old man)
    r"|(?:^|สวัสดี(?:ครับ|ค่ะ|จ้ะ|จ้า)?)ตา(?=อยาก|คนเดียว|ชื่อ|เอง|ขอ|กลับ|ติดอยู่|นอน|ป่วย|แก่|อายุ"
    r"|(?:ก็)?(?:ไม่|บ่)(?:ได้)?มี(?:รายได้|เงิน|ตังค์|ตัง|ค่า|ที่|บ้าน|ญาติ|ใคร|ลูก|ข้าว|งาน|อะไร))"
    # ("สวัสดีลูกหลาน": an elder greeting the young, dev22)
    r"|(?:^|สวัสดี(?:ครับ|ค่ะ|จ้ะ|จ้า)?|ขอบใจ|ขอบคุณ)(?:ลูก)?หลาน(?:เอ้ย|เอ๋ย)?(?:$|จ้ะ|จ้า|นะ)"
    r"|(?:ครับ|ค่ะ|จ้ะ|จ้า|นะ)หลาน(?:เอ้ย|เอ๋ย)?$"
    # a Chinese-Thai elder calling the young "อาตี๋", "อาหมวย" ("อาตี๋ ช่วยอั๊วหน่อย", dev103)
    r"|(?:^|สวัสดี(?:ครับ|ค่ะ|จ้ะ|จ้า)?)อา(?:ตี๋|หมวย)(?:เอ้ย|เอ๋ย|จ๋า)?(?=$|ช่วย|ขอ|จ้ะ|จ้า|นะ)"
    r"|(?:ครับ|ค่ะ|จ้ะ|จ้า|นะ)อา(?:ตี๋|หมวย)$"
    # a Malay elder's word for oneself, auntie or uncle ("mak cik ขายของที่ตลาด", dev103)
    r"|(?i:(?<![a-z])(?:mak|pak)cik)"
    r"|บัตร(?:ประชาชน)?ตลอดชีพ|เบี้ย(?:ยังชีพ)?(?:ผู้สูงอายุ|คนแก่|คนชรา)")


# one who opens as a grandparent doing or lacking something ("ยายไม่มีค่ารถ", "ตาจะพาหลาน
# กลับบ้าน", dev59): an elder travels, whatever the care question is answered; never one
# wishing another home ("ยายอยากให้หนูกลับ"), nor "ตา" the eye, nor "ตาก" (Tak) going on
_ELDER_DOES = (r"อยาก(?!ให้)|คนเดียว|(?:ก็)?(?:ไม่|บ่)(?:ได้)?มี(?:เงิน|ตัง|สตางค์|ค่า|ที่)"
               r"|จะ(?:กลับ|ไป|พา|ขอ|ปิ๊ก)|มา(?:กับ|เยี่ยม|หา|ทำ|ตาม|งาน|เที่ยว|รักษา|เฝ้า)|พาหลาน"
               r"|ขอ(?!ให้)|ปิ๊ก|ติดอยู่|นอน")
_ELDER_SAID = re.compile(r"^(?:สวัสดี(?:ค่ะ|ครับ|จ้ะ|จ้า|เจ้า)?)?(?:(?:ยาย|ย่า|ปู่|แม่ใหญ่|พ่อใหญ่|แม่อุ้ย"
                         r"|พ่ออุ้ย|แม่เฒ่า|พ่อเฒ่า)(?=" + _ELDER_DOES + r"|กลับ)|ตา(?="
                         + _ELDER_DOES + "))")


# ...nor one whose writer is young and the one who goes ("ยายนอนโรงพยาบาล หนูอยากกลับไปเฝ้า",
# "ยายไม่มีเงินส่งมาให้หนู", "ย่ากลับไปก่อนแล้ว หนูยังติดอยู่"): the grandparent stays (care
# still asked, as of any hint); never "หนูช่วยยายหน่อย", "ให้หนูช่วย" (the bot asked, by an elder)
_YOUNG_WRITER = re.compile(r"(?:หนู|ผม|ฉัน|ดิฉัน|กระผม|ข้อย)(?:ก็|เลย|ยัง|เอง)*(?:อยาก|ต้อง|จะ(?:กลับ|ไป)"
                           r"|กำลัง|ติด|(?:ไม่|บ่)มี|คนเดียว|กลับ)"
                           r"|(?:เหลือ|ให้|มาหา|มาเยี่ยม|ไปรับ|เลี้ยง)(?:หนู|ผม|ฉัน|ดิฉัน)(?!ช่วย)")


def with_elder_said(answers: dict[str, Any], state: State) -> dict[str, Any]:
    """`answers` with "elderly" among the care needs when the person opened as a
    grandparent (`elder_said`, kept in the state until the request is sent), once the
    care needs are answered (asked outright all the same: dev25, an old man's cancer)."""
    needs = list(answers.get("special_needs") or ())
    if not state.data.get("elder_said") or "special_needs" not in answers or "elderly" in needs:
        return answers
    return {**answers, "special_needs": sorted({*needs, "elderly"})}


# written for an elder of the family ("หลานพิมพ์แทนป้า", "พิมพ์ให้ยายค่ะ")
_FOR_ELDER = re.compile(r"(?:แทน|(?:พิมพ์|ทัก|แชท)ให้)(?:คุณ)?"
                        r"(?:ป้า|ลุง|ยาย|ตา|ปู่|ย่า|น้า|อา(?!หาร|ชีพ|ศัย|การ)|แม่|พ่อ)(?!ค้า|บ้าน)")


# (not one said young or well: "พ่ออายุ 40 แข็งแรงดี", "น้าอายุ 30")
_YOUNG_OR_WELL = re.compile(r"อายุ\s?[1-5][0-9](?![0-9])|แข็งแรง|สบายดี|ทำงาน|ค้าขาย|ขับรถ|ทำนา|ทำสวน")


def elder_hinted(text: str, asked: bool = False) -> dict[str, Any]:
    """{"care_again": True} when `text` hints that the writer is an elder, or names a care
    need that may not be recorded from it: a first message read as a plea for help, not a
    story ("ฉัน หูหนวก ช่วย ได้ไหม"), leaves the care asked, never taken as none. So does
    writing for a parent or an elder of the family who goes alone ("หลานพิมพ์แทนป้า",
    "เขียนแทนแม่"): one who does not type for themselves is often old or unwell (dev46).
    Of a question only `asked` (nothing of the writer's own), the care named is its topic
    ("เบี้ยคนพิการได้เดือนละเท่าไหร่ ถามให้พ่อครับ", dev110): no hint."""
    # (a child named goes with a grown-up: a group, whose care is asked anyway)
    compact = clean_text(text).replace(" ", "")
    if said := _elder_said(compact):
        return said
    if _HINT.search(text.replace(" ", "")) or (
            not asked and facts_of(text).special_needs - {"child"}) or (
            _FOR_ELDER.search(compact) and (writes_for(compact) or writes_for_others(compact))
            and not _YOUNG_OR_WELL.search(compact)):
        return {"care_again": True}
    return {}


def elder_said_in(text: str) -> dict[str, Any]:
    """The elder flags when `text` opens as a grandparent ("ตาจะพาหลานกลับบ้าน" typed at the
    consent question, no story kept of it: dev59), or hints at an elder ("ลุงมาหาลูกทีปากนำ
    ...", dev97: the care then asked, never taken as none)."""
    said = _elder_said(clean_text(text).replace(" ", ""))
    return said or ({"care_again": True} if _HINT.search(text.replace(" ", "")) else {})


def _elder_said(compact: str) -> dict[str, Any]:
    return {"care_again": True, "elder_said": True} if _ELDER_SAID.search(compact) and not (
        _YOUNG_WRITER.search(compact)) else {}


def elder_hinted_before(state: State) -> dict[str, Any]:
    """The hint kept from before (the first message, at the consent question)."""
    return {k: True for k in ("care_again", "elder_said") if state.data.get(k)}
