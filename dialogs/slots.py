"""The questions of screening and intake: one slot each, with its parser.

A slot is data: the question, an example shown when an answer cannot be used,
quick-reply choices, when it applies, and a pure parser from an answer to a value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dialogs.needs import NONE, PREFER_NOT, need_choices, parse_needs
from dialogs.parse import (
    extract_facts,
    match_province,
    parse_count,
    parse_national_id,
    parse_phone,
    parse_yes_no,
)
from dialogs.types import Choice
from dialogs.understand import card_answer, consent_word, extract_name, facts_to_answers

__all__ = ["BY_KEY", "PLAIN_NEEDS", "SCREENING_KEYS", "SLOTS", "TRAVELLERS_URGENT", "Slot",
           "facts_to_answers", "is_filled", "next_slot", "said_urgency", "slot_for",
           "store_value"]

Answers = dict[str, Any]
Parser = Callable[[str, str | None], Any]  # (text, choice value) -> value or None

YES_NO = (Choice("ใช่", "yes"), Choice("ไม่ใช่", "no"))
SPECIAL = {"elderly": "ผู้สูงอายุ", "sick": "ป่วย", "disabled": "พิการ", "child": "เด็กเล็ก",
           "cannot_travel_alone": "เดินทางเองไม่ได้"}
_UNSURE = re.compile(r"(?:ด่วน|รีบ)(?:ไหม|มั้ย|มั๊ย|หรือ|รึ|ป่าว|เปล่า)|ไม่แน่ใจ|ไม่รู้")
# "ทุกอย่าง" to the hardship question: all three; "มีทุกอย่าง", "ขอบคุณทุกเรื่อง" are not
_ALL = re.compile(r"(?:(?<=ไม่มี)|(?<=บ่มี)|(?<!มี))(?<!ไม่ใช่)(?<!ไม่ขาด)(?<!บ่ขาด)(?<!ขอบคุณ)"
                  r"(?:ทุกข้อ|ทั้งหมด|ทั้งสาม|ทั้ง3|ทุกอย่าง|ทุกเรื่อง)")
SKIP_WORDS = ("ข้าม", "ไม่สะดวก", "ไม่ให้", "ไม่บอก", "ไม่ขอตอบ", "skip")


def _urgency_words(text: str) -> bool | None:
    compact = text.replace(" ", "")
    if _UNSURE.search(compact):  # "ไม่แน่ใจว่าด่วนไหม": the words say neither
        return extract_facts(text).urgent or None  # "ไม่รู้จะนอนที่ไหน" still is
    if any(w in compact for w in ("ไม่ด่วน", "บ่ด่วน", "ไม่รีบ", "บ่รีบ", "รอได้", "ไม่ค่อยด่วน",
                                  "ไม่ค่อยรีบ", "ไม่ได้ด่วน", "ไม่ได้รีบ")):
        return False
    if "ด่วน" in compact or "รีบ" in compact:
        return True
    return extract_facts(text).urgent


def _urgent(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    said = _urgency_words(text)
    if said is not None:
        return said
    facts = extract_facts(text)
    if "sick" in facts.special_needs:  # "ป่วยอยู่": the question names it as urgent
        return True
    if facts.no_shelter is not None:  # "มีที่พักค่ะ" -> no; "นอนป้ายรถเมล์" -> yes
        return facts.no_shelter
    return parse_yes_no(text)


def _yes_no(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    return parse_yes_no(text)


def _consent(text: str, value: str | None) -> bool | None:
    """"ยินยอม" typed as the question asks; "ยินยอมไม่ได้" is a no."""
    if value is not None:
        return _yes_no(text, value)
    said = consent_word(text)
    return said if said is not None or "ยินยอม" in text else parse_yes_no(text)


def _id_card(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    said = facts_to_answers(extract_facts(text)).get("id_card")
    if isinstance(said, bool):
        return said
    short = card_answer(text)
    return short if short is not None else parse_yes_no(text)


def _letter(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    said = extract_facts(text).has_nationality_letter
    return said if said is not None else parse_yes_no(text)


def _hardship(text: str, value: str | None) -> dict[str, bool] | None:
    keys = ("no_shelter", "no_food", "no_fare")
    if value and value.startswith("hardship:"):
        picked = value.split(":", 1)[1]
        return {k: k == picked for k in keys} if picked in keys else dict.fromkeys(keys, False)
    facts = extract_facts(text)
    found = {k: getattr(facts, k) for k in keys if getattr(facts, k) is not None}
    if any(found.values()):  # "มีทุกอย่าง ขาดแค่ค่ารถ": only the fare
        return found
    if _ALL.search(text.replace(" ", "")):
        return dict.fromkeys(keys, True)
    if parse_yes_no(text) is False or "ไม่มีปัญหา" in text:
        return dict.fromkeys(keys, False)
    return None


def _province(text: str, value: str | None) -> dict[str, str] | None:
    province = match_province(text)
    return {"code": province.code, "name": province.name_th} if province else None


_COMPANION = re.compile(r"(?:กับ|และ|พา|พร้อม)(?:ภรรยา|เมีย|สามี|ผัว|แฟน|แม่|พ่อ|ยาย|ตา|ย่า|ปู่"
                        r"|น้อง|พี่|เพื่อน|ลูก|หลาน)(?!ๆ|\d|สอง|สาม|สี่|ห้า|อีก|หลาย)")
_COUPLE = re.compile(r"ผัวเมีย|สามีภรรยา|สองผัวเมีย|สองคนผัวเมีย|แฟนกับ(?:ผม|ฉัน|หนู)")


def said_urgency(text: str, value: str | None = None) -> bool | None:
    """Urgency told in an answer to the travellers question ("2 คน ไม่ด่วน", a button
    "1 คน ด่วน"): only explicit words or shelter, never a bare yes/no."""
    if value and value.startswith("n:") and value.count(":") == 2:
        return value.rsplit(":", 1)[1] == "yes"
    if value is not None:
        return None
    said = _urgency_words(text)
    return said if said is not None else extract_facts(text).no_shelter


def _travellers(text: str, value: str | None) -> int | None:
    if value and value.startswith("n:"):
        return int(value.split(":")[1])
    count = extract_facts(text).travellers or parse_count(text)  # "กับลูก 2 คน": three
    if count is not None:
        return count
    compact = text.replace(" ", "")
    if _COUPLE.search(compact):
        return 2
    companions = len(_COMPANION.findall(compact))  # "ไปกับแม่": two
    return 1 + companions if companions else None


def _special(text: str, value: str | None) -> list[str] | None:
    if value and value.startswith("special:"):
        picked = value.split(":", 1)[1]
        return [picked] if picked in SPECIAL else []
    found = sorted(extract_facts(text).special_needs)
    if found:
        return found
    if parse_yes_no(text) is False or "ไม่มี" in text:
        return []
    return None


def _needs(text: str, value: str | None) -> list[str] | None:
    if value and value.startswith("need:"):
        picked = value.split(":", 1)[1]
        return [] if picked in (NONE, PREFER_NOT) else [picked]
    found = parse_needs(text)
    if found:
        return found
    if parse_yes_no(text) is False or any(w in text for w in ("ไม่มี", *SKIP_WORDS)):
        return []
    return None


def _name(text: str, value: str | None) -> str | None:
    # "ถูกต้อง", "ได้ค่ะ", "ไม่มี": an answer to something else, not a name
    return extract_name(text, bare=True)


def _phone(text: str, value: str | None) -> str | None:
    return parse_phone(text)


def _national_id(text: str, value: str | None) -> str | None:
    if value == "skip" or any(w in text for w in SKIP_WORDS):
        return ""
    nid = parse_national_id(text)
    if nid is None or not nid.checksum_ok:
        return None
    return nid.digits


@dataclass(frozen=True)
class Slot:
    key: str
    question: str
    example: str
    parse: Parser
    choices: tuple[Choice, ...] = ()
    applies: Callable[[Answers], bool] = lambda a: True
    sensitive: bool = False
    again: str = ""  # the question asked differently, when the first answer was unclear
    required: bool = False  # no "don't know": without it there is no screening


PLAIN_NEEDS = frozenset({"work", "training", "id_card"})  # not sensitive data


def _other_needs_apply(a: Answers) -> bool:
    """The other-needs block (sensitive: health, criminal history): for people just
    released from prison, or who mentioned a sensitive need. Work, training and an ID
    card told in passing are simply recorded; everyone is offered more after sending."""
    return bool(a.get("released") or set(a.get("need_hints") or ()) - PLAIN_NEEDS)


SLOTS: tuple[Slot, ...] = (
    Slot("hardship", "ตอนนี้เดือดร้อนเรื่องไหนคะ (เลือกได้มากกว่า 1 ข้อ พิมพ์รวมกันได้)",
         "เช่น \"ไม่มีค่ารถกลับบ้าน\" หรือ \"ไม่มีที่นอน ไม่มีข้าวกิน\"", _hardship,
         (Choice("ไม่มีที่พัก/ที่นอน", "hardship:no_shelter"),
          Choice("ไม่มีอาหาร/รายได้", "hardship:no_food"),
          Choice("ไม่มีค่ารถกลับบ้าน", "hardship:no_fare"),
          Choice("ไม่มีปัญหาเหล่านี้", "hardship:none")),
         again="ขาดอะไรมากที่สุดตอนนี้คะ ที่นอน ข้าว หรือค่ารถกลับบ้าน กดปุ่มได้เลยค่ะ",
         required=True),
    Slot("id_card", "มีบัตรประชาชนไหมคะ", "ตอบ \"มี\" หรือ \"ไม่มี\" ก็ได้ค่ะ", _id_card,
         (Choice("มีบัตรประชาชน", "yes"), Choice("ไม่มี/บัตรหาย", "no")),
         again="ตอนนี้บัตรประชาชนอยู่กับตัวไหมคะ ไม่แน่ใจก็ไม่เป็นไรค่ะ"),
    Slot("nationality_letter",
         "มีหนังสือรับรองว่ามีสัญชาติไทยและอยู่ในพื้นที่นั้นจริงไหมคะ (เช่น จากกำนัน/ผู้ใหญ่บ้าน)",
         "ตอบ \"มี\" หรือ \"ไม่มี\" ก็ได้ค่ะ", _letter,
         (Choice("มีหนังสือรับรอง", "yes"), Choice("ไม่มี", "no")),
         applies=lambda a: a.get("id_card") is False,
         again="กำนันหรือผู้ใหญ่บ้านเคยออกหนังสือรับรองให้ไหมคะ"),
    Slot("current_province", "ตอนนี้อยู่จังหวัดไหน และจะกลับบ้านที่จังหวัดไหนคะ",
         "เช่น \"อยู่ชลบุรี จะกลับขอนแก่น\"", _province,
         again="พิมพ์ชื่อจังหวัดที่อยู่ตอนนี้ได้เลยค่ะ เช่น \"กทม\" หรือ \"ระยอง\""),
    Slot("home_province", "จะกลับบ้านที่จังหวัดไหนคะ", "เช่น \"ขอนแก่น\" หรือ \"โคราช\"",
         _province, again="บ้านเกิดอยู่จังหวัดไหนคะ พิมพ์ชื่อจังหวัดได้เลยค่ะ"),
    Slot("travellers",
         "เดินทางกลับกี่คนคะ (รวมตัวเอง) ถ้ามีผู้สูงอายุ เด็กเล็ก คนป่วย หรือคนพิการ บอกด้วยนะคะ",
         "เช่น \"คนเดียว\" หรือ \"3 คน มีแม่อายุ 70\"", _travellers,
         tuple(Choice(f"{n} คน", f"n:{n}") for n in range(1, 6)),
         again="ไปด้วยกันทั้งหมดกี่คนคะ กดตัวเลขได้เลยค่ะ"),
    Slot("special_needs", "มีใครในกลุ่มที่ต้องดูแลเป็นพิเศษไหมคะ",
         "เช่น \"แม่อายุ 70\" หรือ \"ลูกเล็ก\" หรือ \"ไม่มี\"", _special,
         (Choice("ไม่มี", "special:none"),
          *(Choice(label, f"special:{key}") for key, label in SPECIAL.items())),
         again="มีผู้สูงอายุ เด็กเล็ก คนป่วย หรือคนพิการไปด้วยไหมคะ"),
    Slot("urgent", "เร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน ไม่ปลอดภัย หรือป่วยอยู่ตอนนี้",
         "ตอบ \"ด่วน\" หรือ \"ไม่ด่วน\" ก็ได้ค่ะ", _urgent,
         (Choice("ด่วน", "yes"), Choice("ไม่ด่วน", "no")),
         again="คืนนี้มีที่นอนที่ปลอดภัยไหมคะ",
         ),
    Slot("sensitive_consent",
         "ขอถามเรื่องอื่นที่อาจต้องการความช่วยเหลือ เช่น บัตรประชาชน งาน สุขภาพ "
         "ประวัติการต้องโทษ ข้อมูลนี้อ่อนไหว ใช้เพื่อส่งต่อความช่วยเหลือเท่านั้น "
         "ยินยอมไหมคะ (ไม่ยินยอมก็ยังได้รับความช่วยเหลือค่ะ)",
         "ตอบ \"ยินยอม\" หรือ \"ไม่ยินยอม\" ค่ะ", _consent,
         (Choice("ยินยอม", "yes"), Choice("ไม่ยินยอม", "no")),
         applies=_other_needs_apply,
         again="ให้ถามเรื่องงาน สุขภาพ และเอกสารเพื่อส่งต่อความช่วยเหลือได้ไหมคะ"),
    Slot("needs", "ต้องการความช่วยเหลือด้านไหนอีกคะ พิมพ์รวมกันได้ หรือเลือก \"ไม่ขอตอบ\"",
         "เช่น \"บัตรหาย อยากได้งาน\"", _needs, need_choices(),
         applies=lambda a: a.get("sensitive_consent") is True, sensitive=True,
         again="เลือกเรื่องที่อยากให้ช่วยจากปุ่มได้เลยค่ะ"),
    Slot("name", "ขอชื่อที่ให้เจ้าหน้าที่เรียก และเบอร์โทรที่ติดต่อได้ค่ะ",
         "เช่น \"สมชาย 081-234-5678\" หรือ \"ป้าแดง\"", _name,
         again="เจ้าหน้าที่ควรเรียกคุณว่าอะไรดีคะ"),
    Slot("phone", "ขอเบอร์โทรที่ติดต่อได้ค่ะ", "เช่น \"081-234-5678\"", _phone,
         again="เบอร์โทร 10 หลักที่เจ้าหน้าที่โทรหาได้ค่ะ ไม่มีเบอร์พิมพ์ \"ไม่มี\" ได้ค่ะ"),
    # No national ID number in chat intake: the officer sees the card at the interview.
    # Kept (never asked) so that a stored conversation waiting on it still works.
    Slot("national_id", "ถ้าสะดวก ขอเลขบัตรประชาชน 13 หลักค่ะ ไม่สะดวกกด \"ข้าม\"",
         "เช่น \"1-2345-67890-12-3\" หรือพิมพ์ \"ข้าม\"", _national_id,
         (Choice("ข้าม", "skip"),),
         applies=lambda a: False, sensitive=True),
)
BY_KEY = {slot.key: slot for slot in SLOTS}
# Travellers and urgency in one question while urgency is still unknown: each button
# carries both, and free text fills either (the other is asked only if still missing).
TRAVELLERS_URGENT = Slot(
    "travellers",
    "เดินทางกลับกี่คนคะ (รวมตัวเอง) และเร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน ไม่ปลอดภัย "
    "หรือป่วยอยู่ ถ้ามีผู้สูงอายุ เด็กเล็ก คนป่วย หรือคนพิการ บอกด้วยนะคะ",
    "เช่น \"คนเดียว ไม่ด่วน\" หรือ \"3 คน มีแม่อายุ 70 ด่วน\"", _travellers,
    tuple(Choice(f"{n} คน {label}", f"n:{n}:{flag}") for n in range(1, 6)
          for label, flag in (("ด่วน", "yes"), ("ไม่ด่วน", "no"))),
    again="ไปด้วยกันทั้งหมดกี่คนคะ และคืนนี้มีที่นอนที่ปลอดภัยไหมคะ กดปุ่มได้เลยค่ะ")


def slot_for(key: str, answers: Answers) -> Slot | None:
    """The slot to ask for `key` now: travellers with urgency while urgency is unknown."""
    if key == "travellers" and "urgent" not in answers:
        return TRAVELLERS_URGENT
    return BY_KEY.get(key)
SCREENING_KEYS = ("hardship", "id_card", "nationality_letter", "current_province",
                  "home_province", "travellers", "special_needs", "urgent")


def is_filled(answers: Answers, slot: Slot) -> bool:
    if slot.key == "hardship":
        return any(k in answers for k in ("no_shelter", "no_food", "no_fare"))
    return slot.key in answers


def next_slot(answers: Answers) -> Slot | None:
    for slot in SLOTS:
        if slot.applies(answers) and not is_filled(answers, slot):
            return slot_for(slot.key, answers)
    return None


def store_value(answers: Answers, slot: Slot, value: Any) -> Answers:
    """Answers with `value` stored for `slot` (a copy)."""
    out = dict(answers)
    if slot.key == "hardship":
        out.update(value)
    else:
        out[slot.key] = value
    return out
