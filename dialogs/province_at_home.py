"""The writer says they are at their own home now: where they are is home.

"อุบลฯ อยู่บ้านตัวเอง อ.วารินชำราบ", "ก็อยู่บ้านนี่แหละ", "ตอนนี้อยู่บ้านเกิดที่เลย": the one
province said for here (or for home) is both. Never a home wished for or left ("อยากกลับไปอยู่
บ้านตัวเอง", "ไม่ได้อยู่บ้านตัวเอง", "เคยอยู่บ้านเกิด"), someone else's ("แม่อยู่บ้านตัวเอง",
"อยู่บ้านเพื่อน", "อยู่บ้านเช่า"), nor one going home at all ("อยู่บ้านตัวเองที่ระยอง อยาก
กลับบ้านเกิด": a house bought where they work). The engine still asks at the summary
whether they are home before it refuses (dialogs.at_home).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogs.province_types import Mention, Province

__all__ = ["at_own_home", "not_home_again", "settle_at_home", "work_place"]

_NOT_OWN = (r"(?!เพื่อน|แฟน|ญาติ|นายจ้าง|เจ้านาย|เช่า|พัก|คน|พี่|น้อง|ลูก|หลาน|ป้า|ลุง|น้า|อา|เขา"
            r"|เค้า|ผัว|เมีย|สามี|ภรรยา)")  # someone else's house, or one rented
# at one's own home, a birthplace, or "home, this one" (never บ้านเพื่อน, บ้านเช่า, บ้านพัก)
_AT_OWN_HOME = re.compile(
    r"(?<!ไม่ได้)(?<!ไม่)(?<!บ่ได้)(?<!บ่)(?<!อยาก)(?<!จะ)(?<!ไป)(?<!มา)(?<!กลับ)(?<!ขอ)(?<!เคย)"
    r"(?<!ถ้า)(?<!ต้องการ)"
    r"อยู่(?:ที่)?บ้าน(?:ตัวเอง|ของตัวเอง|เกิด|(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|ข้อย)(?:เอง)?"
    r"|(?:นี่|นี้)(?:แหละ|ล่ะ|ละ))"
    r"(?!ไม่|บ่|แล้วไม่)")
# a bare home, as an answer of its own or with where it is: "อยู่บ้านแล้ว", "อยู่บ้านค่ะ",
# "อยู่บ้านที่อุดร"; back home: "กลับมาถึงบ้านแล้ว", "ถึงบ้านแล้ว"; home is here: "บ้านอยู่
# นี่แหละ", "บ้านก็อยู่ที่นี่" (never "อยู่บ้านเพื่อน", "อยู่บ้านไม่ได้", "ตอนอยู่บ้าน", nor
# "ถึงบ้านแล้วจะโทรบอก": once there)
_AT_BARE_HOME = re.compile(
    r"(?<!ไม่ได้)(?<!ไม่)(?<!บ่ได้)(?<!บ่)(?<!อยาก)(?<!จะ)(?<!ไป)(?<!กลับ)(?<!ขอ)(?<!เคย)"
    r"(?<!ถ้า)(?<!ต้องการ)(?<!ตอน)(?<!แต่ก่อน)"
    r"(?:อยู่(?:ที่)?บ้าน(?=แล้ว(?!ไม่)|ที่(?!ไหน)|(?:นะ)?(?:ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ|ฮะ|เด้อ)|$)"
    r"|(?<!พอ)(?<!เมื่อ)(?:กลับ)?(?:มา)?ถึงบ้าน(?:แล้ว|เรียบร้อย)(?!จะ|ค่อย|ก็จะ)"
    # ...with where it is between ("กลับมาถึงบ้านที่ขอนแก่นแล้วตั้งแต่อาทิตย์ก่อน", dev100;
    # never a friend's, nor once there or asked: "ถึงบ้านเพื่อนที่ระยองแล้ว", "ถึงบ้านที่ขอนแก่น
    # แล้วจะโทรบอก", "ถึงบ้านที่ขอนแก่นแล้วยัง")
    r"|(?<!พอ)(?<!เมื่อ)(?:กลับ)?(?:มา)?ถึงบ้าน(?:แม่|พ่อ|ตัวเอง|เกิด|ยาย|ตา)?(?:ที่|ใน|อยู่)" + _NOT_OWN
    + r"[ก-๙]{1,20}?(?:แล้ว|เรียบร้อย)(?!จะ|ค่อย|ก็จะ|ยัง|หรือ|รึ|ไหม|มั้ย|หรอ|เหรอ)"
    # came back home, when ("กลับมาบ้านแม่ที่อุบลเมื่อวานค่ะ", dev88: asked the trouble twice;
    # never a friend's or a rented house, nor long ago: "กลับมาบ้านเพื่อนที่ชลบุรีเมื่อวาน",
    # "กลับมาบ้านตั้งแต่ปีที่แล้ว ตอนนี้มาทำงานอยู่กรุงเทพ", review 1)
    r"|(?<!พอ)(?<!เมื่อ)กลับมา(?:อยู่)?บ้าน(?:แม่|พ่อ|ตัวเอง|เกิด|ยาย|ตา)?(?:ที่)?" + _NOT_OWN
    + r"[ก-๙]{0,20}?(?:เมื่อวาน|เมื่อคืน|เมื่อเช้า|ได้\d+วัน|ตั้งแต่(?:เมื่อ)?(?:วาน|คืน|เช้า))"
    r"|บ้าน(?:ก็)?อยู่(?:ที่)?(?:นี่|นี้|ตรงนี้)(?:แหละ|ล่ะ|ละ|เอง)?(?!ไม่|บ่)"
    # come to stay at the parents' home, now ("ตอนนี้มาอยู่บ้านแม่ที่อุบลแล้วค่ะ", dev96: a
    # woman who fled her husband was asked the trouble four times): the arrival done, with
    # "แล้ว"; never one going there, nor a stay before ("จะมาอยู่บ้านแม่", "เคยมาอยู่บ้านแม่
    # ที่อุบลแล้ว", "ส่งลูกมาอยู่บ้านแม่แล้ว": the child, see _SOMEONE)
    # (said of the writer, now: after "ตอนนี้", "หนู", "ผม"... or first; never a plan or a wish,
    # "คงต้องกลับมาอยู่บ้านแม่แล้ว", "ตัดสินใจกลับมา...", nor a sister's, "น้องสาวมาอยู่บ้านพ่อ
    # ...แล้ว": review rev1)
    r"|(?:^|(?<=ตอนนี้)|(?<=ตอนนี)|(?<=หนู)|(?<=ผม)|(?<=ฉัน)|(?<=ดิฉัน)|(?<=เรา)|(?<=ค่ะ)|(?<=ครับ))"
    r"(?:ก็)?(?:ได้)?(?<!เคย)(?<!จะ)(?<!อยาก)(?<!ไป)(?:กลับ)?มาอยู่(?:ที่)?บ้าน(?:พ่อแม่|แม่พ่อ|พ่อกับแม่|แม่|พ่อ|ตายาย|ยาย)"
    r"(?:ที่" + _NOT_OWN + r"[ก-๙]{1,20}?)?แล้ว(?!ไม่|บ่|จะ|ค่อย))")
# at home in one's village, named with its district: "พ่อใหญ่อยู่บ้านนาโพธิ์ อำเภอกุดรัง" (not a
# rented or lent house, nor kin's: "อยู่บ้านเช่า อำเภอ...", "อยู่บ้านเพื่อน ตำบล...")
_AT_VILLAGE = re.compile(
    r"(?<!ไม่ได้)(?<!ไม่)(?<!บ่ได้)(?<!บ่)(?<!อยาก)(?<!จะ)(?<!ไป)(?<!มา)(?<!กลับ)(?<!เคย)(?<!ทำงาน)"
    r"(?<!พัก)(?<!ตอน)อยู่บ้าน(?!เช่า|พัก|เพื่อน|ญาติ|นายจ้าง|เจ้านาย|คน|ลูก|หลาน|พี่|น้อง|ป้า|ลุง|น้า|อา"
    r"|แม่|พ่อ|ยาย|ตา|ปู่|ย่า|แฟน|เขา|เค้า|ผัว|เมีย|สามี|ภรรยา|ที่|ใน)[ก-ฮะ-์]{2,14}?"
    r"(?:หมู่(?:ที่)?\d*)?(?:อำเภอ|ตำบล)")
# home is right here, lived here since birth: "กะบ้านนาโพธิ์นี่ละลูก", "ก็บ้านนี้แหละ",
# "อยู่มาแต่เกิด" (never "บ้านนี้ไม่...", "บ้านนั้น", nor one going home)
# (said of no one else: "มีลูก กะบ้าน...": ลูก calls the one who asks)
_HOME_IS_HERE = re.compile(r"(?:ก็|กะ|ก้)บ้าน(?:[ก-ฮะ-์]{0,12}?)(?:นี่|นี้)(?:แหละ|ล่ะ|ละ|เอง)(?!ไม่|บ่)")
_HERE_SINCE_BIRTH = re.compile(r"(?<!ไม่ได้)(?<!ไม่)(?<!บ่ได้)(?<!บ่)(?<!เคย)"
                               r"อยู่(?:ที่นี่|ที่นี้|นี่|บ้านนี้)?มา(?:ตั้ง)?แต่เกิด")
# the writer goes home (not "กลับมา": back home, nor "กลับถึงบ้าน": there already; nor a going
# home told as done, arrived after it: "นั่งรถกลับบ้านที่ยโสธรแล้ว ตอนนี้ถึงบ้านแล้วค่ะ", dev89;
# the arrival the writer's, now, never asked of nor another's: "แม่ถามว่าถึงบ้านแล้วยัง",
# "เพื่อนๆกลับถึงบ้านแล้ว", review rev1)
_GOING_HOME = re.compile(r"กลับ(?!มา|ถึง)(?!.*(?:ตอนนี้|ผม|หนู|ฉัน|ดิฉัน|ข้อย|เรา|มัน|เค้า|เขา|แก)(?:ก็)?"
                         r"(?:กลับ)?(?:มา)?ถึงบ้าน(?:แล้ว|เรียบร้อย)"
                         r"(?!จะ|ค่อย|ก็จะ|ยัง|หรือ|รึ|ไหม|มั้ย|หรอ|เหรอ))")
# a thing had, at home ("มีแต่อยู่ที่บ้าน", "ได้ค่ะ มีค่ะ แต่อยู่บ้าน" to the card question):
# not the writer
_HAD_BUT = re.compile(r"(?<!ไม่)(?<!บ่)มี(?:บัตร(?:ประชาชน|ปชช)?)?(?:อยู่)?(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|นะ)*"
                      r"แต่(?:ว่า)?(?:มัน)?$")
# someone else at their own home ("แม่อยู่บ้านตัวเอง"): not the writer
# (or their card: "ของลูกคนโตอยู่บ้าน", dev88: a mother fleeing was refused as at home)
_SOMEONE = re.compile(r"(?:พ่อ|แม่|ลูก(?:สาว|ชาย)?|เมีย|ผัว|สามี|ภรรยา|แฟน|ญาติ|เพื่อน|ยาย|ตา"
                      r"|ปู่|ย่า|เขา|เค้า|ท่าน)(?:คน(?:โต|เล็ก|กลาง|สุดท้อง))?(?:ก็|ยัง)?$"
                      r"|บัตร(?:ประชาชน|ปชช)?(?:ก็|ยัง)?$")


def at_own_home(compact: str) -> bool:
    """Whether the writer (in the text without spaces) says they are at their own home."""
    if _GOING_HOME.search(compact):
        return False
    return _HOME_IS_HERE.search(compact) is not None or any(
        not _SOMEONE.search(compact, max(0, m.start() - 16), m.start())
        and not _HAD_BUT.search(compact, max(0, m.start() - 24), m.start())
        for pattern in (_AT_OWN_HOME, _AT_BARE_HOME, _AT_VILLAGE, _HERE_SINCE_BIRTH)
        for m in pattern.finditer(compact))


def settle_at_home(compact: str, current: Province | None, home: Province | None,
                   bare: tuple[Province, ...], slips: Sequence[tuple[int, bool]] = (),
                   mentions: Sequence[Mention] = ()) -> tuple[Province | None, Province | None]:
    """Here and home, the one filled from the other when the writer is at home; two
    different places said stay as said, unless the place said for here is taken back by a
    slip (`slips`: where each ends) with being home told after it ("ตอนนี้อยู่กรุงเทพ เอ้ย
    ไม่ใช่ค่ะ กลับมาถึงบ้านที่ขอนแก่นแล้ว", dev100): home then is here too."""
    if current is not None and home is not None and current != home:
        here_end = max((m.end for m in mentions if m.province == current), default=None)
        if here_end is not None and any(end >= here_end and at_own_home(compact[end:])
                                        for end, _ in slips):
            return home, home
    if (current is not None and home is not None) or not at_own_home(compact):
        return current, home
    place = current or home or (bare[0] if len(bare) == 1 else None)
    return place, place


def not_home_again(current: Province | None, home: Province | None,
                   heres: list[Province]) -> Province | None:
    """Where the person is, when the place read as here is the home and another place
    is said to be here too: that other one. "พ่อติดอยู่หมอชิต จะกลับบ้านที่สุรินทร์ หนู
    อยู่สุรินทร์": the writer lives at the home the traveller goes back to."""
    if current is None or current != home:
        return current
    others = [p for p in heres if p != home]
    return others[-1] if others else current


# back at home now, said after the work away ("ไปทำงานที่ชลบุรีแล้วโดนเลิกจ้าง ... ตอนนี้เขาอยู่
# บ้านแล้วครับ", dev102: read as in Chon Buri, and a villager already home was sent a request):
# the workplace is no longer where one is (asked); "ตอนนี้" and "แล้ว" both said, the subject
# the one told of or the writer, never kin at home ("ตอนนี้แม่อยู่บ้านแล้ว"), a wish or a not
_HOME_NOW = re.compile(r"ตอนนี้(?:เขา|เค้า|แก|ท่าน|ผม|หนู|ฉัน|ดิฉัน|ข้อย)?(?:ก็)?(?:ได้)?(?:กลับ)?(?:มา)?"
                       r"(?:อยู่|ถึง)(?:ที่)?บ้าน(?:แล้ว|เรียบร้อย)(?!ไม่|บ่|จะ|ค่อย)")


def work_place(work: Province | None, compact: str) -> Province | None:
    """Where one went to work, as where one is: none when the text (without spaces) says
    the one told of is back at home now."""
    return None if _HOME_NOW.search(compact) else work
