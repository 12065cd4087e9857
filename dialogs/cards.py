"""Answers to "do you have an ID card?" that speak of others than the writer.

One writing for others who travel without them (a daughter for her parents, a nurse for
a patient's family, a rescue worker for a couple, a monk for a family) answers with
their cards: "พ่อกับแม่มีบัตรค่ะ", "ผัวมีบัตรครับ อยู่ในกระเป๋ากางเกง", "เพื่อนมีบัตรค่ะ".
Anyone may answer for all who go: "มีทั้งของหนูและของแม่ค่ะ", "มีทั้งตาทั้งยายจ้ะ". And
the words people call themselves by (ยาย, ลุง, พี่) answer with a remark after them:
"ยายมีบัตรประชาชนครับ อยู่ในกระเป๋า", "ยายมีบัตรค่ะ บัตรผู้สูงอายุ หมดอายุไม่ได้".
"""

from __future__ import annotations

import re

from dialogs.card_rules import NOT_OTHER_CARD, SOUTH_ELDERS, SOUTH_KIN
from dialogs.place_writer import FOR_WHOM

__all__ = ["OTHERS", "had_but_away", "kept_by_others", "lost_long_ago", "others_card",
           "others_card_lost",
           "without_child_papers", "writes_for_others"]

OTHERS = "others"  # the state's "writes_for" when the writer writes for others who go

_PARTICLE = r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|จ๊ะ|นะ|เด้อ|เน้อ|หนิ|เจ้า|ฮะ)"
# the words people call themselves by (an elder, an older or younger sibling), and a
# monk's word for the lay people he writes for (โยม, โยมแม่)
_SELF_KIN = r"(?:โยม(?:แม่|พ่อ)?|ยาย|ตา|ปู่|ย่า|ลุง|ป้า|น้า|(?:พี่|น้อง)(?:ชาย|สาว)?|" + SOUTH_KIN + ")"
# anyone one writes for: kin, a partner, a friend, a patient ("แม่น้อง": the child's mother)
_ANYONE = (r"(?:พ่อ|แม่|ตา|ยาย|ปู่|ย่า|ลุง|ป้า|น้า|พี่|น้อง|ลูก|หลาน|ผัว|เมีย|สามี|ภรรยา|แฟน"
           r"|เพื่อน|คนไข้|ผู้ป่วย|" + SOUTH_ELDERS + r")(?:ชาย|สาว|เด็ก|น้อง)?")
_JOIN = r"(?:กับ|และ|แล้วก็|ทั้ง)?"
# all of them, counted or not: "ทั้งคู่", "ทั้งสองคน", "ทั้ง2คน", "ครบทั้ง 3 คน" (dev51)
BOTH = (r"(?:ครบ)?ทั้ง(?:คู่|(?:\d{1,2}|[๑-๙]|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด)คน)")


def _clause(person: str) -> re.Pattern[str]:
    """"<people> (ไม่)มีบัตร...": one clause of a card answer for the people named."""
    who = r"(?:คุณ|โยม)?" + person
    return re.compile(r"(?:ทั้ง)?" + who + r"(?:" + _JOIN + who + r")*"
                      r"(?:" + BOTH + r"|ทุกคน)?(?:เขา|เค้า|ท่าน|ก็)*(?P<no>ไม่ได้|ไม่|บ่)?"
                      r"(?:มี|พก|ถือ)(?:บัตร(?:ประจำตัว)?(?:ประชาชน|ปชช)?" + NOT_OTHER_CARD + r")?"
                      # (taken along: "ตากับยายพกบัตรประชาชนไปทั้งคู่ครับ", dev104)
                      r"(?:" + BOTH + r"|ครบ(?:ทุกคน)?|ทุกคน|อยู่|ติดตัว|(?:ไป|มา)(?:ด้วย)?)*"
                      + _PARTICLE + "*")


_SELF_CLAUSE, _ANY_CLAUSE = _clause(_SELF_KIN), _clause(_ANYONE)
# two or more named, each said to have one ("พ่อกับแม่มีบัตรประชาชนทั้งคู่ค่ะ", dev104: asked
# three times): those named are all who go, whoever writes (a writer going too would be
# counted with them: "หนูกับแม่มีทั้งคู่", "มีทั้งสามคน")
_NAMED = r"(?:คุณ|โยม)?" + _ANYONE
_ALL_NAMED = re.compile(r"(?:ทั้ง)?" + _NAMED + r"(?:" + _JOIN + _NAMED + r")+"
                        r"(?:เขา|เค้า|ท่าน|ก็)*(?P<no>ไม่ได้|ไม่|บ่)?(?:มี|พก|ถือ)"
                        r"(?:บัตร(?:ประจำตัว)?(?:ประชาชน|ปชช)?" + NOT_OTHER_CARD + r")?"
                        r"(?:ไป|มา)?(?:ด้วย)?"
                        r"(?:" + BOTH + r"|ครบ(?:ทุกคน)?|ทุกคน)(?:ไป|มา)?(?:ด้วย)?" + _PARTICLE + "*")
# the writer's own card beside those of others who go: "แม่มีบัตรค่ะ หนูก็มี"
# ("ของหนูมีค่ะ", "ผมกับเมียกับแม่มีครับ": the writer's and those named with them)
_MY_CLAUSE = _clause(r"(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|กระผม)(?:เอง)?(?:(?:กับ|และ)(?:ของ)?"
                     + _ANYONE + ")*")
# all who go have one: "มีทั้งของหนูและของแม่", "มีทั้งตาทั้งยาย", "มีครบทุกคน", "มีทั้งคู่",
# "มีกันทุกคนครับ" (dev41), "มีหมดทุกคน", "มีกันค่ะ"
_ALL = re.compile(r"(?P<no>ไม่|บ่)?มี(?:บัตร(?:ประชาชน|ปชช)?)?(?:กัน)?(?:ทั้ง(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|เรา|"
                  + _ANYONE + r")(?:(?:และ|กับ|ทั้ง)(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|" + _ANYONE + r"))+"
                  r"|" + BOTH + r"|ครบ(?:ทุกคน)?|ทุกคน|หมด(?:ทุกคน)?|(?<=กัน))" + _PARTICLE + "*")
# remarks beside a card answer that leave it as it is: where the card is ("อยู่ใน
# กระเป๋ากางเกง"), where they are ("ที่โรงพยาบาล", "อยู่ที่วัด", "อ.ไชโย"; never a
# place a card is left at: "ที่บ้าน", "ที่นายจ้าง"), an elder's
# lifetime card ("บัตรผู้สูงอายุ หมดอายุไม่ได้")
_NEUTRAL = re.compile(r"(?:(?:ยัง)?(?:อยู่|เก็บ(?:ไว้)?)?(?:ใน|กับ|ติด)(?:กระเป๋า[ก-๙]*|ตัว)"
                      r"|(?:อยู่)?(?:ที่|แถว|หน้า)(?!บ้าน|ห้อง|หอ|นายจ้าง|เจ้านาย|เรือนจำ|คุก|โรงพัก|ตำรวจ)"
                      # (never the card's state or keeper: "ที่หมดอายุแล้ว", "ที่ชำรุด",
                      # "ที่นายหน้า", "ที่ต่างด้าว")
                      r"(?![ก-๙.]*?(?:หมด|ชำรุด|หาย|ยึด|นายหน้า|ต่างด้าว))[ก-๙.]+|(?:อ\.|ต\.|อำเภอ|ตำบล)[ก-๙]+"
                      r"|บัตร(?:ผู้สูงอายุ|ตลอดชีพ|ตลอดชีวิต)|หมดอายุไม่ได้|ไม่(?:มีวัน)?หมดอายุ"
                      r"|ใช้ได้ตลอดชีพ"
                      # brought along ("ลูกมีบัตรค่ะ หยิบติดตัวมา", dev102; never "ไม่ได้หยิบมา")
                      r"|(?:หยิบ|เอา|พก|ถือ)(?:บัตร)?(?:ติด(?:ตัว|มือ))?มา(?:ด้วย)?)?" + _PARTICLE + "*")


# the card of the one written for, with them: "บัตรน้องอยู่ในกระเป๋าเขาค่ะ", "บัตรอยู่กับน้องค่ะ"
# (dev52, dev35: asked twice, then skipped), a witness beside it ("ตำรวจเห็นแล้ว")
_CARD_WORD = r"บัตร(?:ประชาชน|ปชช)?"
_WITH_THEM = re.compile(r"(?:" + _CARD_WORD + r"(?:ของ)?" + _ANYONE + r"(?:ก็|ยัง)*อยู่"
                        r"(?:กับ(?:ตัว|เขา|เค้า|ท่าน)|ในกระเป๋า(?:ตังค์|ตัง|เงิน|สตางค์|เสื้อ|กางเกง|สะพาย|เป้)?"
                        r"(?:ของ)?(?:เขา|เค้า|ท่าน)?"
                        r"|ติดตัว)|" + _CARD_WORD + r"(?:ก็|ยัง)*อยู่กับ(?:คุณ)?" + _ANYONE + r")"
                        + _PARTICLE + "*")
# (where they saw it too: "ตำรวจเห็นในกระเป๋าแม่", dev98)
_SEEN = re.compile(r"(?:ตำรวจ|หมอ|พยาบาล|เจ้าหน้าที่)(?:ก็)?(?:เห็น|ดู)(?:แล้ว)?"
                   r"(?:(?:อยู่)?(?:ใน|ที่)กระเป๋า[ก-๙]{0,8})?" + _PARTICLE + "*")


def others_card(text: str, anyone: bool) -> bool | None:
    """The card answer for the people named: True when all clauses say they have one,
    False when all say they have none, None when mixed or anything else is said.
    `anyone`: the writer writes for others who go (any person named is one written
    for); otherwise only the words people call themselves by, or all who go."""
    chunks = text.split()
    mine = any(_MY_CLAUSE.fullmatch(chunk) for chunk in chunks)  # then anyone named goes too
    clause = _ANY_CLAUSE if anyone or mine else _SELF_CLAUSE
    said: set[bool] = set()
    for chunk in chunks:
        if anyone and _WITH_THEM.fullmatch(chunk):
            said.add(True)
            continue
        if anyone and said and _SEEN.fullmatch(chunk):
            continue
        m = (_ALL.fullmatch(chunk) or clause.fullmatch(chunk) or _MY_CLAUSE.fullmatch(chunk)
             or _ALL_NAMED.fullmatch(chunk))
        if m is not None:
            said.add(m["no"] is None)
        elif not _NEUTRAL.fullmatch(chunk):
            return None
    return said.pop() if len(said) == 1 else None


# one writing for others who go without them: "เขียนแทนพ่อแม่ค่ะ", "พิมพ์แทนครอบครัว
# คนไข้", "ขอส่งเรื่องแม่และลูก", "ช่วยเพื่อนหนูหน่อยค่ะ", or a helper by role who opens so
# ("กู้ภัยชะอำครับ", "ผมเป็นอาสามูลนิธิ") (never one who goes along: "ไปด้วยกัน")
_FOR_OTHERS = re.compile(r"(?:เขียน|พิมพ์|กรอก|ลงทะเบียน|ส่งเรื่อง|ส่งข้อมูล)(?:ข้อมูล)?แทน|ขอส่งเรื่อง"
                         # asking for someone named ("ขอสอบถามแทนน้องชาย"; never "ให้ญาติติดต่อแทนได้
                         # ไหม", "ช่วยถามแทนหน่อย", "เคยโทรถามแทนแล้ว")
                         r"|(?<!ไม่ได้)(?<!ให้)(?<!ช่วย)(?<!เคย)(?<!โทร)(?:สอบถาม|ถาม|ติดต่อ)แทน"
                         r"(?=" + _ANYONE + r"|ญาติ|ครอบครัว)"
                         r"|ช่วย(?:(?!พี่|น้อง)(?:" + _ANYONE + r")(?:ของ)?(?:ผม|หนู|ฉัน)?"
                         # (a bare พี่, น้อง is the writer's word for themselves: "ช่วยน้อง
                         # หน่อย", "ช่วยพี่ด้วยค่ะ"; "ช่วยน้องสาวผมด้วย" is someone else)
                         r"|(?:พี่|น้อง)(?:(?:ชาย|สาว)(?:ของ)?(?:ผม|หนู|ฉัน)?|(?:ของ)?(?:ผม|หนู|ฉัน)))"
                         r"(?:หน่อย|ด้วย)"
                         r"|^(?:สวัสดี" + _PARTICLE + r"?)?(?:ผม|หนู|ฉัน|ดิฉัน)?(?:เป็น)?"
                         r"(?:กู้ภัย|อาสา(?:สมัคร)?|มูลนิธิ)"
                         + "|" + FOR_WHOM  # "ขอความช่วยเหลือให้พี่แจ๋วค่ะ", "ขอถามให้เพื่อน" (dev89)
                         # asked by them to tell it, or help for them to come back to the writer
                         # ("ลูกให้แม่ช่วยแจ้ง", "ช่วยให้ลูกกลับมาบ้านหน่อยค่ะ", dev102; never "ให้
                         # แม่ช่วยแจ้งได้ไหม", one asking leave, nor "ช่วยให้ลูกกลับบ้าน": going too)
                         # (never one told to come here: "เพื่อนให้ติดต่อมาที่นี่ค่ะ", review rev3)
                         + r"|(?:" + _ANYONE + r")(?:เขา|เค้า)?(?:ขอ)?ให้"
                         r"(?:(?:แม่|พ่อ|ยาย|ตา|ป้า|ลุง|น้า|อา|พี่)(?:ช่วย)?|(?:ผม|หนู|ฉัน|ดิฉัน)?ช่วย)"
                         r"(?:แจ้ง|ติดต่อ|เขียน|พิมพ์|ส่งเรื่อง)(?!ได้|ไหม|มั้ย)"
                         r"|ช่วย(?:ให้|พา)(?:" + _ANYONE + r")(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน)?(?:ได้)?"
                         r"กลับมา(?:บ้าน|หา)")
_GOES_TOO = re.compile(r"(?:ไป|กลับ)ด้วยกัน|(?:ไป|กลับ)กัน(?:\d|สอง|สาม|สี่|ห้า)|พวกเรา|เราสอง|เราทั้ง"
                       r"|(?:ผม|หนู|ฉัน|ดิฉัน|อาตมา)(?:ก็)?(?:จะ)?(?:ไป|กลับ|เดินทาง)(?:ด้วย|กับ|พร้อม)"
                       # the writer's own trouble: "ผมไม่มีค่ารถ", "หนูตกงาน"
                       r"|(?:ผม|หนู|ฉัน|ดิฉัน)(?:เอง)?(?:ก็)?(?:ไม่มี|บ่มี|ตกงาน|จะกลับ|อยากกลับ)")


def writes_for_others(compact: str) -> bool:
    """The writer writes for others and does not go (the text without spaces)."""
    return bool(_FOR_OTHERS.search(compact)) and not _GOES_TOO.search(compact)


# a child's papers beside the card answer of those who go: children under 7 have no ID
# card, a birth certificate instead ("หลานมีสูติบัตร", "ลูกยังไม่มีบัตร มีแต่สูติบัตร"); the
# card that counts is the adults' (never "น้อง", often the writer's word for themselves)
# ("ลูกยังเล็กไม่มีบัตร", dev77: a father who has his was asked for a letter)
_CHILD = (r"(?:ส่วน)?(?:ของ)?(?:ลูก|หลาน|เด็ก)(?:ๆ)?(?:ชาย|สาว|เล็ก|คนเล็ก|คนโต|น้อย)?(?:ก็|ยัง|เขา|เค้า)*"
          r"(?:(?<=ยัง)(?:เด็ก|เล็ก)(?:อยู่)?(?:ก็|เลย)?)?")
_BIRTH = r"(?:สูติบัตร|ใบเกิด|ใบแจ้งเกิด)"
# ("ของลูกยังไม่มี", "ลูกยังไม่มี": the card asked of, unsaid)
_CHILD_PAPER = re.compile(_CHILD + r"(?:(?:ไม่|บ่)(?:ได้)?มี(?:บัตร(?:ประชาชน|ปชช)?)?"
                          r"|(?:มี|ใช้|ถือ)(?:แค่|แต่)?"
                          + _BIRTH + r")" + _PARTICLE + "*")
# a child too young for a card: "น้องยังเด็ก", "ลูกยังเล็กอยู่ค่ะ"
_YOUNG = re.compile(r"(?:น้อง|ลูก|หลาน)(?:ชาย|สาว|คนเล็ก)?(?:ก็|เขา|เค้า)*ยัง(?:เด็ก|เล็ก)(?:อยู่)?(?:มาก)?"
                    + _PARTICLE + "*")
# after a child named ("ลูกยังไม่มี ยังเล็ก")
_STILL_YOUNG = re.compile(r"(?:เขา|เค้า|ก็)*ยัง(?:เด็ก|เล็ก)(?:อยู่)?(?:มาก)?" + _PARTICLE + "*")
_BIRTH_ONLY = re.compile(r"(?:(?:มี|ใช้|ถือ)(?:แค่|แต่)?|แค่)" + _BIRTH + _PARTICLE + "*")


def without_child_papers(text: str) -> str | None:
    """The card answer without the clauses on a child's papers (and a birth certificate
    said right after one), when there were such clauses and something else is said; None
    otherwise ("หลานไม่มีบัตร" alone may be of the one who goes)."""
    kept: list[str] = []
    child = False
    for chunk in text.split():
        if (_CHILD_PAPER.fullmatch(chunk) or _YOUNG.fullmatch(chunk)
                or (child and (_BIRTH_ONLY.fullmatch(chunk) or _STILL_YOUNG.fullmatch(chunk)))):
            child = True
            continue
        kept.append(chunk)
    return " ".join(kept) if child and kept else None


# a card had, away from the person: "มีครับแต่ลืมไว้บ้าน", "ได้ค่ะ มีแต่อยู่ที่บ้าน", "บัตรมีแต่
# ทิ้งไว้ที่ห้อง" (the card is had: a photo may be sent, the officer sees it at the
# interview); not brought, with no word of where it is, stays unclear ("มีแต่ไม่ได้เอามา":
# asked whether it is with the person); never one lost or held by others ("มีแต่หาย",
# "มีแต่นายจ้างยึด", "ลืมไว้ที่นายจ้าง")
_HOME = r"(?:ไว้|อยู่)?(?:ที่)?(?:บ้าน|ห้อง|หอ)(?:(?:ที่|ใน|แถว)[ก-๙.]+)?"
_HAD_AWAY = re.compile(r"(?:(?:ได้|ใช่)" + _PARTICLE + r"*)?(?:บัตร(?:ประชาชน|ปชช)?(?:ก็)?)?"
                       r"มี(?:บัตร(?:ประชาชน|ปชช)?)?(?:อยู่)?" + _PARTICLE
                       + r"*แต่(?:ว่า)?(?:(?:ลืม|ทิ้ง|วาง)(?:บัตร)?ไว้|(?:ลืม(?:เอา)?(?:บัตร)?(?:มา)?"
                       r"|ไม่ได้(?:เอา|พก)(?:มา)?|อยู่|เก็บ(?:ไว้|อยู่))" + _HOME + ")")
_TAKEN = re.compile(r"ไม่(?!ได้(?:เอา|พก))|บ่|หาย|ยึด|ขโมย|นายจ้าง|เจ้านาย|นายหน้า|ตำรวจ|โรงพัก|เรือนจำ|คุก"
                    r"|ชำรุด|หมดอายุ")


def had_but_away(text: str) -> bool:
    """"มีครับแต่ลืมไว้บ้าน ให้แม่ถ่ายรูปส่งมาได้": a card had, left at home, and nothing
    said of a card lost, taken or not had."""
    compact = text.replace(" ", "")
    return bool(_HAD_AWAY.match(compact)) and not _TAKEN.search(compact)


# a card lost, said with when ("หายตั้งแต่ก่อนติดคุกแล้ว", "บัตรหายไปนานแล้วค่ะ"); never
# healed ("หายป่วยแล้ว") nor found again ("หายแต่เจอแล้ว")
_LOST_WHEN = re.compile(r"(?:บัตร(?:ประชาชน|ปชช)?)?(?:ก็|มัน)?(?:ทำ)?หาย(?:ไป)?"
                        r"(?:ตั้งแต่|นาน|หลาย|เมื่อ|ตอน|ก่อน)"
                        r"(?:(?!ไม่|บ่|มี|แต่|เจอ|ได้คืน|ป่วย|ไข้|ดี).){0,24}" + _PARTICLE + "*")


def lost_long_ago(text: str) -> bool:
    """"หายตั้งแต่ก่อนติดคุกแล้ว" to the card question: the card lost, some time ago."""
    return bool(_LOST_WHEN.fullmatch(text.replace(" ", "")))


# a card kept by someone else ("บัตรผัวเก่าเก็บไว้เจ้า", "เถ้าแก่เก็บบัตรไว้"), then maybe got
# back ("ตำรวจช่วยทวงคืนมาได้แล้ว", "ได้คืนแล้ว"); a refusal to give it back ("ขอคืนเปิ้นบ่หื้อ")
# keeps it from the person
_KEEPER = (r"(?:ผัว|สามี|แฟน|เมีย|ภรรยา|นายจ้าง|เจ้านาย|เถ้าแก่|หัวหน้า|นายหน้า|ตำรวจ|ญาติ|พ่อเลี้ยง"
           r"|เจ้าหนี้|คนปล่อยกู้|นายทุน|แก๊งเงินกู้"  # a loan shark ("เจ้าหนี้ยึดบัตรประชาชนไว้")
           r"|แม่เลี้ยง|เจ้าของห้อง|เจ้าของบ้าน)(?:เก่า)?(?:เขา|เค้า|เปิ้น|เพิ่น|มัน)?")
_KEPT = re.compile(r"บัตร(?:ประชาชน|ปชช)?(?:อยู่(?:กับ|ที่))?" + _KEEPER + r"(?:เก็บ|ยึด|เอา)(?:ไว้|ไป)"
                   r"|" + _KEEPER + r"(?:เก็บ|ยึด|เอา)(?:บัตร(?:ประชาชน|ปชช)?)(?:ไว้|ไป)?")
_GOT_BACK = re.compile(r"(?<!ไม่)(?<!บ่)(?:ได้|เอา|ทวง)(?:บัตร(?:ประชาชน|ปชช)?)?คืน(?:มา)?(?:ให้)?(?:ได้)?"
                       r"(?:แล้ว|ละ|ครบ)")


def kept_by_others(text: str) -> bool | None:
    """A card kept by someone else: False (not with the person: as lost), True when got
    back since; None when no keeper is named."""
    compact = text.replace(" ", "")
    kept = _KEPT.search(compact)
    if kept is None:
        return None
    return bool(_GOT_BACK.search(compact, kept.end()))


# the card in the hands of one who looks after the traveller ("บัตรประชาชนของลูกอยู่กับ
# หลวงพ่อค่ะ": a son kept at a temple; "บัตรอยู่กับพยาบาล"): had, with the one travelling;
# never a keeper who withholds it (`kept_by_others`: "บัตรอยู่กับนายจ้าง")
_CARER = re.compile(r"บัตร(?:ประชาชน|ปชช)?(?:ของ)?(?:ลูก|หลาน|ผม|หนู|ฉัน|เขา|เค้า|ยาย|ตา|แม่|พ่อ)?"
                    r"(?:(?:ชาย|สาว)?(?:ก็|ยัง)?)?(?:อยู่|ฝากไว้)(?:กับ|ที่)"
                    r"(?:หลวงพ่อ|หลวงพี่|หลวงตา|พระ|เจ้าอาวาส|วัด|มูลนิธิ|ศูนย์|พยาบาล|โรงพยาบาล|หมอ"
                    r"|เจ้าหน้าที่|ครู|ผู้ใหญ่บ้าน|กำนัน"
                    # the writer keeps it for the one travelling ("บัตรยายอยู่กับหนูค่ะ ยายฝากไว้")
                    r"|หนู|ผม|ฉัน|ดิฉัน|เรา(?!ะ))")


def with_carer(text: str) -> bool:
    """The card is with a carer of the traveller: had (see `_CARER`)."""
    compact = text.replace(" ", "")
    withheld = re.search(r"(?:ไม่|บ่)(?:ได้)?(?:คืน|ให้)", compact)  # "ท่านไม่คืนให้"
    return _CARER.search(compact) is not None and not withheld


# the card of one written for lost ("บัตรแม่หายครับ กระเป๋าหายไปตอนหลง", "ตาบัตรหายค่ะ"):
# the one who goes has none; never beside a card had ("บัตรแม่หาย แต่ผมมีบัตร")
_CARD = r"บัตร(?:ประจำตัว)?(?:ประชาชน|ปชช)?"
_OTHERS_LOST = re.compile(r"(?:" + _CARD + r"(?:ของ)?(?:คุณ)?" + _ANYONE
                          + r"|(?:คุณ)?" + _ANYONE + _CARD + r")(?:ก็|มัน|เขา|เค้า|ท่าน)*"
                          r"(?:หาย|(?:โดน|ถูก)(?:ขโมย|ล้วง|กระชาก))")
# (never "ไม่อยู่": "บัตรแม่ไม่อยู่กับตัวค่ะ อยู่ที่บ้าน", "บัตรยายไม่อยู่ที่นี่ ลูกสาวถือไว้"
# is a card had, away; nor one replaced: "บัตรแม่หาย แต่ไปทำใหม่แล้วค่ะ")
_STILL_HAD = re.compile(r"(?<!ไม่)(?<!บ่)มี" + _CARD
                        + r"|เจอแล้ว|เจอบัตร|ได้คืน|(?:ผม|หนู|ฉัน|ดิฉัน)(?:เอง)?(?:ก็)?มี"
                        r"|ทำ(?:บัตร)?ใหม่(?:มา)?แล้ว|(?<!ไม่)(?<!บ่)(?<!ยัง)ได้บัตรใหม่|ถือไว้"
                        r"|(?:บัตร|ไว้)(?:อยู่)?(?:ที่)?บ้าน")


def others_card_lost(text: str) -> bool:
    """The card of the one written for is lost, and no card had is said."""
    compact = text.replace(" ", "")
    return bool(_OTHERS_LOST.search(compact)) and not _STILL_HAD.search(compact)
