"""A count said plainly in the answer to "how many?": a count opening it, whoever is listed
after ("ห้าคนค่ะ หนู ผัว ลูกสอง แล้วก็แม่": five), and the writer with one more, the number
unsaid ("ผมกับเพื่อนอีกคนครับ": two). Used by dialogs.readers."""

from __future__ import annotations

import re

from dialogs.parse_numbers import (
    MAX_PEOPLE,
    NOT_PEOPLE_AFTER,
    NOT_PEOPLE_BEFORE,
    NumberMatch,
    clean_text,
    count_groups,
    find_numbers,
)

__all__ = ["HAVE_ALL", "OWED_TO", "leading_count", "said_as_total", "self_and_one_more",
           "with_children", "with_group"]

# a count of people opening the answer: the total, whoever is listed after it (dev48)
_LEAD = re.compile(r"(?:ไป|เดินทาง|กลับ|ทั้งหมด|รวม|กัน|ด้วย)*\s?")
_PEOPLE = re.compile(r"\s?คน(?!เดียว)")
_RECOUNT = re.compile(r"ไม่สิ|ไม่ใช่|ขอแก้|แก้เป็น|เดี๋ยว|อ่อ|อ้อ|เอ้ย|คนเดียว|(?:ไม่|บ่)(?:ได้)?(?:ไป|กลับ)"
                      r"|อยู่ต่อ|ลืม")


def _breakdown(cleaned: str, total: int, later: list[NumberMatch]) -> bool:
    """The numbers after a count said first are ages, or part of it ("ห้าคนค่ะ หนู ผัว ลูกสอง",
    "4 คน มีคนแก่ 1 เด็ก 1"); never more ("2 คน ผมกับเมีย ลูกอีก 2": four)."""
    parts = [n for n in later if not NOT_PEOPLE_AFTER.match(cleaned, n.end)
             and not NOT_PEOPLE_BEFORE.search(cleaned, 0, n.start)]  # an age, a day, money
    return sum(n.value for n in parts) < total and not any(
        cleaned[max(0, n.start - 4):n.start].replace(" ", "").endswith("อีก") for n in parts)


def leading_count(text: str) -> int | None:
    """The count of people that opens the answer, when nothing after it corrects it or
    adds to it; None otherwise."""
    cleaned = clean_text(text).strip()
    numbers = find_numbers(cleaned)
    if not numbers or not _LEAD.fullmatch(cleaned, 0, numbers[0].start):
        return None
    first, rest = numbers[0], cleaned[numbers[0].end:]
    if not _PEOPLE.match(cleaned, first.end) or not 1 <= first.value <= MAX_PEOPLE or (
            _RECOUNT.search(rest.replace(" ", ""))
            or not _breakdown(cleaned, first.value, numbers[1:])):
        return None  # "3 คนค่ะ ไม่สิ 2 คน", "2คนครับกับแฟน... แฟนไม่ไปแล้ว": read on
    return first.value


# the writer and one more, the number unsaid ("ผมกับเพื่อนอีกคนครับ โดนหลอกมาด้วยกัน", dev49):
# two, when nobody is then said to stay ("เพื่อนอีกคนไม่ไป", "คนโตอยู่กับยาย")
_SELF_AND_ONE_MORE = re.compile(r"(?:ผม|ฉัน|ฉาน|หนู|ดิฉัน|ข้อย|เรา)(?:กับ|และ)(?:เพื่อน|ลูก|หลาน|น้อง|พี่|ญาติ)"
                                r"(?:ชาย|สาว)?อีก(?:หนึ่ง|1|๑)?\s?คน(?!ละ)")
# more said after it: a total, a doubt, someone else ("รวมเป็น 3 คน", "แต่เพื่อนยังไม่แน่ใจ",
# "แล้วก็ยาย")
_MORE_SAID = re.compile(r"แต่|แล้วก็|กับ|และ|รวม|ทั้งหมด|[\d๐-๙]|คน|ไม่แน่ใจ|อาจ|ด้วย(?!กัน)")
_ONE_STAYS = re.compile(r"(?:ไม่|บ่)(?:ได้)?(?:ไป|กลับ)|อยู่(?:กับ|ที่|บ้าน)|อยู่ต่อ|คนโต|คนเล็ก")


def self_and_one_more(text: str) -> bool:
    """The writer and one more, nobody then said to stay."""
    compact = text.replace(" ", "")
    more = _SELF_AND_ONE_MORE.match(compact)
    return more is not None and not _ONE_STAYS.search(compact, more.end()) and not (
        _MORE_SAID.search(compact, more.end()))


# the adults counted, the children beside them ("ผู้ใหญ่สองคน เด็กหนึ่งคน", "ผู้ใหญ่ 2 คน กับเด็กเล็ก
# 1 คน": three); the children's number unsaid ("ผู้ใหญ่สองคนมีบัตรค่ะ เด็กมีสูติบัตร", dev94)
_ADULTS = re.compile(r"ผู้ใหญ่\s?(?:อีก)?\s?$")
# (never children said to be none or to stay: "ผู้ใหญ่ 2 คนค่ะ ไม่มีเด็ก", "เด็กอยู่กับยาย", review rev2)
_CHILD = re.compile(r"(?<!ไม่มี)(?<!บ่มี)(?:เด็ก|ทารก|(?:ลูก|หลาน)(?:เล็ก|อ่อน|น้อย))"
                    r"(?!\s?ๆ?\s?(?:ไม่|บ่|อยู่|ฝาก|ยังอยู่))")


def with_children(text: str, count: int | None) -> int | None:
    """The count read in `text` (`count`), or everyone when it counted the adults only:
    the groups added up, or None (to be asked) when the children are not counted."""
    groups = count_groups(text)
    if groups is not None:
        return groups if count is None or count < groups else count
    cleaned = clean_text(text)
    return None if count is not None and any(
        n.value == count and _ADULTS.search(cleaned, 0, n.start)
        and _CHILD.search(cleaned, n.end) for n in find_numbers(cleaned)) else count


# "มีทั้งสองคนค่ะ", "มีครับทั้งสองคน" to the card question: who has a card, not how many go
# (the card said first too: "บัตรอยู่ครบทั้งสองคน", "บัตรประชาชนมีทั้ง 2 คน", dev101)
# (never a bare "บัตรทั้งสองคนหายหมด": lost, and the count kept, review rev3)
HAVE_ALL = re.compile(r"(?:(?:มี|ถือ)(?:บัตร(?:ประชาชน|ปชช)?)?(?:อยู่)?(?:ครบ)?"
                      r"|บัตร(?:ประชาชน|ปชช)?(?:ก็)?(?:(?:มี|ถือ)(?:อยู่)?(?:ครบ)?|อยู่(?:ครบ)?|ครบ))"
                      r"(?:ครับ|คับ|ค่ะ|ค่า|จ้า|เจ้า)?ทั้ง$")
# one more brought along by a group counted by what it is ("สองผัวเมียพาลูกอ่อนมา", dev101)
_GROUP_WITH = re.compile(r"(?:พา|กับ|และ|พร้อม(?:กับ|ด้วย)?)(?:ลูก|หลาน|บุตร|ยาย|ตา|ปู่|ย่า|แม่|พ่อ)"
                         r"(?P<many>ๆ)?(?:อ่อน|เล็ก|น้อย|แดง|สาว|ชาย|คนเล็ก|คนโต)?")
# (the one named stays: "สองผัวเมียกับลูกที่อยู่บ้าน", "...กับแม่ที่รออยู่ต่างจังหวัด")
# (nor one left, dead, or living, working or studying elsewhere: "...พาลูกไปฝากยายไว้แล้ว",
# "...กับลูกชายที่เสียไปแล้ว", "...กับลูกที่ทำงานอยู่กทม.", review rev3)
_STAYS = re.compile(r"(?:ที่|ซึ่ง|ก็|ยัง)*(?:รอ)?(?:อยู่(?:บ้าน|ที่บ้าน|ต่าง|กับ)|ไม่ได้(?:มา|ไป)|ไม่(?:มา|ไป))"
                    r"|[ก-๙]{0,8}?(?:ฝาก|เสีย(?:ชีวิต|ไป)|ตาย|(?:ทำงาน|เรียน)อยู่)")


def with_group(compact: str, group: re.Match[str]) -> int | None:
    """How many more than a group counted by what it is ("สองผัวเมีย", "สองแม่ลูก": `group`)
    travel: one brought along, unnumbered ("สองผัวเมียพาลูกอ่อนมา": one more); none
    when no one or one who stays follows, or all are counted ("สามชีวิต"); None when they
    are numbered after or many ("...พาลูกสองคน", "...กับลูกๆ"): read elsewhere or asked."""
    brought = None if group[0] == "ชีวิต" else _GROUP_WITH.match(compact, group.end())
    if brought is None or _STAYS.match(compact, brought.end()):
        return 0
    after = brought.end() + (3 if compact.startswith("อีก", brought.end()) else 0)
    numbered = any(n.start == after for n in find_numbers(compact[:after + 12]))
    return None if brought["many"] or numbered else 1


# those owed wages, counted ("ค้างค่าแรงเราสองคนเกือบสองหมื่น", dev106; "ไม่จ่ายเงินเดือนพวกเรา
# 5 คน"): who worked, not who travels (the children may go too), read as no count
OWED_TO = re.compile(r"(?:ค่าแรง(?:งาน)?|ค่าจ้าง|เงินเดือน|ค่าตัว)(?:ให้|แก่)?(?:ของ)?(?:พวก)?"
                     r"(?:เรา|ผม|ฉัน|หนู|ลูกน้อง|คนงาน)?(?:ทั้ง)?$")


# the ones left to go, said after one who stays ("ไอ้ต้อมมันจะอยู่ต่อ ไม่กลับ ที่เหลือสามคนรวมผม
# จะกลับ", dev106: a crew of four counted first), or a count "including me" ("3 คนรวมผม"): the
# total (never "เหลือเงิน...", a count of no people)
_THE_REST = re.compile(r"(?:ที่|คนที่)เหลือ(?:ก็|อีก)?$")
# (never a count with the writer then named, "เพื่อนสามคนรวมผมเป็นสี่": four)
_WITH_ME = re.compile(r"\s?คน(?:ก็)?รวม(?:ทั้ง)?(?:ผม|ฉัน|หนู|ดิฉัน|ตัวเอง|ข้อย)(?!ด้วย|ก็|\s?เป็น)")


def said_as_total(compact: str, number: NumberMatch) -> bool:
    """The count `number` (in the text without spaces) is everyone who goes."""
    return (_THE_REST.search(compact, 0, number.start) is not None
            and compact.startswith("คน", number.end)) or bool(_WITH_ME.match(compact, number.end))
