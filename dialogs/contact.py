"""The phone in an answer: only a number (then the request can go), no phone at all
("ไม่มีเบอร์"), or a number fixed after sending ("เบอร์ผิด 0891234567")."""

from __future__ import annotations

import re

from dialogs.readers import read_phone
from dialogs.understand import is_refusal

_NUMBER = re.compile(r"[\d๐-๙\s\-+().]")
_FILLER = ("เบอร์โทรศัพท์", "เบอร์โทร", "เบอร์", "โทรศัพท์", "มือถือ", "โทร", "ขอบคุณ",
           "ค่ะ", "คะ", "ครับ", "คับ", "ค่า", "นะ", "จ้า", "จ้ะ", "คือ", "นี้", "นี่", "ที่")
_FIX = ("ผิด", "ใหม่", "แก้", "เปลี่ยน", "เป็น", "ถูก")
_NO_PHONE = ("ไม่มีเบอร์", "ไม่มีโทรศัพท์", "ไม่มีมือถือ", "ไม่ได้ใช้โทรศัพท์", "โทรศัพท์หาย",
             "ไม่สะดวกให้เบอร์", "ไม่ให้เบอร์", "ส่งเลย")


def _rest(text: str, words: tuple[str, ...]) -> str:
    rest = _NUMBER.sub("", text)
    for word in words:
        rest = rest.replace(word, "")
    return rest


def only_phone(text: str) -> str | None:
    """The phone, when the text is a phone number and nothing else ("เบอร์ 081-234-5678
    ค่ะ"); None when it says more ("ไม่ใช่ 0812345678", "0812345678 ได้เงินเมื่อไหร่")."""
    phone = read_phone(text, None)
    return phone if phone and not _rest(text, _FILLER) else None


def phone_fix(text: str) -> str | None:
    """A new number and only that, maybe said to be a fix ("เบอร์ผิด ค่ะ 0891234567")."""
    phone = read_phone(text, None)
    return phone if phone and not _rest(text, _FIX + _FILLER) else None


def no_phone(text: str) -> bool:
    """The person has no phone, or would rather not give it; never when a number is
    given with it ("โทรหาหนูที่ 0812345678 ค่ะ แม่ไม่มีโทรศัพท์")."""
    if read_phone(text, None):
        return False
    compact = text.replace(" ", "")
    bare = _rest(compact, _FILLER)
    return (any(p in compact for p in _NO_PHONE) or bare in ("ไม่มี", "ไม่มีค่ะ")
            or is_refusal(text))


def has_digits(text: str, at_least: int = 5) -> bool:
    """Digits enough to be meant as a phone number (Thai digits too)."""
    return sum(ch.isdigit() for ch in text) >= at_least
