"""An answer changed within its own message: what is said after the last second thought
("ไม่มีครับ... เดี๋ยวนะครับ มีครับ อยู่ในช่องลับกระเป๋าตังค์", dev105) is the answer meant, when
an answer to the same question came before it. The marks are words of their own (a pause,
a slip, an "oh, I see"), never inside a word ("อ้อย", "ลูกอ่อน")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["changed_answer", "mind_changed_last", "narrowed", "narrowed_said", "second_thought"]

T = TypeVar("T")

_PARTICLES = r"(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|ๆ)*"
# a second thought opening a chunk of its own: "เดี๋ยวนะครับ", "เอ้ย", "อ้อ", "อุ๊ย", "ไม่ใช่ๆ"
# (never the northern grandparent, อุ๊ย, before a northern "no": "มีเจ้า อุ๊ย บ่มี", review rev2)
_MARK = re.compile(r"(?:^|(?<=[\s.…]))(?:เดี๋ยว(?:นะ|ก่อน)|เอ้ย|เอ๊ย|อ้อ(?!ย)|อ๋อ|อ่อ(?![นย])"
                   r"|(?:อุ๊ย|อุ้ย)(?![\s.…]*บ่)|ไม่ใช่ๆ|ขอแก้|พิมพ์ผิด"
                   # a mind changed ("ไม่อยากให้จดครับ... เอ่อ คิดอีกที จดได้ครับ", dev107)
                   r"|คิด(?:ดู)?อีกที|คิดไปคิดมา|เปลี่ยนใจ(?:แล้ว)?)" + _PARTICLES + r"(?=[\s.…]|$)")
# a mind changed with nothing after it ("ยินยอมครับ... เปลี่ยนใจครับ", review rev3): the answer
# before it is taken back, and no other given
_CHANGED_LAST = re.compile(r"(?:^|[\s.…])(?:คิด(?:ดู)?อีกที|คิดไปคิดมา|เปลี่ยนใจ(?:แล้ว)?)"
                           + _PARTICLES + r"[\s.…!]*$")


def mind_changed_last(text: str) -> bool:
    """The message ends on a mind changed, with no answer after it."""
    return _CHANGED_LAST.search(text) is not None


def second_thought(text: str) -> tuple[str, str] | None:
    """The words before the last second thought and after it, both said; or None."""
    marks = list(_MARK.finditer(text))
    if not marks:
        return None
    mark = marks[-1]
    before = text[:mark.start()].strip(" .…")
    after = text[mark.end():].strip(" .…")
    return (before, after) if before and after else None


def changed_answer(text: str, read: Callable[[str], T | None]) -> T | None:
    """What `read` finds after the last second thought in `text`, when what it finds
    before it is another answer ("ไม่มีครับ... เดี๋ยวนะครับ มีครับ"); otherwise None."""
    said = second_thought(text)
    if said is None:
        return None
    first, then = read(said[0]), read(said[1])
    return then if first is not None and then is not None and then != first else None


# what narrows the answer after a second thought: one not going after all, fewer going, or
# only some ("แค่ลูก"), or all taken back ("เดี๋ยวนะคะ ไม่ใช่ค่ะ"); never an addition ("ลูกสองขวบค่ะ
# อ้อ แม่อายุ 70 ไปด้วย" adds the mother), nor a need told again in other words ("แม่ป่วยติดเตียง
# เดี๋ยวนะ ไม่ใช่ติดเตียง แค่เดินไม่ค่อยได้": still ill, review rev2)
_NARROWS = re.compile(r"(?:ไม่|บ่)(?:ได้)?(?:ไป|กลับ|มา)(?:ด้วย)?(?:แล้ว|ดีกว่า)"
                      r"|(?:ไป|กลับ|เดินทาง)(?:กัน)?(?:แค่|เพียง|เหลือ)"
                      r"|(?:แค่|เพียง)(?:แม่|พ่อ|ลูก|หลาน|ยาย|ตา|เมีย|ผัว|สามี|ผม|หนู|ฉัน|\d|สอง|สาม|สี่|ห้า)"
                      r"|^ไม่ใช่" + _PARTICLES + "$")
_GROUP = ("special_needs", "travellers")


def narrowed(text: str) -> str:
    """The words after the last second thought when they narrow what was said before it
    ("แม่อายุ 68 ค่ะ... เดี๋ยวนะคะ แม่เพิ่งบอกว่าไม่กลับแล้ว ... ไปแค่สองคนค่ะ ฉันกับลูกสี่ขวบ",
    dev105: the mother stays, no elder goes); otherwise `text` itself."""
    said = second_thought(text)
    return said[1] if said is not None and _NARROWS.search(said[1].replace(" ", "")) else text


def narrowed_said(text: str, said: dict[str, Any],
                  read: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """`said` (`read` from all of `text`) with the care needs and the count of the words
    after a second thought that narrows them; the rest told before it kept ("คืนนี้ไม่มีที่นอน
    ค่ะ ... เดี๋ยวนะ แม่ไม่ไปแล้ว": no roof tonight all the same, review rev2)."""
    meant = narrowed(text)
    if meant == text:
        return said
    fewer = read(meant)
    kept = {k: v for k, v in said.items() if k not in _GROUP}
    return kept | {k: fewer[k] for k in _GROUP if k in fewer}
