"""Districts people name instead of their province ("หลังสวนค่ะ", "อยู่ อ.สันป่าตอง"), from
the open GeoThai dataset (package ``geothai``; data CC-BY-4.0, attribution: GeoThai,
https://github.com/GeoThai/data): a fallback after the curated towns of dialogs.towns,
which win over it (dialogs.provinces).

The dataset is read once, by dialogs.district_build, into dialogs.district_table: the
names of one province only (a name in two provinces is left out: a wrong province is
worse than a question). The index is built from that table once, on first use, and holds
only district names that:

- are no province's own name or alias, nor a curated town (those are read already);
- do not hold their own province's name ("เมืองชลบุรี": the province is read in it).

A district whose name holds a curated town or another province's ("สันป่าตอง" holds
ป่าตอง, Phuket) is read as the district: the longer name wins, and even a weak one
keeps the shorter from being read inside it.

A name that is an everyday word (PyThaiNLP's ``thai_words``), a common personal name,
reads as "mother" and a nickname ("แม่ริม") or as a village ("บ้านโป่ง"), or begins with a
word of position ("หลังสวน": behind the garden), or is also a subdistrict's name in
another province ("สองพี่น้อง", "หนองบัว": villages many provinces share), or reads as two
or more everyday words without the district dictionary ("ท่า+แพ", "เหนือ+คลอง", "จะ+นะ"),
or is a famous place of another province ("ท่าแพ", "สำโรง") counts in free text only right
after "อ." / "อำเภอ". As the whole answer to the places question (`district_answer`,
tried after every province reading) a name counts unless it is a word the Thai National
Corpus meets as one (the table's ``w``) or a name, a village elsewhere too, or a famous
place elsewhere ("หลังสวนค่ะ", "นาน้อยค่ะ" and "ท่ามะกาค่ะ", which the dictionary holds only
as a place, count; "ชนบทค่ะ", "หนองบัวค่ะ", "สำโรงค่ะ" do not); a few big towns count though
small subdistricts elsewhere share their names (`_ANSWER_TOO`: "บ้านโป่ง").
Names are matched on whole words (PyThaiNLP newmm tokens, with the names and
district names added to its dictionary by dialogs.joined_trie, which shares the main
dictionary instead of copying it), never inside a longer word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from dialogs.fuzzy import trie_pattern
from dialogs.joined_trie import JoinedTrie
from dialogs.province_types import PROVINCES, TH_ALIASES, Mention, Province
from dialogs.towns import LANDMARKS, TOWNS

__all__ = ["district_answer", "district_mentions", "district_names", "is_district",
           "only_elsewhere", "subdistrict_in", "warm"]

# a district name read as a phrase: "หลังสวน" (behind the garden), "ในเมือง"
_POSITION = ("หลัง", "หน้า", "ข้าง", "ใน", "บน", "ใต้", "กลาง", "ริม", "ใกล้", "ท้าย", "นอก")
# "mother" and a nickname, or a village name many provinces share
_WEAK_START = ("แม่", "บ้าน")
_DISTRICT_WORD = "อำเภอ"  # "อ." is spelled out to it by clean_text
# a district named like a famous place of another province ("ท่าแพ": the gate of Chiang
# Mai; "สำโรง": Samut Prakan; "วิภาวดี", "มหาราช": Bangkok roads, a hospital): weak in
# free text and never read from a bare answer
# (จุฬาภรณ์, ศรีนครินทร์, สิรินธร: hospitals and a road; พระพรหม: the Erawan shrine)
_FAMOUS_ELSEWHERE = frozenset({"ท่าแพ", "สำโรง", "วิภาวดี", "มหาราช", "ท่าเรือ", "จุฬาภรณ์",
                               "ศรีนครินทร์", "สิรินธร", "พระพรหม"})
# a well-known district whose name is an everyday word too ("พาน": a tray): still read
# from a bare answer ("พานค่ะ"), never from free text without "อ."
# (ลับแล: a screen, dev50; ปัว and สวี: short, but no word of their own, dev60; สะเดา: a
# vegetable, and a subdistrict in Buri Ram, but as the answer the border town, dev61;
# บ้านโป่ง and the rest: big towns whose namesakes elsewhere are small subdistricts, dev59)
_ANSWER_TOO = frozenset({
    "พาน", "ลับแล", "ปัว", "สวี", "สะเดา", "บ้านโป่ง", "ดุสิต", "หนองแค", "บ้านบึง", "บ้านฉาง",
    "วังน้ำเย็น", "โชคชัย", "บ่อพลอย", "องครักษ์", "แม่จัน", "โนนสูง"})


def _words() -> frozenset[str]:
    from dialogs.provinces import thai_dictionary  # (it imports this module)

    return thai_dictionary() | _people()


def _people() -> frozenset[str]:
    from dialogs.provinces import thai_names

    return thai_names()


def _rows() -> Iterator[tuple[str, str, str, frozenset[str]]]:
    """(name, province code "TH-xx", marks, the codes of the other provinces that have the
    name as a subdistrict) of the table dialogs.district_build wrote: the names of one
    province, ``s`` a subdistrict elsewhere too, ``p`` a phrase, ``w`` a word too."""
    from dialogs.district_table import TABLE

    for entry in TABLE.split():
        name, code, marks, *elsewhere = entry.split("/")
        codes = elsewhere[0].split(".") if elsewhere else ()
        yield name, f"TH-{code}", marks, frozenset(f"TH-{c}" for c in codes)


@functools.cache
def _index() -> tuple[dict[str, Province], frozenset[str], frozenset[str]]:
    """Every usable district name with its province, the weak names among them, and the
    names a bare answer may give (not weak, or weak only as a phrase: "หลังสวน")."""
    by_code = {p.code: p for p in PROVINCES}
    curated = LANDMARKS | {w for towns in TOWNS.values() for w in towns.split()}
    names: dict[str, Province] = {}
    elsewhere: set[str] = set()  # a subdistrict of another province has the name
    phrases: set[str] = set()
    wordish: set[str] = set()  # met often in the corpus as a word ("สอง", "องครักษ์")
    for name, code, marks, _ in _rows():
        if name in TH_ALIASES or name in curated or code not in by_code:
            continue
        own = by_code[code]
        if any(a in name for a, p in TH_ALIASES.items() if p == own and len(a) > 2):
            continue  # "เมืองชลบุรี", "บ้านตาก": the province is read in it
        names[name] = own
        if "s" in marks:
            elsewhere.add(name)
        if "p" in marks:
            phrases.add(name)
        if "w" in marks:
            wordish.add(name)
    words, people = _words(), _people()
    # a word or a personal name, a village elsewhere too, a famous place
    never = frozenset(n for n in names if n in words or len(n) < 4
                      or n in elsewhere or n in _FAMOUS_ELSEWHERE)
    weak = never | frozenset(n for n in names if n.startswith(_WEAK_START + _POSITION)) | (
        phrases)
    # as the whole answer, a word of the dictionary only as a place, seldom met as a word
    # ("ท่ามะกาค่ะ", "ฉวาง"; in free text it stays weak: a word is a word there)
    placed = frozenset(n for n in never if n not in wordish and n not in people
                       and len(n) >= 4 and n not in elsewhere and n not in _FAMOUS_ELSEWHERE)
    return names, weak, frozenset(names) - never | placed | (_ANSWER_TOO & frozenset(names))


def district_names() -> frozenset[str]:
    """The district names of the index (the places a province named outright beats)."""
    return frozenset(_index()[0])


@functools.cache
def _any_name() -> re.Pattern[str]:
    return re.compile(trie_pattern(list(_index()[0])))


@functools.cache
def _tokenizer_dict() -> JoinedTrie:
    """The main tokeniser's dictionary with the names and district names added."""
    from pythainlp.tokenize import word_dict_trie

    from dialogs.provinces import thai_dictionary, thai_names  # (it imports this module)

    # the main dictionary holds thai_dictionary() already: only the rest is looked at
    more = (thai_names() | frozenset(_index()[0])) - thai_dictionary()
    return JoinedTrie(word_dict_trie(), more)


def _tokens(cleaned: str) -> list[tuple[str, int]]:
    """The newmm tokens of `cleaned` (no spaces) with their start in the space-free text."""
    from pythainlp.tokenize import word_tokenize

    out, at = [], 0
    for token in word_tokenize(cleaned, custom_dict=_tokenizer_dict(), engine="newmm",
                               keep_whitespace=False):
        token = token.replace(" ", "")
        if token:
            out.append((token, at))
            at += len(token)
    return out


# going home, then home and a place after a space ("อยากปิ๊กบ้าน ฝาง"): the house word is
# the verb's, not the start of a village or district name ("บ้านฝาง", Khon Kaen)
_HOME_VERBS = frozenset({"กลับ", "ปิ๊ก", "ปิก", "หลบ", "เมือ"})


def _home_then_place(tokens: list[tuple[str, int]], i: int, spaced: set[int]) -> bool:
    return (0 < i < len(tokens) - 1 and tokens[i][0] == "บ้าน"
            and tokens[i - 1][0] in _HOME_VERBS and tokens[i + 1][1] in spaced)


def district_mentions(cleaned: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Districts of the index named in `cleaned` (cleaned text; spans in its space-free
    form), on whole tokens, a weak name only right after "อำเภอ"; and the spans of the
    weak names not read, in which no shorter name is read either."""
    compact = cleaned.replace(" ", "")
    if not _any_name().search(compact):
        return [], []  # most messages name none: no tokenizing
    names, weak, _ = _index()
    tokens = _tokens(cleaned)
    spaced = {m.start() - n for n, m in enumerate(re.finditer(" ", cleaned))}
    found: list[Mention] = []
    unread: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        hit = None
        for j in range(min(len(tokens), i + 4), i, -1):  # the longest run of tokens first
            name = "".join(t for t, _ in tokens[i:j])
            if name in names and not _home_then_place(tokens, i, spaced):
                hit = (name, j)
                break
        if hit is None:
            i += 1
            continue
        name, j = hit
        after_district_word = i > 0 and tokens[i - 1][0] == _DISTRICT_WORD
        start = tokens[i][1]
        if name not in weak or after_district_word:
            found.append(Mention(names[name], start, start + len(name)))
        else:
            unread.append((start, start + len(name)))
        i = j
    return found, unread


def district_of(name: str, code: str) -> bool:
    """`name` is a district of the province `code`, even a weak name ("ยางตลาด กาฬสินธุ์":
    the district said before its own province)."""
    province = _index()[0].get(name)
    return province is not None and province.code == code


def is_district(core: str) -> bool:
    """`core` is exactly a district name of the index, weak or not ("วังทอง": never
    taken for a near spelling of another place)."""
    return core in _index()[0]


@functools.cache
def _subdistricts_elsewhere() -> dict[str, frozenset[str]]:
    """The district names that other provinces have as subdistricts, with those provinces'
    codes ("TH-xx"), from the table (GeoThai)."""
    return {name: codes for name, _, _, codes in _rows() if codes}


def subdistrict_in(core: str, code: str) -> bool:
    """`core`, a district's name, is also a subdistrict of the province `code` ("บ้านโป่ง
    ลำปางเจ้า" is one place in Lampang, not Ban Pong and Lampang)."""
    return code in _subdistricts_elsewhere().get(core, frozenset())


@functools.cache
def _plain_elsewhere() -> frozenset[str]:
    return frozenset(n for n, _, marks, _ in _rows() if marks == "s" and n not in _FAMOUS_ELSEWHERE
                     and not n.startswith(_WEAK_START + _POSITION)) - _words()


def only_elsewhere(core: str) -> bool:
    """`core` is a district's name unread only as a subdistrict of other provinces too
    ("โป่งน้ำร้อน"): never a word or name ("คง", "เพ็ญ"), a phrase or village name ("หนองไผ่",
    "บ้านนา"), a famous place ("ท่าแพ", "ศรีนครินทร์", "มหาราช")."""
    return core in _plain_elsewhere()


def district_answer(core: str) -> Province | None:
    """The province of a district said as a whole answer ("หลังสวน", "จะนะ"), but never
    an everyday word or name ("ชนบท", "พนม"), a village many provinces have ("หนองบัว"),
    nor a famous place elsewhere ("ท่าแพ", "สำโรง")."""
    names, _, answers = _index()
    return names[core] if core in answers else None


def warm() -> None:
    """Build the index now (at start-up), not on a person's message."""
    _index()
    _any_name()
    _tokenizer_dict()
