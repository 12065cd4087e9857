"""Who travels, told as a bare list to "how many?" ("ผม ยาย หลาน": three; "ข้อย ผัว
ลูกสาวคนโต๗ขวบ กับน้องคนเล็ก": four). Each word of the list is a person; a person
described again ("ผม ยาย หลาน ยายอายุ๘๓ หลานชาย๔ขวบ") is counted once, a bare word said
twice is two ("ผม น้อง น้อง"). Read only when the list opens the answer, the writer in it,
and nobody is taken out, in doubt or not going after it ("...แต่เมียจะอยู่ต่อ"); a person
unread in it ("แม่ผมอยู่บ้าน", "ลูกๆ", "หลาน2") leaves the count to be asked. Or told as
their ages, one after another ("๓๒ ๒๙ ๔ขวบ": three, a small child among them); and, to the
care question, people with their ages ("แม่๖๓คับ น้อง๑๙ ผม๒๓": the mother is elderly)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogs.care import KIN
from dialogs.parse_numbers import MAX_PEOPLE, PARTICLE, clean_text, parse_thai_number
from dialogs.travellers import CHILD_UNDER
from dialogs.words import words as word_list

__all__ = ["ages_told", "elder_unaged", "listed_ages", "listed_people"]

_SELF = r"ผม|กระผม|ฉัน|ฉาน|หนู|ดิฉัน|ข้อย|กู|ตัวเอง|ซาแย|ซายา"  # (ซาแย: Malay "saya")
# a pair said as one word is two ("ตายาย", "พ่อแม่"); an in-law is one ("แม่ยาย", "พ่อตา")
_PAIR_OF = {"ตายาย": ("ตา", "ยาย"), "ยายตา": ("ยาย", "ตา"), "ปู่ย่า": ("ปู่", "ย่า"),
            "ย่าปู่": ("ย่า", "ปู่"), "พ่อแม่": ("พ่อ", "แม่"), "แม่พ่อ": ("แม่", "พ่อ")}
_PAIRS = "|".join(_PAIR_OF)
# the family words of dialogs.care, in-laws and elders' own names before them, and more
_KIN = (r"(?:พ่อ|แม่)(?:ตา|ยาย|ผัว|สามี|เมีย|เฒ่า|ใหญ่|อุ๊ย)|" + KIN
        + r"|อา|เพื่อน|บุตร|ทารก|ญาติ|ทวด|เหลน|เด็ก")
_PARTICLE = r"(?:" + PARTICLE + r"|ด้วย|เอง)"
# an age said with what it counts ("4ขวบ", "อายุ83"); a bare number may be a count ("ลูก 2")
_AGE = r"(?:อายุ(?:ได้)?\d{1,3}(?:ขวบ|ปี|เดือน)?|\d{1,3}(?:ขวบ|ปี|เดือน))(?:แล้ว|กว่า)?"
_PERSON = re.compile(
    r"(?P<who>" + _PAIRS + "|" + _SELF + "|" + _KIN + r")"
    r"(?P<sex>ชาย|สาว)?(?P<rank>คนโต|คนกลาง|คนเล็ก|คนสุดท้อง|คนแรก|คนที่\d)?"
    r"(?P<small>เล็ก|น้อย|อ่อน)?(?:ของ)?(?:" + _SELF + r"|เขา|เค้า)?" + "(?P<age>" + _AGE + r")?"
    + _PARTICLE + r"*")
_DETAIL = re.compile(r"(?:" + _AGE + r"|" + _PARTICLE + r")+")  # "๘๓", "4ขวบครับ"
# the youngest or eldest of the children listed, said again ("หนู ลูกสาว7ขวบ ลูกชาย2ขวบ
# ค่ะ ลูกเล็กค่ะ คนเล็ก2ขวบ", dev54: the count asked three times)
_RANK_AGAIN = re.compile(r"คน(?P<rank>โต|กลาง|เล็ก|สุดท้อง)(?P<age>" + _AGE + r")?" + _PARTICLE + "*")
_JOIN = re.compile(r"^(?:กับ|และ|แล้วก็|ก็)+")
_SPLIT = re.compile(r"[ ,+]+|(?<=\S)(?=กับ|และ)")
_SELVES = re.compile(_SELF)
_CHILD_WORDS = frozenset({"ลูก", "หลาน", "เด็ก", "บุตร", "ทารก"})


@dataclass(frozen=True)
class _Person:
    who: str
    sex: str
    rank: str
    age: str = ""

    def same(self, other: _Person, described: bool) -> bool:
        """One person described again (`described`: an age or a rank said): the same
        word, no sex nor rank told apart ("ยาย ... ยายอายุ๘๓"); a bare word said twice is
        two people ("ผม น้อง น้อง")."""
        return described and self.who == other.who and (
            not self.sex or not other.sex or self.sex == other.sex) and (
            not self.rank or not other.rank or self.rank == other.rank)


def _age_of(said: str | None) -> str:
    return "".join(ch for ch in said or "" if ch.isdigit())


def _ranked_again(word: str, people: list[_Person]) -> bool:
    """"คนเล็ก2ขวบ" after a child of 2 listed, or "คนเล็ก" after the youngest: the same
    child described again (never another: "ผม ลูกสาว7ขวบ คนเล็ก2ขวบ" is asked)."""
    said = _RANK_AGAIN.fullmatch(word)
    if said is None:
        return False
    rank, age = said["rank"], _age_of(said["age"])
    children = [p for p in people if p.who in _CHILD_WORDS]
    return any((age and p.age == age) or (not age and p.rank == "คน" + rank) for p in children)


def _people(words: list[str]) -> tuple[list[_Person], int]:
    """The people of the list opening `words`, and where the list ends."""
    people: list[_Person] = []
    for i, word in enumerate(words):
        said = _PERSON.fullmatch(word)
        if said is None:
            if people and (_DETAIL.fullmatch(word) or _ranked_again(word, people)):
                continue  # an age or a particle after the person it speaks of
            return people, i
        who = "self" if _SELVES.fullmatch(said["who"]) else said["who"]
        if said["small"] == "เล็ก" and not (said["rank"] or said["age"] or said["sex"]) and (
                who in _CHILD_WORDS and sum(p.who == who for p in people) >= 2):
            continue  # "ลูกเล็กค่ะ" after two children listed: they are small
        described = bool(said["rank"] or said["age"])
        for head in _PAIR_OF.get(who, (who,)):
            person = _Person(head, said["sex"] or "", said["rank"] or "", _age_of(said["age"]))
            if not any(person.same(p, described or head == "self") for p in people):
                people.append(person)
    return people, len(words)


# what the list's last word may not lead to: a stay, a number ("ผม เมีย ลูก 2"),
# another person unread ("ลูกๆ", "ยายตาบอด"); nor anyone not going, said anywhere
_NOT_AFTER = re.compile(r"(?:อยู่|รอ|ส่ง|ตาย|เสีย|คน|ท่าน|\d|ๆ|"
                        + _SELF + "|" + _KIN + ")")
_NOT_GOING = re.compile(r"(?:ไม่|บ่)(?:ได้)?(?:ไป|กลับ|มา)|(?:มา|ไป)(?:ส่ง|รับ)")
# after the list, one of it taken out or in doubt ("ผม เมีย ลูก แต่เมียจะอยู่ต่อ", "...ยกเว้น
# เมีย", "ผม แม่ เพิ่งเสีย", "ผม น้อง ติดคุก", "...แต่ลูกยังไม่แน่ใจ"): no count read
_DOUBT = re.compile(r"แต่|ยกเว้น|นอกจาก|อยู่ต่อ|ทีหลัง|ตามไป|เสีย|ตาย|ติดคุก|ทำงานอยู่|แน่ใจ|ตัดสินใจ"
                    r"|ไม่รู้ว่า|อาจจะ|คง")
_KIN_DENIED = re.compile(r"(?:" + _KIN + r")[^ ]{0,10}?(?:ไม่|บ่)")  # "แม่ยังไม่อยากกลับ"
_STAYS_BEHIND = re.compile(r"(?P<who>" + _KIN + r")(?:เขา|เค้า|ก็)?(?:ไม่|บ่)(?:ได้)?(?:ไป|กลับ)(?:ด้วย)?"
                           + _PARTICLE + "*")


# an age in words ("ผม เมีย ลูกสองขวบ กับแม่ยาย", dev82: two, the age taken for the count)
_WORD_AGE = re.compile(r"(?:ยี่|สิบ|เอ็ด|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)+(?=\s?(?:ขวบ|ปี|เดือน))")


def listed_people(text: str) -> int | None:
    """The count of a list of people opening the answer, the writer in it ("ผม แม่ น้อง
    ยังนอนแคมป์ได้อีกอาทิตย์": three), or None."""
    cleaned = _WORD_AGE.sub(lambda m: str(parse_thai_number(m[0]) or m[0]), clean_text(text))
    words = [w for w in (_JOIN.sub("", w) for w in _SPLIT.split(cleaned)) if w]
    people, end = _people(words)
    outsider = _STAYS_BEHIND.fullmatch(words[end]) if end < len(words) else None
    if outsider and outsider["who"] not in {p.who for p in people}:
        end += 1  # "ฉาน แม่ กับลูกชาย ผัวไม่ไปจ้า" (dev82): one not listed stays
    elif end < len(words) and _NOT_AFTER.match(words[end]):
        return None
    rest = "".join(words[end:])
    if _NOT_GOING.search("".join(words[:end - bool(outsider)]) + rest):
        return None
    if _DOUBT.search(rest) or _KIN_DENIED.search(rest):
        return None
    if len(people) < 2 or not any(p.who == "self" for p in people):
        return None
    return len(people) if len(people) <= MAX_PEOPLE else None


# one age of a list: "32", "4ขวบ", "8 เดือน"
_ONE_AGE = re.compile(r"(?:อายุ)?(?P<n>\d{1,3})(?P<unit>ขวบ|ปี|เดือน)?" + _PARTICLE + "*")
_UNIT = re.compile(r"(?P<unit>ขวบ|ปี|เดือน)" + _PARTICLE + "*")
_NOT_AGES = re.compile(r"คน|ท่าน|บาท|ตังค์|โมง|ชั่วโมง|นาที|วัน|กิโล|โล|ครั้ง|ห้อง|ที่")
OLDEST = 110
ELDERLY = 60
ADULT = 15  # one of the ages is a grown-up's: the list is of people, not of anything else


def listed_ages(text: str) -> tuple[int, frozenset[str]] | None:
    """How many, and the care needs their ages tell, from an answer opening with two or
    more ages ("๓๒ ๒๙ ๔ขวบ เขาให้ออกจากแคมป์วันนี้", "34 32 10 6"); None otherwise."""
    words = [w for w in re.split(r"[ ,]+", clean_text(text)) if w and not _JOIN.fullmatch(w)]
    ages: list[tuple[int, str]] = []
    for word in words:
        age = _ONE_AGE.fullmatch(word)
        if age is not None:
            ages.append((int(age["n"]), age["unit"] or ""))
            continue
        unit = _UNIT.fullmatch(word)
        if unit is None or not ages or ages[-1][1]:
            if _NOT_AGES.match(word):  # "20 3 คน", "50 100 บาท": no ages
                return None
            break
        ages[-1] = (ages[-1][0], unit["unit"])  # "8 เดือน"
    if len(ages) < 2 or len(ages) > MAX_PEOPLE or any(n > OLDEST for n, _ in ages) or (
            max(n for n, unit in ages if unit != "เดือน") < ADULT):
        return None
    if not ages[0][1] and ages[0][0] < ADULT:  # "3 65ปี", "2 60 65": how many, then ages
        return None
    needs = {"child" for n, unit in ages if unit == "เดือน" or n < CHILD_UNDER}
    needs |= {"elderly" for n, unit in ages if unit != "เดือน" and n >= ELDERLY}
    return len(ages), frozenset(needs)


_YOUNG = re.compile(r"ลูก|หลาน|น้อง|เด็ก|บุตร|ทารก|เหลน")  # who may be a child
_KIN_AGE = re.compile(r"(?P<who>" + _SELF + "|" + _KIN + r")(?:ชาย|สาว)?"
                      r"(?:คน)?(?:เล็ก|โต|กลาง|สุดท้อง)?(?:อายุ)?(?:ได้)?"  # "น้องเล็ก 12 ขวบ" (dev75)
                      r"(?P<n>\d{1,3})(?P<unit>ขวบ|ปี|เดือน)?(?:แล้ว|กว่า)?" + _PARTICLE + "*")
_PARTICLES = re.compile(_PARTICLE + "+")


def ages_told(text: str) -> frozenset[str] | None:
    """The care needs of people named with their ages, and nothing else ("แม่๖๓คับ น้อง๑๙
    ผม๒๓", to "anyone who needs care?": the mother is elderly); None otherwise."""
    # "แม่ 70", "น้องเล็ก 12 ขวบ" (dev75)
    joined = re.sub(r"(?<=[ก-๙])\s+(?=\d)|(?<=\d)\s+(?=ขวบ|ปี|เดือน)", "", clean_text(text))
    words = [w for w in (_JOIN.sub("", w) for w in _SPLIT.split(joined)) if w]
    ages = [_KIN_AGE.fullmatch(w) for w in words if not _PARTICLES.fullmatch(w)]
    if not ages or any(a is None or int(a["n"]) > OLDEST for a in ages):
        return None
    told = [(a["who"], int(a["n"]), a["unit"] or "") for a in ages if a is not None]
    if any(not _YOUNG.fullmatch(who) and (unit == "เดือน" or n < ADULT) for who, n, unit in told):
        return None  # "พ่อ 1 แม่ 1 ลูก 2": counts; "เมีย7เดือน": a pregnancy, not a baby
    needs = {"child" for _, n, unit in told if unit == "เดือน" or n < CHILD_UNDER}
    return frozenset(needs | {"elderly" for _, n, unit in told if unit != "เดือน" and n >= ELDERLY})


# the writer's parent or grandparent (an in-law too) listed among those going
_ELDERS = frozenset({"แม่", "พ่อ", "ยาย", "ย่า", "ปู่", "ตายาย", "พ่อแม่", "ปู่ย่า", "แม่ยาย", "พ่อตา",
                     "แม่ผัว", "พ่อผัว", "แม่สามี", "พ่อสามี"})
_SELF_WORDS = frozenset(_SELF.split("|"))


def elder_unaged(key: str, text: str, answers: dict[str, object]) -> bool:
    """A count (slot `key`) that lists the writer's parent or grandparent with no age said,
    beside a care need named ("สามคนค่ะ ฉัน แม่ แล้วก็ลูกชายสี่ขวบ", dev105: the child only
    was recorded, and the mother, who then stayed, was never asked of): maybe an elder,
    unsaid by one who answers one thing at a time (the caller's condition), so who else
    needs care is still asked. Never the writer's own title ("ยายกับหลาน", "สองแม่ลูก": no
    one else named as the writer), an age said, or an elder known."""
    needs = answers.get("special_needs")
    if key != "travellers" or not isinstance(needs, list) or "elderly" in needs:
        return False
    tokens = word_list(text)
    return bool(_SELF_WORDS & set(tokens)) and any(
        t in _ELDERS and not (tokens[i + 1:i + 2] and (tokens[i + 1] == "อายุ" or any(
            c.isdigit() for c in tokens[i + 1]))) for i, t in enumerate(tokens))
