"""Screening facts read from one free-text message (pure, no I/O).

The text is cleaned (`clean_text`) and its spaces removed, then each fact is decided
by a small set of patterns that say True or False. When several match, the one that
ends last wins ("มีบัตรแต่หาย" -> no card); on a tie the longer match wins
("ไม่เร่งด่วน" beats "ด่วน"). Negation is part of the patterns: "ไม่มีค่ารถ" says
no_fare=True, "มีค่ารถแล้ว" says False; "ไม่มี A และ B" negates B too. The patterns
are in dialogs.fact_rules and dialogs.card_rules.

Provinces: where the person is and where home is, by the cues before each (dialogs.places).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dialogs.cannot_then import CANNOT_THEN
from dialogs.card_rules import ID_CARD, ID_DAMAGED, ID_EXPIRED, NATIONALITY_LETTER, THAI
from dialogs.care import (
    CANNOT_ALONE_ENDS,
    CARE_PATTERNS,
    KIN,
    LASTING,
    RECOVERING,
    STAYS,
    WALKING,
)
from dialogs.count_said import with_children
from dialogs.fact_rules import (
    ABOUT_SELF,
    FARE,
    FARE_RULES,
    GUARDED,
    NEEDS,
    URGENT,
    Rules,
    rules,
)
from dialogs.food_rules import FOOD
from dialogs.paralysis import ILL_SAID, PARALYSIS, disability_denied
from dialogs.parse_numbers import PARTICLE, clean_text, negations_fixed
from dialogs.past_needs import CURES, over_stretches
from dialogs.place_writer import FETCH, cannot_fetch, kao_as_writer, not_going
from dialogs.places import here_and_home_in
from dialogs.province_abroad import home_abroad_in
from dialogs.province_types import Province
from dialogs.shelter_rules import NO_ROOF, SHELTER
from dialogs.shelter_words import (
    KEPT_UNTIL,
    OUT_NOW,
    PUT_OUT_TOLD_FIRST,
    ROOF_NAMED_NONE,
    ROOF_NONE,
    ROOF_NONE_TONIGHT,
)
from dialogs.sign_order import verbs_last
from dialogs.travellers import people_and_ages
from dialogs.words import word_spans

# a room or a camp kept until a later day: not urgent (dialogs.shelter_words)
_URGENT = (*URGENT, *rules([ROOF_NONE_TONIGHT], [KEPT_UNTIL]))
_NO_ROOF = (*NO_ROOF, *rules([OUT_NOW, ROOF_NONE, ROOF_NONE_TONIGHT]))  # out in the open now
# the lack named after what is lacked ("ที่นอนก็ไม่มี", "ห้องเช่าเจ้าของไล่วันนี้"), the fare's
# too before the roof's ("ค่า รถ ไม่มี ที่ นอน ไม่มี", dev104)
_SHELTER = (*SHELTER, *rules([ROOF_NONE, ROOF_NONE_TONIGHT, PUT_OUT_TOLD_FIRST]))
_FARE = (*FARE_RULES, *rules([FARE + r"(?:ก็|ยัง)?(?:ไม่|บ่)มี(?=" + ROOF_NAMED_NONE + ")"]))

__all__ = ["HARDSHIPS", "Facts", "extract_facts"]

HARDSHIPS = ("no_shelter", "no_food", "no_fare")  # the three troubles of the aid, as answers

SPECIAL_NEEDS = frozenset({"elderly", "sick", "disabled", "child", "cannot_travel_alone",
                           "pregnant"})


@dataclass(frozen=True)
class Facts:
    no_shelter: bool | None = None
    no_food: bool | None = None
    no_fare: bool | None = None
    has_id_card: bool | None = None
    has_nationality_letter: bool | None = None
    thai_national: bool | None = None
    current_province: Province | None = None
    home_province: Province | None = None
    travellers: int | None = None
    special_needs: frozenset[str] = frozenset()
    urgent: bool | None = None
    id_card_state: str | None = None  # "expired" or "damaged": the officer checks it
    # provinces named with no cue, in order, not already current or home (dialogs.places)
    bare_provinces: tuple[Province, ...] = ()
    # a care need said to be absent ("ไม่มีคนป่วย", "ไม่มีใครป่วย", "ไม่มีเด็ก")
    nobody_needs_care: bool | None = None
    # home (or the way) abroad: "เมียวดีครับ ฝั่งพม่า" (dialogs.province_abroad)
    home_abroad: bool | None = None
    # put out or left alone ("ห้องเช่าก็โดนไล่"), with no word of nowhere to sleep
    roof_unknown: bool | None = None


# "!" at the start of a pattern: the match does not count right after a negation. (A
# Python check instead of leading look-behinds, which would stop the regex engine from
# scanning fast for the first literal.)
_NEGATED_BEFORE = re.compile(r"(?:ไม่|บ่|ไม่ได้|ไม่ค่อย|ไม่ใช่|ไม่(?:ได้)?เป็น|ไร้|หาย|ยังไม่|ไม่มี"
                             r"|ไม่ได้มี|ไม่ได้ถือ|ไม่มีใคร|(?:ไม่|บ่)มี(?:ไผ|ใผ)|ไม่เคย|ไม่ใช่คน|ไม่ได้เป็นคน)$")
# "@" (after any "!"): the match does not count when it tells of someone else ("พ่อเป็น
# คนพม่า", "ทำงานกับคนพม่า", "แฟนเป็นคนไทย"): a Thai writer is never refused for another
# person's nationality.
_OTHER_BEFORE = re.compile(
    r"(?:พ่อ|แม่|แฟน|เพื่อน|นายจ้าง|เจ้านาย|หัวหน้า|เมีย|สามี|ผัว|ภรรยา|ลูก|หลาน|พี่|น้อง|ยาย"
    r"|ตา|ปู่|ย่า|ญาติ|คนงาน|ลูกจ้าง|กับ|ร้าน|บริษัท|โรงงาน)(?:ของ)?(?:ผม|ฉัน|หนู|เรา)?(?:ก็)?"
    r"(?:ยัง)?(?:(?<=ยัง)(?:เล็ก|เด็ก|น้อย)(?:อยู่)?(?:ยัง)?)?(?:เป็น)?$")  # "ลูกยังเล็กไม่มีบัตร" (dev77)
# the writer with the other ("หนูกับลูกเป็นคนไทยค่ะ", dev95): of the writer too
_KIN_OWNERS = ("พ่อ", "แม่", "ลูก", "เมีย", "ผัว", "สามี", "ภรรยา", "แฟน", "หลาน", "ยาย", "ตา", "พี่",
               "น้อง", "เพื่อน", "ญาติ", "ปู่", "ย่า", "ของ")
# (never the kin of the writer with another: "แม่ผมกับน้องไม่มีบัตร", "เมียผมกับลูกเป็นคนพม่า",
# review rev2)
_WITH_SELF = re.compile("".join(f"(?<!{k})" for k in _KIN_OWNERS)
                        + r"(?:ผม|ฉัน|หนู|ดิฉัน|เรา|ข้อย|ข่อย)(?:กับ|และ)(?:แฟน|เมีย|สามี|ผัว|ภรรยา|ลูก|หลาน"
                        r"|แม่|พ่อ|ยาย|ตา|น้อง|พี่|เพื่อน|ญาติ)(?:ชาย|สาว)?(?:ก็)?(?:เป็น)?$")
# a care need said to be absent ("ไม่มีเด็ก ไม่มีคนแก่ ไม่มีคนป่วย", "ไม่ได้มีใครป่วย"):
# the answer to "anyone who needs care?" that names none
_NOBODY = re.compile(r"(?:ไม่มี|บ่มี|ไม่ได้มี)(?:คน|ใคร|ผู้|ใครที่|คนที่)?(?:เป็น)?$")
# nobody to care for, said outright ("ไปคนเดียว ไม่มีใครต้องดูแล"; never "ไม่มีใครดูแล": nobody
# looks after me)
_NO_CARE = re.compile(r"(?:ไม่มี|บ่มี|ไม่ได้มี)(?:ใคร|คน)(?:ที่)?ต้อง(?:ให้)?(?:คน)?ดูแล"
                      r"|ไม่ต้อง(?:มีคน)?ดูแล(?:เป็น)?พิเศษ")
# an illness that is over: "เคยป่วยเป็นไข้เลือดออก ... ตอนนี้หายแล้ว" (past, and healed)
_PAST = re.compile(r"เคย(?:ได้)?(?:ป่วย|เจ็บ|ไม่สบาย)?(?:เป็น)?$")
_HEALED = re.compile(r"หาย(?:ดี|ป่วย|ไข้)?(?:แล้ว|เป็นปกติ)")
_STAYS, _KIN = re.compile(STAYS), re.compile(KIN)
_SAID_ON = re.compile(r"(?:แล้ว|มาก|ๆ)*" + PARTICLE + r"*(?:เลย|ก็)?")  # "แม่แก่แล้ว ไปรับไม่ไหว"
_RECOVERING, _LASTING = re.compile(RECOVERING), re.compile(LASTING)
_CANNOT_ALONE_ENDS = re.compile(CANNOT_ALONE_ENDS)  # marked "|": no word follows it
_DISABLED = dict(CARE_PATTERNS)["disabled"]
((_PARALYSIS, _), (_OTHER_DISABILITY, _), (_ILL, _)) = rules(
    ["!" + PARALYSIS, _DISABLED.replace("|" + PARALYSIS, ""), ILL_SAID])


def _matches(pattern: re.Pattern[str], text: str,
             gaps: frozenset[int] = frozenset()) -> Iterator[re.Match[str]]:
    """Matches of `pattern` in the text without spaces; `gaps` are where spaces were: a
    negation or another person before a space belongs to the words before it ("เงินหาย
    นอนข้างถนน" sleeps on the street)."""
    guarded, about_self = pattern in GUARDED, pattern in ABOUT_SELF
    for m in pattern.finditer(text):
        if guarded and _before(_NEGATED_BEFORE, text, m.start(), 12, gaps):  # "ไม่ได้เป็นคน"
            continue
        if about_self and _before(_OTHER_BEFORE, text, m.start(), 16, gaps) and not (
                _WITH_SELF.search(text, max(0, m.start() - 24), m.start())):
            continue
        yield m


def _before(cue: re.Pattern[str], text: str, at: int, width: int,
            gaps: frozenset[int]) -> bool:
    found = cue.search(text, max(0, at - width), at)
    return found is not None and not any(found.start() < g <= at for g in gaps)


def _on_words(m: re.Match[str], spans: tuple[tuple[int, int], ...]) -> bool:
    """A match that starts a word, or ends the word it starts in ("คนป่วย"); never one
    inside a longer word ("ยา" in "อยาก")."""
    for start, end in spans:
        if start <= m.start() < end:
            return start == m.start() or end <= m.end()
    return True


def _decide(rules: Rules, text: str, gaps: frozenset[int]) -> bool | None:
    best = (-1, 0)
    value: bool | None = None
    for pattern, says in rules:
        for m in _matches(pattern, text, gaps):
            key = (m.end(), m.end() - m.start())
            if key > best:
                best, value = key, says
    return value


def _staying(compact: str, gaps: frozenset[int], spans: tuple[tuple[int, int], ...],
             alone: bool) -> set[str]:
    """The care needs said only of a relative who stays: of one travelling `alone`, at home
    ("แม่ป่วยอยู่ที่บ้าน"); of anyone, one who cannot come and fetch them ("แม่เพิ่นแก่แล้ว
    ไปรับบ่ไหว", dev89: the mother's age read as the traveller's)."""
    staying: set[str] = set()
    kept: set[str] = set()
    for need, pattern in NEEDS:
        for m in _matches(pattern, compact, gaps):
            if not _on_words(m, spans):
                continue
            on = _SAID_ON.match(compact, m.end())  # (always: every part is optional)
            kin = _KIN.search(compact, max(0, m.start() - 8), m.end())
            stays = (alone and (_STAYS.match(compact, m.end()) or _STAYS.match(
                compact, m.end() - 4))) or (kin is not None and not_going(compact, kin[0])
                                            and cannot_fetch(compact, on.end() if on else m.end()))
            (staying if stays and kin else kept).add(need)
    return staying - kept


def extract_facts(text: str) -> Facts:
    """Everything one message says about the screening questions; None = not said."""
    cleaned = _CANNOT_ALONE_ENDS.sub(r"\1| ", negations_fixed(clean_text(text)))
    cleaned = CANNOT_THEN.sub("| ", cleaned)  # "กลับบ่ได้ ด่วน": urgent, nothing denied
    compact = cleaned.replace(" ", "")
    gaps = frozenset(i - n for n, i in enumerate(at for at, ch in enumerate(cleaned)
                                                  if ch == " "))
    placed = verbs_last(kao_as_writer(cleaned))  # "เค้าขอถามแทนเพื่อน ... เค้าอยู่ระยอง": the
    # writer's; "บ้าน สุรินทร์ กลับ อยาก" (sign-language order): home
    current, home, bare = here_and_home_in(placed, placed.replace(" ", ""))
    travellers, needs = people_and_ages(compact)
    travellers = with_children(cleaned, travellers)  # "ผู้ใหญ่ 2 คน เด็ก 1 คน": three
    spans = word_spans(cleaned)
    over = over_stretches(compact)[CURES]  # "ตอนนี้แข็งแรงดี วัณโรคหายแล้ว"
    needs |= {need for need, pattern in NEEDS
              if any(_on_words(m, spans) and not _before(_NOBODY, compact, m.start(), 14, gaps)
                     and not (_before(_PAST, compact, m.start(), 14, gaps)
                              and _HEALED.search(compact, m.end()))
                     and not (need == "sick" and any(a < m.end() <= b for a, b in over))
                     for m in _matches(pattern, compact, gaps))}
    nobody = not needs and (any(
        _on_words(m, spans) and _before(_NOBODY, compact, m.start(), 14, gaps)
        for _, pattern in NEEDS for m in pattern.finditer(compact))
        or bool(_NO_CARE.search(compact)))
    if travellers == 1 or FETCH.search(compact):  # alone, or kin who cannot come and fetch:
        # the needs of those who stay are not the group's
        needs -= _staying(compact, gaps, spans, travellers == 1)
    if WALKING in needs:  # on crutches after surgery: sick for now; else (or a leg lost)
        healing = _RECOVERING.search(compact) and not _LASTING.search(compact)  # disabled
        needs = (needs - {WALKING}) | {"sick" if healing else "disabled"}
    if "disabled" in needs and _paralysis_as_illness(compact, gaps):  # "ป่วยเป็นอัมพฤกษ์"
        needs = (needs - {"disabled"}) | {"sick"}
    no_shelter = _decide(_SHELTER, compact, gaps)
    return Facts(
        no_shelter=no_shelter,
        no_food=_decide(FOOD, compact, gaps),
        no_fare=_decide(_FARE, compact, gaps),
        has_id_card=_decide(ID_CARD, compact, gaps),
        has_nationality_letter=_decide(NATIONALITY_LETTER, compact, gaps),
        thai_national=_decide(THAI, compact, gaps),
        current_province=current,
        home_province=home,
        travellers=travellers,
        special_needs=frozenset(needs),
        urgent=_decide(_URGENT, compact, gaps),
        id_card_state=("expired" if ID_EXPIRED.search(compact)
                       else "damaged" if _damaged(compact) else None),
        bare_provinces=bare,
        nobody_needs_care=nobody or None,
        home_abroad=home_abroad_in(cleaned, compact) or None,
        roof_unknown=(no_shelter and _decide(_NO_ROOF, compact, gaps) is not True) or None,
    )


def _paralysis_as_illness(compact: str, gaps: frozenset[int]) -> bool:
    """Paralysis told as an illness, or with a disability denied, and no other disability
    named (dialogs.paralysis)."""
    if not any(_matches(_PARALYSIS, compact, gaps)) or any(
            _matches(_OTHER_DISABILITY, compact, gaps)):
        return False
    return any(_matches(_ILL, compact, gaps)) or disability_denied(compact)


# the writer's own word beside a kin's card ("บัตรแม่หักครับ ของผมปกติ"): the kin's card
# is not the writer's (one calling herself ยาย says no ผม, หนู: "บัตรยายหักเป็นสองท่อนจ้ะ")
_SELF = re.compile(r"ผม|หนู|ฉัน|ดิฉัน|ข้อย|เรา(?!ะ)")


def _damaged(compact: str) -> bool:
    said = ID_DAMAGED.search(compact)
    return said is not None and not ((said["kin"] or said["wet_kin"]) and _SELF.search(compact))
