"""Thai numbers (digits, Thai digits, words) and head counts; the shared text cleaner.

Everything here is pure and cheap: patterns are compiled at import, and `clean_text`
is a fast stand-in for `knowledge.normalize.clean` (PyThaiNLP's `normalize` costs
about 10 ms on a 5,000-character message, too much for a per-message parser).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dialogs.romanised import thai_from_latin
from dialogs.slang import particles_spelt
from dialogs.toneless import tone_marks_put_back

__all__ = ["CAN_IT", "NOT_PEOPLE_AFTER", "NOT_PEOPLE_BEFORE", "NumberMatch",
           "clean_text", "find_numbers", "negations_fixed", "parse_count", "parse_thai_number"]

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_DIGIT = re.compile("[๐-๙]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Above/below vowels, tone marks and signs: typed twice by accident (ใช่่่).
_REPEATED_MARK = re.compile("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\\1+")
_REPEATS = re.compile(r"([^\d\s])\1{2,}")  # ค่าาาา -> ค่า, digits are kept
_LAUGH = re.compile(r"(?<!\d)5{3,}(?!\d)")  # 555 = laughter
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # 1,200 -> 1200
# จ. อ. ต. (province, district, sub-district) unless the letter ends a word (ใจ.)
_ABBREV = re.compile("(?<![\u0e01-\u0e2e\u0e40-\u0e44])([จอต]|จว)\\.")
_ABBREV_WORDS = {"จ": "จังหวัด", "จว": "จังหวัด", "อ": "อำเภอ", "ต": "ตำบล"}
_NOT_WORD = re.compile(r"[^0-9a-z\u0e01-\u0e4f\u0e5a\u0e5b]+")
_MAI_YAMOK = "\u0e46"

# a polite particle or Northern/Isan/Southern ending: "ค่ะ", "ครับผม", "เด้อ", "หนิ"
PARTICLE = r"(?:ครับผม|นะคะ|นะครับ|ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ|นะ|ฮะ|เจ้า|หนิ|เด้อ|เน้อ)"

# "101" for ร้อยเอ็ด (voice typing, and its nickname) where a home or a province is said
# ("กลับบ้าน101", "จ.101"); never a sum, a count or a house number ("กลับบ้าน 101 หมู่ 5")
# (never a fare, a round trip, a distance, an address: "ค่ารถกลับ 101", "บ้านที่ 101 ต.นาโพธิ์")
_ROI_ET = re.compile(r"(?<!ค่ารถ)(?<!ค่าตั๋ว)(?<!ไป)(?<!ขา)(กลับบ้าน|กลับ|จังหวัด|บ้านที่(?=\s?101\s?"
                     r"(?:$|ค่ะ|ครับ|คับ|จ้า|นะ|เด้อ)))\s?101(?![\d/.])(?!\s?(?:บาท|คน|หมู่|ม\.|ถนน|ถ\."
                     r"|ซอย|ตำบล|อำเภอ|จังหวัด|กิโล|โล|กม|km|รอบ|ที่นั่ง|ใบ))")
# Isan's "can it?" before more words (dev67): said as "ได้ไหม" ("ได้บ่? ด่วนมาก" too)
CAN_IT = re.compile(r"ได้บ่(?=\s|[?,!])")


@lru_cache(maxsize=512)  # (a message is cleaned by many readers: once is enough)
def clean_text(text: str) -> str:
    """Lower case, Thai typed in Latin letters to Thai script (dialogs.romanised), Thai
    digits to Arabic, zero-width characters out, เเ -> แ,
    repeated letters and marks collapsed, laughter and punctuation turned into
    single spaces, จ./อ./ต. spelled out. Spaces are kept (single)."""
    text = thai_from_latin(_ZERO_WIDTH.sub("", text)).lower()  # (names kept: dialogs.romanised)
    if _THAI_DIGIT.search(text):
        text = text.translate(THAI_DIGITS)
    text = text.replace("\u0e40\u0e40", "\u0e41").replace("\u0e4d\u0e32", "\u0e33")
    text = _REPEATED_MARK.sub(r"\1", text)
    text = _REPEATS.sub(r"\1", text)
    text = particles_spelt(_LAUGH.sub(" ", text))
    text = _THOUSANDS.sub("", text)
    text = _ABBREV.sub(lambda m: _ABBREV_WORDS[m.group(1)] + " ", text)
    text = text.replace(_MAI_YAMOK, " " + _MAI_YAMOK + " ")
    if "ได้บ่" in text:
        text = CAN_IT.sub("ได้ไหม", text)  # "เหมารถได้บ่ ด่วน" asks, and denies nothing after
    if "101" in text:
        text = _ROI_ET.sub(r"\1ร้อยเอ็ด", text)  # "จะกลับบ้าน101" (dev72): voice typing
    text = tone_marks_put_back(_TONELESS_NOT.sub("ไม่", text))  # "ไมรูจะนอนไหน" (dev44, dev97)
    text = _HAVE_AS_BEAR.sub("มี", text)
    return _NOT_WORD.sub(" ", text).strip()


# "ไม่" typed with no tone mark, before the words it denies most ("ไมหมีคะ", "ไมได้",
# "ไมรู"); never "ทำไม" (why), "ไมค์", "ไมล์"; and "หมี" typed for มี after a no ("ไม่หมี")
# (never "ไหม" typed so after what is asked for: "มีที่พักให้ไมมีลูกเล็กด้วย")
_TONELESS_NOT = re.compile(r"(?<!ทำ)(?<!ทํา)(?<!ให้)(?<!ได้)(?<!เอา)(?<!ขน)(?<!บ้าน)"
                           r"ไม(?=ได้|ได|รู้|รู|มี|หมี|ใช่|ใช|เอา|พอ|ไหว|ด่วน|ดวน|ต้อง|ตอง"
                           r"|เป็น|เปน|ค่อย|คอย|เคย|ยินยอม|สะดวก|ไป|มา|อยาก)")
_HAVE_AS_BEAR = re.compile(r"(?<=ไม่)หมี|(?<=บ่)หมี")  # "ไม่หมีค่ารถ", "บ่หมีตังค์" (dev43)
# southern "หม้าย" for ไม่ ("หม้ายมีตังค์", "หม้ายได้กินข้าว"), never a widow ("แม่หม้ายมีลูก")
# "ไม่มี" mistyped: "ม่มี" (never "แม่มี", "ใหม่มี"), "มะมี" (never "ธรรมะมี"), "ไม่มค่ารถ"
# (a missing vowel, only before what is had or lacked: never "ไม่มอง"), "ไม่มัี"
_NOT_HAVE_TYPO = re.compile(r"(?<![ไใแโเห])ม่มี|(?<!ร)มะมี(?![่้])|ไม่มัี"
                            r"|ไม่ม(?=ค่า|เงิน|ตัง|ที่|บ้าน|ข้าว|งาน|บัตร|อะไร|ใคร|คน)")
# (and "ม่าย", "หม่าย": "ม่ายมีตังค์", "ม่ายได้เดือดร้อนไหร่"; never "แม่ม่าย", "เป็นม่าย")
_SOUTHERN_NOT = re.compile(r"(?<!แม่)(?<!พ่อ)(?<!เป็น)(?<!คน)(?<!ชาย)(?<!หญิง)(?<!ผัว)(?<!เมีย)"
                           r"(?:หม้าย|หม่าย|(?<!ห)ม่าย)(?=\s?(?:มี|ได้|ไหว|พอ|รู้|เอา|ใช่|ต้อง|เคย|ค่อย"
                           r"|เดือดร้อน|ลำบาก|ด่วน|รีบ|ไป|กลับ|หลบ))")


_NORTHERN_NOT_SO = re.compile(r"บ่(?:ใจ้|ใจ่|แม่น)")  # northern "บ่ใจ้", Isan "บ่แม่น": ไม่ใช่
# northern and Isan "บ่ได้" is "ไม่ได้" ("เฒ่าแล้ว แต่บ่ได้ป่วยไข้": not sick)
_NOT_DID = re.compile(r"บ่ได้")
# southern "หลบ" (go back: "อยากหลบบ้านที่สุราษฎร์", "ไม่มีค่ารถหลบบ้าน"); never hiding
# ("หลบหน้า", "หลบหนี", "หลบภัย", "หลบซ่อน", "หลบอยู่")
# and northern "ปิ๊ก" ("ปิ๊กแพร่", "ปิ๊กบ้าน")
_SOUTHERN_GO_BACK = re.compile(r"(?:ปิ๊ก|ป๊ิก)(?!อัพ|อั๊พ|อัป|ๆ)|หลบ(?=บ้าน)|(?<=อยาก)หลบ"
                               r"(?!ไป|หน้า|หนี|ภัย|ซ่อน|อยู่|ตัว|มุม)")
# "ไม่ถึงกับไม่มีที่นอน" (not so far as to have nowhere to sleep): has one; "ไม่ถึงกับอดข้าว":
# does not go hungry (dev42: read as no shelter, and urgent)
_SO_FAR = r"(?:ไม่|บ่|ยังไม่)(?:ได้)?(?:ถึง|ถึงขั้น|ถึงขนาด)"
_NOT_SO_FAR = ((re.compile(_SO_FAR + r"(?:กับ|ขั้น|ขนาด)(?:ว่า)?\s?(?:ไม่|บ่)มี"
                           r"(?=(?:ที่(?:นอน|พัก|อยู่|ซุกหัว)|บ่อนนอน|ห้อง|(?:ข้าว|อะไร|อาหาร)?(?:จะ)?กิน)"
                           r"(?!.{0,40}?แต่))"),
                "มี"),
               (re.compile(_SO_FAR + r"(?:กับ|ขั้น|ขนาด)(?:ว่า)?\s?(?=อด|นอน|หิว|ขาด)"
                           r"(?!ไม่|บ่)"), "ไม่"))
# voice-to-text slips for family words: "ลูกเหล็ก" (ลูกเล็ก), "กับเมื่อ" (กับเมีย) after
# "with"/"and"/"me" (never "เมื่อวาน", "เมื่อก่อน", "เมื่อไหร่": "when")
_VOICE = ((re.compile(r"(?<=ลูก)(?:คน)?เหล็ก"), "เล็ก"),
          (re.compile(r"(?:(?<=กับ)|(?<=และ)|(?<=ผม))เมื่อ(?=และ|แล้วก็|กับ|ลูก|ด้วย|\s|$)"), "เมีย"),
          # northern "ก่" (ก็) and "ตี้" (ที่): "เมื่อคืนก่นอนตี้ขนส่งเจ้า" (dev43); never
          # a syllable of another word: "แก่", "เก่า", "ก่อน", "ปาร์ตี้", "เตี้ย"
          (re.compile(r"(?<![เแโใไ])ก่(?![อาำะิีึืุูั็่้๊๋])"), "ก็"),
          (re.compile(r"(?:(?<=นอน)|(?<=อยู่)|(?<=ไป)|(?<=มา)|(?<=พัก)|(?<=ก็)|(?<=แถว)|(?<=^))ตี้"
                      r"(?=[ก-ฮ])"), "ที่"),
          # northern ให้ ("เถ้าแก่หื้อออกจากห้องพัก", dev61: its "ออ" and ออก's were collapsed)
          (re.compile(r"หื้อก(?=จาก|ไป|มา)"), "ให้ออก"), (re.compile(r"หื้อ"), "ให้"),
          # the bus or its fare spelt by sound ("ยายไม่มีค่ารด", dev59): never watering ("รดน้ำ")
          (re.compile(r"(?:(?<=ค่า)|(?<=ขึ้น)|(?<=นั่ง)|(?<=ตก))รด(?!น้ำ|ต้นไม้)"), "รถ"),
          (re.compile(r"สูญหาย"), "หาย"))  # lost, formally ("บัตรประชาชนสูญหาย", dev91)


# Isan "กะ" (ก็) before what it leads: "เงินกะหมดแล้ว กลับบ้านบ่ได้" (dev44); never a
# syllable of another word ("แกะ", "กะทิ", "กะปิ"), "with" ("อยู่กะแม่"), a shift ("เข้ากะดึก"),
# a plan ("กะว่า")
_ISAN_TOO = re.compile(r"(?<![เแโใไ])(?<=[ก-ฮ่้])กะ(?=\s?(?:บ่|ไม่|ยัง|หมด|มี|เลย|ต้อง|ได้))")
_TONELESS_STAY = re.compile(r"อยู(?![ุู่้๊๋]|ธยา)")  # (never อยุธยา typed "อยูธยา")


@lru_cache(maxsize=512)
def negations_fixed(cleaned: str) -> str:
    """Cleaned text with "ไม่" and "ไม่มี" typed otherwise spelled out, "อยุ่" (อยู่),
    and the family words a voice typing gets wrong ("ลูกเหล็ก", "ผมกับเมื่อ")."""
    cleaned = _ISAN_TOO.sub("ก็", cleaned)
    cleaned = _SOUTHERN_NOT.sub("ไม่", cleaned).replace("อยุ่", "อยู่")
    cleaned = _NORTHERN_NOT_SO.sub("ไม่ใช่", cleaned)  # "อ้าว บ่ใจ้ 4 คนเจ้า" (dev75)
    cleaned = _TONELESS_STAY.sub("อยู่", cleaned)  # "บัตรยังอยูคะ" (dev44)
    cleaned = _NOT_DID.sub("ไม่ได้", cleaned)
    for so_far, said in _NOT_SO_FAR:
        cleaned = so_far.sub(said, cleaned)
    for slip, word in _VOICE:
        cleaned = slip.sub(word, cleaned)
    cleaned = _SOUTHERN_GO_BACK.sub("กลับ", cleaned)
    return _NOT_HAVE_TYPO.sub("ไม่มี", cleaned)


_UNITS = {"หนึ่ง": 1, "นึง": 1, "เอ็ด": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5,
          "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
_MULTIPLIERS = {"ยี่สิบ": 20, "สิบ": 10, "ร้อย": 100, "พัน": 1000, "หมื่น": 10_000,
                "แสน": 100_000, "ล้าน": 1_000_000}
# Guards keep ordinary words out: สามี สามารถ ห้าง ห้าม สี่แยก หกล้ม เก้าอี้ สองแถว
# เรียบร้อย พันธุ์ ล้านนา แปดริ้ว.
_TOKEN = re.compile(
    r"(?P<digits>\d+)"
    r"|(?P<word>ยี่สิบ|สิบ|(?<!เรียบ)ร้อย|พัน(?![ธ])|หมื่น|แสน|ล้าน(?!นา)|หนึ่ง|นึง|เอ็ด"
    r"|สอง(?!แถว)|สาม(?![ีา])|สี่(?!แยก|เหลี่ยม)|ห้า(?![งมว])|หก(?!ล้ม)|เจ็ด|แปด(?!ริ้ว)"
    r"|เก้า(?!อี้))"
)
_BARE_BIG = frozenset({"ร้อย", "พัน", "หมื่น", "แสน", "ล้าน"})


@dataclass(frozen=True)
class NumberMatch:
    value: int
    start: int
    end: int


def _evaluate(words: list[tuple[str, int | None]]) -> int | None:
    """Value of one run of tokens: (word, None) for a Thai word, ("", n) for digits."""
    total = section = 0
    pending: int | None = None
    last_mult = 0
    pending_is_word = False
    for word, digits in words:
        if digits is not None or word in _UNITS:
            if pending is not None or (word == "เอ็ด" and last_mult == 0):
                return None
            pending = digits if digits is not None else _UNITS[word]
            pending_is_word = digits is None
            continue
        mult = _MULTIPLIERS[word]
        if mult == 20:
            if pending is not None:
                return None
            section, last_mult = section + 20, 10
        elif mult < 1_000_000:
            section += (1 if pending is None else pending) * mult
            last_mult = mult
        else:
            block = section + (pending or 0)
            total = (total + (block or (0 if total else 1))) * mult
            section, last_mult = 0, mult
        pending = None
    if pending is not None and pending_is_word and last_mult >= 1000:
        pending *= last_mult // 10  # colloquial: พันห้า = 1,500, แสนสอง = 120,000
    return total + section + (pending or 0)


def find_numbers(cleaned: str) -> list[NumberMatch]:
    """Every number in already cleaned text, in order. Word tokens separated only by
    spaces join ("สาม สิบ" = 30); digits never join other digits. A bare ร้อย/พัน/...
    counts only when it is the whole text (แสนลำบาก is not 100,000)."""
    out: list[NumberMatch] = []
    run: list[tuple[str, int | None]] = []
    start = end = 0

    def flush() -> None:
        if not run:
            return
        if len(run) == 1 and run[0][0] in _BARE_BIG and cleaned.strip() != run[0][0]:
            return
        value = _evaluate(run)
        if value is not None:
            out.append(NumberMatch(value, start, end))

    for m in _TOKEN.finditer(cleaned):
        is_digits = m.group("digits") is not None
        joins = bool(run) and not cleaned[end:m.start()].strip() and not is_digits
        if joins and run[-1][1] is not None and m.group("word") in _UNITS:
            joins = False  # "3 สอง" is two numbers
        if not joins:
            flush()
            run = []
            start = m.start()
        if is_digits:
            run.append(("", int(m.group("digits"))))
        else:
            run.append((m.group("word"), None))
        end = m.end()
    flush()
    return out


def parse_thai_number(text: str) -> int | None:
    """The first number in `text`: "๓" -> 3, "ยี่สิบเอ็ด" -> 21, "สองพันห้าร้อย" -> 2500,
    "1,200" -> 1200, "ศูนย์" -> 0. None when there is none."""
    cleaned = clean_text(text)
    if cleaned == "ศูนย์":
        return 0
    found = find_numbers(cleaned)
    return found[0].value if found else None


MAX_PEOPLE = 50
_ALONE = re.compile(r"(?<!ลูก)(?:คน|ผู้)เดียว(?!\s?ไม่)|คน\s?(?:หนึ่ง|นึง)(?!\s?ไม่)"
                    r"|\b(?:just|only)\s(?:me|myself)\b|\bby\smyself\b|\bone\sperson\b"
                    r"|\b(?:i\sam|i'?m|travel(?:l?ing)?|going)\salone\b|^alone$")  # in English too
_PEOPLE_AFTER = re.compile(r"\s?(?:คน|ท่าน|ราย|ชีวิต|people\b|persons?\b)")
NOT_PEOPLE_AFTER = re.compile(
    r"\s?(?:ขวบ|ปี|เดือน|วัน|บาท|โมง|นาที|ชั่วโมง|ชม|กิโล|กม|km|เมตร|ครั้ง|ทุ่ม|คืน|ตัง"
    r"|สตางค์|อาทิตย์|สัปดาห์|เที่ยว|ใบ|ชิ้น|หลัง|ห้อง|โล|kg)")
# (and a span before "นึง"/"หนึ่ง": "ได้อีกอาทิตย์นึง", "สักคืนหนึ่ง" are a week, a night)
NOT_PEOPLE_BEFORE = re.compile(r"(?:อายุ|เบอร์|เลข|เลขที่|ที่|ซอย|หมู่|ม)\s?$"
                                r"|(?:อาทิตย์|สัปดาห์|เดือน|วัน|คืน|ปี|ชั่วโมง|ครั้ง|ที|บาท|เที่ยว)$")


_GROUP_BEFORE = re.compile(r"(?:ผู้ใหญ่|เด็ก(?:เล็ก)?|คนแก่|ผู้สูงอายุ)\s?$")
_GROUP_AFTER = re.compile(r"\s?(?:คน)?(?:ผู้ใหญ่|เด็ก|คนแก่|ผู้สูงอายุ)")


def _groups_total(cleaned: str, numbers: list[NumberMatch]) -> int | None:
    """"ผู้ใหญ่ 2 เด็ก 1", "2 ผู้ใหญ่ 1 เด็ก": the people of two or more groups, added up."""
    counted = [n.value for n in numbers if not NOT_PEOPLE_AFTER.match(cleaned, n.end) and (
        _GROUP_BEFORE.search(cleaned, 0, n.start) or _GROUP_AFTER.match(cleaned, n.end))]
    return sum(counted) if len(counted) >= 2 else None


def count_groups(text: str) -> int | None:
    """People counted by group ("ผู้ใหญ่ 2 เด็ก 1": 3), or None."""
    cleaned = clean_text(text)
    total = _groups_total(cleaned, find_numbers(cleaned))
    return total if total is not None and 1 <= total <= MAX_PEOPLE else None


def parse_count(text: str) -> int | None:
    """A number of people, 1..50: "3", "๓", "สาม", "3 คน", "ไปกันสามคน", "คนเดียว",
    "สองคนแม่ลูก" -> 2. A number followed by คน/ท่าน wins over a bare one; ages,
    money and times are not counts. None if absent or out of range."""
    cleaned = clean_text(text)
    numbers = find_numbers(cleaned)
    total = _groups_total(cleaned, numbers)
    if total is not None:
        return total if 1 <= total <= MAX_PEOPLE else None
    for n in numbers:
        if _PEOPLE_AFTER.match(cleaned, n.end):
            return n.value if 1 <= n.value <= MAX_PEOPLE else None
    if _ALONE.search(cleaned):
        return 1
    for n in numbers:
        if NOT_PEOPLE_AFTER.match(cleaned, n.end) or NOT_PEOPLE_BEFORE.search(
                cleaned, 0, n.start):
            continue
        return n.value if 1 <= n.value <= MAX_PEOPLE else None
    return None
