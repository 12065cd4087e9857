"""A place denied or taken back in a message (dialogs.places): the denial before a place
("ไม่ได้อยู่ระยองแล้ว", "บ้านไม่ใช่ลพบุรี") and the role it names, the slip words that
take back the place said before ("อยู่สระบุรี เอ้ย ลพบุรี"), and a role taken back
from a place denied after it was given one."""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.parse_numbers import PARTICLE
from dialogs.place_cues import PRONOUN
from dialogs.province_types import Province

__all__ = ["DENIED_PLACE", "INSTEAD", "NEITHER", "denied_role", "denies", "slip_ends",
           "spoken_again", "take_back", "taken_back"]

NEITHER = "neither"  # a cue that makes a place neither here nor home ("อยากไปทำงานที่...")
# "ไม่ได้อยู่ระยองแล้ว", "ไม่ได้จะไปขอนแก่น": a denied place is neither here nor home
DENIED_PLACE = re.compile(r"(?:ไม่ได้|ไม่ใช่|ไม่)(?:จะ)?(?:อยู่|ไป|กลับ(?:ไป)?|ทำงาน|พัก)"
                          r"(?:ที่|ใน|จังหวัด)?$|ไม่ใช่(?:ที่|จังหวัด)?$")


def denies(window: str, start: int, spaced: set[int] | frozenset[int]) -> bool:
    """A denial right before the place at `start` (the text without spaces); never a bare
    "no" ending its chunk, then where ("ไม่ใช่ อยู่ลำปาง", "บ่แม่น อยู่ขอนแก่น": a fix)."""
    denial = DENIED_PLACE.search(window)
    if denial is None:
        return False
    after_no = start - len(window) + denial.start() + len("ไม่ใช่")
    return not (denial.group().startswith("ไม่ใช่") and after_no in spaced
                and denial.end() - denial.start() > len("ไม่ใช่"))


# what a denial was about ("บ้านไม่ใช่ลพบุรี", "ไม่ได้อยู่ระยอง"): a place said right after
# it with no cue of its own takes that role ("บ้านไม่ใช่ลพบุรี สระบุรีค่ะ": home)
_DENIED_HOME = re.compile(r"(?:(?:ไม่ได้|ไม่ใช่|ไม่)(?:จะ)?(?:ไป|กลับ(?:ไป)?)|(?:บ้าน(?:เกิด)?"
                          r"|ภูมิลำเนา)" + PRONOUN + r"(?:ก็)?ไม่ใช่)(?:ที่|ใน|จังหวัด)?$")
_DENIED_HERE = re.compile(r"(?:(?:ไม่ได้|ไม่ใช่|ไม่)(?:อยู่|พัก|ทำงาน)|(?:ตอนนี้|ที่อยู่)(?:ก็)?ไม่ใช่)"
                          r"(?:ที่|ใน|จังหวัด)?$")
INSTEAD = re.compile(r"(?:" + PARTICLE + r"|แต่|เป็น|คือ|จังหวัด|จ\.|,)*")


def denied_role(window: str) -> str | None:
    """The role a denied place was said in, when the denial names it."""
    if _DENIED_HERE.search(window):
        return "here"
    return "home" if _DENIED_HOME.search(window) else None


# a slip taken back: "อยู่สระบุรี เอ้ย ลพบุรี", "อยู่สระบุรี ไม่ใช่ อยู่ลพบุรี"
# ("จะกลับบ้านที่ชุมพร เอ้ย ไม่ใช่ ชัยภูมิครับ", dev57: the "ไม่ใช่" after the slip word is the
# slip's, not a denial of the place after it)
_SLIP = re.compile(r"(?:เอ้ย|เอ๊ย|เอ่ย|(?<!พ่อ)(?<!แม่)อุ[๊้]ย)(?:ไม่ใช่)?|พิมพ์ผิด|ไม่ใช่ๆ"
                   r"|(?:อ้อ|อ่อ|อ๋อ)ไม่ใช่")
# a pause ("เดี๋ยวนะครับ"): a slip only when a move is told after it (dialogs.places)
_PAUSE = re.compile(r"เดี๋ยว(?:นะ|ก่อน)(?:ครับ|คับ|ค่ะ|คะ|จ้า)?")
_OH = frozenset({"อ้อ", "อ่อ", "อ๋อ"})  # "อ้อ ไม่ใช่ครับ": a slip, as "เอ้ย"
_NOT_SO = re.compile(r"ไม่ใช่(?:ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|นะ)?")


def slip_ends(cleaned: str) -> list[tuple[int, bool]]:
    """Where each slip word ends, in the text without spaces, and whether it is a slip
    by itself ("เอ้ย") or only with a place said again after it ("ไม่ใช่" as a word of
    its own: in "ไม่ใช่ระยอง" it denies the place after it)."""
    ends = []
    at = 0
    before = ""
    for chunk in cleaned.split(" "):
        ends += [(at + m.end(), True) for m in _SLIP.finditer(chunk)]
        ends += [(at + len(chunk), False)] if _PAUSE.fullmatch(chunk) else []
        if _NOT_SO.fullmatch(chunk):
            ends.append((at + len(chunk), before in _OH or _SLIP.fullmatch(before) is not None))
        at += len(chunk)
        before = chunk
    return ends


def take_back(found: dict[str, Province], heres: list[Province], place: Province,
              denied: str | None) -> None:
    """A place denied after it was given a role ("อยู่ระยองค่ะ ... ขอแก้ค่ะ ไม่ใช่ระยอง
    ตอนนี้อยู่บ้านแม่ที่จันทบุรีแล้ว", messages read as one) loses it (the denied role
    only, when the denial names one), so the place said after it takes it."""
    for role in [r for r, p in found.items() if p == place and denied in (None, r)]:
        del found[role]
    heres[:] = [p for p in heres if p != place or denied not in (None, "here")]


def spoken_again(found: dict[str, Province], heres: list[Province], place: Province,
                 role: str | None, before: str | None, cued: str | None) -> str | None:
    """The role of a place said after a slip, which took the role of the place before it
    (`before`) for want of a cue of its own (`cued`): none when the place already has
    another role, and it loses that one too ("ติดอยู่ที่ขอนแก่นค่ะ ไม่มีค่ารถกลับบ้านร้อยเอ็ด
    เอ้ย ไม่ใช่ค่ะ ขอนแก่นคือที่ทำงานเก่า", dev105: Khon Kaen was made home): it is spoken of
    again, taken back, not put in place of the other."""
    if role is None or role != before or cued is not None or place not in (
            p for r, p in found.items() if r != role):
        return role
    take_back(found, heres, place, None)
    return None


_MOVED = re.compile(r"ย้าย(?!ออก)")  # moved there ("แม่ย้ายไปอยู่กับน้า"), not moved out


def taken_back(compact: str, slips: list[tuple[int, bool]], prev_end: int, at: int,
               prev_role: str | None, role_of: Callable[[str], str | None]) -> str | None:
    """The role of a place said after a slip that takes back the place before it: its
    own cue ("ไม่ใช่ อยู่ลพบุรี", read by `role_of`), or the same role ("อยู่สระบุรี เอ้ย
    ลพบุรี")."""
    if prev_role is None:
        return None
    for end, alone in reversed(slips):
        if prev_end <= end <= at:
            tail = compact[end:at]
            if DENIED_PLACE.search(tail):
                return None
            role = role_of(tail)
            moved = _MOVED.search(tail) is not None
            if role is None or (role == NEITHER and moved):
                # "บ้านแม่อยู่กาฬสินธุ์ อ้อ ไม่ใช่ครับ แม่ย้ายไปอยู่กับน้าที่มหาสารคามแล้ว",
                # "บ้านอยู่ลำปางครับ เดี๋ยวนะครับ พ่อแม่ย้ายไป...เชียงราย": the place they
                # moved to is the one meant (never "เดี๋ยวนะคะ ลูกอยู่จันทบุรี")
                return prev_role if alone or moved else None
            return None if role == NEITHER else role
    return None
