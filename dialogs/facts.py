"""Screening facts read from one free-text message (pure, no I/O).

The text is cleaned (`clean_text`) and its spaces removed, then each fact is decided
by a small set of patterns that say True or False. When several match, the one that
ends last wins ("มีบัตรแต่หาย" -> no card); on a tie the longer match wins
("ไม่เร่งด่วน" beats "ด่วน"). Negation is part of the patterns: "ไม่มีค่ารถ" says
no_fare=True, "มีค่ารถแล้ว" says False; "ไม่มี A และ B" negates B too.

Provinces: where the person is and where home is, by the cues before each (dialogs.places).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dialogs.care import CANNOT_ALONE_ENDS, CARE_PATTERNS, KIN, RECOVERING, STAYS, WALKING
from dialogs.parse_numbers import clean_text, negations_fixed
from dialogs.places import here_and_home_in
from dialogs.province_types import Province
from dialogs.travellers import people_and_ages
from dialogs.words import word_spans

__all__ = ["HARDSHIPS", "Facts", "extract_facts"]

HARDSHIPS = ("no_shelter", "no_food", "no_fare")  # the three troubles of the aid, as answers

SPECIAL_NEEDS = frozenset({"elderly", "sick", "disabled", "child", "cannot_travel_alone",
                           "pregnant"})


@dataclass(frozen=True)
class Facts:
    no_shelter: bool | None = None
    no_food: bool | None = None
    no_fare: bool | None = None
    has_id_card: bool | None = None
    has_nationality_letter: bool | None = None
    thai_national: bool | None = None
    current_province: Province | None = None
    home_province: Province | None = None
    travellers: int | None = None
    special_needs: frozenset[str] = frozenset()
    urgent: bool | None = None
    id_card_state: str | None = None  # "expired" or "damaged": the officer checks it
    # provinces named with no cue, in order, not already current or home (dialogs.places)
    bare_provinces: tuple[Province, ...] = ()
    # a care need said to be absent ("ไม่มีคนป่วย", "ไม่มีใครป่วย", "ไม่มีเด็ก")
    nobody_needs_care: bool | None = None


Rules = tuple[tuple[re.Pattern[str], bool], ...]
# "!" at the start of a pattern: the match does not count right after a negation. (A
# Python check instead of leading look-behinds, which would stop the regex engine from
# scanning fast for the first literal.)
_NEGATED_BEFORE = re.compile(r"(?:ไม่|บ่|ไม่ได้|ไม่ค่อย|ไม่ใช่|ไม่(?:ได้)?เป็น|ไร้|หาย|ยังไม่|ไม่มี"
                             r"|ไม่ได้มี|ไม่ได้ถือ|ไม่มีใคร|ไม่เคย|ไม่ใช่คน|ไม่ได้เป็นคน)$")
# "@" (after any "!"): the match does not count when it tells of someone else ("พ่อเป็น
# คนพม่า", "ทำงานกับคนพม่า", "แฟนเป็นคนไทย"): a Thai writer is never refused for another
# person's nationality.
_OTHER_BEFORE = re.compile(
    r"(?:พ่อ|แม่|แฟน|เพื่อน|นายจ้าง|เจ้านาย|หัวหน้า|เมีย|สามี|ผัว|ภรรยา|ลูก|หลาน|พี่|น้อง|ยาย"
    r"|ตา|ปู่|ย่า|ญาติ|คนงาน|ลูกจ้าง|กับ|ร้าน|บริษัท|โรงงาน)(?:ของ)?(?:ผม|ฉัน|หนู|เรา)?(?:ก็)?"
    r"(?:ยัง)?(?:เป็น)?$")
# a care need said to be absent ("ไม่มีเด็ก ไม่มีคนแก่ ไม่มีคนป่วย", "ไม่ได้มีใครป่วย"):
# the answer to "anyone who needs care?" that names none
_NOBODY = re.compile(r"(?:ไม่มี|บ่มี|ไม่ได้มี)(?:คน|ใคร|ผู้|ใครที่|คนที่)?(?:เป็น)?$")
# an illness that is over: "เคยป่วยเป็นไข้เลือดออก ... ตอนนี้หายแล้ว" (past, and healed)
_PAST = re.compile(r"เคย(?:ได้)?(?:ป่วย|เจ็บ|ไม่สบาย)?(?:เป็น)?$")
_HEALED = re.compile(r"หาย(?:ดี|ป่วย|ไข้)?(?:แล้ว|เป็นปกติ)")
_STAYS, _KIN = re.compile(STAYS), re.compile(KIN)
_GUARDED: set[re.Pattern[str]] = set()
_ABOUT_SELF: set[re.Pattern[str]] = set()


def _compile(pattern: str) -> re.Pattern[str]:
    guarded = pattern.startswith("!")
    pattern = pattern.removeprefix("!")
    about_self = pattern.startswith("@")
    compiled = re.compile(pattern.removeprefix("@"))
    if guarded:
        _GUARDED.add(compiled)
    if about_self:
        _ABOUT_SELF.add(compiled)
    return compiled


def _rules(true: Iterable[str], false: Iterable[str] = ()) -> Rules:
    return (*((_compile(p), True) for p in true), *((_compile(p), False) for p in false))


def _self(patterns: Iterable[str]) -> list[str]:
    """`patterns` about the writer only ("@"): "แม่มีค่ารถ" says nothing of the writer's
    fare, "ลูกยังไม่มีบัตรประชาชน" nothing of their card."""
    return [("!@" + p[1:]) if p.startswith("!") else "@" + p for p in patterns]


NOT_HAVE = r"(?:ไม่|บ่)(?:ค่อย|ได้)?มี(?:ทั้ง)?(?:(?:(?!แต่|มี|ไม่).){1,20}?(?:และ|กับ|หรือ|แล้วก็))?"
HAVE = r"มี(?<!ไม่มี)(?<!บ่มี)(?<!ค่อยมี)(?<!ไม่ได้มี)(?<!เคยมี)"  # "เคยมี": no longer
# southern "เบี้ย" (money), not an allowance ("เบี้ยยังชีพ", "เบี้ยผู้สูงอายุ")
MONEY = r"(?:เงิน|ตังค์|ตังส์|ตัง|สตางค์|เบี้ย(?!ยังชีพ|เลี้ยงชีพ|ผู้สูงอายุ|คนชรา|คนพิการ|ความพิการ|ประกัน|ขยัน))"
FARE = r"(?:ค่า(?:รถ(?:ทัวร์|ไฟ|บัส|เมล์)?|ฮถ|เดินทาง|ตั๋ว|โดยสาร|พาหนะ|ทัวร์)|ตั๋ว(?:รถ)?)"
# "บัดประชาชน": a typo, only with what follows ("บัดนี้" is "now")
ID = r"(?:บัตร(?:ประจำตัว)?(?:ประชาชน|ปชช|ปปช)?|บัด(?:ประชาชน|ปชช)|idcard|ไอดีการ์ด)"
NOT_OTHER_CARD = (r"(?!สวัสดิการ|คนจน|เครดิต|atm|เอทีเอ็ม|คนพิการ|ผู้พิการ|ทอง|ประกัน|ต่างด้าว"
                  r"|ชมพู|สีชมพู|รถ|โดยสาร"
                  # "บัตรเลข 0", "บัตรคนไม่มีสัญชาติไทย": the card of one who is not Thai
                  r"|เลข(?:0|ศูนย์)|(?:ประจำตัว)?(?:คน|บุคคล)?(?:ที่)?ไม่มีสัญชาติ|(?:ประจำตัว)?คนต่างด้าว)")
LETTER = (r"(?:หนังสือ|ใบ)รับรอง(?:สัญชาติ(?:ไทย)?|ว่า(?:มี|เป็น)?(?:สัญชาติไทย|คนไทย)"
          r"|(?:ความ|การ)เป็นคนไทย|ตัว(?:ตน|บุคคล)|บุคคล)?")
PENNILESS = (r"(?:ไม่|บ่)มี(?:ทั้ง)?" + MONEY + r"(?:เลย|สักบาท|สักแดง|ติดตัว|ติดกระเป๋า|สักสตางค์)?"
             r"(?!ค่า|ซื้อ|กลับ|เดินทาง|จ่าย|พอ|ไป|ให้|ส่ง|ใช้)",
             r"หมดตัว|(?:เงิน|ตังค์|ตัง|เบี้ย)(?:ก็|ที่มี)?หมด|ถังแตก")
EMPLOYER = (r"(?:นายจ้าง|เจ้านาย|เถ้าแก่|หัวหน้า|ผู้รับเหมา|บริษัท|โรงงาน|โรงแรม|รีสอร์ท"
            r"|ร้าน(?:อาหาร)?)")
# "นอนกับแม่ริมถนน", "นอนกับลูก 2 คนที่ป้ายรถเมล์", "นอนกันใต้สะพาน": with someone, still outside
_WITH = (r"(?:กับ(?:" + KIN + r"|เพื่อน|ครอบครัว)(?:ๆ|\d+คน|(?:สอง|สาม|สี่|ห้า)คน|ด้วย)?|กัน|ด้วยกัน)?")
SLEEP_OUT = (r"นอน(?:อยู่)?" + _WITH + r"(?:อยู่)?(?:ข้าง|ริม|ตาม|บน|ใต้|ที่|หน้า|แถว|ใน)?"
             r"(?:ถนน|ทาง|ฟุตบาท|ฟุตปาท|สะพาน|ป้ายรถ|ศาลา|สถานี|ขนส่ง|สวนสาธารณะ|สนามหลวง|หมอชิต|หัวลำโพง|ท่ารถ|ปั๊ม|ห้าง"
             r"|ตลาด|ตะหลาด|ชายหาด|วัด|โรงพัก|ท่าเรือ|สนามบิน|เซเว่น|ลานจอดรถ|คลอง)")  # ตะหลาด: a typo

# "ห้องก็โดนไล่ออก": put out of the room, not fired (checked after ถูก/โดน, keeping the
# pattern's first literal)
_ROOM_BEFORE = "".join(f"(?<!{place}{glue}{verb})" for place in ("ห้อง", "หอ", "บ้าน", "ที่พัก")
                       for glue in ("", "เช่า", "พัก", "ก็", "เช่าก็") for verb in ("ถูก", "โดน"))
SHELTER = _rules(
    [NOT_HAVE + r"(?:ที่|บ้าน|ห้อง|หอ|บ่อน)(?:ซุกหัว)?(?:นอน|พัก|อยู่|อาศัย|ไป|ให้นอน|ให้อยู่)",
     NOT_HAVE + r"(?:บ้าน|ที่พักพิง|หลังคา)(?!เลข)", NOT_HAVE + r"(?:ผู้|คน)ดูแล",
     r"ไร้(?:บ้าน|ที่อยู่|ที่พัก|ที่พึ่ง|ที่อาศัย)|เร่ร่อน|จรจัด|homeless", "!" + SLEEP_OUT,
     r"ไม่รู้จะ(?:ไป)?(?:นอน|พัก|ซุกหัวนอน|อยู่)(?:ที่)?ไหน",  # "ไม่รู้จะไปนอนที่ไหน"
     r"!(?:ถูก|โดน).{0,12}?ไล่(?:ออก)?(?:จาก)?(?:บ้าน|ห้อง|หอ|ที่พัก|ที่อยู่|ที่)",
     # "น้ารับไม่ได้เลยไล่ออกมา": put out of where they lived (not fired by a boss)
     r"(?<!นายจ้าง)(?<!เจ้านาย)(?<!หัวหน้า)(?<!บริษัท)(?<!โรงงาน)(?<!ร้าน)ไล่(?:ผม|ฉัน|หนู|เรา|ดิฉัน)?"
     r"ออกมา(?!จาก(?:งาน|โรงงาน|บริษัท|ร้าน))",
     # "ห้องก็โดนไล่ออก", "หอโดนไล่ออกแล้ว": the room named before (not fired: dialogs.FOOD)
     r"(?:ห้อง|หอ|บ้าน|ที่พัก)(?:เช่า|พัก)?(?:ก็|ผม|ฉัน|หนู|เรา)?(?:ถูก|โดน)(?:เจ้าของ)?(?:ไล่|ให้)ออก",
     r"(?:ถูก|โดน).{0,10}?(?:ทอด)?ทิ้ง", r"!(?:ไม่|บ่)มีนอน(?!หลับ)",  # "ไม่มีกิน ไม่มีนอน"
     r"เจ้าของ(?:ห้อง|หอ|บ้าน)(?:เช่า)?(?:เขา|ก็|เค้า)?(?:ไล่|ให้)(?:ย้าย)?ออก"],
    _self([HAVE + r"(?:ที่|ห้อง|หอ)(?:ซุกหัว)?(?:นอน|พัก|อยู่|อาศัย)(?!ไม่)",
     r"(?:พัก|นอน|อาศัย|ค้าง)(?:อยู่)?(?:กับ|บ้าน|ที่บ้าน|ห้อง|ที่ห้อง)(?:ของ)?(?:เพื่อน|ญาติ"
     r"|พี่|น้อง|ป้า|น้า|ลุง|อา|แฟน|คนรู้จัก|นายจ้าง|ลูก|แม่|พ่อ|ยาย)",
     r"อยู่(?:ที่)?(?:บ้าน|ห้อง)(?:ของ)?(?:เพื่อน|ญาติ|ป้า|น้า|ลุง|คนรู้จัก)",
     r"(?:พัก|นอน)(?:อยู่)?(?:ที่)?(?:โรงแรม|หอพัก|ห้องเช่า|เกสต์เฮาส์|รีสอร์ท)", r"เช่าห้องอยู่"]))
FOOD = _rules(
    [NOT_HAVE + r"(?:ข้าว|อาหาร|อะไร|ของ)?(?:จะ)?กิน",
     NOT_HAVE + MONEY + r"?(?:ซื้อ|ค่า)(?:ข้าว|อาหาร|ของกิน|กับข้าว|นม)",
     r"(?:ไม่|ยังไม่)ได้กิน(?:ข้าว|อะไร|อาหาร)", r"!หิว(?!น้ำ)",
     r"อด(?:ข้าว|อาหาร|มื้อ|อยาก)|ขาด(?:แคลน)?(?:อาหาร|เครื่องนุ่งห่ม|รายได้)",
     NOT_HAVE + r"(?:รายได้|งาน|เสื้อผ้า|เครื่องนุ่งห่ม|อาหาร|ข้าว)",
     r"!ตกงาน|ว่างงาน", r"(?:ถูก|โดน)(?:โกง|เบี้ยว)(?:ค่าแรง|ค่าจ้าง|เงินเดือน)|เงินเดือนไม่ออก",
     r"ไม่ได้(?:รับ)?(?:ค่าแรง|ค่าจ้าง|เงินเดือน)|ไม่จ่าย(?:เงิน|ค่าแรง|ค่าจ้าง|เงินเดือน)",
     r"(?:ถูก|โดน)" + _ROOM_BEFORE + r"(?:เลิกจ้าง|ปลดออก|ให้ออก|ไล่ออก(?!จาก(?:บ้าน|ห้อง|หอ|ที่)))",
     EMPLOYER + r"(?:เขา|เค้า|ก็)?(?:ไล่|ให้|ปลด)ออก"
     r"(?!จาก(?:บ้าน|ห้อง|หอ|ที่))",
     # the job is gone: "โรงแรมเลิกจ้าง", "โรงงานไม่จ้างต่อ", "บริษัทปิดกิจการ", "ร้านเจ๊ง"
     # (not "ถ้าเลิกจ้าง...", "ขู่ว่าจะเลิกจ้าง", "บริษัทไม่ได้เลิกจ้าง")
     EMPLOYER + r"(?:เขา|เค้า|ก็)?(?:ไม่(?:จ้าง|ให้ทำ(?:งาน)?)ต่อ|เลิกจ้าง|ปิดกิจการ|ปิดตัว|เจ๊ง"
     r"|ล้มละลาย)",
     *PENNILESS],
    _self([HAVE + r"(?:ข้าว|อาหาร|อะไร|ของ)(?:จะ)?กิน", r"!กิน(?:ข้าว)?(?:มา)?แล้ว",
           HAVE + r"(?:งานทำ|รายได้|เงินเดือน)", r"ไม่หิว"]))
FARE_RULES = _rules(
    [NOT_HAVE + MONEY + "?" + FARE, NOT_HAVE + MONEY + r"(?:จะ)?(?:กลับ|เดินทาง|ซื้อตั๋ว)",
     MONEY + r"(?:ไม่พอ|ไม่ถึง)(?:จ่าย)?(?:ค่า)?(?:รถ|ตั๋ว|เดินทาง|กลับ|โดยสาร)",
     FARE + r"(?:ไม่พอ|หาย)", r"(?:ไม่|บ่)พอ(?:จ่าย|ซื้อ)?" + FARE,
     *(prefix + r"(?:ก็|ผม|ฉัน|หนู){0,2}(?:หาย|(?:ถูก|โดน)(?:ขโมย|ล้วง|วิ่งราว|กระชาก|ปล้น))"
       for prefix in (r"กระเป๋า(?:ตังค์|ตังส์|ตัง|เงิน|สตางค์)?", MONEY)),
     r"(?:ถูก|โดน)(?:ขโมย|ล้วง|ปล้น|วิ่งราว|ชิงทรัพย์)", r"(?:ถูก|โดน)(?:โกง|หลอก)(?:เอา)?(?:เงิน|ตัง)",
     r"ซื้อตั๋ว(?:กลับ)?(?:บ้าน)?ไม่(?:ได้|ไหว)", *PENNILESS,
     r"!ขาด(?:แค่|เพียง|แต่)?" + FARE,  # "มีทุกอย่าง ขาดแค่ค่ารถ", not "ไม่ได้ขาดค่ารถ"
     # asking for the fare is lacking it; a free ticket ("ขอตั๋วฟรี") is asked by anyone
     r"ขอ(?:ความช่วยเหลือ|ความช่วยเหลือเรื่อง)?(?:เงิน|ตังค์|ตัง)?(?:ช่วย(?:เหลือ)?)?" + FARE
     + r"(?!(?:รถ|กลับ|บ้าน)?ฟรี)"],
    _self([HAVE + MONEY + "?" + FARE + r"(?:แล้ว|พอ|อยู่)?(?!ไม่)",
           HAVE + MONEY + r"(?:พอ)?(?:กลับ|เดินทาง|ซื้อตั๋ว)(?!ไม่)",
           r"ซื้อตั๋ว(?:กลับ)?(?:แล้ว|ได้)(?!ไม่)", FARE + r"(?:พอ|มีแล้ว)",
           MONEY + r"พอ(?:จ่าย)?(?:ค่า)?(?:รถ|ตั๋ว|เดินทาง|กลับ)"]))
_TAKERS = r"แก๊ง|โจร|คนร้าย|มิจฉาชีพ|นายหน้า"  # who takes a card ("บัตรโดนแก๊งยึดไป")
# another paper than the ID card, had instead of it ("มีแต่ใบขับขี่", "เหลือแค่พาสปอร์ต")
OTHER_PAPER = (r"(?:ใบขับขี่|ใบขับขี|ใบอนุญาตขับขี่|พาสปอร์ต|หนังสือเดินทาง|ใบเกิด|สูติบัตร|ทะเบียนบ้าน"
               r"|บัตร(?:สวัสดิการ|คนจน|นักศึกษา|นักเรียน|พนักงาน|ประกันสังคม|atm|เอทีเอ็ม|เครดิต))")
ID_CARD = _rules(  # the writer's own card only
    _self([HAVE + r"(?:แต่|แค่)?" + ID + NOT_OTHER_CARD,
     ID + NOT_OTHER_CARD + r"(?:ก็)?(?:ยัง)?อยู่(?:กับ(?:ตัว|ผม|ฉัน|หนู|ดิฉัน)|ครบ|ในกระเป๋า)",
     ID + NOT_OTHER_CARD + r"(?:ก็)?(?:เอา|พก|ถือ|ติด)(?:ติดตัว)?มา(?:ด้วย)?",
     r"ถือ" + ID + NOT_OTHER_CARD,
     # "บัตรปชชพ่อมีค่ะ", "บัตรประชาชนยังอยู่ค่ะ": the card first, then that it is there
     ID + NOT_OTHER_CARD + r"(?:ของ)?(?:ผม|ฉัน|หนู|พ่อ|แม่|เขา|เค้า|ยาย|ตา|ลูก|แฟน)?(?:ก็)?"
     r"(?:ยัง)?(?:มี|อยู่)(?:อยู่|ครบ)?(?:แล้ว)?(?=ค่ะ|ค่า|คะ|ครับ|คับ|นะ|จ้า|จ้ะ|จ๊ะ|หนิ|เจ้า|เด้อ|เน้อ|$"
     r"|ไม่มี(?!บัตร)|ส่วน|ตอนนี้|อยาก|จะ|และ)",  # "บัตรประชาชนก็มี ไม่มีเงินกลับบ้าน"
     r"(?:ถือ|พก|เอา)" + ID + NOT_OTHER_CARD + r"(?:มา|ติดตัว)"]),
    _self([r"(?:ไม่|บ่|ยังไม่)(?:เคย)?(?:ได้)?ทำ" + ID + r"(?!หาย)", NOT_HAVE + r"เอกสาร",
     r"(?:" + NOT_HAVE + r"|(?:ไม่|บ่)เคยมี)" + ID + NOT_OTHER_CARD,
     ID + NOT_OTHER_CARD + r"(?:มี|แต่|แล้ว|ก็|ผม|ฉัน|หนู|เขา|มัน|ยัง){0,3}"
     r"(?:หาย|(?:ถูก|โดน)?(?:ตำรวจ|นายจ้าง"
     r"|เจ้านาย|แฟน|ผัว|สามี|เขา|" + _TAKERS + r")?(?:ขโมย|ยึด)"
     r"|อยู่(?:ที่|กับ)?(?:บ้าน|เรือนจำ|คุก|นายจ้าง|โรงพัก))",
     r"(?:ตำรวจ|นายจ้าง|เจ้านาย|แฟน|ผัว|สามี|" + _TAKERS + r")(?:เขา|เค้า)?"
     r"(?:ยึด|ขโมย|เก็บ)(?:เอา)?(?:ไป)?" + ID,
     r"(?:ไม่ได้|ลืม)(?:เอา|พก)?" + ID + NOT_OTHER_CARD,
     r"(?:มี|เหลือ)(?:แต่|แค่|เพียง)" + OTHER_PAPER + r"(?!หาย)"]))
# "ขาดอายุ" (lapsed) is expired, not torn ("บัตรขาด")
ID_EXPIRED = re.compile(ID + NOT_OTHER_CARD + r"(?:แต่|มัน|ก็|ของ(?:ผม|ฉัน|หนู)){0,2}(?:หมดอายุ|เกินอายุ"
                        r"|ขาดอายุ|เก่า)|(?:^|มี|แต่)(?:มัน|ก็)?(?:หมด|ขาด)อายุ")
ID_DAMAGED = re.compile(ID + NOT_OTHER_CARD + r"(?:แต่|มัน|ก็|เปียก(?:น้ำ)?){0,2}(?:ชำรุด|ขาด(?!อายุ)|หัก"
                        r"|พัง|เสีย|ลบเลือน|เลือน|ซีด|อ่านไม่ออก|แตก)|(?:^|แต่)(?:มัน|ก็)?(?:ชำรุด|หัก|พัง)")
NATIONALITY_LETTER = _rules(
    [HAVE + LETTER, r"!ได้" + LETTER],
    [NOT_HAVE + LETTER, LETTER + r"(?:ก็)?(?:ไม่มี|หาย)",
     # "ไม่มีหนังสืออะไรเลย": no paper of any kind (not a passport, not books)
     NOT_HAVE + r"หนังสือ(?!เดินทาง|อ่าน|เรียน)(?:อะไร|ใดๆ|สักฉบับ|สักใบ|สักอย่าง)?"
     r"(?:เลย|ทั้งนั้น|ทั้งสิ้น)"])
THAI = _rules(
    [r"!@(?:คน|สัญชาติ|ชาว)ไทย(?!ใหญ่|ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่|ตกทุกข์|ใช่ไหม)"],
    [r"@(?:ไม่ใช่|ไม่ได้เป็น)(?:คน|ชาว)?(?:ไทย|สัญชาติไทย)", "@" + NOT_HAVE + r"สัญชาติ",
     r"!@ไร้สัญชาติ|ไร้รัฐ|ต่างด้าว|ต่างชาติ|บัตร(?:สี)?ชมพู",
     r"!@(?:คน|ชาว|สัญชาติ|เป็น|แรงงาน|พาสปอร์ต)(?:พม่า|เมียนมา|ลาว|กัมพูชา|เขมร|เวียดนาม|จีน"
     r"|มอญ|ไทใหญ่|ไทยใหญ่)"])  # ไทยใหญ่ (Shan, from Myanmar) is a common spelling of ไทใหญ่
URGENT = _rules(
    [r"(?:คืนนี้|วันนี้|ตอนนี้|เย็นนี้)(?:(?!แต่).){0,12}?(?:(?:ไม่|บ่)มี(?:ที่|บ่อน)|ไม่รู้จะ(?:นอน|ไป)"
     r"|ต้องนอน" + _WITH + r"(?:ข้าง|ริม)?(?:ถนน|ทาง))",
     r"(?:(?:ไม่|บ่)มี(?:ที่|บ่อน)(?:นอน|พัก|ไป|อยู่)|" + SLEEP_OUT + r")(?:(?!แต่).){0,8}?(?:คืนนี้|วันนี้)",
     r"ไม่รู้จะ(?:ไป)?(?:นอน|พัก|ซุกหัวนอน)(?:ที่)?ไหน",
     r"!อันตราย|ฉุกเฉิน|ป่วยหนัก|เจ็บหนัก|อาการหนัก|เลือดออก(?<!ไข้เลือดออก)|หมดสติ|อยากตาย"
     r"|ฆ่าตัวตาย|ใกล้ตาย|ไม่ไหวแล้ว|ไม่ปลอดภัย|ด่วน(?<!รถด่วน)(?<!ขบวนด่วน)(?<!ทางด่วน)"
     r"(?!ไหม|มั้ย|มั๊ย|หรือ|รึ|ป่าว|เปล่า)",  # "ไม่แน่ใจว่าด่วนไหม" asks, it does not say
     r"(?:ถูก|โดน)(?:ผัว|สามี|แฟน|เขา|นายจ้าง|คน)?(?:ทำร้าย|ทุบตี|ตี|ทุบ|ข่มขู่|ขู่|ข่มขืน"
     r"|ล่วงละเมิด|กักขัง|ขัง|ไล่ฆ่า|ซ้อม)",
     r"ไม่ได้กิน(?:ข้าว|อะไร)?(?:มา)?(?:หลาย|\d+|สอง|สาม|สี่|ห้า)วัน",
     r"หนี(?:ออกมา|ผัว|สามี|ออกจากบ้าน)"],
    [r"(?:ไม่|บ่)(?:ได้|ค่อย)?(?:รีบ|ด่วน|เร่งด่วน|ฉุกเฉิน)"])  # "บ่ด่วน": Isan and northern

# Every top-level branch starts with a literal: it keeps the regex engine's fast scan.
NEEDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (need, _compile(pattern)) for need, pattern in CARE_PATTERNS)
_RECOVERING = re.compile(RECOVERING)
_CANNOT_ALONE_ENDS = re.compile(CANNOT_ALONE_ENDS)  # marked "|": no word follows it



def _matches(pattern: re.Pattern[str], text: str,
             gaps: frozenset[int] = frozenset()) -> Iterator[re.Match[str]]:
    """Matches of `pattern` in the text without spaces; `gaps` are where spaces were: a
    negation or another person before a space belongs to the words before it ("เงินหาย
    นอนข้างถนน" sleeps on the street)."""
    guarded, about_self = pattern in _GUARDED, pattern in _ABOUT_SELF
    for m in pattern.finditer(text):
        if guarded and _before(_NEGATED_BEFORE, text, m.start(), 10, gaps):
            continue
        if about_self and _before(_OTHER_BEFORE, text, m.start(), 16, gaps):
            continue
        yield m


def _before(cue: re.Pattern[str], text: str, at: int, width: int,
            gaps: frozenset[int]) -> bool:
    found = cue.search(text, max(0, at - width), at)
    return found is not None and not any(found.start() < g <= at for g in gaps)


def _on_words(m: re.Match[str], spans: tuple[tuple[int, int], ...]) -> bool:
    """A match that starts a word, or ends the word it starts in ("คนป่วย"); never one
    inside a longer word ("ยา" in "อยาก")."""
    for start, end in spans:
        if start <= m.start() < end:
            return start == m.start() or end <= m.end()
    return True


def _decide(rules: Rules, text: str, gaps: frozenset[int]) -> bool | None:
    best = (-1, 0)
    value: bool | None = None
    for pattern, says in rules:
        for m in _matches(pattern, text, gaps):
            key = (m.end(), m.end() - m.start())
            if key > best:
                best, value = key, says
    return value


def _staying(compact: str, gaps: frozenset[int], spans: tuple[tuple[int, int], ...]) -> set[str]:
    """The care needs said only of a relative who stays ("แม่ป่วยอยู่ที่บ้าน")."""
    staying: set[str] = set()
    kept: set[str] = set()
    for need, pattern in NEEDS:
        for m in _matches(pattern, compact, gaps):
            if not _on_words(m, spans):
                continue
            stays = _STAYS.match(compact, m.end()) or _STAYS.match(compact, m.end() - 4)
            kin = _KIN.search(compact, max(0, m.start() - 8), m.end())
            (staying if stays and kin else kept).add(need)
    return staying - kept


def extract_facts(text: str) -> Facts:
    """Everything one message says about the screening questions; None = not said."""
    cleaned = _CANNOT_ALONE_ENDS.sub(r"\1| ", negations_fixed(clean_text(text)))
    compact = cleaned.replace(" ", "")
    gaps = frozenset(i - n for n, i in enumerate(at for at, ch in enumerate(cleaned)
                                                  if ch == " "))
    current, home, bare = here_and_home_in(cleaned, compact)
    travellers, needs = people_and_ages(compact)
    spans = word_spans(cleaned)
    needs |= {need for need, pattern in NEEDS
              if any(_on_words(m, spans) and not _before(_NOBODY, compact, m.start(), 14, gaps)
                     and not (_before(_PAST, compact, m.start(), 14, gaps)
                              and _HEALED.search(compact, m.end()))
                     for m in _matches(pattern, compact, gaps))}
    nobody = not needs and any(
        _on_words(m, spans) and _before(_NOBODY, compact, m.start(), 14, gaps)
        for _, pattern in NEEDS for m in pattern.finditer(compact))
    if travellers == 1:  # alone: the needs of those who stay are not the group's
        needs -= _staying(compact, gaps, spans)
    if WALKING in needs:  # on crutches after surgery: sick for now; else disabled
        needs = (needs - {WALKING}) | {"sick" if _RECOVERING.search(compact) else "disabled"}
    return Facts(
        no_shelter=_decide(SHELTER, compact, gaps),
        no_food=_decide(FOOD, compact, gaps),
        no_fare=_decide(FARE_RULES, compact, gaps),
        has_id_card=_decide(ID_CARD, compact, gaps),
        has_nationality_letter=_decide(NATIONALITY_LETTER, compact, gaps),
        thai_national=_decide(THAI, compact, gaps),
        current_province=current,
        home_province=home,
        travellers=travellers,
        special_needs=frozenset(needs),
        urgent=_decide(URGENT, compact, gaps),
        id_card_state=("expired" if ID_EXPIRED.search(compact)
                       else "damaged" if ID_DAMAGED.search(compact) else None),
        bare_provinces=bare,
        nobody_needs_care=nobody or None,
    )
