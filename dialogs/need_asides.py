"""Need words that name no need where they stand, set aside before the needs are read:
goods made, sold or had enough of, and a prison's place name left by bus or for work."""

from __future__ import annotations

import re

__all__ = ["denial_starts", "set_aside"]

_GOODS = r"(?:เสื้อผ้า|ผ้าห่ม|ของใช้|ผ้าอ้อม|แพมเพิร์ส|แพมเพิส|นมผง|ข้าวสาร|อาหารแห้ง)"
# the trade one works in, or enough had ("ทำงานโรงงานเสื้อผ้าที่สมุทรสาคร โดนเลิกจ้าง", "ผมขาย
# เสื้อผ้ามือสองที่ตลาด", "ของใช้ยังพอมีค่ะ": review 1), never one lacking ("เสื้อผ้ามีแค่ชุดเดียว")
# (or carried, or given already: "แบกข้าวสารที่ท่าเรือ", "รับจ้างส่งอาหารแห้ง", "มูลนิธิให้
# ข้าวสารมาแล้ว", review rev3)
_GOODS_ASIDE = re.compile(r"((?:โรงงาน|ร้าน|ขาย|เย็บ|ตัด|ซัก|รีด|พับ|แพ็ค|แพค|โกดัง|บริษัท|แผนก|แบก|ขน(?!มา)"
                          r"|รับจ้างส่ง)"
                          r"(?:ขาย|ทำ|ตัด|เย็บ)?)" + _GOODS
                          + r"|" + _GOODS + r"(?=(?:ก็)?(?:ยัง)?(?:พอ)?มี(?:พอ|อยู่|ครบ)|(?:ก็)?ยังพอมี"
                          r"|(?:ก็)?(?:ไม่|บ่)ต้อง|มา(?:ให้)?แล้ว)")
# a prison known by its place's name, left by bus, by moving or to work there ("รถทัวร์ออกจาก
# ลาดยาวกี่โมง", "ย้ายออกจากบางขวางมาอยู่บางบัวทอง", "ผมเป็นคนลาดยาว นครสวรรค์ ออกจากลาดยาวมา
# หางานทำ": review 1); never one out of it ("ออกจากลาดยาวมาได้ ๒ วัน", dev64)
_PLACE_LEFT = re.compile(r"(?:ย้าย|รถ(?:ทัวร์|บัส|ตู้|เมล์)?|ขับ(?:รถ)?)ออกจาก(?=คลองเปรม|บางขวาง|ลาดยาว)"
                         r"|ออกจาก(?=ลาดยาวมา(?:ทำงาน|หางาน|เรียน))")
# nightmares are the mind's care only as they go on ("ฝันร้ายทุกคืน", "ยังฝันร้ายอยู่", dev108),
# never a life likened to one, one night's dream or one over ("ชีวิตตอนนี้เป็นฝันร้ายที่สุด",
# "เมื่อคืนฝันร้ายว่าแม่ตาย", "เคยฝันร้ายแต่หายแล้ว"); a psychologist by trade is no care
# ("ผมเคยทำงานเป็นนักจิตวิทยา", "ลูกสาวเรียนจบนักจิตวิทยา", review rev3)
_MIND_ASIDE = re.compile(r"(?<!ยัง)(?<!ชอบ)(?<!มัก)ฝันร้าย(?!\s?(?:ทุก|บ่อย|ตลอด|ประจำ|ซ้ำ|เรื่อย|อยู่"
                         r"|ติดกัน|หลายคืน|จน))"
                         r"|((?:ทำงาน|อาชีพ|เคย|จบ|เรียน)(?:เป็น|สาย|ด้าน)?)\s?นักจิตวิทยา")


def set_aside(text: str) -> str:
    """`text` with the need words that name no need where they stand taken out."""
    text = _MIND_ASIDE.sub(lambda m: " ฝัน " if m.group(1) is None else m.group(1) + " ", text)
    return _PLACE_LEFT.sub("จาก", _GOODS_ASIDE.sub(r"\1 ", text))


_DENIALS = frozenset({"ไม่", "ไม่ได้", "ไม่เคย", "ไม่มี", "บ่", "บ่ได้", "บ่มี", "บ่เคย"})
_LEADS = frozenset({"", "ผม", "หนู", "ฉัน", "ดิฉัน", "เรา", "ข้อย", "กระผม", "เขา", "เค้า", "แต่", "และ",
                    "แล้ว", "ยัง", "ตอนนี้", "ส่วน", "เลย", "ครับ", "ค่ะ", "คะ", "คับ", "นะ", "จ้า"})


def denial_starts(tokens: tuple[str, ...], k: int, at: int, word: str) -> bool:
    """A denial of a debt, a case, or what one is put through ("โดน"), ending at `k`, opens
    its clause ("ผมไม่ได้โดนฟ้อง", "ไม่มีหนี้ครับ", "ไม่มีงาน ไม่มีหนี้"): never an inability or a
    lack told of a thing before it ("จ่ายไม่ได้ โดนฟ้อง", "เงินไม่มี หนี้นอกระบบเต็มเลย",
    "งานก็ไม่มี คดีก็ยังไม่จบ", review 2). Any other denial stands."""
    if "โดน" not in tokens[k:at] and not word.startswith(("หนี้", "คดี")):
        return True
    for j in range(k - 1, max(-1, k - 3), -1):
        if "".join(tokens[j:k]) in _DENIALS:
            lead = tokens[j - 1] if j > 0 else ""
            lead = (tokens[j - 2] if j > 1 else "") if lead == "ก็" else lead
            return lead in _LEADS or "ไม่มี" in "".join(tokens[max(0, j - 5):j])
    return True
