"""Needs told as over: an illness healed ("เคยเป็นมะเร็ง หายแล้ว", "เรื่องซึมเศร้าหายแล้วจริงๆ"),
an addiction quit ("เลิกยาได้แล้ว"), a lawsuit ended ("เรื่องคดีจบหมดแล้ว"), a prison term long
past ("เคยติดคุกนะครับ แต่นานแล้ว ออกมาแปดปีแล้ว"). Read as current, each became a false
sensitive need: its consent asked for nothing, and a yes recorded it. Still cared for, it stays
("หายแล้วแต่ยังต้องกินยา", "ยังไม่หาย"); so does a release just had ("เพิ่งพ้นโทษ").

`over_words` gives the indexes of the words said as over.
"""

from __future__ import annotations

import re

__all__ = ["CURES", "PRISON", "over_stretches", "over_words"]

# what is lost, not healed ("บัตรหายแล้ว", "ยาหายหมดแล้ว", "ลูกหายไป")
_LOST = "".join(f"(?<!{w})" for w in ("บัตร", "บัตรก็", "เงิน", "ตัง", "ของ", "ยา", "กระเป๋า",
                                      "เอกสาร", "โทรศัพท์", "มือถือ", "ลูก", "หลาน", "คน"))
_HEALED = (_LOST + r"หาย(?:ดี|ขาด|ป่วย)?(?:แล้ว|เป็นปกติ)|แข็งแรง(?:ดี)?แล้ว"
           r"|เลิก(?:ได้|ขาด)(?:แล้ว|มา)|จบ(?:หมด|ไป)?(?:นาน)?(?:หมด)?แล้ว")
# what is still to do or still so: the need stays
_STILL = (r"ยัง(?:ไม่|ต้อง|เป็น|กิน|ป่วย|มี|รักษา|ปวด)|ตอนนี้(?:ก็)?(?:ป่วย|เป็น|ปวด)"
          r"|ต้อง(?:กิน|ไป|รักษา|ล้าง|ฟอก|ผ่า|ตรวจ)|นัด")
_NOT_STILL = r"(?:(?!" + _STILL + r"|เพิ่ง|พึ่ง).)"
_THEN_DONE = r"(?!(?:(?!แต่).){0,3}?(?:แต่|" + _STILL + r"))"
_LONG_AGO = (r"นานแล้ว|หลายปี|(?:[2-9]|[1-9]\d|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
             r"ปี(?:แล้ว|ก่อน|มาแล้ว)")
_ILLS = r"(?:ซึมเศร้า|มะเร็ง|วัณโรค|ไข้|โรค[ก-๛]{0,8}?|คดี|ป่วย|ไม่สบาย)"
CURES = "cures"
PRISON = "prison"
_SPANS: dict[str, re.Pattern[str]] = {
    # used to, then healed (what lies between is the story of it: "เคยเป็นวัณโรคเมื่อปี
    # ก่อน แต่กินยาครบหกเดือน หมอบอกหายแล้ว"); a need word right before the cure; the
    # doctor's word that it is over; an addiction quit long since
    CURES: re.compile(r"เคย" + _NOT_STILL + r"{0,60}?(?:" + _HEALED + ")" + _THEN_DONE
                      + r"|(?:เป็น|ป่วยเป็น|มี)?" + _ILLS + r"(?:ก็|มัน|นี่|นั้น|รักษา|ผ่าตัด)*"
                      r"(?:" + _HEALED + ")" + _THEN_DONE
                      + r"|หมอ(?:ก็)?(?:บอก|ว่า|ให้|สั่ง)(?:ว่า)?(?:หาย|เลิก|หยุด)(?:ยา)?"
                      r"|เลิก(?:ยา|เหล้า)(?:ได้|ขาด)?(?:แล้ว|มา|ตั้งแต่)"),
    # prison long past ("เคยติดคุก แต่นานแล้ว", "คุมประพฤติก็จบไปนานแล้ว"); never a
    # release just had ("เพิ่งพ้นโทษ")
    PRISON: re.compile(r"เคย" + _NOT_STILL + r"{0,40}?(?:" + _LONG_AGO + ")"
                       r"|(?:คุมประพฤติ|พักโทษ|ติดคุก|พ้นโทษ|ออกจากคุก|ออกมา)(?:ก็|มา|ได้)*"
                       r"(?:จบ(?:ไป)?)?(?:" + _LONG_AGO + ")"),
}


def over_stretches(joined: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Per kind: the (start, end) stretches of `joined` (words with no spaces) where
    needs of that kind are said as over."""
    return {kind: tuple(m.span() for m in pattern.finditer(joined))
            for kind, pattern in _SPANS.items()}


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
