"""A question typed at the summary that asks for the name and the phone.

Wary people ask why before they give them ("ทำไมต้องบอกชื่อด้วยคะ กลัวโดนหลอก... เรียก
แอนละกันค่ะ", "ต้องชื่อจริงด้วยเหรอครับ... เอกชัยครับ"): the name said with the question is
read, the "why" is answered plainly, and the same question met again never gets the same
answer a third time (dev29: one wary woman met the same reply 18 times).
"""

from __future__ import annotations

import re

from dialogs.names import extract_name
from dialogs.provinces import thai_dictionary, thai_names
from dialogs.questions import is_question, split_question
from dialogs.readers import read_name, read_phone
from dialogs.state import text_digest
from dialogs.understand import is_refusal, read_message
from dialogs.words import words

__all__ = ["WHY_CONTACT", "asked_again", "name_before_phone", "name_with_question",
           "question_at_contact", "why_contact"]

# "why my name / phone?", "must it be my real name?"
_WHY = re.compile(r"ทำไม.{0,12}(?:ชื่อ|เบอร์)|(?:ชื่อ|เบอร์).{0,10}ทำไม|ต้อง(?:ใช้|บอก|เป็น)?ชื่อจริง"
                  r"|เอา(?:ชื่อ|เบอร์).{0,6}ไป(?:ทำ)?อะไร")
WHY_CONTACT = ("ชื่อใช้ให้เจ้าหน้าที่เรียกถูกคนค่ะ ชื่อเล่นก็ได้ เบอร์ใช้โทรนัดช่วยเหลือ "
               "เจ้าหน้าที่ พมจ. ไม่ขอเงิน ไม่ขอรหัส และไม่ถามเลขบัตรในแชตค่ะ")
_CLAUSES = re.compile(r"\.{2,}|…|\?|!")


def why_contact(text: str) -> bool:
    """The question asks why the name or phone is needed."""
    return bool(_WHY.search(text.replace(" ", "")))


def name_with_question(text: str) -> str | None:
    """The name told beside the question: after a cue anywhere ("เรียกแอนละกันค่ะ"), or
    as the whole clause after it ("... เอกชัยครับ")."""
    cued = extract_name(text)
    if cued:
        return cued
    clauses = [c.strip() for c in _CLAUSES.split(text) if c.strip()]
    if len(clauses) < 2 or is_question(clauses[-1]):
        return None
    name = extract_name(clauses[-1], bare=True)
    said = words(clauses[-1])
    if not name or any(w in _FEELINGS for w in said):  # "... กลัวค่ะ", "... โดนหลอกมาเยอะ"
        return None
    # after "why my name?", only a word that is a name, never one that may be a feeling
    known = name in thai_names() or name.split()[0] not in thai_dictionary()
    return name if known or not why_contact(text) else None


_FEELINGS = frozenset({"กลัว", "เกรงใจ", "สงสัย", "รำคาญ", "ลำบากใจ", "โดน", "หลอก", "อาย",
                       "ห่วง", "กังวล", "ไม่แน่ใจ", "ไม่อยาก", "ไม่กล้า", "ระแวง"})


def asked_again(mark: object, text: str) -> tuple[int, list[str | int]]:
    """How many times in a row `text` was just asked at the summary (from the state's
    `mark`), and the mark to keep (a digest of the text, never the text)."""
    digest = text_digest(text)
    times = int(mark[1]) if isinstance(mark, list) and len(mark) == 2 and mark[0] == digest else 0
    return times, [digest, times + 1]


def name_before_phone(text: str) -> str | None:
    """The bare name typed before a phone ("สมชาย 0812345678 แต่ไป 2 คน"), or None; none
    before a number that is no phone ("คนไปแค่๒คนครับ": a count fixed)."""
    head = re.split(r"[\d๐-๙]", text, maxsplit=1)
    if len(head) < 2 or not head[0].strip() or read_message(head[0]) or (
            read_phone(text, None) is None):
        return None
    return read_name(head[0], None)


def question_at_contact(text: str) -> dict[str, str] | None:
    """What a question typed at the summary that asks the name and phone keeps: nothing
    ({}), or the phone typed with a wary "why my name?" that gives no name ("ต้องใช้ชื่อจริง
    ไหมคะ 😳 0958812346", dev103: the phone was called wrong and the name asked again);
    None when the message is no such question (a phone with it, a refusal, a name told apart
    from the question with the phone: "ทำไมต้องบอกชื่อคะ แดงค่ะ 0812345678", read as before)."""
    phone = read_phone(text, None)
    apart = split_question(text)[1]  # (a name in it too: "...เอกชัยครับ ... 08...", dev29)
    if phone and why_contact(text) and name_with_question(text) is None and not (
            (apart and read_name(apart, None)) or read_name(text, None)):
        return {"phone": phone}
    return {} if is_question(text) and not phone and not is_refusal(text) else None
