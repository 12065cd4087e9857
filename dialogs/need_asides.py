"""Need words that name no need where they stand, set aside before the needs are read:
goods made, sold or had enough of, and a prison's place name left by bus or for work."""

from __future__ import annotations

import re

__all__ = ["set_aside"]

_GOODS = r"(?:เสื้อผ้า|ผ้าห่ม|ของใช้|ผ้าอ้อม|แพมเพิร์ส|แพมเพิส|นมผง)"
# the trade one works in, or enough had ("ทำงานโรงงานเสื้อผ้าที่สมุทรสาคร โดนเลิกจ้าง", "ผมขาย
# เสื้อผ้ามือสองที่ตลาด", "ของใช้ยังพอมีค่ะ": review 1), never one lacking ("เสื้อผ้ามีแค่ชุดเดียว")
_GOODS_ASIDE = re.compile(r"((?:โรงงาน|ร้าน|ขาย|เย็บ|ตัด|ซัก|รีด|พับ|แพ็ค|แพค|โกดัง|บริษัท|แผนก)"
                          r"(?:ขาย|ทำ|ตัด|เย็บ)?)" + _GOODS
                          + r"|" + _GOODS + r"(?=(?:ก็)?(?:ยัง)?(?:พอ)?มี(?:พอ|อยู่|ครบ)|(?:ก็)?ยังพอมี"
                          r"|(?:ก็)?(?:ไม่|บ่)ต้อง)")
# a prison known by its place's name, left by bus, by moving or to work there ("รถทัวร์ออกจาก
# ลาดยาวกี่โมง", "ย้ายออกจากบางขวางมาอยู่บางบัวทอง", "ผมเป็นคนลาดยาว นครสวรรค์ ออกจากลาดยาวมา
# หางานทำ": review 1); never one out of it ("ออกจากลาดยาวมาได้ ๒ วัน", dev64)
_PLACE_LEFT = re.compile(r"(?:ย้าย|รถ(?:ทัวร์|บัส|ตู้|เมล์)?|ขับ(?:รถ)?)ออกจาก(?=คลองเปรม|บางขวาง|ลาดยาว)"
                         r"|ออกจาก(?=ลาดยาวมา(?:ทำงาน|หางาน|เรียน))")


def set_aside(text: str) -> str:
    """`text` with the need words that name no need where they stand taken out."""
    return _PLACE_LEFT.sub("จาก", _GOODS_ASIDE.sub(r"\1 ", text))
