"""A no to consent said in other words than "ไม่ยินยอม": a negation before an English or
Thai yes-word ("ไม่ consent ค่ะ", "no consent", "ไม่ ok", "not ok"), and a wish that
nothing be kept ("ไม่อยากให้เก็บข้อมูล", "บ่อยากให้เก็บข้อมูล", "อย่าเก็บข้อมูลนะ", "ไม่ต้อง
เก็บอะไร", "don't keep my data"). A wish to leave only a sensitive topic out ("ไม่อยากให้เก็บ
ข้อมูลเรื่องคุก", "...ข้อมูลผมเกี่ยวกับคุก") is no refusal (dialogs.consent_words.qualified_yes),
nor a question about it ("ไม่เก็บข้อมูลใช่ไหมคะ"), nor another's no told in a story ("นายจ้าง
ไม่ให้เก็บอะไรเลย", "บริษัทไม่ accept ใบลาออก", review rev5)."""

from __future__ import annotations

import re

__all__ = ["keeps_nothing", "negated_yes", "no_spelt", "withdraws"]

_NOT = r"(?:ไม่|บ่|มิ|no|not|don'?t|do\s*not|won'?t|never)"
_PARTICLES = r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|เจ้า|ฮะ|เลย|จ้ะ|na|krub|ka)*"
# "ม่ายยินยอม", "ไม่่ยินยอม" (a tone mark twice): "ไม่" mistyped before a consent word (review
# rev5: both were read as a yes)
_NO_MISSPELT = re.compile(r"(?:ม่าย|หม่าย|ไม่่+)(?=\s*(?:ยินยอม|ยอม|ให้|อยาก|ต้อง|เอา|ขอ))")
# the negation is the person's own: at the start, after a pause, a particle, a pronoun, a
# parent written for, or a word of asking; never glued to another ("นายจ้างไม่ให้เก็บ...",
# "แฟนไม่ยินยอมแล้ว") nor after one ("my boss does not accept", "บริษัท ไม่ accept")
_OWN_BEFORE = re.compile(r"(?:^|[\s,.!?:;()ๆ]|ผม|หนู|ฉัน|ดิฉัน|เรา|ข้อย|ข่อย|เฮา|กู|ค่ะ|คะ|ค่า|ครับ|คับ"
                         r"|จ้า|จ้ะ|นะ|เด้อ|เจ้า|ฮะ|แล้ว|ละ|เลย|ก็|ขอ|ยัง|จะ|ตอนนี้|เปลี่ยนใจ|ช่วย"
                         r"|รบกวน|กรุณา|อยากให้|ต้องการให้|ต้องการ|อยาก|พ่อ|แม่|ลุง|ป้า|ยาย|ปู่|ย่า"
                         r"|i|please|pls|sorry|but|and|so)$", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"(?:นายจ้าง|เจ้านาย|หัวหน้า|บริษัท|โรงงาน|เถ้าแก่|ร้าน|ผู้จัดการ|นายหน้า|เจ้าของ"
                           r"\S*|สามี|ผัว|แฟน|เมีย|เขา|เค้า|มัน|ตำรวจ|โรง\S*|รพ\.?"
                           r"|(?<![a-z])(?:they|he|she|it|boss|company|employer|hospital|landlord|does"
                           r"|did|is|was|will))(?:ก็|เขา|เค้า|ยัง|เลย|\s)*$",
                           re.IGNORECASE)


def no_spelt(text: str) -> str:
    """`text` with a mistyped "ไม่" before a consent word spelt right."""
    return _NO_MISSPELT.sub("ไม่", text)


def _own(spaced: str, start: int) -> bool:
    """Whether what `spaced` without its spaces says from `start` on is the person's own,
    read with the spaces kept."""
    at = [i for i, c in enumerate(spaced) if c != " "]
    before = spaced[:at[start] if start < len(at) else len(spaced)]
    return bool(_OWN_BEFORE.search(before)) and not _OTHER_BEFORE.search(before.rstrip())


# "ไม่ consent ค่ะ", "no consent", "i do not agree", "ไม่ให้ consent": anywhere in the message
_NOT_AGREED = re.compile(_NOT + r"\s*(?:ขอ|ให้|อยาก|ได้)?\s*(?:give\s+)?(?:my\s+)?"
                         r"(?:consent|agree|accept)(?![a-z])"
                         # "don't keep my data", "I don't want you to store my info"
                         r"|" + _NOT + r"\s*(?:want\s+(?:you\s+)?to\s+)?(?:keep|store|save|record"
                         r"|collect)\s+(?:my|any)\s*(?:data|info|information|details|messages)",
                         re.IGNORECASE)
# "ไม่ ok", "ไม่โอเคค่ะ", "not ok", "no ok?": the whole message ("ชีวิตไม่ok เลย ไม่มีเงิน" is
# a story, not an answer)
_NOT_OK = re.compile(_NOT + r"\s*(?:ok|okay|โอเค|โอเช|yes|ตกลง)\s*" + _PARTICLES + r"\s*[?!.]*",
                     re.IGNORECASE)
_PRONOUN = r"(?:ผม|หนู|ฉัน|ดิฉัน|เรา|ข่อย|ข้อย)"
# nothing to be kept: "ไม่อยากให้เก็บข้อมูล", "ไม่ต้องเก็บอะไร", "อย่าเก็บข้อมูลนะ", "ห้ามบันทึก
# ข้อมูล", "ไม่อยากให้ข้อมูลค่ะ", "ไม่ให้เก็บค่ะ" (ending the message); never a topic named
# after it, a pronoun between ("ไม่อยากให้เก็บข้อมูลผมเรื่องคุก" leaves that out only), nor
# things to pack ("ไม่ต้องเก็บอะไรมากค่ะ มีกระเป๋าใบเดียว")
_KEEP_NOTHING = re.compile(
    r"(?:(?:ไม่|บ่)(?:อยาก|ต้อง|ขอ|ต้องการ)?(?:ให้)?|ขออย่า|อย่า|ห้าม)(?:ไป)?"
    r"(?:(?:เก็บ|บันทึก|จด)(?:ไว้)?(?>(?:ข้อมูล|อะไร(?!มาก|เยอะ|หลาย|นัก|ติดตัว|ไป|กลับ))(?:ของ)?"
    + _PRONOUN + r"?(?:ไว้)?(?:ทั้งนั้น|ทั้งหมด|เลย|ใดๆ)?)"
    r"(?!เรื่อง|ส่วน|อ่อนไหว|ที่|บาง|คุก|คดี|สุขภาพ|โรค|hiv|เอช|เกี่ยว|การ|ด้าน|ทาง|ป่วย|ประวัติ|อาการ)"
    # (or asking first after it, read without spaces: "ยังไม่ให้เก็บ ถามก่อน", dev108)
    r"|(?:เก็บ|บันทึก|จด)(?:ไว้)?(?=" + _PARTICLES + r"(?:$|[\s,.!]|(?:แค่)?ถาม)))"
    r"|(?:ไม่|บ่)(?:อยาก|สะดวก|ขอ|ต้องการ)ให้ข้อมูล(?=" + _PARTICLES + r"(?:$|[\s,.!]))",
    re.IGNORECASE)
_ASKED = re.compile(r"ไหม|มั้ย|มั๊ย|หรือเปล่า|หรือไม่|รึเปล่า|ได้บ่|บ่\??$|\?|ป่ะ|ปะ$|เหรอ|หรอ(?!ก)|แม่นบ่")


def negated_yes(text: str) -> bool:
    """A yes-word denied: "ไม่ consent ค่ะ", "no consent", "ไม่ ok", "not ok?"."""
    compact = no_spelt(text.strip().lower())
    said = _NOT_AGREED.search(compact)
    if said is not None and _own(compact, len(compact[:said.start()].replace(" ", ""))):
        return True
    return bool(_NOT_OK.fullmatch(compact))


def keeps_nothing(text: str) -> bool:
    """A wish that nothing told be kept, not asked about: "ไม่อยากให้เก็บข้อมูล",
    "บ่อยากให้เก็บข้อมูล", "อย่าเก็บข้อมูลนะ", "ไม่ต้องเก็บอะไร"."""
    spaced = no_spelt(text.lower())
    compact = spaced.replace(" ", "")
    said = _KEEP_NOTHING.search(compact)
    return said is not None and not _ASKED.search(compact[said.end():]) and _own(
        spaced, said.start())


# consent taken back after a yes: "ขอถอนความยินยอม", "ยกเลิกการยินยอม", "ลบข้อมูลผมด้วย",
# "ลบประวัติผมด้วยครับ", "I withdraw my consent", "please delete my data"
_WITHDRAWN = re.compile(r"(?:ถอน|ยกเลิก)(?:การ|ความ)?(?:ให้)?(?:ความ)?ยินยอม"
                        r"|ลบ(?:ข้อมูล|ประวัติ|ข้อความ|แชท)|ลบเรื่อง(?:ของ)?" + _PRONOUN
                        + r"|ไม่(?:อยาก)?ให้ใช้ข้อมูล(?!มือถือ|เน็ต|โทรศัพท์)"
                        r"|(?:withdraw|revoke)\s*(?:my\s*)?consent|no\s*longer\s*consent"
                        r"|(?:delete|erase|remove)\s*(?:all\s*)?(?:of\s*)?my\s*(?:data|info|details"
                        r"|messages)", re.IGNORECASE)
# ... and a no said again once consented, as a change of mind: "ไม่ยินยอมแล้ว", "เปลี่ยนใจ ไม่ให้
# เก็บข้อมูลแล้ว", "อย่าเก็บข้อมูลหนูแล้วนะ" (never at the question whether to record sensitive
# data, whose no is its answer)
_NO_MORE = re.compile(r"(?:(?:ไม่|บ่)(?:ให้|ขอ|อยาก(?:ให้)?)?(?:ความ)?(?:ยินยอม|เก็บข้อมูล|บันทึกข้อมูล)"
                      r"|(?:อย่า|ห้าม)(?:เก็บ|บันทึก|จด)ข้อมูล(?:ของ)?" + _PRONOUN + r"?)(?:แล้ว|ละ|อีก)"
                      r"|เปลี่ยนใจ")
# after "เปลี่ยนใจ", a no to what is kept ("ไม่ให้เก็บข้อมูล", "ไม่ยินยอม"), never to keeping
# money or things ("เปลี่ยนใจ ไม่เก็บเงินแล้ว", "นายจ้างไม่ให้เก็บของ")
_CHANGED_NO = re.compile(r"(?:ไม่|บ่)(?:ให้|ขอ|อยาก(?:ให้)?)?(?:ความ)?(?:ยินยอม|เก็บ(?=ข้อมูล|ไว้|อะไร"
                         r"|ประวัติ|เรื่อง" + _PRONOUN + r"|แล้ว|ละ|ค่ะ|ครับ|คับ|นะ|$))")
# the phone's data lost, not the person's here ("โทรศัพท์ลบข้อมูลหมด", "โดนแฮก ลบข้อมูลหมด")
_DEVICE = re.compile(r"มือถือ|โทรศัพ|โทรสับ|เครื่อง|แฮก|ไวรัส|ซิม|คอม|โดนลบ|เผลอ|รูป|เบอร์|phone")
# asked about ("ต้องลบข้อมูลไหมคะ", "ไม่ยินยอมแล้วเหรอ", "ถ้าไม่ยินยอมแล้วจะเป็นไง"), not asked
# for ("ลบข้อมูลผมได้ไหมคะ", "ขอถอนความยินยอมได้ไหม")
_SUPPOSED = re.compile(r"ถ้า|หาก|สมมติ|ต้อง(?:ลบ|ถอน)|if\s")
_ASKED_FOR = re.compile(r"ได้(?:ไหม|มั้ย|มั๊ย|บ่|ป่ะ|ปะ|หรือเปล่า)|หน่อย|ด้วย|please|pls|can\s*you")


def _own_words(pattern: re.Pattern[str], spaced: str) -> re.Match[str] | None:
    """The first of `pattern` said as the person's own (read without spaces)."""
    compact = spaced.replace(" ", "")
    for said in pattern.finditer(compact):
        if _own(spaced, said.start()):
            return said
    return None


def withdraws(text: str, answering_no: bool = False) -> bool:
    """Consent taken back after a yes ("ขอถอนความยินยอม", "ไม่ยินยอมแล้ว", "เปลี่ยนใจ ไม่ให้
    เก็บข้อมูลแล้ว", "ลบข้อมูลผมด้วย"); with `answering_no` (a yes or no question is asked)
    only the words of withdrawal, never a plain no."""
    spaced = no_spelt(text.lower())
    compact = spaced.replace(" ", "")
    if _SUPPOSED.search(compact) or (_ASKED.search(compact) and not _ASKED_FOR.search(compact)):
        return False
    erased = _own_words(_WITHDRAWN, spaced)
    if erased is not None and not (erased[0].startswith("ลบ") and _DEVICE.search(compact)):
        return True
    if answering_no:
        return False
    changed = _own_words(_NO_MORE, spaced)
    return changed is not None and (changed[0] != "เปลี่ยนใจ" or keeps_nothing(spaced) or (
        _own_words(_CHANGED_NO, spaced) is not None))
