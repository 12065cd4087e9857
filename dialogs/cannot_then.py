"""A "cannot" that ends its clause before the urgency or the trouble said after it."""

from __future__ import annotations

import re

__all__ = ["CANNOT_THEN"]

# "กลับบ้านบ่ได้ ด่วนค่ะ" (negations_fixed: "ไม่ได้"): the "cannot" ends its clause, the urgency
# or trouble after the space is said (dev56: "หนูไปรับบ่ได้ ด่วนเจ้า"; dev79: "ส่งตังมาไม่ได้
# เดือดร้อน", refused); never the answer's "ไม่ได้ ด่วน", nor "did not" ("ผมไม่ได้ รีบครับ")
_CANNOT = r"(?<=\Sไม่ได้)" + "".join(f"(?<!{w}ไม่ได้)" for w in (
    "ผม", "หนู", "ฉัน", "เรา", "ข้อย", "เฮา", "กู", "มัน", "เขา", "เค้า", "แก", "ท่าน", "ก็", "กะ", "ยัง",
    "คง"))
# the trouble not had by a kin or now, the word opening its clause ("ยายไม่ได้ ลำบากอะไรหรอก
# ลูก", "พ่อไม่ได้ เดือดร้อน มีที่พักมีข้าวกิน", "แม่บ่ได้ ลำบากหยัง": review 1; never one
# who cannot reach them: "ติดต่อแม่ไม่ได้ เดือดร้อน"), nor said with "any" or "at all" after it
# (never "กลับบ้านไม่ได้ ลำบากอะไรขนาดนี้": so hard; nor "whatever", "however much": "กลับบ้าน
# ไม่ได้ ลำบากอะไรก็ต้องทน", "ทำงานไม่ได้ ลำบากเท่าไหร่ก็ต้องทน", review 2: refused)
_KIN = ("พ่อ", "แม่", "ป้า", "ลุง", "น้า", "ยาย", "ตา", "ปู่", "ย่า", "พี่", "น้อง", "ลูก", "หลาน",
        "เพื่อน", "แฟน", "ตอนนี้")
_NOT_KIN = "".join(f"(?:(?<!{w}ไม่ได้)|(?<=[ก-๙]{w}ไม่ได้))" for w in _KIN)
_ANYWAY = r"[ก-๙]{0,3}?ๆ?\s?(?:ก็|ก้|กะ)(?!แค่|เท่านั้น)"
_NONE_AT_ALL = (r"(?:อะไร|ไหร|หยัง)(?!ขนาดนี้|แบบนี้|" + _ANYWAY + r")|หรอก|เท่าไ(?!" + _ANYWAY
                + ")|ขนาดนั้น")
CANNOT_THEN = re.compile(_CANNOT + r"\s+(?=ด่วน|รีบ|เร่ง)|" + _CANNOT + _NOT_KIN
                         + r"\s+(?=(?:เดือดร้อน|ลำบาก)(?!" + _NONE_AT_ALL + "))")
