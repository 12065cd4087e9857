"""What one message says beyond the screening facts: the name to call the person,
refusals ("จำไม่ได้", "ไม่อยากตอบ"), and everything at once as answers.

All matching is on whole words (dialogs.words), never inside a word.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from dialogs.facts import HARDSHIPS, Facts
from dialogs.needs import parse_needs, released_from_prison
from dialogs.parse import facts_of, find_provinces, parse_phone, parse_yes_no
from dialogs.words import chunks, has_phrase, words

__all__ = ["calm", "card_answer", "consent_word", "corrections", "extract_name", "facts_to_answers",
           "here_and_home", "is_refusal", "read_message"]
CORRECTABLE = ("name", "phone", "current_province", "home_province", "travellers",
               "special_needs", "no_shelter", "no_food", "no_fare", "id_card", "id_card_state",
               "urgent")

REFUSALS = ("จำไม่ได้", "ไม่อยากตอบ", "ไม่อยากบอก", "ไม่สะดวก", "ข้าม", "ไม่ขอตอบ", "ไม่ตอบ",
            "ไม่บอก", "ไม่ให้", "ไม่รู้", "ไม่ทราบ", "ไม่แน่ใจ", "ไม่รู้สิ", "ลืม", "ไม่ได้จำ",
            "skip", "ผ่าน")
_NAME_CUES = ("ชื่อ", "ชื่อเล่น", "ชื่อจริง", "เรียก")
_TITLES = frozenset({"นาย", "นาง", "นางสาว", "น.ส.", "น.ส", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ."})
_AFTER_CUE = frozenset({"ว่า", "คือ", "เล่น", "จริง", "ผม", "หนู", "ฉัน", "ดิฉัน", "เรา", "ของ", "ผิด",
                        "แก้", "ใหม่", "ถูก", "เป็น"}) | _TITLES
_PRONOUNS = frozenset({"ผม", "ดิฉัน", "ฉัน", "หนู", "เรา", "กระผม", "ข้า", "ชื่อ", "เรียก",
                       "ว่า", "เล่น", "ชื่อเล่น"}) | _TITLES  # "นางสาว มาลี": มาลี
_PARTICLES = frozenset({
    "ครับ", "ค่ะ", "คะ", "ค่า", "คับ", "จ้า", "จ้ะ", "นะ", "นะคะ", "นะครับ", "ก็ได้", "ก็", "ได้",
    "เลย", "เบอร์", "โทร", "เบอร์โทร", "ละ", "นี่", "นี้", "ฮะ", "ย่ะ", "แล้ว", "คือ", "บ",
    "เจ้า", "หนิ", "เด้อ", "เน้อ"})  # northern, southern and north-eastern particles
# Words that start the rest of a sentence ("มาลีอยู่ชลบุรี"); at the end of a name they
# are part of it ("บุญมี").
_STARTERS = frozenset({
    "อยู่", "จาก", "เป็น", "ไม่", "มี", "อายุ", "ตอนนี้", "บ้าน", "จะ", "กลับ", "และ", "กับ",
    "แต่", "อะไร", "ไหม", "มั้ย", "ที่", "เพิ่ง", "ไม่มี", "อยาก", "ขอ", "ช่วย", "ด้วย"})
MAX_NAME_CHARS = 30
_WORK_PHONE = re.compile(r"(?:นายจ้าง|เจ้านาย|หัวหน้า|บริษัท|โรงงาน|ร้าน)(?:ผม|ฉัน|หนู)?"
                         r"(?:เบอร์|โทร|ที่เบอร์)")
_MINE = frozenset({"ของ", "ผม", "ฉัน", "หนู", "ดิฉัน", "เรา", "กระผม"})
_OTHERS = frozenset({
    "แม่", "พ่อ", "ลูก", "ลูกสาว", "ลูกชาย", "แฟน", "เมีย", "สามี", "ผัว", "ภรรยา", "นายจ้าง",
    "เจ้านาย", "หัวหน้า", "เพื่อน", "น้อง", "ยาย", "ตา", "ปู่", "ย่า", "หลาน", "ญาติ", "ลุง",
    "ป้า", "น้า", "อา", "เขา", "เค้า", "หมู่บ้าน", "บ้าน", "ร้าน", "บริษัท", "โรงงาน", "ถนน",
    "ซอย", "วัด", "โรงเรียน", "โรงพยาบาล", "อำเภอ", "ตำบล", "หมู่"})
# "ด.ช.ต้น", "น.ส.มาลี": a title with dots (cleaning would leave ด and ช as the name)
_SHORT_TITLE = re.compile(r"(?:ด\.\s*ช|ด\.\s*ญ|น\.\s*ส)\.?\s*")
# never a name, nor a name's second part ("ขอบคุณค่ะ", "เด็กหญิงฝน ลูกสาว")
_NOT_NAMES = frozenset({"ขอบคุณ", "สวัสดี", "ด่วน", "ไม่ด่วน", "โอเค", "ok", "ลูก", "ลูกสาว",
                        "ลูกชาย", "แม่", "พ่อ", "แฟน", "เมีย", "สามี", "ภรรยา", "หลาน", "นามสกุล"})
# consent typed in words: any denial before or after "ยินยอม" is a no ("ไม่ได้ยินยอม",
# "ยินยอมไม่ได้"); a question about it ("ยินยอมแล้วจะเป็นอะไรไหม") is neither
_CONSENT_DENIED = re.compile(r"(?:ไม่|บ่|มิ).{0,10}ยินยอม|ยินยอม(?:ไม่|บ่)")
_CONSENT_ASKED = re.compile(r"ยินยอม.{0,20}(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|หรือไม่|อะไร|ยังไง|อย่างไร|\?)")
_CARD_LOST = re.compile(r"(?:(?:เคย)?มี(?:ค่ะ|ค่า|ครับ|คับ)?แต่)?(?:ทำ)?(?:หาย|(?:โดน|ถูก)(?:ยึด|ขโมย))"
                        r"(?:แล้ว|ไป|ไปแล้ว)?(?:ค่ะ|ค่า|ครับ|คับ|จ้า|นะ)?")  # "มีแต่หาย": no
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


def _name_from(tokens: tuple[str, ...]) -> str | None:
    name: list[str] = []
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        ends_name = not following or following in _PARTICLES
        if (token in _PARTICLES or any(ch.isdigit() for ch in token)
                or (token in _STARTERS and not (name and ends_name))):
            break
        name.append(token)
        if len(name) == 3:
            break
    joined = "".join(name)
    if (not 0 < len(joined) <= MAX_NAME_CHARS or parse_yes_no(joined) is not None
            or joined.lower() in _NOT_NAMES):
        return None
    return None if is_refusal(joined) else joined


def _with_surname(name: str, following: tuple[tuple[str, ...], ...]) -> str:
    """"ชื่อ ซัว แซ่ย่าง", "ชื่อนายประเสริฐ ทองดี": the next chunk is the surname when it
    is a name and nothing else (not "ชื่อต้น อยู่ชลบุรี", "ชื่อต้น ตกงานครับ")."""
    if not following:
        return name
    surname = _name_from(following[0])
    if not surname or surname != "".join(w for w in following[0] if w not in _PARTICLES):
        return name
    told = facts_to_answers(facts_of(surname)) or parse_needs(surname) or find_provinces(surname)
    return name if told else f"{name} {surname}"


def _as_typed(name: str, text: str) -> str:
    """The name as the person typed it (Latin letters keep their case)."""
    at = text.lower().find(name)
    return text[at:at + len(name)] if at >= 0 else name


def _someone_else(before: tuple[str, ...]) -> bool:
    """Whether the words before "ชื่อ" name another person or a place ("นายจ้างชื่อ",
    "แม่ผมชื่อ", "หมู่บ้านชื่อ"): that name is not the writer's."""
    words_before = [w for w in before if w not in _MINE]
    return bool(words_before) and words_before[-1] in _OTHERS


def extract_name(text: str, bare: bool = False) -> str | None:
    """The name after "ชื่อ" or "เรียก" ("ดิฉันชื่อมาลี" -> มาลี, "เรียกเอกก็ได้ครับ" ->
    เอก). With `bare` (the answer to the name question), a message without those
    words is read as the name itself ("มาลีค่ะ", "ป้าแดง 0812345678")."""
    text = _SHORT_TITLE.sub(" ", text)
    pieces = chunks(text)
    for n, chunk in enumerate(pieces):
        for i, token in enumerate(chunk):
            if token in _NAME_CUES and (bare or not _someone_else(chunk[:i])):
                rest, at = list(chunk[i + 1:]), n
                titled = bool(rest) and rest[0] in _TITLES
                while rest and rest[0] in _AFTER_CUE:
                    rest.pop(0)
                if not rest and n + 1 < len(pieces):
                    rest, at = list(pieces[n + 1]), n + 1  # "ผมชื่อ ต้น", "ชื่อคือ ต้น"
                    titled = titled or (bool(rest) and rest[0] in _TITLES)
                while rest and rest[0] in _AFTER_CUE:
                    rest.pop(0)
                found = _name_from(tuple(rest))
                if found:
                    if (bare or titled) and found == "".join(rest):
                        found = _with_surname(found, pieces[at + 1:])
                    return _as_typed(found, text)
    if not bare:
        return None
    parts: list[str] = []
    for chunk in chunks(text):
        rest = list(chunk)
        while not parts and rest and rest[0] in _PRONOUNS:
            rest.pop(0)
        if not rest or any(ch.isdigit() for ch in rest[0]):
            if parts:
                break
            continue
        found = _name_from(tuple(rest))
        if not found:
            break
        parts.append(found)
        if found != "".join(rest) or len(parts) == 2:
            break
    return _as_typed(" ".join(parts), text) if parts else None


def is_refusal(text: str) -> bool:
    """The person would rather not answer, or does not know ("จำไม่ได้", "ข้าม")."""
    tokens = words(text)
    return any(has_phrase(tokens, phrase) for phrase in REFUSALS)


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
    if facts.travellers is not None:
        out["travellers"] = facts.travellers
    if facts.special_needs:
        out["special_needs"] = sorted(facts.special_needs)
    return out


# "ไม่ได้เดือดร้อนอะไร", "ไม่มีปัญหาอะไร": none of the three troubles (unless one is named)
_NO_TROUBLE = re.compile(r"ไม่(?:ได้)?(?:เดือดร้อน|ลำบาก)(?:อะไร|เรื่อง(?:เงิน|อะไร))?(?!มาก|เลย"
                         r"|แล้ว)|ไม่มีปัญหา(?:อะไร|เรื่องเงิน)")


def read_message(text: str) -> dict[str, Any]:
    """Every answer one message gives, whatever was asked: screening facts, name,
    phone, whether the person was just released from prison, and the other needs
    they mention (kept as hints until they agree to talk about them). A fresh dict
    each call (callers change it); the reading itself is memoised by text, as the
    same text is read by several steps of one turn and greetings and button texts
    repeat across people."""
    return dict(json.loads(_read_message(text)))


@functools.lru_cache(maxsize=1024)
def _read_message(text: str) -> str:
    out = facts_to_answers(facts_of(text))
    if _NO_TROUBLE.search(text.replace(" ", "")) and not any(
            out.get(k) for k in HARDSHIPS):
        out |= {k: out.get(k, False) for k in HARDSHIPS}
    name = extract_name(text)
    if name:
        out["name"] = name
    phone = parse_phone(text)
    if phone and not _WORK_PHONE.search(text.replace(" ", "")):
        out["phone"] = phone  # a relative's number is a way to reach them; a boss's is not
    if released_from_prison(text):
        out["released"] = True
    # Elderly and disability are already special needs, and "บัตรประชาชน" alone is
    # no need (most people say they have one): the ID card is a need when it is missing.
    hints = [n for n in parse_needs(text) if n not in ("elderly", "disability", "id_card")]
    if out.get("id_card") is False:
        hints.insert(0, "id_card")
    if "pregnant" in out.get("special_needs", ()) and "health" not in hints:
        hints.append("health")  # a pregnancy is health data, named as such at consent
    if hints:
        out["need_hints"] = hints
    return json.dumps(out, ensure_ascii=False)


def corrections(answers: dict[str, Any], text: str) -> dict[str, Any] | None:
    """Answers corrected by a free-text message at the summary ("เบอร์ผิด 0891234567",
    "กลับอุดร", "ไป 3 คน"), or None when the message corrects nothing."""
    said = {k: v for k, v in read_message(text).items() if k in CORRECTABLE}
    said = {k: v for k, v in said.items() if answers.get(k) != v}
    if not said:
        return None
    if "id_card" in said and "id_card_state" not in said:
        said["id_card_state"] = None
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


def here_and_home(text: str, parsed: Any, learned: dict[str, Any]) -> Any:
    """"กทม โคราช" to "where are you, and where is home?": here, then home."""
    found = find_provinces(text)
    home = learned.get("home_province")
    if len(found) == 2 and parsed is None and home and "current_province" not in learned:
        here = [p for p in found if p.code != home["code"]]  # "ชลบุรีค่ะ แต่บ้านอยู่ตาก"
        return {"code": here[0].code, "name": here[0].name_th} if len(here) == 1 else None
    if len(found) != 2 or "home_province" in learned or "current_province" in learned:
        return parsed
    if parsed is not None and parsed["name"] != found[0].name_th:
        return parsed
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


def consent_word(text: str) -> bool | None:
    """"ยินยอม" typed: True; denied in any way ("ไม่ได้ยินยอม", "ยินยอมไม่ได้"): False;
    asked about, or not said: None."""
    compact = text.replace(" ", "")
    if "ยินยอม" not in compact:
        return None
    if _CONSENT_DENIED.search(compact):
        return False
    return None if _CONSENT_ASKED.search(compact) else True
