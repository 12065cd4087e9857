"""Thai typed in Latin letters ("karaoke": "mai mee ngern klub baan"), read as Thai.

People on a phone without a Thai keyboard write Thai words as they sound. The common
words of an intake are turned into Thai script, whole words only, so that every reader
(facts, yes/no, provinces) understands them: "mai mee ngern klub baan krub" ->
"ไม่มีเงินกลับบ้านครับ". Only a message with at least two such words (particles aside)
is read this way: a lone "Mai" or "Dee" is a name, and English stays English.
"""

from __future__ import annotations

import re

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
    **dict.fromkeys(("prachachon", "prachachun"), "ประชาชน"),
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
}
_PARTICLES: dict[str, str] = {
    **dict.fromkeys(("krub", "krab", "khrap", "khrab", "kub", "kap"), "ครับ"),
    **dict.fromkeys(("ka", "kha", "kaa"), "ค่ะ"),
    "na": "นะ", **dict.fromkeys(("ja", "jaa"), "จ้ะ"),
}
_FEE = frozenset({"ka", "kha", "kaa"})  # "ka rot": ค่ารถ, the fare
# words of English province names: "Chiang Mai", "Khon Kaen", "Chai Nat" stay English
_PLACE_PAIRS = frozenset({("chiang", "mai"), ("khon", "kaen"), ("kon", "kaen"), ("chai", "nat")})
_RUN = re.compile(r"[a-z0-9]+(?:[ \t]+[a-z0-9]+)*", re.IGNORECASE)  # (digits: "tang 2 kon")
_MIN_WORDS = 2
_BOTH_OF = frozenset({"song", "sam", "sarm", "see", "si", "ha", "mod", "mot", "moht", "khu", "koo",
                      "khoo", "kon", "khon", "krob", "khrob"})


def _thai(words: list[str], i: int) -> str | None:
    word = words[i].lower()
    before = words[i - 1].lower() if i else ""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    if (before, word) in _PLACE_PAIRS or (word, after) in _PLACE_PAIRS:
        return None
    if word in _FEE and after in ("rot", "rod"):
        return "ค่า"
    if word in ("tang", "tung") and (after.isdigit() or after in _BOTH_OF):
        return "ทั้ง"  # "mee ka tang 2 kon" (dev84): both of them, not money
    return _WORDS.get(word) or _PARTICLES.get(word)


def _run(words: list[str]) -> str:
    out: list[str] = []
    joined = False  # the last piece is Thai: the next Thai word joins it
    for i in range(len(words)):
        thai = _thai(words, i)
        if thai is None:
            out.append(words[i])
            joined = False
        elif joined:
            out[-1] += thai
        else:
            out.append(thai)
            joined = True
    return " ".join(out)


def thai_from_latin(text: str) -> str:
    """`text` with its romanised Thai words in Thai script (any case; the words left in
    Latin letters keep theirs), or as it is when it has fewer than two of them."""
    runs = list(_RUN.finditer(text))
    if not runs:
        return text
    count = sum(1 for m in runs for w in m.group().split() if w.lower() in _WORDS)
    if count < _MIN_WORDS:
        return text
    parts: list[str] = []
    at = 0
    for m in runs:
        parts += [text[at:m.start()], _run(m.group().split())]
        at = m.end()
    return "".join(parts) + text[at:]
