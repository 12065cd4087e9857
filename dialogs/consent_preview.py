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

from dialogs import state as st
from dialogs import texts
from dialogs.asking import slot_for
from dialogs.parse import parse_yes_no
from dialogs.slots import Slot
from dialogs.state import State
from dialogs.step import StepResult
from dialogs.types import Reply
from dialogs.understand import consent_word

__all__ = ["Preview", "answered_after", "preview_of", "preview_slot", "shown", "split_consent"]


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
# word that says yes to anything, never one that answers a question ("มี", "ใช่")
_YES = re.compile(r"(?:ได้|ได้เลย|โอเค|โอเช|ok|okay|ตกลง|ยอม|ยอมรับ|ยินดี|👍|👌|🙏)?"
                  r"(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|เจ้า|ครับผม|ค้าบ|นะ|เลย|เด้อ|เน้อ|เนาะ)*"
                  r"(?:ลูก|หลาน|ลูกหลาน|หนู)?", re.IGNORECASE)


# a first word that answers a question, not a yes to consent ("มีค่ะ", "ใช่", "บ่มี")
_ANSWER_WORD = re.compile(r"(?:มี|ใช่|แม่น|เคย|เป็น|อยู่|ถูก|บ่|ไม่|ขอบคุณ|ขอบใจ)")


def _said_yes(token: str) -> bool:
    """A word of yes to anything ("ได้ค่ะ", "ได้แหละ", "ok", "👍"), not an answer."""
    return bool(_YES.fullmatch(token)) or (
        parse_yes_no(token) is True and not _ANSWER_WORD.match(token))


def split_consent(text: str) -> tuple[bool, str]:
    """Whether the message begins with a yes to consent ("ยินยอมค่ะ", "ได้ค่ะ", "ok ครับ
    ยินยอม", "ครับ"), and the rest: the answer given with it. A first word that answers a
    question ("มีค่ะ อยู่ชลบุรี", "ไม่มีค่ะ") is no yes; a word with "ยินยอม" ends the consent
    ("น้องยินยอมแล้วค่ะ ...")."""
    tokens = text.split()
    taken = 0
    for token in tokens[:4]:
        if "ยินยอม" in token and consent_word(token) is True:
            taken += 1
            break
        if not _said_yes(token):
            break
        taken += 1
    return taken > 0, " ".join(tokens[taken:])


def answered_after(first: StepResult, answered: StepResult) -> StepResult:
    """The step after consent with its first question answered at once: the lead said
    after consent (the story heard), then what the answer brought."""
    said = first.replies[-1].text.rpartition("\n")[0].strip() if first.replies else ""
    lead = said if said and texts.OPEN_SCREENING not in said else texts.CONSENT_YES
    out = (Reply(lead), *answered.replies)
    return StepResult(answered.state, out, answered.effects)
