"""English words of illness and care dropped into a Thai sentence, spelt in Thai.

Office workers and students mix English into Thai ("ผมเป็น depression ครับ", dev103: the
illness told in the story was never read, and the care question answered one thing at a
time left it out). In a message written in Thai, the English name of an illness or a
wheelchair is read as its Thai word, so the readers of care needs understand it as they
would the Thai ("ผมเป็นซึมเศร้า": sick; a mood, "ช่วงนี้ depression", stays a mood as
"ช่วงนี้ซึมเศร้า" does). Whole words only: never inside another word, and never in a
message with no Thai (English is read by its own patterns).

The word stands among Thai, never in an English name or phrase ("ทำงานที่ Cancer Center",
"pre-diabetes", "cancer foundation": no illness of the writer), and is spelt as Thai is
typed, with no spaces to the Thai beside it ("ไม่ได้เป็น cancer ครับ" is "ไม่ได้เป็นมะเร็งครับ",
denied; with the spaces kept, the denial was not read). A wheelchair is "วีลแชร์", the word
the care readers know as the English ("อยากได้ wheelchair": disabled, as before; "รถเข็น"
is also a vendor's cart).
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
    "wheelchair": "วีลแชร์",
}
# the word, with the spaces to the Thai beside it (never a Latin word, a number or a hyphen
# beside it: part of an English name or phrase)
_ENGLISH = re.compile(r"(?:(?<=[ก-๛]) +|(?<![A-Za-z0-9\- ]) *)(?P<word>" + "|".join(_WORDS)
                      + r")(?: +(?=[ก-๛])|(?! *[A-Za-z\-]))", re.IGNORECASE)


def english_spelt(text: str) -> str:
    """`text` with the English words of illness and care in Thai, when it is written in
    Thai ("ผมเป็น depression ครับ" -> "ผมเป็นซึมเศร้าครับ")."""
    if not _THAI.search(text) or not _ENGLISH.search(text):
        return text
    return _ENGLISH.sub(lambda m: _WORDS[m["word"].lower()], text)
