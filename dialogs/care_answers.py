"""Answers about care while travelling: can one travelling with a care need go alone,
and who else in a group needs care (the questions of dialogs.asking)."""

from __future__ import annotations

import re

from dialogs.parse import facts_of
from dialogs.parse_numbers import PARTICLE
from dialogs.readers import read_special
from dialogs.travellers import CHILD_ALONE

# to "can you travel alone?": no ("ไปเองไม่ไหว", "ต้องมีคนพาไป", a bare "ไม่ได้ค่ะ"), yes
# ("ไปเองได้", "ไหวค่ะ"); "พูดไม่ได้" (cannot speak) says nothing of travelling
_PARTICLES = r"(?:" + PARTICLE + r"|เลย|หรอก)*"
_NOT_ALONE = re.compile(r"(?:ไป|เดินทาง|เดิน|นั่งรถ)(?:เอง|คนเดียว)?(?:ก็)?(?:ไม่|บ่)(?:ค่อย)?(?:ได้|ไหว)"
                        r"|(?<!ไม่)(?<!บ่)(?:ต้องมีคน|ต้องให้คน|ต้องพา|ต้องมีญาติ|ต้องมีผู้)|(?<!ต้อง)มีคนพา"
                        r"|(?<!ไม่ต้อง)(?<!บ่ต้อง)พาไป(?!เอง)"  # "ตาพาไปเองได้": by themselves,
                        # not another who takes them ("ลูกชายจะพาไปเอง", "ญาติจะมารับแล้วพาไปเอง")
                        r"|(?:ลูก(?:ชาย|สาว|เขย|สะใภ้)?|หลาน|ญาติ|พี่(?:ชาย|สาว)?|น้อง(?:ชาย|สาว)?|แฟน|สามี"
                        r"|ผัว|เมีย|ภรรยา|หนู|ผม|ดิฉัน|เพื่อน|เจ้าหน้าที่)(?:เขา|เค้า)?(?:จะ|ก็)?"
                        r"(?:มารับ(?:แล้ว)?)?พาไปเอง")
# afraid of getting lost ("ไปคนเดียวย่านหลงจ้า": Isan ย่าน, dev51), not one who is not ("ไม่
# ต้องกลัวหลง", "ไม่ได้กลัวหลง"); after a yes ("ไปเองได้ แต่กลัวหลงนิดหน่อย"): unsure
# (nor another's fear, a past one, one denied: "แม่กลัวว่าจะหลง", "ตอนแรกกลัวหลง", "ใครว่ากลัวหลง")
_FEARS_LOST = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ต้อง)(?<!ได้)(?<!เคย)(?<!ค่อย)(?<!แม่)(?<!พ่อ)(?<!ยาย)"
                         r"(?<!ลูก)(?<!เขา)(?<!ใครว่า)(?<!ตอนแรก)(?<!เมื่อก่อน)(?:กลัว|ย่าน)(?:จะ|สิ|ว่าจะ)?"
                         r"(?:หลง|ไป(?:ไม่|บ่)ถูก|ไปบ่ถืก)")
# a bare "ไม่" may answer either half of "can you go alone, or must someone take you?"
_BARE_NO = re.compile(r"(?:(?:ไม่|บ่)(?:ค่อย)?(?:ไหว|ได้)|ต้อง)" + _PARTICLES)
# a bare no first, then why ("ไม่ได้ ไปเองหลงแน่", "บ่ได้หลาน ลุงอ่านหนังสือบ่ออก", dev47),
# a care need the why ("ไม่ได้ ขาไม่ดี", dev110: asked three times, then skipped)
# "ไม่ได้ ไม่หลงหรอก ไปเองได้", "...แต่ผมไปคนเดียวได้" (review 4): a yes after all
_ALONE_SAID = re.compile(r"ไปเองได้|ไปได้|ไหว|(?:เอง|คนเดียว)(?:ก็)?ได้")
_NO_FIRST = re.compile(r"(?:ไม่|บ่)(?:ค่อย)?(?:ไหว|ได้)(?:หลาน|ลูก|หนู)?" + _PARTICLES)
_WHY_NOT = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ค่อย)หลง|อ่าน(?:หนังสือ)?(?:ไม่|บ่)ออก|(?:ไม่|บ่)รู้(?:จัก)?ทาง"
                      r"|จำทาง(?:ไม่|บ่)ได้|ขึ้นรถ(?:เอง)?(?:ไม่|บ่)(?:ถูก|เป็น)|ขี้ลืม|(?<!ไม่)(?<!บ่)(?<!ส่)งง(?!า)")
_AGAINST = re.compile(r"แต่|ไม่ไหว|บ่ไหว|ยังไม่|หลง|ไม่งั้น|มีคน|ไม่ค่อย(?:ดี|ไหว|ได้)|ไม่ให้|ไกล|เยอะ"
                      r"|เป็นลม|(?:ถ้า|หาก)ไม่ได้")
_YES_FIRST = re.compile(r"(?:ผม|หนู|ฉัน|ข้อย)?(?:(?:ไป|เดินทาง)(?:เอง|คนเดียว)?(?:ได้|ไหว)(?:สบาย)?"
                        r"|ไหว|ได้)" + _PARTICLES)
_ALONE = re.compile(r"ไหว|ได้|ไปเอง|คนเดียว|สบาย|ไม่ต้อง")
# a "no" said anywhere (northern and Isan "บ่"; never in "บ่อย", "บ่อ", "บ่าย": "นั่งรถทัวร์บ่อย")
_NEGATION = re.compile(r"ไม่|บ่(?!อ|า)")  # (nor "บ่า", the shoulder: "ปวดบ่านิดหน่อย")
# "ได้ค่ะ ไม่เป็นไร", "ได้ บ่ต้องพา": yes
_NO_MATTER = re.compile(r"(?:ไม่|บ่)เป็นหยัง|ไม่เป็นไร|(?:ไม่|บ่)ต้อง(?:มีคน)?(?:พา|ห่วง)?")


def read_travel_alone(text: str, value: str | None) -> bool | None:
    """Whether one travelling with a care need can travel alone: a button, the care need
    "เดินทางคนเดียวไม่ไหว" (no), or words; "ไม่มี" says nothing of it (asked again)."""
    if value in ("yes", "no"):
        return value == "yes"
    compact = text.replace(" ", "")
    if compact.startswith("ไม่ต้อง"):  # "ไม่ต้องมีคนพาค่ะ": nobody needs to take me
        return True
    first, _, why = text.strip().partition(" ")
    if _FEARS_LOST.search(compact):
        return None if _YES_FIRST.fullmatch(first) else False
    if "cannot_travel_alone" in facts_of(text).special_needs or _NOT_ALONE.search(
            compact) or _BARE_NO.fullmatch(compact) or (
            _NO_FIRST.fullmatch(first) and (_WHY_NOT.search(why.replace(" ", ""))
                                            or facts_of(why).special_needs)
            and not _ALONE_SAID.search(why)):
        return False
    said_why = why.replace(" ", "")
    if _YES_FIRST.fullmatch(first) and said_why.startswith(("ถ้า", "หาก")):
        # "ไปเองได้ครับ ถ้ากินยาตรงเวลาไม่ค่อยชัก" (dev50): a yes, then when; never "ถ้าไม่ไกล
        # แต่นี่ไกลคงไม่ไหว", "ถ้ามีคนไปรับ ไม่งั้นหลง": unsure
        return None if _AGAINST.search(said_why) else True
    rest = _NO_MATTER.sub("", compact)
    if _ALONE.search(compact) and not _NEGATION.search(rest):
        return True
    return None


# to "anyone else who needs care?": nobody else ("มีแค่ลูกค่ะ", "ครบแล้ว", "แค่นั้น"), or
# an elder of the family named as needing care ("มียายด้วย", "ยาย 80 ค่ะ")
_NOBODY_ELSE = re.compile(r"(?:มี)?แค่(?:นั้น|นี้|ลูก|คนเดียว)|ครบแล้ว|หมดแล้ว"
                          r"|ไม่มีใครอีก|ไม่มีคนอื่น|ไม่มีแล้ว"
                          # "ลูกคนเดียว": only the one child (already told), nobody else
                          r"|^(?:มี)?(?:แค่|แต่)?(?:ลูก|แม่|พ่อ|ยาย|ตา)คนเดียว(?:ค่ะ|คะ|ครับ|คับ|จ้า|นะ|เท่านั้น)*$")
_ELDER = re.compile(r"(?:ยาย|ตา|ปู่|ย่า|ทวด|พ่อใหญ่|แม่ใหญ่)(?:ด้วย|\s*\d{2}|อายุ|แก่|ค่ะ|คะ|ครับ|$)")


def read_more_care(text: str, value: str | None) -> list[str] | None:
    """Who else needs care, besides the needs known: the needs named, none ("ไม่มีแล้ว",
    "มีแค่ลูกค่ะ"), or an elder of the family ("มียายด้วย"); None when unclear."""
    said = read_special(text, value)
    if said:
        return said
    compact = text.replace(" ", "")
    if _ELDER.search(compact):
        return ["elderly"]
    if said == [] or _NOBODY_ELSE.search(compact):
        return []
    return None


# one travelling alone who is someone else ("พ่อคนเดียวค่ะ หนูไม่ได้ไป", "ลุงคนเดียวค่ะ",
# "คุณมาลีคนเดียวครับ"), or an elder who speaks of herself so ("ยายคนเดียวจ้ะ"): a third
# person's care needs are rarely told at the count, so they are asked
_OTHER_ALONE = re.compile(r"(?<!หา)(?<!กับ)(?<!พา)(?<!ไม่มี)"
                          r"(?:พ่อใหญ่|แม่ใหญ่|พ่อ|แม่|ลุง|ป้า|น้า|ยาย|ตา|ปู่|ย่า|โยม|เขา|เค้า|คนไข้|ผู้ป่วย|client"
                          r"|(?:น้อง|ลูก|พี่|หลาน)(?:ชาย|สาว)|หลาน"
                          r"|(?<!ขอบ)คุณ(?!ยาย|ตา|ลุง|ป้า)[ก-ฮ][ก-์]{1,12}?)(?:เขา|เค้า|ท่าน)?(?:ไป|เดินทาง)?คนเดียว"
                          r"|^(?:1|หนึ่ง)คน(?:ค่ะ|ครับ|คะ)?(?:คือ|เป็น)(?:พ่อ|แม่|ลุง|ป้า|น้า|ยาย|ตา|ปู่|ย่า"
                          r"|น้อง|ลูก|พี่|หลาน|เพื่อน)")


def someone_else_alone(text: str) -> bool:
    """The one travelling alone is not the writer (or is an elder speaking of herself)."""
    compact = text.replace(" ", "")  # "ลูกคนเดียวค่ะ" answering the count: the child alone
    return bool(_OTHER_ALONE.search(compact) or CHILD_ALONE.search(compact))
