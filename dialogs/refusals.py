"""Refusals to answer: "จำไม่ได้", "ข้าม", "ไม่อยากบอกชื่อค่ะ" (the answer left to the
officer), and a refusal of the name only, the phone not refused with it. Matched on whole
words (dialogs.words), never inside a word."""

from __future__ import annotations

import re

from dialogs.words import has_phrase, words

__all__ = ["REFUSALS", "is_refusal", "refuses_name"]

REFUSALS = ("จำไม่ได้", "ไม่อยากตอบ", "ไม่อยากบอก", "ไม่สะดวก", "ข้าม", "ไม่ขอตอบ", "ไม่ตอบ",
            "ไม่บอก", "ไม่ให้", "ไม่รู้", "ไม่ทราบ", "ไม่แน่ใจ", "ไม่รู้สิ", "ลืม", "ไม่ได้จำ",
            "skip", "ผ่าน",
            # the name withheld ("ไม่ขอบอกชื่อ", "ไม่อยากให้ชื่อ", "ขอสงวนชื่อ")
            "ไม่ขอบอก", "ไม่อยากให้ชื่อ", "ไม่เปิดเผยชื่อ", "ไม่ประสงค์ออกนาม", "สงวนชื่อ")
# words the tokeniser keeps whole that a refusal needs apart ("ไม่อยาก|บอกชื่อ")
_SPLIT = {"บอกชื่อ": ("บอก", "ชื่อ"), "บอกเบอร์": ("บอก", "เบอร์")}
_TELL = (("บอก",), ("แจ้ง",), ("เล่า",), ("พูด",))  # after "ลืม" with more said: forgot to say
# Isan "บ่" for ไม่ before a telling ("บ่อยากบอกชื่อ", "บ่บอกชื่อได้บ่": dev9); never the
# "บ่" that asks, then "tell me" ("ช่วยได้บ่ บอกแหน่", "ต้องใช้บัตรบ่ บอกหน่อย")
_TELLING = r"(?:อยาก(?:บอก|ให้|ตอบ)|บอก|ขอ(?:บอก|ตอบ)|สะดวก|ตอบ)"
_ISAN_NOT = re.compile(r"(?<!ได้)(?<!มี)(?<!ไหว)(?<!แม่น)(?<!เป็น)บ่(?=" + _TELLING
                       + r")|(?<![ก-๙])บ่(?=\s" + _TELLING + ")")


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(part for w in words(_ISAN_NOT.sub("ไม่", text)) for part in _SPLIT.get(w, (w,)))


def is_refusal(text: str) -> bool:
    """The person would rather not answer, or does not know ("จำไม่ได้", "ข้าม",
    "ไม่อยากบอกชื่อค่ะ")."""
    tokens = _tokens(text)
    tokens = tuple(w for i, w in enumerate(tokens)  # "ลืมบอก หลานมีสามคน": forgot to say
                   if not (w == "ลืม" and tokens[i + 1:i + 2] in _TELL and tokens[i + 2:]))
    return any(has_phrase(tokens, phrase) for phrase in REFUSALS)


def refuses_name(text: str) -> bool:
    """A refusal of the name only ("ไม่อยากบอกชื่อค่ะ", "ขอไม่บอกชื่อนะคะ"): the phone is
    not refused with it."""
    tokens = _tokens(text)
    named = ("ชื่อ", "นาม", "ออกนาม", "ชื่อจริง", "นามสกุล")  # "ไม่อยากบอกชื่อจริงค่ะ อายเขา"
    return is_refusal(text) and any(w in named for w in tokens) and not any(
        w in ("เบอร์", "โทร", "เบอร์โทร", "โทรศัพท์", "มือถือ") for w in tokens)
