"""What one message says beyond the screening facts: the name to call the person,
refusals ("จำไม่ได้", "ไม่อยากตอบ"), and everything at once as answers.

All matching is on whole words (dialogs.words), never inside a word.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from dialogs.cannot_then import CANNOT_THEN
from dialogs.cards import OTHERS, others_card
from dialogs.districts import subdistrict_in
from dialogs.facts import HARDSHIPS, Facts
from dialogs.hunger import hungry_today
from dialogs.names import extract_name
from dialogs.needs import STUDYING, parse_needs, released_from_prison
from dialogs.parse import facts_of, find_provinces, match_province, parse_yes_no
from dialogs.parse_numbers import PARTICLE, clean_text, negations_fixed
from dialogs.parse_phone_id import parse_phone
from dialogs.province_types import ABBREVIATIONS, Province
from dialogs.refusals import REFUSALS, is_refusal

__all__ = [
    "REFUSALS",
    "calm",
    "card_answer",
    "corrections",
    "extract_name",
    "facts_to_answers",
    "here_and_home",
    "is_refusal",
    "parent_card",
    "read_message",
]
CORRECTABLE = ("name", "phone", "current_province", "home_province", "travellers",
               "special_needs", "no_shelter", "no_food", "no_fare", "id_card", "id_card_state",
               "urgent")

_WORK_PHONE = re.compile(r"(?:นายจ้าง|เจ้านาย|หัวหน้า|บริษัท|โรงงาน|ร้าน)(?:ผม|ฉัน|หนู)?"
                         r"(?:เบอร์|โทร|ที่เบอร์)")
# (gone with the bag or wallet: "โดนขโมยไปพร้อมกระเป๋าครับ", dev53: asked three times)
_CARD_LOST = re.compile(r"(?:(?:เคย)?มี(?:ค่ะ|ค่า|ครับ|คับ)?แต่)?(?:ทำ)?(?:หาย|(?:โดน|ถูก)(?:ยึด|ขโมย|ล้วง"
                        r"|กระชาก|ชิง|ปล้น))(?:แล้ว|ไป|ไปแล้ว)?(?:(?:พร้อม|กับ|ไปกับ|ติด)(?:กระเป๋า"
                        r"[ก-๙]{0,6}?|มือถือ|ตังค์|เงิน)(?:หมด|ด้วย|เลย)?)?"
                        r"(?:ค่ะ|ค่า|ครับ|คับ|จ้า|นะ)?")  # "มีแต่หาย": no
_CARD_NEVER = re.compile(r"(?:ไม่|บ่|ยังไม่)(?:เคย)?(?:ได้)?(?:ทำ|มี)(?:บัตร)?(?:เลย)?"
                         r"(?:ค่ะ|ค่า|ครับ|คับ|จ้า|นะ)?")  # "ไม่เคยทำ", "ยังไม่ได้ทำ": no
# "อยู่ที่บ้าน", "นายจ้างยึดไว้": not with the person, as in the facts ("บัตรอยู่ที่บ้าน")
_CARD_AWAY = re.compile(r"(?:(?:มี(?:ค่ะ|ครับ)?แต่)?(?:อยู่|ทิ้งไว้|ลืมไว้)(?:ที่|กับ)?(?:บ้าน|นายจ้าง|เรือนจำ"
                        r"|คุก|โรงพัก)|(?:นายจ้าง|ตำรวจ|เจ้านาย)(?:เขา|เค้า)?(?:ยึด|เก็บ)(?:ไว้|ไป)?)"
                        r"(?:ค่ะ|ค่า|ครับ|คับ|จ้า|นะ)?")
# "มีอยู่เด้อ", "อยู่ในกระเป๋า", "พกติดตัวตลอด", "เอามาด้วยค่ะ": the card is there
_CARD_HERE = re.compile(r"(?:ยัง)?(?:มี)?(?:อยู่|พก|ถือ|เก็บ(?:ไว้)?|เอามา)(?:อยู่)?(?:กับตัว|ติดตัว"
                        r"|ใน(?:กระเป๋า(?:ตังค์|ตัง|เงิน|สตางค์)?|ตัว)|ด้วย)?(?:ตลอด|อยู่)?(?:แล้ว)?"
                        r"(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|เน้อ|หนิ|เจ้า|ฮะ)?")


def facts_to_answers(facts: Facts) -> dict[str, Any]:
    """What one free-text message tells, as answers."""
    out: dict[str, Any] = {}
    for key in ("no_shelter", "no_food", "no_fare", "urgent"):
        if getattr(facts, key) is not None:
            out[key] = getattr(facts, key)
    if facts.has_id_card is not None:
        out["id_card"] = facts.has_id_card
    if facts.id_card_state is not None and facts.has_id_card is not False:
        out["id_card"] = True
        out["id_card_state"] = facts.id_card_state
    if facts.has_nationality_letter is not None:
        out["nationality_letter"] = facts.has_nationality_letter
    if facts.thai_national is not None:
        out["thai"] = facts.thai_national
    for key in ("current_province", "home_province"):
        province = getattr(facts, key)
        if province is not None:
            out[key] = {"code": province.code, "name": province.name_th}
    if facts.roof_unknown:
        out["roof_unknown"] = True  # put out, nowhere to sleep not said: urgency is asked
    if facts.home_abroad:
        out["home_abroad"] = True  # "เมียวดีครับ ฝั่งพม่า": no Thai province to go to
    if facts.travellers is not None:
        out["travellers"] = facts.travellers
    if facts.special_needs:
        out["special_needs"] = sorted(facts.special_needs)
    elif facts.nobody_needs_care and facts.travellers is not None:
        out["special_needs"] = []  # "2 คน ไม่มีคนป่วย": the count, and nobody to care for
    return out


# "ไม่ได้เดือดร้อนอะไร", "ไม่มีปัญหาอะไร": none of the three troubles (unless one is named)
# (never the trouble of another the writer speaks for: "หนูไม่ได้เดือดร้อนเองนะคะ เจอคุณตา...",
# dev53; "ไม่ใช่ผมที่เดือดร้อน")
_NO_TROUBLE = re.compile(r"ไม่(?:ได้)?(?:เดือดร้อน|ลำบาก)(?:อะไร|ไหร่|เรื่อง(?:เงิน|อะไร))?(?!มาก|เลย"
                         r"|แล้ว|เอง|แทน)|ไม่มีปัญหา(?:อะไร|เรื่องเงิน)")


# a stranger met and written for ("มียายคนนึงนั่งอยู่ตั้งแต่เช้า ชื่อยายบุญมา", dev57): the
# name the message tells is theirs, not the writer's, who is asked theirs at the summary
_STRANGER = re.compile(r"(?:มี|เจอ|เห็น|พบ)(?:ยาย|ตา|ลุง|ป้า|ผู้ชาย|ผู้หญิง|ผู้สูงอายุ|คนแก่|เด็ก|น้อง"
                       r"|แม่|พ่อ|หนุ่ม|สาว)?(?:แก่ๆ|แก่|เฒ่า|ผู้หญิง|ผู้ชาย)?คน(?:นึง|หนึ่ง|1)")
_OWN_NAME = re.compile(r"(?:ผม|หนู|ฉัน|ดิฉัน|กระผม|ข้อย|เรา)ชื่อ")  # "ผมชื่อต้น เจอลุงคนนึง"


def read_message(text: str) -> dict[str, Any]:
    """Every answer one message gives, whatever was asked: screening facts, name, phone,
    whether just released from prison, and other needs (hints until agreed to). A fresh
    dict each call; the reading is memoised by text (read by several steps of a turn)."""
    return dict(json.loads(_read_message(text)))


@functools.lru_cache(maxsize=1024)
def _read_message(text: str) -> str:
    out = facts_to_answers(facts_of(text))
    said = CANNOT_THEN.sub("|", negations_fixed(clean_text(text)))  # "ส่งตังมาไม่ได้ เดือดร้อน"
    if _NO_TROUBLE.search(said.replace(" ", "")) and not any(
            out.get(k) for k in HARDSHIPS):
        out |= {k: out.get(k, False) for k in HARDSHIPS}
    compact = text.replace(" ", "")
    met = _STRANGER.search(compact)
    stranger = met and "ชื่อ" in compact[met.end():] and not _OWN_NAME.search(compact)
    name = None if stranger else extract_name(text)
    if name:
        out["name"] = name
    phone = parse_phone(text)
    if phone and not _WORK_PHONE.search(text.replace(" ", "")):
        out["phone"] = phone  # a relative's number is a way to reach them; a boss's is not
    if released_from_prison(text):
        out["released"] = True
    # Elderly and disability are already special needs, and "บัตรประชาชน" alone is
    # no need (most people say they have one): the ID card is a need when it is missing.
    hints = [n for n in parse_needs(STUDYING.sub(" ", text))
             if n not in ("elderly", "disability", "id_card")]
    if out.get("id_card") is False or (
            out.get("id_card_state") in ("damaged", "expired") and "id_card" not in hints):
        hints.insert(0, "id_card")  # none, or one to renew ("ไหม้ไปครึ่งใบ"): a new card
    if "pregnant" in out.get("special_needs", ()) and "health" not in hints:
        hints.append("health")  # a pregnancy is health data, named as such at consent
    if out.get("no_food") and "urgent" not in out and hungry_today(text):  # "วันนี้ยังไม่ได้กินอะไรเลย"
        out["urgent"] = True  # in a story (dev101): hunger now, a roof or not (dialogs.hunger)
    if hints:
        out["need_hints"] = hints
    return json.dumps(out, ensure_ascii=False)


_TAKEN_BACK = re.compile(r"ไม่ใช่|ไม่ได้|ผิด|ไม่มี|แค่|เท่านั้น")  # a care need fixed, not added
# (not "ไม่มีโทรศัพท์": of something else; a care need denied is: "ไม่ได้ท้องค่ะ มีแต่ลูก 2 ขวบ", review 2)
_FIXED = re.compile(r"ไม่ใช่|ผิด|แค่|เท่านั้น|แก้|(?:ไม่|บ่)(?:ได้|มี)?(?:คน)?(?:ท้อง|ตั้งครรภ์|ป่วย|พิการ)")


def corrections(answers: dict[str, Any], text: str) -> dict[str, Any] | None:
    """Answers a message at the summary corrects ("เบอร์ผิด 0891234567", "ไป 3 คน"), or None."""
    said = {k: v for k, v in read_message(text).items() if k in CORRECTABLE}
    said = {k: v for k, v in said.items() if answers.get(k) != v}
    known = set(answers.get("special_needs") or ())
    if set(said.get("special_needs") or [""]) <= known and not _FIXED.search(text.replace(" ", "")):
        said.pop("special_needs")  # "ผู้ป่วยไม่มีโทรศัพท์ค่ะ ติดต่อเบอร์ดิฉัน..." (dev78): said again
    if not said:
        return None
    if "id_card" in said and "id_card_state" not in said:
        said["id_card_state"] = None
    if said.get("special_needs") and not _TAKEN_BACK.search(text.replace(" ", "")):
        # "ขอแก้ครับ ยายไปด้วย อายุ 80 รวมเป็น 3 คน": one more, the care needs known stay
        said["special_needs"] = sorted({*known, *said["special_needs"]})
    out = {**answers, **said}
    return {k: v for k, v in out.items() if not (k == "id_card_state" and v is None)}


def calm(answers: dict[str, Any]) -> bool | None:
    """Not urgent, when a typed answer to "how many, and is it urgent?" names no
    urgency and the person has a place to stay (the manual's non-urgent case: "ที่พัก
    อาศัยอยู่ไม่เร่งด่วน") and nobody sick; otherwise unknown, and asked. The summary
    shows it, and "ด่วน" there corrects it."""
    settled = (answers.get("no_shelter") is False
               and "sick" not in (answers.get("special_needs") or ()))
    return False if settled else None


_PARTICLES = re.compile(PARTICLE + "+$")


def _by_chunks(text: str) -> list[Province]:
    """The provinces of each space-separated chunk, a chunk read as a whole answer when
    nothing is found in it ("นครปฐมค่ะ เลยค่ะ": Loei, which a scan of the text never
    takes without a cue); never a two-letter abbreviation ("ชม" is also a word)."""
    out: dict[str, Province] = {}
    chunks = text.split()
    for i, chunk in enumerate(chunks):
        named = find_provinces(chunk)
        if not named and len(_PARTICLES.sub("", chunk)) > 2:
            whole = match_province(chunk)  # (never a subdistrict of the province after it)
            after = find_provinces(" ".join(chunks[i + 1:i + 2]))
            named = [whole] if whole and not (after and subdistrict_in(
                _PARTICLES.sub("", chunk), after[0].code)) else []
        for province in named:
            out.setdefault(province.code, province)
    return list(out.values())


def _short_chunks(text: str) -> list[Province]:
    """"มี นม สฎ", "ชม. ขก." to the places question: official abbreviations as chunks of
    their own, read only when every other chunk is one too or a bare yes or no (the ID
    card asked with the places): "มี นม ให้ลูก" is milk, and in "ชลบุรี ชม" ชม is a word."""
    out: dict[str, Province] = {}
    for chunk in text.split():
        bare = _PARTICLES.sub("", chunk.strip(".")).strip(".")
        if not bare:
            continue
        whole = ABBREVIATIONS.get(bare)
        if whole is None and parse_yes_no(chunk) is None:
            return []
        named = [whole] if whole else []
        for province in named:
            out.setdefault(province.code, province)
    return list(out.values())


def here_and_home(text: str, parsed: Any, learned: dict[str, Any]) -> Any:
    """"กทม โคราช" to "where are you, and where is home?": here, then home; and
    here said with a cue, home after it bare ("อยู่ชลบุรี ร้อยเอ็ด")."""
    found = scanned = find_provinces(text)
    chunks = _by_chunks(text) if len(found) == 1 else []
    if len(chunks) != 2 and len(found) < 2:
        chunks = _short_chunks(text)  # "มี นม สฎ"
    if len(chunks) == 2:
        found = chunks
    settled = facts_of(text).bare_provinces
    if len(found) > 2 and len(settled) == 2:  # "ปทุม เอ้ยไม่ใช่ นนทบุรีครับ ขอนแก่น" (dev41):
        found = scanned = list(settled)  # one taken back, two left
    home = learned.get("home_province")
    if len(found) == 2 and parsed is None and home and "current_province" not in learned:
        others = [p for p in found if p.code != home["code"]]  # "ชลบุรีค่ะ แต่บ้านอยู่ตาก"
        return {"code": others[0].code, "name": others[0].name_th} if len(others) == 1 else None
    here = learned.get("current_province")
    bare = settled or tuple(p for p in found if p not in scanned)
    if (len(found) == 2 and here and not home and found[0].code == here["code"]
            and bare == (found[1],)):
        # "อยู่ชลบุรี ร้อยเอ็ด": the place named after it with no cue is home (not one
        # named before: in "สระบุรี อยู่ตลาดเสาไห้ ยโสธร" the cue may be the first's)
        learned["home_province"] = {"code": bare[0].code, "name": bare[0].name_th}
        return parsed
    if len(found) != 2 or "home_province" in learned or "current_province" in learned:
        return parsed
    if found == scanned and found[1] not in bare:  # "พี่สาวอยู่ชลบุรี": someone else's
        first = found[0]
        return {"code": first.code, "name": first.name_th} if (
            parsed is None and first in bare) else parsed
    if parsed is not None and parsed["name"] != found[0].name_th and not (
            found is chunks and parsed["name"] == found[1].name_th):
        return parsed  # (a place only a chunk names, before the one scanned, is here:
    # "ท่ามะกาค่ะ ไร่อ้อย... ท่าตูมค่ะ", dev63: home had been taken for here, then refused)
    learned["home_province"] = {"code": found[1].code, "name": found[1].name_th}
    return {"code": found[0].code, "name": found[0].name_th}


def card_answer(text: str) -> bool | None:
    """A short answer to "do you have an ID card?": "หายค่ะ", "มีแต่โดนยึด" no; "มีอยู่",
    "อยู่กับตัว" yes; otherwise None."""
    compact = text.replace(" ", "")
    if (_CARD_LOST.fullmatch(compact) or _CARD_NEVER.fullmatch(compact)
            or _CARD_AWAY.fullmatch(compact)):
        return False  # "ไม่เคยทำ", "ยังไม่ได้ทำค่ะ": never had one
    if _CARD_HERE.fullmatch(compact):
        return True
    return None


def parent_card(text: str, parent: str | None) -> bool | None:
    """"พ่อมีบัตรครับ", "พ่อมีครับ", "แม่ไม่มีบัตร" to "do you have an ID card?" from one
    writing for that parent (dialogs.travellers.writes_for), who travels alone: the
    parent's card is the traveller's; None for anyone else, or no parent written for.
    One writing for others who go without them (OTHERS) answers with theirs."""
    if parent == OTHERS:
        return others_card(text, anyone=True)  # "พ่อกับแม่มีบัตรค่ะ", "ผัวมีบัตรครับ"
    if parent not in ("พ่อ", "แม่"):
        return None
    # "หนูไม่มีบัตรค่ะ แต่พ่อมี": the parent's
    text = text.rsplit("แต่", 1)[-1].strip()
    first, _, rest = text.partition(" ")
    pattern = re.compile(r"(?:คุณ)?" + parent + r"(?:ผม|ฉัน|หนู)?(?:เขา|เค้า|ท่าน|ก็)*(?P<no>ไม่|บ่|ไม่ได้)?"
                         r"(?:มี|พก|ถือ)(?:บัตร(?:ประชาชน|ปชช)?)?(?:อยู่|ครับ|ค่ะ|ค่า|คะ|คับ|จ้า|จ้ะ|นะ"
                         r"|เด้อ|ครบ|ติดตัว)*")
    said = pattern.fullmatch(text.replace(" ", ""))
    if said is None and rest and not _CARD_REMARK.search(rest):
        said = pattern.fullmatch(first)  # "พ่อมีบัตรค่ะ ตำรวจดูให้แล้ว": a remark after it
    if said is None:
        return None
    return said["no"] is None


# a remark after the parent's card that speaks of the card again decides nothing here
_CARD_REMARK = re.compile(r"บัตร|หาย|ไม่|บ่|หมดอายุ|ยึด|เก็บ")


# consent in English, by one who cannot type Thai: "I agree", "yes I consent", "I don't agree"


