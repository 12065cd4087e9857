"""The questions of screening and intake: one slot each, with its parser.

A slot is data: the question, an example shown when an answer cannot be used,
quick-reply choices, when it applies, and a pure parser from an answer to a value
(dialogs.readers).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dialogs.care_answers import read_more_care, read_travel_alone
from dialogs.facts import HARDSHIPS
from dialogs.needs import need_choices
from dialogs.readers import (
    SPECIAL,
    read_consent,
    read_hardship,
    read_id_card,
    read_letter,
    read_name,
    read_national_id,
    read_needs,
    read_phone,
    read_province,
    read_special,
    read_travellers,
    read_urgent,
)
from dialogs.second_thought import changed_answer, mind_changed_last
from dialogs.types import Choice

__all__ = ["BY_KEY", "CARE_INVITED", "CURRENT_ONLY", "PLAIN_NEEDS", "SCREENING_KEYS", "SLOTS",
           "TRAVELLERS_URGENT", "WEAK", "Slot", "is_filled", "next_slot", "store_value"]

Answers = dict[str, Any]
Parser = Callable[[str, str | None], Any]  # (text, choice value) -> value or None

YES_NO = (Choice("ใช่", "yes"), Choice("ไม่ใช่", "no"))


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
    also: tuple[str, ...] = ()  # the other slots the same question asks (answered together)


# The count invites naming who needs care, and whoever cannot travel alone (an elder
# known before it who names no such need can go alone; one told only now, the sick and
# the disabled are still asked: dialogs.asking.care_named)
CARE_INVITED = ("ถ้ามีผู้สูงอายุ เด็กเล็ก คนท้อง คนป่วย คนพิการ หรือใครเดินทางเองไม่ไหว "
                "บอกด้วยนะคะ")
# not sensitive data
PLAIN_NEEDS = frozenset({"work", "training", "massage", "id_card", "wages", "loan", "goods",
                         "trade"})


WEAK = frozenset({"อืม", "อืมม", "อือ", "ค่ะ", "คะ", "ครับ", "คับ", "จ้า", "จ้ะ", "อ่า", "เออ"})


def read_sensitive_consent(text: str, value: str | None) -> bool | None:
    """Consent to sensitive data: a button, "ยินยอม", "ได้", "ตกลง"; a bare "อืม" or
    "ค่ะ" is not explicit enough (asked again)."""
    if value is None and text.replace(" ", "") in WEAK:
        return None
    if value is None and mind_changed_last(text):
        return None  # "ยินยอมครับ... เปลี่ยนใจครับ": the yes taken back, asked again
    if value is None and (meant := changed_answer(  # "ไม่อยากให้จด... คิดอีกที จดได้ครับ"
            text, lambda part: read_sensitive_consent(part, None))) is not None:
        return meant
    if value is None and _NOT_RECORDED.search(text.replace(" ", "")):
        return False  # "ไม่ต้องบันทึกเรื่องติดคุกนะครับ ไม่อยากให้มีประวัติ"
    if value is None and _RECORD_OK.match(_NOT_TOLD.sub("", text.replace(" ", ""))):
        return True  # "บันทึกได้ครับ", "ถามได้เลยค่ะ": the question's own verb, allowed
    return read_consent(text, value)


CARE_AS_HEALTH = frozenset({"sick", "pregnant", "disabled"})  # care needs that hint health


# the question's verb said allowed, as the whole answer (not "บันทึกได้ไหม", asked)
# (or all of it allowed: "ได้หมดครับ", "บันทึกได้ทั้งหมด", dev38: asked twice, then dropped)
_RECORD_OK = re.compile(r"(?:(?:(?:บันทึก|เก็บ|จด|ถาม|ใส่)(?:ไว้|ข้อมูล|เรื่องนี้)?)?(?:ได้|เลย)"
                        # or asked for: "ให้บันทึกค่ะ", "ขอให้จดไว้เลย" (review rev6: asked again)
                        r"|(?:ขอ)?ให้(?:บันทึก|เก็บ|จด)(?:ไว้|ข้อมูล|เรื่องนี้)?(?:ได้)?(?:เลย)?)"
                        r"(?:หมด|ทั้งหมด|ทุกอย่าง|ทุกเรื่อง)?(?<!^ได้)(?<!^เลย)"
                        r"(?:เลย|ครับ|คับ|ค่ะ|ค่า|จ้า|จ้ะ|นะ|เด้อ|หนิ|เจ้า)*$")
# a wish that it go no further, after the yes ("บันทึกได้ครับ แต่อย่าบอกที่บ้านนะครับ", dev50):
# about telling, not recording (the officers alone see it, as the notice says)
_NOT_TOLD = re.compile(r"(?:แต่|ขอ)*(?:อย่า|ไม่ต้อง|ห้าม)(?:บอก|แจ้ง|ให้(?:[ก-๙]{0,12}?)รู้)"
                       r"(?:[ก-๙]{0,16}?)(?:นะ|ครับ|คับ|ค่ะ|คะ|จ้า|เด้อ|เจ้า)*$")
# asked not to record it: a no to the sensitive part, however polite
_NOT_RECORDED = re.compile(r"(?:ไม่ต้อง|ไม่อยากให้|ไม่ให้|ขอไม่|ห้าม|อย่า)(?:บันทึก|เก็บ|จด|มีประวัติ)")


def _other_needs_apply(a: Answers) -> bool:
    """The other-needs block (sensitive: health, criminal history): for people just
    released from prison, or who mentioned a sensitive need. Work, training and an ID
    card told in passing are simply recorded; everyone is offered more after sending.
    A health hint that comes with a care need ("เมียท้อง 7 เดือน", "พ่อป่วย") is the care
    need itself, recorded under the first consent (the notice names it): no block."""
    hints = set(a.get("need_hints") or ()) - PLAIN_NEEDS
    if set(a.get("special_needs") or ()) & CARE_AS_HEALTH:
        hints -= {"health"}
    return bool(a.get("released") or hints)


def _alone_with_care(a: Answers) -> bool:
    """One travelling alone who is sick, disabled or elderly: can they travel alone?
    (The manual's escort is for those who cannot, by age, mind or health.)"""
    needs = set(a.get("special_needs") or ())
    if "cannot_travel_alone" in needs:
        return False
    # an elder with a child, two in all: no grown-up goes with them (dev29 "ยายกับหลาน")
    return (a.get("travellers") == 1 and bool(needs & {"sick", "disabled", "elderly"})) or (
        a.get("travellers") == 2 and {"elderly", "child"} <= needs and "pregnant" not in needs)


SLOTS: tuple[Slot, ...] = (
    Slot("hardship", "ตอนนี้เดือดร้อนเรื่องไหนคะ (เลือกได้มากกว่า 1 ข้อ พิมพ์รวมกันได้)",
         "เช่น \"ไม่มีค่ารถกลับบ้าน\" หรือ \"ไม่มีที่นอน ไม่มีข้าวกิน\"", read_hardship,
         (Choice("ไม่มีที่พัก/ที่นอน", "hardship:no_shelter"),
          Choice("ไม่มีอาหาร/รายได้", "hardship:no_food"),
          Choice("ไม่มีค่ารถกลับบ้าน", "hardship:no_fare"),
          Choice("ไม่มีปัญหาเหล่านี้", "hardship:none")),
         again="ขาดอะไรมากที่สุดตอนนี้คะ ที่นอน ข้าว หรือค่ารถกลับบ้าน กดปุ่มได้เลยค่ะ",
         required=True),
    Slot("id_card", "มีบัตรประชาชนไหมคะ", "ตอบ \"มี\" หรือ \"ไม่มี\" ก็ได้ค่ะ", read_id_card,
         (Choice("มีบัตรประชาชน", "yes"), Choice("ไม่มี/บัตรหาย", "no")),
         again="ตอนนี้บัตรประชาชนอยู่กับตัวไหมคะ ไม่แน่ใจก็ไม่เป็นไรค่ะ"),
    Slot("nationality_letter",
         "มีหนังสือรับรองว่ามีสัญชาติไทยและอยู่ในพื้นที่นั้นจริงไหมคะ (เช่น จากกำนัน/ผู้ใหญ่บ้าน)",
         "ตอบ \"มี\" หรือ \"ไม่มี\" ก็ได้ค่ะ", read_letter,
         (Choice("มีหนังสือรับรอง", "yes"), Choice("ไม่มี", "no")),
         # no card, or a card left unknown (skipped): asked so the officer knows of a letter
         applies=lambda a: a.get("id_card") is False or ("id_card" in a and a["id_card"] is None),
         again="กำนันหรือผู้ใหญ่บ้านออกหนังสือรับรองให้ได้ไหมคะ"),
    Slot("current_province", "ตอนนี้อยู่จังหวัดไหน และจะกลับบ้านที่จังหวัดไหนคะ",
         "เช่น \"อยู่ชลบุรี จะกลับขอนแก่น\"", read_province,
         again="พิมพ์ชื่อจังหวัดที่อยู่ตอนนี้ได้เลยค่ะ เช่น \"กทม\" หรือ \"ระยอง\"",
         also=("home_province",)),
    Slot("home_province", "จะกลับบ้านที่จังหวัดไหนคะ", "เช่น \"ขอนแก่น\" หรือ \"โคราช\"",
         read_province, again="บ้านเกิดอยู่จังหวัดไหนคะ พิมพ์ชื่อจังหวัดได้เลยค่ะ"),
    Slot("travellers",
         f"เดินทางกลับกี่คนคะ (รวมตัวเอง) {CARE_INVITED}",
         "เช่น \"คนเดียว\" หรือ \"3 คน มีแม่อายุ 70\"", read_travellers,
         tuple(Choice(f"{n} คน", f"n:{n}") for n in range(1, 6)),
         again="ไปด้วยกันทั้งหมดกี่คนคะ กดตัวเลขได้เลยค่ะ"),
    Slot("special_needs", "มีใครในกลุ่มที่ต้องดูแลเป็นพิเศษไหมคะ",
         "เช่น \"แม่อายุ 70\" หรือ \"ลูกเล็ก\" หรือ \"ไม่มี\"", read_special,
         (Choice("ไม่มี", "special:none"),
          *(Choice(label, f"special:{key}") for key, label in SPECIAL.items())),
         again="มีผู้สูงอายุ เด็กเล็ก คนป่วย หรือคนพิการไปด้วยไหมคะ"),
    Slot("travel_alone", "เดินทางคนเดียวไหวไหมคะ หรือต้องมีคนพาไปด้วย",
         "ตอบ \"ไปเองได้\" หรือ \"ต้องมีคนพาไป\" ก็ได้ค่ะ", read_travel_alone,
         (Choice("ไปเองได้", "yes"), Choice("ต้องมีคนพาไป", "no")),
         applies=_alone_with_care, again="ถ้าต้องมีคนพาไปด้วย เจ้าหน้าที่จะได้ช่วยดูแลค่ะ ไปเองได้ไหมคะ"),
    # who else needs care, asked once of a group told of in the story with a care need
    # known (dialogs.asking names it); never picked here: its answer joins special_needs
    Slot("more_care", "มีใครในกลุ่มต้องดูแลเป็นพิเศษอีกไหมคะ", "เช่น \"ยายอายุ 70\" หรือ \"ไม่มีแล้ว\"",
         read_more_care, (Choice("ไม่มีแล้ว", "special:none"),
                        *(Choice(label, f"special:{key}") for key, label in SPECIAL.items())),
         applies=lambda a: False, again="ใครต้องดูแลเป็นพิเศษอีกคะ กดเลือกจากปุ่มได้เลยค่ะ"),
    Slot("urgent", "เร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน ไม่ปลอดภัย หรือป่วยอยู่ตอนนี้",
         "ตอบ \"ด่วน\" หรือ \"ไม่ด่วน\" ก็ได้ค่ะ", read_urgent,
         (Choice("ด่วน", "yes"), Choice("ไม่ด่วน", "no")),
         again="คืนนี้มีที่นอนที่ปลอดภัยไหมคะ",
         ),
    Slot("sensitive_consent",
         "ขอถามเรื่องอื่นที่อาจต้องการความช่วยเหลือ เช่น บัตรประชาชน งาน สุขภาพ "
         "ประวัติการต้องโทษ ข้อมูลนี้อ่อนไหว ใช้เพื่อส่งต่อความช่วยเหลือเท่านั้น "
         "ยินยอมไหมคะ (ไม่ยินยอมก็ยังได้รับความช่วยเหลือค่ะ)",
         "ตอบ \"ยินยอม\" หรือ \"ไม่ยินยอม\" ค่ะ", read_sensitive_consent,
         (Choice("ยินยอม", "yes"), Choice("ไม่ยินยอม", "no")),
         applies=_other_needs_apply,
         again="ให้ถามเรื่องงาน สุขภาพ และเอกสารเพื่อส่งต่อความช่วยเหลือได้ไหมคะ"),
    Slot("needs", "ต้องการความช่วยเหลือด้านไหนอีกคะ พิมพ์รวมกันได้ หรือเลือก \"ไม่ขอตอบ\"",
         "เช่น \"บัตรหาย อยากได้งาน\"", read_needs, need_choices(),
         applies=lambda a: a.get("sensitive_consent") is True, sensitive=True,
         again="เลือกเรื่องที่อยากให้ช่วยจากปุ่มได้เลยค่ะ"),
    Slot("name", "ขอชื่อที่ให้เจ้าหน้าที่เรียก และเบอร์โทรที่ติดต่อได้ค่ะ",
         "เช่น \"สมชาย 081-234-5678\" หรือ \"ป้าแดง\"", read_name,
         again="เจ้าหน้าที่ควรเรียกคุณว่าอะไรดีคะ"),
    Slot("phone", "ขอเบอร์โทรที่ติดต่อได้ค่ะ", "เช่น \"081-234-5678\"", read_phone,
         again="เบอร์โทร 10 หลักที่เจ้าหน้าที่โทรหาได้ค่ะ ไม่มีเบอร์พิมพ์ \"ไม่มี\" ได้ค่ะ"),
    # No national ID number in chat intake: the officer sees the card at the interview.
    # Kept (never asked) so that a stored conversation waiting on it still works.
    Slot("national_id", "ถ้าสะดวก ขอเลขบัตรประชาชน 13 หลักค่ะ ไม่สะดวกกด \"ข้าม\"",
         "เช่น \"1-2345-67890-12-3\" หรือพิมพ์ \"ข้าม\"", read_national_id,
         (Choice("ข้าม", "skip"),),
         applies=lambda a: False, sensitive=True),
)
BY_KEY = {slot.key: slot for slot in SLOTS}
# Travellers and urgency in one question while urgency is still unknown: each button
# carries both, and free text fills either (the other is asked only if still missing).
TRAVELLERS_URGENT = Slot(
    "travellers",
    "เดินทางกลับกี่คนคะ (รวมตัวเอง) และเร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน ไม่ปลอดภัย "
    f"หรือป่วยอยู่ {CARE_INVITED}",
    "เช่น \"คนเดียว ไม่ด่วน\" หรือ \"3 คน มีแม่อายุ 70 ด่วน\"", read_travellers,
    tuple(Choice(f"{n} คน {label}", f"n:{n}:{flag}") for n in range(1, 6)
          for label, flag in (("ด่วน", "yes"), ("ไม่ด่วน", "no"))),
    again="ไปด้วยกันทั้งหมดกี่คนคะ และคืนนี้มีที่นอนที่ปลอดภัยไหมคะ กดปุ่มได้เลยค่ะ",
    also=("urgent",))


# where the person is now, when home is already known
CURRENT_ONLY = Slot("current_province", "ตอนนี้อยู่จังหวัดไหนคะ", "เช่น \"กทม\" หรือ \"ระยอง\"",
                    read_province, again="พิมพ์ชื่อจังหวัดที่อยู่ตอนนี้ได้เลยค่ะ")


def next_slot(answers: Answers) -> Slot | None:
    """The first slot that applies and is not answered (how it is asked now:
    dialogs.asking)."""
    for slot in SLOTS:
        if slot.applies(answers) and not is_filled(answers, slot):
            return slot
    return None


SCREENING_KEYS = ("hardship", "id_card", "nationality_letter", "current_province",
                  "home_province", "travellers", "special_needs", "travel_alone", "urgent")


def is_filled(answers: Answers, slot: Slot) -> bool:
    """Answered; the hardship when one is known, or all three are known to be absent
    ("มีห้องพัก มีเงินพอใช้" alone leaves the fare to ask)."""
    if slot.key == "hardship":
        return any(answers.get(k) for k in HARDSHIPS) or all(k in answers for k in HARDSHIPS)
    return slot.key in answers


def store_value(answers: Answers, slot: Slot, value: Any) -> Answers:
    """Answers with `value` stored for `slot` (a copy)."""
    out = dict(answers)
    if slot.key == "more_care":  # who else: joins the care needs known
        out["special_needs"] = sorted({*(out.get("special_needs") or ()), *(value or ())})
        return out
    if slot.key == "hardship":
        out.update(value)
    else:
        out[slot.key] = value
    if slot.key == "travel_alone" and value is False:  # someone must go along
        out["special_needs"] = sorted({*(out.get("special_needs") or ()), "cannot_travel_alone"})
    return out
