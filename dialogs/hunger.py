"""Hunger now, as the answer to "is it urgent?" (dialogs.urgency) and a story
(dialogs.understand) read it: no food said, today or with its day named, and what makes it
no hunger for want of food (a wait granted, money to buy, fed since, a later day, a fast or
a busy day)."""

from __future__ import annotations

import re

from dialogs.parse import facts_of

__all__ = ["CAN_WAIT", "FED", "HUNGRY", "LATER_HUNGER", "hungry_today"]

# hunger now, said as the answer ("ข้าวยังไม่ได้กินเลยครับ", "วันนี้ยังไม่ได้กินข้าวเลยคะ ลูกหิว",
# dev97), never a lost job or income alone ("ตกงานค่ะ"), nor a place that holds (read before)
# (the meal or the day may come between the food and the verb, or name the food itself:
# "ข้าวมื้อนี้ยังบ่ได้กินเลย", "ข้าววันนี้ไม่มีกินแล้ว", "มื้อเช้าก็บ่ได้กิน", dev105)
MEAL = r"(?:วันนี้|มื้อนี้|มื้อ(?:เช้า|เที่ยง|กลางวัน|เย็น)(?:นี้)?)"
_MEAL_UNEATEN = MEAL + r"(?:ก็)?(?:ยัง)?(?:ไม่|บ่)(?:ได้|มี)(?:จะ)?กิน(?!ยา)"
# ...said without the food: one meal not eaten is hunger with "ก็" or "เลย" (review rev2: never
# "มื้อเช้าไม่ได้กินค่ะ เพิ่งตื่น", "มื้อเที่ยงยังไม่ได้กิน รอกินพร้อมลูก")
_BARE_UNEATEN = (r"(?:วันนี้|มื้อนี้)(?:ก็)?(?:ยัง)?(?:ไม่|บ่)(?:ได้|มี)(?:จะ)?กิน(?!ยา)|" + MEAL
                 + r"(?:(?:ก็)?(?:ยัง)?(?:ไม่|บ่)มี(?:จะ)?กิน|ก็(?:ยัง)?(?:ไม่|บ่)ได้กิน(?!ยา)"
                 r"|(?:ยัง)?(?:ไม่|บ่)ได้กิน(?=เลย))")
HUNGRY = re.compile(r"(?:ไม่|บ่)มี(?:ข้าว|อาหาร|อะไร|ของ)(?:จะ)?กิน|(?:ไม่|บ่)ได้กิน(?:ข้าว|อะไร|อาหาร)"
                    r"|(?:ข้าว|อาหาร)(?:ก็|สัก(?:มื้อ|คำ))?(?:ยัง)?(?:ไม่|บ่)ได้กิน|(?<!ไม่)(?<!บ่)หิว(?!น้ำ)"
                    r"|(?:ข้าว|อาหาร)" + _MEAL_UNEATEN
                    + r"|(?:ข้าว|อาหาร)(?:ก็)?(?:ยัง)?(?:ไม่|บ่)มี(?:จะ)?กิน"
                    r"|(?<!ไม่)(?<!ไม่ได้)อด(?:ข้าว|อาหาร|มื้อ)")
# ...but not with a wait granted or food within reach ("พรุ่งนี้ก็ได้ค่ะ ยังไม่ได้กินข้าว",
# "ยังไม่ได้กินข้าวเช้า แต่มีเงินซื้อ", "...เพราะอิ่มจากกลางวัน": review rev1)
CAN_WAIT = re.compile(r"(?:พรุ่งนี้|วันหลัง|อาทิตย์หน้า|เดือนหน้า|วันไหน)(?:ก็)?ได้|รอได้|ไม่รีบ"
                      r"|มีเงินซื้อ|(?:ซื้อ|หา)(?:ข้าว|อะไร)?กิน(?:เอง)?ได้|อิ่ม")
# fed since ("ค่ะ เมื่อวานไม่มีข้าวกิน วันนี้เพื่อนให้ข้าวแล้ว"), never "ไม่มีข้าวกินแล้ว"
FED = re.compile(r"(?<!ไม่)(?<!บ่)(?:ได้|ให้|มี)(?:ข้าว|อาหาร)(?:กิน)?แล้ว"
                 # ("วันนี้ไม่ได้กินข้าวเช้า แต่กินข้าวเที่ยงแล้ว", review rev3)
                 r"|(?<!ไม่)(?<!บ่)(?<!ไม่ได้)(?<!บ่ได้)กิน(?:ข้าว|อาหาร)(?:เช้า|เที่ยง|กลางวัน|เย็น)แล้ว")
# no food today said with its day ("วันนี้ยังไม่ได้กินอะไรเลย", "ข้าวยังไม่ได้กินทั้งวัน", "ไม่มีข้าว
# กินตั้งแต่เมื่อวาน", Isan "มื้อนี้บ่มีข้าวกิน"): urgent even with a place tonight (never a
# bare "แต่ข้าวไม่มีกิน" at a temple, dev49: a want, no day said; nor yesterday's alone)
_DAY = (r"(?:วันนี้|มื้อนี้|ทั้งวัน|ตั้งแต่(?:เมื่อ)?(?:วาน|เช้า|คืน|เมื่อวาน)"
        r"|(?:มา|ได้)?(?:[\d๐-๙]+|สอง|สาม|สี่|หลาย)(?:วัน|มื้อ)(?!หน้า))")
_HUNGER_DAY = re.compile(r"(?<!พรุ่ง)" + _DAY + r"(?:(?!แต่|พรุ่งนี้).){0,12}?(?:" + HUNGRY.pattern + r")"
                         r"|(?:" + HUNGRY.pattern + r")(?:(?!แต่|พรุ่งนี้).){0,8}?" + _DAY
                         # the day or the meal said inside it ("ข้าววันนี้ไม่มีกินแล้ว")
                         + r"|(?<!พรุ่ง)(?<!พรุ่งนี้)(?:" + _BARE_UNEATEN + ")")
# hunger of a later day ("พรุ่งนี้คงไม่มีข้าวกิน"): not now (review rev1)
LATER_HUNGER = re.compile(r"(?:พรุ่งนี้|มะรืน|วันหลัง|อาทิตย์หน้า|สัปดาห์หน้า|เดือนหน้า)"
                          r"(?:(?!วันนี้|มื้อนี้|ตอนนี้|แต่).){0,10}?(?:" + HUNGRY.pattern + ")")
_YESTERDAY_ONLY = re.compile(r"(?<!ตั้งแต่)เมื่อวาน(?:(?!วันนี้|มื้อนี้).)*$")


def hungry_today(text: str) -> bool:
    """No food today said, its day named, not since fed, nor with a wait granted or
    money to buy (review rev1)."""
    compact = text.replace(" ", "")
    said = _HUNGER_DAY.search(compact)
    if said is None or _YESTERDAY_ONLY.search(compact[:said.start() + 1]):
        return False
    return facts_of(text).no_food is True and not FED.search(compact) and not (
        CAN_WAIT.search(compact)) and not LATER_HUNGER.search(compact) and not (
        _NOT_WANT.search(compact))


# not eaten by choice or for want of time ("ช่วงนี้ถือศีลอด วันนี้ยังไม่ได้กินข้าว", "...เพราะ
# ยุ่งทั้งวัน", review rev3): no hunger for want of food
_NOT_WANT = re.compile(r"ถือศีลอด|ถือบวช|ปอซอ|รอมฎอน|ไม่หิว|ยุ่ง|ไม่ว่าง|ไม่มีเวลา")
