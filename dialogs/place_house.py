"""One's house named as home, and a home gone back to said after it (dialogs.places):
that one is home, and the house where one lives."""

from __future__ import annotations

import re

from dialogs.province_types import Province

__all__ = ["BACK", "BACK_DONE", "HOUSE", "house_left"]

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
