"""The first question shown with the consent question ("if you consent, answer this too"),
so that one message can give consent and the first answer: "ยินยอมค่ะ มีบัตร อยู่ชลบุรี จะกลับ
ขอนแก่น" saves a turn for a stressed person on a cheap phone.

The preview is the question screening would ask first right after consent (computed by
running that step on the story kept, which is pure). The consent state remembers only
which slots it asked (`preview`), never an answer. Consent is still explicit: a yes word
comes first ("ยินยอม", "ได้ค่ะ", "ครับ"), and an answer given without one ("มีค่ะ",
"ไม่มีค่ะ" to "มีบัตรประชาชนไหมคะ") is neither a yes nor a no: it is kept (`preview_answer`,
in the consent state only, removed with it) and consent is asked again.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from dialogs import state as st
from dialogs import texts
from dialogs.answering import card_words
from dialogs.asking import slot_for
from dialogs.cards import OTHERS
from dialogs.consent_remarks import consent_remarks_out
from dialogs.consent_words import BLESSING, EN_FACT_NOUN, UNSURE_WORDS
from dialogs.consent_yes import consent_word
from dialogs.parse import parse_yes_no
from dialogs.questions import asks_what_is_meant, is_question, just_asking
from dialogs.refusals import is_refusal
from dialogs.slots import Slot
from dialogs.state import State
from dialogs.step import StepResult
from dialogs.types import Reply
from dialogs.understand import parent_card, read_message

__all__ = ["Preview", "answered_after", "answers_alone", "given_answer", "preview_of",
           "preview_slot", "shown", "split_consent", "worth_reading"]


@dataclasses.dataclass(frozen=True)
class Preview:
    question: str  # the first question, as asked after consent
    keys: tuple[str, ...]  # the slot asked, then what the same question asks along


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def preview_of(first: StepResult) -> Preview | None:
    """The first question of the step that would follow consent, if it asks one (not a
    summary, a result or the menu)."""
    if first.state.name != st.ASK or not first.replies:
        return None
    key = str(first.state.data.get("slot") or "")
    answers = first.state.data.get("answers") or {}
    slot = slot_for(key, answers)
    if slot is None:
        return None
    question = first.replies[-1].text.rpartition("\n")[2]
    also = (*slot.also, *(first.state.data.get("also") or ()))
    keys = (key, *dict.fromkeys(k for k in also if k not in answers))
    return Preview(_PARENTHESES.sub("", question).strip(), keys)


def shown(state: State, reply: Reply, preview: Preview | None) -> tuple[State, Reply]:
    """The consent question with the first question after it; the state remembers
    which slots it asked (or forgets an older preview)."""
    if preview is None:
        return state.with_(preview=None), reply
    text = f"{reply.text}\n{texts.CONSENT_PREVIEW.format(preview.question)}"
    return state.with_(preview=list(preview.keys)), dataclasses.replace(reply, text=text)


def preview_slot(state: State) -> Slot | None:
    """The slot the consent question previewed, as it is read."""
    keys = state.data.get("preview") or []
    return slot_for(str(keys[0]), {}) if keys else None


# a yes said first, then the answer ("ได้ค่ะ ไม่มีบัตร", "ครับ ตกงานมาสามเดือน", "👍 มีครับ"): a
# word that says yes to anything, never one that answers a question ("มี", "ใช่"), nor a
# pronoun or a particle alone ("หนู ไม่มีเงินค่ะ", "นะคะ ช่วยหนูด้วย"), nor a wai ("🙏": please)
# (in English letters too: "yes ka", "ok krub")
_TAIL = (r"(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|เจ้า|ครับผม|ค้าบ|นะ|เลย|เด้อ|เน้อ|เนาะ|แหละ|หนิ|โหล|เหอ"
         r"|อยู่|ๆ|ka|kha|krub|khrub|krab|kub)*(?:ลูก|หลาน|ลูกหลาน|หนู|พี่|น้อง)?")
_YES = re.compile(r"(?:(?:ได้|โอเค|โอเช|ok|okay|yes|yeah|yep|sure|ตกลง|ยอม|ยอมรับ|ยินดี|👍|👌)+"
                  r"|เออ|อือ|อื้อ|อืม"  # "เออ ยอม มีอยู่" (dev74)
                  # ("คะ" typed for ค่ะ, the first word: "คะ มีคะ", dev97)
                  r"|ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|ka|kha|krub|khrub|krab|kub"
                  r"|เจ้า|ครับผม|ค้าบ)" + _TAIL, re.IGNORECASE)
# the yes and the answer in one word: "ยินยอมค่ะไม่มีบัตร", "👍มีค่ะ", "ได้ค่ะมีบัตร" (a polite
# particle after ได้: "ได้ยินมาว่า..." is no yes)
_YES_THEN = re.compile(r"(\S*?ยินยอม(?:แล้ว)?" + _TAIL + r"|[👍👌]+|(?:ได้|โอเค|ok|ตกลง)(?:ค่ะ|ครับ"
                       r"|คับ|ค่า|จ้า|เจ้า)" + _TAIL + r")(\S+)", re.IGNORECASE)
# the yes to consent said again ("ยินยอมๆ", "ยินยอมค่ะ")
_YES_AGAIN = re.compile(r"(?:ยินยอม)+(?:ๆ)*" + _TAIL)
# said after the yes: a wait, a doubt, a condition, a worry, a question about the data, a
# no or a "never mind" ("ได้ค่ะ เดี๋ยวก่อนนะคะ", "ยินยอม ถ้าไม่เอาไปบอกใคร", "ยินยอมแล้วจะเป็น
# อะไรไหม", "ค่ะ ไม่ค่ะ", "โอเค ไม่เอาละ", "ได้ค่ะ แต่ไม่อยากให้เก็บข้อมูล"): the yes is not
# plain, and there is no answer
_NOT_YET = re.compile(
    r"เดี๋ยว|ขอคิด|รอก่อน|ไม่แน่ใจ|ถ้า|แล้วจะ|จะ(?:เป็น(?:อะไร|ไร)|โดน|มีปัญหา)"
    r"|(?:ไม่|บ่)(?:ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ)?$|ไม่ได้(?:ค่ะ|ครับ|คับ|จ้า)?$|ไม่เป็นไร|ไม่ต้อง(?!มี)"
    # (English "no", but not a fact, "no ID card", nor the answer to the question shown,
    # "no ค่ะ ไม่มี"; "but" as "แต่")
    r"|ไม่เอา|ไม่ดีกว่า|no\b(?!\s*" + EN_FACT_NOUN + r")(?!\s*(?:ka|kha|krub|khrub|ค่ะ|คะ|ครับ|คับ)?"
    r"\s*(?:ไม่|บ่)(?:มี|ได้))|never|wait|but\b|แต่(?!ไม่มี|บ่มี|ไม่ได้มี|ตอนนี้)", re.IGNORECASE)
# anywhere after the yes: the data not to be kept, a fear, a question about the data
_WARY = re.compile(r"(?:ไม่อยาก|ไม่ต้อง|ไม่ให้|ห้าม|อย่า)(?:ให้)?(?:เก็บ|บันทึก|จด|บอก)|กลัว|ข้อมูล"
                   r"|(?:don'?t|do not|not)\s*(?:keep|save|record|store|share)"
                   r"|ยินยอมคือ|คืออะไร|ไม่รู้สิ|" + UNSURE_WORDS)  # not "ไม่รู้จะไปไหน"


def split_consent(text: str) -> tuple[bool | None, str]:
    """Whether the message begins with a plain yes to consent ("ยินยอมค่ะ", "ได้ค่ะ", "ok
    ครับ ยินยอม", "ครับ"), and the rest: the answer given with it. A first word that answers
    a question ("มีค่ะ อยู่ชลบุรี", "ไม่มีค่ะ") is no yes; a word with "ยินยอม" ends the
    consent ("น้องยินยอมแล้วค่ะ ..."); a wait, a condition, a worry or a no after it makes
    it no plain yes, and no answer (None, "")."""
    tokens = text.split()
    taken = 0
    for token in tokens[:4]:
        joined = _YES_THEN.fullmatch(token)
        if joined and not re.fullmatch(_TAIL, joined[2]) and (
                "ยินยอม" not in joined[1] or consent_word(joined[1]) is True):
            tokens[taken] = joined[2]  # "ยินยอมค่ะไม่มีบัตร": the answer goes on
            break
        joined = None  # ("นายจ้างไม่ยินยอมให้ลาออก": no yes joined to an answer)
        if "ยินยอม" in token and consent_word(token) is True:
            taken += 1
            break
        if not _YES.fullmatch(token):
            break
        taken += 1
    else:
        joined = None
    while taken and not joined and taken < len(tokens) and _YES_AGAIN.fullmatch(tokens[taken]):
        taken += 1  # "ยินยอมค่ะ ยินยอมๆ มีทั้งหนูทั้งแม่ค่ะ" (dev104): the yes said twice
    if not taken and not joined:
        return False, text.strip()
    rest = consent_remarks_out(_NOT_PUBLISHED.sub(" ", " ".join(tokens[taken:])))
    if not joined and all(t == "คะ" for t in text.split()[:taken]) and rest and (
            is_question(rest) or asks_what_is_meant(rest) or _LOST.search(rest)):
        return False, text.strip()  # "คะ หมายถึงอะไรคะ", "คะ ไม่เข้าใจ": a "huh?" (review rev1)
    hesitant = taken > 0 and all(_HMM.fullmatch(t) for t in text.split()[:taken])  # "อืม": a sound
    if _NOT_YET.match(rest) or _WARY.search(rest) or (hesitant and _HMM_NO.match(rest)):
        return None, ""  # ("อืม ไม่ละ", "เออ ไม่เข้าใจ": no yes, unlike "เออ ไม่มีบัตร")
    if parse_yes_no(rest) is True and not _CONTENT.search(rest):
        return True, ""  # "ได้ค่ะ ใช่ค่ะ": a yes said twice, no answer
    return True, rest


# not understood ("คะ ไม่เข้าใจค่ะ", "คะ งงค่ะ"): after a bare "คะ", a "huh?" (review rev1)
_LOST = re.compile(r"ไม่เข้าใจ|ไม่เข้าจัย|งง|อะไร|หมายถึง|ยังไง|ไง")


# a condition the notice already keeps: the story not made public ("ได้เจ้า แต่บ่เอาไปประกาศเน่อ",
# dev81: asked three times, then handed off); never the data not to be kept ("...ไม่ให้เก็บ")
_NOT_PUBLISHED = re.compile(r"^(?:แต่)?(?:ไม่|บ่|อย่า|ห้าม)(?:ต้อง)?(?:เอา)?(?:ไป)?(?:ประกาศ|เผยแพร่|โพสต์"
                            r"|โพส|แชร์|ลงเฟส|ลงโซเชียล|ลงเน็ต|ประจาน)(?:ให้ใคร|ที่ไหน)?"
                            r"(?:นะ|เน่อ|เด้อ|น้อ|ค่ะ|ครับ|คับ|จ้า|เจ้า|เน้อ)*")
_HMM = re.compile(r"(?:เออ|อือ|อื้อ|อืม)" + _TAIL)
_HMM_NO = re.compile(r"(?!(?:ยัง)?(?:ไม่|บ่|ม่าย|หม้าย)?(?:ได้)?มี(?!อะไร))(?:ยัง|ไม่|บ่|ม่าย|หม้าย|งง|ช่าง)")
# what makes a yes word an answer to the question, not to consent ("มีค่ะ", "คนเดียว")
_CONTENT = re.compile(r"มี|คน|[0-9๐-๙]")


def answers_alone(text: str, slot: Slot) -> bool:
    """An answer to the previewed question given without a yes ("มีค่ะ", "ไม่มีค่ะ", "คน
    เดียว"): kept for after consent, neither a yes nor a no. Never a bare yes or no
    ("ไม่ค่ะ", "ไม่เอา": a refusal, as before), nor to the hardship question (a bare "ไม่มีค่ะ"
    there says nothing, and is not read as no hardship)."""
    if slot.key == "hardship" or slot.parse(text, None) is None:
        return False
    return parse_yes_no(text) is None or bool(_CONTENT.search(text))


def answered_after(first: StepResult, answered: StepResult) -> StepResult:
    """The step after consent with its first question answered at once: the lead said
    after consent (the story heard), then what the answer brought."""
    said = first.replies[-1].text.rpartition("\n")[0].strip() if first.replies else ""
    lead = said if said and texts.OPEN_SCREENING not in said else texts.CONSENT_YES
    out = (Reply(lead), *answered.replies)
    return StepResult(answered.state, out, answered.effects)


def given_answer(state: State, text: str, value: str | None) -> str:
    """The answer to the previewed question given with the yes ("ยินยอมค่ะ มีบัตร" ->
    "มีบัตร"; "มีค่ะ ยินยอมค่ะ" -> "มีค่ะ"), or one kept from before; never the yes itself
    ("อืม", "ใช่ค่ะ ยินยอม": the question is still asked)."""
    slot = preview_slot(state)
    said_yes, rest = split_consent(text) if value is None else (False, "")
    if not said_yes:  # a yes from "ยินยอม" said later, or none ("อืม")
        rest = " ".join(w for w in text.split() if "ยินยอม" not in w) if consent_word(
            text) is True and said_yes is False else ""
        rest = "" if parse_yes_no(rest) is True and not (
            slot and answers_alone(rest, slot)) else rest
    rest = BLESSING.sub(" ", rest).strip()
    kept = state.data.get("preview_answer") or ["", ""]
    asked = (state.data.get("preview") or [""])[0]
    return rest or (str(kept[1]) if kept[0] == asked else "")


def worth_reading(rest: str, slot: Slot, data: dict[str, Any] | None = None) -> bool | None:
    """Whether the answer given with the yes is read as the question's answer; None: it
    says the person is only asking ("ถามเฉยๆ": the menu). Not read: nothing in it ("ขอบคุณ
    มากค่ะ"), a bare none to the hardship question ("ไม่มีค่ะ"), despair ("ไม่รู้จะทำยังไง
    แล้ว": the question is asked, not skipped). The card of a parent written for, or of
    others the story tells of (the state `data`: "พ่อมีบัตรค่ะ", "พ่อกับแม่มีบัตรทั้งคู่ค่ะ",
    dev104) answers the card question."""
    data = data or {}
    who = data.get("writes_for") or (OTHERS if data.get("for_another") else None)
    if slot.key == "id_card" and parent_card(card_words(rest), who) is not None:
        return True
    if is_refusal(rest) and slot.parse(rest, None) is None and not read_message(rest):
        return False
    if just_asking(rest) and not read_message(rest):
        return None
    # (a question of the consent itself, "ต้องยินยอมด้วยเหรอคะ... ยินยอมก็ได้ค่ะ", is answered
    # by the yes; the hardship: only facts told)
    told = bool(read_message(rest)) or (is_question(rest) and "ยินยอม" not in rest)
    # (the card asked with the places read without them, as screening reads it: "บัตร
    # ประชาชน มี ร้อยเอ็ด", dev104)
    said = card_words(rest) if slot.key == "id_card" and slot.also else rest
    return told or (slot.key != "hardship" and slot.parse(said, None) is not None
                    and not is_refusal(rest))
