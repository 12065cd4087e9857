"""The privacy consent: the welcome and notice on the first message, the answer to
it, and a story typed before consent, kept at most 24 hours (as the notice says),
used once the person consents and removed when they refuse.

Without consent questions are still answered from the knowledge base, and nothing
personal is stored.
"""

from __future__ import annotations

import datetime as dt
import re

from dialogs import replies, texts
from dialogs import state as st
from dialogs.answering import written_for
from dialogs.consent_again import asked_again, handed_over, stuck
from dialogs.consent_no import keeps_nothing, negated_yes, withdraws
from dialogs.consent_preview import (
    answered_after,
    answers_alone,
    given_answer,
    preview_of,
    preview_slot,
    shown,
    split_consent,
    worth_reading,
)
from dialogs.consent_words import (
    APPLY,
    BLESSING,
    EN_NO_NOUN,
    UNSURE,
    joined,
    own_facts,
    qualified_yes,
    sensitive_told,
    story_piece,
)
from dialogs.consent_yes import consent_spelt, consent_word, unrelayed
from dialogs.elder_title import elder_hinted, elder_hinted_before, elder_said_in
from dialogs.facts import HARDSHIPS
from dialogs.first_question import SCREENING_TOPICS, decide_first
from dialogs.parse import facts_of, parse_yes_no
from dialogs.questions import is_question, just_asking
from dialogs.screening import Screening
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.summary import Decider
from dialogs.told_before import PENDING_FOR, expire_pending
from dialogs.types import Reply
from dialogs.understand import facts_to_answers, read_message
from knowledge import Decision, KnowledgeBase
from knowledge.answers import answer_texts
from knowledge.schema import Entry

__all__ = ["PENDING_FOR", "SCREENING_TOPICS", "SHORT_ANSWER", "Consent", "expire_pending",
           "is_help_request", "is_story", "notice", "noticed", "sensitive_told",
           "starts_screening", "wants_aid"]

SHORT_ANSWER = 15  # longer text at the consent question is not read as yes/no


def is_story(text: str) -> bool:
    """A person telling their trouble (not asking a question): start screening."""
    story = facts_to_answers(facts_of(text))
    hardship = any(story.get(k) for k in HARDSHIPS)
    return hardship and not is_question(text)


HELP_REQUESTS = frozenset({"ขอความช่วยเหลือ", "ต้องการความช่วยเหลือ", "ขอความช่วยเหลือหน่อย",
                           "อยากขอความช่วยเหลือ", "ขอให้ช่วย", "ขอให้ช่วยหน่อย"})
PARTICLES = ("ค่ะ", "คะ", "ครับ", "คับ", "จ้า", "จ้ะ", "นะ")


# a wish to know is a question ("อยากรู้เรื่องเงินช่วยกลับบ้าน", "อยากทราบหลักเกณฑ์")
_WISH_TO_KNOW = re.compile(r"อยาก(?:รู้|ทราบ|ถาม)|สอบถาม|ขอ(?:ถาม|ทราบ|ข้อมูล)")


# the aid itself (SCREENING_TOPICS): "อยากกลับบ้าน" said (not asked) is a wish to apply
def wants_aid(decision: Decision, text: str) -> bool:
    """A wish for the return-home aid told, not asked ("ลุงอยากกลับบ้าน", "กลับบ้าน"):
    help asked for, as "ขอความช่วยเหลือ" is; "กลับบ้านได้ไหม" asks about it."""
    return (decision.decision in ("answer", "clarify") and decision.topic in SCREENING_TOPICS
            and not is_question(text) and not _WISH_TO_KNOW.search(text.replace(" ", "")))


def starts_screening(decision: Decision, text: str, told: bool) -> bool:
    """A message at the menu that starts screening: a story; facts `told` with no
    confident answer, or with one on the aid itself; a wish for the aid (after a no to
    consent too: "อยากได้ค่ารถปิ๊กบ้านครับ" is asked for consent again, dev81, where it was
    given the aid's description over and over)."""
    return is_story(text) or (told and (
        decision.decision != "answer" or decision.topic in SCREENING_TOPICS)) or (
        wants_aid(decision, text))


def is_help_request(text: str) -> bool:
    """Only "ขอความช่วยเหลือ" (and its like), nothing told with it."""
    compact = text.replace(" ", "")
    for particle in PARTICLES:
        compact = compact.removesuffix(particle)
    return compact in HELP_REQUESTS


def notice(state: State, text: str) -> Reply:
    """The consent question: when the story kept holds sensitive data, it names it and
    asks for it too, with a button to leave it out (see `noticed`)."""
    told = sensitive_told(str(state.data.get("pending") or ""))
    if not told:
        return Reply(text, replies.CONSENT_CHOICES)
    body, _, ask = text.rpartition("\n")  # the line goes before the question
    line = texts.PRIVACY_SENSITIVE.format(told)
    out = f"{body}\n{line}\n{ask}" if body else f"{ask}\n{line}"
    return Reply(out, replies.CONSENT_SENSITIVE_CHOICES)


def noticed(state: State, text: str) -> tuple[State, Reply]:
    """The notice, and the state remembering whether it named sensitive data: only a
    yes to a notice that named it covers it (a state stored before it did not)."""
    reply = notice(state, text)
    named = reply.choices == replies.CONSENT_SENSITIVE_CHOICES
    return state.with_(named=named or None), reply


class Consent:
    def __init__(self, kb: KnowledgeBase, matcher: Decider, screening: Screening) -> None:
        self.kb = kb
        self.matcher = matcher
        self.screening = screening

    def welcome(self, text: str, at: dt.datetime) -> StepResult:
        """The first message: welcome, its question answered, the notice; a story kept."""
        if keeps_nothing(text) or negated_yes(text) or withdraws(text, answering_no=True):  # rev5
            refused = self.refused(text)
            return respond(refused.state, Reply(texts.WELCOME), *refused.replies)
        out: list[Reply] = [Reply(texts.WELCOME)]
        data: dict[str, object] = {}
        hinted = elder_hinted(text)  # "สวัสดีครับหลาน": an elder's care asked, never assumed
        if is_help_request(text):
            text = ""  # nothing told yet: after consent, the first question
        if text and not is_story(text):
            decision, told = decide_first(self.matcher, text)
            answers = answer_texts(self.kb.by_id, decision, text)
            if answers:
                out.extend(Reply(a) for a in answers)
                if not wants_aid(decision, text) and not told:  # a wish for the aid, or
                    data["asked"] = True  # said beside the question: screening after consent
                if not own_facts(text) and not told:  # a question and nothing of the
                    text, hinted = "", elder_hinted(text, asked=True)  # person's own to keep
            elif (decision.topic in ("greeting", "thanks") or _WISH_TO_KNOW.search(text.replace(
                    " ", ""))) and not own_facts(text):  # ("สอบถามครับ ผมอาสากู้ภัย": nothing)
                text = ""  # "สวัสดีครับ ผมเพิ่งออกจากคุกวันนี้" is kept: it tells something
        data |= hinted | ({"pending": text, "pending_at": at.isoformat()} if text else {})
        state, asked_now = self.noticed(State(st.CONSENT, data), texts.PRIVACY)
        return respond(state, *out, asked_now)

    def ask(self, text: str, at: dt.datetime | None) -> StepResult:
        """Screening asked for without consent: consent first, the story kept."""
        story = is_story(text) or read_message(text).get("thai") is False
        kept = {"pending": text, "pending_at": at.isoformat()} if story and at else {}
        return respond(*self.noticed(State(st.CONSENT, kept), texts.NEED_CONSENT))

    def noticed(self, state: State, text: str) -> tuple[State, Reply]:
        """The notice (`noticed`), with the question that follows a yes after it, to be
        answered in the same message (dialogs.consent_preview); shown once, again only
        when a story told since changes it."""
        state, reply = noticed(state, text)
        first = preview_of(self._after(state, None, str(state.data.get("pending") or "")))
        if first is not None and state.data.get("preview") == list(first.keys):
            return state, reply  # shown already: its slots still read with a yes
        return shown(state, reply, first)

    def answer(self, state: State, text: str, value: str | None,
               at: dt.datetime) -> StepResult:
        state = state.with_(**elder_said_in(text)) if value is None else state
        # "ลุงบอกว่าได้ครับ": the yes of the one written for, relayed
        told = str(state.data.get("pending") or "")
        text = unrelayed(consent_spelt(text), told, written_for(told).get("writes_for")) if (
            value is None) else text
        if value is None and qualified_yes(text) and sensitive_told(told):
            value = "consent:basic"
        answer = {"consent:yes": True, "consent:basic": True,
                  "consent:no": False}.get(value or "")
        slot = preview_slot(state)
        plain = split_consent(text)[0] if value is None and slot is not None else False
        if answer is None and plain and consent_word(text) is not False:
            answer = True  # "ยินยอม ไม่มีเงินเลยค่ะ": the yes first, then the answer
        if answer is None:
            answer = consent_word(text)  # "ยินยอมไม่ได้", "ครับ ไม่ยินยอมครับ": a no
        if answer is None and value is None and slot is not None and answers_alone(
                text, slot) and not own_facts(text):
            # "ไม่มีค่ะ" to "มีบัตรประชาชนไหมคะ": the answer, neither yes nor no
            if stuck(state):
                return handed_over(state)
            kept = state.with_(preview_answer=[slot.key, text],  # kept as a story is
                               pending_at=state.data.get("pending_at") or at.isoformat(),
                               again=int(state.data.get("again") or 0) + 1)
            return respond(*self.noticed(kept, texts.CONSENT_ANSWER_KEPT))
        short = BLESSING.sub("", text).strip()  # "ได้ครับ อินชาอัลลอฮ์"
        # a short yes or no ("ได้ค่ะ แต่ว่า": not yet; "อืม ไม่แน่ใจ": unsure, no yes)
        if answer is None and "ยินยอม" not in text and len(short) <= SHORT_ANSWER and (
                not is_story(text)) and plain is not None and not UNSURE.search(short) and (
                not EN_NO_NOUN.search(short)):
            answer = parse_yes_no(short)
        # "แม่ก็อยู่ด้วย": a piece of a story begun, nothing the knowledge base answers but
        # the aid itself ("แต่เงินไม่พอค่ะ")
        decision = self.matcher.decide(text) if (
            answer is None and value is None and state.data.get("pending") and story_piece(text)
        ) else None  # (decided once: used again below when it is no piece)
        piece = decision is not None and (
            decision.decision != "answer" or decision.topic in SCREENING_TOPICS)
        if piece and stuck(state):
            return handed_over(state)  # still asked at most MOST_ASKED times
        if answer is None and (is_story(text) or own_facts(text) or piece):
            pending = joined(str(state.data.get("pending") or ""), text)
            since = state.data.get("pending_at") or at.isoformat()
            grown = state.with_(pending=pending, pending_at=since,
                                pieces=int(state.data.get("pieces") or 0) + 1)
            # a question beside the story ("... ขอให้ช่วยได้ไหมคะ ฟรีไหมคะ") is answered too
            entry = self._answer_entry(decide_first(self.matcher, text)[0]) if is_question(
                text) else None
            state, again = self.noticed(*asked_again(grown))
            return respond(state, *([Reply(entry.answer)] if entry else []), again)
        if answer is None and value is None and just_asking(text) and not own_facts(text):
            # "ยังไม่สมัครค่ะ แค่ถามก่อน": not now; nothing kept, questions still answered
            return respond(State(st.IDLE, {}), Reply(texts.CONSENT_LATER, replies.MENU_CHOICES))
        if answer is None and stuck(state):
            return handed_over(state)
        if answer is None:
            # (its question part alone when unsure of the whole, as a first message)
            entry = self._answer_entry(decide_first(self.matcher, text)[0])
            if APPLY.search(text.replace(" ", "")):  # "งั้นขอยื่นขอความช่วยเหลือเลยค่ะ"
                state = state.with_(asked=None)  # after consent: the questions, not the menu
            state, again = self.noticed(*asked_again(state))
            return respond(state, *([Reply(entry.answer)] if entry else []), again)
        if not answer:
            return self.refused(text)
        pending = str(state.data.get("pending") or "")
        if slot is None:
            rest = text.replace("ไม่ยินยอม", " ").replace("ยินยอม", " ").strip()
            if value is None and (is_story(rest) or read_message(rest)):
                pending = joined(pending, rest)  # "ยินยอมค่ะ ผมอยู่ชลบุรี ..."
            return self._after(state, value, pending)
        return self._with_answer(state, value, pending, text, at)

    def _with_answer(self, state: State, value: str | None, pending: str, text: str,
                     at: dt.datetime) -> StepResult:
        """Consent given at a notice that showed the first question: the answer given
        with it ("ยินยอมค่ะ มีบัตร อยู่ชลบุรี"), or kept from before, is read as that
        question's answer (dialogs.consent_preview)."""
        slot, rest = preview_slot(state), given_answer(state, text, value)
        first = self._after(state, value, pending)
        asked = (state.data.get("preview") or [""])[0]
        reading = worth_reading(rest, slot, first.state.data) if (
            slot is not None and rest) else False
        if reading is None:  # "ได้ค่ะ ถามเฉยๆ"
            return respond(first.state.with_(st.IDLE), Reply(texts.JUST_ASKING,
                                                              replies.MENU_CHOICES))
        if not reading or first.state.name != st.ASK or first.state.data.get("slot") != asked:
            told = rest and read_message(rest)  # not read as the answer: a story it is
            return self._after(state, value, joined(pending, rest)) if told else first
        answered = self.screening.answer(first.state.with_(opening=None), rest, None, at)
        return answered_after(first, answered)

    def _after(self, state: State, value: str | None, pending: str) -> StepResult:
        """What a yes at the consent question `state` leads to: screening from the story
        kept, the menu after a question, or screening's first question."""
        asked = state.data.get("asked") is True
        expired = state.data.get("pending_expired") is True
        # the notice named the sensitive data told: "ยินยอม" covers it, the other
        # button keeps it out (the second consent question is then not asked)
        known = {"sensitive_consent": value != "consent:basic"} if state.data.get(
            "named") and sensitive_told(str(state.data.get("pending") or "")) else {}
        state = State(st.IDLE, {"consent": True} | elder_hinted_before(state))
        if pending:
            return self.screening.start(state, pending, known=known,
                                        prefix=f"{texts.CONSENT_YES} {texts.STORY_KEPT}")
        if asked:
            return respond(state, Reply(f"{texts.CONSENT_YES} {texts.MENU}",
                                        replies.MENU_CHOICES))
        lead = texts.STORY_EXPIRED if expired else ""
        return self.screening.open(state, lead)  # consent is for help: its first question

    def refused(self, text: str) -> StepResult:
        """A no: nothing told before it is kept; a question asked with it ("แค่ถามเฉยๆ ไม่ต้อง
        เก็บอะไร เบี้ยคนพิการได้เท่าไหร่") is still answered from the knowledge base."""
        answers = answer_texts(self.kb.by_id, decide_first(self.matcher, text)[0], text) if (
            is_question(text)) else []
        return respond(State(st.IDLE, {"consent": False}), *(Reply(a) for a in answers),
                       Reply(texts.CONSENT_NO, replies.MENU_CHOICES[:2]))

    def _answer_entry(self, decision: Decision) -> Entry | None:
        """The knowledge entry to answer with, when the matcher is confident."""
        if decision.decision != "answer":
            return None
        return self.kb.by_id.get(decision.topic or "")
