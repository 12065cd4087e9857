"""A complaint to the police wished for against someone, read on the text without spaces:
legal advice (the justice centre), as "ฟ้อง" or "คดี" are. Never a report of a thing or a
person lost ("แจ้งความบัตรหาย", "แจ้งความคนหาย"), nor "แจ้งความประสงค์" (to state a wish),
nor the report's paper ("ใบแจ้งความ"), nor one not wished ("ไม่อยากแจ้งความเขา")."""

from __future__ import annotations

import re

__all__ = ["charges_wished"]

# the wrongdoer named, or what the complaint is for ("แจ้งความเขา", "แจ้งความเอาผิดนายหน้า",
# "แจ้งความจับผัว", "แจ้งความดำเนินคดี"); or advice asked on it ("อยากปรึกษาเรื่องแจ้งความ")
# ("มัน" as "it" never: "แจ้งความมันยุ่งยาก", review rev1)
_WHOM = (r"(?:เขา|เค้า|มัน(?!ยุ่ง|ยาก|เสีย|ไม่|ก็|นาน|ช้า|เป็นเรื่อง)"
         r"|ผัว|สามี|แฟน|นายจ้าง|นายหน้า|เอเย่นต์|แก๊ง|คนที่|พวกมัน|เจ้าหนี้|พ่อเลี้ยง"
         r"|เอาผิด|จับ|ดำเนินคดี|ร้องทุกข์)")
_NOT_THING = r"(?!ประสงค์|บัตร|ของ|คนหาย|เอกสาร|เอาไว้แล้ว|แล้ว|ไว้แล้ว)"
_CHARGES = re.compile(
    r"(?<!ใบ)(?<!บันทึก)(?<!ไม่)(?<!บ่)(?<!ไม่อยาก)(?<!ไม่ได้)(?<!ไม่ต้อง)(?<!ไม่กล้า)(?<!ไม่คิดจะ)"
    r"แจ้งความ" + _NOT_THING + _WHOM
    + r"|(?:ปรึกษา|แนะนำ|คำแนะนำ)(?:เรื่อง)?(?:การ)?แจ้งความ" + _NOT_THING)


# ...never one refused with a "ไป" between ("ไม่อยากไปแจ้งความเขา", "ไม่กล้าไปแจ้งความผัว"),
# nor one the writer wants no part of ("...แต่ไม่อยากยุ่ง", "ไม่อยากมีเรื่อง"): review rev1
_REFUSED = re.compile(r"(?:ไม่|บ่)(?:อยาก|กล้า|ได้|ต้อง|คิดจะ)(?:จะ)?ไปแจ้งความ"
                      r"|(?:ไม่|บ่)(?:อยาก|ต้องการ)(?:จะ)?(?:ยุ่ง|มีเรื่อง|เอาเรื่อง|เป็นเรื่อง)|ไม่เอาเรื่อง")


def charges_wished(compact: str) -> bool:
    """A complaint against someone wished for, or advice asked on making one."""
    return _CHARGES.search(compact) is not None and not _REFUSED.search(compact)
