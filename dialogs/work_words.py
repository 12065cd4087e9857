"""Work told in free text, beyond the need words: wages unpaid or a scam, and a trade of
one's own wished for (selling food, a small shop), read on the text without spaces."""

from __future__ import annotations

import re

__all__ = ["trade_wished", "wages_told", "work_wished"]

# wages not paid, or a scam, told ("ผู้รับเหมาหนีไม่จ่ายค่าแรง", "นายจ้างไม่จ่ายตังสามเดือน",
# "ไม่ได้เงินเดือนงวดสุดท้าย", "โดนนายหน้าหลอก"); never one's own bill ("ยังไม่จ่ายค่าห้อง")
_PAY = r"(?:ค่าแรง|ค่าจ้าง|เงินเดือน|ค่าตอบแทน|ค่าเหนื่อย)"
_BOSS = (r"(?:นายจ้าง|เถ้าแก่|ผู้รับเหมา|หัวหน้างาน|หัวหน้าสาย|นายหน้า|เอเย่นต์|บริษัท|โรงงาน|ไต๋"
         r"|เจ้าของ(?:เรือ|ร้าน|โรงงาน|สวน|ไร่|แคมป์|กิจการ))")
_WAGES = re.compile(r"(?:ไม่|บ่|ยังไม่|ไม่ยอม)(?:ได้)?(?:จ่าย|ให้|ได้)" + _PAY
                    + r"|จ่าย" + _PAY + r"ไม่ครบ|(?:ค้าง|ติดค้าง|ทวง|โกง|เบี้ยว|ยึด)" + _PAY
                    + r"|" + _PAY + r"(?:ก็|งวดสุดท้าย|สุดท้าย|\d+เดือน)?(?:ยัง)?(?:ไม่|บ่)ได้"
                    # (not "ค่าแรงไม่ได้ขึ้นเลย": a raise not had)
                    r"(?!เยอะ|มาก|ดี|เท่า|พอ|น้อย|ขึ้น|เพิ่ม|ปรับ|ลด|สูง|ต่ำ|แย่|แพง|ถูก|เป็น)"
                    + r"|" + _BOSS + r"(?:ก็)?(?:เขา|เค้า|มัน|เพิ่น)?(?:หนี|ปิดเบอร์|(?:ไม่|บ่)(?:ยอม)?จ่าย"
                    r"|เบี้ยว|โกง|หลอก|ชิ่ง|เชิดเงิน|ยึดเงิน)"
                    # (not "ไม่ได้โดนหลอกนะ")
                    r"|(?<!ไม่)(?<!บ่)(?<!ไม่ได้)(?<!บ่ได้)(?<!ไม่เคย)(?:โดน|ถูก)" + _BOSS
                    + r"?(?:หลอก|โกง)")
# no pay because no work: "ไม่ได้ทำงาน ไม่ได้เงินเดือน", "ตกงานมาสองเดือน ไม่ได้เงินเดือน"
_JOBLESS = re.compile(r"(?:ไม่ได้ทำงาน|ตกงาน|ว่างงาน|ไม่มีงาน(?:ทำ)?|ยังไม่ได้งาน|ถูกเลิกจ้าง|โดนเลิกจ้าง)"
                      r"(?:(?!ไม่|บ่|" + _BOSS + r").){0,16}?(?:ก็|เลย)*(?:ไม่|บ่)(?:ได้)?ได้" + _PAY
                      + r"(?!ที่ค้าง|ค้าง|งวด|สุดท้าย|ที่เหลือ|ที่ทำ|\d)")

# a trade of one's own wished for, to start ("อยากขายหมูปิ้งข้าวเหนียวอยู่หน้าบ้าน", "อยากหลบไป
# ขายขนมจีนที่บ้าน", "อยากเปิดร้านขายของชำเล็กๆ", dev91), or advice on the costing or the place
# ("คิดต้นทุนกะบ่เป็น", "ขอคำแนะนำเรื่องต้นทุนและทำเล"); never a trade denied, done before or
# another's ("ไม่อยากขายของแล้ว", "เคยขายหมูปิ้ง", "แม่ขายของที่ตลาด"), nor one's things sold
# for the fare ("อยากขายมือถือเอาค่ารถ"), nor a drug case ("คดีขายยาบ้า")
# (nor one's phone, bag, cattle, labour or card: "อยากขายไอโฟน", "อยากขายแรงงาน", review rev1)
_OWN_GOODS = (r"มือถือ|โทรศัพท์|ทอง|แหวน|สร้อย|บ้าน|ที่ดิน|ที่นา|ที่สวน|นา|สวน|รถ|ตัว|ยา|เลือด|ไต"
              r"|ของใช้|เสื้อผ้า|ทิ้ง|หน้า|ไม่|บ่|ได้|ออก|ต่อ|ไอโฟน|ไอแพด|โน้ตบุ๊ก|คอม|กระเป๋า|วัว|ควาย"
              r"|แรงงาน|บัตร|ลูก(?!ชิ้น|อม|ตาล|มะ|หยี)")
_TRADE = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ไม่ได้)(?<!เคย)(?:อยาก|ต้องการ|คิดจะ|ตั้งใจ|วางแผน)"
                    r"(?:จะ)?(?:ได้|มี)?"
                    r"(?:ทุน|เงินทุน)?"  # ("อยากได้ทุนไปขายของเล็กๆน้อยๆที่บ้าน", dev83)
                    r"(?:กลับ|ไป|หลบ|ปิ๊ก|ปิก|เมือ|ลอง|มา)?(?:ไป|มา)?(?:ลอง)?"
                    r"(?:ขาย(?!" + _OWN_GOODS + r")|ค้าขาย|(?:ทำ|เปิด|ตั้ง|มี)(?:ร้าน|แผง|แผงลอย|ธุรกิจ"
                    r"|กิจการ)|ทำอาชีพอิสระ|รับซ่อม)"
                    # the costing or the place asked of, not told ("ต้นทุนจมหมด", "ต้นทุนชีวิต",
                    # "ทำเลไม่ดี"), nor one's trade now ("อาชีพอิสระค่ะ"; review rev1)
                    r"|(?:คิด|คำนวณ|เรื่อง|ปรึกษา|แนะนำ|หา)(?:เรื่อง)?(?:ต้นทุน|ทำเล(?!ย|ข|ื))")

# work wished for in the verb itself ("อยากทำงาน", "อยากกลับไปทำงานที่บ้าน": "ทำงาน" is one
# word, no need word "งาน"); never a wish denied ("ไม่อยากทำงานแล้ว")
_WORK = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ไม่ได้)(?:อยาก|ต้องการ|อยากจะ)(?:ได้)?(?:กลับ)?(?:ไป|มา)?(?:หา)?"
                   r"(?:ทำงาน|ทำการ|ทำมาหากิน|ทำมาหาเลี้ยง)")


def work_wished(compact: str) -> bool:
    """Work wished for with the verb ("อยากทำงานค่ะ"), read where no need word says so."""
    return _WORK.search(compact) is not None


def wages_told(compact: str) -> bool:
    """Wages unpaid or a scam told (not the pay lacked for want of work)."""
    jobless = {m.end() for m in _JOBLESS.finditer(compact)}
    return any(m.end() not in jobless for m in _WAGES.finditer(compact))


def trade_wished(compact: str) -> bool:
    """A trade of one's own wished for, or advice on starting one."""
    return _TRADE.search(compact) is not None
