"""A message as every step reads it: polite particles as young people type them ("งับ",
"คร้าบ", "ค้าบ", "ฮับ", "ครัช") spelt "ครับ", so every reader knows them as the particle
(dev79: "ได้งับ มีงับ" to the consent question was asked four times, then handed to a
person), and Thai typed in Latin letters in Thai script (dialogs.romanised), Thai typed
with the English keyboard layout by mistake spelt in Thai (dialogs.layout), and English
words of illness in a Thai sentence in Thai (dialogs.code_switch)."""

from __future__ import annotations

import re

from dialogs.code_switch import english_spelt
from dialogs.layout import layout_decoded
from dialogs.romanised import thai_from_latin

__all__ = ["particles_spelt", "typed_in_thai"]

# a word's end only (never "ระงับ": "บัญชีถูกระงับ"; "งับ" of a dog biting is a verb: "หมา
# งับ", "โดนงับขา" keep it; "ฮับ" of a "hub" is rare in Thai)
_SLANG = re.compile(r"(?<![a-z])(?:(?:คร้าบ|ค้าบ|คับ)ผม|(?<!ระ)งับ|ฮับ|คร้าบ|ค้าบ|ครัช)"
                    r"(?![ก-ฮะ-ฺเ-ๅ])")
_BITING = re.compile(r"(?:หมา|แมว|สุนัข|ปลา|จระเข้|ตัว|โดน|ถูก)\s?งับ")
# northern grandparents as typed ("ป้ออุ้ย 76 แม่อุ้ย 73", dev85: read as no ages, and the
# slip word "อุ้ย" took the count back): spelt "พ่ออุ๊ย", "แม่อุ๊ย", as the readers know them
# (never "ป้อน", feeding, nor "ป้าป้อน", a name)
_NORTHERN_ELDER = re.compile(r"(?:ป้อ|พ่อ)(?:อุ้ย|อุ๊ย)|แม่อุ้ย|ป้อ(?=หม่อน|เฒ่า|ใหญ่)")
# the slip word typed apart after a parent ("2 คน ไปกับพ่อ อุ๊ย 3 คนครับ", review 1): a slip
# still, never the title ("เอ้ย", as the readers know a slip)
_SLIP_APART = re.compile(r"(?<=พ่อ|แม่)\s+อุ๊ย")


# the Malay "anak" (children) of the deep south, with a count or an age, or had or taken along
# ("นอนสถานีกลางบางซื่อกับอาเนาะ ๒ คน", dev90: read as two): spelt "ลูก", as the readers know it
# (never "อา" and the particle "เนาะ" alone: "ไปกับอาเนาะ")
_MALAY_CHILD = re.compile(r"(?:(?<=กับ)|(?<=และ)|(?<=พา)|(?<=มี))\s?(?:อา|อะ)เนาะ"
                          r"(?=\s?[\d๐-๙]|\s?(?:สอง|สาม|สี่|ห้า|คน|ขวบ|เล็ก))"
                          r"|(?<![ก-๙])(?:อา|อะ)เนาะ(?=\s?[\d๐-๙]+\s?(?:คน|ขวบ))")


# northern "กิ๋น" (eat: "ข้าวก็บ่มีกิ๋น", "ข้าวบ่ได้กิ๋น", dev101): spelt "กิน", as the readers
# know it; no other word is written so
_NORTHERN_EAT = re.compile(r"กิ๋น|กิ้น(?=ข้าว)")


def particles_spelt(text: str) -> str:
    """`text` with the slang spellings of "ครับ" spelt so, northern grandparents' titles,
    the northern "eat" and the southern Malay word for children as the readers know them."""
    if "กิ๋น" in text or "กิ้น" in text:
        text = _NORTHERN_EAT.sub("กิน", text)
    if "เนาะ" in text:
        text = _MALAY_CHILD.sub("ลูก", text)
    if "อุ๊ย" in text:
        text = _SLIP_APART.sub(" เอ้ย", text)
    if "อุ้ย" in text or "ป้อ" in text:
        text = _NORTHERN_ELDER.sub(_elder_spelt, text)
    if not _SLANG.search(text) or _BITING.search(text):
        return text
    return _SLANG.sub("ครับ", text)


def _elder_spelt(m: re.Match[str]) -> str:
    said = m.group()
    return ("แม่" if said.startswith("แม่") else "พ่อ") + ("อุ๊ย" if len(said) > 3 else "")


def typed_in_thai(text: str) -> str:
    """A message as every reader should see it: Thai typed with the English keyboard layout
    in Thai ("pbopv," is ยินยอม, dev103), romanised Thai in Thai script ("dai krub yinyom
    mee krub", dev84: asked for consent six times, then handed off), English words of illness
    in a Thai sentence in Thai ("ผมเป็น depression", dev103: dialogs.code_switch) and the
    slang particles spelt."""
    return particles_spelt(thai_from_latin(english_spelt(layout_decoded(text))))
