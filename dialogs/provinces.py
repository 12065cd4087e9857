"""The 77 Thai provinces and how people write them in chat.

Rules of `find_provinces` (and `province_mentions`, which also gives positions):

1. The text is cleaned (`clean_text`) and its spaces removed, so "เชียง ใหม่" matches.
2. Exact aliases: official Thai names, common short forms and nicknames (กทม, โคราช,
   อุดร, แปดริ้ว, ปากน้ำ, ...), frequent misspellings (ศรีษะเกษ, โคราด) and a few
   landmarks (หมอชิต, หาดใหญ่, พัทยา). Leftmost-longest wins, so ปากน้ำโพ is Nakhon
   Sawan while ปากน้ำ is Samut Prakan.
3. Short names that are also ordinary words or parts of words (ตาก, น่าน, ตราด, ตรัง,
   แพร่, ยะลา, สตูล, ระนอง, พัทลุง, อุดร, อุบล, ...) need a word-ish left edge: start
   of text, a space, a non-Thai character or a place cue (จังหวัด, อยู่, ที่, ไป, กลับ,
   บ้าน, จาก, ...); and they must not run on into a word that makes them ordinary
   (ตากผ้า, ตากแดด, น่านน้ำ, แพร่เชื้อ, อุบลรัตน์, ...).
4. เลย (Loei) counts only right after a strong cue: จังหวัด/จ., เมือง, บ้านอยู่, บ้านที่,
   บ้านเกิด, ภูมิลำเนา, อยู่ที่, ไปที่, กลับที่, มาจาก. Bare ไปเลย, อยู่เลย, บ้านเลย, ที่เลย are
   everyday Thai ("go ahead", "right away", "at all") and do not count. Nor does บ้านเกิด
   เลย said of a place just named or of where one is ("อุบลนี่ล่ะ บ้านเกิดเลย", "อยู่บ้าน
   เกิดเลย", "ที่นี่บ้านเกิดเลย": "my very birthplace"); "บ้านเกิดเลยค่ะ" alone, or
   "ชลบุรี บ้านเกิดเลย" (here and home), is Loei.
   `match_province` also takes เลย, and the official two-letter abbreviations (ชม, ขก,
   ...), as a whole answer.
5. Typos: edit distance on the space-free text, scanning substrings: 1 edit for names
   of 6+ Thai code points, 2 for 10+. Thai code points include tone marks and vowel
   signs, so this is roughly a "4 and 8 letters" rule; shorter names (ตราด, น่าน, ตรัง)
   have everyday one-edit neighbours (ตลาด, นาน, ตรง) and match exactly only. A whole
   short answer (`match_province`) uses 1 edit from 4 code points and 2 from 8, unless
   the answer is itself a dictionary word.
6. English names: case-insensitive, spaces optional ("Chiang Mai", "chiangmai"); 1 edit
   (transpositions count as one) for 6+ letters, 2 for 10+ (dialogs.romanised_places).
7. Names as they sound ("บุรีรำ" for บุรีรัมย์; dialogs.province_sounds): silent letters
   and tone marks dropped, ำ as ัม, a key of 5+ code points of one province; with a short
   name's left edge, and never a dictionary word as written. A whole answer may be a
   name begun ("อุบลราช").
"""

from __future__ import annotations

import functools
import os
import re

from dialogs.districts import district_answer, district_mentions, is_district
from dialogs.fuzzy import best_substring, osa_distance, trie_pattern
from dialogs.parse_numbers import clean_text
from dialogs.place_denials import slip_ends
from dialogs.province_at_home import at_own_home
from dialogs.province_fuzzy import SHORT, fuzzy_mentions
from dialogs.province_moved import without_old_province
from dialogs.province_short_forms import ANSWER_ONLY, short_forms
from dialogs.province_sounds import begun_by_sound, sound_mentions
from dialogs.province_types import (
    ABBREVIATIONS,
    EN_ALIASES,
    PROVINCES,
    TH_ALIASES,
    Mention,
    Province,
    unique_best,
)
from dialogs.romanised_places import LATIN_WORD, english_mentions

__all__ = ["PROVINCES", "Mention", "Province", "best_substring", "find_provinces",
           "match_province", "mentions_in_clean", "osa_distance", "province_mentions",
           "thai_dictionary"]


RIGHT_STOP: dict[str, tuple[str, ...]] = {
    "ตาก": ("ผ้า", "แดด", "ฝน", "ลม", "น้ำค้าง", "อากาศ", "หน้า", "ไว้", "ให้แห้ง"),
    "น่าน": ("น้ำ", "ฟ้า"),
    "ตรัง": ("กานู",),  # Terengganu, a Malaysian state where many southerners work
    "ตากใบ": ("ไม้", "ชา", "ยา", "ตอง"),  # drying leaves, not the district
    "แพร่": ("เชื้อ", "ระบาด", "กระจาย", "หลาย", "ภาพ", "ข่าว", "พันธุ์", "ออก"),
    "อุบล": ("รัตน์",),
    "กาญ": ("จนา", "จนี"),
    "ปทุม": ("วัน",),
    "ประจวบ": ("เหมาะ",),
    "ตลาดไท": ("ย", "ร"),  # a Thai market; ตลาดไทรน้อย is Nonthaburi
}
# a short name ending a longer one typed with a space ("เวียง จันท์": Vientiane, Laos)
LEFT_STOP: dict[str, tuple[str, ...]] = {"จันท์": ("เวียง",)}
CUE_ONLY = frozenset({"เลย"})
LOEI_CUE = re.compile(r"(?:จังหวัด|เมือง|บ้านอยู่|บ้านที่|บ้านเกิด(?:อยู่)?|ภูมิลำเนา(?:เดิม)?(?:อยู่)?"
                      r"|อยู่ที่|ไปที่|กลับที่|มาจาก)(?:ที่)?$")
# บ้านเกิดเลย as "my very birthplace": said of a place just named with นี่, ล่ะ, แหละ
# ("อุบลนี่ล่ะ บ้านเกิดเลย"; a bare "ชลบุรี บ้านเกิดเลย" may answer "now and home?"),
# of here ("ที่นี่บ้านเกิดเลย", "เป็นบ้านเกิดเลย") or of being there ("อยู่บ้านเกิดเลย")
_BIRTHPLACE_PARTICLE = re.compile(r"(?:อยู่|นี่|นี้|ล่ะ|ละ|แหละ|เป็น|คือ|ก็|ตรงนี้)"
                                  r"(?:ที่)?บ้านเกิด(?:ของ)?(?:ผม|ฉัน|หนู|เรา|ดิฉัน|ตัวเอง|ข้อย)?$")
# "อยู่บ้านแล้ว อุดรค่ะ บ้านเกิดเลย": one who says they are at their own home, naming a
# place just before บ้านเกิดเลย, says it is "my very birthplace" (a bare "ชลบุรี บ้านเกิดเลย"
# with no word of being home stays here and home: Loei)
_PLACE_THEN_BIRTHPLACE = re.compile(r"(?:ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ|นะ|ฮะ|เด้อ|,)*บ้านเกิด$")


# "ขอนแก่นค่ะ เลยค่ะ": เลย said as a place of its own, a second answer after a first
# place and its particle (never "ไม่มีเลยค่ะ", "อยู่ขอนแก่นเลยค่ะ": "at all", "right in")
_POLITE = r"(?:ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เจ้า|ฮะ)"
_PLACE_ANSWERED = re.compile(_POLITE + r"+,?$")
_LOEI_ANSWER = re.compile(_POLITE + r"+")


def _second_place(compact: str, after_space: set[int], found: list[Mention],
                  start: int) -> bool:
    end = start + len("เลย")
    return (bool(found) and start in after_space
            and _PLACE_ANSWERED.fullmatch(compact, found[-1].end, start) is not None
            and (answer := _LOEI_ANSWER.match(compact, end)) is not None
            and (answer.end() == len(compact) or answer.end() in after_space))


def _named_birthplace_at_home(compact: str, found: list[Mention], start: int) -> bool:
    return bool(found) and _PLACE_THEN_BIRTHPLACE.fullmatch(
        compact, found[-1].end, start) is not None and at_own_home(compact)


_EXACT = re.compile("(?=(" + trie_pattern(list(TH_ALIASES)) + "))")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")  # vowel and tone marks
_LEFT_CUE = re.compile(
    r"(?:จังหวัด|อยู่|ที่|ไป|กลับ|บ้าน|จาก|เมือง|ถึง|ภูมิลำเนา|แถว|ใน|คน|ชาว|ตอนนี้|เกิด|มา"
    r"|เข้า|ส่ง|ขนส่ง|ติด|ค้าง|ทาง|สาว|หนุ่ม|นี้|ผม|ฉัน|หนู|เรา|ค่ะ|ครับ|และ|กับ|หรือ|อำเภอ|ตำบล"
    r"|ทำงาน|เฮ็ดงาน|ใช่"  # "ไม่ใช่อุดร"
    r"|เขต|แขวง|รถไฟ|สถานี|ตลาด|ท่ารถ|ท่าเรือ|บขส|สนามบิน)$")
_SPACE = re.compile(" ")


def _left_edge_ok(compact: str, after_space: set[int], start: int) -> bool:
    if start == 0 or start in after_space or not _THAI_LETTER.match(compact[start - 1]):
        return True
    return _LEFT_CUE.search(compact, max(0, start - 10), start) is not None


def _exact(compact: str, after_space: set[int], inner: bytearray) -> list[Mention]:
    """Exact names; a short one left out for its left edge still marks its inner letters:
    no near name starts inside it ("...มหาชัยนายจ้าง" is never ชัยนาท)."""
    found: list[Mention] = []
    last_end = 0
    for m in _EXACT.finditer(compact):
        start, alias = m.start(), m.group(1)
        end = start + len(alias)
        if start < last_end:
            continue
        if alias in CUE_ONLY:
            if not (LOEI_CUE.search(compact, max(0, start - 16), start)
                    or _second_place(compact, after_space, found, start)) or (
                    _BIRTHPLACE_PARTICLE.search(compact, max(0, start - 24), start)) or (
                    _named_birthplace_at_home(compact, found, start)):
                continue
        elif alias in SHORT and not _left_edge_ok(compact, after_space, start) and not (
                found and found[-1].end == start):  # "ระยองอุดร": right after a province
            inner[start + 1:end] = b"\x01" * (end - start - 1)
            continue
        if any(compact.endswith(stop, 0, start) for stop in LEFT_STOP.get(alias, ())):
            continue
        if any(compact.startswith(stop, end) for stop in RIGHT_STOP.get(alias, ())) or (
                _MARK.match(compact, end)):  # "ตากใบ้": a syllable goes on, no name ends
            continue
        found.append(Mention(TH_ALIASES[alias], start, end))
        last_end = end
    return found


def _sounds_like_name(compact: str, after_space: set[int], m: Mention) -> bool:
    """A name found by its sound (rule 7): at a word's edge, and no name or word as
    written (those the exact rules take or leave on purpose)."""
    written = compact[m.start:m.end]
    return (_left_edge_ok(compact, after_space, m.start) and written not in TH_ALIASES
            and written not in thai_dictionary())


def _with_districts(cleaned: str, found: list[Mention]
                    ) -> tuple[list[Mention], list[tuple[int, int]]]:
    """`found` with the districts of dialogs.districts where no name was found, and a
    shorter name inside a district's dropped ("อ.สันป่าตอง" is no ป่าตอง, Phuket); with
    the spans of the districts not read (weak names), where nothing else is read."""
    districts, unread = district_mentions(cleaned)
    spans = [(m.start, m.end) for m in districts] + unread
    kept = [f for f in found if not any(s <= f.start and f.end <= e and e - s > f.end - f.start
                                        for s, e in spans)]
    kept += [m for m in districts if not any(f.start < m.end and m.start < f.end for f in kept)]
    return sorted(kept, key=lambda m: m.start), unread


def mentions_in_clean(cleaned: str, *, fuzzy: bool = True) -> list[Mention]:
    """Provinces in text already cleaned with `clean_text`, spans in its space-free form."""
    compact = cleaned.replace(" ", "")
    # compact positions that had a space before them in `cleaned`
    after_space = {m.start() - n for n, m in enumerate(_SPACE.finditer(cleaned))}
    inner = bytearray(len(compact) + 1)
    found = _exact(compact, after_space, inner)
    found, unread = _with_districts(cleaned, found)
    found += [m for m in short_forms(cleaned)
              if not any(f.start < m.end and m.start < f.end for f in found)]
    found += [m for m in sound_mentions(compact)
              if not any(f.start < m.end and m.start < f.end for f in found)
              and _sounds_like_name(compact, after_space, m)]
    if fuzzy:
        taken = bytearray(len(compact) + 1)
        for start, end in [(m.start, m.end) for m in found] + unread:
            taken[start:end] = b"\x01" * (end - start)
        found += fuzzy_mentions(compact, taken, inner)
    if LATIN_WORD.search(cleaned):
        found += english_mentions(cleaned)
    return without_old_province(sorted(found, key=lambda m: m.start), compact)


def province_mentions(text: str, *, fuzzy: bool = True) -> list[Mention]:
    """Provinces in `text` with their spans in the cleaned, space-free text."""
    return mentions_in_clean(clean_text(text), fuzzy=fuzzy)


def find_provinces(text: str) -> list[Province]:
    """Every province mentioned in `text`, in order of appearance, without duplicates."""
    seen: dict[str, Province] = {}
    for m in province_mentions(text):
        seen.setdefault(m.province.code, m.province)
    return list(seen.values())


_ANSWER_PREFIX = re.compile(r"^(?:ผม|ฉัน|หนู|เรา|ดิฉัน|ตอนนี้|บ้าน|อยู่|ที่|จังหวัด|กลับ|ไป"
                            r"|เป็นคน|คน|ภูมิลำเนา|เกิด|ค่ะ|ครับ)+")
_PLACE_PREFIX = re.compile(  # the same but for บ้าน: the start of many a district's name
    r"^(?:ผม|ฉัน|หนู|เรา|ดิฉัน|ตอนนี้|บ้านอยู่|อยู่|ที่|จังหวัด|อำเภอ|กลับ|ไป|ค่ะ|ครับ)+")
_ANSWER_SUFFIX = re.compile(r"(?:ครับผม|ครับ|ค่ะ|คะ|ค่า|คับ|จ้า|จ้ะ|จ๊ะ|นะ|ฮะ|เจ้า|จ้ะ)+$")


def match_province(text: str) -> Province | None:
    """The one province a short answer names ("โคราช", "อยู่ขอนแก่นค่ะ", "Chiang Mai",
    "ชม", "โคราด"), or None when it names none or more than one."""
    cleaned = clean_text(text)
    compact = cleaned.replace(" ", "")
    bare = _ANSWER_SUFFIX.sub("", compact)
    # a district's whole name is not cut to a shorter place ("บ้านฝาง" is not ฝาง), never
    own = next((v for v in (bare, _PLACE_PREFIX.sub("", bare))  # to an abbreviation's two
                if len(v) > 2 and is_district(v)), "")  # letters ("อำเภอพล" is no "พล")
    core = own or _ANSWER_PREFIX.sub("", bare)
    for variant, stripped in ((compact, False), (bare, False), (core, core != bare)):
        if stripped and variant in CUE_ONLY and not LOEI_CUE.search(bare[:-len(core)]):
            continue  # กลับบ้านเลย = "go home right away"
        for table in (TH_ALIASES, ABBREVIATIONS, EN_ALIASES):
            if variant in table:
                return table[variant]
        if variant in ANSWER_ONLY:  # "อำนาจ", "มุกดาค่ะ"
            return next(p for p in PROVINCES if p.code == ANSWER_ONLY[variant])
    mentions = mentions_in_clean(cleaned)
    found = {m.province.code: m.province for m in mentions}
    if len(found) == 2 and len({m.province.code for m in mentions[1:]}) == 1 and any(
            alone and mentions[0].end <= end <= mentions[1].start
            for end, alone in slip_ends(cleaned)):  # "กาฬสินธุ์ อ้อ ไม่ใช่ มหาสารคาม": the slip
        return mentions[1].province  # taken back (and "เชียงรายค่ะ อ.แม่สาย" after it, dev66)
    if found:
        return next(iter(found.values())) if len(found) == 1 else None
    if (begun := _name_begun(core, official=bool(own))) is not None:
        return begun  # "หนองบัวค่ะ", "อุทัยค่ะ": a province's name said short
    near = None  # a district's own name is no near spelling ("หนองจิก" is not หนองจอก)
    if len(core) >= 4 and core not in thai_dictionary() and not own:
        k = 2 if len(core) >= 8 else 1
        scored = {(osa_distance(core, alias, k), p.code): p
                  for table in (TH_ALIASES, EN_ALIASES) for alias, p in table.items()
                  if len(alias) >= 4 and abs(len(alias) - len(core)) <= k}
        near = unique_best(scored, k) or begun_by_sound(core)
    # last, a district as the whole answer ("หลังสวนค่ะ"), or its first words with a remark
    first = _ANSWER_SUFFIX.sub("", cleaned.split(" ")[0]) if " " in cleaned and not (
        _TAKEN_BACK.search(cleaned.split(" ", 1)[1])) else ""  # not "แม่ใจครับ ไม่ใช่ แม่ริม"
    # after ("ท่าบ่อครับ ริมโขง", dev35; `own`: also after "บ้านอยู่": "บ้านอยู่ปัวเจ้า", dev60)
    return near or district_answer(own or bare) or district_answer(compact) or (
        district_answer(first) if len(first) >= 3 else None)


_TAKEN_BACK = re.compile(r"ไม่|บ่|ผิด|เอ้ย|เอ๊ย|แก้|(?<!พ่อ)(?<!แม่)อุ[๊้]ย"  # or a soi ("โชคชัย 4")
                         r"|^(?:ซอย|ซ\.)?\s?(?:[\d๐-๙]|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)")


def _name_begun(core: str, *, official: bool = False) -> Province | None:
    """The one province whose Thai name (its official one for a district's) begins with
    `core` (4+ code points): "อุทัย", but "วังทอง" is no วังทองหลาง."""
    if len(core) < 4:
        return None
    begun = {p.code: p for alias, p in TH_ALIASES.items() if alias.startswith(core)
             and (not official or alias == p.name_th)}
    return next(iter(begun.values())) if len(begun) == 1 else None


@functools.cache
def thai_dictionary() -> frozenset[str]:
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@functools.cache
def thai_names() -> frozenset[str]:
    """PyThaiNLP's lists of Thai given names (loaded once)."""
    thai_dictionary()  # (sets PyThaiNLP offline)
    from pythainlp.corpus import thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names())
