"""Places fixed at the summary: a fix that takes back a place shown and names a new one
("ไม่ใช่อุดร หนองบัวลำภู", "รังสิตมันปทุมธานี ไม่ใช่กทม.") puts the new one where the wrong
one was; a place taken back while the questions go on (`self_fix`); the count shown, said
again, read as a yes (`agrees`)."""

from __future__ import annotations

import re
from typing import Any

from dialogs.parse_numbers import PARTICLE, clean_text
from dialogs.province_types import Province
from dialogs.provinces import province_mentions
from dialogs.understand import corrections, read_message

__all__ = ["agrees", "place_fixes", "self_fix"]

_PLACES = ("current_province", "home_province")
# a place said to be wrong: "ไม่ใช่อุดร", "อุดรผิด", "อุดรเป็นที่ทำงานเก่า"
_WRONG_BEFORE = re.compile(r"(?:ไม่ใช่|ไม่ได้(?:อยู่|ไป|กลับ)?)(?:ที่|จังหวัด)?$")
_WRONG_AFTER = re.compile(r"^.{0,14}?(?:ผิด|ไม่ใช่|ไม่ถูก|เก่า)")


# the place of a role said to be wrong, the new one named beside it: "บ้านผิดค่ะ แม่ย้ายไป
# อยู่กับน้าที่ อ.นางรอง แล้ว" (dev37), "ที่อยู่ตอนนี้ผิดค่ะ อยู่ปทุมธานี"
_ROLE_WRONG = {
    "home_province": re.compile(r"(?:บ้าน(?:เกิด)?|ภูมิลำเนา|ที่จะกลับ|กลับไป)(?:ที่)?(?:ก็)?"
                                r"(?:ผิด|ไม่ถูก|ไม่ใช่(?:ที่นั่น|ที่นี่)?(?:ค่ะ|ครับ|คะ)*$)"),
    "current_province": re.compile(r"(?:ที่อยู่ตอนนี้|ตอนนี้อยู่|อยู่ที่)(?:ก็)?(?:ผิด|ไม่ถูก)")}


def _role_said_wrong(text: str) -> str | None:
    compact = clean_text(text).replace(" ", "")
    said = [k for k, pattern in _ROLE_WRONG.items() if pattern.search(compact)]
    return said[0] if len(said) == 1 else None


def _taken_back(text: str) -> tuple[set[str], list[Province]]:
    """The provinces `text` says are wrong, and every province it names, in order."""
    compact = clean_text(text).replace(" ", "")
    found = province_mentions(text)
    wrong = set()
    for i, m in enumerate(found):
        upto = found[i + 1].start if i + 1 < len(found) else len(compact)
        between = compact[m.end:upto]  # "ปทุมธานี ไม่ใช่กทม": the next one is wrong
        if _WRONG_BEFORE.search(compact, max(0, m.start - 12), m.start) or (_WRONG_AFTER.match(
                between) and not (i + 1 < len(found) and _WRONG_BEFORE.search(between))):
            wrong.add(m.province.code)
    return wrong, list({m.province.code: m.province for m in found}.values())


def place_fixes(answers: dict[str, Any], text: str) -> dict[str, Any] | None:
    """`corrections`, where a fix that takes back a place shown and names a new one
    ("ไม่ใช่อุดร หนองบัวลำภู", "บ้านจริงอยู่หนองบัวลำภู อุดรเป็นที่ทำงานเก่า") puts the
    new one where the wrong one was, and keeps the other place."""
    fixed = _needs_told(answers, corrections(answers, text), text)
    denied, named = _taken_back(text)
    shown = {k: answers[k]["code"] for k in _PLACES if answers.get(k)}
    wrong = [k for k, code in shown.items() if code in denied]
    new = [p for p in named if p.code not in shown.values() and p.code not in denied]
    role = _role_said_wrong(text) if not wrong else None
    if role in shown and len(new) == 1:
        said = read_message(text)
        cued = [k for k in _PLACES if (said.get(k) or {}).get("code") == new[0].code]
        # the new place's own cue wins: "ตอนนี้อยู่ผิดค่ะ บ้านอยู่นครพนม" is home
        wrong = cued[:1] if cued else [str(role)]
    if len(wrong) != 1 or len(new) != 1:
        return fixed
    other = next(k for k in _PLACES if k != wrong[0])
    out = {**(fixed or answers), wrong[0]: {"code": new[0].code, "name": new[0].name_th}}
    return {k: v for k, v in out.items() if k != other} | (
        {other: answers[other]} if other in answers else {})


def _needs_told(answers: dict[str, Any], fixed: dict[str, Any] | None,
                text: str) -> dict[str, Any] | None:
    """A fix that tells a need too ("ขอแก้ค่ะ ... น้องชายเป็นผู้ป่วยจิตเวช ยาหมดมาสามวันแล้ว ...
    อยากให้ช่วยเรื่องรักษาต่อเนื่องที่บ้านด้วยค่ะ", dev105: only the care need was kept): the
    need joins the hints, as one told in a story (a sensitive one is asked consent for)."""
    known = list(answers.get("need_hints") or ())
    told = [n for n in read_message(text).get("need_hints") or () if n not in known]
    return fixed | {"need_hints": [*known, *told]} if fixed is not None and told else fixed


# one's own words taken back while the questions go on: "ขอโทษครับ พิมพ์ผิด บ้านผมศรีสะเกษ",
# "เอ้ย ไม่ใช่ครับ อยู่นครสวรรค์" (dev52: the wrong province stayed)
# (a bare "ไม่ใช่" takes back anything: "ไม่ใช่ผมคนเดียว", "ไม่ใช่บ้านหนูนะ"; only these cues)
_FIX_CUE = re.compile(r"พิมพ์ผิด|ขอแก้|แก้เป็น|(?:บอก|ตอบ)ผิด|เอ้ย|เอ๊ย|ที่ถูก(?:คือ)?")


def self_fix(answers: dict[str, Any], text: str) -> dict[str, Any] | None:
    """`answers` with a place told before taken back and put right, or None: a place
    moves only where the message's own reading puts it, or where it says nothing of
    its role (never a relative's home: "ขอนแก่นคือบ้านแม่ บ้านหนูอยู่กาฬสินธุ์")."""
    if not _FIX_CUE.search(clean_text(text).replace(" ", "")) or not any(
            answers.get(k) for k in _PLACES):
        return None
    fixed = place_fixes(answers, text)
    if fixed is None:
        return None
    said = read_message(text)
    moved = [k for k in _PLACES if fixed.get(k) != answers.get(k)]
    placed = {said[k]["code"]: k for k in _PLACES if said.get(k)}
    if not moved or any(placed.get((fixed.get(k) or {}).get("code"), k) != k for k in moved):
        return None
    return fixed


# the count shown, said again, the wrong one denied ("4 คนนะครับ ไม่ใช่ 5", dev54), and nothing
# else (never "4 คนผิดค่ะ", "4 คนค่ะ แต่ชื่อผิด", "4 คนได้ไหมคะ", "4 คนมั้งคะ": the review)
_P = PARTICLE + "*"  # (the particles of dialogs.parse_numbers)
_N = r"(?:\d{1,2}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
_COUNT_AGAIN = re.compile(r"(?:ใช่|ถูก(?:แล้ว|ต้อง)?)?" + _P + r"(?:ไป(?:กัน)?)?(?P<n>" + _N + r")คน"
                          + _P + r"(?:ไม่ใช่" + _N + r"(?:คน)?" + _P + r")?(?:ถูก(?:แล้ว|ต้อง)?"
                          + _P + r")?")


def agrees(answers: dict[str, Any], text: str) -> bool:
    """Whether a message at the summary only says again the count it shows: a yes."""
    said = _COUNT_AGAIN.fullmatch(text.replace(" ", ""))
    return said is not None and read_message(text).get("travellers") == answers.get(
        "travellers") is not None


def regrouped(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """`after`, where a count fixed from one to a group forgets the "no care need" that
    travelling alone implied, so that the care question is asked."""
    grew = int(after.get("travellers") or 1) > 1 >= int(before.get("travellers") or 1)
    if grew and after.get("special_needs") == [] and before.get("special_needs") == []:
        return {k: v for k, v in after.items() if k != "special_needs"}
    return after
