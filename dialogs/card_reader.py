"""The answer to "do you have an ID card?" (the writer's own card): said outright, or
told through who holds it, where it is, or whose card it is ("ยายมีบัตรค่ะ", "มีครับแต่
ลืมไว้บ้าน", "ผมมีครับ แต่แฟนไม่มี"). One of the slot parsers of dialogs.readers."""

from __future__ import annotations

import re

from dialogs.cards import (
    had_but_away,
    kept_by_others,
    lost_long_ago,
    others_card,
    others_card_lost,
    with_carer,
    without_child_papers,
)
from dialogs.care import KIN
from dialogs.parse import facts_of, parse_yes_no
from dialogs.second_thought import changed_answer
from dialogs.understand import card_answer, facts_to_answers
from dialogs.words import chunks

__all__ = ["read_id_card"]


# "ยายมีบัตร", "ตายายมีบัตรค่ะ", "ลุงไม่มีบัตร", "น้องมีบัตรประชาชนค่ะ" to "do you have an ID
# card?": people often call themselves so (ยาย, พี่, น้อง), and a helper answers for the one
# travelling (never a parent or partner: "แม่มีบัตร" says nothing of the writer). "โยมแม่",
# "โยมพ่อ" (a monk's or a temple helper's words for a lay parent) is one written for: a
# monk travelling speaks of himself (อาตมา), so the card is the traveller's
_KIN_CARD = re.compile(r"(?:คุณ)?(?:โยม(?:แม่|พ่อ)?|ตายาย|ยายตา|ปู่ย่า|ยาย|ตา|ปู่|ย่า|ลุง|ป้า|น้า"
                       r"|(?:พี่|น้อง)(?:ชาย|สาว)?)"
                       r"(?:เขา|เค้า|ก็)?(?P<no>ไม่|บ่)?"
                       r"(?:มี)บัตร(?:ประชาชน|ปชช)?(?:ทั้งสองคน|ทั้งคู่|ครบ|อยู่)?"
                       r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|จ้ะ)*")


# "ผมมีครับ แต่แฟนไม่มี บัตรหาย...": the writer has one, someone travelling along not (the
# writer applies with theirs; the other's card is a need, asked later)
_MINE_NOT_THEIRS = re.compile(r"(?:ผม|ฉัน|หนู|ดิฉัน|เรา|กระผม)(?:เอง)?(?:ก็)?มี(?:บัตร(?:ประชาชน|ปชช)?)?"
                              r"(?:อยู่)?(?:ค่ะ|ค่า|ครับ|คับ|จ้า|นะ)*แต่(?:ว่า)?(?:" + KIN + r"|เพื่อน)"
                              r"(?:ผม|ฉัน|หนู)?(?:เขา|เค้า|ก็)?(?:ไม่|บ่)(?:ได้)?มี")


# "แม่มีบัตรจ้ะ ลูกสาวบัตรหาย": a parent who calls herself แม่ (or พ่อ) beside her child,
# of whom she speaks in the third person: the writer has one. Never with the writer's own
# word for herself ("แม่มีบัตรค่ะ หนูบัตรหาย": one writing for her mother, card lost)
_PARENT_NOT_CHILD = re.compile(r"(?:แม่|พ่อ)(?:เอง)?(?:ก็)?มี(?:บัตร(?:ประชาชน|ปชช)?)?(?:อยู่)?"
                               r"(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|นะ)*(?:แต่(?:ว่า)?)?(?:ส่วน)?(?:ลูก|หลาน)(?:สาว|ชาย)?"
                               r"(?:เขา|เค้า|ก็)?(?:(?:ไม่|บ่)(?:ได้)?มีบัตร|บัตร(?:ประชาชน|ปชช)?(?:ก็)?"
                               r"(?:หาย|ไม่มี|บ่มี|โดนยึด|ถูกยึด))")
_SELF_WORD = re.compile(r"ผม|ฉัน|หนู|ดิฉัน|กระผม|เรา(?!ะ)|ข้า|กู")


# the card not lost, with a yes or alone ("บัตรบ่หาย", "มีอยู่ครับ บัตรไม่ได้หาย")
_NOT_LOST = re.compile(r"(?:(?:มี|อยู่|ยังอยู่|มีอยู่)(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เจ้า)*)?บัตร(?:ประชาชน|ปชช)?"
                       r"(?:ก็|ยัง)?(?:บ่|ไม่)(?:ได้)?หาย(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เจ้า|เด้อ|นะ)*")
# "not lost" said anywhere in the answer; it can only confirm a card had
_NOT_LOST_SAID = re.compile(r"(?:ก็|ยัง)?(?:บ่|ไม่)(?:ได้)?หาย(?!ป่วย|ดี|ไข้|เจ็บ|ใจ)")
# not expired ("ยังไม่หมดอายุ"): it can only confirm a card had
_NOT_EXPIRED = re.compile(r"(?:แล|ดู)?(?:แล้ว)?(?:ก็|ยัง)?(?:บ่|ไม่)(?:ได้)?หมดอายุ"
                          r"(?:ค่ะ|ครับ|คับ|จ้า|จ้ะ|เด้อ|นะ)*")
# the card, whoever's, in a bag or on them (never one in a bag stolen: "บัตรอยู่ในกระเป๋าที่โดนขโมย")
# (nothing lost or denied after it, anywhere: "บัตรแม่อยู่ในกระเป๋า แต่บัตรหนูหายค่ะ", "...ตังค์
# โดนปล้นไปหมดเลย"; only money stolen is no loss of it: "ขโมยเอาไปแต่ตัง")
_IN_BAG = re.compile(r"บัตร(?:ประชาชน|ปชช)?(?:ของ)?(?:ยาย|ตา|แม่|พ่อ|ลุง|ป้า|น้อง|พี่|ผม|หนู|ฉัน|เขา)?"
                     r"(?:ก็|ยัง)?(?:อยู่|เก็บไว้)(?:ใน|ที่)?(?:ย่าม|กระเป๋า|เป้|ตัว)"
                     r"(?!.*?(?:หาย(?!ป่วย|ดี)|โดน|ถูก|ขโมย(?!(?:เอา)?ไปแต่(?:ตัง|เงิน))|ปล้น|ล้วง|กระชาก"
                     r"|วิ่งราว|ทิ้ง|ไม่|บ่|ลืม|แฟน|เพื่อน|ผัว|สามี|เมีย|นายจ้าง|นายหน้า|คนอื่น))")


# the yes, then the card named, typed as one word ("mee krub bat pracha chon" read as Thai, dev92)
_YES_THEN_CARD = re.compile(r"^(\s*(?:ไม่|บ่)?มี(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เจ้า)+)"
                            r"(?=บัตร(?:ประชาชน|ปชช)?(?:\s|$))")


_CARD_TYPO = re.compile(r"บัด(?!นี้|ซบ|ดล|กรุ|เดี๋ยว)")  # the card question: "บัด" is a typo
# "มีทั้งของหนูของพ่อค่ะ": the writer's and the other traveller's both had
# ("มีครับทั้งผมทั้งเมีย", dev92: asked twice, then skipped)
_BOTH_HAD = re.compile(r"มี(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เจ้า)*ทั้ง(?:ของ)?(?:หนู|ผม|ฉัน|ดิฉัน|เรา)"
                       r"(?:และ|กับ|แล้วก็|ทั้ง)?(?:ของ)?(?:"
                       + KIN + r"|เพื่อน|แฟน)(?!.*(?:หาย(?!ป่วย|ดี)|(?:ไม่|บ่)มี(?!ปัญหา)|ยึด|หมดอายุ|ไหม้))")
_HAVE_IT = re.compile(r"^\s*มีอยู่(?=(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เจ้า)*\s)")  # "มีอยู่ ...": "มี ..."
_HAVE_SAID_TWICE = re.compile(r"\s*มี(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เจ้า)+\s*(?=มี(?!แต่))")


# the card named first, then had or not by all who go, counted (a deaf writer's order:
# "บัตร ประชาชน มี สอง คน", dev104; "บัตรประชาชนมีทั้งสองคน"): read as "มี สอง คน"
_CARD_FIRST = re.compile(r"^\s*บัตร\s*(?:ประจำตัว)?\s*(?:ประชาชน|ปชช)?\s*(?:ก็\s*)?"
                         r"(?=(?:ไม่\s*|บ่\s*)?มี\s*(?:ทั้ง|ครบ)?\s*(?:คู่|ทุกคน|(?:\d|สอง|สาม|สี่|ห้า)\s*คน))")
# one named who is not the writer (a parent, partner, child or friend: "ไม่มีครับ ของพ่อ")
_ANOTHER_NAMED = frozenset({"แม่", "พ่อ", "ลูก", "ลูกสาว", "ลูกชาย", "หลาน", "เมีย", "ผัว", "สามี", "ภรรยา",
                            "แฟน", "เพื่อน", "พ่อแม่", "อุ๊ย"})


def _own_card(part: str) -> bool | None:
    """The writer's card in one part of a changed answer; None when another is named."""
    named = _ANOTHER_NAMED & {w for chunk in chunks(part) for w in chunk}
    return None if named else read_id_card(part, None)


# northern "กู้คน" (ทุกคน, everyone) after a yes, never a loan ("กู้เงิน")
_EVERYONE_NORTH = re.compile(r"(?<=มี)\s?กู้คน|กู้คน(?=\s?(?:มี|ก็มี))")


# "หมี" typed for มี opening the answer to "do you have an ID card?" (dev44)
_BEAR_HAD = re.compile(r"^\s*หมี(?=\s|ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|ทั้ง|ครบ|อยู่|แล้ว|$)")


# another card said had or not beside the ID card ("บัตร ประชาชน มี บัตร คนพิการ ไม่มี", a deaf
# man, dev53): not the ID card's answer
_OTHER_CARD_SAID = re.compile(r"บัตร\s*(?:(?:คน|ผู้)\s*พิการ|สวัสดิการ(?:แห่งรัฐ)?|คนจน|ผู้สูงอายุ"
                              r"|atm|เอทีเอ็ม|เครดิต|ประกันสังคม|ทอง)"
                              r"\s*(?:ก็)?\s*(?:ยัง)?\s*(?:ไม่|บ่)?\s*(?:ได้)?\s*(?:มี|ทำ)\s*"
                              r"(?:ค่ะ|ค่า|ครับ|คับ|นะ|จ้า)?")


# the card named first, then had by all who go ("บัตร ประชาชน มี สอง คน", a deaf man in Thai
# sign-language order, dev104: asked three times; "บัตรมีครบทุกคน")
_CARD_FIRST_ALL = re.compile(r"บัตร(?:ประชาชน|ปชช)?(?:ก็)?(?P<no>ไม่|บ่)?มี(?:กัน)?(?:ทั้ง|ครบ)?"
                             r"(?:(?:[0-9]|สอง|สาม|สี่|ห้า|หก)คน|ทุกคน|คู่|ครบ)(?:ทุกคน)?"
                             r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เจ้า)*")
# only money taken, said beside the card ("บัตรประชาชนยังอยู่ โจรเอาไปแต่เงิน", dev102: asked
# three times): no loss of the card
_ONLY_MONEY_TAKEN = re.compile(r"(?:^|(?<=\s))(?:โจร|ขโมย|คนร้าย|มัน|เขา|เค้า)?(?:ก็)?"
                               r"(?:ขโมย|เอา|ล้วง|ฉก|ชิง|ปล้น)(?:ไป)?(?:แต่|แค่|เฉพาะ)(?:เงิน|ตังค์|ตัง|สตางค์)(?:สด)?"
                               r"(?:อย่างเดียว|ไป)?(?:ค่ะ|ค่า|ครับ|คับ|จ้า|นะ)*(?=\s|$)")


def read_id_card(text: str, value: str | None) -> bool | None:
    if value in ("yes", "no"):
        return value == "yes"
    text = _CARD_TYPO.sub("บัตร", text)  # "มีบัดคับ"
    text = _ONLY_MONEY_TAKEN.sub(" ", text).strip() or text
    counted = _CARD_FIRST_ALL.fullmatch(text.replace(" ", ""))
    if counted:
        return counted["no"] is None
    text = _YES_THEN_CARD.sub(r"\1 ", text)  # "มีครับบัตรประชาชน": "มีครับ บัตรประชาชน"
    text = _OTHER_CARD_SAID.sub(" ", text).strip() or text  # "บัตรคนพิการไม่มี" beside it
    text = _BEAR_HAD.sub("มี", text)  # "หมีครับ ครบทุกคน" (dev44; never a name: asked of the card)
    text = _EVERYONE_NORTH.sub("ทุกคน", text)  # northern "มีกู้คนเจ้า" (dev61: asked three times)
    text = _HAVE_IT.sub("มี", text)  # "มีอยู่ หลานกะมีบัตร" (dev74: asked twice, then skipped)
    text = _CARD_FIRST.sub("", text)  # "บัตร ประชาชน มี สอง คน" (dev104): "มี สอง คน"
    doubled = _HAVE_SAID_TWICE.match(text)
    again = read_id_card(text[doubled.end():], None) if doubled else None
    if again is not None:  # "มีค่ะมีทั้งของหนูของพ่อค่ะ" (dev34): the yes said again, with more
        return again  # (not "มีครับ มีหนี้ด้วย": nothing of a card after, the first yes holds)
    if _NOT_LOST.fullmatch(text.replace(" ", "")):  # "มีอยู่ครับ บัตรบ่หาย" (dev44)
        return True
    unlost = _NOT_LOST_SAID.sub(" ", text)  # "บัตร มี อยู่กระเป๋าเป้ ไม่หาย" (dev55): a yes
    if unlost != text and "บัตร" in text and read_id_card(unlost, None) is True:  # "not lost" too
        return True
    unexpired = _NOT_EXPIRED.sub(" ", text)  # "มีอยู่ แลแล้วยังไม่หมดอายุ" (dev68): a yes too
    if unexpired != text and read_id_card(unexpired, None) is True:
        return True
    if _IN_BAG.search(text):  # "บัตรยายอยู่ในย่ามจ้ะ ขโมยเอาไปแต่ตัง" (dev68)
        return True
    plain = without_remarks(text)  # "บัตรประชาชนมีอยู่ หลาน อำเภอฝาง บ้านแม่งอน"
    if plain != text:
        return read_id_card(plain, None)
    adults = without_child_papers(text)  # "ยายมีบัตรค่ะ หลานมีสูติบัตร": the adults' card
    if adults is not None:
        return read_id_card(adults, None)
    if _BOTH_HAD.match(text.replace(" ", "")):
        return True
    if had_but_away(text):  # "มีครับแต่ลืมไว้บ้าน": a card had, away from the person
        return True
    if lost_long_ago(text):  # "หายตั้งแต่ก่อนติดคุกแล้ว"
        return False
    kept = kept_by_others(text)  # "บัตรผัวเก่าเก็บไว้ ขอคืนบ่หื้อ"; "...ทวงคืนมาได้แล้ว"
    if kept is not None:
        return kept
    if with_carer(text):  # "บัตรประชาชนของลูกอยู่กับหลวงพ่อค่ะ"
        return True
    compact = text.replace(" ", "")
    if _MINE_NOT_THEIRS.match(compact) or (
            _PARENT_NOT_CHILD.match(compact) and not _SELF_WORD.search(compact)):
        return True
    said = facts_to_answers(facts_of(text)).get("id_card")
    if isinstance(said, bool):
        return said
    if _RETURNED.search(text.replace(" ", "")):  # "น้องมีบัตรค่ะ เรือนจำคืนให้แล้ว" (dev64)
        return True
    if others_card_lost(text):  # "บัตรแม่หายครับ กระเป๋าหายไปตอนหลง"
        return False
    kin = _KIN_CARD.fullmatch(text.replace(" ", ""))
    if kin:
        return kin["no"] is None
    others = others_card(text, anyone=False)  # "ยายมีบัตรครับ อยู่ในกระเป๋า", "มีทุกคน"
    if others is not None:
        return others
    short = card_answer(text)
    said = short if short is not None else parse_yes_no(text)
    if said is None:  # "ไม่มีครับ... เดี๋ยวนะครับ มีครับ อยู่ในช่องลับกระเป๋าตังค์" (dev105)
        said = changed_answer(text, _own_card)
    first, *rest = text.split() or [""]
    if said is None and rest and not _CARD_TALK.search("".join(rest)):
        return read_id_card(first, None)  # "มีครับบัตรยังอยู่ ท่าเรือในเมือง": a remark after
    return said


# the card given back by whoever held it (never "เรือนจำไม่คืนให้", "ยังไม่คืน"; nor one
# lost since, or other things given back: "เรือนจำคืนให้แต่หายไปแล้ว", "คืนมาแต่เงิน")
_RETURNED = re.compile(r"(?:เรือนจำ|คุก|ตำรวจ|นายจ้าง|เจ้าหน้าที่|นายหน้า|ราชทัณฑ์)(?:ก็|เขา|เค้า)?(?:ส่ง)?"
                       r"คืน(?:บัตร)?(?:ให้|มา)(?:แล้ว|ละ)?"
                       r"(?!แต่(?!บัตร)|.*(?:หาย(?!ป่วย|ดี)|ขโมย|(?:ไม่|บ่)(?:ได้)?(?:มี(?!ปัญหา)|คืน)))")


# an elder's word of address for the bot, after the answer ("มีอยู่ลูก", "นี่ละลูก") or
# on its own ("บัตรประชาชนมีอยู่ หลาน"); "มีลูก" to the card question is "have it, child"
_ADDRESS = ("ลูก", "หลาน", "ลูกหลาน")
_BEFORE_ADDRESS = frozenset({"มี", "อยู่", "ละ", "นี่", "แล้ว", "ดอก", "หรอก", "เด้อ", "ครับ", "ค่ะ",
                             "จ้ะ", "จ้า", "นะ", "เน้อ", "เจ้า", "ได้", "ยัง"})
# a village or district said after the card answer, where the person is from or is
# ("บ้านหนองน้ำใส อำเภอบ้านไผ่ครับ", "กะบ้านนาโพธิ์นี่ละ"): never a home the card is left
# at ("ที่บ้าน", "บ้านแม่", "บ้านแม่ผม", "บ้านเช่า")
_PLACE_START = ("อำเภอ", "ตำบล", "จังหวัด", "อ.", "ต.", "จ.")
_NOT_VILLAGE = frozenset({"พ่อ", "แม่", "ยาย", "ตา", "ปู่", "ย่า", "ลุง", "ป้า", "น้า", "พี่", "น้อง",
                          "ลูก", "หลาน", "เพื่อน", "แฟน", "ผัว", "เมีย", "สามี", "ญาติ", "เช่า", "พัก",
                          "ผม", "ฉัน", "หนู", "เรา", "เขา", "เค้า", "ตัวเอง", "เกิด", "เดิม", "นาย",
                          "เจ้านาย", "นายจ้าง", "คน", "ที่", "ใน", "อยู่", "ค่ะ", "ครับ", "นะ", "ก็",
                          "หลังนั้น", "หลังนี้", "นอก", "ข้างๆ"})
_PARTICLES = frozenset({"ครับ", "ค่ะ", "คะ", "จ้ะ", "จ้า", "นะ", "เด้อ", "เน้อ", "เจ้า", "ละ", "นี่", "ละก็"})


def _village(words: tuple[str, ...]) -> bool:
    """"บ้านหนองน้ำใส", "กะบ้านนาโพธิ์นี่ละ", "บ้านแม่งอน" (a village named), never
    "บ้านแม่" or "บ้านแม่ผม" (mother's home)."""
    if words[:1] in (("กะ",), ("ก็",)):
        words = words[1:]
    if len(words) < 2 or words[0] != "บ้าน" or (words[1] in _NOT_VILLAGE and (
            words[1] not in ("พ่อ", "แม่") or len(words) < 3
            or words[2] in _NOT_VILLAGE or words[2] in _PARTICLES)):
        return False
    return not _CARD_TALK.search("".join(words[1:]).replace("บ้าน", ""))


def without_remarks(text: str) -> str:
    """The card answer without an elder's word of address and the places said after it
    (see `_ADDRESS`, `_village`); the text itself when there are none, or nothing else."""
    kept: list[str] = []
    dropped = False
    for i, raw in enumerate(text.split()):
        words = tuple(w for chunk in chunks(raw) for w in chunk)
        if i and words and ((words[0] in _ADDRESS and all(w in _PARTICLES for w in words[1:]))
                            or words[0] in _PLACE_START or _village(words)):
            dropped = True  # "... หลาน", "... อำเภอฝาง บ้านแม่งอน"
            continue
        if len(words) > 1 and words[-1] in _ADDRESS and words[-2] in _BEFORE_ADDRESS:
            raw, dropped = "".join(words[:-1]), True  # "มีอยู่ลูก", "นี่ละลูก"
        elif words == ("มีลูก",):
            raw, dropped = "มี", True
        kept.append(raw)
    plain = " ".join(w for w in kept if w)
    return plain if plain and dropped else text


# words that speak of a card, where it is kept, or say no: a remark after the card
# answer that has none of them leaves the answer as it is ("ยายมีบัตรค่ะ ที่บ้าน" does not)
_CARD_TALK = re.compile(r"บัตร|บัด|ไม่|บ่|มี|หาย|ยึด|ขโมย|หมด|ชำรุด|สูติ|ใบเกิด|หนังสือ|เอกสาร|แต่|ของ"
                        r"|บ้าน|ห้อง|หอ|นายจ้าง|เจ้านาย|นายหน้า|ต่างด้าว|แก๊ง|โจร|ผัว|สามี|แฟน"
                        # (not the police as who told it: "น้องมีบัตรติดตัวค่ะ ตำรวจบอก", dev92)
                        r"|ตำรวจ(?!(?:เขา|เค้า|ก็)?(?:บอก|แจ้ง|ว่า))"
                        r"|โรงพัก|เรือนจำ|คุก|เลข|ศูนย์|[0-9๐-๙]|\?|ไหม|มั้ย")
