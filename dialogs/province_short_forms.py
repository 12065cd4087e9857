"""Province abbreviations ("อยู่ ชม", "กลับขก.") and names cut short with ฯ ("ชลฯ") in
running text, as words of their own."""

from __future__ import annotations

import functools
import re

from dialogs.parse_numbers import PARTICLE
from dialogs.province_types import ABBREVIATIONS, TH_ALIASES, Mention, Province

__all__ = ["ANSWER_ONLY", "short_forms"]

# a name's first word that is an everyday word too ("อำนาจ": power; "มุกดา": a pearl, a
# woman's name): a province only as a whole answer to the places question ("มุกดาค่ะ")
ANSWER_ONLY = {"อำนาจ": "TH-37", "มุกดา": "TH-49"}


# A two-letter abbreviation ("นม", "อบ", "ชม", "สฎ") is an everyday word too (milk, bake,
# admire): in running text it names a province only as a word of its own right after a
# place cue ("อยู่ นม ค่ะ", "บ้านอยู่ อบ", "จะกลับ สฎ", "อยู่ชม", "กลับขก."), never inside a
# word ("กินนม", "อบขนม", "ไปชมวิว"). A name cut short with ฯ ("ชลฯ", "ขอนฯ") is one
# province's name begun, when only one begins so.
_ABBR_CUE = r"(?:อยู่|(?:จะ)?กลับ(?:ไป)?(?:บ้าน)?|จังหวัด|จ|ภูมิลำเนา|มาจาก)(?:ที่)?"
_ABBR_PARTICLES = PARTICLE + "*"
_ABBR_WHO = r"(?:บ้าน|ตอนนี้|ผม|ฉัน|หนู|เรา|ดิฉัน)?"  # "บ้านอยู่อบ", "ตอนนี้อยู่ชม"
_ABBR_WORD = re.compile(r"(?P<cue>" + _ABBR_WHO + _ABBR_CUE + r")?(?P<abbr>[ก-ฮ]{2})"
                        + _ABBR_PARTICLES)
# everyday words that may follow "อยู่" ("ยังอยู่ รอ ค่ะ": wait; "อยู่ อด ๆ": starve): never an
# abbreviation after a cue (as a whole answer, "รอ" still is Roi Et)
_EVERYDAY = frozenset({"รอ", "ตก", "ชน", "อด", "พบ", "จบ", "รบ", "ลบ", "ปน"})
_ABBR_CUE_END = re.compile(_ABBR_CUE + r"$")
# the ฯ marks the cut plainly: any words may come before the cue ("พี่อยู่ชลฯค่ะ")
_CUT_SHORT = re.compile(r"(?P<cue>[ก-๎]*?" + _ABBR_CUE + r")?(?P<stem>[ก-๎]{2,})ฯ"
                        + _ABBR_PARTICLES)


# a name cut short that is an everyday word too ("ยโส": haughty): Yasothon only as a
# word of its own after a place cue ("อยากกลับบ้านยโส") or said as an answer, with a
# particle or last ("มีค่ะ ยโสค่ะ"); never inside a word ("คนยโส", "ยโสมาก")
_CUT_WORDS = {"ยโส": "TH-35"}
_CUT_WORD = re.compile(r"(?P<cue>[ก-๎]*?" + _ABBR_CUE + r")?(?P<abbr>"
                       + "|".join(_CUT_WORDS) + r")(?P<end>" + _ABBR_PARTICLES + ")")


def _cut_word(word: str, last: bool) -> tuple[Province, int, int] | None:
    m = _CUT_WORD.fullmatch(word)
    if m is None or not (m["cue"] or m["end"] or last):
        return None
    code = _CUT_WORDS[m["abbr"]]
    province = next(p for p in TH_ALIASES.values() if p.code == code)
    return province, m.start("abbr"), m.end("abbr")


@functools.cache
def _begun(stem: str) -> Province | None:
    """The one province whose Thai name begins with `stem` ("ชล", "ขอน", "กำแพง": a
    district's name, กำแพงแสน, is never cut so), else whose alias does."""
    named = {p.code: p for p in TH_ALIASES.values() if p.name_th.startswith(stem)}
    if len(named) == 1:
        return next(iter(named.values()))
    begun = {p.code: p for alias, p in TH_ALIASES.items() if alias.startswith(stem)}
    return next(iter(begun.values())) if len(begun) == 1 else None


def short_forms(cleaned: str) -> list[Mention]:
    """Abbreviations after a place cue and names cut short with ฯ, as words of their
    own in `cleaned`; spans in its space-free form."""
    out: list[Mention] = []
    at, previous = 0, ""
    for word in cleaned.split(" "):
        abbr = _ABBR_WORD.fullmatch(word)
        cut = _CUT_SHORT.fullmatch(word)
        province: Province | None = None
        if abbr and abbr["abbr"] in ABBREVIATIONS and abbr["abbr"] not in _EVERYDAY and (
                abbr["cue"] or _ABBR_CUE_END.search(previous)):
            province, start, end = ABBREVIATIONS[abbr["abbr"]], abbr.start("abbr"), abbr.end("abbr")
        elif cut:
            province, start, end = _begun(cut["stem"]), cut.start("stem"), cut.end("stem") + 1
        elif said := _cut_word(word, at + len(word) == len(cleaned.replace(" ", ""))):
            province, start, end = said
        if province is not None:
            out.append(Mention(province, at + start, at + end))
        at += len(word)
        previous = word
    return out
