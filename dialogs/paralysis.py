"""Paralysis after a stroke, and whether it is told as an illness or as a disability.

"อัมพฤกษ์" (one side weak) and "อัมพาต" are read as a disability ("เป็นอัมพฤกษ์ครึ่งซีก"),
also as people type them with one hand or by voice ("เปนอัมพฤก", "เปนอำพรึก", dev93, dev104).
Told as an illness ("ป่วยเป็นอัมพฤกษ์", "เปนอัมพฤกษ์ ยังป่วยอยู่"), or with a disability
denied ("พ่อไม่ได้พิการนะคะ หมอว่าทำกายภาพแล้วจะดีขึ้น"), it is the care of one who is
sick, not of one disabled: unless a disability is named all the same (a wheelchair, a
disability card, "พิการ"). Patterns on the cleaned text without spaces.
"""

from __future__ import annotations

import re

__all__ = ["ILL_SAID", "PARALYSIS", "disability_denied"]

# อัมพาต, อัมพฤกษ์ and their misspellings (อำ for อัม; รึ, ริ for ฤ; a last letter dropped)
PARALYSIS = r"(?:อัม|อำ)(?:พาต|พ(?:ฤ|รึ|ริ)ก(?:ษ์|ส์|ข์)?)"
# a person named as the subject of what follows (never the paralysed one's illness said of
# another: "ผมเป็นอัมพาตครึ่งตัว ลูกป่วย", "พ่อเป็นอัมพาต ผมไม่ได้พิการ", review rev2)
_PERSON = (r"(?:แม่|พ่อ|ลูก(?:สาว|ชาย)?|เมีย|ผัว|สามี|ภรรยา|แฟน|ยาย|ตา|ปู่|ย่า|หลาน|น้อง|พี่|ลุง|ป้า"
           r"|น้า|ผม|หนู|ฉัน|ดิฉัน|เพื่อน)")
# the paralysis told as an illness ("ป่วยเป็นอัมพฤกษ์", "ป่วยอัมพฤกษ์ซีกซ้าย", "เปนอัมพฤกษ์ ยังป่วย
# อยู่"), the illness said right after it of no one else and not denied; for dialogs.facts,
# with its negation guard ("ไม่ได้ป่วยเป็นอัมพาต"); never a patient's ward or kin ("หอผู้ป่วย")
ILL_SAID = (r"!(?:(?<!ผู้)(?<!คน)(?<!เจ็บ)ป่วย(?:เป็น|เปน|ด้วย)?(?:โรค)?" + PARALYSIS
            + "|" + PARALYSIS + r"(?:(?!ไม่|บ่|" + _PERSON + r")[ก-๙\d]){0,14}?(?:ยัง|ก็)?ป่วย)")
# a disability denied outright ("ไม่ได้พิการ", "ไม่ใช่คนพิการ", "ไม่ได้เป็นคนพิการนะคะ")
_DENIED = re.compile(r"(?:ไม่|บ่)(?:ได้|ใช่)?(?:เป็น)?(?:คน)?พิการ(?!ทาง)")
_SAID_OF = re.compile("(" + _PERSON + r")(?:ผม|หนู|ฉัน)?(?:เขา|เค้า|ท่าน|แก|ก็|ยัง|[\d]+)*(?:ป่วย)?"
                      r"(?:เป็น|เปน)?$")
_PARALYSED = re.compile(PARALYSIS)


def disability_denied(compact: str) -> bool:
    """A disability denied, of no one named or of the one named as paralysed ("พ่อเป็น
    อัมพาตครึ่งซีก ไม่ได้เป็นคนพิการค่ะ"; never "หนูไม่ได้พิการนะคะ แม่เป็นอัมพาตค่ะ")."""
    paralysed = _PARALYSED.search(compact)
    by = _SAID_OF.search(compact, max(0, paralysed.start() - 14), paralysed.start()) if (
        paralysed) else None
    for m in _DENIED.finditer(compact):
        who = _SAID_OF.search(compact, max(0, m.start() - 14), m.start())
        if who is None or (by is not None and by[1] == who[1]):
            return True
    return False
