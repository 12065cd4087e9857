"""An answer changed within its own message: what is said after the last second thought
("ไม่มีครับ... เดี๋ยวนะครับ มีครับ อยู่ในช่องลับกระเป๋าตังค์", dev105) is the answer meant, when
an answer to the same question came before it. The marks are words of their own (a pause,
a slip, an "oh, I see"), never inside a word ("อ้อย", "ลูกอ่อน")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

__all__ = ["changed_answer", "narrowed", "second_thought"]

T = TypeVar("T")

_PARTICLES = r"(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|ๆ)*"
# a second thought opening a chunk of its own: "เดี๋ยวนะครับ", "เอ้ย", "อ้อ", "อุ๊ย", "ไม่ใช่ๆ"
_MARK = re.compile(r"(?:^|(?<=[\s.…]))(?:เดี๋ยว(?:นะ|ก่อน)|เอ้ย|เอ๊ย|อ้อ(?!ย)|อ๋อ|อ่อ(?![นย])"
                   r"|อุ๊ย|อุ้ย|ไม่ใช่ๆ|ขอแก้|พิมพ์ผิด)" + _PARTICLES + r"(?=[\s.…]|$)")


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


# what narrows the answer after a second thought: only some, or one not going after all
# (never an addition: "ลูกสองขวบค่ะ อ้อ แม่อายุ 70 ไปด้วย" adds the mother)
_NARROWS = re.compile(r"แค่|เท่านั้น|ไม่ใช่|(?:ไม่|บ่)(?:ได้)?(?:ไป|กลับ|มา)(?:ด้วย)?(?:แล้ว|ดีกว่า)")


def narrowed(text: str) -> str:
    """The words after the last second thought when they narrow what was said before it
    ("แม่อายุ 68 ค่ะ... เดี๋ยวนะคะ แม่เพิ่งบอกว่าไม่กลับแล้ว ... ไปแค่สองคนค่ะ ฉันกับลูกสี่ขวบ",
    dev105: the mother stays, no elder goes); otherwise `text` itself."""
    said = second_thought(text)
    return said[1] if said is not None and _NARROWS.search(said[1].replace(" ", "")) else text
