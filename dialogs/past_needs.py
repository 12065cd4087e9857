"""Needs told as over: an illness healed ("เคยเป็นมะเร็ง หายแล้ว", "เรื่องซึมเศร้าหายแล้วจริงๆ"),
an addiction quit ("เลิกยาได้แล้ว"), a lawsuit ended ("เรื่องคดีจบหมดแล้ว"), a prison term long
past ("เคยติดคุกนะครับ แต่นานแล้ว ออกมาแปดปีแล้ว"). Read as current, each became a false
sensitive need: its consent asked for nothing, and a yes recorded it. Still cared for, it stays
("หายแล้วแต่ยังต้องกินยา", "ยังไม่หาย"); so does a release just had ("เพิ่งพ้นโทษ").

`over_words` gives the indexes of the words said as over.
"""

from __future__ import annotations

import re

__all__ = ["ALLOWANCE_HAD", "CURES", "HAD", "PRISON", "over_stretches", "over_words"]

# the healing said at the start of its clause, after a word that leads it ("แต่ตอนนี้
# หายแล้ว", "หมอบอกหายแล้ว", "รักษาหายแล้ว") or right after the illness ("วัณโรคหายแล้ว");
# never of a thing lost ("บัตรประชาชนหายแล้ว", "กระเป๋าสตางค์หายแล้ว", "ยาหายหมดแล้ว")
_LEADS = ("แต่", "ตอนนี้", "รักษา", "บอก", "ว่า", "จน", "ซึ่ง", "ค่ะ", "ครับ", "คับ", "คะ", "นะ",
          "จ้า", "เจ้า", "แล้ว", "ซึมเศร้า", "มะเร็ง", "วัณโรค", "ไข้", "ป่วย", "ไม่สบาย", "หอบหืด",
          "ผ่าตัด", "นิดหน่อย", "นิดนึง", "ตัวร้อน", "เจ็บ", "ปวด", "บวม")
_LED = "(?:^|" + "|".join(f"(?<={w})" for w in _LEADS) + ")"
_HEALED = (_LED + r"(?:หาย(?:ดี|ขาด|ป่วย)?(?:แล้ว|เป็นปกติ)|แข็งแรง(?:ดี)?แล้ว)"
           r"|(?:(?<=ยา)|(?<=เหล้า))เลิก(?:ได้|ขาด)แล้ว")
# what is still so, or back: the need stays ("ยังไม่หาย", "ต้องกินยา", "กลับมาเป็นอีก")
_STILL = (r"ยัง(?:ไม่|ต้อง|เป็น|กิน|ป่วย|มี|รักษา|ปวด|เห็น|เจ็บ|บวม)|ยัง[ก-๙]{0,8}?ไม่|ต้อง|นัด"
          r"|กลับมา|อีก(?:รอบ|ครั้ง|แล้ว)|กำเริบ|เหลือแต่|เป็นใหม่|บางช่วง|บางวัน|บางที"
          r"|มั้ง|มั๊ง|ไหม|มั้ย|หรือยัง|รึยัง|หรือเปล่า")
# (nor across a "now" that tells something else: "เคยเป็นครู ตอนนี้ขาไม่ดี ...")
_NOT_STILL = (r"(?:(?!" + _STILL + r"|เพิ่ง|พึ่ง|ตอนนี้(?!(?:ก็)?(?:หาย|แข็งแรง|ปกติ|ดีขึ้น|เลิก)))"
              r".)")
_THEN_DONE = r"(?!(?:(?!แต่).){0,3}?แต่)(?!.{0,30}?(?:" + _STILL + "))"
_YEARS = r"(?:[2-9]|[1-9]\d|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)ปี"
# a release just had, anywhere in the message: prison is not long past ("ออกมาได้สองอาทิตย์")
_FEW = r"(?:ไม่กี่|\d+|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)?"
_RECENT = re.compile(r"(?:เพิ่ง|พึ่ง)(?:ได้)?(?:ออก|พ้น|ปล่อย|โดน(?:จับ|คดี|ขัง|อีก))"
                     r"|(?:ออกมา|ออกจาก(?:คุก|เรือนจำ|ทัณฑสถาน)|ปล่อยตัว)[^ ]{0,16}?(?:นี้เอง|ต้นเดือน"
                     r"|ปลายเดือน|เมื่อวัน)|(?:ออก|พ้นโทษ|ปล่อยตัว)(?:มา)?"
                     r"(?:จาก(?:คุก|เรือนจำ|ทัณฑสถาน))?(?:ได้)?(?:เมื่อ)?(?:วาน|วันนี้|อาทิตย์(?:ก่อน|ที่แล้ว)"
                     r"|สัปดาห์(?:ก่อน|ที่แล้ว)|เดือน(?:ก่อน|ที่แล้ว)|" + _FEW + r"(?:วัน|อาทิตย์|สัปดาห์|เดือน)"
                     r"|ไม่นาน)")
_LONG = r"(?<!ไม่)นานแล้ว"
# a cure waited for, hoped or supposed ("รอวัณโรคหายแล้วค่อยเดินทาง", "ถ้ามะเร็งหายแล้ว",
# "พอคดีจบแล้ว"), or a quitting wished of someone ("อยากให้ลูกเลิกยาได้แล้ว"): not over
_NOT_YET = "".join(f"(?<!{w})" for w in ("รอ", "ถ้า", "พอ", "หวังว่า", "ให้", "หาก", "ควร"))
# who quit, said (a wish before them is no quitting: "อยากให้ผัวเลิกเหล้าได้แล้ว")
_WHO = r"(?:ผัว|สามี|แฟน|พ่อ|แม่|ลูก(?:ชาย|สาว)?|เขา|เค้า|ผม|หนู|ฉัน)"
_NOT_THEIRS = _NOT_YET + "".join(f"(?<!{w})" for w in ("ผัว", "สามี", "แฟน", "พ่อ", "แม่", "ลูก",
                                                       "ชาย", "สาว", "เขา", "เค้า"))
CURES = "cures"
PRISON = "prison"
HAD = "had"  # an allowance already received ("ลุงได้เบี้ยคนพิการอยู่แล้ว", dev55): no need of it
_ALLOWANCE = r"เบี้ย(?:ยังชีพ)?(?:ความ|คน|ผู้)?(?:พิการ|สูงอายุ|ผู้สูงอายุ|คนแก่|ชรา|คนชรา)"
# (never one not had yet: "ยังไม่ได้เบี้ยคนพิการ", "ไม่ได้รับเบี้ยผู้สูงอายุแล้ว"); the allowance
# first too ("เบี้ยคนแก่ผมก็ได้อยู่แล้วทุกเดือน", dev24)
_NOT_HAD_BEFORE = "".join(f"(?<!{w})" for w in ("ไม่", "บ่", "ยัง", "ไม่ได้", "บ่ได้", "อยาก", "ให้", "จะ",
                                                  "ถึง", "เคย", "ขอ", "อยากได้"))
_NOT_HAD_AFTER = (r"(?!แต่|ไม่|หรือ|รึ|ยัง(?:ไม่|บ่)|ยัง(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ|อะ|อ่ะ|ฮะ|ฮับ|ค่า|จ้ะ"
                  r"|จ๊ะ|เนาะ|น้อ|เด้อ|เหรอ|ป่ะ|เจ้า)*(?:$|\?)|ไหม|มั้ย|บ่|ก่อ|เหรอ|หรอ|ส่วน)")
ALLOWANCE_HAD = (_NOT_HAD_BEFORE + r"(?:ได้|รับ)(?:รับ)?(?:เงิน)?" + _ALLOWANCE
                 + r"(?:ทุกเดือน|เดือนละ[\d,]+(?:บาท)?)?(?:อยู่|ประจำ)?(?:แล้ว|ทุกเดือน)" + _NOT_HAD_AFTER
                 + r"|" + _ALLOWANCE + r"(?:ของ)?(?:ผม|ฉัน|หนู|ลุง|ป้า|ยาย|ตา|เขา|แก)?(?:ก็)?(?<!ไม่)"
                 r"(?:ได้|รับ)(?:รับ)?(?:อยู่|ประจำ)?(?:แล้ว|ทุกเดือน)" + _NOT_HAD_AFTER)
_SPANS: dict[str, re.Pattern[str]] = {
    # used to, then healed (what lies between is the story of it: "เคยเป็นวัณโรคเมื่อปี
    # ก่อน แต่กินยาครบหกเดือน หมอบอกหายแล้ว"); the illness right before its cure; the
    # doctor's word that it is over; an addiction quit long since; a lawsuit ended
    CURES: re.compile(r"เคย" + _NOT_STILL + r"{0,60}?(?:" + _HEALED + ")" + _THEN_DONE
                      + r"|" + _NOT_YET + r"(?:เป็น|ป่วยเป็น|มี)?(?:ซึมเศร้า|มะเร็ง|วัณโรค|ไข้|ป่วย|ไม่สบาย"
                      r"|หอบหืด|ตัวร้อน|(?:มือ|ขา|แขน|เท้า|หลัง|หัว|เอว|เข่า)?(?:เจ็บ|ปวด|บวม)"
                      # a wound dressed, healed ("ไปทำแผลที่อนามัย ตอนนี้หายแล้ว", review 4)
                      r"|(?:ทำ|ล้าง)?แผล(?:ที่[ก-๙]{1,12}?)?(?:มา)?(?:แล้ว)?(?:ค่ะ|ครับ|คับ|นะ)?)(?:ก็|มัน|นี่|นั้น|รักษา|ผ่าตัด|นิดหน่อย|นิดนึง|แต่|ตอนนี้)*"
                      r"(?:" + _HEALED + ")" + _THEN_DONE
                      + r"|หมอ(?:ก็)?(?:บอก|ว่า)(?:ว่า)?หาย(?:ดี|ขาด)?แล้ว" + _THEN_DONE
                      + r"|หมอ(?:ให้|สั่ง)(?:เลิก|หยุด)ยา(?:ได้)?(?:แล้ว|ตั้งแต่)" + _THEN_DONE
                      + r"|(?<!อยาก)(?<!จะ)(?<!พยายาม)(?<!ต้อง)" + _NOT_YET + r"(?:" + _WHO + "|"
                      + _NOT_THEIRS + r")เลิก(?:ยา|เหล้า)(?:ได้|ขาด)(?:แล้ว|มา"
                      r"(?:หลายปี|" + _YEARS + r"))" + _THEN_DONE
                      + r"|" + _NOT_YET
                      + r"(?:เรื่อง)?คดี(?:ความ)?(?:ก็)?(?:จบ|เสร็จ|สิ้นสุด)(?:หมด|ไป|สิ้น)*แล้ว"
                      + _THEN_DONE),
    # prison long past ("เคยติดคุก แต่นานแล้ว", "คุมประพฤติก็จบไปนานแล้ว", "เคยติดคุก 7 ปี
    # ก่อน"); never time served ("ติดคุกมา 5 ปีแล้ว"), nor with a release just had
    PRISON: re.compile(r"เคย" + _NOT_STILL + r"{0,40}?(?:" + _LONG + "|(?<!มา)" + _YEARS
                       + r"(?:ก่อน(?!ออก|จะ|ที่)|ที่แล้ว))"
                       r"|(?:พ้นโทษ|ออกจาก(?:คุก|เรือนจำ|ทัณฑสถาน)|ออกมา|(?:คุมประพฤติ|พักโทษ)(?:ก็)?"
                       r"(?:จบ|ครบ|หมด)(?:ไป)?)(?:ก็|มา|ได้)*(?:" + _LONG + "|หลายปีแล้ว|" + _YEARS
                       + r"(?:แล้ว|ก่อน|มาแล้ว|ที่แล้ว))"),
    # (never one not had yet: "ยังไม่ได้เบี้ยคนพิการ", "ไม่ได้รับเบี้ยผู้สูงอายุแล้ว")
    HAD: re.compile(ALLOWANCE_HAD),
}


def over_stretches(joined: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Per kind: the (start, end) stretches of `joined` (words with no spaces) where
    needs of that kind are said as over."""
    recent = _RECENT.search(joined) is not None
    return {kind: () if kind == PRISON and recent else tuple(
        m.span() for m in pattern.finditer(joined)) for kind, pattern in _SPANS.items()}


def over_words(tokens: tuple[str, ...]) -> dict[str, frozenset[int]]:
    """Per kind (`CURES`, `PRISON`): the indexes of the words said as over (those that
    start inside a stretch the kind's pattern finds in the joined words)."""
    starts, at = [], 0
    for token in tokens:
        starts.append(at)
        at += len(token)
    return {kind: frozenset(i for i, start in enumerate(starts)
                            if any(a <= start < b for a, b in spans))
            for kind, spans in over_stretches("".join(tokens)).items()}
