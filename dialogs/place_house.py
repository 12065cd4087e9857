"""One's house named as home, and a home said after it (dialogs.places): the place gone
back to, or a birthplace, is home, and the house where one lives."""

from __future__ import annotations

import re

from dialogs.province_types import Province

__all__ = ["BACK", "BIRTHPLACE", "HOUSE", "house_left"]

# one's house named as home ("บ้านผมอยู่ปทุมธานี"), then the home gone back to ("...จะกลับ
# ยโสธร"), or, nowhere else said to be where one is, a birthplace or registered home
# ("...แต่บ้านเกิดอยู่ร้อยเอ็ด"): that is home, the house where one lives (never another's
# birthplace: "บ้านเกิดแม่อยู่ร้อยเอ็ด"; nor going back to the house: "กลับบ้านที่ขอนแก่น")
_OWN = r"(?:ของ)?(?:ผม|ฉัน|หนู|เรา|เฮา|ข้อย|ดิฉัน)?"
_AT = r"(?:ก็|จริงๆ)?(?:อยู่|ที่|คือ|เป็น)*(?:จังหวัด|จ\.|ใน)?$"
BIRTHPLACE = re.compile(r"(?:บ้านเกิด|ภูมิลำเนา(?:เดิม)?|ทะเบียนบ้าน)" + _OWN + _AT)
HOUSE = re.compile(r"(?<!กลับ)(?<!ไป)(?<!อยู่)บ้าน" + _OWN + r"(?:อยู่|ที่)(?:ที่|จังหวัด|จ\.|ใน)?$")
BACK = re.compile(r"(?:กลับ|ปิ๊ก|หลบ)(?:ไป)?(?:อยู่)?(?:บ้าน(?:เกิด)?|ภูมิลำเนา)?" + _OWN
                   + r"(?:ที่|จังหวัด|จ\.)?$")


def house_left(found: dict[str, Province], house: Province, home: Province | None) -> None:
    """One's house named as home, another home said after it: that one is home, and the
    house where one is, unless said otherwise."""
    if home is not None and home != house:
        found["home"] = home
        if "here" not in found and "work" not in found:
            found["here"] = house
