"""The phone in an answer: only a number (then the request can go), no phone at all
("ไม่มีเบอร์"), or the phone or name fixed after sending ("เบอร์ผิด 0891234567",
"ขอแก้ชื่อเป็น ต้อย")."""

from __future__ import annotations

import datetime as dt
import re

from dialogs import replies, texts
from dialogs.care import KIN
from dialogs.name_words import fixed_part
from dialogs.parse import parse_yes_no
from dialogs.parse_numbers import negations_fixed
from dialogs.questions import is_question
from dialogs.readers import read_name, read_phone
from dialogs.refusals import refuses_name
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import Reply, RequestHandoff, UpdateContact
from dialogs.understand import is_refusal, read_message

_NUMBER = re.compile(r"[\d๐-๙\s\-+().]")
_FILLER = ("เบอร์โทรศัพท์", "เบอร์โทร", "เบอร์", "โทรศัพท์", "มือถือ", "โทร", "ขอบคุณ",
           "ค่ะ", "คะ", "ครับ", "คับ", "ค่า", "นะ", "จ้า", "จ้ะ", "คือ", "นี้", "นี่", "ที่")
_NO_PHONE = ("ไม่มีเบอร์", "ไม่มีโทรศัพท์", "ไม่มีมือถือ", "ไม่ได้ใช้โทรศัพท์", "โทรศัพท์หาย",
             "ไม่สะดวกให้เบอร์", "ไม่ให้เบอร์", "ส่งเลย")


def _rest(text: str, words: tuple[str, ...]) -> str:
    rest = _NUMBER.sub("", text)
    for word in words:
        rest = rest.replace(word, "")
    return rest


def only_phone(text: str) -> str | None:
    """The phone, when the text is a phone number and nothing else ("เบอร์ 081-234-5678
    ค่ะ"); None when it says more ("ไม่ใช่ 0812345678", "0812345678 ได้เงินเมื่อไหร่")."""
    phone = read_phone(text, None)
    return phone if phone and not _rest(text, _FILLER) else None


_NAME_FIX = re.compile(r"(?:ชื่อ|นามสกุล).*(?:ผิด|แก้|เปลี่ยน|เป็น|ใหม่|จริง|ที่ถูก)"
                       r"|(?:ผิด|แก้|เปลี่ยน).*(?:ชื่อ|นามสกุล)")
# the name after the last cue: "ขอแก้ชื่อเป็น ต้อย", "ชื่อผิดครับ ที่ถูกคือ ประเสริฐ",
# "ชื่อผิด ประเสริฐค่ะ"
_CUE = r"(?:เป็น|ชื่อ|คือ|ผิด(?:ครับ|ค่ะ|คะ|นะ|จ้า)*)"
_NAME_AFTER = re.compile(_CUE + r"(?!.*" + _CUE + r")(.*)")
_WHEN = ("เมื่อไหร่", "เมื่อไร", "กี่วัน", "นานไหม", "นานมั้ย", "อีกนาน", "ตอนไหน")
# an elder or parent said to tell a name, or to have one ("ลุงเพิ่งบอกชื่อ", "ยายบอกว่าชื่อ",
# "ลุงแกชื่อ"): the name said after is theirs
_KIN_NAMED = re.compile(r"(?:ลุง|ป้า|ยาย|ตา|น้า|ปู่|ย่า|พ่อ|แม่)(?:เขา|เค้า|แก|ท่าน)?(?:ก็)?(?:เพิ่ง|พึ่ง)?"
                        r"(?:บอก|พูด)(?:ว่า)?ชื่อ|(?:ลุง|ป้า|ยาย|ตา|น้า|ปู่|ย่า)(?:เขา|เค้า|แก|ท่าน)ชื่อ")
_OWN_AFTER_KIN = re.compile(r"ชื่อ(?:จริง|เล่น)?(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|เรา)|ชื่อที่ถูก|(?:พิมพ์|สะกด)ผิด")
_STORY_KEYS = frozenset({"no_shelter", "no_food", "no_fare", "home_province", "thai"})


# a number said to be a relative's or a friend's, whose name may follow it (not "เบอร์ตาม
# นี้", "เบอร์อาจารย์"); the person's own name said so, or fixed, is theirs all the same
_KINS_PHONE = re.compile(r"(?:เบอร์|ติดต่อ(?:ผ่าน)?)(?:โทร)?(?:ของ)?"
                         r"(?:พี่(?:สาว|ชาย)?|น้อง(?:สาว|ชาย)|แม่|พ่อ|ป้า|ลุง|น้า|อา(?!จารย์)|ยาย|ตา(?!ม)|ลูก|เพื่อน|แฟน|สามี|ภรรยา|เมีย|ผัว|ญาติ"
                         r"|หลาน)|เบอร์(?:นี้|นี่)(?:เป็น)?ของ")
_OWN_NAME = re.compile(r"(?:ผม|หนู|ฉัน|ดิฉัน|เรา|กระผม)ชื่อ|ชื่อ(?:ผม|หนู|ฉัน|ดิฉัน)?(?:ผิด|ไม่ถูก)"
                       r"|(?:แก้|เปลี่ยน)ชื่อ")
# no surname fixed: the name fixed instead ("ไม่ใช่นามสกุลผิดนะคะ ชื่อผิด"), or a word for
# one ("ที่ถูกคือ เหมือนในบัตร")
_NOT_SURNAME = re.compile(r"ไม่ใช่นามสกุล|ชื่อ(?:ต้น)?(?:ก็)?ผิด|เหมือน|บัตร|ตาม")


def new_surname(text: str) -> str | None:
    """The surname alone fixed ("นามสกุลพิมพ์ผิดค่ะ ที่ถูกคือ ศรีบุญเรือง นอกนั้นถูกแล้วค่ะ")."""
    fix = fixed_part(text)
    if fix is None or not fix[1] or not fix[0] or " " in fix[0].strip() or (
            "นามสกุล" not in text or _NOT_SURNAME.search(text.replace(" ", ""))):
        return None
    surname = read_name(fix[0], None)
    return surname if surname and " " not in surname else None


def _new_surname(text: str, known: str) -> str | None:
    """The name told with only its surname fixed: the first name told before with the
    right surname."""
    first = known.split()[0] if known.split() else ""
    surname = new_surname(text) if first else None
    return f"{first} {surname}" if surname else None


def contact_fix(text: str, known: str = "") -> tuple[str | None, str | None] | None:
    """Once the request is sent: the (phone, name) a message gives for it ("ขอแก้เบอร์
    เป็น 089-876-5432 ค่ะ", "ใช้เบอร์นี้ได้ไหมคะ 0898765432", "ชื่อผิดค่ะ ชื่อหน่อย",
    "ชื่อผิดเจ้า ต้องเป็น บัวแก้ว ปัญญาวงค์ บ่ใช่บัวแก่น"), or None when it gives neither
    (a surname alone, "นามสกุลผิด ต้องเป็น จันทร์หอมศรี", is asked again in full), or
    tells a new story (a trouble, a home)."""
    text = spoken_digits(text)
    said = read_message(text)
    if set(said) & _STORY_KEYS:
        return None
    phone = read_phone(text, None)
    name = said.get("name") or _new_surname(text, known)
    kin_fix = fixed_part(text, kin=True) if name is None else None
    if kin_fix is not None and kin_fix[0] and not kin_fix[1]:  # "ชื่อพ่อพิมพ์ผิดค่ะ ที่ถูก สมพงศ์"
        name = read_name(kin_fix[0], None)
    if name is None and fixed_part(text) is None and _NAME_FIX.search(text.replace(" ", "")):
        after = _NAME_AFTER.search(text)
        name = read_name(after.group(1), None) if after and after.group(1).strip() else None
    compact = text.replace(" ", "")
    if name is not None and phone and _KINS_PHONE.search(compact) and not (
            _OWN_NAME.search(compact)):
        name = None  # "เบอร์พี่สาวครับ 089-777-6655 ชื่อพี่แดง": the sister's name (dev37)
    return (phone, name) if phone or name else None


def no_phone(text: str) -> bool:
    """The person has no phone, or would rather not give it; never when a number is
    given with it ("โทรหาหนูที่ 0812345678 ค่ะ แม่ไม่มีโทรศัพท์")."""
    if read_phone(text, None):
        return False
    compact = text.replace(" ", "")
    bare = _rest(compact, _FILLER)
    # "บ่มีโทรศัพท์ครับ" (dev71); "โทรสับ" as it is often typed ("บ่มีโทรสับ")
    said = negations_fixed(compact).replace("บ่มี", "ไม่มี").replace("โทรสับ", "โทรศัพท์")
    return (any(p in said for p in _NO_PHONE) or bare in ("ไม่มี", "ไม่มีค่ะ")
            or (is_refusal(text) and not refuses_name(text)))  # "ไม่อยากบอกชื่อ": the name


_DIGIT_WORDS = {"ศูนย์": "0", "หนึ่ง": "1", "เอ็ด": "1", "สอง": "2", "โท": "2", "สาม": "3",
                "สี่": "4", "ห้า": "5", "หก": "6", "เจ็ด": "7", "แปด": "8", "เก้า": "9"}
# digit words, or words and digits mixed as voice typing writes them ("ศูนย์แปดเก้า 123
# สี่ห้าหกเจ็ด"); 9 or 10 digits in all, checked in spoken_digits
_SPOKEN = re.compile("(?:(?:" + "|".join(_DIGIT_WORDS) + r"|\d)[\s-]*){9,}")
# three digit words in a row, each a word of its own ("สาม" in "สามี" is none)
_SOME_SPOKEN = re.compile(r"(?:^|\s)(?:(?:" + "|".join(_DIGIT_WORDS) + r")(?:\s+|$)){3,}")


def spoken_digits(text: str) -> str:
    """A phone said in words, as voice typing writes it ("ศูนย์ แปด หนึ่ง เก้า ..."), as
    digits; 9 or 10 digit words in a row only."""
    def digits(m: re.Match[str]) -> str:
        words = re.findall("|".join(_DIGIT_WORDS) + r"|\d", m.group())
        if not 9 <= len(words) <= 10 or all(w.isdigit() for w in words):
            return m.group()  # a number typed in digits, or too long to be a phone
        return "".join(_DIGIT_WORDS.get(w, w) for w in words) + " "
    return _SPOKEN.sub(digits, text)


def phone_like(text: str) -> bool:
    """An attempt at a phone the bot may not read: digits, "เบอร์", digit words."""
    return has_digits(text, 3) or "เบอร์" in text or _SOME_SPOKEN.search(text) is not None


def has_digits(text: str, at_least: int = 5) -> bool:
    """Digits enough to be meant as a phone number (Thai digits too)."""
    return sum(ch.isdigit() for ch in text) >= at_least


# the writer's own name said wrong, plainly ("ชื่อพิมพ์ผิดค่ะ", "ขอแก้ชื่อ", "ชื่อที่ถูกคือ"),
# never a relative's name told ("พ่อชื่อสมพงษ์ เป็นเบาหวาน"), nor the name on a card
_OWN_NAME_FIX = re.compile(r"(?<!พ่อ)(?<!แม่)(?<!ลูก)(?<!สาว)(?<!ชาย)(?<!ยาย)(?<!ตา)(?<!ผัว)(?<!เมีย)"
                           r"(?<!แฟน)(?<!สามี)(?<!พี่)(?<!น้อง)(?<!ลุง)(?<!ป้า)(?<!เพื่อน)"
                           r"ชื่อ(?:เล่น|จริง)?(?:ของ)?(?:ผม|หนู|ฉัน|ดิฉัน|เรา)?(?:ที่)?(?:ให้ไว้|ส่งไป|พิมพ์ไป)?"
                           r"(?:ก็|มัน)?(?:พิมพ์|สะกด)?ผิด|(?:ขอ)?แก้(?:ไข)?ชื่อ(?!ใน|บัตร|แล้ว|" + KIN + ")"
                           r"|ชื่อที่ถูก(?:ต้อง)?(?:คือ|เป็น)")


def fixes_name(text: str) -> bool:
    """Says the writer's name sent is wrong ("ชื่อพิมพ์ผิดค่ะ ชื่อ บัวเรียน"): read as a fix
    before anything else (its words may hold a need's: "เรียน")."""
    return _OWN_NAME_FIX.search(text.replace(" ", "")) is not None and not is_question(text)


def after_sent(state: State, text: str) -> StepResult | None:
    """Once the request is sent: a phone or name for it ("เบอร์ผิดค่ะ 08...", "ขอแก้
    ชื่อเป็น ต้อย") goes into it, never into a new screening; a number too short is
    pointed out; a fact told about it goes to a person with the request (never into a
    second screening); "แก้ไข" says how; None: anything else."""
    compact = text.replace(" ", "")
    if _KIN_NAMED.search(compact) and not _OWN_AFTER_KIN.search(compact) and (
            read_message(text).get("name")):
        # "ลุงเพิ่งบอกชื่อครับ ชื่อลุงบุญมี" (dev56): the name of the one written for, not
        # a fix of the writer's own, sent as whom to call; a person reads it with the request
        return respond(state, Reply(texts.AFTER_SENT_NOTED),
                       effects=(RequestHandoff("case_update"),))
    fixed = contact_fix(text, str((state.data.get("answers") or {}).get("name") or ""))
    phone, name = fixed or (None, None)
    # the name sent is in the request, not here: a surname alone is put after it there
    surname = new_surname(text) if name is None else None
    if phone or name or surname:
        said = [texts.PHONE_FIXED.format(replies.full_phone(phone))] if phone else []
        said += [texts.NAME_FIXED.format(name)] if name else []
        said += [texts.SURNAME_FIXED.format(surname)] if surname else []
        return respond(state, Reply(" ".join(said)),
                       effects=(UpdateContact(phone=phone, name=name, surname=surname),))
    if has_digits(text, 8):
        return respond(state, Reply(texts.PHONE_UNCLEAR))
    if _NAME_FIX.search(text.replace(" ", "")) and not is_question(text):  # "ชื่อผิดค่ะ"
        return respond(state, Reply(texts.NAME_WHICH))
    due = state.data.get("due")
    if due and is_question(text) and any(w in text for w in _WHEN):  # "เมื่อไหร่จะโทรมา"
        moment = dt.datetime.fromisoformat(str(due))
        return respond(state, Reply(texts.WHEN_CALLED.format(texts.thai_datetime(moment))))
    if set(read_message(text)) - {"name", "phone"} and not is_question(text):
        # "อ้าว จะกลับอุบลค่ะ", "ตอนนี้ไม่มีที่นอนค่ะ": about the request sent, never a
        # second one; a person reads it with the request
        return respond(state, Reply(texts.AFTER_SENT_NOTED),
                       effects=(RequestHandoff("case_update"),))
    if parse_yes_no(text) is True:  # "โอเคค่ะ"
        return respond(state, Reply(texts.AFTER_SENT_OK))
    if text.strip() in ("👍", "🙏", "👌", "❤️", "🙏🙏"):
        return respond(state, Reply(texts.THANKS))
    if text.strip() in ("แก้", "แก้ไข", "ขอแก้", "แก้ไขข้อมูล"):
        return respond(state, Reply(texts.AFTER_SENT_EDIT, replies.PERSON_CHOICES[:1]))
    return None

