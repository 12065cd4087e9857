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
   everyday Thai ("go ahead", "right away", "at all") and do not count.
   `match_province` also takes เลย, and the official two-letter abbreviations (ชม, ขก,
   ...), as a whole answer.
5. Typos: edit distance on the space-free text, scanning substrings: 1 edit for names
   of 6+ Thai code points, 2 for 10+. Thai code points include tone marks and vowel
   signs, so this is roughly a "4 and 8 letters" rule; shorter names (ตราด, น่าน, ตรัง)
   have everyday one-edit neighbours (ตลาด, นาน, ตรง) and match exactly only. A whole
   short answer (`match_province`) uses 1 edit from 4 code points and 2 from 8, unless
   the answer is itself a dictionary word.
6. English names: case-insensitive, spaces optional ("Chiang Mai", "chiangmai"); 1 edit
   (transpositions count as one) for 6+ letters, 2 for 10+.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from dataclasses import dataclass

from dialogs.fuzzy import best_substring, bit_masks, myers_min, osa_distance, trie_pattern
from dialogs.parse_numbers import PARTICLE, clean_text
from dialogs.province_table import TABLE
from dialogs.towns import SHORT_TOWNS, TOWNS

__all__ = ["PROVINCES", "Mention", "Province", "best_substring", "find_provinces",
           "match_province", "mentions_in_clean", "osa_distance", "province_mentions"]


@dataclass(frozen=True)
class Province:
    code: str  # ISO 3166-2:TH, e.g. "TH-10"
    name_th: str  # official Thai name
    name_en: str


@dataclass(frozen=True)
class Mention:
    """A province found in text; start/end index the cleaned text without spaces."""

    province: Province
    start: int
    end: int
    exact: bool = True



_TABLE = TABLE

PROVINCES: tuple[Province, ...] = tuple(Province(c, th, en) for c, th, en, *_ in _TABLE)

# Short names that are ordinary words or parts of words: left edge required (rule 3).
SHORT = frozenset({"ตาก", "ตราด", "ตรัง", "น่าน", "แพร่", "ยะลา", "สตูล", "ระนอง", "พัทลุง",
                   "อุดร", "อุบล", "กาญ", "กาญจน์", "สกล", "นนท์", "ปทุม", "นรา", "ประจวบ",
                   "มหาชัย", "แม่กลอง"}) | SHORT_TOWNS
RIGHT_STOP: dict[str, tuple[str, ...]] = {
    "ตาก": ("ผ้า", "แดด", "ฝน", "ลม", "น้ำค้าง", "อากาศ", "หน้า", "ไว้", "ให้แห้ง"),
    "น่าน": ("น้ำ", "ฟ้า"),
    "ตากใบ": ("ไม้", "ชา", "ยา", "ตอง"),  # drying leaves, not the district
    "แพร่": ("เชื้อ", "ระบาด", "กระจาย", "หลาย", "ภาพ", "ข่าว", "พันธุ์", "ออก"),
    "อุบล": ("รัตน์",),
    "กาญ": ("จนา", "จนี"),
    "ปทุม": ("วัน",),
    "ประจวบ": ("เหมาะ",),
}
CUE_ONLY = frozenset({"เลย"})
LOEI_CUE = re.compile(r"(?:จังหวัด|เมือง|บ้านอยู่|บ้านที่|บ้านเกิด(?:อยู่)?|ภูมิลำเนา(?:เดิม)?(?:อยู่)?"
                      r"|อยู่ที่|ไปที่|กลับที่|มาจาก)(?:ที่)?$")
_NO_FUZZY = frozenset({"พิจิตร"})  # one edit from วิจิตร, an everyday word
_EXTRA_FUZZY = ("กรุงเทพ", "อยุธยา", "นครศรี", "สุราษฎร์", "แปดริ้ว")


def _key(text: str) -> str:
    return clean_text(text).replace(" ", "")


def _tables() -> tuple[dict[str, Province], dict[str, Province], dict[str, Province]]:
    thai: dict[str, Province] = {}
    english: dict[str, Province] = {}
    abbreviations: dict[str, Province] = {}
    for province, (_, th, en, abbr, th_more, en_more) in zip(PROVINCES, _TABLE, strict=True):
        towns = TOWNS.get(province.code, "").split()
        for table, names in ((thai, [th, *th_more.split(), *towns]),
                             (english, [en, *en_more.split()]),
                             (abbreviations, [abbr])):
            for name in names:
                key = _key(name)
                if table.get(key, province) != province:
                    raise ValueError(f"alias {name!r} names two provinces")
                table[key] = province
    return thai, english, abbreviations


TH_ALIASES, EN_ALIASES, ABBREVIATIONS = _tables()
FUZZY_TH = tuple(sorted({_key(th) for _, th, *_ in _TABLE if len(th) >= 6} - SHORT - _NO_FUZZY
                        | set(_EXTRA_FUZZY)))


_EXACT = re.compile("(?=(" + trie_pattern(list(TH_ALIASES)) + "))")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")  # vowel and tone marks
_LEFT_CUE = re.compile(
    r"(?:จังหวัด|อยู่|ที่|ไป|กลับ|บ้าน|จาก|เมือง|ถึง|ภูมิลำเนา|แถว|ใน|คน|ชาว|ตอนนี้|เกิด|มา"
    r"|เข้า|ส่ง|ขนส่ง|ติด|ค้าง|ทาง|สาว|หนุ่ม|นี้|ผม|ฉัน|หนู|เรา|ค่ะ|ครับ|และ|กับ|หรือ|อำเภอ|ตำบล"
    r"|ทำงาน|เฮ็ดงาน"
    r"|เขต|แขวง|รถไฟ|สถานี|ตลาด|ท่ารถ|บขส|สนามบิน)$")
_LATIN_WORD = re.compile(r"[a-z]+")
_SPACE = re.compile(" ")


# 3-grams of province names found in 60+ words of PyThaiNLP's word list: poor anchors,
# because everyday text is full of them.
_COMMON_GRAMS = frozenset([
    "การ", "กระ", "ประ", "่อง", "รรม", "พระ", "ียง", "่าง", "ราช", "้อย", "ร้อ", "หาร",
    "ธรร", "สาร", "ระบ", "ระจ", "นทร", "ากา", "ราย", "ครา", "ันท", "ินท", "มหา", "ทอง",
    "ระแ", "รณ์", "ันธ", "พรร", "ราม", "แม่", "รรค", "งกา", "จริ", "สิน", "ปรา", "แก้",
    "ชิง", "าธิ", "องค", "โลก", "หม่", "เอ็", "ูมิ", "เชิ", "วรร", "ภูม", "ทร์", "ราก",
    "ทรา", "รรณ", "าหา", "นาย", "เก็", "ารค", "ริน", "สุร", "ำนา", "จัน", "องส", "แก่",
    "อำน", "เชี", "รปร", "ายก", "กรุ", "ขัน", "นธ์", "ศรี", "อุต", "นคร", "ิ้ว", "ระน",
    "ก้ว", "บุร", "งเท", "นอง", "วาส", "ัตต", "เทพ", "งคร", "นาจ", "สมุ", "ชีย", "รุง",
    "นรา", "านี", "เกษ", "าสา", "มรา", "ชัย", "นธุ", "งคา", "ุริ"
])


def _anchor_index() -> dict[str, list[tuple[str, int, int]]]:
    """k+1 disjoint 3-grams of each fuzzy alias: by the pigeonhole principle one of them
    survives k edits unchanged. The rarest set is chosen, so few places need checking."""
    counts: dict[str, int] = {}
    for alias in FUZZY_TH:
        for i in range(len(alias) - 2):
            counts[alias[i:i + 3]] = counts.get(alias[i:i + 3], 0) + 1

    def cost(gram: str) -> int:
        return counts[gram] + (100 if gram in _COMMON_GRAMS else 0)

    index: dict[str, list[tuple[str, int, int]]] = {}
    for alias in FUZZY_TH:
        k = 2 if len(alias) >= 10 else 1
        choices = [offsets for offsets in itertools.combinations(range(len(alias) - 2), k + 1)
                   if all(b - a >= 3 for a, b in itertools.pairwise(offsets))]
        best = min(choices, key=lambda offsets: sum(cost(alias[o:o + 3]) for o in offsets))
        for off in best:
            index.setdefault(alias[off:off + 3], []).append((alias, off, k))
    return index


_ANCHORS = _anchor_index()
_ANCHOR_AT = re.compile("(?=(" + "|".join(map(re.escape, sorted(_ANCHORS))) + "))")
_MASKS = {alias: bit_masks(alias) for alias in FUZZY_TH}


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
            if not LOEI_CUE.search(compact, max(0, start - 16), start):
                continue
        elif alias in SHORT and not _left_edge_ok(compact, after_space, start) and not (
                found and found[-1].end == start):  # "ระยองอุดร": right after a province
            inner[start + 1:end] = b"\x01" * (end - start - 1)
            continue
        if any(compact.startswith(stop, end) for stop in RIGHT_STOP.get(alias, ())) or (
                _MARK.match(compact, end)):  # "ตากใบ้": a syllable goes on, no name ends
            continue
        found.append(Mention(TH_ALIASES[alias], start, end))
        last_end = end
    return found


@functools.lru_cache(maxsize=8192)
def _closest(alias: str, window: str, k: int) -> tuple[int, int, int] | None:
    if myers_min(alias, _MASKS[alias], window) > k:
        return None
    return best_substring(alias, window, k)


def _fuzzy(compact: str, taken: bytearray, inner: bytearray) -> list[Mention]:
    cands: dict[tuple[str, int], tuple[int, int, int] | None] = {}
    for anchor in _ANCHOR_AT.finditer(compact):
        i = anchor.start()
        if taken[i]:
            continue
        for alias, off, k in _ANCHORS[anchor.group(1)]:
            origin = i - off
            if (alias, origin) not in cands:
                lo = max(0, origin - k)
                hit = _closest(alias, compact[lo:origin + len(alias) + k], k)
                cands[(alias, origin)] = hit and (hit[0], lo + hit[1], lo + hit[2])
    ranked = sorted((hit[0], -len(alias), hit[1], hit[2], alias)
                    for (alias, _), hit in cands.items() if hit and hit[0] > 0)
    out: list[Mention] = []
    for d, _, s, e, alias in ranked:
        if any(taken[s:e]) or inner[s]:
            continue
        rivals = {TH_ALIASES[a].code for dd, _, ss, ee, a in ranked
                  if dd == d and ss < e and s < ee}
        taken[s:e] = b"\x01" * (e - s)
        if len(rivals) == 1:
            out.append(Mention(TH_ALIASES[alias], s, e, exact=False))
    return out


def _english_buckets() -> dict[str, tuple[str, ...]]:
    buckets: dict[str, list[str]] = {}
    for alias in EN_ALIASES:
        if len(alias) >= 6:
            for key in {"^" + alias[:2], alias[-2:] + "$"}:
                buckets.setdefault(key, []).append(alias)
    return {key: tuple(aliases) for key, aliases in buckets.items()}


_EN_BUCKETS = _english_buckets()


def _bigrams(word: str) -> set[str]:
    return {word[i:i + 2] for i in range(len(word) - 1)}


_EN_BIGRAMS = {alias: _bigrams(alias) for alias in EN_ALIASES}


@functools.lru_cache(maxsize=4096)
def _english_fuzzy(key: str) -> Province | None:
    """Closest English name within 1 edit (2 from 10 letters); the first or last two
    letters must be right, which keeps the search small."""
    k = 2 if len(key) >= 10 else 1
    aliases = {*_EN_BUCKETS.get("^" + key[:2], ()), *_EN_BUCKETS.get(key[-2:] + "$", ())}
    grams = _bigrams(key)
    scored = {(osa_distance(key, alias, k), EN_ALIASES[alias].code): EN_ALIASES[alias]
              for alias in aliases if abs(len(alias) - len(key)) <= k
              # one edit (a swap included) removes at most three distinct bigrams
              and len(grams & _EN_BIGRAMS[alias]) >= len(_EN_BIGRAMS[alias]) - 3 * k}
    return _unique_best(scored, k)


def _unique_best(scored: dict[tuple[int, str], Province], k: int) -> Province | None:
    good = sorted(key for key in scored if key[0] <= k)
    if not good or (len(good) > 1 and good[1][0] == good[0][0]):
        return None
    return scored[good[0]]


_EN_LONGEST = max(len(alias) for alias in EN_ALIASES) + 2
_EN_NAME_WORDS = frozenset(word for _, _, en, _, _, en_more in _TABLE
                           for word in f"{en} {en_more}".lower().split() if len(word) >= 3)


def _english(cleaned: str) -> list[Mention]:
    """English names over 1-4 consecutive words, exact first, then fuzzy."""
    words = [(m.group(), m.start()) for m in _LATIN_WORD.finditer(cleaned)]
    out: list[Mention] = []
    i = 0
    while i < len(words):
        keys: list[str] = []
        for word, _ in words[i:i + 4]:
            key = (keys[-1] if keys else "") + word
            if len(key) > _EN_LONGEST:
                break
            keys.append(key)
        found: tuple[Province, int, bool] | None = None
        for n in range(len(keys), 0, -1):
            if keys[n - 1] in EN_ALIASES:
                found = (EN_ALIASES[keys[n - 1]], n, True)
                break
        for n in range(len(keys), 0, -1):
            key = keys[n - 1]
            if found is not None or len(key) < 6:
                break
            # a misspelt name of several words keeps one of its words intact
            if n > 1 and not any(w in _EN_NAME_WORDS for w, _ in words[i:i + n]):
                continue
            if "^" + key[:2] in _EN_BUCKETS or key[-2:] + "$" in _EN_BUCKETS:
                province = _english_fuzzy(key)
                found = None if province is None else (province, n, False)
        if found is None:
            i += 1
            continue
        at = words[i][1] - cleaned.count(" ", 0, words[i][1])
        last_word, last_at = words[i + found[1] - 1]
        end = last_at + len(last_word) - cleaned.count(" ", 0, last_at)
        out.append(Mention(found[0], at, end, exact=found[2]))
        i += found[1]
    return out


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
_CUT_SHORT = re.compile(r"(?P<cue>" + _ABBR_CUE + r")?(?P<stem>[ก-๎]{2,})ฯ" + _ABBR_PARTICLES)


@functools.cache
def _begun(stem: str) -> Province | None:
    """The one province whose Thai name or alias begins with `stem` ("ชล", "ขอน")."""
    begun = {p.code: p for alias, p in TH_ALIASES.items() if alias.startswith(stem)}
    return next(iter(begun.values())) if len(begun) == 1 else None


def _short_forms(cleaned: str) -> list[Mention]:
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
        if province is not None:
            out.append(Mention(province, at + start, at + end))
        at += len(word)
        previous = word
    return out


def mentions_in_clean(cleaned: str, *, fuzzy: bool = True) -> list[Mention]:
    """Provinces in text already cleaned with `clean_text`, spans in its space-free form."""
    compact = cleaned.replace(" ", "")
    # compact positions that had a space before them in `cleaned`
    after_space = {m.start() - n for n, m in enumerate(_SPACE.finditer(cleaned))}
    inner = bytearray(len(compact) + 1)
    found = _exact(compact, after_space, inner)
    found += [m for m in _short_forms(cleaned)
              if not any(f.start < m.end and m.start < f.end for f in found)]
    if fuzzy:
        taken = bytearray(len(compact) + 1)
        for m in found:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        found += _fuzzy(compact, taken, inner)
    if _LATIN_WORD.search(cleaned):
        found += _english(cleaned)
    return sorted(found, key=lambda m: m.start)


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
_ANSWER_SUFFIX = re.compile(r"(?:ครับผม|ครับ|ค่ะ|คะ|ค่า|คับ|จ้า|จ้ะ|จ๊ะ|นะ|ฮะ|เจ้า|จ้ะ)+$")


def match_province(text: str) -> Province | None:
    """The one province a short answer names ("โคราช", "อยู่ขอนแก่นค่ะ", "Chiang Mai",
    "ชม", "โคราด"), or None when it names none or more than one."""
    cleaned = clean_text(text)
    compact = cleaned.replace(" ", "")
    bare = _ANSWER_SUFFIX.sub("", compact)
    core = _ANSWER_PREFIX.sub("", bare)
    for variant, stripped in ((compact, False), (bare, False), (core, core != bare)):
        if stripped and variant in CUE_ONLY and not LOEI_CUE.search(bare[:-len(core)]):
            continue  # กลับบ้านเลย = "go home right away"
        for table in (TH_ALIASES, ABBREVIATIONS, EN_ALIASES):
            if variant in table:
                return table[variant]
    found = {m.province.code: m.province for m in mentions_in_clean(cleaned)}
    if found:
        return next(iter(found.values())) if len(found) == 1 else None
    if len(core) < 4 or core in _thai_dictionary():
        return None
    k = 2 if len(core) >= 8 else 1
    scored = {(osa_distance(core, alias, k), p.code): p
              for table in (TH_ALIASES, EN_ALIASES) for alias, p in table.items()
              if len(alias) >= 4 and abs(len(alias) - len(core)) <= k}
    return _unique_best(scored, k)


@functools.cache
def _thai_dictionary() -> frozenset[str]:
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())
