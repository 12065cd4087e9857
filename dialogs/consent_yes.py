"""A typed answer to the consent question: "ยินยอม" said, denied or asked about, and the
short ways of saying it ("ยอม", "ยินดีค่ะ", "I agree")."""

from __future__ import annotations

import re

from dialogs.care import KIN
from dialogs.consent_no import keeps_nothing, negated_yes, no_spelt, withdraws

__all__ = ["consent_spelt", "consent_word", "unrelayed"]

# "ไม่ยินยอม", "ไม่ให้ความยินยอม", "ยังไม่พร้อมยินยอม", "ยินยอมไม่ได้"; never a yes beside a
# story's no or a no of something else ("ยินยอม ไม่มีเงินเลยค่ะ", "บ่มีบัตร ยินยอม", "ไม่ขัดข้อง
# ยินยอมค่ะ", "แม่ไม่ค่อยเข้าใจ ยินยอมค่ะ")
_CONSENT_DENIED = re.compile(r"(?:ไม่|บ่|มิ)(?:ได้|ขอ|ให้|ความ|อยาก|จะ|ต้องการ|สะดวก|ค่อย|เคย|กล้า|เต็มใจ"
                             r"|สามารถ|พร้อม|คิด|ประสงค์)*ยินยอม"
                             r"|ยินยอม(?:ไม่|บ่)(?:ได้(?=$|ค่ะ|ครับ|คับ|นะ|เด้อ|จ้า|หรอก|เด็ดขาด)|ค่ะ|ครับ|คับ"
                             r"|นะ|เด้อ|จ้า|$)")  # ("ยินยอม ไม่ได้ลำบากอะไร": a yes, then a story)
# (a question of it too, "งือ ต้องยินยอมด้วยหรอ", dev92, unless a yes follows: "ต้องยินยอมด้วย
# เหรอคะ... ยินยอมก็ได้ค่ะ", dev29; said of the word itself, never "หรอก" nor a question after
# the yes: "ยินยอมค่ะ ไม่มีปัญหาหรอก", "ยินยอมครับ จะได้กลับบ้านหรอครับ", review rev1)
_CONSENT_ASKED = re.compile(r"ยินยอม.{0,20}(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|หรือไม่|อะไร|ยังไง|อย่างไร|\?)"
                            r"|ยินยอม(?:ด้วย|ก่อน|เลย|จริงๆ|แล้ว)?(?:เหรอ|หรอ(?!ก)|หรา)(?!.*ยินยอม)")

# a consent supposed, never the answer: "ถ้าไม่ยินยอมแล้วจะเป็นไงคะ", "หากยินยอมต้องทำไง"
_SUPPOSED = re.compile(r"(?:ถ้า|หาก|สมมติ)(?:ว่า)?(?:ผม|หนู|ฉัน|เรา)?(?:ไม่|บ่)?(?:ให้)?(?:ความ)?ยินยอม")

_THAI_NOT = re.compile(r"(?:ไม่|บ่|มิ)(?:ได้|ให้|ยอม)?\s*$")
_AGREE = re.compile(r"(?<![a-z])(?P<no>(?:i\s+)?(?:don'?t|do\s+not|cannot|can'?t|won'?t|not"
                    r"|dis)\s*)?(?:agree|accept|consent)(?![a-z])")

# a short consent in other words: "ยอม", "ยอมรับครับ", "ยินดีค่ะ"; "ไม่ยอม" is a no (the
# whole answer only: "ยอมแพ้แล้ว" is no consent)
# (an elder of himself, or one's own word first: "ลุงยอม", dev71: asked eight times)
_SHORT_CONSENT = re.compile(r"(?:ครับ|คับ|ค่ะ|ค่า|จ้ะ|จ้า|โอเค|ok)*"
                            r"(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย|เฮา|ลุง|ป้า|ยาย|ตา|ปู่|ย่า)?(?P<no>ไม่|บ่)?"
                            r"(?:ยอม|ยอมรับ|ยินดี)(?:ให้เก็บ|ให้)?"
                            r"(?:ค่ะ|ค่า|คะ|ครับผม|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|ได้|เจ้า)*")  # "ยอมครับผม"


# a refusal by someone else told in a story, the word of them joined to it ("นายจ้างไม่
# ยินยอมให้ลาออก", "สามีไม่ยินยอมให้หนูกลับบ้าน") is not the person's (a parent's is: one may
# write for them; "ผมเป็นหัวหน้า ไม่ยินยอมครับ" is the person's)
_OTHERS_DENIED = re.compile(r"(?:นายจ้าง|เจ้านาย|หัวหน้า|บริษัท|โรงงาน|เถ้าแก่|ทางร้าน|ผู้จัดการ|นายหน้า"
                            r"|เจ้าของห้อง|เจ้าของบ้าน|สามี|ผัว|แฟน)(?:เขา|เค้า|ก็)?(?:ยัง)?(?:ไม่|บ่)"
                            r"(?:ได้|ให้|ยอม)?(?:ให้)?(?:ความ)?ยินยอม")


# "ยินยอม" mistyped: "ยินยอนคะ" (dev63: asked four times, then handed off), "ยินยม", "ยิมยอม"
_MISSPELT = re.compile(r"ยิ[นม]ย[่้]?อ?[มนบ](?!อม)")


def consent_spelt(text: str) -> str:
    """`text` with "ยินยอม" spelt right."""
    return _MISSPELT.sub("ยินยอม", text)


def consent_word(text: str) -> bool | None:
    """"ยินยอม" typed: True; denied in any way ("ไม่ได้ยินยอม", "ยินยอมไม่ได้", "ไม่ consent
    ค่ะ", "no consent", "ไม่ ok", "ไม่อยากให้เก็บข้อมูล": dialogs.consent_no): False; asked
    about, or supposed ("ถ้าไม่ยินยอมแล้วจะเป็นไงคะ", review rev5), or not said: None."""
    text = no_spelt(text)  # "ม่ายยินยอม", "ไม่่ยินยอม": a no (review rev5: read as a yes)
    compact = _OTHERS_DENIED.sub(" ", text).replace(" ", "")
    if _SUPPOSED.search(compact):
        return None
    mine = _OTHERS_DENIED.sub(" ", text)
    if negated_yes(mine) or keeps_nothing(mine) or withdraws(
            text, answering_no=True):  # "ขอถอนความยินยอม", "withdraw consent": no yes (rev5)
        return False
    short = _SHORT_CONSENT.fullmatch(compact)
    if short is not None:
        return not short["no"]
    if "ยินยอม" not in compact:
        english = _AGREE.search(text.lower())  # "I agree", "I don't agree"
        if english is not None and _THAI_NOT.search(text.lower()[:english.start()]):
            return None  # another's no in a story: "บริษัทไม่ accept ใบลาออก" (review rev5)
        return None if english is None else not english["no"]
    if _CONSENT_DENIED.search(compact):
        return False
    return None if _CONSENT_ASKED.search(compact) else True


# the answer of the one written for, relayed: "ลุงบอกว่าได้ครับ", "แม่ว่ายินยอมค่ะ" (dev48: a
# guard writing for an old man at Bang Sue was asked for consent five times). Only of the
# one written for (dialogs.consent.unrelayed's rules), only a yes word (or a no of consent
# ending the message), never what someone allowed ("แม่ว่าได้ค่ะ ให้กลับไปอยู่ด้วย", "เขาบอกว่าได้ กลับ
# บ้านได้แล้ว": a doctor's leave) nor a no of something else ("แกบอกว่าไม่ ไม่มีบัตร")
_RELAYED = re.compile(r"(?:คุณ)?(?P<who>" + KIN + r"|คนไข้|ผู้ป่วย|แก|ท่าน)(?:เขา|เค้า|แก|ท่าน)?"
                      # (or agrees, the word of it right after: "ลุงแกยอมครับ", dev74)
                      r"(?:ก็)?(?:(?:บอก|ตอบ|ว่า)(?:มา)?(?:ว่า)?\s*|(?=(?:ยิน)?ยอม))")
_PARTICLES = r"(?:ค่ะ|ครับ|คับ|จ้ะ|จ้า|เจ้า|นะ|แล้ว|เด้อ)*"
_RELAYED_YES = re.compile(r"(?:ได้|โอเค|ok|ตกลง|ยินยอม|ยอมรับ|ยอม|ยินดี)" + _PARTICLES
                          + r"(?:$|\s(?!ให้|กลับ|ไป|มา|ลอง|เลย|(?:ผม|หนู|ฉัน)(?!ได้ถาม|ถาม|อธิบาย|อ่าน)))",
                          re.IGNORECASE)  # ("คุณยายบอกว่าได้ครับ ผมถามให้แล้ว", dev83)
_RELAYED_NO = re.compile(r"(?:ไม่|บ่)(?:ยินยอม|ให้เก็บ)" + _PARTICLES + "$")
# an elder spoken of as "แก", going home ("แกบอกจะกลับบ้าน...", a guard writing for an old
# man): the one written for (never "แกไม่ส่งเงิน", a boyfriend, an employer)
_ELDER_GOING = re.compile(r"(?:^|\s)แก(?:ก็)?(?:บอก|ว่า)(?:ว่า)?(?:จะ|อยาก)?(?:กลับ|ไป)")
_ELDERS = ("ลุง", "ป้า", "ยาย", "ตา", "แก")
_FAMILY_ELDERS = r"(?:ลุง|ป้า|ยาย|ตา|ปู่|ย่า|น้า|อา|พ่อ|แม่)"


def unrelayed(text: str, story: str = "", writes_for: str | None = None) -> str:
    """`text` without the relay of a yes or no from the one written for ("ลุงบอกว่าได้ครับ
    มีครับ" -> "ได้ครับ มีครับ"): the parent written for (`writes_for`, dialogs.travellers),
    anyone of the family when writing for others, or an elder the `story` speaks of as
    "แก"; as it was otherwise (never a monk, a guard lending a phone, the bot's "พี่")."""
    said = _RELAYED.match(text.strip())
    if said is None:
        return text
    who = said["who"]
    met = who in _ELDERS and re.search(  # an elder met, written for ("มีคุณยายท่านนึง...", dev83)
        r"(?:มี|เจอ|พบ)(?:คุณ)?" + who + r"(?:แก่ๆ|แก่)?(?:ท่าน|คน)(?:นึง|หนึ่ง|1)", story)
    if met:
        relayed = True
    elif writes_for in ("พ่อ", "แม่"):
        relayed = who in (writes_for, "แก")
    elif writes_for is not None:  # the one named after "แทน" ("หลานพิมพ์แทนป้า")
        relayed = (re.search(r"(?:แทน|ให้)(?:คุณ)?" + re.escape(who), story) is not None or (
            "แทนแก" in story.replace(" ", "") and who in story)) and bool(  # "มีลุงคนนึง...
            re.fullmatch(_FAMILY_ELDERS, who))  # ผมพิมพ์แทนแก" (dev74)
    else:
        relayed = who in _ELDERS and bool(_ELDER_GOING.search(story))
    rest = text.strip()[said.end():]
    if not relayed or not (_RELAYED_YES.match(rest) or _RELAYED_NO.match(rest)):
        return text
    return rest
