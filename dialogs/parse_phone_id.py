"""Phone numbers and Thai national ID numbers read from free text, and their masked forms
for display; both are runs of digit groups (re-exported by dialogs.parse)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogs.parse_numbers import THAI_DIGITS

__all__ = ["NationalId", "id_checksum_ok", "mask_national_id", "mask_phone", "parse_national_id",
           "parse_phone"]

# --- phone numbers ----------------------------------------------------------------------

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_DIGIT_GROUP = re.compile(r"\+?\d+")
_GROUP_GAP = re.compile(r"[\s\-.()]{0,3}")
_MOBILE = re.compile(r"0[689]\d{8}")
_LANDLINE = re.compile(r"0[2-7]\d{7}")


def _digit_runs(text: str) -> list[list[str]]:
    """Groups of digits that belong together: separated only by a few spaces, dashes,
    dots or brackets. A group may start with + (country code)."""
    text = _ZERO_WIDTH.sub("", text).translate(THAI_DIGITS)
    runs: list[list[str]] = []
    last_end = -1
    for m in _DIGIT_GROUP.finditer(text):
        group = m.group()
        if runs and not group.startswith("+") and _GROUP_GAP.fullmatch(text, last_end,
                                                                       m.start()):
            runs[-1].append(group)
        else:
            runs.append([group])
        last_end = m.end()
    return runs


def _phone(digits: str) -> str | None:
    plus = digits.startswith("+")
    digits = digits.lstrip("+")
    if digits.startswith("0066"):
        digits, plus = digits[4:], True
    elif digits.startswith("66") and (plus or len(digits) in (10, 11)):
        digits, plus = digits[2:], True
    if plus:
        digits = "0" + digits.removeprefix("0")
    if _MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits):
        return digits
    return None


def _split_phones(groups: list[str]) -> list[str] | None:
    """Split a run of groups into whole phone numbers, or None."""
    if not groups:
        return []
    for cut in range(1, len(groups) + 1):
        first = _phone("".join(groups[:cut]))
        if first is not None:
            rest = _split_phones(groups[cut:])
            if rest is not None:
                return [first, *rest]
    return None


# a number taken back right after it is said: the next one is meant ("0981112233 อุ้ย ผิด
# 0981112234 ครับ"); never "X ไม่ใช่ Y" (X, not Y) nor a word after ("ทำผิดอะไร")
# ("0861452209 ผิดค่ะ 0861452290", dev66)
# ("0894561237 อ้ะ ผิดครับ 0894561273", dev72)
_TAKEN_BACK = re.compile(r"[\d๐-๙]\s*(?:ค่ะ|ครับ|คับ|นะ)?\s*(?:(?:อ้ะ|อ๊ะ|อะ|อ่ะ)\s*)?(?:เอ้ย|เอ๊ย|อุ้ย|อุ๊ย"
                         r"|ผิด(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า)*(?![ก-๙]))")


# ...or told of as not the one to call, words later ("0812223344 อ๊ะ ไม่ใช่ค่ะ นั่นเบอร์เก่า ซิม
# หายไปแล้ว ใช้ 0956671208 นะคะ", dev105): a "no" of its own, an old or dead number, between
# it and the next one; never "X ไม่ใช่ Y" (the no right before the next number: X), nor
# the next one said to be the old one ("X หรือเบอร์เก่า Y")
_NOT_THAT_ONE = re.compile(r"(?:^|\s)(?:(?:อ้ะ|อ๊ะ|อะ|อ่ะ|อุ้ย|อุ๊ย)\s*)?ไม่ใช่(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า)*"
                           r"(?=\s+\D)"
                           r"|เบอร์(?:นี้|นั้น|นั่น)?(?:มัน)?(?:เป็น)?เก่า|(?:ไม่ได้|เลิก)ใช้(?:แล้ว|เบอร์นี้)"
                           r"|ใช้ไม่ได้แล้ว|ซิม(?:การ์ด)?(?:ก็)?(?:หาย|หัก|เสีย|ถูกระงับ|โดนระงับ)|ปิดเบอร์")
_OLD_NEXT = re.compile(r"(?:เบอร์)?(?:เก่า|เดิม)\s*$")
# ...nor a second one to try, or the first still in use ("เบอร์ผม X ซิมเสียบ่อย ถ้าโทรไม่ติดโทรหา
# เมีย Y", "X เบอร์นี้เก่าแล้วแต่ยังใช้อยู่"), nor one that is someone else's, the trouble theirs
# ("X เบอร์หนูค่ะ เบอร์แม่ปิดเบอร์ไปแล้ว เบอร์พี่ Y", "X ของผม ไม่ใช่ ของนายจ้าง นายจ้าง Y";
# review rev2), unless the writer's own comes last ("X เบอร์นี้ของแม่ ไม่ใช่ ของหนู ของหนู Y")
_STILL_ONE = re.compile(r"ถ้า|หาก|สำรอง|ยังใช้(?:ได้|อยู่)")
_SOMEONE = re.compile(r"แม่|พ่อ|เมีย|ผัว|สามี|ภรรยา|แฟน|ลูก|(?<!ห)น้า|ป้า(?!ย)|ลุง|ยาย|ปู่|ย่า|หลาน"
                      r"|(?:พี่|น้อง)(?:สาว|ชาย)|เพื่อน|ญาติ|นายจ้าง|เจ้านาย|หัวหน้า")
# ...or the next one chosen over it ("เบอร์แม่ X แต่แม่ไม่ค่อยได้ยิน ใช้เบอร์หนูดีกว่าค่ะ Y", "X
# เอ๊ะ ไม่เอาดีกว่า ... เอาเบอร์ป้า Y"): "rather" said, then "use" right before the next;
# never the first kept ("X ใช้เบอร์นี้ดีกว่า", "X หรือโทรหาแม่ Y")
# (the number itself chosen, never one more: "...ดีกว่าครับ หรือโทรหาแม่ Y ก็ได้", "โทรดีกว่าไลน์
# ติดต่อพี่สาวก็ได้ Y", "พิมพ์แทนยาย ติดต่อยาย Y", "ไม่เอาเงินสด ... โทรหาเมีย Y", review 4)
_RATHER = re.compile(r"ดีกว่า|ไม่เอา|(?<!พิมพ์)(?<!ถาม)(?<!ทัก)(?<!เขียน)แทน")
_USE_NEXT = re.compile(r"(?<!หรือ)(?:ใช้|เอา)เบอร์(?!นี้|นี่|นั้น|นั่น)(?:(?!ด้วย|ก็ได้|อีก)[ก-๙]){0,16}\s*$")
_OWN_NEXT = re.compile(r"(?:ของ|เบอร์)(?:ผม|หนู|ฉัน|ดิฉัน|เรา)(?:เอง)?(?:คือ|ใหม่)?\s*$")


def _retracted(text: str) -> str | None:
    """The second of two numbers when the words between take the first back."""
    runs = [m for m in re.finditer(r"[\d๐-๙][\d๐-๙\s\-.()]{7,}[\d๐-๙]", text)
            if parse_phone(m.group()) is not None]
    if len(runs) != 2:
        return None
    between = text[runs[0].end():runs[1].start()]
    if _RATHER.search(between) and _USE_NEXT.search(between) and not _STILL_ONE.search(between):
        return parse_phone(runs[1].group())
    if not _NOT_THAT_ONE.search(between) or _OLD_NEXT.search(between) or _STILL_ONE.search(
            between) or (_SOMEONE.search(between) and not _OWN_NEXT.search(between)):
        return None
    return parse_phone(runs[1].group())


def parse_phone(text: str) -> str | None:
    """A Thai phone number as digits: mobile 0[689] + 8 digits, landline 0[2-7] + 7
    digits; "+66 81 234 5678" -> "0812345678". None when there is none. A number said
    after one taken back is the one meant."""
    slip = _TAKEN_BACK.search(text)
    if slip is not None and parse_phone(text[:slip.start() + 1]) is not None:
        after = parse_phone(text[slip.end():])
        if after is not None:
            return after
    other = _retracted(text) if _NOT_THAT_ONE.search(text) or _RATHER.search(text) else None
    if other is not None:
        return other
    for groups in _digit_runs(text):
        for start in range(len(groups)):  # "ลงท้าย ๒๑๓๙ ๐๘๙๔๔๗๒๑๓๐": a short number before it
            phones = _split_phones(groups[start:])
            if phones:
                return phones[0]
    return None


def mask_phone(phone: str) -> str:
    """Only the last 4 digits shown: "0812345678" -> "xxx-xxx-5678"."""
    digits = "".join(ch for ch in phone.translate(THAI_DIGITS) if ch.isdigit())
    if len(digits) == 10:
        return "xxx-xxx-" + digits[-4:]
    if len(digits) == 9:
        return "xx-xxx-" + digits[-4:]
    return "x" * max(0, len(digits) - 4) + digits[-4:]


# --- national ID numbers ----------------------------------------------------------------


@dataclass(frozen=True)
class NationalId:
    digits: str
    checksum_ok: bool
    starts_with_zero: bool  # numbers of people without Thai nationality begin with 0


def id_checksum_ok(digits: str) -> bool:
    """The mod-11 check digit of a 13-digit Thai ID number."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def parse_national_id(text: str) -> NationalId | None:
    """13 digits ("1-1037-00123-45-6", spaces, Thai digits), or None. A first digit 0 is
    allowed; the checksum is reported, not enforced."""
    for groups in _digit_runs(text):
        digits = "".join(groups).lstrip("+")
        if len(digits) == 13:
            return NationalId(digits, id_checksum_ok(digits), digits[0] == "0")
    return None


def mask_national_id(digits: str) -> str:
    """All but the last 4 digits hidden, in the 1-4-5-2-1 layout: "x-xxxx-xxxx3-45-6"."""
    digits = "".join(ch for ch in digits.translate(THAI_DIGITS) if ch.isdigit())
    if len(digits) != 13:
        return "x" * max(0, len(digits) - 4) + digits[-4:]
    shown = "x" * 9 + digits[9:]
    return "-".join(shown[a:b] for a, b in ((0, 1), (1, 5), (5, 10), (10, 12), (12, 13)))
