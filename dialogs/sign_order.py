"""A place told in Thai sign-language word order, the verb last: "บ้าน สุรินทร์ กลับ อยาก"
(home Surin, go back, want), "ตรัง กลับ อยาก", "ภูเก็ต อยู่" (dev104: deaf writers, each word
typed apart). Rewritten in Thai order ("อยากกลับ สุรินทร์", "อยู่ ภูเก็ต") before the places
are read, so the cue stands before the place as dialogs.places expects. Only a province
said as a whole word, with no cue word before it, and the verb as words of their own after
it ("ภูเก็ต อยู่ไกล", "อยู่ เชียงใหม่ กลับ ไม่ ได้" stay as they are).
"""

from __future__ import annotations

import re

from dialogs.parse_numbers import clean_text
from dialogs.provinces import province_mentions

__all__ = ["verbs_last"]

# the verb after the place: "กลับ อยาก" (want to go back there), "อยู่" (live there) with
# nothing after, or a particle, or a word that starts the next thing told
_BACK = ("กลับ", "อยาก")
_HERE_NEXT = frozenset({"", "ค่ะ", "ครับ", "งาน", "ทำงาน", "ตอนนี้", "เงิน", "ห้อง", "ที่", "นอน"})
# a cue word before the place: it is read in Thai order already ("อยู่ เชียงใหม่ กลับ อยาก")
_CUES = frozenset({"อยู่", "ที่", "จาก", "ไป", "มา", "กลับ", "จังหวัด", "จ.", "ถึง", "ใน"})


def _whole_province(word: str) -> bool:
    """The word is one province's name, spelt as such, whole (never a word it begins or
    sounds like: "ตากลับ", "แพร่ง", "จอบ", review rev2)."""
    found = province_mentions(word, fuzzy=False)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(
        clean_text(word).replace(" ", ""))


def verbs_last(cleaned: str) -> str:
    """`cleaned` with each place told verb-last put in Thai order; itself otherwise."""
    words = cleaned.split(" ")
    if len(words) < 2 or ("อยู่" not in words and "อยาก" not in words):
        return cleaned  # (no verb said last: the provinces are not looked up, CPU)
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        back = tuple(words[i + 1:i + 3]) == _BACK
        here = words[i + 1:i + 2] == ["อยู่"] and (
            (words[i + 2] if i + 2 < len(words) else "") in _HERE_NEXT)
        place = (back or here) and (words[i - 1] if i else "") not in _CUES and len(word) > 2 and (
            re.fullmatch(r"[ก-๙.]+", word) is not None and _whole_province(word))
        if place and back:
            out.append("อยากกลับ" + word)
            i += 3
            continue
        if place and here:
            out.append("อยู่" + word)
            i += 2
            continue
        out.append(word)
        i += 1
    return " ".join(out)
