"""Which province is where the person is now and which is home, in one message.

The one after a home cue (กลับ, บ้านอยู่/บ้านที่, บ้านเกิด, ภูมิลำเนา, เป็นคน) is home;
after a here cue (อยู่, ตอนนี้, ติดที่, มาหาหมอ, สถานีขนส่ง) current; the nearest cue
within 30 characters before it decides; no cue, left unassigned. Where the person went
to work ("ไปรับจ้างกรีดยางที่สุราษฎร์", "มาทำงานที่ระยอง") is where they are only when
no other place is said to be: "มาทำงานที่ระยอง ตอนนี้อยู่ชลบุรี" is in Chon Buri. Work
still wanted or done long ago ("อยากไปทำงานที่ชลบุรี", "เคยทำงานที่ภูเก็ต") is neither.
The places named with no cue at all are kept in order ("ชลบุรี ร้อยเอ็ด"): an answer to
"where are you now, and where is home?" names here first. Denials and slips that take
a place back are in dialogs.place_denials.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dialogs.districts import district_of
from dialogs.parse_numbers import PARTICLE
from dialogs.place_cues import (
    ADJACENT_HOME,
    ARRIVED,
    CERTIFIED,
    CUE,
    JUST,
    LANDMARK_CUE,
    LANDMARK_START,
    LEFT_FROM,
    PARENTS_HOME,
    PARTNER,
    POLICE,
    PRISON_NAMED,
    SOMEONE_ELSE,
    SOMEONE_ELSES_JOB,
    STAFF_HERE,
    TODAY_AFTER,
    passed,
)
from dialogs.place_denials import (
    INSTEAD,
    NEITHER,
    denied_role,
    denies,
    slip_ends,
    spoken_again,
    take_back,
    taken_back,
)
from dialogs.place_gaps import (
    COUNT_BETWEEN,
    LOCALITY_WORD,
    NOTHING_BETWEEN,
    elaborates,
    kind_opens_chunk,
    place_cue_in,
    said_by_town,
    unknown_answer,
)
from dialogs.place_house import (
    BACK,
    BACK_DONE,
    FIRST_PLAN,
    HOUSE,
    VISIT,
    house_left,
    plan_changed,
    terse_home,
    wished_home,
)
from dialogs.place_writer import (
    FETCH,
    KIN_OF,
    busy_cannot_fetch,
    cannot_fetch,
    kin_cannot_fetch,
    writer_elsewhere,
)
from dialogs.province_at_home import not_home_again, settle_at_home, work_place
from dialogs.province_types import Province
from dialogs.provinces import mentions_in_clean

__all__ = ["Places", "here_and_home_in", "place_cue_in"]

_CUE_WINDOW = 30
LANDMARK = re.compile(LANDMARK_CUE)
_BESIDE = re.compile(r"(?:หน้า|หลัง|ข้าง|ใกล้|ตรงข้าม)$")  # a landmark's own word after it: read with it
RENTED = re.compile(PARTICLE + r"*(?:แต่)?(?:เช่า(?:เขา|เค้า)?อยู่|เป็น(?:บ้าน|ห้อง)เช่า)"
                    r"(?!ที่|ใน|แถว|จ\.|จังหวัด)")
# where the writer says they are, in so many words ("ผมอยู่ชลบุรี", "ส่วนหนูอยู่ปากเกร็ด",
# "ตอนนี้อยู่ระยอง", "ตอนนี้ไปตกอยู่ขนส่ง", dev89, "ตอนนี้อยู่ในเมืองร้อยเอ็ด", dev105): it wins
# over a place said before it without them ("พี่ชายทำงานอยู่ระยอง ผมอยู่สระบุรี", "ยายอยู่ที่
# โคราช ส่วนหนูอยู่...")
_SELF_HERE = re.compile(r"(?:(?:ส่วน)?(?:ผม|ฉัน|หนู|ดิฉัน|กระผม|ตัวเอง|ข้อย|ข้าเจ้า)|ตอนนี้|ส่วนเรา)"
                        r"(?:เอง)?(?:ก็|ยัง)?"
                        + KIN_OF
                        + r"(?:ตอนนี้)?(?:(?:ไป|มา)?ติด|(?:ไป|มา)?ตก(?:ค้าง)?|ค้าง|พัก|นอน|ทำงาน|เรียน)?อยู่"
                        r"(?:ที่|ใน|จังหวัด)?(?:ตัว)?(?:เมือง)?(?:สถานีขนส่ง|ขนส่ง|บขส\.?)?$")
# an elder sister writing for the younger, who cannot come and fetch them (dev73)
_SIBLING_HERE = re.compile(r"พี่(?:เอง)?(?:ก็)?อยู่(?:ที่)?$")
# the house of an elder spoken of ("บ้านแกอยู่กาฬสินธุ์", dev60) is home, unless the writer
# goes home elsewhere ("ป้าแดงให้นอน บ้านแกอยู่ปทุม หนูจะกลับอุดร"): the helper's, where one is
_THIRD_HOUSE = re.compile(r"บ้าน(?:ของ)?(?:แก|ท่าน|เปิ้น)(?:จริง|แท้|เดิม)?(?:ๆ)?(?:อยู่|ที่)"
                          r"(?:ที่|จังหวัด|จ\.|ใน)?$")
_OWN_WAY_HOME = re.compile(r"(?:ผม|หนู|ฉัน|ดิฉัน|กระผม|ข้อย)(?:ก็|เอง)?(?:จะ|อยาก|ต้องการ|ขอ)?(?:เดินทาง)?"
                           r"(?:กลับ|ปิ๊ก|เมือ(?!ง))")

# the people of a place, judged ("ไซ้คนกรุงเทพใจร้ายจัง", dev73: made Bangkok home)
_WHAT_THEY_ARE = re.compile(r"(?:มัน|เขา|เค้า|ก็|ส่วนใหญ่|ทั้งหลาย|แถวนี้|ที่นี่)?(?:ใจ(?!เดียว)|นิสัย|ชอบ"
                            r"|ไม่ค่อย|เห็นแก่|ขี้|หยิ่ง|โหด|เลว|แล้งน้ำใจ)")
_NATIVE_SELF = re.compile(r"(?:เป็น|ผม|หนู|ฉัน|ข้อย|เรา|ยาย|ตา|ลุง|ป้า)(?:คน|ชาว)(?:จังหวัด)?$")  # own


def _role(window: str, after: str = "") -> str | None:
    """"here", "home", "work", NEITHER, or None when no cue says anything."""
    if ADJACENT_HOME.search(window) and not (_WHAT_THEY_ARE.match(after)
                                             and not _NATIVE_SELF.search(window)):
        return "home"
    cues = list(CUE.finditer(window))
    role = cues[-1].lastgroup if cues else None
    if role == "home" and PARENTS_HOME.match(cues[-1].group()) and PARTNER.search(
            window, 0, cues[-1].start()):
        return NEITHER
    if role == "here" and POLICE.search(cues[-1].group()) and after.startswith("จับ"):
        return NEITHER
    # "แม่อยู่ลำปาง", "เมียหนีไปอยู่ระยอง": where they live; but one stuck somewhere
    # ("พ่อติดอยู่ขนส่งเชียงใหม่") is the person a relative writes for
    said = cues[-1].group() if cues else ""  # ("ลูกเพิ่งถึงเชียงใหม่": the child's arrival)
    if role == "here" and (said == "อยู่" or LANDMARK.fullmatch(said) or ARRIVED.fullmatch(said)
                           ) and SOMEONE_ELSE.search(window, 0, cues[-1].start()):
        return NEITHER
    if role in ("here", "work") and SOMEONE_ELSES_JOB.search(window, 0, cues[-1].end()):
        return NEITHER
    if role == "freed":  # just released from there: as weak as a workplace
        just = JUST.search(window, 0, cues[-1].start()) or TODAY_AFTER.match(after) or (
            TODAY_AFTER.search(cues[-1].group()))  # "ออกจากคุกเมื่อวานเรือนจำกลาง..."
        return "work" if just else NEITHER
    return NEITHER if role == "away" else role


# a home no more, sold or seized ("บ้านที่ยโสธรก็ขายไปแล้ว"): the house named before it
# (not "จะกลับไปอยู่ศรีสะเกษ ขายหมดแล้วทุกอย่างที่นี่")
_HOME_SAID = re.compile(r"บ้าน(?:เกิด|เดิม)?(?:ที่|อยู่)?$")
_SOLD = re.compile(r"(?:ก็|มัน)?(?:ขาย|(?:ถูก|โดน)(?:ธนาคาร)?ยึด)(?:ทิ้ง)?(?:ไป)?(?:แล้ว|หมด)")
# "อำเภอหัวไทร บ้านเกิดที่นั่น", "หัวไทรเป็นบ้านเกิด": home said after the place it names
_HOME_AFTER = re.compile(PARTICLE + r"*(?:(?:ก็|เป็น|คือ)บ้านเกิด|บ้านเกิด(?:ของ)?(?:ผม|ฉัน|หนู|เรา"
                         r"|ดิฉัน|ตัวเอง|ข้อย|ฉาน)?(?:อยู่)?(?:ที่นั่น|ตรงนั้น|แถวนั้น|ที่โน่น))")
class Places(NamedTuple):
    current: Province | None
    home: Province | None
    # provinces named with no cue at all, in order ("ชลบุรี ร้อยเอ็ด"): in an answer to
    # "where are you now, and where is home?", the first is here and the next home
    bare: tuple[Province, ...]


# a home left long ago to work ("อยากกลับบ้าน ออกจากอุบลมาทำงานกรุงเทพห้าปีแล้ว"): still home
_LEFT_LONG_AGO = re.compile(r".{0,24}?(?:(?:[\d๐-๙]+|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|หลาย)"
                            r"(?:ปี|เดือน)|(?:ตั้งแต่|ตอน)(?:เด็ก|เล็ก|สาว|หนุ่ม|ปี|พ\.?ศ|สมัย|เรียน)|นาน(?:แล้ว|มาก|หลาย))")
# the address on a card: home until home is said in other words ("ที่อยู่ตามบัตรเป็นนครพนม แต่บ้าน
# จริงอยู่สกลนคร")
_ADDRESS = re.compile(r"ที่อยู่(?:ตาม|ใน)?(?:บัตร(?:ประชาชน|ปชช)?)?(?:คือ|เป็น|ว่า)?(?:ก็|ที่|จังหวัด|จ\.)*$")
_CONFIRMED = re.compile(PARTICLE + r"*(?:ถูก|นั่นแหละ|แหละ|จริงๆ)")
_SPOKEN_OF = re.compile(PARTICLE + r"*(?:คือ|นี่|นั่น|นั้น|เป็น|ก็|มัน)")  # "ขอนแก่นคือที่ทำงานเก่า"
_JAIL = re.compile(r"คุก|เรือนจำ|ทัณฑสถาน")
_ONWARD = re.compile(r"ค่า(?:รถ|ตั๋ว|เดินทาง|โดยสาร)(?:ทัวร์|บัส|ไฟ)?ต่อ(?:กลับ)?ไป(?:ที่)?$")
_NOT_HOME_AFTER = re.compile(PARTICLE + r"*(?:จะ|เพื่อ)?ไป(?:หางาน|ทำงาน|สมัคร|รับจ้าง|เยี่ยม|รายงาน"
                             r"|หา(?!ลูก|แม่|พ่อ|ครอบครัว|เมีย|ผัว|สามี|ภรรยา|แฟน|ยาย|ตา|ปู่|ย่า|พี่|น้อง|ญาติ"
                             r"|ป้า|ลุง|น้า|อา|หลาน|บ้าน|ทางบ้าน)|ทำ(?!นา|ไร่|สวน))")
def here_and_home_in(cleaned: str, compact: str) -> Places:
    """Where the person is, home, and the places named with no cue, from the cleaned
    text and the same without spaces. A place said after a slip replaces the one before
    it ("อยู่สระบุรี เอ้ย ไม่ใช่ อยู่ลพบุรี")."""
    found: dict[str, Province] = {}
    by_town: set[str] = set()  # the roles found by a town's name, which a province beats
    said_by_self = False  # the place found "here" was said with the writer's own words
    slips = slip_ends(cleaned)
    prev_end, prev_role = 0, None
    bare: dict[str, Province] = {}
    cued: set[str] = set()  # provinces said with a cue somewhere (even as neither)
    heres: list[Province] = []  # every place said to be here, in order
    house: Province | None = None  # home, as the writer's house ("บ้านผมอยู่...")
    back: Province | None = None  # a place said to be gone back to
    onward_home = False  # home said only as the fare onward ("ค่ารถต่อไปอุดร")
    visit = False  # home was a trip's end ("จะไปหาลูกที่ภูเก็ต"): going back home beats it
    first_plan = False  # home was meant at first ("ตอนแรกว่าจะไป...ที่โคราช"): a later one beats it
    spaced = {m.start() - n for n, m in enumerate(re.finditer(" ", cleaned))}
    denied: str | None = None  # the role of a place denied just before
    prev_town = False
    prev_uncued = False  # the place before had no cue at all ("อยุธยาค่ะ")
    prev_bare: str | None = None  # the code of the place before, when it was bare
    mentions = mentions_in_clean(cleaned)
    for m in mentions:
        window = compact[max(prev_end, m.start - _CUE_WINDOW):m.start]
        gap = compact[prev_end:m.start]  # what is said between it and the place before
        role = taken_back(compact, slips, prev_end, m.start, prev_role, _role)
        if role is not None and found.get(role) == m.province and not _CONFIRMED.match(
                compact, m.end):
            role = None  # "บ้านอยู่สตูล เอ้ย ไม่ใช่ สตูล ตรัง": the place taken back, said again
        if _SPOKEN_OF.match(compact, m.end):  # (never a bare one, meant instead: review rev2)
            role = spoken_again(found, heres, m.province, role, prev_role, _role(gap))  # (dev105)
        # "กาฬสินธุ์ อ้อ ไม่ใช่ มหาสารคาม": a bare place taken back, the next one bare instead
        slipped = role is None and prev_bare is not None and any(
            alone and prev_end <= end <= m.start for end, alone in slips)
        if slipped:
            bare.pop(str(prev_bare), None)
        if role is None and denied and INSTEAD.fullmatch(gap):
            role = denied  # "บ้านไม่ใช่ลพบุรี สระบุรีค่ะ"
        prev_end, denied = m.end, None
        town = said_by_town(compact[m.start:m.end])
        if not town and prev_town and prev_role and found.get(prev_role) == m.province and (
                NOTHING_BETWEEN.fullmatch(gap)):  # "ไปงานศพที่ท่าม่วง กาญจนบุรี ... ผมทำงาน
            by_town.discard(prev_role)  # กรุงเทพ" (dev104): its province named, no town's only
        elaborated = prev_uncued and role is None and elaborates(gap, m.start in spaced, prev_town)
        if role is not None:
            found[role] = m.province
            by_town = by_town - {role} | ({role} if town else set())
        elif elaborated:
            pass  # bare, as the place before it
        elif denies(window, m.start, spaced) and not slipped:
            role, denied = NEITHER, denied_role(window)
            take_back(found, heres, m.province, denied)  # "... ขอแก้ค่ะ ไม่ใช่ระยอง"
        else:
            named = PRISON_NAMED.match(compact, m.start) or (  # "หน้าทัณฑสถานหญิงกลาง"
                LANDMARK_START.match(compact, m.start) if _BESIDE.search(window) else None)
            role = _role(window + (named.group() if named else ""), compact[m.end:m.end + 12])
            if role is None and _HOME_AFTER.match(compact, m.end):
                role = "home"  # "อำเภอหัวไทร บ้านเกิดที่นั่น"
            if role is None and STAFF_HERE.search(compact, m.start - min(len(gap), 60), m.start):
                role = "here"  # "ดิฉันเป็นนักสังคมสงเคราะห์ รพ.ในจังหวัดขอนแก่น" (dev93)
            if role == NEITHER and kin_cannot_fetch(window, compact, m.end):
                role, town = "home", True  # "ญาติอยู่ จ.นครพนม แต่ไม่มีค่าใช้จ่ายมารับ": weakly
            if role is None and terse_home(compact, spaced, m, mentions):
                role = "home"  # "มีบัตร บ้านนครศรี" (dev47)
            if role == "home" and _ONWARD.search(window) and _NOT_HOME_AFTER.match(compact, m.end):
                role = NEITHER  # "ไม่มีค่ารถต่อไประยอง ไปหางานทำ": a job's place, not home
            if passed(window, role) or (role == "home" and LEFT_FROM.search(window) and not (
                    _LEFT_LONG_AGO.match(compact, m.end) and not _JAIL.match(compact, m.start))):
                role = NEITHER  # "ส่งตัวกลับทางด่านสุไหงโก-ลก": passed through; a place left
            if role == "home" and _SOLD.match(compact, m.end) and (
                    _HOME_SAID.search(window)):
                role = NEITHER  # "บ้านที่ยโสธรก็ขายไปแล้ว" (dev36): no home there any more
                take_back(found, heres, m.province, "home")  # (said home before it: dev105)
            third = _THIRD_HOUSE.search(window) if role == "home" else None
            if third is not None and _OWN_WAY_HOME.search(compact):
                role = "here" if "อยู่" in third.group() else NEITHER
            self_here = role == "here" and _SELF_HERE.search(window) is not None
            away = writer_elsewhere(window, compact, m.end) or busy_cannot_fetch(compact, m.end)
            sibling = role == "here" and _SIBLING_HERE.search(window) is not None
            if (self_here and (FETCH.match(compact, m.end) or away)) or (
                    sibling and cannot_fetch(compact, m.end)):
                role, self_here = NEITHER, False  # "หนูอยู่กาฬสินธุ์ไปรับไม่ได้", "พี่อยู่เบตงค่ะ ไปรับหม้ายไหว"
            if role == "here" and CERTIFIED.search(compact, max(0, m.start - 60), m.start):
                role = "home"  # "หนังสือรับรอง ... ว่าเป็นคนไทย อยู่ชัยภูมิจริง"
            if role == "here":
                heres.append(m.province)
            # "มาหาหมอที่ศิริราช อยู่นนทบุรี": the province named outright beats the town
            if role == "home" and HOUSE.search(window) and RENTED.match(compact, m.end):
                role = "here"  # "บ้านเฮาอยู่ระยอง เช่าเขาอยู่": a rented house is where one is
            if role == "home" and house is not None and back is None and BACK.search(window) and (
                    not BACK_DONE.match(compact, m.end)):  # gone back to, said after one's house
                back = m.province
            if role not in (None, NEITHER) and (
                    role not in found or (self_here and not said_by_self)
                    or (role in by_town and not town)
                    or (role == "home" and onward_home and HOUSE.search(window))
                    or (role == "home" and visit and wished_home(window, compact, m.end))
                    or (role == "home" and plan_changed(first_plan, compact, m.end))):
                found[str(role)] = m.province
                weak = town or (role == "home" and _ADDRESS.search(window) is not None)
                by_town = by_town - {str(role)} | ({str(role)} if weak else set())
                said_by_self = said_by_self or self_here
                if role == "home":
                    house = m.province if HOUSE.search(window) else None
                    visit = bool(VISIT.search(window))
                    first_plan = FIRST_PLAN.search(window) is not None
                    onward_home = bool(_ONWARD.search(window))
        prev_uncued = role is None
        prev_town = bool(town)
        if role is not None:
            cued.add(m.province.code)
        elif (slipped or NOTHING_BETWEEN.fullmatch(gap) or COUNT_BETWEEN.fullmatch(gap)
              or elaborated
              or unknown_answer(gap, m.start in spaced)
              or (LOCALITY_WORD.fullmatch(gap) and m.start - len(gap) in spaced)
              or kind_opens_chunk(gap, m.start, spaced)
              or (m.start in spaced and district_of(gap, m.province.code))):
            # bare: a place with nothing but particles before it, back to the place
            # before ("ชลบุรี ร้อยเอ็ด"); not "หนีมาจากชลบุรี", "พี่สาวอยู่ชลบุรี"
            bare.setdefault(m.province.code, m.province)
        prev_bare = m.province.code if m.province.code in bare and role is None else None
        prev_role = None if role == NEITHER else role
    if house is not None and found.get("home") == house:
        house_left(found, house, back)
    current, home = found.get("here") or work_place(found.get("work"), compact), found.get("home")
    current = not_home_again(current, home, heres)
    uncued = tuple(p for c, p in bare.items() if c not in cued)
    current, home = settle_at_home(compact, current, home, uncued, slips, mentions)  # "อยู่บ้านตัวเอง"
    placed = {p.code for p in (current, home) if p is not None}
    return Places(current, home, tuple(p for p in uncued if p.code not in placed))
