"""Whose name a message tells (dialogs.names): the writer's own, or another person's or a
place's ("นายจ้างชื่อสมชาย", "แม่ผมชื่อมาลี", "หมู่บ้านชื่อ"), by the kin and other words
before the cue; and the phone told as the writer's beside the name of the one written for."""

from __future__ import annotations

import re

__all__ = ["HELPED", "KIN", "KIN_ONLY", "MINE", "OTHERS", "PHONE_MINE", "SELF_KIN",
           "called_name_text", "helped_name_text", "kin_clause", "kin_first", "someone_else",
           "whose_only"]

MINE = frozenset({"ของ", "ผม", "ฉัน", "หนู", "ดิฉัน", "เรา", "กระผม"})
# who people call themselves ("ป้าชื่อแดง", "แม่ชื่อวันเพ็ญ" answering the name question,
# the name question, and a helper's "เขาชื่อแดง": the one the request is for)
SELF_KIN = frozenset({"ยาย", "ตา", "ปู่", "ย่า", "ลุง", "ป้า", "น้า", "อา", "น้อง", "แม่", "พ่อ",
                      "เขา", "เค้า", "คนไข้", "ผู้ป่วย"})  # a nurse: "คนไข้ชื่อวิชัย"
OTHERS = frozenset({
    "แม่", "พ่อ", "ลูก", "ลูกสาว", "ลูกชาย", "แฟน", "เมีย", "สามี", "ผัว", "ภรรยา", "นายจ้าง",
    "เจ้านาย", "หัวหน้า", "เพื่อน", "หลาน", "ญาติ", "เขา", "เค้า", "หมู่บ้าน", "บ้าน", "ร้าน",
    "บริษัท", "โรงงาน", "ถนน", "ซอย", "วัด", "โรงเรียน", "โรงพยาบาล", "อำเภอ", "ตำบล", "หมู่",
    "พี่สาว", "พี่ชาย", "น้องสาว", "น้องชาย", "เด็ก", "คน"}) | SELF_KIN
# a kin word right after "ชื่อ", alone before a space: whose name follows ("ชื่อน้อง ชัยวัฒน์")
KIN = (SELF_KIN - {"เขา", "เค้า"}) | {"พี่", "พี่สาว", "พี่ชาย", "น้องสาว", "น้องชาย", "ลูก",
                                        "ลูกสาว", "ลูกชาย", "หลาน", "สามี", "ภรรยา", "เมีย", "แฟน",
                                        "เพื่อน",  # "ชื่อเพื่อนนะครับ อนุชา"
                                        "โยม"}  # a monk of a lay man: "ชื่อโยมนะ เอกชัย"
# kin words that are never a name nor a name's title ("ธนพลค่ะ ชื่อน้องชายนะคะ": whose name,
# dev96); "น้อง", "พี่", "ยาย" are titles too ("น้องแพรว")
KIN_ONLY = frozenset({"น้องชาย", "น้องสาว", "พี่ชาย", "พี่สาว", "หลานชาย", "หลานสาว", "ลูกชาย",
                      "ลูกสาว", "ผัว"})


def kin_first(rest: list[str], skip: frozenset[str]) -> int:
    """How many words before the name are the kin's ("ชื่อน้องชายธนพล", "ชื่อน้องชายผม
    ธนพล": 1, 2); 0 when no name follows them in the words (`skip`: particles); with a
    relative clause, up to the name or all of them (`kin_clause`)."""
    clause = kin_clause(rest)
    if clause is not None:
        return clause
    if not rest or rest[0] not in KIN_ONLY:
        return 0
    at = 1
    while at < len(rest) and (rest[at] in MINE or rest[at] in ("คือ", "เขา", "เค้า")):
        at += 1
    return at if at < len(rest) and rest[at] not in skip else 0


# a relative clause after the kin word ("ชื่อน้องที่จะกลับ", "ชื่อแม่ที่ป่วยคือสมศรี",
# "ชื่อคนที่จะเดินทาง"): which of them is meant, never a name
_CLAUSE = frozenset({"ที่", "ที่จะ", "ซึ่ง", "ที่ได้", "ที่ต้อง", "ที่กำลัง"})


def kin_clause(rest: list[str]) -> int | None:
    """How many words after "ชื่อ" tell whose name it is by a kin word and a relative
    clause, up to "คือ"/"ว่า" when the name follows it ("ชื่อน้องที่จะกลับคือปิยะนุช": 5);
    all of them when no name follows; None without such a clause."""
    at = 1 if rest[:1] == ["ของ"] else 0
    if at < len(rest) and rest[at] in KIN | {"คน"}:
        at += 1
        if at < len(rest) and rest[at] == "คน":  # "ชื่อน้องคนที่จะกลับ"
            at += 1
        if at < len(rest) and rest[at] in _CLAUSE:
            cue = next((k for k in range(at + 1, len(rest)) if rest[k] in ("คือ", "ว่า")), None)
            return len(rest) if cue is None else cue + 1
    return None


def whose_only(rest: list[str], titles: frozenset[str], skip: frozenset[str]) -> bool:
    """The words after "ชื่อ" say only whose name it is, a kin word or an elder's title
    (`titles`) with particles (`skip`) or "mine" after it: "(ชื่อโต๊ะ)", "ชื่อป้ออุ๊ย" after
    the name (dev73, dev90; "ชื่อโต๊ะครับ" alone is one), "ธนพลค่ะ ชื่อน้องชายนะคะ",
    "ชื่อของน้องชาย" (dev96)."""
    whose = rest[1:] if rest[:1] == ["ของ"] else rest
    return bool(whose) and (whose[0] in titles or whose[0] in KIN) and all(
        w in skip or w in MINE or w == "อุ๊ย" or not any(ch.isalpha() for ch in w)
        for w in whose[1:])


# the phone told as the writer's own beside the name of the one written for ("ลูกชื่อ
# ศุภชัย ค่ะ เบอร์แม่นะคะ 08...", "ลูกชื่อต้น เบอร์ผมเลย"): that one is who is called
PHONE_MINE = re.compile(r"เบอร์(?:โทร)?(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา|แม่|พ่อ|ป้า|ยาย|ลุง|ตา|น้า)")
# the one a helper writes for ("แม่น้อง", "พ่อเด็ก", "ลูกคนไข้": that one's kin is who the
# officer calls, answering the name question); never the writer's own ("แม่ผม")
HELPED = frozenset({"น้อง", "เด็ก", "คนไข้", "ผู้ป่วย"})


# one written for, then "he" ("โยมเขา", "ลุงแก"); never a parent's ("แม่เขา": his mother)
_TITLED = frozenset({"โยม", "ลุง", "ป้า", "ยาย", "ตา", "ปู่", "ย่า", "น้า", "คนไข้", "ผู้ป่วย"})
_HE = frozenset({"เขา", "เค้า", "แก", "ท่าน"})


def someone_else(before: tuple[str, ...], bare: bool, particles: frozenset[str]) -> bool:
    """Whether the words before "ชื่อ" name another person or a place ("นายจ้างชื่อ",
    "แม่ผมชื่อ", "หมู่บ้านชื่อ"): that name is not the writer's. Answering the name
    question, "ป้าชื่อแดง" is the writer (people call themselves ป้า, ยาย, น้อง).
    `particles` are the words said after a name only to be polite."""
    if before[:1] == ("โยม",) and before[1:2] in (("แม่",), ("พ่อ",)):
        before = before[1:]  # "โยมแม่": a monk's or temple helper's word for a lay mother
    before = tuple(w for w in before if w not in particles)  # "โทรหาลูกสาวได้ครับ"
    if bare and len(before) == 2 and before[0] in _TITLED and before[1] in _HE:
        before = before[:1]  # "โยมเขาชื่อสมบัติ", "คนไข้เขาชื่อ...": the one written for, "he"
    if bare and len(before) == 1 and before[0] in SELF_KIN:
        return False  # "ป้าชื่อแดง", "แม่ชื่อวันเพ็ญ"; not "แม่ผมชื่อมาลี"
    kin_of = tuple(w for w in before if w != "ของ")  # "แม่ของน้อง"
    if bare and len(kin_of) == 2 and kin_of[0] in KIN and kin_of[1] in HELPED:
        return False  # a nurse for a baby: "แม่น้องชื่อรอฮานีค่ะ", the family is called
    words_before = [w for w in before if w not in MINE and w not in particles]
    return bool(words_before) and words_before[-1] in OTHERS


# the one written for, named first: "เพื่อนชื่อชัยวัฒน์ครับ", "แม่ผมชื่อสมศรี"
_HELPED_NAMED = re.compile(r"\s*(?:" + "|".join(sorted(KIN | {"เพื่อนผม"}, key=len, reverse=True))
                           + r")(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา)?(?:เขา|เค้า|ก็)?\s*ชื่อ\s*"
                           r"(?:จริง|เล่น)?\s*(?:ใน|ตาม)?(?:บัตร)?\s*(?:ว่า|คือ)?\s*"
                           # never a remark on the name: "เพื่อนชื่อไรนะ ลืมถาม", "...ชื่อแปลก"
                           r"(?!ไร|อะไร|แปลก|เหมือน|เดียว|ยาว|ยาก|ไม่|ซ้ำ)")


def helped_name_text(text: str) -> str | None:
    """The text after "<kin or friend> ชื่อ" that opens the message, for one known to write
    for someone else, whose name answers the name question (dev33: a friend writing for a
    released man); None when the message does not open so."""
    opened = _HELPED_NAMED.match(text)
    return text[opened.end():] if opened and text[opened.end():].strip() else None


# the one to call named, then their name ("ติดต่อผัวหนูเลยค่ะ ชื่อวุฒิ 09...", dev58: a wife at
# home for a husband stuck at the airport): the name said after is whom the officer calls
_CALL_THEM = re.compile(r"\s*(?:ช่วย)?(?:ติดต่อ|โทรหา|โทรไปหา)(?:ที่)?\s*(?:"
                        + "|".join(sorted(KIN | {"ผัว", "เมีย"}, key=len, reverse=True))
                        + r")(?:ของ)?(?:หนู|ผม|ฉัน|ดิฉัน|เรา)?\s*(?:เลย|ได้|โดยตรง)?\s*"
                        r"(?:ค่ะ|ครับ|คะ|คับ|นะ|จ้า)*\s*(?:เขา|เค้า)?ชื่อ\s*(?!เหมือน|บัญชี|อะไร|ไม่|นามสกุล)")


def called_name_text(text: str) -> str | None:
    """The text after "contact <kin>, name" that opens the answer to the name question."""
    opened = _CALL_THEM.match(text)
    return text[opened.end():] if opened and text[opened.end():].strip() else None
