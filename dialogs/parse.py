"""Free-text understanding for the dialogs: pure functions, no I/O.

This module holds yes/no, and re-exports the phone and national ID
(dialogs.parse_phone_id), number, province and fact parsers so callers import from one place.
"""

from __future__ import annotations

import functools
import re

from dialogs.facts import Facts, extract_facts
from dialogs.parse_numbers import (
    clean_text,
    count_groups,
    parse_count,
    parse_thai_number,
)
from dialogs.parse_phone_id import (
    NationalId,
    mask_national_id,
    mask_phone,
    parse_national_id,
    parse_phone,
)
from dialogs.province_types import PROVINCES, Province
from dialogs.provinces import find_provinces, match_province

__all__ = [
    "PROVINCES", "Facts", "NationalId", "Province", "count_groups", "extract_facts", "facts_of",
    "find_provinces",
    "mask_national_id", "mask_phone", "match_province", "parse_count", "parse_national_id",
    "parse_phone", "parse_thai_number", "parse_yes_no",
]

# The facts of a text, asked for by several checks of one turn (a story? which answers
# does it give?), computed once: the last texts' facts (immutable, small) are kept, so
# that a short answer many people send ("มีค่ะ") is read once.
facts_of = functools.lru_cache(maxsize=256)(extract_facts)

# --- yes / no -------------------------------------------------------------------------

YES, NO, NEG, STILL, WEAK, FILLER = "yes", "no", "neg", "still", "weak", "filler"
# northern "เจ้า": yes alone or first ("เจ้า", "เจ้า มีค่ะ"), a polite particle after other
# words ("บ่มีเจ้า" is no)
JAO = "jao"


_THAI_WORDS: dict[str, str] = {
    **dict.fromkeys([
        "ใช่", "ช่าย", "ได้", "โอเค", "โอเคร", "โอเช", "ตกลง", "ถูก", "ถูกต้อง", "แม่น",
        "เอา", "มี", "ต้องการ", "ต้อง", "อยาก", "แน่นอน", "ชัวร์", "ยืนยัน", "อืม", "อือ",
        "อื้อ", "เออ", "ดี", "เยส", "สนใจ",
        "ใจ้", "ใจ่"  # northern ใช่ ("ใจ้เจ้า", dev71: asked again and again)
    ], YES),
    "เจ้า": JAO,
    **dict.fromkeys([
        "ม่าย", "เปล่า", "ป่าว", "ผิด", "โน", "ไม่เป็นไร", "มิได้"
    ], NO),
    **dict.fromkeys([
        "ไม่", "บ่", "มิ", "หม้าย", "หม่าย"  # southern "no": "หม้ายมีครับ" (dev73)
    ], NEG),
    "ยัง": STILL,
    **dict.fromkeys([
        "ค่ะ", "คะ", "ค่า", "ครับ", "คับ", "ครัช", "คร้าบ", "ฮับ", "จ้า",
        "จ้ะ", "จ๊ะ", "จ่ะ", "จ๋า"
    ], WEAK),
    **dict.fromkeys([
        "ฮะ", "ฮ่ะ",  # alone "huh?"; after a yes polite ("ได้ฮะ")
        "นะ", "น่ะ", "เลย", "แล้ว", "จริง", "ๆ", "มาก", "ผม", "ฉัน", "หนู", "ดิฉัน", "เรา",
        "ข้อย", "ฉาน", "กระผม", "เฮา",  # "ข้อยมีจ้า" (dev44)
        "พี่", "ขอบคุณ", "ขอบใจ", "อ่ะ", "อะ", "อ่า", "เด้อ", "เด้", "ละ", "ล่ะ", "สิ",
        "ซิ", "แหละ", "ก็", "หรอก", "คือ", "ด้วย", "เหมือนกัน", "ดีกว่า",
        "หนิ", "เน้อ", "เนาะ", "โหล", "ดอก",  # southern, northern and Isan particles
        "ทั้งสองคน", "ทั้งคู่", "ทุกคน"  # "มีทั้งคู่": yes for everyone asked about
    ], FILLER),
}
_LATIN_WORDS = {
    **dict.fromkeys([
        "yes", "y", "yeah", "yep", "yup", "ya", "ok", "okay", "oke", "okie", "sure",
        "correct", "right", "true"
    ], YES),
    **dict.fromkeys([
        "no", "n", "nope", "nah", "not", "never", "false", "wrong"
    ], NO),
    # particles of Thai typed in Latin letters ("ok krub", "yes ka")
    **dict.fromkeys([
        "krub", "krab", "khrap", "khrab", "kub", "kap", "ka", "kha", "ja", "jaa"
    ], WEAK),
    **dict.fromkeys(["na", "naka", "nakrub"], FILLER),
}
_DOUBLED = re.compile(r"(.)\1+")
_LATIN = {_DOUBLED.sub(r"\1", w): kind for w, kind in _LATIN_WORDS.items()}
_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in sorted(_THAI_WORDS, key=len, reverse=True):
    _BY_FIRST[_word[0]] = (*_BY_FIRST.get(_word[0], ()), _word)
_SCRIPT_RUN = re.compile(r"[a-z]+|[\u0e01-\u0e7f]+|\S")
MAX_YES_NO_CHARS = 200  # a longer message is not a yes/no answer


def _segment(run: str) -> list[str] | None:
    """Fewest-word split of a Thai run into known words, or None. A word may be followed
    by extra copies of its last letter (ค่าา, ม่ายย)."""
    best: list[list[str] | None] = [None] * (len(run) + 1)
    best[0] = []
    for i in range(len(run)):
        here = best[i]
        if here is None:
            continue
        for word in _BY_FIRST.get(run[i], ()):
            if not run.startswith(word, i):
                continue
            j, path = i + len(word), [*here, _THAI_WORDS[word]]
            while True:
                known = best[j]
                if known is None or len(known) > len(path):
                    best[j] = path
                if j < len(run) and run[j] == word[-1]:
                    j += 1
                else:
                    break
    return best[len(run)]


def _kinds(chunk: str) -> list[str] | None:
    out: list[str] = []
    for run in _SCRIPT_RUN.findall(chunk):
        if run.isascii() and run.isalpha():
            kind = _LATIN_WORDS.get(run) or _LATIN.get(_DOUBLED.sub(r"\1", run))
            if kind is None:
                return None
            out.append(kind)
            continue
        words = _segment(run)
        if words is None:
            return None
        out.extend(words)
    return out


def _polarity(kinds: list[str]) -> str:
    """yes / no / weak / filler, or "conflict" when both yes and no are said."""
    said: set[str] = set()
    i = 0
    while i < len(kinds):
        kind, following = kinds[i], kinds[i + 1] if i + 1 < len(kinds) else ""
        kind = (YES if i == 0 else WEAK) if kind == JAO else kind
        following = WEAK if following == JAO else following
        if kind in (NEG, STILL) and following == YES:
            said.add(NO if kind == NEG else YES)  # ไม่ใช่ -> no, ยังมี -> yes
            i += 2
            continue
        if kind in (NEG, STILL, NO):
            said.add(NO)
        elif kind in (YES, WEAK):
            said.add(kind)
        i += 1
    if YES in said and NO in said:
        return "conflict"
    for kind in (YES, NO, WEAK):
        if kind in said:
            return kind
    return FILLER


# an elder calling the bot "ลูก" or "หลาน" after a yes or no ("ได้ลูก", "ใช่จ้ะหลาน", "บ่มี
# ดอกหลาน"): the word of address, not a child ("มีลูก" to "anyone to care for?" stays
# unknown: only after a word that is not มี)
_VOCATIVE = re.compile(r"(ได้|ใช่|ตกลง|โอเค|ถูก|ต้อง|เอา|ยอม|ค่ะ|ครับ|คับ|จ้ะ|จ้า|จ๊ะ|เลย|แล้ว|นะ|เด้อ"
                       r"|ดอก|หรอก)\s*(?:ลูก|หลาน|ลูกหลาน)(?:เอ๊ย|เอ้ย)?(?=\s|$|ค่ะ|ครับ|จ้ะ|จ้า|นะ)")


# a thumbs up or an OK hand is a yes, a thumbs down or a cross a no (a praying hand,
# thanks or please, is neither); the cleaning would drop them
_EMOJI_WORDS = {**dict.fromkeys("👍👌✅🆗", " ใช่ "), **dict.fromkeys("👎❌🙅", " ไม่ ")}
_EMOJI = re.compile("[" + "".join(_EMOJI_WORDS) + "]")


def parse_yes_no(text: str) -> bool | None:
    """True / False for Thai or English yes and no (ใช่ค่ะ, ได้, มี, แม่นแล้ว, ok / ไม่,
    ไม่ใช่, บ่มี, ยังไม่, no), None for anything else or for both at once.

    The whole answer must be made of known words (particles and pronouns included). If it
    is not, it is read chunk by chunk (chunks are separated by spaces): the first chunk
    that is not a particle decides, later unknown chunks are ignored ("ใช่ค่ะ ผมอยู่ชลบุรี"
    -> True) and later chunks that disagree make it None.
    """
    cleaned = _VOCATIVE.sub(r"\1", clean_text(_EMOJI.sub(lambda m: _EMOJI_WORDS[m[0]], text)))
    if not cleaned or len(cleaned) > MAX_YES_NO_CHARS:
        return None
    chunks = [_kinds(chunk) for chunk in cleaned.split(" ")]
    if all(kinds is not None for kinds in chunks):
        verdict = _polarity([k for kinds in chunks if kinds is not None for k in kinds])
        return {YES: True, WEAK: True, NO: False}.get(verdict)
    decided: str | None = None
    for kinds in chunks:
        verdict = "unknown" if kinds is None else _polarity(kinds)
        if verdict == "conflict" or (decided is None and verdict == "unknown"):
            return None  # "ค่ะ ไม่รู้": a bare particle does not decide
        if verdict in (YES, NO):
            if decided not in (None, verdict):
                return None
            decided = verdict
    return None if decided is None else decided == YES
