"""How each question's answer is read: a pure parser per slot, from the typed text or
the tapped choice's value to the slot's value, or None when the answer cannot be used
(the question is then asked again, differently). The slots themselves, their order
and when they apply are in dialogs.slots.
"""

from __future__ import annotations

import re

from dialogs.cards import (
    had_but_away,
    kept_by_others,
    lost_long_ago,
    others_card,
    without_child_papers,
)
from dialogs.care import KIN
from dialogs.facts import HARDSHIPS
from dialogs.letter import read_letter
from dialogs.needs import NONE, PREFER_NOT, parse_needs, well_off
from dialogs.parse import (
    count_groups,
    facts_of,
    match_province,
    parse_count,
    parse_national_id,
    parse_phone,
    parse_yes_no,
)
from dialogs.parse_numbers import MAX_PEOPLE
from dialogs.understand import card_answer, consent_word, extract_name, facts_to_answers
from dialogs.urgency import read_urgent, said_urgency
from dialogs.words import words

__all__ = ["SKIP_WORDS", "SPECIAL", "read_consent", "read_hardship", "read_id_card",
           "read_letter", "read_name", "read_national_id", "read_needs", "read_phone",
           "read_province", "read_special", "read_travellers", "read_urgent", "read_yes_no",
           "said_urgency"]

SPECIAL = {"elderly": "ผู้สูงอายุ", "sick": "ป่วย", "disabled": "พิการ", "child": "เด็กเล็ก",
           "cannot_travel_alone": "เดินทางเองไม่ได้", "pregnant": "ตั้งครรภ์"}
# "ทุกอย่าง" to the hardship question: all three; "มีทุกอย่าง", "ขอบคุณทุกเรื่อง" are not
_ALL = re.compile(r"(?:(?<=ไม่มี)|(?<=บ่มี)|(?<!มี))(?<!ไม่ใช่)(?<!ไม่ขาด)(?<!บ่ขาด)(?<!ขอบคุณ)"
                  r"(?:ทุกข้อ|ทั้งหมด|ทั้งสาม|ทั้ง3|ทุกอย่าง|ทุกเรื่อง)")
SKIP_WORDS = ("ข้าม", "ไม่สะดวก", "ไม่ให้", "ไม่บอก", "ไม่ขอตอบ", "skip")


def read_yes_no(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    return parse_yes_no(text)


def read_consent(text: str, value: str | None) -> bool | None:
    """"ยินยอม" typed as the question asks; "ยินยอมไม่ได้" is a no."""
    if value is not None:
        return read_yes_no(text, value)
    said = consent_word(text)
    if said is None and _THANKS_ONLY.fullmatch(text.replace(" ", "")):
        return None  # "ขอบคุณค่ะ": polite, no consent (consent is explicit)
    return said if said is not None or "ยินยอม" in text else parse_yes_no(text)


_THANKS_ONLY = re.compile(r"(?:ขอบคุณ|ขอบใจ|แต๊งกิ้ว|thank(?:s|you)?)(?:มาก|นะ|ค่ะ|คะ|ค่า|ครับ|คับ"
                          r"|จ้า|จ้ะ|เด้อ|เจ้า|หนิ|🙏)*", re.IGNORECASE)


# "ยายมีบัตร", "ตายายมีบัตรค่ะ", "ลุงไม่มีบัตร", "น้องมีบัตรประชาชนค่ะ" to "do you have an ID
# card?": people often call themselves so (ยาย, พี่, น้อง), and a helper answers for the one
# travelling (never a parent or partner: "แม่มีบัตร" says nothing of the writer). "โยมแม่",
# "โยมพ่อ" (a monk's or a temple helper's words for a lay parent) is one written for: a
# monk travelling speaks of himself (อาตมา), so the card is the traveller's
_KIN_CARD = re.compile(r"(?:คุณ)?(?:โยม(?:แม่|พ่อ)?|ตายาย|ยายตา|ปู่ย่า|ยาย|ตา|ปู่|ย่า|ลุง|ป้า|น้า"
                       r"|(?:พี่|น้อง)(?:ชาย|สาว)?)"
                       r"(?:เขา|เค้า|ก็)?(?P<no>ไม่|บ่)?"
                       r"(?:มี)บัตร(?:ประชาชน|ปชช)?(?:ทั้งสองคน|ทั้งคู่|ครบ|อยู่)?"
                       r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|จ้ะ)*")


# "ผมมีครับ แต่แฟนไม่มี บัตรหาย...": the writer has one, someone travelling along not (the
# writer applies with theirs; the other's card is a need, asked later)
_MINE_NOT_THEIRS = re.compile(r"(?:ผม|ฉัน|หนู|ดิฉัน|เรา|กระผม)(?:เอง)?(?:ก็)?มี(?:บัตร(?:ประชาชน|ปชช)?)?"
                              r"(?:อยู่)?(?:ค่ะ|ค่า|ครับ|คับ|จ้า|นะ)*แต่(?:ว่า)?(?:" + KIN + r"|เพื่อน)"
                              r"(?:ผม|ฉัน|หนู)?(?:เขา|เค้า|ก็)?(?:ไม่|บ่)(?:ได้)?มี")


# "แม่มีบัตรจ้ะ ลูกสาวบัตรหาย": a parent who calls herself แม่ (or พ่อ) beside her child,
# of whom she speaks in the third person: the writer has one. Never with the writer's own
# word for herself ("แม่มีบัตรค่ะ หนูบัตรหาย": one writing for her mother, card lost)
_PARENT_NOT_CHILD = re.compile(r"(?:แม่|พ่อ)(?:เอง)?(?:ก็)?มี(?:บัตร(?:ประชาชน|ปชช)?)?(?:อยู่)?"
                               r"(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|นะ)*(?:แต่(?:ว่า)?)?(?:ส่วน)?(?:ลูก|หลาน)(?:สาว|ชาย)?"
                               r"(?:เขา|เค้า|ก็)?(?:(?:ไม่|บ่)(?:ได้)?มีบัตร|บัตร(?:ประชาชน|ปชช)?(?:ก็)?"
                               r"(?:หาย|ไม่มี|บ่มี|โดนยึด|ถูกยึด))")
_SELF_WORD = re.compile(r"ผม|ฉัน|หนู|ดิฉัน|กระผม|เรา(?!ะ)|ข้า|กู")


_CARD_TYPO = re.compile(r"บัด(?!นี้|ซบ|ดล|กรุ|เดี๋ยว)")  # the card question: "บัด" is a typo


def read_id_card(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    text = _CARD_TYPO.sub("บัตร", text)  # "มีบัดคับ"
    adults = without_child_papers(text)  # "ยายมีบัตรค่ะ หลานมีสูติบัตร": the adults' card
    if adults is not None:
        return read_id_card(adults, None)
    if had_but_away(text):  # "มีครับแต่ลืมไว้บ้าน": a card had, away from the person
        return True
    if lost_long_ago(text):  # "หายตั้งแต่ก่อนติดคุกแล้ว"
        return False
    kept = kept_by_others(text)  # "บัตรผัวเก่าเก็บไว้ ขอคืนบ่หื้อ"; "...ทวงคืนมาได้แล้ว"
    if kept is not None:
        return kept
    compact = text.replace(" ", "")
    if _MINE_NOT_THEIRS.match(compact) or (
            _PARENT_NOT_CHILD.match(compact) and not _SELF_WORD.search(compact)):
        return True
    said = facts_to_answers(facts_of(text)).get("id_card")
    if isinstance(said, bool):
        return said
    kin = _KIN_CARD.fullmatch(text.replace(" ", ""))
    if kin:
        return kin["no"] is None
    others = others_card(text, anyone=False)  # "ยายมีบัตรครับ อยู่ในกระเป๋า", "มีทุกคน"
    if others is not None:
        return others
    short = card_answer(text)
    said = short if short is not None else parse_yes_no(text)
    first, *rest = text.split() or [""]
    if said is None and rest and not _CARD_TALK.search("".join(rest)):
        return read_id_card(first, None)  # "มีครับบัตรยังอยู่ ท่าเรือในเมือง": a remark after
    return said


# words that speak of a card, where it is kept, or say no: a remark after the card
# answer that has none of them leaves the answer as it is ("ยายมีบัตรค่ะ ที่บ้าน" does not)
_CARD_TALK = re.compile(r"บัตร|บัด|ไม่|บ่|มี|หาย|ยึด|ขโมย|หมด|ชำรุด|สูติ|ใบเกิด|หนังสือ|เอกสาร|แต่|ของ"
                        r"|บ้าน|ห้อง|หอ|นายจ้าง|เจ้านาย|นายหน้า|ต่างด้าว|แก๊ง|โจร|ผัว|สามี|แฟน|ตำรวจ"
                        r"|โรงพัก|เรือนจำ|คุก|เลข|ศูนย์|[0-9๐-๙]|\?|ไหม|มั้ย")


# "ค่ารถค่ะ", "เรื่องที่พักกับข้าว" to "which trouble?": the trouble named by its topic
_TOPIC_WORDS = {
    **dict.fromkeys(("ค่ารถ", "ค่าเดินทาง", "ค่าตั๋ว", "ตั๋ว", "ค่าโดยสาร", "ค่ารถทัวร์"), "no_fare"),
    **dict.fromkeys(("ที่พัก", "ที่นอน", "ที่อยู่", "ที่พักอาศัย", "ที่ซุกหัวนอน"), "no_shelter"),
    **dict.fromkeys(("อาหาร", "ข้าว", "ของกิน", "ค่าข้าว", "ค่าอาหาร"), "no_food")}
_TOPIC_GLUE = frozenset({"เรื่อง", "กับ", "และ", "แล้วก็", "ก็", "ด้วย", "ทั้ง", "รถ", "กลับ", "บ้าน",
                         "ค่ะ", "คะ", "ค่า", "ครับ", "คับ", "จ้า", "จ้ะ", "นะ", "เลย", "ฮะ"})


def _named_topics(text: str) -> dict[str, bool] | None:
    """The troubles a short answer names by topic alone; None if it says anything else
    (a "มี" or "ไม่" is left to the facts: "มีค่ารถแล้ว" is no trouble)."""
    tokens = words(text)
    named = {_TOPIC_WORDS[w] for w in tokens if w in _TOPIC_WORDS}
    if not named or any(w not in _TOPIC_WORDS and w not in _TOPIC_GLUE for w in tokens):
        return None
    return {k: k in named for k in HARDSHIPS}


# "ไม่ได้เดือดร้อนค่ะ มีเงินเดือน", "ไม่มีปัญหา": none of the three (a trouble named
# in the same answer is read first)
# ("ไม่เดือดร้อนเรื่องที่พัก" names one, and says nothing of the others)
_NO_TROUBLE = re.compile(r"(?:(?:ไม่|บ่)(?:ได้|ค่อย)?(?:เดือดร้อน|ลำบาก)(?!มาก|หนัก|สุด)|ไม่มีปัญหา)"
                         r"(?!เรื่อง|ด้าน|ทาง|แค่)")


_FARE_WORD = re.compile(r"ค่ารถ|ค่าเดินทาง|ค่าโดยสาร|ค่าตั๋ว|ตั๋ว|ค่าทัวร์")
# no food or income told as the rice gone or the money sent home stopped (dev20: "ข้าวสาร
# หมดบ้านค่ะ ผัวไปเฮ็ดงานกรุงเทพบ่ส่งเงินมา", "ของกินไม่มีแล้ว", "ไม่มีคนส่งเงินมาให้"); never
# belongings ("ข้าวของหมด"), a date ("ข้าวหมดอายุ"), a little left ("ข้าวสารยังมี"), no
# trouble ("ข้าวไม่มีปัญหา") nor money that does come ("ลูกส่งเงินมาให้ทุกเดือน")
_FOOD_GONE = re.compile(r"(?:ข้าวสาร|ข้าว(?!ของ)|(?<!ข้าว)ของกิน|อาหาร|กับข้าว)(?:ที่|ใน)?(?:บ้าน)?"
                        r"(?:ก็|จะ)?(?:หมด(?!อายุ|ห่วง)|(?:ไม่|บ่)(?:มี|พอ)(?!ปัญหา))"
                        r"|(?:ไม่|บ่|ไม่มีใคร|ไม่มีคน|บ่มีไผ|ไม่ยอม|เลิก|หยุด)(?:ได้)?ส่ง"
                        r"(?:เงิน|ตังค์|ตังส์|ตัง|สตางค์|ค่าใช้จ่าย|ค่ากิน)")


def read_hardship(text: str, value: str | None) -> dict[str, bool] | None:
    keys = HARDSHIPS
    if value and value.startswith("hardship:"):
        picked = value.split(":", 1)[1]
        return {k: k == picked for k in keys} if picked in keys else dict.fromkeys(keys, False)
    facts = facts_of(text)
    found = {k: getattr(facts, k) for k in keys if getattr(facts, k) is not None}
    if found.get("no_food") is None and _FOOD_GONE.search(text.replace(" ", "")):
        found["no_food"] = True
    if any(found.values()) or len(found) == len(keys):  # "มีทุกอย่าง ขาดแค่ค่ารถ": only
        return found  # the fare; "ไม่ได้ลำบากอะไร": none
    if (found.get("no_fare") is False and re.search("เงิน|ตัง|สตางค์", text)
            and not _FARE_WORD.search(text)):
        # "ก็มีเงินอยู่ครับ มีงานทำ": money had, no trouble named ("มีค่ารถแล้ว",
        # "มีเงินค่ารถแล้วค่ะ", "มีเงินซื้อตั๋วแล้ว": the fare only, the rest asked)
        return dict.fromkeys(keys, False)
    if well_off(text):  # "มีเงินอยู่ค่ะ ทำงานมีเงินเดือน แต่อยากประหยัด": none
        return dict.fromkeys(keys, False)
    if _ALL.search(text.replace(" ", "")):
        return dict.fromkeys(keys, True)
    named = _named_topics(text) if not found else None
    if named is not None:
        return named
    if parse_yes_no(text) is False or _NO_TROUBLE.search(text.replace(" ", "")):
        return dict.fromkeys(keys, False)
    return None


def read_province(text: str, value: str | None) -> dict[str, str] | None:
    province = match_province(text)
    return {"code": province.code, "name": province.name_th} if province else None


_COMPANION = re.compile(r"(?:กับ|และ|พา|พร้อม)(?:ภรรยา|เมีย|สามี|ผัว|แฟน|แม่|พ่อ|ยาย|ตา|ย่า|ปู่"
                        r"|น้อง|พี่|เพื่อน|ลูก|หลาน)(?!ๆ|\d|สอง|สาม|สี่|ห้า|อีก|หลาย)")
_PARENTS = re.compile(r"(?:กับ|และ|พา|พร้อม)(?:พ่อแม่|แม่พ่อ|ตายาย|ปู่ย่า)")  # one more than one
# "กับลูกแฝด": twins are two children (not "แฝดสาม", "ลูกแฝด 3": a number says how many)
_TWINS = re.compile(r"(?:กับ|และ|พา|พร้อม)(?:ลูก|หลาน)แฝด(?!\d|สาม|สี่|ห้า|๓|๔|๕)")
_COUPLE = re.compile(r"ผัวเมีย|สามีภรรยา|สองผัวเมีย|สองคนผัวเมีย|แฟนกับ(?:ผม|ฉัน|หนู)")


# "แค่ผม", "ผมเองครับ", "มีแต่ตัวเอง" to "how many travel?": one ("เรา" may be several)
_JUST_ME = re.compile(r"(?:(?:แค่|มีแต่|เฉพาะ)(?:ผม|ฉัน|หนู|ดิฉัน|ตัวเอง|ข้อย|ฉาน|กู)(?:เอง)?"
                      r"|(?:ผม|ฉัน|หนู|ดิฉัน|ข้อย|ฉาน)เอง|ไปเอง)"
                      r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|หนิ|เจ้า)?")


# a count opening the answer, then the room's story ("1 ห้องจ่ายถึงสิ้นเดือนครับ ยังอยู่ได้":
# one, asked with urgency); never "2 ห้องค่ะ", rooms counted
_COUNT_THEN_ROOM = re.compile(r"(\d{1,2}) (?:ห้อง|หอ)(?!(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|นะ)*$)")


def read_travellers(text: str, value: str | None) -> int | None:
    if value and value.startswith("n:"):  # a forged "n:x" is no count, never a crash
        digits = value.split(":")[1]
        return int(digits) if digits.isdigit() and 1 <= int(digits) <= MAX_PEOPLE else None
    count = count_groups(text) or facts_of(text).travellers or parse_count(text)
    if count is not None:
        return count
    lead = _COUNT_THEN_ROOM.match(text.strip())
    if lead and 1 <= int(lead[1]) <= MAX_PEOPLE:
        return int(lead[1])
    compact = text.replace(" ", "")
    if _COUPLE.search(compact):
        return 2
    if _JUST_ME.fullmatch(compact):
        return 1
    companions = len(_COMPANION.findall(compact))  # "ไปกับแม่": two
    companions += len(_PARENTS.findall(compact))  # "ไปกับพ่อแม่": three
    companions += len(_TWINS.findall(compact))  # "หนูกับลูกแฝด": three
    return 1 + companions if companions else None


# "ท้องค่ะ", "คนท้อง" to "anyone who needs care?": a pregnancy (in a story, "ท้อง" alone
# is too often the belly to be read so)
_ALL_WELL = re.compile(r"^(?:ก็|ทุกคน)?(?:ปกติ(?:ดี)?|แข็งแรง(?:ดี)?|สบายดี)(?:ทุกคน|หมด|กันหมด)?"
                       r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)*$")
_PREGNANT_ANSWER = re.compile(r"(?:มี)?(?:คน)?ท้อง(?:อยู่|ด้วย)?(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)?")


def read_special(text: str, value: str | None) -> list[str] | None:
    if value and value.startswith("special:"):
        picked = value.split(":", 1)[1]
        return [picked] if picked in SPECIAL else []
    found = sorted(facts_of(text).special_needs)
    if found:
        return found
    if _PREGNANT_ANSWER.fullmatch(text.replace(" ", "")):
        return ["pregnant"]
    if _ALL_WELL.search(text.replace(" ", "")):  # "แข็งแรงดีทุกคน": nobody needs care
        return []
    if parse_yes_no(text) is False or "ไม่มี" in text:
        return []
    return None


# "ขอไม่พูดดีกว่าครับ", "ไม่อยากเล่า", "ไม่สะดวกตอบ": the question declined (never "ขอบอก
# ว่า...", which goes on to say)
_DECLINE = re.compile(r"(?:ขอ|คง)?(?:ไม่|บ่)(?:อยาก|ขอ|สะดวก|ค่อยอยาก)?(?:พูด|ตอบ|บอก|เล่า|เปิดเผย)"
                      r"(?!ว่า|ได้(?!ไหม|มั้ย|ไม๊))")


def read_needs(text: str, value: str | None) -> list[str] | None:
    if value and value.startswith("need:"):
        picked = value.split(":", 1)[1]
        return [] if picked in (NONE, PREFER_NOT) else [picked]
    found = parse_needs(text)
    if found:
        return found
    if parse_yes_no(text) is False or any(w in text for w in ("ไม่มี", *SKIP_WORDS)) or (
            _DECLINE.search(text.replace(" ", ""))):
        return []
    return None


def read_name(text: str, value: str | None) -> str | None:
    # "ถูกต้อง", "ได้ค่ะ", "ไม่มี": an answer to something else, not a name
    return extract_name(text, bare=True)


def read_phone(text: str, value: str | None) -> str | None:
    return parse_phone(text)


def read_national_id(text: str, value: str | None) -> str | None:
    if value == "skip" or any(w in text for w in SKIP_WORDS):
        return ""
    nid = parse_national_id(text)
    if nid is None or not nid.checksum_ok:
        return None
    return nid.digits
