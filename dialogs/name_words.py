"""Word lists for reading a name (dialogs.names): where a name stops, what never starts
or is in one, keyboard mash; and where a fix of the name says the right one."""

from __future__ import annotations

import dataclasses
import re

from dialogs.needs import parse_needs
from dialogs.parse import facts_of, find_provinces, parse_yes_no
from dialogs.provinces import thai_dictionary
from dialogs.words import chunks

__all__ = ["AFTER_NAME", "CONFIRMS", "ENGLISH_CUE", "HAD", "LETTER", "MASH", "NAME_STARTS",
           "NEVER_FIRST", "NEVER_IN", "NOT_NAMES_EN", "STARTERS", "VERBS", "asks_of_name",
           "fixed_part", "found_words", "from_name_start", "mashed", "refused_before",
           "starter_cut", "syllables_only", "tells", "without_spelling", "yes_like_surname"]

_SURNAME = "นามสกุล"
# Words that start the rest of a sentence ("มาลีอยู่ชลบุรี", "แพรวพึ่งถูกช่วยออกมา": พึ่ง is
# the common spelling of เพิ่ง, "just"); at the end of a name they are part of it ("บุญมี").
STARTERS = frozenset({
    "อยู่", "จาก", "เป็น", "ไม่", "มี", "อายุ", "ตอนนี้", "บ้าน", "จะ", "กลับ", "และ", "กับ",
    "แต่", "อะไร", "ไหม", "มั้ย", "ที่", "เพิ่ง", "พึ่ง", "ไม่มี", "อยาก", "ขอ", "ช่วย", "ด้วย", _SURNAME,
    "ทำงาน", "เดินทาง",  # "ผมชื่อเอกชัยทำงานโรงงาน..." (dev45)
    "ที่จะ", "ซึ่ง"})  # a relative clause: "ชื่อสมชายที่จะกลับบ้าน"
# a name may start like a word ("จะหวะ", "อยู่เย็น"), never like a verb ("จะกลับ")
NAME_STARTS = frozenset({"จะ", "อยู่", "มี"})
# what one has or where one stays, never a surname's second half ("มีตังค์", "อยู่ห้อง")
HAD = frozenset({"ตังค์", "สตางค์", "ตัง", "ข้าว", "รถ", "ห้อง", "หนี้", "ไข้", "โรค", "แต่", "อยู่",
                 "ที่พัก", "คนเดียว", "บัตรประชาชน", "โทรศัพท์", "มือถือ",
                 "หมา", "แมว", "ของ", "แผล", "ตั๋ว", "แบต", "เน็ต"})  # ("ดามีแมว": ดา)
# what follows a full name in a story ("ชื่อสมพงษ์ บุตรวงศ์ อายุ34", "ซารีนา หมัดอะหลี ค่ะ
# อายุ 24"): the chunk before it is a surname
AFTER_NAME = frozenset({"อายุ", "มาจาก", "จาก", "เบอร์", "โทร", "เบอร์โทร", "เบอร์โทรศัพท์"})
VERBS = frozenset({"ไป", "มา", "กลับ", "ทำ", "ให้", "บอก", "ส่ง", "โทร", "รอ", "หา", "ถาม", "ตอบ",
                   "ขอ", "เอา", "ได้", "ลอง", "พิมพ์", "แจ้ง", "ใช้", "เดินทาง", "ออก", "ถึง",
                   "นอน", "กิน", "ช่วย", "ว่า", "พา", "ย้าย", "หยุด", "เลิก", "แก้", "คิด", "ดู",
                   "ต้อง", "เข้า", "ขึ้น", "ลง", "ไหน", "ที่ไหน", "แล้ว", "อะไร", "ปัญหา",
                   "เงิน", "งาน", "ลูก", "บัตร", "เบอร์", "คน", "ค่า", "ทาง", "ญาติ",
                   # "จะรีบค่ะ", "จะลองดูค่ะ": what one will do, no name
                   "รีบ", "ลองดู", "พยายาม", "ตาม", "เล่า", "เช็ค", "คุย", "อธิบาย", "เปลี่ยน",
                   "ตัดสินใจ", "จ่าย", "ซื้อ", "เก็บ", "เตรียม", "ไม่", "ยัง", "เป็น", "อยู่"})
# Never the first word of a name: fillers, "wait", "huh", verbs a chat opens with
# ("เดี๋ยวขอหาเบอร์ก่อน", "อ๋อค่ะ", "ใช้เบอร์เพื่อน").
NEVER_FIRST = frozenset({
    "เดี๋ยว", "งง", "อ๋อ", "อ้อ", "เอ่อ", "อืม", "เออ", "หือ", "ห๊ะ", "ห้ะ", "ฮะ", "ใช้", "ขอโทษ",
    "ช่วยด้วย",  # a plea ("ชื่อมาลี ช่วยด้วย ค่ะ")
    "กลัว",  # a fear ("ขอไม่บอกชื่อจริงได้ไหม กลัวมันรู้": no name)
    "ขอบคุณ", "ขอบใจ", "สวัสดี", "ใคร", "ทำไม", "ยังไง", "อย่างไร", "ไหน", "ก่อน", "ชื่อ",
    "ชื่อเล่น", "ชื่อจริง", "เรียก", "ลืม", "ยัง", "ต้อง", "ถาม", "ตอบ", "บอก", "เข้าใจ", "ตกลง",
    "โอเค", "ok", "okay", "ส่งเลย", "ถูกต้อง", "แก้", "แก้ไข", "อะไร", "เอา", "my", "name",
    "hello", "hi", "thanks", "thank", "ยืม", "ฝาก", "โทร", "โทรหา", "ติดต่อ", "เบอร์",
    "อย่า", "ห้าม", "กรุณา", "โปรด", "รบกวน",  # "อย่าโทรเบอร์เดิมนะคะ": a request
    # a line of the summary said wrong ("จำนวนคนผิดค่ะ ที่ถูกคือ 4 คน")
    "จำนวน", "จังหวัด", "ข้อมูล"})
# Never in a name at all: waiting, the phone, what a sticker or a picture shows as text
# ("รอแป๊บนะคะ", "โทรศัพท์หายค่ะ", "[สติกเกอร์]").
NEVER_IN = frozenset({
    "แป๊บ", "แปป", "สักครู่", "ก่อน", "ชื่อ", "ชื่อเล่น", "ชื่อจริง", "โทรศัพท์", "มือถือ", "เบอร์",
    "ผิด",  # a line of the summary said wrong ("จำนวนคนผิดค่ะ", "บ้านผิด")
    "แค่", "เท่านั้น",  # a count fixed ("คนไปแค่๒คนครับ", "ไปแค่ 2 คน")
    "สติกเกอร์", "สติ๊กเกอร์", "sticker",
    "รูปภาพ", "photo", "image", "video", "วิดีโอ", "คลิป", "ไฟล์", "file", "emoji", "อิโมจิ"})
# Keyboard mash: four keys in a row of the Thai Kedmanee layout ("ฟหกด", "ๅ/-ภ"); no
# Thai name or dictionary word holds such a run.
_KEY_ROWS = ("ๅ/-ภถุึคตจขช", "ๆไำพะัีรนยบลฃ", "ฟหกดเ้่าสวง", "ผปแอิืทมใฝ",
             "qwertyuiop", "asdfghjkl", "zxcvbnm")
MASH = frozenset(row[i:i + 4] for r in _KEY_ROWS for row in (r, r[::-1])
                 for i in range(len(row) - 3))
LETTER = re.compile(r"[a-z\u0e01-\u0e2e]", re.IGNORECASE)  # a Latin or a Thai consonant


def starter_cut(token: str, following: str) -> bool:
    """Whether `token` begins a word that starts the rest of a sentence, cut off by the
    tokeniser joining its end to the next word ("ทำ|งานก่อสร้าง": ทำงาน), or one of its
    longer words joined to more ("ทำงานบ้าน", "เดินทางไกล")."""
    joined = token + following
    return any((len(s) > len(token) and s.startswith(token) and joined.startswith(s)
                and bool(following)) or (len(s) >= 5 and len(token) > len(s)
                                         and token.startswith(s))
               for s in STARTERS - NAME_STARTS)


def syllables_only(tokens: tuple[str, ...], particles: frozenset[str]) -> bool:
    """Whether the words up to a particle or a number are short syllables, more than
    three, one of them no Thai word at all: a name the tokeniser does not know, cut into
    its syllables ("อับ|ดุล|รอ|แม", "ตู|แว|ดา|นี|ยา"), one name however many they are
    (never "รอ" waiting in it); not words ("แดง|นอน|ข้าง|ถนน")."""
    core: list[str] = []
    for token in tokens:
        if token in particles or any(ch.isdigit() for ch in token):
            break
        core.append(token)
    return 3 < len(core) <= 6 and all(len(w) <= 4 and w not in STARTERS for w in core) and (
        any(w not in thai_dictionary() for w in core)) and (
        len(tokens) == len(core) or tokens[len(core)] in particles
        or any(ch.isdigit() for ch in tokens[len(core)]))


def found_words(rest: list[str], found: str) -> list[str]:
    """The leading words of `rest` that make up `found`."""
    out: list[str] = []
    for word in rest:
        if len("".join(out)) >= len(found):
            break
        out.append(word)
    return out


def mashed(text: str) -> bool:
    """Keys hit in a row ("ฟหกด", "asdf"), or too few letters to be a name ("ๅ ภ")."""
    raw = text.replace(" ", "").lower()
    if any(raw[i:i + 4] in MASH for i in range(len(raw) - 3)):
        return True
    return any(len(part) < 2 or not LETTER.search(part) for part in text.split(" "))

# "my name is John", "I'm Mary", "call me Tom"
ENGLISH_CUE = re.compile(
    r"\b(?:my name is|name is|(i am|i'm|im)|call me)\s+([a-z][a-z'-]{1,29})\b", re.IGNORECASE)
# after "I am" / "I'm", what one is rather than one's name ("I am Thai", "I'm stuck")
NOT_NAMES_EN = frozenset({
    "thai", "german", "english", "american", "british", "french", "chinese", "russian",
    "burmese", "lao", "laotian", "cambodian", "vietnamese", "a", "an", "the", "not", "from",
    "in", "at", "here", "there", "stuck", "lost", "sick", "ill", "homeless", "tourist",
    "foreigner", "sorry", "fine", "ok", "okay", "going", "trying", "looking", "sleeping",
    "staying", "alone", "with", "pregnant", "disabled", "old", "hungry", "broke", "so",
    "very", "really", "still", "now", "currently", "just", "only", "writing", "typing",
    "calling", "asking", "unemployed", "injured", "afraid", "scared", "on", "living", "working"})

# a northern elder's title ("แม่หม่อนจันทร์ฟอง", "ป้ออุ๊ยแก้ว": grandmother, grandfather)
_ELDER = (frozenset({"แม่", "ป้อ", "พ่อ"}), frozenset({"หม่อน", "อุ๊ย", "อุ้ย"}))


def from_name_start(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words from where a name starts: without a leading northern elder's title,
    which is no part of it and would leave the name too many words ("แม่หม่อนจันทร์ฟอง"
    -> จันทร์ฟอง); none when the first word never starts a name ("เดี๋ยว", "จำนวน")."""
    if len(tokens) > 2 and tokens[0] in _ELDER[0] and tokens[1] in _ELDER[1]:
        tokens = tokens[2:]
    return () if tokens and tokens[0] in NEVER_FIRST else tokens


# a name said wrong: "ชื่อผิด", "นามสกุลผิดครับ", "ชื่อพิมพ์ผิด", "นามสกุลไม่ถูก"; then the right
# one after "(ต้อง)เป็น" or "(ที่ถูก)คือ"; up to "ไม่ใช่/บ่ใช่ ..." or "พิมพ์ผิด" (the wrong one)
_NAME_WORDS = frozenset({"ชื่อ", "ชื่อจริง", "นามสกุล", "สกุล"})
_RIGHT_CUE = frozenset({"เป็น", "คือ"})
# between the name and "ผิด": the writer's own ("ชื่อผมพิมพ์ผิด", "นามสกุลที่ให้ไว้ผิด")
_BETWEEN = frozenset({"พิมพ์", "สะกด", "ของ", "ผม", "หนู", "ฉัน", "ดิฉัน", "เรา", "กระผม", "ที่",
                      "ให้", "ไว้", "ให้ไว้", "ตรง", "มัน", "ก็", "ครับ", "ค่ะ", "คะ", "นะ", "เจ้า",
                      "จ้า", "นิดหน่อย", "นิดนึง", "หน่อย"})
_LEAD = frozenset({"ต้อง", "ที่", "ถูก", "ถูกต้อง", "คือ", "เป็น", "ชื่อ", "นามสกุล", "ว่า"})


# whose name, once the request is sent ("ชื่อพ่อพิมพ์ผิดค่ะ": the name in it is the one one
# wrote for); "พ่อพิมพ์", "แม่พิมพ์" are cut as one word (a mould)
_KIN_WORDS = frozenset({"พ่อ", "แม่", "ตา", "ยาย", "ปู่", "ย่า", "ลุง", "ป้า", "น้า", "อา", "พี่", "น้อง",
                        "ลูก", "หลาน", "แฟน", "สามี", "ภรรยา", "ผัว", "เมีย", "พ่อพิมพ์", "แม่พิมพ์"})


def _said_wrong(tokens: list[str], i: int, kin: bool = False) -> bool:
    """Whether the name word at `i` is said wrong ("ชื่อผิด", "นามสกุลไม่ถูก", "ชื่อ
    พิมพ์ผิด", "ขอแก้ชื่อ") or its right form follows ("ชื่อที่ถูกคือ"); with `kin`,
    also a kin's name ("ชื่อพ่อพิมพ์ผิด"), else someone else's ("ชื่อแม่ผิด")."""
    between = _BETWEEN | _KIN_WORDS if kin else _BETWEEN
    near = tokens[i + 1:i + 4]
    wrong = next((k for k, w in enumerate(near) if w in ("ผิด", "ไม่ถูก")), -1)
    if wrong >= 0 and all(w in between for w in near[:wrong]):  # not "ชื่อแม่ผิด"
        return True
    return (tokens[i + 1:i + 3] in (["ไม่", "ถูก"], ["ที่", "ถูก"], ["ที่", "ถูกต้อง"])
            or tokens[i - 1:i] in (["แก้"], ["เปลี่ยน"]))


# the rest of the name is right: "นอกนั้นถูกแล้ว", "ที่เหลือถูก", "ชื่อถูกแล้ว"
_REST_RIGHT = frozenset({"นอกนั้น", "ที่เหลือ", "อย่างอื่น", "ส่วนอื่น"})


def _wrong_from(tokens: list[str], at: int) -> int:
    """Where the right name stops: at "ไม่ใช่ Y", "บ่ใช่ Y", "พิมพ์ผิด", "ผิด"."""
    for i in range(at, len(tokens)):
        if tokens[i] in ("ไม่", "บ่", "มิ") and tokens[i + 1:i + 2] == ["ใช่"]:
            return i
        if tokens[i] in ("ไม่ใช่", "บ่ใช่", "ผิด") or tokens[i:i + 2] == ["พิมพ์", "ผิด"]:
            return i
        if tokens[i] in _REST_RIGHT:  # "ที่ถูกคือ ศรีบุญเรือง นอกนั้นถูกแล้วค่ะ"
            return i
        if tokens[i] in _PHONE or tokens[i][:1].isdigit() or (  # "... เบอร์ใหม่ 089..."
                tokens[i] in _AND and tokens[i + 1:i + 2] and tokens[i + 1] in _PHONE):
            return i
    return len(tokens)


# the phone said next, after the right name: "ที่ถูกคือ ศรีบุญเรือง (ส่วน)เบอร์ใหม่ 089..."
# (never "ส่วน" alone: "ส่วนสุข" is a surname)
_PHONE = frozenset({"เบอร์", "โทร", "เบอ"})
_AND = frozenset({"ส่วน", "และ", "แล้วก็"})


def fixed_part(text: str, kin: bool = False) -> tuple[str, bool] | None:
    """A fix of the name: (the text the right name is in, whether only the surname was
    said wrong), as in "ชื่อผิดเจ้า ต้องเป็น บัวแก้ว ปัญญาวงค์ บ่ใช่บัวแก่น พิมพ์ผิด" ->
    ("บัวแก้ว ปัญญาวงค์", False); None when the text fixes no name, or names no right one
    after "เป็น", "คือ" or "ที่ถูก" ("ที่ถูก สมพงศ์"). With `kin` (after sending), a kin's
    name fixed too ("ชื่อพ่อพิมพ์ผิดค่ะ ที่ถูก สมพงศ์ ศ.ศาลา ค่ะ")."""
    flat = [(n, w) for n, chunk in enumerate(chunks(without_spelling(text))) for w in chunk]
    tokens = [w for _, w in flat]
    wrong = next((i for i, w in enumerate(tokens)
                  if w in _NAME_WORDS and _said_wrong(tokens, i, kin)), None)
    if wrong is None:
        return None
    cue = next((i for i in range(wrong + 1, len(tokens)) if tokens[i] in _RIGHT_CUE
                or tokens[i - 1:i + 1] in (["ที่", "ถูก"], ["ที่", "ถูกต้อง"])), None)
    if cue is None:
        return None
    start = cue + 1
    while start < len(tokens) and tokens[start] in _LEAD:
        start += 1
    end = _wrong_from(tokens, start)
    parts: dict[int, list[str]] = {}
    for n, w in flat[start:end]:
        parts.setdefault(n, []).append(w)
    surname_only = tokens[wrong] in ("นามสกุล", "สกุล")
    return " ".join("".join(p) for p in parts.values()), surname_only


# a letter spelt out by its name, as Thai spell on the phone ("สมพงศ์ ศ.ศาลา": the last
# letter is ศ); never part of the name
_LETTER_NAMES = {
    "ก": "ไก่", "ข": "ไข่", "ค": "ควาย", "ฆ": "ระฆัง", "ง": "งู", "จ": "จาน", "ฉ": "ฉิ่ง", "ช": "ช้าง",
    "ซ": "โซ่", "ฌ": "เฌอ", "ญ": "หญิง", "ฎ": "ชฎา", "ฏ": "ปฏัก", "ฐ": "ฐาน", "ฑ": "มณโฑ",
    "ฒ": "ผู้เฒ่า", "ณ": "เณร", "ด": "เด็ก", "ต": "เต่า", "ถ": "ถุง", "ท": "ทหาร", "ธ": "ธง", "น": "หนู",
    "บ": "ใบไม้", "ป": "ปลา", "ผ": "ผึ้ง", "ฝ": "ฝา", "พ": "พาน", "ฟ": "ฟัน", "ภ": "สำเภา", "ม": "ม้า",
    "ย": "ยักษ์", "ร": "เรือ", "ล": "ลิง", "ว": "แหวน", "ศ": "ศาลา", "ษ": "ฤๅษี", "ส": "เสือ",
    "ห": "หีบ", "ฬ": "จุฬา", "อ": "อ่าง", "ฮ": "นกฮูก"}
_SPELLING = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(
    f"{c}\\s*[.]?\\s*{n}" for c, n in _LETTER_NAMES.items()) + r")(?=\s|$|ค่ะ|ครับ|คะ|นะ)")


def without_spelling(text: str) -> str:
    """The text without letters spelt out by name ("สมพงศ์ ศ.ศาลา ค่ะ" -> "สมพงศ์  ค่ะ")."""
    return _SPELLING.sub(" ", text)


# a confirmation said before the phone, never a surname however it reads ("สมชาย ถูกต้อง
# ครับ 08..."); "ดีมาก" alone is one (อนุชา ดีมาก), "ดี" alone too short to be
CONFIRMS = frozenset({"ใช่", "ถูก", "ถูกต้อง", "ตาม", "ตามนั้น", "โอเค", "ok", "ตกลง", "ได้", "ยินยอม",
                      "ยอม", "ครบ", "เรียบร้อย", "แม่น", "เออ", "ชัวร์", "เป๊ะ", "แน่นอน", "ใช่แล้ว"})
# a name one will not tell ("ไม่อยากบอกชื่อจริง", "ไม่สะดวกให้ชื่อ", "ขอไม่บอกชื่อ")
_REFUSED = re.compile(r"(?:ไม่|บ่)(?:อยาก|สะดวก|ขอ|กล้า)?(?:บอก|ให้|แจ้ง|เปิดเผย)$")


# "in the name of": "ไปกู้ใส่ชื่อผมไว้" (dev86: the name "ไว้"), "บ้านเป็นชื่อแม่", "ในชื่อผม"
# (never "ใส่ชื่อพ่อนะคะ นายสมบัติ", dev87: the name to put; nor "เป็นชื่อพ่อนะคะ นายสมบัติ",
# "ขอเป็นชื่อยายค่ะ บัวลอย", "ขอเป็นชื่อจริงคับ ธนากร" (dev46): the name asked for, opening
# the message or after a request, review 1)
_IN_NAME_OF = frozenset({"ใน", "เป็น", "โอน"})
_BORROWED = frozenset({"กู้", "ยืม", "โอน", "จด", "ซื้อ", "เช่า"})
_ASKED_FOR = frozenset({"ใส่", "ขอ", "ให้", "ลง", "ใช้", "จะ", "เอา", "ก็"})


def refused_before(before: tuple[str, ...]) -> bool:
    """The words before a cue refuse the name, or say "in the name of": no name follows
    it ("ไม่อยากบอกชื่อจริงค่ะ กลัวเขาตามเจอ เรียกหนูว่ามายด์": มายด์, not กลัวเขาตาม)."""
    return _REFUSED.search("".join(before[-4:])) is not None or (len(before) > 1 and (
        (before[-1] in _IN_NAME_OF and before[-2] not in _ASKED_FOR)
        or (before[-1] == "ใส่" and before[-2] in _BORROWED)))


def yes_like_surname(following: tuple[tuple[str, ...], ...], skip: frozenset[str]) -> str | None:
    """A surname that reads as a yes ("อนุชา ดีมาก 0956673218": ดีมาก, 'very good'), taken
    only right before the phone, never a confirmation ("สมชาย ถูกต้องครับ 08..."); `skip`:
    particles and words never in a name."""
    core = tuple(w for w in following[0] if w not in skip)
    joined = "".join(core)
    if (len(following) < 2 or not following[1][:1] or not following[1][0][:1].isdigit()
            or not 3 < len(joined) <= 30 or any(w in CONFIRMS for w in core)
            or joined in CONFIRMS or parse_yes_no(joined) is None or mashed(joined)):
        return None
    return None if any(w in NEVER_IN or w in NEVER_FIRST for w in core) else joined


# a part that asks of the name before giving it ("ต้องชื่อจริงด้วยเหรอครับ... เอกชัยครับ"):
# the name is in a later part
_ASKS = frozenset({"เหรอ", "หรอ", "ไหม", "มั้ย", "ทำไม", "หรือเปล่า", "รึเปล่า", "หรือ", "ป่ะ", "ปะ"})
_NAME_CUES = frozenset({"ชื่อ", "ชื่อจริง", "ชื่อเล่น"})


def asks_of_name(chunk: tuple[str, ...]) -> bool:
    """Whether the words of a chunk ask of the name ("ต้อง|ชื่อจริง|ด้วย|เหรอ|ครับ")."""
    return any(w in _NAME_CUES for w in chunk) and any(w in _ASKS for w in chunk)


def tells(text: str) -> bool:
    """Whether a word says a fact, a need or a province ("ตกงาน", "ชลบุรี")."""
    facts = facts_of(text)
    told = any(getattr(facts, f.name) not in (None, frozenset(), ())
               for f in dataclasses.fields(facts))
    return told or bool(parse_needs(text)) or bool(find_provinces(text))
