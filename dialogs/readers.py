"""How each question's answer is read: a pure parser per slot, from the typed text or
the tapped choice's value to the slot's value, or None when the answer cannot be used
(the question is then asked again, differently). The slots themselves, their order
and when they apply are in dialogs.slots. The ID card's reader is in dialogs.card_reader,
the letter's in dialogs.letter, urgency's in dialogs.urgency, care needs' in
dialogs.special_reader (all exported from here).
"""

from __future__ import annotations

import re
from typing import Any

from dialogs.cannot_then import CANNOT_THEN
from dialogs.card_reader import read_id_card
from dialogs.consent_yes import consent_word
from dialogs.count_said import leading_count, self_and_one_more
from dialogs.facts import HARDSHIPS
from dialogs.letter import read_letter
from dialogs.means import well_off
from dialogs.name_owner import called_name_text, helped_name_text
from dialogs.needs import NONE, PREFER_NOT, parse_needs
from dialogs.parse import (
    count_groups,
    facts_of,
    match_province,
    parse_count,
    parse_yes_no,
)
from dialogs.parse_numbers import MAX_PEOPLE, negations_fixed
from dialogs.parse_phone_id import parse_national_id, parse_phone
from dialogs.people_list import listed_ages, listed_people
from dialogs.special_reader import SPECIAL, read_special
from dialogs.understand import extract_name
from dialogs.urgency import read_urgent, said_urgency
from dialogs.words import words

__all__ = ["SKIP_WORDS", "SPECIAL", "read_consent", "read_hardship", "read_id_card",
           "read_letter", "read_name", "read_national_id", "read_needs", "read_phone",
           "read_province", "read_special", "read_travellers", "read_urgent", "read_yes_no",
           "said_urgency"]

# "ทุกอย่าง" to the hardship question: all three; "มีทุกอย่าง", "ขอบคุณทุกเรื่อง" are not
_ALL = re.compile(r"(?:(?<=ไม่มี)|(?<=บ่มี)|(?<!มี))(?<!ไม่ใช่)(?<!ไม่ขาด)(?<!บ่ขาด)(?<!ขอบคุณ)"
                  r"(?:ทุกข้อ|ทั้งหมด|ทั้งสาม|ทั้ง3|ทุกอย่าง|ทุกเรื่อง)")
# a bare have-not to "which trouble?": none, or nothing at all (asked again), however ended
# ("ไม่มีครับผม", "ไม่มีค้าบ", "ไม่มีอ่ะ", "ไม่มีหรอก", "ไม่มีๆ", "ไม่มีค่ะะ": review rev6)
_BARE_HAVE_NOT = re.compile(r"(?:ไม่|บ่)มี(?:อะไร)?(?:เลย|หรอก|ๆ)?(?:ครับผม|ครับ|คับ|ค้าบ|คร้าบ|ค่ะ|คะ|ค่า"
                            r"|จ้า|จ้ะ|เด้อ|เจ้า|นะ|อ่ะ|อะ|ะ)*")
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
_NO_TROUBLE = re.compile(r"(?:(?:ไม่|บ่)(?:ได้|ค่อย)?(?:เดือดร้อน|ลำบาก)(?!มาก|หนัก|สุด)|ไม่มีปัญหา"
                         # not as bad as that ("ไม่ถึงขนาดนั้นค่ะ มีห้อง มีข้าวกิน มีเงินเดือน
                         # แค่ตั๋วมันแพง", dev99), never short of one thing named ("ไม่ถึงขั้น
                         # นอนข้างถนน": read by the facts)
                         # (the answer's first words: never money short of a sum, "มีเงินไม่ถึง
                         # ขนาดนั้น"; nor with a trouble kept, "...แค่ค่ารถ": review rev1)
                         r"|^(?:ก็|ยัง|คือ|คิดว่า|ตอนนี้)*(?:ไม่|บ่)(?:ได้)?(?:ถึง)?(?:ขนาด|ขั้น)(?:นั้น|นั่น)"
                         r"(?!.*(?:แค่|ขาด|ยกเว้น|เว้นแต่|ติด)(?:เรื่อง)?(?:ค่ารถ|ค่าเดินทาง|ค่าตั๋ว|ที่พัก|ที่นอน|ข้าว|อาหาร))"
                         r"|(?:ไม่|บ่)(?:ได้)?ถึง(?:กับ)?(?:เดือดร้อน|ลำบาก)(?:ขนาด(?:นั้น|นั่น))?)"
                         r"(?!เรื่อง|ด้าน|ทาง|แค่)"
                         # none of the choices, alone or with what one has: "ไม่มีข้อไหนเลย
                         # ครับ มีงานมีเงินเดือน มีห้องพัก" (dev37); never with a trouble told
                         # after it ("ไม่มีข้อไหนเลยค่ะ ลำบากมาก", "...แฟนทิ้ง ท้อง 7 เดือน")
                         r"|^(?:ไม่|บ่)(?:มี|เข้า|ตรง)(?:สัก)?(?:ข้อ|อัน)(?:ไหน|ใด)?(?:เลย)?"
                         r"(?:ครับ|ค่ะ|คะ|จ้า|นะ|เด้อ)*(?:$|(?=มี(?:งาน|เงิน|ห้อง|ที่พัก|บ้าน)))")


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
        # one trouble tapped is that one, the others unsaid (dev55: a man who had slept at a
        # market two nights tapped the fare; read as having a roof, he was never asked
        # whether it was urgent); "none of these" is none
        return {picked: True} if picked in keys else dict.fromkeys(keys, False)
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
    if _BARE_HAVE_NOT.fullmatch(text.replace(" ", "")):  # "ไม่มี": no trouble, or nothing
        return None  # at all (dev110, one word a message): asked again, never a refusal
    said = CANNOT_THEN.sub("|", negations_fixed(text))  # "ส่งตังมาไม่ได้ เดือดร้อน": a trouble
    if parse_yes_no(text) is False or _NO_TROUBLE.search(said.replace(" ", "")):
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


# the writer and one person named, then a pause and "two" ("ฉานกับลูก สองคน", "หนูกับลูก
# สองคนค่ะ": the writer and the child); never the children counted ("หนูกับลูกสองคน",
# "ฉันกับลูก 2 คน": three), nor after a count said first ("3 คนค่ะ หนูกับลูก สองคน"); a
# larger number is the children's ("ผมกับลูก สามคนครับ": four), me and one are two only
_SELF_WITH_ONE_TOTAL = re.compile(
    r"(?:^|(?<= ))(?:ผม|ฉัน|ฉาน|หนู|ดิฉัน|ข้อย|เรา|กู|ซาแย|ซายา|ยาย|ตา|ลุง|ป้า|พ่อใหญ่|แม่ใหญ่)(?:กับ|และ)"
    r"(?:ลูก|หลาน|น้อง|พี่|เพื่อน|แฟน|เมีย|ภรรยา|สามี|ผัว|แม่|พ่อ)(?:ชาย|สาว)?(?:ผม|ฉัน|หนู)?"
    r" สอง ?คน")


def _self_with_one_total(text: str) -> int | None:
    if self_and_one_more(text):
        return 2
    said = _SELF_WITH_ONE_TOTAL.search(" ".join(text.split()))
    if said is None or re.search(r"\d|คน", said.string[:said.start()]):
        return None
    return 2


def read_travellers(text: str, value: str | None) -> int | None:
    if value and value.startswith("n:"):  # a forged "n:x" is no count, never a crash
        digits = value.split(":")[1]
        return int(digits) if digits.isdigit() and 1 <= int(digits) <= MAX_PEOPLE else None
    total = _self_with_one_total(text)
    if total is not None:
        return total
    first = leading_count(text)  # "ห้าคนค่ะ หนู ผัว ลูกสอง แล้วก็แม่": five, said first
    if first is not None:
        return first
    ages = listed_ages(text)  # "๓๒ ๒๙ ๔ขวบ": three
    if ages is not None:
        return ages[0]
    count = count_groups(text) or facts_of(text).travellers or parse_count(text)
    if count is not None:
        return count
    lead = _COUNT_THEN_ROOM.match(text.strip())
    if lead and 1 <= int(lead[1]) <= MAX_PEOPLE:
        return int(lead[1])
    listed = listed_people(text)  # "ผม ยาย หลาน": three
    if listed is not None:
        return listed
    compact = text.replace(" ", "")
    if _COUPLE.search(compact):
        return 2
    if _JUST_ME.fullmatch(compact):
        return 1
    companions = len(_COMPANION.findall(compact))  # "ไปกับแม่": two
    companions += len(_PARENTS.findall(compact))  # "ไปกับพ่อแม่": three
    companions += len(_TWINS.findall(compact))  # "หนูกับลูกแฝด": three
    return 1 + companions if companions else None


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


# a wish told where a name is asked ("อยากได้งานด้วยครับ", "แล้วก็อยากได้ที่พักด้วยครับ")
_WISH_FIRST = re.compile(r"(?:แล้ว)?(?:ก็)?(?:อยาก|ต้องการ)(?!.*(?:เรียก|ชื่อ|โทร))")  # (never "อยากให้
# เรียกว่าแป้งค่ะ", "ต้องการใช้ชื่อ สมหญิง")


def read_name(text: str, value: str | None) -> str | None:
    # "ถูกต้อง", "ได้ค่ะ", "ไม่มี": an answer to something else, not a name
    return None if _WISH_FIRST.match(text.strip()) else extract_name(text, bare=True)


def read_name_for(text: str, writes_for: str | None, answers: dict[str, Any] | None = None,
                  ) -> str | None:
    """The name to call: for one who writes for someone else (`writes_for`), theirs said as
    theirs ("เพื่อนชื่อชัยวัฒน์ครับ", dev33; never "เพื่อนชื่อเอ 08..." of one writing for
    oneself), or a child's when one person goes (`answers`: "ลูกชื่อปรียาค่ะ", dev102: a
    mother at home); anyone's after "contact them" ("ติดต่อผัวหนูเลยค่ะ ชื่อวุฒิ", dev58)."""
    name = read_name(text, None)
    for_child = (answers or {}).get("travellers") == 1 and _CHILD_NAMED.match(text) is not None
    helped = (helped_name_text(text) if writes_for or for_child else None) or called_name_text(text)
    return read_name(helped, None) if helped is not None and name is None else name


# a child named first, the only one who goes ("ลูกชื่อปรียาค่ะ", "ลูกสาวหนูชื่อปรียา")
_CHILD_NAMED = re.compile(r"\s*ลูก(?:สาว|ชาย)?(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน)?\s*ชื่อ")


def read_phone(text: str, value: str | None) -> str | None:
    return parse_phone(text)


def read_national_id(text: str, value: str | None) -> str | None:
    if value == "skip" or any(w in text for w in SKIP_WORDS):
        return ""
    nid = parse_national_id(text)
    if nid is None or not nid.checksum_ok:
        return None
    return nid.digits
