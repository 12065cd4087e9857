"""Means had: an answer to "what hardship?" that tells money, a salary or an income,
and no lack (no hardship at all)."""

from __future__ import annotations

import re

__all__ = ["well_off"]

# No hardship, told as means had (dev19: "มีเงินอยู่ค่ะ ทำงานมีเงินเดือน แต่อยากประหยัด ค่ารถแพง"):
# money, a salary or an income had; a job only with a wish to save ("มีงานทำ อยากประหยัด").
# Never with a lack, a little or a loss said too ("มีเงินเดือนแต่โดนขโมยหมด", "มีเงินนิดหน่อย",
# "มีงานแต่ยังไม่ได้เงินเดือน"), nor the money for the fare only ("มีเงินค่ารถแล้ว").
_MONEY_HAD = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ได้)(?<!เคย)มี(?:เงิน|ตังค์|ตังส์|ตัง|สตางค์|รายได้)"
                        r"(?!ค่า|ซื้อ|กลับ|เดินทาง|จ่าย|ไป|ให้|ส่ง|ใช้|พอ)")
_JOB_HAD = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ได้)(?<!เคย)มีงาน|ทำงานประจำ")
_SAVING = re.compile(r"ประหยัด|อยากได้(?:ฟรี|ของฟรี)|ไม่อยาก(?:เสีย|จ่าย)(?:เงิน|ตัง|ค่า\w{0,6})?"
                     r"|เก็บเงิน|เก็บตัง")
# some of what was spent back ("มีเงิน มีที่พักโรงแรม แต่อยากได้คืนบ้าง", dev107): said aside,
# its own "but" with it; no wish to save that excuses another "but" ("มีเงินในบัญชี แต่บัตร ATM
# โดนกลืน อยากได้คืน", review rev3: the money out of reach), nor tonight ("อยากได้คืนนี้")
_BACK = re.compile(r"(?:แต่)?(?:ก็)?อยากได้(?:เงิน|ตังค์|ตัง)?คืน(?!นี้|ละ|หน้า|เดียว)(?:บ้าง)?")
# a lack denied ("ก็ไม่ถึงกับไม่มีหรอกครับ", "ไม่ถึงขั้นลำบาก"): no lack said
_NOT_SO = re.compile(r"(?:ไม่|บ่)ถึง(?:กับ|ขั้น|ขนาด)(?:ว่า)?(?:จะ)?(?:ไม่มี|บ่มี|ลำบาก|เดือดร้อน|ขาด|จน)")
_LACK = re.compile(r"ไม่|บ่|หมด|หาย|ขโมย|ล้วง|ปล้น|โกง|หลอก|ยึด|นิด|หน่อย|น้อย|แค่|เหลือ|[\d๐-๙]|บาท"
                   r"|ค้าง|ลำบาก|เดือดร้อน|ขาด|จน|ถังแตก|หนี้|ตกงาน|เลิกจ้าง|ไล่ออก|ป่วย|หิว|นอน"
                   r"|ถ้า|หาก|ช้า|ต้อง|หัก|รักษา|ค่าครองชีพ|บ้าง|วันละ|เดือนหน้า|เอาไป")
_DEAR = re.compile(r"แพง")  # "ค่ารถแพง": dear, a lack unless a wish to save is said


def well_off(text: str) -> bool:
    """The answer to "what hardship?" tells means had and no lack (see `_MONEY_HAD`)."""
    compact = text.replace(" ", "").lower()
    saving = _SAVING.search(compact) is not None
    rest = _NOT_SO.sub("", _SAVING.sub("", _BACK.sub("", compact)))
    if _LACK.search(rest) or (_DEAR.search(rest) and not saving):
        return False
    if "แต่" in rest and not saving:  # "มีเงินเดือนแต่นายจ้างจ่ายช้า": a but, no wish to save
        return False
    return _MONEY_HAD.search(rest) is not None or (saving and _JOB_HAD.search(rest) is not None)
