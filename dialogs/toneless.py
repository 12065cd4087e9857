"""Everyday words typed with no tone mark, as elders and hurried typists write them
("คืนนีไมรูจะนอนไหน", "ลุงแกแลว", dev97), and by voice typing ("บ้านที่นาน", dev104), spelt
right where the bare letters can mean nothing else; "ไม" itself is spelt by
dialogs.parse_numbers (_TONELESS_NOT)."""

from __future__ import annotations

import re

__all__ = ["tone_marks_put_back"]

_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # vowel signs above and below, tone marks
# "คืนนี", "วันนี", "ตอนนี": tonight, today, now (never "นีโอ" after a space)
# (nor a name, "วันนีย์": a letter silenced after it; review rev1)
# (nor a name told, "ชื่อวันนีค่ะ": review rev2)
_THIS = re.compile(r"(?<=คืน|วัน|ตอน)(?<!ชื่อวัน)(?<!ชื่อ วัน)(?<!ชื่อคืน)(?<!ชื่อ คืน)"
                   r"นี(?![" + _MARKS + r"]|[ก-ฮ]\u0e4c)")
# "ไม่รู", "บ่รู": not know (never "รูด", "รูป", a hole "รูใหญ่"... after no "ไม่")
_KNOW = re.compile(r"(?:(?<=ไม่)|(?<=บ่))รู(?![" + _MARKS + r"]|ด|ป|มเมท|มเมต)")  # ("ไม่มีรูมเมท")
# "แลว": already (no word is spelt so; never "ดูแลวัด", "ดูแลวัว": care for, then a word)
_ALREADY = re.compile(r"(?<!ดู)แลว(?![" + _MARKS + "])")
# an elder of himself or herself, old: "ลุงแกแล้ว" (never "บอกลุงแกแล้ว": told him)
_OLD = re.compile(r"(?:(?<=^)|(?<=\s))(ลุง|ป้า|ยาย|ตา|ปู่|ย่า)แก(?=แล้ว(?:$|\s|ค่ะ|ครับ|คับ|จ้า|จ้ะ|นะ))")

# น่าน (Nan) voice-typed as "นาน" (long), after a word of home or province, then an end
# ("จะกลับบ้านที่นานครับ", dev104); never a time ("อยู่บ้านที่นานแล้ว", "บ้านอยู่นานๆ", nor
# "อยู่บ้านอยู่นาน ไม่ได้ออกไปไหน": a word after it, review rev2)
_NAN = re.compile(r"(?:(?<=บ้านที่)|(?<=บ้านอยู่))นาน(?=\s?(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ)|$)"
                  r"|(?<=จังหวัด)นาน(?=ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|$|\s(?!ๆ|นาน))")


def tone_marks_put_back(text: str) -> str:
    """Cleaned `text` with these words spelt with their tone marks."""
    if "นาน" in text:
        text = _NAN.sub("น่าน", text)
    if "นี" in text:
        text = _THIS.sub("นี้", text)
    if "รู" in text:
        text = _KNOW.sub("รู้", text)
    if "แลว" in text:
        text = _ALREADY.sub("แล้ว", text)
    return _OLD.sub(r"\1แก่", text) if "แกแล้ว" in text else text
