"""What a helper says of the consent itself after the yes, before the answer to the
question shown with it (dialogs.consent_preview): the yes of the one written for relayed
("น้องเค้าก็โอเคค่ะ", "พ่อบอกว่าได้ค่ะ"), how it was asked ("พี่ถามให้แล้ว", "ผมถามป้ออุ้ยทาง
โทรศัพท์แล้ว", "ผมอ่านให้ฟังแล้ว"), that they sit beside ("นั่งอยู่ข้างๆหนู"), the yes said
again ("ยินยอมๆ", "บันทึกได้เลย"). No part of the answer: read with it, the card went
unread and the question was asked again (dev101, dev102, dev104, dev105, dev99)."""

from __future__ import annotations

import re

__all__ = ["consent_remarks_out"]

_PARTICLES = r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|เจ้า|นะ|เด้อ|แล้ว|ละ|ลูก|หลาน)*"
_SELF = r"(?:ผม|หนู|ฉัน|ดิฉัน|เรา|กระผม|พี่|อาตมา)"
# the one written for, as a helper names them
_WHO = (r"(?:คุณ|โยม)?(?:ยาย|ตา|ปู่|ย่า|ลุง|ป้า|น้า|อา|พ่อ|แม่|ลูก|หลาน|พี่|น้อง|เพื่อน|แฟน|สามี|ผัว"
        r"|เมีย|ภรรยา|คนไข้|ผู้ป่วย|ป้ออุ้ย|แม่อุ้ย|ป้ออุ๊ย|แม่อุ๊ย|โยม|แก|ท่าน)?(?:ชาย|สาว)?"
        r"(?:เขา|เค้า|แก|ท่าน)?")
_REMARK = re.compile(
    # the notice read out, or the question asked of them ("ผมอ่านให้ฟังแล้ว", dev92)
    r"(?:" + _SELF + r"(?:ได้)?(?:อ่าน|อธิบาย|แปล|ถาม)(?:ให้)?" + _WHO + r"(?:ฟัง)?(?:ให้)?"
    r"(?:ทาง(?:โทรศัพท์|ไลน์|โทร))?"
    # their yes relayed ("น้องเค้าก็โอเคค่ะ", "พ่อบอกว่าได้ค่ะ", "โยมเขาก็ยินยอม")
    r"|" + _WHO + r"(?:ก็)?(?:(?:บอก|ตอบ)(?:มา)?(?:ว่า)?|ว่า)?(?:ได้|โอเค|ok|ตกลง|ยินยอม|ยอม|ยินดี)"
    # sitting beside the writer ("นั่งอยู่ข้างๆหนู", "น้องเขาอยู่นี่")
    r"|" + _WHO + r"(?:ก็)?(?:นั่ง(?:อยู่)?(?:ข้างๆ|ข้าง|ด้วย|ตรงนี้)?|อยู่(?:ข้างๆ|ข้าง|นี่|ตรงนี้))"
    + _SELF + r"?"
    # the yes said again ("ยินยอมๆ", "บันทึกได้เลย")
    r"|ยินยอม(?:ๆ)?|(?:บันทึก|เก็บ|จด)(?:ไว้)?(?:ได้|ไว้)(?:เลย|หมด|ทุกอย่าง)?)" + _PARTICLES, re.IGNORECASE)


def consent_remarks_out(rest: str) -> str:
    """`rest` (what follows the yes) without the remarks of the consent at its start,
    chunk by chunk; the answer after them is left as it is."""
    chunks = rest.split()
    while chunks and _REMARK.fullmatch(chunks[0]):
        chunks.pop(0)
    return " ".join(chunks)
