"""A home abroad: a town or country outside Thailand named as home ("กลับบ้านที่ลาว",
"บ้านอยู่ปอยเปต") or as a whole answer to the places question ("เมียวดีครับ ฝั่งพม่า",
"ประเทศลาวค่ะ"). The aid takes Thai people home within Thailand, so such a home is
no province to ask again: the request is refused, kindly (dialogs.eligibility).

Never a place one came from ("กลับมาจากมาเลเซีย", "หนีจากพม่า"), worked in long ago
or wants to work in ("เคยทำงานมาเลเซีย", "อยากไปทำงานมาเล"), nor a people or a language
said of a Thai ("พูดลาว", "เขมรสุรินทร์": a whole answer names no Thai province).
"""

from __future__ import annotations

import re

from dialogs.parse_numbers import PARTICLE
from dialogs.provinces import province_mentions

__all__ = ["ABROAD", "home_abroad_in"]

# towns and countries next to Thailand people go home to, as one word each
_ABROAD_WORDS = (
    "พม่า เมียนมา เมียนมาร์ เมียวดี ท่าขี้เหล็ก ย่างกุ้ง มัณฑะเลย์ ทวาย มะริด เกาะสอง พะอาน"
    " ลาว เวียงจันทน์ เวียงจันท์ หลวงพระบาง ปากเซ สะหวันนะเขต ห้วยทราย"
    " เขมร กัมพูชา ปอยเปต พนมเปญ เสียมราฐ เกาะกง พระตะบอง"
    " มาเลเซีย มาเลย์ มาเล กลันตัน กัวลาลัมเปอร์ ปีนัง เวียดนาม ฮานอย"
    " โกตาบารู ตรังกานู เคดาห์ อลอร์สตาร์ อาลอร์สตาร์ ยะโฮร์")
ABROAD = frozenset(_ABROAD_WORDS.split())
# a foreign word ends there: "เขมราฐ" (Ubon), "มาเลี้ยงลูก", "ลาวครั่ง" are Thai words
_ENDS = r"(?=$|[\s,.!?]|" + PARTICLE + r"|ฝั่ง|ประเทศ|บ้าน|แล้ว)"
_FOREIGN = "(?:" + "|".join(sorted(ABROAD, key=len, reverse=True)) + ")" + _ENDS
# the words that lead to a foreign place, a whole answer: "ฝั่งพม่า", "ประเทศลาว", "เมืองลาว"
_LEAD = r"(?:ฝั่ง|ประเทศ|เมือง|ที่|อยู่|ทาง)*"
_WHOLE = re.compile(r"(?:" + _LEAD + r"(?:" + _FOREIGN + r")" + PARTICLE + r"*[,.]?\s?)+")
# home named as such just before the place ("กลับบ้านที่ลาว", "บ้านเกิดอยู่ปอยเปต",
# "กลับพม่า"): not "กลับมา" (back here), nor "บ้านอยู่ใกล้..." (the word must follow)
_HOME_BEFORE = re.compile(
    r"(?:(?:จะ|อยาก)?กลับ(?!มา)(?:ไป)?(?:บ้าน(?:เกิด)?)?(?:อยู่)?|(?:บ้าน(?:เกิด)?(?:ผม|ฉัน|หนู|เรา"
    r"|เขา|เค้า|จริง|เดิม)*|ภูมิลำเนา(?:เดิม)?)(?:อยู่|ที่))(?:ที่|ใน|ฝั่ง|ประเทศ|ทาง)*"
    r"(?:" + _FOREIGN + ")")

_ACROSS = re.compile(r"ฝั่ง|ประเทศ|เมือง")
_THERE_SINCE = re.compile(r"อยู่(?:โน้น|โน่น|นั่น|ที่นั่น|ที่โน่น)")
# (not a remark of work there, of coming back or of a home here: "อยู่โน้นทำงาน", "กลับมา...")
_SAID_AFTER = re.compile(r"งาน|กลับมา|ตอนนี้|บ้าน|เกิด|ญาติ|ไม่มีใคร")


def _a_place(word: str) -> bool:
    """A Thai province or town said alone ("มหาชัย"): the foreign words after it end a
    places answer (here, then home); after any other word ("ทำงาน มาเลเซีย", "ใกล้
    เมียวดี", "แฟนคน ลาว", "หนีมาจาก พม่า") they are not a home."""
    return bool(province_mentions(word, fuzzy=False))


def home_abroad_in(cleaned: str, compact: str) -> bool:
    """Whether the message names a home abroad: a foreign place after a home cue, or
    foreign places that end the message as words of their own, the home of an answer
    that names here first ("สมุทรสาคร มหาชัย เมียวดีครับ ฝั่งพม่า"); `cleaned` with
    spaces, `compact` without."""
    if _HOME_BEFORE.search(compact):
        return True
    words = [w for w in cleaned.split(" ") if w]
    # a remark after the places ("โกตาบารู กลันตัน มาเลเซียค่ะ อยู่โน้นยี่สิบปีแล้ว", dev43)
    remark = next((n for n, w in enumerate(words) if n and _THERE_SINCE.match(w)), None)
    if remark is not None and not _SAID_AFTER.search("".join(words[remark:])) and not (
            province_mentions("".join(words[remark:]), fuzzy=False)):
        words = words[:remark]
    for at in range(len(words)):
        tail = " ".join(words[at:])
        if _WHOLE.fullmatch(tail):
            # "ยะลาค่ะ ทางมาเลย์": a Thai place, then the way it lies (toward Malaysia)
            toward = at > 0 and tail.startswith("ทาง") and not _ACROSS.search(tail)
            return not toward and (at == 0 or _a_place(words[at - 1]))
    return False
