"""One's house named as home, and a home gone back to said after it (dialogs.places):
that one is home, and the house where one lives."""

from __future__ import annotations

import re

from dialogs.parse_numbers import PARTICLE
from dialogs.province_types import Mention, Province

__all__ = ["BACK", "BACK_DONE", "HOUSE", "house_left", "terse_home"]

# one's house named as home ("บ้านเฮาอยู่ชลบุรี"), then the home gone back to ("...จะกลับ
# ยโสธร"): that is home, the house where one lives (never going back to the house:
# "กลับบ้านที่ขอนแก่น"; nor a place not gone back to, or gone back to already: "ไม่อยาก
# กลับลำพูนแล้ว", "เพิ่งกลับราชบุรีเมื่อวาน", "กลับราชบุรีมาได้อาทิตย์นึงแล้ว")
_OWN = r"(?:ของ)?(?:ผม|ฉัน|หนู|เรา|เฮา|ข้อย|ดิฉัน)?"
HOUSE = re.compile(r"(?<!กลับ)(?<!ไป)(?<!อยู่)บ้าน" + _OWN + r"(?:อยู่|ที่)(?:ที่|จังหวัด|จ\.|ใน)?$")
BACK = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ไม่อยาก)(?<!บ่อยาก)(?<!ไม่ได้)(?<!ไม่อยากจะ)(?<!เพิ่ง)(?<!พึ่ง)"
                  r"(?<!เคย)(?:กลับ|ปิ๊ก|หลบ)(?:ไป)?(?:อยู่)?(?:บ้าน(?:เกิด)?|ภูมิลำเนา)?" + _OWN
                  + r"(?:ที่|จังหวัด|จ\.)?$")
BACK_DONE = re.compile(r"(?:มา|แล้ว|เมื่อ)")  # right after the place: gone back already


def house_left(found: dict[str, Province], house: Province, home: Province | None) -> None:
    """One's house named as home, a home gone back to said after it: that one is home,
    and the house where one is, unless said otherwise."""
    if home is not None and home != house:
        found["home"] = home
        if "here" not in found and "work" not in found:
            found["here"] = house


# home said tersely, "บ้าน" opening a chunk and the province closing it ("มีบัตร บ้านนครศรี",
# "ผมอยู่ระยองครับ บ้านยโสธร", dev47): never a house worked at, left or burnt ("รับจ้างเฝ้า
# บ้านระยอง", "ไล่ออกจากบ้านชลบุรี": "บ้าน" is not the chunk's first word), nor a village
# named so ("บ้านสระแก้ว อุดรธานี", "บ้านสระแก้ว หมู่ 5": more of the address follows)
_CHUNK_END = re.compile(PARTICLE + r"*")
_ADDRESS_NEXT = re.compile(r"(?:หมู่|ม\.|ต\.|ตำบล|อ\.|อำเภอ|จ\.|จังหวัด|\d)")


def terse_home(compact: str, spaced: set[int], m: Mention, mentions: list[Mention]) -> bool:
    """Whether the place `m` is home said tersely after "บ้าน" (spaced: the positions in
    `compact` that had a space before them)."""
    start = m.start - len("บ้าน")
    if start < 0 or compact[start:m.start] != "บ้าน" or not (start == 0 or start in spaced):
        return False
    end = _CHUNK_END.match(compact, m.end)
    stop = end.end() if end else m.end
    if not (stop == len(compact) or stop in spaced) or _ADDRESS_NEXT.match(compact, stop):
        return False
    return not any(n.start >= stop and _CHUNK_END.fullmatch(compact, stop, n.start)
                   for n in mentions)  # another place right after: an address
