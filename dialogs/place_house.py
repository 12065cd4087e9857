"""One's house named as home, and a home gone back to said after it (dialogs.places):
that one is home, and the house where one lives."""

from __future__ import annotations

import itertools
import re

from dialogs.parse_numbers import PARTICLE
from dialogs.province_types import Mention, Province

__all__ = ["BACK", "BACK_DONE", "FIRST_PLAN", "HOUSE", "VISIT", "house_left", "plan_changed",
           "terse_home", "wished_home"]

# one's house named as home ("บ้านเฮาอยู่ชลบุรี"), then the home gone back to ("...จะกลับ
# ยโสธร"): that is home, the house where one lives (never going back to the house:
# "กลับบ้านที่ขอนแก่น"; nor a place not gone back to, or gone back to already: "ไม่อยาก
# กลับลำพูนแล้ว", "เพิ่งกลับราชบุรีเมื่อวาน", "กลับราชบุรีมาได้อาทิตย์นึงแล้ว")
_OWN = r"(?:ของ)?(?:ผม|ฉัน|หนู|เรา|เฮา|ข้อย|ดิฉัน)?"
HOUSE = re.compile(r"(?<!กลับ)(?<!ไป)(?<!อยู่)บ้าน" + _OWN + r"(?:อยู่|ที่)(?:ที่|จังหวัด|จ\.|ใน)?$")
BACK = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ไม่อยาก)(?<!บ่อยาก)(?<!ไม่ได้)(?<!ไม่อยากจะ)(?<!เพิ่ง)(?<!พึ่ง)"
                  r"(?<!เคย)(?:กลับ|ปิ๊ก|หลบ)(?:ไป)?(?:อยู่)?(?:บ้าน(?:เกิด)?|ภูมิลำเนา)?" + _OWN
                  + r"(?:ที่|จังหวัด|จ\.)?$")
BACK_DONE = re.compile(r"(?:มา|แล้ว|เมื่อ)")  # right after the place: gone back already

# a trip to see someone ("จะไปหาลูกชายที่ภูเก็ต แต่ไปต่อไม่ได้แล้ว"), then going back home
# wished ("อยากกลับบ้านสกลนครค่ะ"): home is the place gone back to (dev48); never a going
# back denied, feared or put off ("ไม่ได้กลับบ้านที่อุดรมาสามปี", "ไม่กล้ากลับบ้านที่ศรีสะเกษ",
# "กลับบ้านที่ยโสธรไม่ได้", "แล้วค่อยกลับบ้าน"), nor wished by someone else
VISIT = re.compile(r"(?:จะ|อยาก|ต้องการ|ขอ)(?:เดินทาง)?ไป(?:หา\S{0,12}?)?(?:ที่|อยู่)?$")
_GOING_HOME = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ว่า)(?<!ลูก)(?<!แม่)(?<!พ่อ)(?<!ผัว)(?<!เมีย)(?<!แฟน)(?<!สาว)"
                        r"(?:อยาก|ต้องการ|ขอ)(?:จะ)?(?:กลับ|ปิ๊ก|หลบ)(?:ไป)?(?:บ้าน(?:เกิด)?|ภูมิลำเนา)"
                        + _OWN + r"(?:ที่|จังหวัด|จ\.)?$")
# someone else's wish, the wish's subject just before it ("สามีอยากกลับบ้านที่บุรีรัมย์", "ลูก
# ก็อยากกลับ...", "เพื่อนอยากกลับ..."): not the writer's
_OTHERS_WISH = re.compile(r"(?:สามี|ภรรยา|ผัว|เมีย|แฟน|ลูก|แม่|พ่อ|น้อง|พี่|เพื่อน|ยาย|ตา|ลุง|ป้า|เขา|เค้า"
                          r"|ญาติ)(?:ชาย|สาว|เขา|เค้า|ก็|ยัง|เอง)*$")
_GONE_BACK_NOT = re.compile(r"(?:(?!แต่).){0,12}?(?:(?:ไม่|บ่)(?:ได้|ไหว)|ไม่มีใคร|ดีกว่า)")


def wished_home(window: str, compact: str, end: int) -> bool:
    """The writer's own wish to go back home closes `window`, to the place ending at `end`,
    not said then to be out of reach ("...ก็ไม่มีใครแล้ว", "...ไม่ได้")."""
    wish = _GOING_HOME.search(window)
    return wish is not None and not _OTHERS_WISH.search(window[:wish.start()]) and not (
        _GONE_BACK_NOT.match(compact, end))


# a home meant at first ("ตอนแรกว่าจะไปบ้านแฟนที่โคราช แต่บ้านเขาไม่รับ ขอเป็นบ้านแม่ที่บุรีรัมย์
# ดีกว่า", dev108): a home said after it is the one meant, unless that one is out of reach too
# ("...แต่บ้านแม่ที่บุรีรัมย์ก็ไม่มีใครแล้ว"); alone, the plan stays home ("ตอนแรกว่าจะกลับโคราช
# แต่ไม่มีค่ารถ": only the fare lacks)
FIRST_PLAN = re.compile(r"(?:ตอนแรก|ทีแรก|เดิมที|แรกๆ)(?:ๆ)?(?:ก็)?(?:ผม|หนู|ฉัน|เรา)?"
                        r"(?:คิด|กะ|ตั้งใจ)?(?:ว่า)?จะ")
_OUT_OF_REACH = re.compile(r"(?:(?!แต่).){0,14}?(?:ไม่|บ่)(?!ต้อง)")


def plan_changed(first_plan: bool, compact: str, end: int) -> bool:
    """A home said after one meant at first (`first_plan`), ending at `end`, replaces it."""
    return first_plan and not _OUT_OF_REACH.match(compact, end)


def house_left(found: dict[str, Province], house: Province, home: Province | None) -> None:
    """One's house named as home, a home gone back to said after it: that one is home,
    and the house where one is, unless said otherwise."""
    if home is not None and home != house:
        found["home"] = home
        if "here" not in found and "work" not in found:
            found["here"] = house


# home said tersely, "บ้าน" and the province closing the message, after an answer to the
# card and places question ("มีบัตร บ้านนครศรี", "ผมอยู่ระยองครับ บ้านยโสธร", dev47): every
# chunk before it is a yes, a card answer or has a place in it; never a house worked at,
# left or burnt ("ไฟไหม้ บ้านปทุม จะกลับชัยภูมิ", "ลูกค้าสั่ง บ้านระยอง"), nor a village with
# its address ("บ้านสระแก้ว ม.3 ขอนแก่น"), nor "บ้านระยองค่ะ" alone (where one is, at home)
_CHUNK_END = re.compile(PARTICLE + r"*")
_ANSWER_CHUNK = re.compile(r"(?:ยินยอม|ได้|โอเค|ok|ตกลง|มี|ไม่มี|บัตร(?:ประชาชน|ปชช)?|หาย|ครบ|ทุกคน"
                           r"|ทั้ง|ผม|หนู|ฉัน|ข้อย|" + PARTICLE + r")+")


def terse_home(compact: str, spaced: set[int], m: Mention, mentions: list[Mention]) -> bool:
    """Whether the place `m` is home said tersely after "บ้าน" (spaced: the positions in
    `compact` that had a space before them)."""
    start = m.start - len("บ้าน")
    if start <= 0 or compact[start:m.start] != "บ้าน" or start not in spaced:
        return False
    if not _CHUNK_END.fullmatch(compact, m.end):
        return False  # more said after it
    bounds = [0, *sorted(p for p in spaced if p < start), start]
    return all(_ANSWER_CHUNK.fullmatch(compact, a, b) or any(a <= n.start < b for n in mentions)
               for a, b in itertools.pairwise(bounds) if a < b)
