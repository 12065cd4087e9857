"""Who travels, from one message: how many ("ไปกับเมียและลูกอีก 2 คน": four, "คนเดียว": one), and
the needs ages tell (under 12 or in months; 60 or more). A count has คน/ท่าน after it, or ends it."""

from __future__ import annotations

import re

from dialogs.care import DID_NOT
from dialogs.count_said import HAVE_ALL, OWED_TO, said_as_total, with_group
from dialogs.parse_numbers import MAX_PEOPLE, find_numbers

__all__ = ["CHILD_ALONE", "CHILD_UNDER", "people_and_ages", "writes_for"]

CHILD_UNDER = 12  # a child who needs care on the way ("เด็กเล็ก"): under 12, as for a child fare

_AGE_BEFORE = re.compile(r"(?<!สูง)อายุ(?:ได้|ครบ|เต็ม)?$")  # (not "ผู้สูงอายุ2ท่าน"; "อายุครบ 60")
# (not a time apart: "ไม่ได้เจอลูก 3 เดือนแล้ว", "ส่งเงินให้ลูก3เดือนแล้ว")
_MONTHS_BEFORE = re.compile(r"(?:(?<!เจอ)(?<!ให้)(?<!หา)(?<!เห็น)(?<!ถึง)(?<!จาก)(?<!ทิ้ง)"
                            r"(?<!ห่าง)(?:ลูก|หลาน|เด็ก|บุตร)|อายุ)(?:ได้)?$")
_PEOPLE = re.compile(r"คน|ท่าน")
_WITH = (r"(?:กับ|พา|และ|พร้อม(?:กับ|ด้วย)?)(?:ภรรยา|เมีย|สามี|ผัว|แฟน|ลูก|หลาน|แม่|พ่อ|ยาย|ตา"
         r"|ย่า|ปู่|น้อง|พี่|เพื่อน|ญาติ|ครอบครัว|บุตร)")  # (dev91: "พร้อมบุตร 2 คน")
_COMPANION = re.compile(_WITH + r"ๆ?(?:เล็ก|สาว|ชาย|ผม|ฉัน|หนู)?(?:อีก)?$")
_ONE_MORE = re.compile(_WITH)  # "กับเมียและลูกอีก 2 คน": the wife counts too
_KIN_TOO = re.compile(r"(?:คน|ท่าน)(?:กับ|และ)(?:แม่|พ่อ|ยาย|ตา|ย่า|ปู่|สามี|ผัว|เมีย|ภรรยา|แฟน)"  # and one
                      r"(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน)?(?!อยู่|ไม่|บ่|รอ|ที่บ้าน)")  # more (dev88)
# "มีลูกเล็ก 2 คน", "มีเด็กเล็ก 2 คน": those are the children, not everyone
_FAMILY_BEFORE = re.compile(r"(?:ลูก|หลาน|เด็ก|บุตร|เพื่อน|พี่น้อง|ญาติ|อายุ)(?:เล็ก|อ่อน|น้อย|สาว|ชาย|ๆ)*"
                            r"(?:อีก)?$")
# "ยาย 80 แล้ว", "แม่ 70 ปี": an age said right after the person
_WHO_AGE_BEFORE = re.compile(r"(?:ยาย|ตา|ปู่|ย่า|พ่อ|แม่|ลุง|ป้า|ผม|ฉัน|หนู|ดิฉัน)(?:ก็)?(?:อายุ)?$")
_YEARS_AFTER = re.compile(r"(?:ปี|แล้ว|กว่า)")
# "ป้าเกิด 2507 ปีนี้ 62 แล้ว": this year's age (the years follow: never "ปีนี้ 2 ครั้ง")
_THIS_YEAR_BEFORE = re.compile(r"ปีนี้(?:ก็|อายุ)?(?:ได้)?$")
# "ตาเจ็ดสิบห้า ยายเจ็ดสิบสอง": 60+ right after an elder is an age (not "แม่ 66 พ่อ 2 คน")
_NOT_AGE_AFTER = re.compile(r"(?:คน|ท่าน|บาท|ตัง|กิโล|โล|ครั้ง|วัน|ที่|ชั่วโมง|นาที|\d)")  # ("แม่ 80 ตัง")
# northern elders ("แม่หม่อน 68"); a parent or spouse ("พ่อ 68 ป่วย", dev104), never a sum ("ค่ายาแม่ 90")
_ALONE_END = r"(?:ก็)?(?:(?:ไป|เดินทาง)?คนเดียว(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|นะ)*)?$"  # "ป้าคนเดียว 66"
_ELDER_BEFORE = re.compile(r"^(?!.*(?:ค่า|ให้|ส่ง|โอน|ยืม|หนี้|แทน|จ่าย|เงิน|ตั๋ว)(?:(?!พา)[ก-๙]){0,10}"
                           r"(?:พ่อ|แม่|ผัว|สามี|เมีย)(?:ผม|หนู)?" + _ALONE_END + r").*(?:ยาย|ตา|ปู่|ย่า|ลุง"
                           r"|ป้า|ทวด|หม่อน|อุ๊ย|พ่อใหญ่|แม่ใหญ่|(?<!บ้าน)(?<!ของ)(?<!ลูก)(?:พ่อ|แม่|ผัว|สามี|เมีย)(?:ผม|หนู)?)"
                           + _ALONE_END)  # (nor a sum for one alone: "ค่ารถพ่อไปคนเดียว 90", review 4)
# ages listed one after another ("พ่อ70 แม่66", "แม่ 66 พ่อ 70 ปี"): a parent's number next
# to another person's age is an age too (never a sum: "ให้แม่ 100 พ่อ 200 บาท")
_KIN_LIST = r"(?:พ่อ|แม่|ยาย|ตา|ปู่|ย่า|ลุง|ป้า|หลาน|ลูก|น้อง|พี่)"
_AGE_LIST_AFTER = re.compile(r"(?:ปี)?" + _KIN_LIST + r"(?:อายุ)?(?P<n>\d{1,3})(?!\d|บาท|คน|ท่าน)")
_AGE_LIST_BEFORE = re.compile(_KIN_LIST + r"(?:อายุ)?(?P<n>\d{1,3})(?:ปี)?" + _KIN_LIST
                              + r"(?:อายุ)?$")
# a baby's age in weeks or days ("ลูก 3 อาทิตย์"), as in months
_BABY_SPAN = re.compile(r"(?:เดือน|อาทิตย์|สัปดาห์|วัน(?!ที่|นี้|ละ))")
_END = re.compile(r"(?:ค่ะ|ค่า|ครับ|คับ|นะ|จ้า)?$")  # "กับเมียและลูกอีก 1": the number ends it
_PARTICLE_AFTER = re.compile(r"ค่ะ|ค่า|คะ|ครับ|คับ|นะ|จ้า|เด้อ|เจ้า|$")
_ALONG = re.compile(r"(?:คน|ท่าน)(?:จะ)?(?:ไป|ตาม(?:ไป|มา)|กลับ)?ด้วย")
_DENIED = re.compile(r"(?:ไม่ใช่|ไม่ได้)(?:ไป|มา|กลับ)?$")
# "3 คน ไม่สิ 2 คน": the count before taken back; "ไม่ใช่ 5 คน ลืมนับแม่ยาย": it was short
_FORGOT = re.compile(r"ลืมนับ|ลืมบอก|นับผิด|นับขาด")
# ("2 คนค่ะ เอ้ยไม่ใช่ 3", dev72: the slip, then "no", then the count meant)
_TAKEN_BACK = re.compile(r"(?:ไม่สิ|ไม่ซิ|ไม่ใช่ๆ|(?:เอ้ย|เอ๊ย|(?<!พ่อ)(?<!แม่)อุ๊ย)(?:ไม่ใช่)?|พิมพ์ผิด"
                         r"|ขอแก้(?:เป็น)?)"
                         r"(?:ค่ะ|ครับ|นะ)?"
                         r"(?:ไป|มา|กลับ|เป็น)?$")
# a total said so ("พวกเรา 4 คน", "รวมยายเป็น 4 คน") wins over companions counted elsewhere
_TOTAL_BEFORE = re.compile(r"(?:พวกเรา|ทั้งหมด|รวม(?:ทั้งหมด|ตัวเอง(?:ด้วย)?|กัน)?|ไปกัน|มากัน"
                           r"|กลับกัน|เดินทางกัน|ค่า(?:รถ|ตั๋ว|เดินทาง)(?:สำหรับ)?"  # "ค่ารถ4คน"
                           r"|รวม(?:ทั้ง)?(?:ยาย|ตา|ปู่|ย่า|แม่|พ่อ|ผม|ฉัน|หนู|ดิฉัน|เรา|ลุง|ป้า"
                           r"|ตัวเอง)(?:ด้วย|(?=เป็น)))(?:มี|เป็น|ได้)?$")
# "สองแม่ลูก", "สามพ่อแม่ลูก", "ไปกันสามชีวิต": the whole group, counted by what it is
_GROUP_AFTER = re.compile(r"(?:แม่ลูก|พ่อลูก|พ่อแม่ลูก|ผัวเมีย|สามีภรรยา|ตายาย|ยายตา|ปู่ย่า|ย่าปู่"
                          r"|พี่น้อง|ชีวิต)")
# "ผมกับเมีย 2 คน", "ฉันกับแม่ 2 คน": the writer and one person named, then the total
_SELF_AND_ONE_BEFORE = re.compile(r"(?:ผม|ฉัน|หนู|ดิฉัน|กระผม|เรา)(?:กับ|และ)(?:ภรรยา|เมีย|สามี|ผัว|แฟน"
                                  r"|แม่|พ่อ)(?:ผม|ฉัน|หนู)?(?:รวม|ก็)?(?:เป็น)?$")
# both parents named before the children ("พ่อแม่และลูกสามคน", by a social worker): two adults
_COUPLE_BEFORE = re.compile(r"(?:ผัวเมีย|สามีภรรยา|ผัวกับเมีย|สามีกับภรรยา|แฟนกับ(?:ผม|ฉัน|หนู)"
                            r"|พ่อ(?:กับ|และ)?แม่|แม่(?:กับ|และ)?พ่อ)$")
# writer, spouse, children listed without "with" ("ผม เมีย ลูก2", dev41): the children and two
_SELF_SPOUSE_KIDS = re.compile(r"(?:ผม|ฉัน|หนู|ดิฉัน)(?:กับ|และ)?(?:เมีย|ภรรยา|สามี|ผัว|แฟน)(?:ผม|ฉัน|หนู)?"
                               r"(?:กับ|และ)?(?:ลูก|หลาน)(?:ๆ)?(?:อีก)?$")
# (children who stay: "ลูก 2 คนอยู่กับยาย", "...ไม่ได้มาด้วย", "ลูก 2 คน ลูกอยู่กับยาย"; never
# where they all are: "ลูก 2 คน อยู่ที่หมอชิต")
_LEFT_BEHIND = re.compile(r"(?:คน)?(?:ก็|ยัง)?(?:ไม่ได้|ไม่|บ่ได้)(?:มา|ไป|กลับ)"
                          r"|(?:คน)?(?:ลูก(?:ๆ)?)?(?:ก็|ยัง)?(?:รอ)?อยู่(?:กับ(?!ผม|ฉัน|หนู|เรา)|ต่าง|บ้าน"
                          r"|ที่บ้าน)")
# more listed after them ("ผม เมีย ลูก2 แม่ผม", "...พ่อกับแม่ด้วย"), each a whole word, then the end,
# "ด้วย", a particle or a place; not one spoken of ("แม่ผมป่วยอยู่บ้าน", "ตาบอด", "ยายเขาไม่ไปด้วย")
# (a bare "พี่", "น้อง" is often the officer addressed: "พี่ครับ ช่วยด้วย")
_MINE = r"(?:ผม|ฉัน|หนู|เมีย|แฟน)"
# a pair said as one word is two ("ตายาย", "พ่อแม่"); an in-law is one ("แม่ยาย", "พ่อตา")
_PAIR = r"ตายาย|ยายตา|ปู่ย่า|ย่าปู่|พ่อแม่|แม่พ่อ"
_KIN_WORD = (r"(?:(?:" + _PAIR + r"|(?:พ่อ|แม่)(?:ตา|ยาย|ผัว|สามี|เมีย)|แม่|พ่อ|ยาย|ตา|ปู่|ย่า|ลุง|ป้า|น้า)"
             + _MINE + r"?|(?:น้อง|พี่)(?:ชาย|สาว)" + _MINE + r"?|(?:น้อง|พี่)" + _MINE + ")")
_KIN_AFTER = re.compile(r"(?:คน)?(?:กับ|และ)?(?P<kin>" + _KIN_WORD + r"(?:(?:กับ|และ)?" + _KIN_WORD
                        + r")*)(?:ด้วย)?(?=$|ด้วย|ค่ะ|ครับ|คับ|จ้า|นะ|ได้(?:หมด|ทุกคน|ไหม|มั้ย|บ่)"
                        # (where they all are, home named after: "...แม่ผม อยู่ระยอง จะกลับบุรีรัมย์";
                        # never where the kin live: "พ่อแม่อยู่อุบล")
                        r"|อยู่(?!บ้าน|ที่บ้าน|กับ|ต่าง|ที่นี่|นี่)(?=.{0,20}?(?:จะ|อยาก)(?:กลับ|ไป))|อายุ)"
                        # (and goes: not "...แม่ผมอายุ 70 ไม่ได้ไปด้วย", "...มาส่ง")
                        r"(?!.{0,24}?(?:ไม่ได้(?:ไป|กลับ|มา)|ไม่ไป|ไม่กลับ|(?:ไป|มา)(?:ส่ง|รับ)))")
_KIN_ONE = re.compile(_KIN_WORD)
_ADDRESSED = re.compile(r"ป้า|ลุง|น้า")
_POLITE = re.compile(r"ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ")
_TWO = re.compile(r"(?:" + _PAIR + ")" + _MINE + "?")
# the writer left with the rest ("ผัวหนีไปกับเมียใหม่ เหลือหนูกับลูกสองคน"): those before go
_LEFT_WITH = re.compile(r"เหลือ(?:แค่|แต่)?")
_NOT_PEOPLE_AFTER = re.compile(r"ขวบ|ปี|เดือน|วัน|บาท|อาทิตย์|สัปดาห์|ครั้ง|โมง")
# a bare number after a slip is the count meant, never a time, a distance, a floor ("เอ้ย 3 ทุ่ม")
_NOT_COUNT_AFTER = re.compile(_NOT_PEOPLE_AFTER.pattern + r"|ทุ่ม|ชั่ว|ชม|นาที|คืน|กิโล|โล|ชั้น|ห้อง|รอบ|%")
# a spouse named first ("...เมียกับลูกสองคน"): one more than the children (not "ผัวเมีย", "กับเมีย")
_SPOUSE_FIRST = re.compile(r"(?<!ผัว)(?<!สามี)(?<!กับ)(?<!และ)(?<!พา)(?<!พร้อม)(?:เมีย|ภรรยา|สามี|ผัว)"
                           r"(?:ผม|ฉัน|หนู)?(?:ก็)?$")
# the spouse's group waits somewhere ("เมียกับลูกสองคนรออยู่ที่บ้านที่อุดร"), never here or with
# the writer ("อยู่ด้วย", "อยู่กับผม", "อยู่ข้างถนน")
_GROUP_STAYS = re.compile(r"คน(?:ก็|ยัง)?(?:รอ)?อยู่(?!ด้วย|กับ(?:ผม|ฉัน|หนู|เรา)|นี่|นี้|ตรงนี้|ข้าง|ริม"
                          r"|ใต้|หน้า|แถว|ใน(?:เพิง|เต็นท์|รถ))")
# going home with one person, said last ("อยากกลับกาฬสินธุ์กับเมีย"): two; never after a negation,
# nor with ลูก/หลาน/เพื่อน, who may be many, nor to live with one there ("กลับไปอยู่กับแม่")
# (a child by its place among them, "ไปแค่หนูกับลูกคนเล็ก", dev75; not "ไปกับเมียกับลูกคนเล็ก")
_ONE = r"(?:เมีย|ภรรยา|สามี|ผัว|แฟน|แม่|พ่อ|ยาย|ตา|ปู่|ย่า|ป้า|ลุง|ลูก(?:สาว|ชาย)?คน(?:เล็ก|โต|กลาง))"
_GO_WITH_ONE = re.compile(r"(?:(?:กลับ|ไป)(?:บ้าน)?(?:(?!ไม่|บ่|อยู่|กับ|และ)[^ ]){0,20}?(?:กับ|พร้อม)"
                          + _ONE
                          + r"|พา" + _ONE
                          + r"(?:กลับ|ไป)(?:บ้าน)?(?:(?!ไม่|บ่|กับ|และ|หา|ส่ง)[^ ]){0,20}?)"
                          r"(?:ผม|ฉัน|หนู)?(?:ด้วย)?(?:ค่ะ|ค่า|คะ|ครับ|คับ|นะ|จ้า)?$")
# "คนเดียว", "คนเดว" (a typo); not "คนเดียวไม่ค่อยไหว" (cannot go alone); "คนเดียว ไม่ได้ป่วย" is
_ALONE = re.compile(r"(?<!ลูก)(?:ตัว)?คนเด(?:ี[่้๋]?)?ย?ว(?!ไม่(?:ค่อย)?(?:ได้(?!" + DID_NOT
                    + r")|ไหว|เป็น|รอด)|คงไม่)")

# the answer to "how many?" that names the child going alone, written by a parent ("ลูกคน
# เดียวค่ะ", "ลูกชายคนเดียว"): one; never "ลูกคนเดียวไม่ได้" (the child cannot go alone),
# "มีลูกคนเดียว" (one child), "ลูกคนเดียวยังเล็ก"; "ลูกคนเดียวค่ะ แม่ไม่ได้ไปด้วย" is one
CHILD_ALONE = re.compile(r"^(?:แค่|เฉพาะ)?ลูก(?:ชาย|สาว)?(?:เขา|เค้า)?(?:ไป|เดินทาง|กลับ)?คนเดียว"
                          r"(?!ไม่|บ่|คง|ยัง|ที่|ของ|เล็ก)(?!.*(?:(?<!ไม่ได้)(?<!ไม่)ไปด้วย"
                          r"|(?<!ไป)ด้วย(?:ค่ะ|ครับ|คับ|จ้า|นะ)*$|ขวบ|เดือน))")  # "แม่ไม่ได้ไปด้วย": alone


# "ลูกอายุ 10 ขวบอยู่กับยาย": the child stays; not the need of one travelling alone
_STAYS_AFTER = re.compile(r"(?:ขวบ|ปี|เดือน)(?:แล้ว|กว่า)?(?:ก็|ยัง)?(?:รอ)?(?:อยู่)?(?:ที่)?บ้าน(?!เพื่อน|ญาติ)"
                          r"|(?:ขวบ|ปี|เดือน)(?:แล้ว|กว่า)?(?:ก็|ยัง)?อยู่กับ(?!ผม|ฉัน|หนู|เรา|ดิฉัน|ตัว)")


# going with one more, the number unsaid ("ไปกับเพื่อนอีกคน"): two; never "each" ("อีกคนละ"), nor
# a stay ("อยู่กับเพื่อนอีกคน")
_ONE_OTHER = re.compile(r"(?:ไป|กลับ|เดินทาง)(?:บ้าน)?(?:ด้วย)?(?:กับ|พร้อม(?:กับ)?)(?:เพื่อน|ญาติ|พี่|น้อง"
                        r"|ลูก|หลาน)(?:ชาย|สาว)?อีก(?:หนึ่ง|1)?คน(?!ละ)")
_WITH_ONE = re.compile(r"(?:กับ|พา|พร้อม(?:กับ|ด้วย)?)" + _ONE + r"(?:ผม|ฉัน|หนู)?$")


# a mind changed after a count: "ไม่ดีกว่า", "แฟนไม่ไปแล้ว", "เปลี่ยนใจ", "อ้อ" (dev105, not อ้อย)
_CHANGED = re.compile(r"ไม่ดีกว่า|เปลี่ยนใจ|ไม่เอาแล้ว|(?:ไม่|บ่)(?:ได้)?(?:ไป|กลับ)(?:ด้วย)?(?:แล้ว|ดีกว่า)"
                      r"|ไม่สิ|ไม่ซิ|เอ้ย|เอ๊ย|อ้อ(?!ย)|อ๋อ|อ่อ(?![นย])|เดี๋ยว(?:นะ|ก่อน)")
_ONE_OF = re.compile(r"(?:ค่ะ|ค่า|ครับ|คับ|นะ|จ้า)*(?:ที่|ซึ่ง)")  # "อ๋อ คนเดียวค่ะที่ป่วย"; "เคยไปคนเดียว"


def _changed_to_alone(compact: str, counted_to: int) -> bool:
    """Going alone, said after the count with a change of mind between them."""
    alone = _ALONE.search(compact, counted_to)
    return alone is not None and not _ONE_OF.match(compact, alone.end()) and not compact.endswith(
        ("เคย", "เคยไป", "เคยมา"), 0, alone.start()) and (
        _CHANGED.search(compact, counted_to, alone.start()) is not None)


def _listed_age(compact: str, start: int, end: int) -> bool:
    """A number between two listed ages ("พ่อ70 แม่66"): one of them."""
    after = _AGE_LIST_AFTER.match(compact, end)
    before = _AGE_LIST_BEFORE.search(compact[max(0, start - 20):start])
    if _WHO_AGE_BEFORE.search(compact, 0, start) is None:
        return False
    return any(m is not None and int(m["n"]) <= 110 for m in (after, before))


def people_and_ages(compact: str) -> tuple[int | None, set[str]]:
    """How many travel, and the special needs their ages tell ("ลูก 2 ขวบ": a small
    child; "แม่อายุ 70": elderly), from the cleaned text without spaces."""
    needs: set[str] = set()
    staying: set[str] = set()  # ages of people who stay home
    companions: int | None = None
    group: int | None = None
    total: int | None = None
    counted_to = 0  # where the last count read ends
    recount: tuple[int, int] | None = None  # a count said after "ไม่ใช่", a person forgotten
    for n in find_numbers(compact):
        before = compact[max(0, n.start - 25):n.start]
        after = compact[n.end:n.end + 6]
        denied = _DENIED.search(before) and not _TAKEN_BACK.search(before)  # "เอ้ยไม่ใช่ 3"
        if denied and _PEOPLE.match(after) and (companions or group or total) and (
                _FORGOT.search(compact, n.end)):
            recount = (n.value, n.end)  # "4 คน ... ไม่ใช่ 5 คน ลืมนับแม่ยาย": 5
        if denied or HAVE_ALL.search(before) or OWED_TO.search(before) or (  # "ไม่ใช่ 2 คน": no
                before.endswith("ครอบครัว") and not _PEOPLE.match(after)):  # "ครอบครัวหนึ่ง"
            continue
        if _TAKEN_BACK.search(before):
            took_back = companions or group or total
            companions = group = total = None
            if took_back and not _PEOPLE.match(after) and not _NOT_COUNT_AFTER.match(after):
                group, counted_to = n.value, n.end  # "2 คนค่ะ เอ้ยไม่ใช่ 3": the count meant
                continue
        if _AGE_BEFORE.search(before) or after.startswith("ขวบ") or (
                _WHO_AGE_BEFORE.search(before) and _YEARS_AFTER.match(after)) or (
                _THIS_YEAR_BEFORE.search(before) and _YEARS_AFTER.match(after)
                and n.value >= CHILD_UNDER) or (
                _ELDER_BEFORE.search(before) and 60 <= n.value <= 110
                and compact[n.start:n.end] != "ร้อยเอ็ด"  # the province Roi Et, not 101
                and not _NOT_AGE_AFTER.match(after) and not re.search(r"\d", after)) or (
                60 <= n.value <= 110 and _listed_age(compact, n.start, n.end)):
            said = needs if not _STAYS_AFTER.match(compact, n.end) else staying
            if n.value < CHILD_UNDER or _BABY_SPAN.match(compact, n.end):
                said.add("child")
            elif 60 <= n.value <= 110:  # never numbers run together ("๓๒ ๒๙ ๔ขวบ")
                said.add("elderly")
        elif _BABY_SPAN.match(compact, n.end) and _MONTHS_BEFORE.search(before):
            needs.add("child")
        elif _SELF_SPOUSE_KIDS.search(before) and not _NOT_PEOPLE_AFTER.match(after) and not (
                _LEFT_BEHIND.match(compact, n.end)):
            kin = _KIN_AFTER.match(compact, n.end)
            if kin and _ADDRESSED.fullmatch(kin["kin"]) and _POLITE.match(compact, kin.end()):
                kin = None  # the officer addressed: "ผมกับเมียลูก2คน ป้าครับช่วยด้วย"
            more = sum(1 + bool(_TWO.fullmatch(k)) for k in _KIN_ONE.findall(kin["kin"])
                       ) if kin and not _LEFT_BEHIND.match(compact, kin.end()) else 0
            companions, counted_to = companions or n.value + 2 + more, n.end
        elif ((group_word := _GROUP_AFTER.match(compact, n.end)) or (_PEOPLE.match(after) and (
                _TOTAL_BEFORE.search(before) or _SELF_AND_ONE_BEFORE.search(before)
                or said_as_total(compact, n)))):
            extra = with_group(compact, group_word) if group_word else 0  # "...พาลูกอ่อนมา"
            if extra is not None:  # (numbered, "...พาลูกสองคน": read as companions)
                total, counted_to = total or n.value + extra, n.end
        elif _PEOPLE.match(after) or (_COMPANION.search(before) and (
                _END.match(after) or (before.endswith("อีก") and _PARTICLE_AFTER.match(
                    after)))):  # "ข้อยกับลูกอีกสองค่ะ เมื่อคืนนอน..." (dev46; not "...อีกสองคืน")
            companion = _COMPANION.search(before)
            if companion:
                cut = max((m.end() for m in _LEFT_WITH.finditer(before, 0, companion.start())),
                          default=0)
                others = len(_ONE_MORE.findall(before, cut, companion.start()))
                # "ผัวเมียกับลูก 2 คน": the writer, the spouse and the children
                others += bool(_COUPLE_BEFORE.search(before, 0, companion.start()))
                # "เมียกับลูกสองคน": the spouse named first, then the children, and the writer;
                # never a family left behind ("...อยู่บ้าน ผมจะกลับคนเดียว", "...รออยู่ที่บ้าน")
                if not others and _SPOUSE_FIRST.search(before, 0, companion.start()):
                    if _ALONE.search(compact) or _GROUP_STAYS.match(compact, n.end):
                        continue
                    others = 1
                # "ไปกับแม่ 2 คน": after one person named, "N คน" is everyone
                alone_with_one = (not others and n.value >= 2 and _PEOPLE.match(after)
                                  and _WITH_ONE.search(before))
                companions = companions or (n.value if alone_with_one else n.value + 1 + others
                                            + bool(_KIN_TOO.match(compact, n.end)))
                counted_to = n.end
            elif not _FAMILY_BEFORE.search(before):
                group, counted_to = group or n.value, n.end
            elif _ALONG.match(compact, n.end):  # "มีลูก 2 คนไปด้วย": and the writer
                companions = companions or n.value + 1
    if recount is not None and counted_to < recount[1]:  # no count said after it
        total = recount[0]
    with_one = _GO_WITH_ONE.search(compact)
    if with_one and "ไม่" in compact[max(0, with_one.start() - 8):with_one.start()]:
        with_one = None  # "ไม่อยากพาแม่กลับ"
    count = total or companions or group or (
        1 if _ALONE.search(compact) or CHILD_ALONE.search(compact) else None) or (
        2 if with_one or _ONE_OTHER.search(compact) else None)
    if count and count > 1 and _changed_to_alone(compact, counted_to):
        count = 1  # "2คนครับกับแฟน... อ่อไม่ดีกว่าครับ แฟนไม่ไปแล้ว ผมไปคนเดียวครับ"
    if count != 1:  # alone: one who stays is not travelling
        needs |= staying
    return (count if count is not None and 1 <= count <= MAX_PEOPLE else None), needs


# one writing for a parent who travels alone: "เขียนแทนพ่อ", "พิมพ์ให้แม่", or the parent's
# trouble told as theirs ("พ่อผมไม่มีค่ารถกลับบ้าน"); never one going along ("พาพ่อกลับ",
# "กลับกับแม่", "ไปด้วยกัน"), nor one whose own trouble is told ("ผมไม่มีค่ารถ")
_FOR_PARENT = re.compile(r"(?:เขียน|พิมพ์|ถาม|ติดต่อ|กรอก|ลงทะเบียน|ส่ง(?:ข้อมูล)?"
                         # "ขอค่ารถกลับบ้านให้พ่อ" (the fare or help only: "ขอเงินซื้อยาให้แม่" is not)
                         r"|ขอ(?:ความช่วยเหลือ|เงินช่วยเหลือ|(?:เงิน)?ค่า(?:รถ|เดินทาง)(?:กลับ(?:บ้าน)?)?)?)"
                         r"(?:ข้อมูล)?(?:แทน|ให้)(?:คุณ)?(?P<who>พ่อ|แม่)(?!แม่|พ่อ|ลูก)")
_PARENTS_TROUBLE = re.compile(r"(?<!พา)(?<!กับ)(?<!และ)(?:คุณ)?(?P<who>พ่อ|แม่)(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน)"
                              r"(?:เขา|เค้า|ท่าน|ก็)?(?:ไม่มี|บ่มี|ตกงาน|ติดอยู่|อยาก(?:จะ)?กลับ|จะกลับ"
                              r"|ต้องการกลับ)")
_GOES_ALONG = re.compile(r"พา(?:พ่อ|แม่)|(?:กับ|และ)(?:พ่อ|แม่)|ไปด้วย|ด้วยกัน|กลับด้วย|พวกเรา|เราสอง"
                         r"|(?:พ่อ|แม่)(?:กับ|และ)(?:ผม|ฉัน|หนู|ดิฉัน)"  # "ให้แม่กับหนูด้วยค่ะ"
                         r"|(?<!พ่อ)(?<!แม่)(?<!ของ)(?:ผม|ฉัน|หนู|ดิฉัน)(?:เอง)?(?:ก็)?"
                         r"(?:ไม่มี|บ่มี|ตกงาน|จะกลับ|อยากกลับ|ติดอยู่)")


# a parent sent home ("อยากส่งแม่กลับบ้าน"), never taken there ("ไปส่งแม่กลับบ้าน") nor sent
# elsewhere ("ส่งแม่ไปโรงพยาบาล")
_SENDS_PARENT = re.compile(r"(?<!มา)(?<!ไป)ส่ง(?:คุณ)?(?P<who>พ่อ|แม่)(?!แม่|พ่อ)(?:ผม|ฉัน|หนู)?กลับ")
_TOGETHER = re.compile(r"พา(?:พ่อ|แม่)|(?:กับ|และ)(?:พ่อ|แม่)|(?:พ่อ|แม่)(?:กับ|และ)|ไปด้วย|ด้วยกัน"
                       r"|กลับด้วย|พวกเรา|เราสอง|กลับตาม|ตามไป|พร้อม(?:ผม|ฉัน|หนู|กัน)")


def writes_for(compact: str) -> str | None:
    """The parent ("พ่อ" or "แม่") one writes for, who travels alone, from a story
    (the cleaned text without spaces); None when the writer travels or it is not said."""
    said = _FOR_PARENT.search(compact) or _PARENTS_TROUBLE.search(compact)
    sent = _SENDS_PARENT.search(compact)  # "อยากส่งแม่กลับบ้าน": the writer stays, even
    if sent is not None and not _TOGETHER.search(compact):  # one out of work ("ผมตกงาน")
        said = sent
    elif said is None or _GOES_ALONG.search(compact):
        return None
    count = people_and_ages(compact)[0]
    return said["who"] if count in (None, 1) else None
