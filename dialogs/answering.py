"""What a free-text answer tells beyond the question it answers."""

from __future__ import annotations

import re
from typing import Any

from dialogs.asking import PLACES
from dialogs.cards import OTHERS, writes_for_others
from dialogs.care import CARE_PATTERNS
from dialogs.care_answers import someone_else_alone
from dialogs.districts import (
    district_answer,
    district_of,
    is_district,
    only_elsewhere,
    subdistrict_in,
)
from dialogs.parse import facts_of
from dialogs.parse_numbers import PARTICLE, clean_text
from dialogs.people_list import listed_ages
from dialogs.places import place_cue_in
from dialogs.province_at_home import at_own_home
from dialogs.provinces import find_provinces, match_province
from dialogs.readers import said_urgency
from dialogs.second_thought import narrowed_said
from dialogs.slots import BY_KEY, Slot
from dialogs.travellers import writes_for
from dialogs.understand import calm, here_and_home, read_message

MERGED = ("need_hints", "special_needs")  # lists that grow as more is told


def learned_beyond(slot: Slot, text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The facts of `text` not yet in `answers` (needs and care needs told again are
    merged with those told before); a name or phone is not read from a name or ID
    answer, nor anything from the name itself (a need word inside "นิตยา"). A province
    said alone to another question is where the person is, or, that being known and
    home not, home."""
    name = slot.parse(text, None) if slot.key == "name" else None
    said = read_message(text.replace(name, " ") if name else text)  # "นิตยา": no "ยา"
    if slot.key in ("special_needs", "more_care"):  # "...เดี๋ยวนะคะ แม่ไม่กลับแล้ว" (dev105)
        said = narrowed_said(text, said, read_message)
    _keep_healing(said, text, answers)
    ages = listed_ages(text) if slot.key == "travellers" else None  # "๓๒ ๒๙ ๔ขวบ"
    if ages is not None and ages[1]:
        said["special_needs"] = sorted({*said.get("special_needs", ()), *ages[1]})
    if slot.key in ("name", "national_id"):
        said.pop("name", None)
    if slot.key == "national_id":
        said.pop("phone", None)
    if not said and slot.key not in (*PLACES, "name", "phone"):  # "สุรินทร์ค่ะ"
        bare = match_province(text)
        place = {"code": bare.code, "name": bare.name_th} if bare is not None else None
        if place is not None and place != answers.get("home_province"):  # home again: no
            said["current_province"] = place
    if card_found(slot.key, said, answers):  # the card said lost, then found: corrected
        return beyond(said, {k: v for k, v in answers.items() if k != "id_card"})
    home = said.get("home_province") or answers.get("home_province")
    if home and "current_province" not in said and at_own_home(text.replace(" ", "")):
        said["current_province"] = home  # "ถึงบ้านแล้ว อยู่บ้านแม่ค่ะ", to another question:
        answers = {k: v for k, v in answers.items() if k != "current_province"}  # a fix
    here, known = said.get("current_province"), answers.get("current_province")
    if here and known and here != known and "home_province" not in answers | said:
        said["home_province"] = said.pop("current_province")  # here known: home
    return beyond(said, answers)


def card_found(key: str, said: dict[str, Any], answers: dict[str, Any]) -> bool:
    """The ID card, said to be missing or left unknown (skipped), had after all while the
    letter (asked instead of it) is asked: "อ้าว เจอแล้ว บัตรอยู่ในกระเป๋าตังค์ มีบัตร
    ประชาชน", "มีบัตรค่ะ" (dev21: the card answer unread twice). Never the other way."""
    return key == "nationality_letter" and said.get("id_card") is True and (
        answers.get("id_card", False) in (False, None))


_DISABLED = re.compile(dict(CARE_PATTERNS)["disabled"].removeprefix("!"))


def _keep_healing(said: dict[str, Any], text: str, answers: dict[str, Any]) -> None:
    """Crutches told again ("เดินไม้ค้ำได้คล่อง") by one known to be healing (a broken leg
    in a cast: sick): still sick, not disabled, unless a disability is named."""
    told = said.get("special_needs") or []
    known = answers.get("special_needs") or ()
    if "disabled" in told and "sick" in known and "disabled" not in known and not (
            _DISABLED.search(clean_text(text).replace(" ", ""))):
        said["special_needs"] = [n for n in told if n != "disabled"]
        if not said["special_needs"]:
            del said["special_needs"]


def beyond(said: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    """The facts `said` not yet in `answers`, lists told again merged with the known
    (a list told again with nothing new is nothing learned: the question is not
    understood, rather than asked again as if it were)."""
    # known even as none ([]: the care question skipped or answered "ไม่มี"): a need
    # told later joins it, never lost ("ลูกยังเล็ก" told in the urgency answer)
    merged = [k for k in MERGED if said.get(k) and k in answers]
    for key in merged:  # "ลูกป่วย" told later adds to the care needs known
        said[key] = sorted({*(answers[key] or ()), *said[key]})
    return {k: v for k, v in said.items()  # told again, nothing new: not learned
            if k not in answers or (k in merged and set(v) != set(answers[k] or ()))}


def places_told(slot: Slot, text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The places in a typed answer to a question that asked them along with something
    else ("มีค่ะ ชลบุรี ร้อยเอ็ด" to the ID card and both places), read as an answer to
    the places question itself."""
    asked = [k for k in slot.also if k in PLACES and k not in answers]
    if not asked:
        return {}
    place = BY_KEY[asked[0]]
    told = learned_beyond(place, text, answers)
    part = places_part(text)
    parsed = None if _BORN.match(part) else place_answer(place, part, told)
    if parsed is not None and place.key not in told and parsed not in (  # (home said with it:
            answers.get("current_province"), answers.get("home_province"),  # "มีบัตร บ้าน
            told.get("home_province")):  # ขอนแก่น" is no place where one is too)
        told[place.key] = parsed
    return {k: told[k] for k in PLACES if k in told}


# a birthplace ("เกิดกันทรลักษ์", dev49) says nothing of where one is now
_BORN = re.compile(r"(?:ผม|ฉัน|หนู|ดิฉัน)?(?:ก็)?เกิด(?!เรื่อง|เหตุ)")


# the words before the places that still point at them: "มาจาก ชลบุรี", "ไม่ใช่ ระยอง"
_LEADS_ON = re.compile(r"(?:จาก|ไม่ใช่|ที่|ใน|จังหวัด|จ\.|คน|ชาว|แถว|อำเภอ|เขต)$")


def places_part(text: str) -> str:
    """An answer from its first word that names a province, when the words before it
    answer the other question and say nothing of a place ("ยังไม่มีครับ สงขลาครับ ที่สะเดา
    อุดรธานีครับ" -> "สงขลาครับ ที่สะเดา อุดรธานีครับ"); never without a cue ("ตอนนี้อยู่
    ชลบุรี", "บ้านอยู่ ขอนแก่น" stay whole)."""
    words = text.split()
    first = next((i for i, w in enumerate(words) if find_provinces(w) or district_answer(
        _ENDING.sub("", w))), 0)  # (or a district said as a word: "ท่ามะกาค่ะ", dev63)
    said = " ".join(words[:first])  # a place of words apart: "มีบัตรครับ Chiang Mai โคราด"
    before = clean_text(said).replace(" ", "")
    if not first or place_cue_in(before) or _LEADS_ON.search(before) or find_provinces(said):
        return text
    if not find_provinces(words[first]) and _SOMEWHERE.search(before):
        return text  # a place unread before the district ("นิคมอมตะ แถวดอนหัวฬ่อ บ้านไผ่คับ")
    if any(is_district(_ENDING.sub("", w)) for w in words[:first]):
        return text  # a district unread before it ("โป่งน้ำร้อน กันทรลัก"): see place_answer
    return " ".join(words[first:])


_NOW_STAY, _BORN = re.compile(r"ตอนนี้|นอน|พัก|ค้าง|ติด|อาศัย"), re.compile(r"เกิด|ตลอด|ภูมิลำเนา|ทะเบียน")


def place_answer(place: Slot, text: str, told: dict[str, Any],
                 known: dict[str, Any] | None = None) -> Any:
    """The province an answer to a places question gives for `place`: where the person
    is, then home ("กทม โคราช"); never a home said as such ("มีค่ะ จะกลับขอนแก่น"), nor,
    asked home, where one is now, as known (`known`: "ตอนนี้ป้านอนวัดแถวบางนาจ้ะ", dev105)."""
    parsed = place.parse(text, None)
    if place.key != "current_province":
        here = (known or {}).get("current_province")
        said = read_message(text) if here is not None and parsed == here and _NOW_STAY.search(
            text) and not _BORN.search(text) else {}  # (never "อยู่ขอนแก่นค่ะ": home, review rev2)
        return None if said and said.get("current_province") == here and (
            "home_province" not in said) else parsed
    parsed = here_and_home(text, parsed, told)
    if parsed is not None and "home_province" not in told and _elsewhere_before(
            text, parsed["code"]):  # "โป่งน้ำร้อน กันทรลัก" (dev63): the one read is home
        told["home_province"] = parsed
        return None
    said = read_message(text)
    return None if parsed is not None and parsed == said.get("home_province") and (
        parsed != said.get("current_province")) else parsed


def _elsewhere_before(text: str, code: str) -> bool:
    """A district of another province, one no answer reads ("โป่งน้ำร้อน": a subdistrict's
    name elsewhere too), named before the first word that names province `code`: two
    places were said, and the one read is the second."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if any(p.code == code for p in find_provinces(w))),
              0)
    return any(only_elsewhere(core := _ENDING.sub("", w)) and not district_of(core, code)
               and not subdistrict_in(core, code) and match_province(w) is None
               for w in words[:at])


_PARTICLE = re.compile(PARTICLE + "+")
_ENDING = re.compile(PARTICLE + "+$")
# the words of a place, of where one is ("นิคม", "แถว"): an unread place is there
_SOMEWHERE = re.compile(r"นิคม|ตลาด|แถว|ย่าน|วัด|โรงงาน|บขส|ขนส่ง|สถานี|ท่าเรือ|ห้าง|โรงพยาบาล|รพ"
                        r"|หมู่บ้าน|ไร่|สวน|แคมป์|ซอย|ถนน|สะพาน|ปั๊ม|หอพัก|ห้องเช่า|ตำบล|อำเภอ")
_SLIP_WORD = re.compile(r"(?:เอ้ย|เอ๊ย|เอ่ย|(?<!พ่อ)(?<!แม่)อุ[๊้]ย|อ้อ|อ่อ|ไม่ใช่)(?:ไม่ใช่)?" + PARTICLE + "*")
# where the places start in an answer typed without spaces: "มีค่ะอยู่ชลบุรีจะกลับขอนแก่น"
_PLACE_CUE = re.compile(r"อยู่|จะกลับ|กลับ|บ้าน|ตอนนี้")


def card_words(text: str) -> str:
    """The words of an answer to the ID card asked with the places that answer the card:
    without the words that only name a province ("ค่ะ ตาก ยโสธร" -> "ค่ะ"), nor a
    particle after them ("ชลบุรี ค่ะ" says nothing of the card); a word typed on into
    the places keeps what comes before them ("มีค่ะอยู่ชลบุรี" -> "มีค่ะ", "มีครับแต่ลืมไว้
    บ้านที่ชัยภูมิ" -> "มีครับแต่ลืมไว้")."""
    words = text.split()
    places = [match_province(w) is not None for w in words]
    # nor a slip between places ("เชียงใหม่ เอ้ย ไม่ใช่ เชียงราย", dev66: read as no card)
    kept = [_before_places(w) if places[i] or len(words) == 1 else w
            for i, w in enumerate(words) if not (any(places[:i]) and (
                _PARTICLE.fullmatch(w) or (_SLIP_WORD.fullmatch(w) and any(places[i:]))))]
    if len(words) == 1 and not places[0]:
        return kept[0] or text
    return " ".join(w for w in kept if w)


def _before_places(word: str) -> str:
    """What a word says before the places it goes on to ("" if it starts with them)."""
    cue = _PLACE_CUE.search(word)
    return word[:cue.start()] if cue and cue.start() > 0 and find_provinces(
        word[cue.start():]) else ""


def with_travellers(text: str, value: str | None, count: Any,
                    answers: dict[str, Any], ask_care: bool = False) -> dict[str, Any]:
    """What an answer to the travellers question tells besides the count. It invites
    naming anyone who needs care: one travelling alone who names nobody needs none; a
    group naming nobody is asked (a group mostly has a child or an elder, and "4 คน"
    says nothing of them; nor does "ผมกับภรรยา": a man on dialysis said only that), and
    so is one other than the writer going alone ("พ่อคนเดียวค่ะ"), or one whose care need
    told in the story was left out with the sensitive data. Asked with urgency:
    "2 คน ไม่ด่วน", "1 ไม่", a button."""
    out: dict[str, Any] = {}
    if "special_needs" not in answers:
        named = sorted(facts_of(text).special_needs)
        if named or (int(count or 1) <= 1 and not someone_else_alone(text)
                     and not ask_care):
            out["special_needs"] = named
    if "urgent" not in answers:
        urgent = said_urgency(text, value)
        if urgent is None and value is None:
            urgent = calm(answers | out)
        if urgent is not None:
            out["urgent"] = urgent
    return out


def written_for(text: str) -> dict[str, str]:
    """Whom the writer writes for, when it is a parent travelling alone ("พ่อผมไม่มีค่ารถ
    กลับบ้าน", "เขียนแทนพ่อ"): their card answers the card question ("พ่อมีบัตรครับ"); or
    OTHERS, when the writer writes for others who go without them ("เขียนแทนพ่อแม่ค่ะ")."""
    if not text:
        return {}
    compact = clean_text(text).replace(" ", "")
    who = writes_for(compact) or (OTHERS if writes_for_others(compact) else None)
    return {"writes_for": who} if who else {}


_TOTAL = re.compile(r"จริงๆ|ทั้งหมด|รวม|ที่จริง|ไม่ใช่|ไป\s*(?:\d|แค่|เพียง)")  # a count of all who go
# beyond "anyone else?", a count of those who go ("รวม 3 คน" of a trip, "ไปด้วยกัน 3 คน"),
# never of those at home ("ที่บ้านรวมแล้วมี 5 คน รออยู่")
# (the number in words too: "รวมเป็นสองคนนะครับ ไม่ใช่คนเดียว", "ไปแค่สองคนค่ะ", dev105)
_N = r"(?:\d+|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด)"
_GOING = re.compile(r"(?:ไป|เดินทาง|กลับ)(?:บ้าน)?(?:ด้วย)?(?:กัน)?(?:ทั้งหมด|รวม)?(?:เป็น)?" + _N + r"คน"
                    r"|(?<!บ้าน)รวม(?:เป็น|แล้ว)?" + _N + r"คน(?!.{0,12}(?:ที่บ้าน|รออยู่))")


# fewer go, said as such: "ไปแค่ 2 คน", "กลับกันเหลือ 3 คน", "ไปคนเดียว"
_FEWER = re.compile(r"(?:ไป|เดินทาง|กลับ)(?:บ้าน)?(?:กัน)?(?:(?:แค่|เพียง|เหลือ)" + _N + r"คน"
                    r"|(?:แค่)?คนเดียว)")


def regrouped_count(slot: Slot, text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """A count of the whole group given at a later question, larger than the one known
    ("จริงๆ ไป 4 คนค่ะ" at "anyone else who needs care?", "ลืมบอก รวม 3 คนค่ะ ไม่ด่วน" at
    urgency), or a smaller one said as fewer going ("จริงๆ ไปแค่ 2 คน"); never the count
    of those who need care ("มีลูกเล็ก 2 คนด้วยค่ะ" in a group of 5), nor one without a
    word of the whole ("2 คน" alone)."""
    if slot.key == "travellers" or "travellers" not in answers:
        return {}
    count = read_message(text).get("travellers")
    known = int(answers.get("travellers") or 0)
    if count and count < known and _TOTAL.search(text) and _FEWER.search(text.replace(" ", "")):
        return {"travellers": count}  # "จริงๆ ไปแค่ 2 คนค่ะ": fewer go than first said
    if not count or count <= known or not _TOTAL.search(text) or (
            slot.key != "more_care" and not _GOING.search(text.replace(" ", ""))):
        return {}
    return {"travellers": count}


# a question that supposes or asks what is required tells no fact: "ถ้าไม่มีบัตรจะขอได้ไหม"
SUPPOSING = re.compile(r"ถ้า|หาก|สมมติ|สมมุติ|ต้องมี|ต้องใช้|ต้องเป็น|หรือเปล่า|รึเปล่า")
IF = ("ถ้า", "หาก", "สมมติ", "สมมุติ")  # what comes before a supposition is told


def told_with_question(text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The facts told with a question asked while screening, beyond `answers`: none when
    it asks of a rule ("ต้องมีบัตรไหม"), and none from a supposition on ("ไม่ได้ลำบากอะไร
    แต่ถ้าได้ฟรีก็ดี" tells no hardship)."""
    supposed = SUPPOSING.search(text)
    said = text[:supposed.start()] if supposed and supposed[0] in IF else (
        "" if supposed else text)
    return beyond(read_message(said), answers) if said else {}
