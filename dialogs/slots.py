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
    Facts,
    extract_facts,
    match_province,
    parse_count,
    parse_national_id,
    parse_phone,
    parse_yes_no,
)
from dialogs.types import Choice

Answers = dict[str, Any]
Parser = Callable[[str, str | None], Any]  # (text, choice value) -> value or None

YES_NO = (Choice("ใช่", "yes"), Choice("ไม่ใช่", "no"))
SPECIAL = {"elderly": "ผู้สูงอายุ", "sick": "ป่วย", "disabled": "พิการ", "child": "เด็กเล็ก",
           "cannot_travel_alone": "เดินทางเองไม่ได้"}
SKIP_WORDS = ("ข้าม", "ไม่สะดวก", "ไม่ให้", "ไม่บอก", "ไม่ขอตอบ", "skip")


def _urgent(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    compact = text.replace(" ", "")
    if any(w in compact for w in ("ไม่ด่วน", "บ่ด่วน", "ไม่รีบ", "บ่รีบ", "รอได้")):
        return False
    if "ด่วน" in compact or "รีบ" in compact:
        return True
    return extract_facts(text).urgent or parse_yes_no(text)


def _yes_no(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    return parse_yes_no(text)


def _hardship(text: str, value: str | None) -> dict[str, bool] | None:
    keys = ("no_shelter", "no_food", "no_fare")
    if value and value.startswith("hardship:"):
        picked = value.split(":", 1)[1]
        return {k: k == picked for k in keys} if picked in keys else dict.fromkeys(keys, False)
    if any(w in text for w in ("ทุกข้อ", "ทั้งหมด", "ทั้งสาม", "ทั้ง 3")):
        return dict.fromkeys(keys, True)
    facts = extract_facts(text)
    found = {k: getattr(facts, k) for k in keys if getattr(facts, k) is not None}
    if any(found.values()):
        return found
    if parse_yes_no(text) is False or "ไม่มีปัญหา" in text:
        return dict.fromkeys(keys, False)
    return None


def _province(text: str, value: str | None) -> dict[str, str] | None:
    province = match_province(text)
    return {"code": province.code, "name": province.name_th} if province else None


def _travellers(text: str, value: str | None) -> int | None:
    if value and value.startswith("n:"):
        return int(value[2:])
    return parse_count(text)


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
    name = re.sub(r"\+?[\d๐-๙][\d๐-๙\s-]{6,}", " ", text).strip()
    for prefix in ("ชื่อ", "เรียกว่า", "เรียก", "ผม", "หนู", "ฉัน", "ดิฉัน"):
        name = name.removeprefix(prefix).strip()
    for suffix in ("ครับ", "ค่ะ", "คะ", "จ้า", "นะ"):
        name = name.removesuffix(suffix).strip()
    if not 0 < len(name) <= 40 or any(ch.isdigit() for ch in name):
        return None
    # "ถูกต้อง", "ได้ค่ะ", "ไม่มี": an answer to something else, not a name
    return None if parse_yes_no(name) is not None else name


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


SLOTS: tuple[Slot, ...] = (
    Slot("hardship", "ตอนนี้เดือดร้อนเรื่องไหนคะ (เลือกได้มากกว่า 1 ข้อ พิมพ์รวมกันได้)",
         "เช่น \"ไม่มีค่ารถกลับบ้าน\" หรือ \"ไม่มีที่นอน ไม่มีข้าวกิน\"", _hardship,
         (Choice("ไม่มีที่พัก/ที่นอน", "hardship:no_shelter"),
          Choice("ไม่มีอาหาร/รายได้", "hardship:no_food"),
          Choice("ไม่มีค่ารถกลับบ้าน", "hardship:no_fare"),
          Choice("ไม่มีปัญหาเหล่านี้", "hardship:none"))),
    Slot("id_card", "มีบัตรประชาชนไหมคะ", "ตอบ \"มี\" หรือ \"ไม่มี\" ก็ได้ค่ะ", _yes_no,
         (Choice("มีบัตรประชาชน", "yes"), Choice("ไม่มี/บัตรหาย", "no"))),
    Slot("nationality_letter",
         "มีหนังสือรับรองว่ามีสัญชาติไทยและอยู่ในพื้นที่นั้นจริงไหมคะ (เช่น จากกำนัน/ผู้ใหญ่บ้าน)",
         "ตอบ \"มี\" หรือ \"ไม่มี\" ก็ได้ค่ะ", _yes_no,
         (Choice("มีหนังสือรับรอง", "yes"), Choice("ไม่มี", "no")),
         applies=lambda a: a.get("id_card") is False),
    Slot("current_province", "ตอนนี้อยู่จังหวัดไหนคะ", "เช่น \"ชลบุรี\" หรือ \"กทม\"", _province),
    Slot("home_province", "อยากกลับบ้านที่จังหวัดไหนคะ", "เช่น \"ขอนแก่น\" หรือ \"โคราช\"",
         _province),
    Slot("travellers",
         "เดินทางกลับกี่คนคะ (รวมตัวเอง) ถ้ามีผู้สูงอายุ เด็กเล็ก คนป่วย หรือคนพิการ บอกด้วยนะคะ",
         "เช่น \"คนเดียว\" หรือ \"3 คน มีแม่อายุ 70\"", _travellers,
         tuple(Choice(f"{n} คน", f"n:{n}") for n in range(1, 6))),
    Slot("special_needs", "มีใครในกลุ่มที่ต้องดูแลเป็นพิเศษไหมคะ",
         "เช่น \"แม่อายุ 70\" หรือ \"ลูกเล็ก\" หรือ \"ไม่มี\"", _special,
         (Choice("ไม่มี", "special:none"),
          *(Choice(label, f"special:{key}") for key, label in SPECIAL.items()))),
    Slot("urgent", "เร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน ไม่ปลอดภัย หรือป่วยอยู่ตอนนี้",
         "ตอบ \"ด่วน\" หรือ \"ไม่ด่วน\" ก็ได้ค่ะ", _urgent,
         (Choice("ด่วน", "yes"), Choice("ไม่ด่วน", "no"))),
    Slot("sensitive_consent",
         "ขอถามเรื่องอื่นที่อาจต้องการความช่วยเหลือ เช่น บัตรประชาชน งาน สุขภาพ "
         "ประวัติการต้องโทษ และเลขบัตรประชาชน ข้อมูลนี้อ่อนไหว ใช้เพื่อส่งต่อความช่วยเหลือเท่านั้น "
         "ยินยอมไหมคะ (ไม่ยินยอมก็ยังได้รับความช่วยเหลือค่ะ)",
         "ตอบ \"ยินยอม\" หรือ \"ไม่ยินยอม\" ค่ะ", _yes_no,
         (Choice("ยินยอม", "yes"), Choice("ไม่ยินยอม", "no"))),
    Slot("needs", "ต้องการความช่วยเหลือด้านไหนอีกคะ พิมพ์รวมกันได้ หรือเลือก \"ไม่ขอตอบ\"",
         "เช่น \"บัตรหาย อยากได้งาน\"", _needs, need_choices(),
         applies=lambda a: a.get("sensitive_consent") is True, sensitive=True),
    Slot("name", "ขอชื่อที่ให้เจ้าหน้าที่เรียก และเบอร์โทรที่ติดต่อได้ค่ะ",
         "เช่น \"สมชาย 081-234-5678\" หรือ \"ป้าแดง\"", _name),
    Slot("phone", "ขอเบอร์โทรที่ติดต่อได้ค่ะ", "เช่น \"081-234-5678\"", _phone),
    Slot("national_id", "ถ้าสะดวก ขอเลขบัตรประชาชน 13 หลักค่ะ ไม่สะดวกกด \"ข้าม\"",
         "เช่น \"1-2345-67890-12-3\" หรือพิมพ์ \"ข้าม\"", _national_id,
         (Choice("ข้าม", "skip"),),
         applies=lambda a: a.get("sensitive_consent") is True, sensitive=True),
)
BY_KEY = {slot.key: slot for slot in SLOTS}
SCREENING_KEYS = ("hardship", "id_card", "nationality_letter", "current_province",
                  "home_province", "travellers", "special_needs", "urgent")


def is_filled(answers: Answers, slot: Slot) -> bool:
    if slot.key == "hardship":
        return any(k in answers for k in ("no_shelter", "no_food", "no_fare"))
    return slot.key in answers


def next_slot(answers: Answers) -> Slot | None:
    for slot in SLOTS:
        if slot.applies(answers) and not is_filled(answers, slot):
            return slot
    return None


def store_value(answers: Answers, slot: Slot, value: Any) -> Answers:
    """Answers with `value` stored for `slot` (a copy)."""
    out = dict(answers)
    if slot.key == "hardship":
        out.update(value)
    else:
        out[slot.key] = value
    return out


def facts_to_answers(facts: Facts) -> Answers:
    """What one free-text message tells, as answers."""
    out: Answers = {}
    for key in ("no_shelter", "no_food", "no_fare", "urgent"):
        if getattr(facts, key) is not None:
            out[key] = getattr(facts, key)
    if facts.has_id_card is not None:
        out["id_card"] = facts.has_id_card
    if facts.has_nationality_letter is not None:
        out["nationality_letter"] = facts.has_nationality_letter
    if facts.thai_national is not None:
        out["thai"] = facts.thai_national
    for key in ("current_province", "home_province"):
        province = getattr(facts, key)
        if province is not None:
            out[key] = {"code": province.code, "name": province.name_th}
    if facts.travellers is not None:
        out["travellers"] = facts.travellers
    if facts.special_needs:
        out["special_needs"] = sorted(facts.special_needs)
    return out
