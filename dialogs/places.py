"""Which province is where the person is now and which is home, in one message.

The one after a home cue (กลับ, บ้านอยู่/บ้านที่, บ้านเกิด, ภูมิลำเนา, เป็นคน) is home;
after a here cue (อยู่, ตอนนี้, ติดที่, มาทำงาน, มาหาหมอ, สถานีขนส่ง) current; the nearest
cue within 30 characters before it decides; no cue, left unassigned.
"""

from __future__ import annotations

import re

from dialogs.provinces import Province, mentions_in_clean

__all__ = ["here_and_home_in"]

_PRONOUN = r"(?:ของ)?(?:ผม|ฉัน|หนู|เรา|ดิฉัน|พี่|เค้า|เขา|แม่|พ่อ|ตัวเอง)?"
_HOME_CUE = (r"(?:จะ|อยาก|ต้องการ|ขอ)(?:เดินทาง)?ไป(?:อยู่|ที่|หา)?"
             r"|กลับ(?:ไป)?(?:อยู่)?(?:บ้าน(?:เกิด)?|ภูมิลำเนา(?:เดิม)?)?"
             r"|(?:บ้านเกิด|ภูมิลำเนา(?:เดิม)?|ทะเบียนบ้าน)" + _PRONOUN + r"(?:อยู่)?"
             r"|บ้าน" + _PRONOUN + r"(?:อยู่|ที่)")
_HERE_CUE = (r"ตอนนี้|ขณะนี้|(?:ติด|ตกค้าง|ค้าง|พัก|นอน|ทำงาน)(?:อยู่)?|อยู่|ที่นี่|สถานี(?:ขนส่ง|รถ)|บขส"
             r"|มา(?:ทำงาน|หา|อยู่|เที่ยว|รักษา|ส่ง|เยี่ยม|เรียน)|(?:ถูก|โดน)ทิ้ง|ทิ้ง(?:ผม|ฉัน|หนู|เรา|ดิฉัน)?ไว้")
_HOME_CUE_EN = r"gohome|gobackhome|backhome|goback|hometown|homeis|homein|hometo|from"
_HERE_CUE_EN = r"iamin|iamat|imin|imat|stuckin|stuckat|stayingin|stayingat|nowin|nowat|currentlyin"
_CUE = re.compile(f"(?P<home>{_HOME_CUE}|{_HOME_CUE_EN})|(?P<here>{_HERE_CUE}|{_HERE_CUE_EN})")
_ADJACENT_HOME = re.compile(r"(?:เป็น)?(?:คน|ชาว)(?:จังหวัด)?$")
_CUE_WINDOW = 30
# "ไม่ได้อยู่ระยองแล้ว", "ไม่ได้จะไปขอนแก่น": a denied place is neither here nor home
_DENIED_PLACE = re.compile(r"(?:ไม่ได้|ไม่ใช่|ไม่)(?:จะ)?(?:อยู่|ไป|กลับ(?:ไป)?|ทำงาน|พัก)"
                           r"(?:ที่|ใน|จังหวัด)?$|ไม่ใช่(?:ที่|จังหวัด)?$")


def here_and_home_in(cleaned: str,
                     compact: str) -> tuple[Province | None, Province | None]:
    """(current, home) from the cleaned text and the same without spaces."""
    current: Province | None = None
    home: Province | None = None
    prev_end = 0
    for m in mentions_in_clean(cleaned):
        window = compact[max(prev_end, m.start - _CUE_WINDOW):m.start]
        prev_end = m.end
        if _DENIED_PLACE.search(window):
            continue
        role = "home" if _ADJACENT_HOME.search(window) else None
        if role is None:
            cues = list(_CUE.finditer(window))
            role = cues[-1].lastgroup if cues else None
        if role == "home" and home is None:
            home = m.province
        elif role == "here" and current is None:
            current = m.province
    return current, home
