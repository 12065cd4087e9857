"""How the next slot is asked now: travellers with urgency, the ID card (or the
nationality letter) with the places still unknown, a group's care with its urgency, and
who else needs care in a group no question has invited to say so. Each asked slot says
what else its question asks (`Slot.also`): a typed answer may tell all of it, a tap
answers the slot itself."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dialogs import replies, texts
from dialogs.care_answers import read_travel_alone
from dialogs.questions import is_question
from dialogs.slots import (
    BY_KEY,
    CARE_INVITED,
    CURRENT_ONLY,
    TRAVELLERS_URGENT,
    Slot,
    store_value,
)
from dialogs.types import Reply
from dialogs.urgency import said_urgency

Answers = dict[str, Any]
PLACES = ("current_province", "home_province")
# The ID card with the places still unknown: a tap answers the card, a typed answer all
CARD_AND_PLACES = {
    PLACES: "มีบัตรประชาชนไหมคะ ตอนนี้อยู่จังหวัดไหน และจะกลับบ้านที่จังหวัดไหนคะ",
    ("current_province",): "มีบัตรประชาชนไหมคะ และตอนนี้อยู่จังหวัดไหนคะ",
    ("home_province",): "มีบัตรประชาชนไหมคะ และจะกลับบ้านที่จังหวัดไหนคะ",
}
CARD_AGAIN = {
    PLACES: "ตอนนี้บัตรประชาชนอยู่กับตัวไหมคะ อยู่จังหวัดไหน และบ้านอยู่จังหวัดไหนคะ",
    ("current_province",): "ตอนนี้บัตรประชาชนอยู่กับตัวไหมคะ และอยู่จังหวัดไหนคะ",
    ("home_province",): "ตอนนี้บัตรประชาชนอยู่กับตัวไหมคะ และบ้านอยู่จังหวัดไหนคะ",
}
# The nationality letter (no ID card told in the story) with the places still unknown
LETTER_AND_PLACES = {
    PLACES: "มีหนังสือรับรองสัญชาติไทยจากกำนันหรือผู้ใหญ่บ้านไหมคะ ตอนนี้อยู่จังหวัดไหน "
            "และจะกลับบ้านที่จังหวัดไหนคะ",
    ("current_province",): "มีหนังสือรับรองสัญชาติไทยจากกำนันหรือผู้ใหญ่บ้านไหมคะ "
                           "และตอนนี้อยู่จังหวัดไหนคะ",
    ("home_province",): "มีหนังสือรับรองสัญชาติไทยจากกำนันหรือผู้ใหญ่บ้านไหมคะ "
                        "และจะกลับบ้านที่จังหวัดไหนคะ",
}
LETTER_AGAIN = "กำนันหรือผู้ใหญ่บ้านออกหนังสือรับรองให้ได้ไหมคะ แล้ว{}"
WHERE = {PLACES: "ตอนนี้อยู่จังหวัดไหน และบ้านอยู่จังหวัดไหนคะ",
         ("current_province",): "ตอนนี้อยู่จังหวัดไหนคะ", ("home_province",): "บ้านอยู่จังหวัดไหนคะ"}
# Who else needs care, in a group told of in the story with one care need known
CARE_TOO = "นอกจาก{}ที่บอกมาแล้ว มีใครในกลุ่มต้องดูแลเป็นพิเศษอีกไหมคะ"
CARED = {"elderly": "ผู้สูงอายุ", "sick": "คนป่วย", "disabled": "คนพิการ", "child": "เด็กเล็ก",
         "cannot_travel_alone": "คนที่เดินทางเองไม่ได้", "pregnant": "คนตั้งครรภ์"}
INVITING = ("travellers", "special_needs", "more_care")  # questions that ask who needs care
# One travelling alone, care needs and urgency unknown: urgency, a care need invited
# (naming none is none, as at the travellers question)
URGENT_AND_CARE = ("เร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน ไม่ปลอดภัย หรือป่วยอยู่ตอนนี้ "
                   "ถ้าป่วย พิการ ตั้งครรภ์ หรือเดินทางเองไม่ได้ บอกด้วยนะคะ")
# An elder alone, urgency unknown: urgency, an escort invited (silence is none; asked
# outright only of the sick or disabled, or once urgency is known)
URGENT_AND_ALONE = ("เร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน ไม่ปลอดภัย หรือป่วยอยู่ตอนนี้ "
                    "ถ้าเดินทางคนเดียวไม่ไหว ต้องมีคนพาไป บอกด้วยนะคะ")
# The count when an elder is known: the escort invited instead of the elder
ESCORT_INVITED = "ถ้าใครเดินทางเองไม่ไหว หรือมีเด็กเล็ก คนท้อง คนป่วย คนพิการ บอกด้วยนะคะ"
# care needs of one travelling alone (someone else, or told in the story): no "group"
SOLO_CARE = ("คนที่เดินทางต้องดูแลเป็นพิเศษไหมคะ เช่น สูงอายุ ป่วย พิการ ตั้งครรภ์ "
             "หรือเดินทางเองไม่ได้")
# A group's care needs (or who else needs care) with its urgency, both unknown
URGENT_ALONG = "และเร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน หรือไม่ปลอดภัย"
CARE_AND_URGENT = f"{BY_KEY['special_needs'].question} {URGENT_ALONG}"

# can an elder and a child go by themselves (two in all: no grown-up with them)
ELDER_AND_CHILD = "ผู้สูงอายุกับเด็กเดินทางกันเองไหวไหมคะ หรือต้องมีคนพาไปด้วย"


def opening_question(lead: str) -> Reply:
    """The hardship question with a way out, "ถามเรื่องอื่น"."""
    question = replies.question(BY_KEY["hardship"], lead)
    return replace(question, choices=(*question.choices, replies.ASK_ELSE))


def slot_for(key: str, answers: Answers) -> Slot | None:
    """The slot `key` as asked now (the one a waiting state's answer is read with)."""
    if key == "travellers" and "urgent" not in answers:
        return TRAVELLERS_URGENT
    if key == "current_province" and answers.get("home_province"):
        return CURRENT_ONLY  # home is known: only where the person is
    places = tuple(k for k in PLACES if k not in answers)
    if key == "id_card" and places:
        return replace(BY_KEY["id_card"], question=CARD_AND_PLACES[places],
                       again=CARD_AGAIN[places], also=places,
                       example="เช่น \"มีบัตร อยู่ชลบุรี จะกลับขอนแก่น\"")
    if key == "nationality_letter" and places:
        return replace(BY_KEY[key], question=LETTER_AND_PLACES[places],
                       again=LETTER_AGAIN.format(WHERE[places]), also=places,
                       example="เช่น \"มีหนังสือรับรอง อยู่ภูเก็ต จะกลับสงขลา\"")
    if key == "special_needs" and answers.get("travellers") == 1:
        return replace(BY_KEY[key], question=SOLO_CARE)
    if key == "travel_alone" and answers.get("travellers") == 2:
        return replace(BY_KEY[key], question=ELDER_AND_CHILD)
    if key == "sensitive_consent" and not answers.get("released"):
        told = sensitive_told_names(answers)  # what was told, named: not a block of questions
        if told:
            return replace(BY_KEY[key], question=texts.SENSITIVE_TOLD.format(told))
    if key == "more_care":
        return replace(BY_KEY["more_care"], question=CARE_TOO.format(named_care(answers)))
    return BY_KEY.get(key)


def care_due(answers: Answers) -> bool:
    """A group with a care need known (who else may need care)."""
    return bool(answers.get("special_needs")) and int(answers.get("travellers") or 1) > 1


def tapped_past_care(slot: Slot, value: str | None, answers: Answers) -> bool:
    """A count tapped ("2 คน ไม่ด่วน") for a group with a care need known: the button names
    no one, so the invitation to name who else needs care is unanswered (dev29: a
    grandmother, known from the story, tapped the count; her grandson of 10 was never
    recorded); who else is asked once. A typed count that names no one still says none."""
    return slot.key == "travellers" and value is not None and care_due(answers)


def named_care(answers: Answers) -> str:
    """The care needs known, as people: "คนป่วย", "คนป่วย และผู้สูงอายุ"."""
    names = [CARED[k] for k in answers.get("special_needs") or () if k in CARED]
    if len(names) <= 1:
        return names[0] if names else "คนที่บอกมา"
    return " ".join(names[:-1]) + " และ" + names[-1]


def urgent_with_care() -> Slot:
    """Urgency, with a care need invited (one travelling alone)."""
    return replace(BY_KEY["urgent"], question=URGENT_AND_CARE, also=("special_needs",))


def urgent_with_alone() -> Slot:
    """Urgency, with a need of an escort invited (an elder alone)."""
    return replace(BY_KEY["urgent"], question=URGENT_AND_ALONE, also=("travel_alone",))


def care_with_urgency(slot: Slot) -> Slot:
    """A group's care needs, its urgency asked along (a tap answers only the care)."""
    return replace(slot, question=f"{slot.question} {URGENT_ALONG}", also=("urgent",))


def urgency_along(slot: Slot, text: str) -> Answers:
    """The urgency typed with a group's care needs ("ลูกเล็ก 2 ขวบ ห้องยังพออยู่ได้"): only
    words of urgency or of a roof, never a bare yes or no (that answers the care), nor
    one put out with no roof said (asked next, as after a story)."""
    care = slot.key in ("special_needs", "more_care")
    said = said_urgency(text, put_out_asks=True) if care else None
    return {} if said is None else {"urgent": said}


def escort_invited(answers: Answers) -> bool:
    """An elder alone (neither sick nor disabled), urgency unknown: the escort is
    invited with the urgency question rather than asked on its own."""
    needs = set(answers.get("special_needs") or ())
    return ("urgent" not in answers and "travel_alone" not in answers
            and BY_KEY["travel_alone"].applies(answers) and not needs & {"sick", "disabled"})


def count_with_escort(slot: Slot) -> Slot:
    """The count, an elder known: whoever cannot travel alone invited to say so."""
    return replace(slot, question=slot.question.replace(CARE_INVITED, ESCORT_INVITED),
                   also=(*slot.also, "travel_alone"))


def elder_known(answers: Answers) -> bool:
    """An elder known before the count (neither sick nor disabled told)."""
    needs = set(answers.get("special_needs") or ())
    return "elderly" in needs and not needs & {"sick", "disabled", "cannot_travel_alone"} and (
        "travel_alone" not in answers)


def asked_before(key: str, answers: Answers, also: list[str]) -> Slot | None:
    """The question waiting on `key` as it was asked, with what it asked `also`."""
    slot = slot_for(key, answers)
    if slot is not None and slot.key == "urgent" and "special_needs" in also:
        return urgent_with_care()
    if slot is not None and slot.key == "urgent" and "travel_alone" in also:
        return urgent_with_alone()
    if slot is not None and slot.key in ("special_needs", "more_care") and "urgent" in also:
        return care_with_urgency(slot)
    if slot is not None and slot.key == "travellers" and "travel_alone" in also and (
            elder_known(answers)):
        return count_with_escort(slot)
    if slot is not None and slot.key == "travellers" and "travel_alone" in also:
        return replace(slot, also=(*slot.also, "travel_alone"))
    if slot is not None and slot.key in PLACES and also:  # care too
        return ask_now(slot, answers, invited=False)
    return slot


def count_only(slot: Slot, value: str | None, text: str) -> bool:
    """A typed answer to "how many, and is it urgent?" that tells no urgency ("1 คนค่ะ",
    "พ่อคนเดียวค่ะ", "ยายคนเดียว อายุ 78 แล้ว"): one who answers one thing at a time,
    whose silence on the escort the question invites says nothing."""
    return (slot.key == "travellers" and "urgent" in slot.also and value is None
            and bool(text.strip()) and not is_question(text) and said_urgency(text) is None)


def one_part_told(slot: Slot, answers: Answers, value: str | None,
                  text: str = "") -> dict[str, Any]:
    """{"one_part": True} when a typed answer to the question of places told only where
    the person is, or a typed count told no urgency (`count_only`): one who answers one
    thing at a time, whose silence on an invitation (who needs care, who cannot travel
    alone) says nothing; the count's invitation is then taken as never made."""
    if count_only(slot, value, text):  # the escort invited with the count: unanswered
        return {"one_part": True}
    if slot.key != "current_province" or value is not None or is_question(text):
        return {}  # (the card asked with the places, answered alone, is common to all)
    asked = [k for k in slot.also if k in PLACES]
    if asked and not any(k in answers for k in asked):
        return {"one_part": True}
    return {}


def care_named(slot: Slot, also: list[str], answers: Answers, text: str = "",
               before: Answers | None = None, one_part: bool = False) -> Answers:
    """Care needs asked along with `slot` (`also`) and none named: none; an escort
    invited and none asked for: none needed, when the elder was known when it was asked
    (`before`: the answers then), unless the person answers one thing at a time
    (`one_part`: asked outright); one said to be able to go alone, or not, whoever."""
    if slot.key == "urgent" and "special_needs" in also and "special_needs" not in answers and (
            int(answers.get("travellers") or 1) == 1):  # a group told there is asked
        return {"special_needs": []}
    if slot.key in ("urgent", "travellers") and "travel_alone" in also and BY_KEY[
            "travel_alone"].applies(answers) and "travel_alone" not in answers:
        said = False if read_travel_alone(text, None) is False else (
            True if can_go_alone(text) else None)  # "คนเดียว" is the count: nothing said
        if said is None and (set(answers.get("special_needs") or ()) & {"sick", "disabled"} or (
                slot.key == "travellers" and not elder_known(before or {})) or one_part):
            return {}  # the sick or disabled, an elder told only now: asked (or invited) next
        return store_value(answers, BY_KEY["travel_alone"], said is not False)
    return {}


# one who can travel alone, said in passing ("แต่ยังเดินทางเองไหว", "เดินเองได้ครับ"):
# never a count ("ไปคนเดียว"), a question ("ไปเองได้ไหม") or a supposition ("ถ้าไปเองได้")
_CAN_GO = re.compile(r"(?<!ไม่)(?:ไป|เดินทาง|เดิน|ขึ้นรถ|นั่งรถ)(?:กลับ)?(?:เอง|คนเดียว)(?:ก็)?(?:ยัง)?"
                     r"(?:ได้|ไหว)(?!ไหม|มั้ย|หรือ|รึ|ไม่|ป่ะ|เปล่า)|^ไม่ต้องมีคนพา")
_UNSURE = re.compile(r"ถ้า|หาก|ไม่แน่ใจ|ไม่รู้|ไม่ทราบ")


def can_go_alone(text: str) -> bool:
    """The traveller can go alone, said outright (a need of an escort said too: no)."""
    compact = text.replace(" ", "")
    found = _CAN_GO.search(compact)
    if found is None or _UNSURE.search(compact[:found.start()]):
        return False
    return read_travel_alone(text, None) is not False


def ask_now(slot: Slot | None, answers: Answers, invited: bool,
            one_part: bool = False) -> Slot | None:
    """How to ask the next slot `slot` (None: the summary comes). A group with a care
    need known that no question has `invited` to name anyone else who needs care is
    asked that too: with a question of places (never one answered yes or no, where a
    bare "ไม่มี" would answer both), or else on its own, first. Of one who answers one
    thing at a time (`one_part`), care and the escort are asked outright, never invited."""
    asked = slot_for(slot.key, answers) if slot is not None else None
    if one_part and asked is not None and asked.key == "travel_alone" and (
            "urgent" not in answers):
        return BY_KEY["urgent"]  # the half left unanswered first, then care outright
    if asked is not None and asked.key == "special_needs" and answers.get(
            "travellers") == 1 and "urgent" not in answers:
        # one alone: "anyone in the group?" would not fit; of one who answers one thing at
        # a time ("พ่อคนเดียวค่ะ", then "ไม่มีที่นอน"), silence on the care invited says
        # nothing: urgency alone, then care asked outright (SOLO_CARE)
        return BY_KEY["urgent"] if one_part else urgent_with_care()
    urgency_too = "urgent" not in answers and not one_part  # (else asked one by one)
    if asked is not None and asked.key == "special_needs" and urgency_too and int(
            answers.get("travellers") or 1) > 1:
        return care_with_urgency(asked)
    if asked is not None and asked.key == "travel_alone" and escort_invited(answers):
        return urgent_with_alone()
    if asked is not None and asked.key == "travellers" and elder_known(answers):
        return count_with_escort(asked)
    if asked is not None and asked.key == "travellers" and "travel_alone" not in answers:
        asked = replace(asked, also=(*asked.also, "travel_alone"))  # the escort invited
    if invited or not care_due(answers) or (asked is not None and asked.key in INVITING):
        return asked
    if asked is not None and asked.key in PLACES:
        care = CARE_TOO.format(named_care(answers))
        return replace(asked, question=f"{asked.question}\n{care}",
                       also=(*asked.also, "special_needs"))
    if asked is not None and not all(k in answers for k in PLACES):
        return asked  # a question of places comes later: asked with it, not on its own (dev34)
    more = slot_for("more_care", answers)
    return care_with_urgency(more) if more is not None and urgency_too else more


def sensitive_told_names(answers: Answers) -> str:
    """The sensitive needs told in passing, named as the consent question names them
    ("เรื่องสุขภาพ"); "" when none."""
    hints = [n for n in answers.get("need_hints") or () if n in texts.SENSITIVE_NAMES]
    return ", ".join(dict.fromkeys(texts.SENSITIVE_NAMES[n] for n in hints))
