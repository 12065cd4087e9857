"""What is said between two places in a message (dialogs.places): a landmark, a station or
a district that tells where in the place before the person is, only particles or a count,
an answer of its own; and whether a text has any word that gives a place a role."""

from __future__ import annotations

import re

from dialogs.districts import district_names
from dialogs.parse_numbers import PARTICLE
from dialogs.place_cues import ADJACENT_HOME, CERTIFIES, CUE, SOMEONE_ELSE
from dialogs.place_denials import DENIED_PLACE
from dialogs.towns import LANDMARKS, TOWNS

__all__ = ["COUNT_BETWEEN", "LOCALITY_WORD", "NOTHING_BETWEEN", "elaborates", "kind_opens_chunk",
           "place_cue_in", "prev_bare_kind", "said_by_town", "unknown_answer"]

# a town or landmark ("บางนา", "หมอชิต"), not the province named outright ("ชลบุรี", "กทม")
_TOWN_WORDS = LANDMARKS | {w for towns in TOWNS.values() for w in towns.split()}


def said_by_town(said: str) -> bool:
    """The place was named by a town, a landmark or a district (`said`: its words)."""
    return said in _TOWN_WORDS or said in district_names()


NOTHING_BETWEEN = re.compile(r"(?:" + PARTICLE + r"|จังหวัด|จ\.|,)*")
# only a count between ("อยู่ชลบุรี ไป 2 คน ขอนแก่น"): the place after it is bare (one digit a
# step: "[\d]+" inside the star took exponential time on a long run of digits, fuzzing found)
COUNT_BETWEEN = re.compile(r"(?:" + PARTICLE + r"|,)*(?:ไป|กลับ)?(?:กัน)?(?:[\d๐-๙]|สอง|สาม|สี่|ห้า|หก"
                           r"|หลาย|ทุก|ทั้ง)*คน(?:" + PARTICLE + r"|,)*")


# "อยุธยาค่ะ อยู่หอแถวนิคมโรจนะ นครพนมค่ะ": a here cue that goes on to its own place
# (the dorm near the estate) tells more of the bare place before it; the province after
# a space is the next answer, not where that dorm is
_ELABORATES = re.compile(PARTICLE + r"*(?:ตอนนี้)?(?:ก็|ยัง)?(?:ติด|พัก|นอน|ค้าง|นั่ง|รอ)?อยู่(?:ที่|ใน)?"
                         r"(?P<obj>.{2,})")
_OPEN_END = re.compile(r"(?:ที่|ใน|จังหวัด|จ\.|แถว|ย่าน|ใกล้|เขต|อำเภอ|อ\.)$")
# "สงขลาครับ ที่สะเดา อุดรธานีครับ": the district or town within the place before (no
# cue in it: not "ชลบุรี ที่จะกลับ ขอนแก่น")
_LOCALITY = re.compile(PARTICLE + r"*(?:ที่|อำเภอ|ตำบล|แถว|ย่าน|เขต|แขวง)(?P<obj>.{2,})")
# "กาญจนบุรี หน้ารพ.พหลฯ ชัยภูมิ" (dev55): a landmark named after the bare place before
# tells where in it the person waits; the province after a space is the next answer
_LANDMARK_AT = re.compile(PARTICLE + r"*(?:หน้า|หลัง|ข้าง|ใกล้|ตรงข้าม)(?:นิคม(?:อุตสาหกรรม)?|ตลาด"
                          r"|โรงพยาบาล|โรงบาล|รพ\.?|วัด|สถานี(?:รถไฟ|ขนส่ง)?|ขนส่ง|ห้าง|โรงงาน"
                          r"|ทัณฑสถาน|เรือนจำ|คุก)(?P<obj>.{2,})")


# "หัวหิน สถานีรถไฟ นครสวรรค์" (dev55): a kind of place alone after the bare place before
# (its station, its terminal): where in it the person is; the next province is the next answer
_KIND_ALONE = re.compile(PARTICLE + r"*(?:ที่|แถว|ตรง)?(?:หน้า|หลัง|ข้าง|ใกล้|ใน)?(?:สถานีรถไฟ|สถานีขนส่ง"
                         r"|สถานีรถ|สถานี|ขนส่ง|บขส\.?|ท่ารถ|ตลาด|วัด|โรงพยาบาล|โรงบาล|รพ\.?|ห้าง|ปั๊ม"
                         r"|เซเว่น)" + PARTICLE + r"*")


def prev_bare_kind(gap: str) -> bool:
    return _KIND_ALONE.fullmatch(gap) is not None


def elaborates(gap: str, spaced: bool, after_town: bool = True) -> bool:
    """Whether `gap`, said after a place with no cue and before one that starts a new chunk
    (`spaced`), is a here cue spent on a place of its own, or a district of the place."""
    landmark = _LANDMARK_AT.fullmatch(gap)
    if landmark and (CUE.search(landmark["obj"]) or DENIED_PLACE.search(landmark["obj"])
                     or DENIED_PLACE.search(gap)):
        landmark = None  # "ขอนแก่น หน้าตลาด ลูกสาวอยู่ ระยอง": the next place has its own cue
    said = (_ELABORATES.fullmatch(gap) or landmark or (
        None if CUE.search(gap) else _LOCALITY.fullmatch(gap))) if spaced else None
    if spaced and after_town and prev_bare_kind(gap):
        return True
    if said is None or _OPEN_END.search(said["obj"]):
        return False
    return not NOTHING_BETWEEN.fullmatch(said["obj"])


def place_cue_in(compact: str) -> bool:
    """Whether the text without spaces has a word that gives a place a role."""
    return (CUE.search(compact) is not None or ADJACENT_HOME.search(compact) is not None
            or CERTIFIES.search(compact) is not None)  # "หนังสือรับรอง ... ว่าเป็นคนไทย"


# "ศิริราช กรุงเทพ อำเภอฝาง": a district word opening a chunk of its own after a place
LOCALITY_WORD = re.compile(PARTICLE + r"*(?:อำเภอ|ตำบล)")
# "บัตรประชาชน ท่าเรือมหาชัย": a kind of place opening a chunk of its own, then its name
_PLACE_KIND = re.compile(r"(?:ท่าเรือ|ท่ารถ|ท่าน้ำ|ตลาด|วัด|โรงพยาบาล|โรงบาล|สถานีรถไฟ|แพปลา|สะพานปลา)$")


def kind_opens_chunk(gap: str, at: int, spaced: set[int]) -> bool:
    kind = _PLACE_KIND.search(gap)
    return kind is not None and at - len(gap) + kind.start() in spaced


# "ดอนเมืองค่ะ เมืองรถม้าค่ะ ลำปาง": a word not known as a place, said as an answer of its
# own (ending with a particle), between two places: the place after it is still bare
_ANSWER_END = re.compile(PARTICLE + r"$")


def unknown_answer(gap: str, spaced: bool) -> bool:
    return spaced and _ANSWER_END.search(gap) is not None and not place_cue_in(gap) and (
        SOMEONE_ELSE.search(gap) is None) and "จาก" not in gap
