"""English words of illness and care dropped into a Thai sentence, spelt in Thai.

Office workers and students mix English into Thai ("ผมเป็น depression ครับ", dev103: the
illness told in the story was never read, and the care question answered one thing at a
time left it out). In a message written in Thai, the English name of an illness or a
wheelchair is read as its Thai word, so the readers of care needs understand it as they
would the Thai ("ผมเป็นซึมเศร้า": sick; a mood, "ช่วงนี้ depression", stays a mood as
"ช่วงนี้ซึมเศร้า" does). Whole words only: never inside another word, and never in a
message with no Thai (English is read by its own patterns).
"""

from __future__ import annotations

import re

__all__ = ["english_spelt"]

_THAI = re.compile(r"[ก-๛]")
_WORDS: dict[str, str] = {
    "depression": "ซึมเศร้า",
    "diabetes": "เบาหวาน", "diabetic": "เบาหวาน",
    "cancer": "มะเร็ง",
    "schizophrenia": "จิตเภท",
    "wheelchair": "รถเข็น",
}
_ENGLISH = re.compile(r"(?<![A-Za-z])(?:" + "|".join(_WORDS) + r")(?![A-Za-z])", re.IGNORECASE)


def english_spelt(text: str) -> str:
    """`text` with the English words of illness and care in Thai, when it is written in
    Thai ("ผมเป็น depression ครับ" -> "ผมเป็น ซึมเศร้า ครับ")."""
    if not _THAI.search(text) or not _ENGLISH.search(text):
        return text
    return _ENGLISH.sub(lambda m: _WORDS[m.group().lower()], text)
