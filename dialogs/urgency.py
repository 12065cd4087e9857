"""How urgency is read: from the answer to "is it urgent?", and from an answer to the
travellers question that asks it too ("2 คน ไม่ด่วน", "1 ไม่", a button)."""

from __future__ import annotations

import re

from dialogs.cannot_then import CANNOT_THEN
from dialogs.hunger import CAN_WAIT, FED, HUNGRY, LATER_HUNGER, hungry_today
from dialogs.parse import facts_of, parse_yes_no
from dialogs.parse_numbers import CAN_IT, negations_fixed
from dialogs.shelter_words import ROOF
from dialogs.stay_words import stay_words_end

# (or what it means: "ด่วนยังไงคะ? ยังมีห้องเช่าอยู่ค่ะ", dev77: read as urgent); never an
# "anyway", an explanation or "not at all" ("ด่วน ยังไงก็ช่วยด้วยนะคะ", "รีบคือต้องออกจากห้อง
# พรุ่งนี้ครับ", "ไม่ด่วนหรอกค่ะ": review 1)
_UNSURE = re.compile(r"(?:ด่วน|รีบ)(?:ไหม|มั้ย|มั๊ย|หรือ|รึ|ป่าว|เปล่า|(?:ยังไง|ยังงัย|อย่างไร)(?!ก็)|แบบไหน"
                     r"|คือ(?:อะไร|ไร|ยังไง|ไง)|หมายถึง|แค่ไหน|ขนาดไหน|เหรอ|หรอ(?!ก(?!็)))|ไม่แน่ใจ|ไม่รู้")
# "ดวน", "ด่วนน": urgency typed without its tone mark or with a key held down
_TYPO_URGENT = re.compile(r"(?<![ก-ฮ])ดวน(?=$|ๆ|มาก|เลย|ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|นะ)|ด่วนน+")

# "ม่าย", "หม่าย": a "no" said playfully or in the south, before urgency ("ม่ายด่วนครับ");
# never the widow ("แม่ม่าย")
_PLAYFUL_NO = re.compile(r"(?<!แม่)ห?ม่าย(?=(?:ค่อย|ได้)?(?:ด่วน|รีบ|เร่ง))")


# "not urgent", "urgent" typed in English ("อยู่หอได้ค่ะ not urgent")
_NOT_URGENT_EN = re.compile(r"(?:\b(?:not|no|non)|ไม่|บ่)[ -]?(?:(?:so|very|that|really) )?"
                            r"(?:urgent|emergency|hurry)\b", re.IGNORECASE)
_URGENT_EN = re.compile(r"\b(?:urgent|emergency)\b", re.IGNORECASE)


# "ไม่ถึงกับด่วน", "ยังไม่ถึงขั้นรีบ", "ไม่ต้องรีบ": not urgent, said with a softener
_NOT_QUITE = re.compile(r"(?:ไม่|บ่)(?:ถึง(?:กับ|ขั้น|ขนาด)(?:ว่า|จะ|ต้อง)?|ต้อง)(?:ด่วน|รีบ|เร่ง)")
# no hurry in the north and Isan: "บ่ฟั่งเจ้า", "บ่ต้องฟ้าว"
_NO_HURRY = re.compile(r"(?:ไม่|บ่)(?:ต้อง)?(?:ฟั่ง|ฟ้าว)")

# a place that ends before tomorrow is over: "หลวงพี่ให้นอนได้แค่คืนนี้", "ห้องหมดสัญญา
# พรุ่งนี้เช้า", "พรุ่งนี้ต้องออก", scrambled "พรุ่งนี้เช้า ออก ต้อง"; never "ไม่ได้ต้องออก
# พรุ่งนี้", "พรุ่งนี้ไม่ต้องออก", nor leaving work or a hospital ("ให้ออกจากงานวันนี้")
_SOON = r"(?:พรุ่งนี้|วันนี้|คืนนี้|เย็นนี้)(?:ตอน)?(?:เช้า|เย็น|บ่าย|ค่ำ)?"
_LEAVE = (r"(?<!ไม่)(?<!บ่)(?<!ไม่ได้)(?:ต้อง(?:ย้าย)?ออก|(?:ไล่|ให้)(?:ย้าย)?ออก|ย้ายออก|ออกต้อง"
          r"|หมดสัญญา(?!จ้าง|งาน))(?!เดินทาง|จากงาน|งาน|จากโรงพยาบาล|จากรพ|กะ|เวร|แต่เช้า|ไป(?!จาก))")
# tonight's place said to hold ("พรุ่งนี้ต้องออกจากห้องค่ะ คืนนี้ยังนอนได้"): left to the rest
_TONIGHT_KEPT = re.compile(r"(?:คืนนี้|วันนี้)(?:ก็)?ยัง(?:พอ)?(?:นอน|อยู่|พัก|มีที่นอน|มีที่พัก|มีห้อง)")
_LEAVING_SOON = re.compile(r"(?:นอน|พัก|อยู่|ค้าง)ได้(?:แค่|เพียง)(?:คืนนี้|วันนี้|เย็นนี้|คืนเดียว)"
                           r"|" + _SOON + r"(?:(?!ไม่|บ่|แต่).){0,6}?" + _LEAVE
                           + r"|" + _LEAVE + r"(?:(?!ไม่|บ่|แต่|(?:เดือน|อาทิตย์|สัปดาห์|ปี)หน้า).){0,12}?"
                           + _SOON)


def _urgency_words(text: str) -> bool | None:
    """The urgency said in words; `text` has its negations spelled out (negations_fixed,
    by both callers: "หม้ายด่วน", "บ่ได้ด่วน" are not urgent)."""
    if _NOT_URGENT_EN.search(text):
        return False
    if _URGENT_EN.search(text):
        return True
    text = CANNOT_THEN.sub("|", CAN_IT.sub("ได้ไหม", text))  # "ไปได้บ่ ด่วน", "กลับบ่ได้ ด่วน"
    compact = _TYPO_URGENT.sub("ด่วน", text.replace(" ", ""))
    compact = _PLAYFUL_NO.sub("ไม่", compact)  # "ม่ายด่วนครับ": not urgent
    if _UNSURE.search(compact):  # "ไม่แน่ใจว่าด่วนไหม": the words say neither
        return facts_of(text).urgent or None  # "ไม่รู้จะนอนที่ไหน" still is
    if any(w in compact for w in ("ไม่ด่วน", "บ่ด่วน", "ไม่รีบ", "บ่รีบ", "รอได้", "ไม่ค่อยด่วน",
                                  "ไม่ค่อยรีบ", "ไม่ได้ด่วน", "ไม่ได้รีบ", "ไม่เร่ง", "บ่เร่ง")) or (
            _NOT_QUITE.search(compact) or _NO_HURRY.search(compact)):
        return False
    if "ด่วน" in compact or "รีบ" in compact or _SAME_DAY.search(compact) or (
            _LEAVING_SOON.search(compact) and not _TONIGHT_KEPT.search(compact)):
        return True
    urgent = facts_of(text).urgent  # a room kept ("ยังอยู่ห้องได้ถึงสิ้นเดือน"), but no food
    return True if urgent is False and hungry_today(text) else urgent  # today: urgent


# asked for that very day ("ออกพรุ่งนี้เช้าค่ะ อยากให้เดินทางได้ในวันนั้นเลย", "อยากกลับ
# วันนี้เลย"): help within a day, urgent; never "ไม่ต้องวันนี้ก็ได้", "วันไหนก็ได้"
_SAME_DAY = re.compile(r"(?:อยาก|ขอ|ต้อง)(?:ให้)?(?:เขา|เค้า)?(?:เดินทาง|กลับ|ไป)(?:บ้าน)?(?:ได้)?"
                       r"(?:ใน|ภายใน)?(?:วันนี้|วันนั้น|คืนนี้|พรุ่งนี้)(?:เลย|ทันที)")


# a room or a camp kept until a later day ("ยังอยู่ห้องพนักงานได้ถึงวันอาทิตย์", "แคมป์ให้อยู่ได้
# ถึงอาทิตย์หน้า", "ยังมีห้องเช่าถึงสิ้นเดือน"): a place tonight; never one that ends today
# ("ห้องหมดถึงคืนนี้"), nor one lost ("ไม่มีห้อง", "โดนไล่ออกจากห้อง")
_LATER_DAY = (r"(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัส(?:บดี)?|ศุกร์|เสาร์|อาทิตย์)(?:หน้า)?|สัปดาห์หน้า"
              r"|สิ้นเดือน|ปลายเดือน|ต้นเดือน(?:หน้า)?|เดือนหน้า|พรุ่งนี้|วันที่\d+"
              r"|(?:\d+|สอง|สาม|สี่|ห้า|หลาย|สองสาม)(?:วัน|คืน|อาทิตย์|สัปดาห์)")
# (paid for, or left, some nights more: "ห้องพักจ่ายไว้แล้วอีก 2 คืน", "ห้องเหลืออีกสามคืน", dev98;
# never a debt, "ห้องค้างค่าเช่าอีก 2 เดือน", nor an end, "ห้องหมดอีก 2 วัน")
_UNTIL_LATER = (r"(?<!ไม่มี)(?<!บ่มี)(?<!ออกจาก)(?:ห้อง|หอ|แคมป์|แคมป|ที่พัก|ที่นอน|เพิง)"
                r"(?:(?!ไม่|บ่|แต่|หมด|ออก|ไล่|ค้าง).){0,16}?(?:ถึง|จนถึง|ได้อีก"
                r"|(?:จ่าย(?:ค่าห้อง|ค่าเช่า|เงิน)?(?:ไว้|แล้ว)+|เหลือ)อีก|(?:จ่าย(?:ค่าห้อง|ค่าเช่า|เงิน)?"
                r"(?:ไว้)?(?:แล้ว)?|เหลือ)ถึง)(?:" + _LATER_DAY + r")"
                r"(?!.*แต่)")


# a "but" of the place, not of food or money ("...หลวงพี่ให้นอนกุฏิร้าง แต่ข้าวไม่มีกิน": the
# place holds, dev49)
# (nor the rent owed on a room still had: "ยังมีห้องเช่าอยู่เจ้า แต่ค่าห้องค้าง", dev95)
# (nor the fare, which everyone asking lacks: "นอนห้องหนูได้ค่ะ แต่ค่ารถหนูไม่มีให้", dev100)
_BUT = (r"แต่(?!(?:ว่า)?(?:ก็)?(?:ข้าว|อาหาร|กับข้าว|เงิน|ตังค์|ตัง|สตางค์|งาน|ค่า(?:รถ|ตั๋ว|เดินทาง|โดยสาร)"
        r"|ไม่มี(?:ข้าว|อาหาร|อะไรกิน|เงิน|ตัง|งาน|ค่า(?:รถ|ตั๋ว|เดินทาง|โดยสาร))"
        r"|(?:ค่า(?:ห้อง|เช่า|หอ)(?:เช่า)?|ห้อง|หอ)(?:ก็|กะ)?(?:ยัง)?(?:ค้าง|(?:ไม่|บ่)(?:ได้)?จ่าย)"
        r"|ค่า(?:ห้อง|เช่า|หอ)(?:ยัง)?ติด))")
# the place ended after all, after a "but" of money ("ยังพักที่ห้องได้ แต่ตังค์ไม่มี เจ้าของหอ
# ไล่แล้ว"): no place kept (never "ยังไม่ไล่")
_ENDED = (r"(?<!ไม่)(?<!บ่)ไล่|ให้ออก|ต้อง(?:ย้าย)?ออก|ย้ายออก|ล็อค|ล็อก|ล๊อค|ล๊อก"
          r"|ไม่ให้(?:อยู่|นอน|พัก)|ให้ไปหาที่|(?:ไม่|บ่)พอ(?:จ่าย)?ค่า(?:ห้อง|เช่า|หอ)")
# a place to sleep that can still be used, or coping for now ("ยังพอไหว")
_CAN_STAY = re.compile(r"(?:นอน|พัก|ค้าง|อาศัย)(?:อยู่)?(?:(?!ไม่).){0,12}?(?<!ไม่)ได้(?!ไม่|ยิน)(?!.*(?:"
                       + _BUT + "|แต่.*(?:" + _ENDED + ")))"  # ("...แต่ข้าวสารใกล้หมด", dev62)
                       r"|(?:ยัง(?:พอ)?|^พอ)(?:ไหว|อยู่ได้|รอได้)(?!แล้ว)"
                       # "ยังอยู่ห้องได้ถึงพรุ่งนี้": the room still is theirs tonight
                       # "ยังอยู่หอโรงงานได้ถึงสิ้นเดือน", "ยังอยู่แคมป์คนงานได้อีกสองสามวัน"
                       r"|ยัง(?:พอ)?(?:อยู่|นอน|พัก)(?:ที่)?(?:ห้อง|หอ|แคมป์|แคมป|เพิง)(?:เช่า|พัก"
                       r"|โรงงาน|คนงาน|บริษัท)?ได้(?!ไม่)"
                       r"(?!ถึง(?:วันนี้|เที่ยง|เย็นนี้))(?!.*แต่)"
                       # "ยังมีห้องค่ะ", "ยังมีห้องเช่าอยู่": the room still theirs
                       r"|ยัง(?:พอ)?มี(?:ห้อง|หอ|ที่พัก|ที่นอน)(?:เช่า|พัก|นอน)?(?:อยู่)?"
                       r"(?!ให้|ไหม|มั้ย|ว่าง|ไหน)(?!.*(?:" + _BUT + r"|ต้องออก|ไล่|ให้ออก"
                       r"|แค่(?:คืน|วัน)นี้))"
                       # staying at the writer's own home for now ("ตอนนี้ยายพักที่บ้านผม
                       # ก่อนได้ครับ", dev95); never a wish, one refused, or before ("ก่อนหน้านี้")
                       # (nor a question, "...ก่อนได้ไหม", nor a wish, a plan or the past:
                       # _WISHED, review rev3)
                       r"|(?<!อยาก)(?<!อยากให้)(?:พัก|นอน|อยู่|ค้าง|อาศัย)(?:อยู่)?(?:ที่)?บ้าน(?:ของ)?"
                       r"(?:ผม|ฉัน|หนู|ดิฉัน|เรา|อาตมา|กระผม|ข้อย)(?:(?:ไป)?ก่อน(?!หน้า|จะ|ที่|เข้า|ไป)"
                       r"|ชั่วคราว)(?:ได้)?(?!ไม่|บ่)(?!.*(?:" + _BUT + r"|ต้องออก|ไล่|ให้ออก|คืนเดียว"
                       r"|ไหม|มั้ย|มั๊ย))"
                       r"|" + _UNTIL_LATER
                       # let stay until a later day ("ร้าน ให้ นอน ถึง วันพุธ", dev53)
                       + r"|(?<!ไม่)(?<!บ่)ให้(?:นอน|พัก|อยู่)(?:ถึง|จนถึง)(?:" + _LATER_DAY + r")(?!.*แต่)")


# the end of a place this very day: a "but" naming it is no later end
_TODAY = r"คืนนี้|เย็นนี้|ค่ำนี้|วันนี้"




# a place for now, though no home ("พอมีที่ซุกหัวนอนที่วัดอยู่", "นอนวัดไปก่อน", "พักที่
# มูลนิธิได้"): not urgent; never "ไม่มีที่นอน", nor a bus station or a street (dialogs.facts)
_PLACE_FOR_NOW = re.compile(
    r"(?:พอ|ยัง)?(?<!ไม่)(?<!บ่)(?<!ไม่ค่อย)มีที่(?:ซุกหัว)?(?:นอน|พัก|อยู่)(?!ไม่|แล้ว|ถึง)"
    r"|" + ROOF + r"(?:ไปก่อน|ชั่วคราว|ได้(?!ไม่|แค่|ถึง)|อยู่(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)*$)"
    # ("พักที่มูลนิธิได้ค่ะ แต่คืนพรุ่งนี้ต้องออกแล้ว": asked)
    r"(?!.*(?:" + _BUT + r"|ต้องออก|ให้ออก|ไล่|แค่(?:คืน|เย็น|ค่ำ)นี้|คืนเดียว|ย้าย|ให้ไป|ถึง(?:"
    + _TODAY + r")|พรุ่งนี้))"
    # "ตอนนี้พักวัดอยู่ค่ะ หลวงพี่ให้อยู่ได้สองสามวัน": staying there now, then more said
    # (never a leaving, nor tonight's end: "พักวัดอยู่ค่ะ พรุ่งนี้ต้องออก")
    r"|" + ROOF + r"อยู่(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)+(?!.*(?:" + _BUT
    + r"|ต้องออก|ไล่|ให้ออก|ไม่ได้แล้ว"
    r"|ไม่ให้(?:อยู่|นอน)|" + _TODAY + r"|พรุ่งนี้|คืนเดียว|ไม่มีที่))")


_TAIL = r"(?:(?!แต่|" + _TODAY + r"|พรุ่งนี้).)*$"  # the rest, naming no end before tomorrow
# a "but" that only sets a later end to the place ("แต่เถ้าแก่บอกให้ออกภายในอาทิตย์นี้"),
# or says it will not last long ("แต่อยู่นานไม่ได้", "แต่อยู่ได้ไม่นาน"): the place still
# holds tonight (never "แต่คืนพรุ่งนี้ต้องออก": asked, nor "แต่คืนนี้")
_LATER_END = re.compile(r"แต่(?:(?!แต่|" + _TODAY + r"|พรุ่งนี้).)*?(?:ภายใน|ถึง|ก่อน)?"
                        r"(?:อาทิตย์นี้|สัปดาห์นี้|อาทิตย์หน้า|สัปดาห์หน้า|เดือนนี้|สิ้นเดือน|เดือนหน้า"
                        r"|อีก(?:\d+|สอง|สาม|สี่|ห้า|หลาย|สองสาม)(?:วัน|อาทิตย์))"
                        r"(?:(?!แต่|" + _TODAY + r").)*$"
                        r"|แต่(?:ก็)?(?:คง)?(?:อยู่|นอน|พัก)(?:(?:ได้)?(?:นาน|ยาว|ตลอด(?:ไป)?)(?:ๆ)?"
                        r"(?:ไม่|บ่)ได้|ได้(?:ไม่|บ่)นาน)" + _TAIL)


def _place_for_now(text: str) -> bool:
    return bool(_PLACE_FOR_NOW.search(_LATER_END.sub("", text.replace(" ", ""))))


# the writer's home wished, planned or once had ("อยากพาแม่มาอยู่บ้านผมก่อน", "จะไปรับยายมา
# พักที่บ้านผมก่อน", "ยายเคยพักที่บ้านผมก่อน", review rev3): no place tonight told
_WISHED = re.compile(r"(?:อยาก|จะ(?:ไป)?(?:รับ|พา)|เคย|ถ้า|หาก)(?:(?!แต่|ตอนนี้).){0,20}?บ้าน(?:ของ)?"
                     r"(?:ผม|ฉัน|หนู|ดิฉัน|เรา|อาตมา|กระผม|ข้อย)")


def _can_stay(text: str) -> bool:
    """A place to sleep still usable ("ยังพอนอนที่ร้านได้"), a "but" that only sets a
    later end to it set aside; the place named in more words too ("ยังนอนที่แคมป์ในสวน
    ได้ค่ะ", dev102: asked three times), nothing after it that ends it."""
    compact = _WISHED.sub("|", _LATER_END.sub("", text.replace(" ", "")))
    if _CAN_STAY.search(compact):
        return True
    rest = stay_words_end(compact.replace("|", " "))
    return rest is not None and not _PLACE_ENDED.search(rest)


# what ends a place said after it ("...แต่เจ้าของไล่แล้ว", "...แต่คืนนี้ต้องออก")
_PLACE_ENDED = re.compile(_BUT + "|แต่.*(?:" + _ENDED + ")|" + _ENDED)


def read_urgent(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    text = negations_fixed(text)  # "หม้ายมีที่นอนจ้ะ" (dev68): none, said in the south
    said = _urgency_words(text)
    if said is not None:
        return said
    facts = facts_of(text)
    if "sick" in facts.special_needs:  # "ป่วยอยู่": the question names it as urgent
        return True
    if hungry_today(text):  # "...นอนศาลาวัดได้ แต่ข้าวยังไม่ได้กินทั้งวัน": a place, no food
        return True
    if _place_for_now(text):  # "นอนวัดไปก่อน": a place tonight, though no home
        return False
    if facts.no_shelter is not None:  # "มีที่พักค่ะ" -> no; "นอนป้ายรถเมล์" -> yes
        return facts.no_shelter
    if _can_stay(text):  # "ยังพอนอนที่ร้านได้"
        return False
    if _ASSENT_FIRST.match(text) and facts.no_food and not FED.search(text.replace(" ", "")):
        return True  # (never the fare alone: everyone asking lacks it; review rev1)
    if facts.no_food and HUNGRY.search(text.replace(" ", "")) and not FED.search(
            text.replace(" ", "")) and not CAN_WAIT.search(text.replace(" ", "")) and not (
            LATER_HUNGER.search(text.replace(" ", ""))):
        return True  # "ข้าวยังไม่ได้กินเลยครับ" (dev97): hunger now is why it is urgent
    if _BENCH_AGAIN.search(text.replace(" ", "")):
        return True
    return parse_yes_no(text)


# a bare polite particle first, a yes to "is it urgent?", then no food said as its reason
_ASSENT_FIRST = re.compile(r"\s*(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เจ้า)\s")
# a bench slept on, and tonight again for want of anywhere else, a hospital's too ("นอนม้านั่ง
# โรงบาลครับ ... คืนนี้ก็ต้องนอนตรงนั้นอีก", dev90); never one by a bedside ("...เฝ้าแม่")
_BENCH_AGAIN = re.compile(r"(?:ม้านั่ง|ม้าหิน(?!อ่อน))(?!.*เฝ้า).*?คืนนี้(?:ก็)?(?:ยัง)?ต้องนอน"
                          r"(?:ที่|บน)?(?:ตรงนั้น|ที่นั่น|ม้านั่ง|ม้าหิน)?อีก"
                          r"|คืนนี้(?:ก็)?(?:ยัง)?ต้องนอน(?:ที่|บน)?(?:ม้านั่ง|ม้าหิน(?!อ่อน))(?!.*เฝ้า)")


def said_urgency(text: str, value: str | None = None, put_out_asks: bool = False) -> bool | None:
    """Urgency told in an answer to the travellers question ("2 คน ไม่ด่วน", a button
    "1 คน ด่วน"): only explicit words or shelter, never a bare yes/no. `put_out_asks`:
    put out with nowhere to sleep not said ("จะโดนไล่ออกจากห้องสิ้นเดือน") says nothing."""
    if value and value.startswith("n:") and value.count(":") == 2:
        return value.rsplit(":", 1)[1] == "yes"
    if value is not None:
        return None
    text = negations_fixed(text)  # "หม้ายมีที่นอนจ้ะ" (dev68): none, said in the south
    said = _urgency_words(text)
    if said is None and hungry_today(text):  # "คนเดียวครับ ที่นอนห้องเพื่อนพอได้ แต่วันนี้
        return True  # ไม่มีข้าวกินเลย" (dev101): hunger today, the place aside
    if said is None and _count_then_no(text):  # "1 ไม่", "2 คน ไม่ค่ะ มีลูก 2 ขวบ"
        return False
    if said is None and "sick" not in facts_of(text).special_needs and _place_for_now(text):
        return False  # "2 คน นอนวัดไปก่อน"
    if said is None and _WARD_TONIGHT.search(text.replace(" ", "")):
        return False  # "คนไข้คนเดียวค่ะ คืนนี้ยังนอนรพ.ได้ค่ะ ...เพิ่งหายจากปอดอักเสบ" (dev100)
    if said is None and facts_of(text).no_shelter is None and "sick" not in (
            facts_of(text).special_needs) and _can_stay(text):
        return False  # "ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน": a place to stay for now
    if said is None and _BENCH_AGAIN.search(text.replace(" ", "")):
        return True  # "...นอนม้านั่งโรงบาลครับ ... คืนนี้ก็ต้องนอนตรงนั้นอีก" with a group's care
    if said is None and put_out_asks and facts_of(text).roof_unknown:
        return None
    return said if said is not None else facts_of(text).no_shelter


# a hospital bed still had tonight ("คืนนี้ยังนอนรพ.ได้ค่ะ พรุ่งนี้บ่ายถึงจะออก"): the sick one
# is cared for tonight, not urgent (never one put out of it: "...แต่หมอให้ออกคืนนี้")
_WARD_TONIGHT = re.compile(r"(?:คืนนี้|ตอนนี้)(?:ก็)?ยัง(?:นอน|พัก|อยู่|แอดมิท)(?:ที่)?(?:โรงพยาบาล|โรงบาล|รพ)"
                           r"\.?(?:อยู่)?(?:ได้)?(?!ไม่|บ่)(?!.*(?:แต่|ให้ออก(?:คืนนี้|วันนี้)|ไม่มีที่"
                           # (nor worse: "...เฝ้าลูกอยู่ค่ะ ลูกอาการทรุด", review rev3)
                           r"|ทรุด|อาการหนัก|หนักมาก|วิกฤต|ผ่าตัด|ไอซียู|ICU|ห้องฉุกเฉิน))")


# a count, then a bare "no" as a word of its own: the second part of "how many, and is it
# urgent?" (never "ไม่มี", "ไม่ได้", "ไม่แน่ใจ": a "no" that goes on into a word); "1ไม่",
# "1 คน, ไม่", "1 ไม่ๆ", "1 ม่าย", "1 ไม่เป็นไร"
_COUNT_THEN_NO = re.compile(
    r"(?:\d+(?: ?คน)?(?:ค่ะ|คะ|ครับ|คับ|จ้า)? ?|(?:\d+|หนึ่ง|สอง|สาม|สี่|ห้า|คนเดียว|ไปคนเดียว)"
    r"(?: ?คน)?(?:ค่ะ|คะ|ครับ|คับ|จ้า)? )"
    r"(?:ไม่|บ่|ม่าย|หม่าย|หม้าย)(?:ๆ|เป็นไร|ค่ะ|คะ|ครับ|คับ|จ้า|เลย|นะ)*(?: (?P<rest>.+))?")


def _count_then_no(text: str) -> bool:
    """"1 ไม่", and then maybe who needs care ("2 ไม่ มีแม่อายุ 70", "3 คน ไม่ค่ะ มีลูก 2
    ขวบ"): what follows the no starts with "มี" or names a care need."""
    said = _COUNT_THEN_NO.fullmatch(" ".join(text.replace(",", " ").split()))
    if said is None:
        return False
    rest = said["rest"]
    return rest is None or rest.startswith("มี") or bool(facts_of(rest).special_needs)
