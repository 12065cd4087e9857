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
    # the everyday words of a story (dev103: "wan nee yang mai dai gin arai loei", no food
    # today, was read as nothing; "mai mee ngern loei" as being in Loei)
    "wan": "วัน", "yang": "ยัง", **dict.fromkeys(("gin", "ghin"), "กิน"),
    **dict.fromkeys(("arai", "arrai", "a-rai"), "อะไร"),
    **dict.fromkeys(("loei", "loey", "leuy", "loeuy", "leoi"), "เลย"),
    **dict.fromkeys(("torn", "tawn", "taun"), "ตอน"),
    **dict.fromkeys(("muean", "meuan", "muan", "muen"), "เหมือน"), "gan": "กัน",
    **dict.fromkeys(("laew", "laeo", "leaw", "laaew"), "แล้ว"), "hor": "หอ",
    **dict.fromkeys(("ahan", "arhan", "aharn", "arharn"), "อาหาร"),
    **dict.fromkeys(("duay", "duai", "dooay"), "ด้วย"),
    **dict.fromkeys(("rueang", "ruang", "reuang", "ruaeng"), "เรื่อง"),
    **dict.fromkeys(("cher", "choei", "choey", "cheuy"), "เฉย"),
    **dict.fromkeys(("pasa", "phasa", "paasaa"), "ภาษา"), **dict.fromkeys(("sue", "seu"), "ซื้อ"),
    **dict.fromkeys(("tid", "tit"), "ติด"), "chan": "ฉัน", "jak": "จาก", "hai": "ให้",
    **dict.fromkeys(("pheng", "pueng", "peung", "phueng"), "เพิ่ง"),
    # Malay of the deep South, typed so too ("nak balik Narathiwat tak ada duit", dev103: home
    # and no money, read as nothing; "tak ada" to "anything else?" was not understood)
    "duit": "เงิน", **dict.fromkeys(("balik", "pulang"), "กลับ"), "ada": "มี",
    **dict.fromkeys(("kampung", "kampong"), "บ้าน"), "seorang": "คนเดียว", "betul": "ถูกต้อง",
    "tolong": "ช่วย",
    # none ("tiada duit", "takde duit": ไม่มีเงิน; never มีเงิน, a refusal for no hardship)
    **dict.fromkeys(("tiada", "takde", "takda", "xde", "xda"), "ไม่มี"),
}
# words read so only beside the word that makes them so (the word before, or after)
_BEFORE: dict[tuple[str, str], str] = {
    **{(w, "tham"): "ถาม" for w in ("kor", "khor", "kho")},  # "kor tham noi": ขอถามหน่อย
    **{(w, "por"): "พอ" for w in ("mai", "mhai", "yang")},  # "mai por": not enough
    **{(w, "la"): "ละ" for w in ("wan", "duean", "kon", "khon")},  # "wan la tao rai"
    **{(w, "rai"): "ไร" for w in ("tao", "thao")},
    **{(w, v): "โทษ" for w in ("kor", "khor", "kho") for v in ("thot", "tot", "toht")},
    **{(w, v): "จ้าง" for w in ("nai", "kha", "ka") for v in ("jang", "jaang")},  # นายจ้าง
    **{(w, v): "การ" for w in ("khrong", "krong") for v in ("garn", "gaan", "karn", "gan", "kan")},
    **{(w, v): "ถือ" for w in ("mue", "meu") for v in ("thue", "tue", "theu", "thuee")},
    ("terima", "kasih"): "คุณ",
    # the ticket bought or paid for ("mai mee ngern sue tua": no fare, never money "to buy"
    # something unread; "kha tua": ค่าตั๋ว), the medicine bought ("sue ya")
    **{(w, "tua"): "ตั๋ว" for w in ("sue", "seu", "kha", "ka", "kaa")},
    **{(w, "ya"): "ยา" for w in ("sue", "seu", "kha", "ka", "kaa")},
    **{(w, v): "หน่อย" for w in ("chuay", "chuai", "tham", "hai", "kor", "khor", "dai")
       for v in ("noi", "noy")},  # "chuay noi": help a little; never น้อย said alone
}
_AFTER: dict[tuple[str, str], str] = {
    **{("tham", w): "ถาม" for w in ("noi", "noy", "cher", "choei", "rueang", "ruang", "reuang")},
    **{(v, w): "เท่า" for v in ("tao", "thao") for w in ("rai", "rai?")},
    **{(v, w): "ตอน" for v in ("ton",) for w in ("nee", "ni")},  # "ton nee": ตอนนี้
    **{("nai", w): "นาย" for w in ("jang", "jaang")},
    **{(v, w): "โครง" for v in ("khrong", "krong") for w in ("garn", "gaan", "karn", "gan")},
    **{(v, w): "มือ" for v in ("mue", "meu") for w in ("thue", "tue", "theu", "thuee")},
    **{(v, w): "พิมพ์" for v in ("phim", "pim") for w in ("thai", "pasa", "phasa", "mai")},
    # Malay: "tak ada" (none), "nak balik" (want to go back), "terima kasih" (thanks)
    # ("tidak", the full word; "tak betul": not right, never "Tak" the province)
    **{(v, w): "ไม่" for v in ("tak", "tidak")
       for w in ("ada", "cukup", "boleh", "mau", "nak", "betul", "balik", "pulang")},
    **{("nak", w): "อยาก" for w in ("balik", "pulang", "tanya", "minta")},
    ("terima", "kasih"): "ขอบ",
}
# "mai" asks after these words at the end of a question ("dai mai", "mee mai", "duay mai ka?")
_ASKED_AFTER = frozenset({"dai", "mee", "mii", "chai", "duay", "duai", "ao", "pen", "por"})
_PARTICLES: dict[str, str] = {
    **dict.fromkeys(("krub", "krab", "khrap", "khrab", "kub", "kap"), "ครับ"),
    **dict.fromkeys(("ka", "kha", "kaa"), "ค่ะ"),
    "na": "นะ", **dict.fromkeys(("ja", "jaa"), "จ้ะ"),
}
_FEE = frozenset({"ka", "kha", "kaa"})  # "ka rot": ค่ารถ, the fare; "kha arhan": food money
_FEE_OF = frozenset({"rot", "rod", "ahan", "arhan", "aharn", "arharn", "jang", "jaang", "tua",
                     "chao", "chow", "raeng"})
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
# a word right after "my name is", "chue", "ชื่อ": a name as typed, lower case too ("my name is
# sue": never ซื้อ; "หนูชื่อ chan": never ฉัน)
_NAMED = re.compile(r"(?:\bname(?:[ \t]+is)?|\bchue|\bchuea|\bcheu|\bcall[ \t]+me|ชื่อ|เรียก(?:ว่า)?)"
                    r"[ \t:]*$", re.IGNORECASE)
_ROMANISED = frozenset(_WORDS) | frozenset(_PARTICLES)
# the words read so only beside another ("tak ada": ไม่มี) count among the Thai words too
_PAIRED = frozenset(w for _, w in _BEFORE) | frozenset(w for w, _ in _AFTER)


def _thai(words: list[str], i: int, kept: list[bool], asks: bool = False) -> str | None:
    if kept[i]:
        return None  # a name or a place, capitalised in the sentence ("Tuk Tong", "Ban Mai")
    word = words[i].lower()
    before = words[i - 1].lower() if i else ""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    then = words[i + 2].lower() if i + 2 < len(words) else ""
    if (before, word) in _PLACE_PAIRS or (word, after) in _PLACE_PAIRS:
        return None
    if word in _FEE and after in _FEE_OF:
        return "ค่า"
    if said := _BEFORE.get((before, word)) or _AFTER.get((word, after)):
        return said
    if word in _NOT and all(w.lower() in _PARTICLES for w in words[i + 1:]) and (
            asks or before in _ASKED_AFTER):
        return "ไหม"  # "duay mai ka?", "chuay dai mai": a question, never a no
    if word in ("ja", "jaa") and after in _WORDS:
        return "จะ"  # "ja dai kha arhan": จะได้; the particle จ้ะ ends a sentence
    if word in ("chon", "chun") and before == "pracha":
        return "ชน"  # "bat pracha chon" (dev92), typed in two; never "chon buri"
    if word in ("tang", "tung") and (after in _BOTH_OF or (
            (after.isdigit() or after in _COUNTS) and then in _PEOPLE)):
        return "ทั้ง"  # "mee ka tang 2 kon" (dev84): both of them, not money
    return _WORDS.get(word) or _PARTICLES.get(word)


def _run(tokens: list[str], kept: list[bool], asks: bool = False) -> str:
    """The tokens of a run (words, numbers and the spaces between them), the Thai words in
    Thai script, one after another joined ("dai krub" -> "ได้ครับ"); a word said twice is
    said with ๆ ("tham cher cher": ถามเฉยๆ). `asks`: a question mark ends the run."""
    at = [i for i, t in enumerate(tokens) if not t.isspace()]
    words, held = [tokens[i] for i in at], [kept[i] for i in at]
    out: list[str] = []
    last_thai: str | None = None  # the last word in Thai: the space before the next one goes
    for n, i in enumerate(at):
        thai = _thai(words, n, held, asks)
        if thai is not None and thai == last_thai:
            out.append("ๆ")
            continue
        gap = " " if i and tokens[i - 1].isspace() and not (thai and last_thai) else ""
        out.append(gap + (thai or tokens[i]))
        last_thai = thai
    return "".join(out)


def _kept(tokens: list[tuple[int, str]], text: str, capitals: bool) -> list[bool]:
    """Which tokens of a run are capitalised words inside a sentence: a name or a place,
    kept as typed (review 2: "My name is Tuk, I am Thai"; "Tuk Tong 0812223333" was read
    "ถูกต้อง"); never three or more in a row, all Thai ("Mai Mee Ngern": each word
    capitalised), nor "Mai" before Thai words, the "no" of "ok krub, Mai mee bat"."""
    kept = [(t[:1].isupper() and not capitals and not _STARTS.search(text[:at]))
            or _NAMED.search(text[:at]) is not None for at, t in tokens]
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
                if not k and (t.lower() in _WORDS or t.lower() in _PAIRED))
    if count < _MIN_WORDS:
        return text
    parts: list[str] = []
    at = 0
    for m, (tokens, kept) in zip(runs, split, strict=True):
        parts += [text[at:m.start()], _run(tokens, kept, text[m.end():].lstrip()[:1] == "?")]
        at = m.end()
    return "".join(parts) + text[at:]
