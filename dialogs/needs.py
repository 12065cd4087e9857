"""Other needs of people released from prison, and the referrals they lead to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dialogs.types import Choice
from dialogs.words import has_phrase, words
from knowledge import KnowledgeBase

# need key -> (button label, knowledge topics to refer to, words that mean it)
NEEDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "id_card": ("ทำบัตรประชาชน", ("id_card",),
                ("บัตรประชาชน", "บัตรปชช", "บัตรหาย", "ทำบัตร", "ไม่มีบัตร", "บัตรประจำตัว")),
    "work": ("หางานทำ", ("job_placement", "job_training"),
             ("งาน", "หางาน", "ตกงาน", "ว่างงาน", "อาชีพ", "รายได้")),
    "training": ("ฝึกอาชีพ", ("job_training", "self_employment_advice"),
                 ("ฝึกอาชีพ", "เรียน", "อบรม", "ฝึก", "นวด")),
    "disability": ("ความพิการ", ("disability_allowance", "disability_devices"),
                   ("พิการ", "วีลแชร์", "ขาขาด", "ตาบอด", "หูหนวก")),
    "elderly": ("ผู้สูงอายุ", ("elderly_allowance", "elderly_hardship_grant"),
                ("สูงอายุ", "คนแก่", "ชรา", "อายุเยอะ")),
    "health": ("สุขภาพ/สุขภาพจิต", ("medical_services", "mental_health_care"),
               ("ป่วย", "ป่วยหนัก", "คนป่วย", "ผู้ป่วย", "ไม่สบาย", "สุขภาพ", "สุขภาพจิต", "จิต",
                "จิตเวช", "โรค", "หมอ", "โรงพยาบาล", "โรงบาล", "ยา", "กินยา", "ยากิน",
                "ซึมเศร้า", "เครียด")),
    "hiv": ("HIV/เอดส์", ("hiv_aid",), ("hiv", "เอดส์", "เอชไอวี", "ติดเชื้อ")),
    "legal": ("ปรึกษากฎหมาย", ("justice_centre",),
              ("กฎหมาย", "ทนาย", "คดี", "ฟ้อง", "ศาล")),
    "probation": ("เพิ่งพ้นโทษ", ("probation_support", "local_gov_support"),
                  ("คุมประพฤติ", "พ้นโทษ", "ออกจากคุก", "ออกจากเรือนจำ", "ติดคุก", "พักโทษ",
                   "ปล่อยตัว")),
}
NONE = "none"
PREFER_NOT = "prefer_not"
# words that deny what follows: "ไม่ได้ติดคุก", "ไม่มีใครป่วย" are no need (a false
# criminal history or health need would be false sensitive data); "ไม่มีงาน" is one
_NEGATORS = ("ไม่", "ไม่ได้", "ไม่เคย", "ไม่ใช่", "ไม่ใช่คน", "ไม่มีใคร", "ไม่ได้เป็น",
             "ไม่เคยเป็น")
_KEEPS = frozenset({"ยา", "กินยา"})  # "ไม่ได้กินยา": going without medicine is a need


def need_choices() -> tuple[Choice, ...]:
    choices = [Choice(label, f"need:{key}") for key, (label, _, _) in NEEDS.items()]
    choices.append(Choice("ไม่มี", f"need:{NONE}"))
    choices.append(Choice("ไม่ขอตอบ", f"need:{PREFER_NOT}"))
    return tuple(choices)


def _said(tokens: tuple[str, ...], phrase: str) -> bool:
    """`phrase` occurs as whole words, at least once not right after a denial."""
    if not has_phrase(tokens, phrase):
        return False
    wanted = words(phrase)
    n = len(wanted)
    return any(tokens[i:i + n] == wanted and (
        phrase in _KEEPS or not "".join(tokens[max(0, i - 3):i]).endswith(_NEGATORS))
        for i in range(len(tokens) - n + 1))


def parse_needs(text: str) -> list[str]:
    """Need keys mentioned in free text, in a stable order. Matched on whole words:
    "อยากได้งานทำ" is work, never health ("ยา" is not a word of "อยาก"); a denied
    word is no need ("ไม่ได้ป่วย")."""
    tokens = words(text)
    return [key for key, (_, _, phrases) in NEEDS.items()
            if any(_said(tokens, phrase) for phrase in phrases)]


def released_from_prison(text: str) -> bool:
    """The person says they were just released (the probation need's words, not
    denied: "ไม่เคยติดคุก" is not)."""
    tokens = words(text)
    return any(_said(tokens, phrase) for phrase in NEEDS["probation"][2])


def referrals(kb: KnowledgeBase, needs: Iterable[str],
              extra_topics: Iterable[str] = ()) -> list[dict[str, Any]]:
    """A referral per knowledge topic: agency and what to ask for."""
    topics: list[str] = []
    for key in needs:
        topics.extend(NEEDS[key][1] if key in NEEDS else ())
    topics.extend(extra_topics)
    by_id = kb.by_id
    out = []
    for topic in dict.fromkeys(topics):
        entry = by_id.get(topic)
        if entry is not None:
            out.append({"id": entry.id, "title": entry.title, "agency": entry.agency})
    return out
