"""Thai typed in Latin letters ("karaoke": "mai mee ngern klub baan"), read as Thai.

People on a phone without a Thai keyboard write Thai words as they sound. The common
words of an intake are turned into Thai script, whole words only, so that every reader
(facts, yes/no, provinces) understands them: "mai mee ngern klub baan krub" ->
"ไม่มีเงินกลับบ้านครับ". Only a message with at least two such words (particles aside)
is read this way: a lone "Mai" or "Dee" is a name, and English stays English.
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["thai_from_latin"]

_WORDS: dict[str, str] = {
    **dict.fromkeys(("mai", "mhai"), "ไม่"),
    **dict.fromkeys(("mee", "mii"), "มี"),
    **dict.fromkeys(("ngern", "ngoen", "ngen", "nguen"), "เงิน"),
    **dict.fromkeys(("tang", "tung"), "ตังค์"),
    **dict.fromkeys(("klub", "glub", "klab", "glab", "klap"), "กลับ"),
    **dict.fromkeys(("baan", "bahn", "ban"), "บ้าน"),
    **dict.fromkeys(("yoo", "yuu", "yu"), "อยู่"),
    **dict.fromkeys(("kon", "khon"), "คน"),
    **dict.fromkeys(("diew", "diao", "deaw", "deow", "dieow", "dieaw"), "เดียว"),
    **dict.fromkeys(("duan", "duaan", "duen"), "ด่วน"),
    **dict.fromkeys(("bat", "batr"), "บัตร"),
    **dict.fromkeys(("prachachon", "prachachun"), "ประชาชน"), "pracha": "ประชา",
    "chai": "ใช่", "dai": "ได้",
    **dict.fromkeys(("chuay", "chuai", "chuey", "chuoy", "chuei"), "ช่วย"),
    **dict.fromkeys(("kor", "khor", "kho"), "ขอ"),
    **dict.fromkeys(("kwam", "khwam", "kwaam"), "ความ"),
    **dict.fromkeys(("leua", "luea", "lua", "leau"), "เหลือ"),
    **dict.fromkeys(("rot", "rod"), "รถ"),
    **dict.fromkeys(("nawn", "norn", "non"), "นอน"),
    **dict.fromkeys(("keun", "kuen", "khuen", "kheun"), "คืน"), "nee": "นี้",
    **dict.fromkeys(("tee", "thi", "tii"), "ที่"),
    **dict.fromkeys(("hiw", "hew"), "หิว"),
    **dict.fromkeys(("khao", "kao"), "ข้าว"),
    "kin": "กิน", "ngan": "งาน", "tok": "ตก",
    **dict.fromkeys(("tam", "tham"), "ทำ"),
    **dict.fromkeys(("pai", "bpai"), "ไป"),
    **dict.fromkeys(("jangwat", "changwat", "jungwat"), "จังหวัด"),
    **dict.fromkeys(("sawasdee", "sawatdee", "sawaddee", "sawadee", "sawasdi"), "สวัสดี"),
    **dict.fromkeys(("yinyom", "yinyorm"), "ยินยอม"), "yin": "ยิน", "yom": "ยอม",
    **dict.fromkeys(("took", "tuk", "thuk"), "ถูก"), "tong": "ต้อง",
    "thai": "ไทย",
    **dict.fromkeys(("yak", "yaak", "yahk"), "อยาก"),  # "yak rian chang" (dev91): a wish to train
    **dict.fromkeys(("rian", "rien", "riean", "rean"), "เรียน"),
    # the writer and the friends with them ("pom kab puean 2 kon", dev89: read as two)
    **dict.fromkeys(("pom", "phom"), "ผม"), **dict.fromkeys(("kab", "gab"), "กับ"),
    **dict.fromkeys(("puean", "puen", "peuan", "phuean", "pheuan", "puan"), "เพื่อน"),
}
_PARTICLES: dict[str, str] = {
    **dict.fromkeys(("krub", "krab", "khrap", "khrab", "kub", "kap"), "ครับ"),
    **dict.fromkeys(("ka", "kha", "kaa"), "ค่ะ"),
    "na": "นะ", **dict.fromkeys(("ja", "jaa"), "จ้ะ"),
}
_FEE = frozenset({"ka", "kha", "kaa"})  # "ka rot": ค่ารถ, the fare
# words of English province names: "Chiang Mai", "Khon Kaen", "Chai Nat" stay English
_PLACE_PAIRS = frozenset({("chiang", "mai"), ("khon", "kaen"), ("kon", "kaen"), ("chai", "nat")})
# a run of Latin words and numbers; a number glued to a word is a word of its own ("pai
# 2kon": ไป 2คน)
_RUN = re.compile(r"[a-z0-9]+(?:[ \t]+[a-z0-9]+)*", re.IGNORECASE)  # (digits: "tang 2 kon")
_TOKEN = re.compile(r"[a-z]+|[0-9]+|[ \t]+", re.IGNORECASE)
_MIN_WORDS = 2
# "tang" before a count of people, or "both"/"whole": ทั้ง ("mee ka tang 2 kon", dev84); never
# money, "mee tang 300 baht", "mai mee tang kon diew klub baan" (review 2: no money, alone)
_COUNTS = frozenset({"song", "sam", "sarm", "see", "si", "ha"})
_PEOPLE = frozenset({"kon", "khon", "khu", "koo", "khoo"})
_BOTH_OF = frozenset({"khu", "koo", "khoo", "krob", "khrob"})
# where a sentence starts: its first word is capitalised by the phone, and still Thai ("Dai krub
# yinyom", dev84)
_STARTS = re.compile(r"(?:^|[.!?\n])[ \t\"'(]*$")
_NOT = frozenset({"mai", "mhai"})
_ROMANISED = frozenset(_WORDS) | frozenset(_PARTICLES)


def _thai(words: list[str], i: int, kept: list[bool]) -> str | None:
    if kept[i]:
        return None  # a name or a place, capitalised in the sentence ("Tuk Tong", "Ban Mai")
    word = words[i].lower()
    before = words[i - 1].lower() if i else ""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    then = words[i + 2].lower() if i + 2 < len(words) else ""
    if (before, word) in _PLACE_PAIRS or (word, after) in _PLACE_PAIRS:
        return None
    if word in _FEE and after in ("rot", "rod"):
        return "ค่า"
    if word in ("chon", "chun") and before == "pracha":
        return "ชน"  # "bat pracha chon" (dev92), typed in two; never "chon buri"
    if word in ("tang", "tung") and (after in _BOTH_OF or (
            (after.isdigit() or after in _COUNTS) and then in _PEOPLE)):
        return "ทั้ง"  # "mee ka tang 2 kon" (dev84): both of them, not money
    return _WORDS.get(word) or _PARTICLES.get(word)


def _run(tokens: list[str], kept: list[bool]) -> str:
    """The tokens of a run (words, numbers and the spaces between them), the Thai words in
    Thai script, one after another joined ("dai krub" -> "ได้ครับ")."""
    at = [i for i, t in enumerate(tokens) if not t.isspace()]
    words, held = [tokens[i] for i in at], [kept[i] for i in at]
    out: list[str] = []
    last_thai = False  # the last word is Thai: the space before the next Thai word goes
    for n, i in enumerate(at):
        thai = _thai(words, n, held)
        gap = " " if i and tokens[i - 1].isspace() and not (thai and last_thai) else ""
        out.append(gap + (thai or tokens[i]))
        last_thai = thai is not None
    return "".join(out)


def _kept(tokens: list[tuple[int, str]], text: str, capitals: bool) -> list[bool]:
    """Which tokens of a run are capitalised words inside a sentence: a name or a place,
    kept as typed (review 2: "My name is Tuk, I am Thai"; "Tuk Tong 0812223333" was read
    "ถูกต้อง"); never three or more in a row, all Thai ("Mai Mee Ngern": each word
    capitalised), nor "Mai" before Thai words, the "no" of "ok krub, Mai mee bat"."""
    kept = [t[:1].isupper() and not capitals and not _STARTS.search(text[:at])
            for at, t in tokens]
    words = [n for n, (_, t) in enumerate(tokens) if not t.isspace()]
    row: list[int] = []
    for n in [*words, -1]:
        said = tokens[n][1] if n >= 0 else ""
        if said[:1].isupper() and said.lower() in _ROMANISED:
            row.append(n)
            continue
        for m in row if len(row) >= 3 else ():
            kept[m] = False
        row = []
    for n, m in pairwise(words):
        said = tokens[m][1]
        if kept[n] and tokens[n][1].lower() in _NOT and said.islower() and said in _WORDS:
            kept[n] = False
        if (tokens[n][1].lower(), said.lower()) == ("yin", "yom"):
            kept[n] = kept[m] = False  # "Yin Yom": one word typed in two
    return kept


def thai_from_latin(text: str) -> str:
    """`text` with its romanised Thai words in Thai script (any case at a sentence's start,
    else lower case: a capitalised word inside a sentence is a name or a place and is kept),
    or as it is when it has fewer than two of them."""
    runs = list(_RUN.finditer(text))
    if not runs:
        return text
    capitals = not any(c.islower() for m in runs for c in m.group())
    split: list[tuple[list[str], list[bool]]] = []
    for m in runs:
        spans = [(m.start() + t.start(), t.group()) for t in _TOKEN.finditer(m.group())]
        split.append(([t for _, t in spans], _kept(spans, text, capitals)))
    count = sum(1 for tokens, kept in split for t, k in zip(tokens, kept, strict=True)
                if not k and t.lower() in _WORDS)
    if count < _MIN_WORDS:
        return text
    parts: list[str] = []
    at = 0
    for m, (tokens, kept) in zip(runs, split, strict=True):
        parts += [text[at:m.start()], _run(tokens, kept)]
        at = m.end()
    return "".join(parts) + text[at:]
