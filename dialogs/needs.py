"""Other needs of people released from prison, and the referrals they lead to."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from dialogs.types import Choice
from dialogs.words import has_words, phrase_words, words
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


def need_choices() -> tuple[Choice, ...]:
    choices = [Choice(label, f"need:{key}") for key, (label, _, _) in NEEDS.items()]
    choices.append(Choice("ไม่มี", f"need:{NONE}"))
    choices.append(Choice("ไม่ขอตอบ", f"need:{PREFER_NOT}"))
    return tuple(choices)


@cache
def _need_words() -> tuple[tuple[str, frozenset[str], tuple[tuple[str, ...], ...]], ...]:
    """Per need: its one-word phrases as a set, and the words of its longer ones
    (tokenised once, on first use)."""
    out = []
    for key, (_, _, phrases) in NEEDS.items():
        tokenised = [phrase_words(p) for p in phrases]
        out.append((key, frozenset(w[0] for w in tokenised if len(w) == 1),
                    tuple(w for w in tokenised if len(w) > 1)))
    return tuple(out)


def _mentions(tokens: tuple[str, ...], token_set: frozenset[str], single: frozenset[str],
              multi: tuple[tuple[str, ...], ...]) -> bool:
    return not single.isdisjoint(token_set) or any(
        w[0] in token_set and has_words(tokens, w) for w in multi)


def parse_needs(text: str) -> list[str]:
    """Need keys mentioned in free text, in a stable order. Matched on whole words:
    "อยากได้งานทำ" is work, never health ("ยา" is not a word of "อยาก")."""
    tokens = words(text)
    token_set = frozenset(tokens)
    return [key for key, single, multi in _need_words()
            if _mentions(tokens, token_set, single, multi)]


def released_from_prison(text: str) -> bool:
    """The person says they were just released (the probation need's words)."""
    tokens = words(text)
    _, single, multi = next(n for n in _need_words() if n[0] == "probation")
    return _mentions(tokens, frozenset(tokens), single, multi)


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
