"""The privacy consent: the welcome and notice on the first message, the answer to
it, and a story typed before consent, kept at most 24 hours (as the notice says),
used once the person consents and removed when they refuse.

Without consent questions are still answered from the knowledge base, and nothing
personal is stored.
"""

from __future__ import annotations

import datetime as dt

from dialogs import replies, texts
from dialogs import state as st
from dialogs.parse import facts_of, parse_yes_no
from dialogs.screening import Decider, Screening, is_question
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import Reply
from dialogs.understand import consent_word, facts_to_answers, read_message
from knowledge import Decision, KnowledgeBase
from knowledge.answers import answer_texts
from knowledge.schema import Entry

__all__ = ["PENDING_FOR", "SHORT_ANSWER", "Consent", "expire_pending", "is_story"]

PENDING_FOR = dt.timedelta(hours=24)  # a story typed before consent is kept this long
SHORT_ANSWER = 15  # longer text at the consent question is not read as yes/no


def expire_pending(state: State, now: dt.datetime) -> State:
    """A story typed before consent is kept at most 24 hours (as the notice says)."""
    at = state.data.get("pending_at")
    if not at:
        return state
    try:
        expired = now - dt.datetime.fromisoformat(str(at)) > PENDING_FOR
    except ValueError:
        expired = True
    return state.with_(pending=None, pending_at=None) if expired else state


def is_story(text: str) -> bool:
    """A person telling their trouble (not asking a question): start screening."""
    story = facts_to_answers(facts_of(text))
    hardship = any(story.get(k) for k in ("no_shelter", "no_food", "no_fare"))
    return hardship and not is_question(text)


class Consent:
    def __init__(self, kb: KnowledgeBase, matcher: Decider, screening: Screening) -> None:
        self.kb = kb
        self.matcher = matcher
        self.screening = screening

    def welcome(self, text: str, at: dt.datetime) -> StepResult:
        """The first message: welcome, its question answered, then the notice; a story
        is kept until the person answers."""
        out: list[Reply] = [Reply(texts.WELCOME)]
        if text and not is_story(text):
            decision = self.matcher.decide(text)
            answers = answer_texts(self.kb.by_id, decision, text)
            if answers:
                out.extend(Reply(a) for a in answers)
                text = ""
            elif decision.topic in ("greeting", "thanks"):
                text = ""
        out.append(Reply(texts.PRIVACY, replies.CONSENT_CHOICES))
        pending = {"pending": text, "pending_at": at.isoformat()} if text else {}
        return respond(State(st.CONSENT, pending), *out)

    @staticmethod
    def ask(text: str, at: dt.datetime | None) -> StepResult:
        """Screening asked for without consent: consent first, the story kept."""
        story = is_story(text) or read_message(text).get("thai") is False
        kept = {"pending": text, "pending_at": at.isoformat()} if story and at else {}
        return respond(State(st.CONSENT, kept), Reply(texts.NEED_CONSENT,
                                                       replies.CONSENT_CHOICES))

    def answer(self, state: State, text: str, value: str | None,
               at: dt.datetime) -> StepResult:
        answer = {"consent:yes": True, "consent:no": False}.get(value or "")
        if answer is None:
            answer = consent_word(text)  # "ยินยอมไม่ได้" is a no
        if answer is None and "ยินยอม" not in text and len(text) <= SHORT_ANSWER and (
                not is_story(text)):
            answer = parse_yes_no(text)
        if answer is None and is_story(text):
            pending = f"{state.data.get('pending') or ''} {text}".strip()
            since = state.data.get("pending_at") or at.isoformat()
            return respond(state.with_(pending=pending, pending_at=since),
                           Reply(texts.CONSENT_AGAIN, replies.CONSENT_CHOICES))
        if answer is None:
            entry = self._answer_entry(self.matcher.decide(text))
            if entry is not None:
                return respond(state, Reply(entry.answer),
                               Reply(texts.CONSENT_AGAIN, replies.CONSENT_CHOICES))
            return respond(state, Reply(texts.CONSENT_AGAIN, replies.CONSENT_CHOICES))
        pending = str(state.data.get("pending") or "")
        rest = text.replace("ไม่ยินยอม", " ").replace("ยินยอม", " ").strip()
        if answer and value is None and is_story(rest):
            pending = f"{pending} {rest}".strip()  # "ยินยอมค่ะ ผมอยู่ชลบุรี ..."
        if not answer:
            return respond(State(st.IDLE, {"consent": False}),
                           Reply(texts.CONSENT_NO, replies.MENU_CHOICES[:2]))
        state = State(st.IDLE, {"consent": True})
        if pending:
            return self.screening.start(state, pending,
                                        prefix=f"{texts.CONSENT_YES} {texts.STORY_KEPT}")
        return respond(state, Reply(f"{texts.CONSENT_YES} {texts.MENU}", replies.MENU_CHOICES))

    def _answer_entry(self, decision: Decision) -> Entry | None:
        """The knowledge entry to answer with, when the matcher is confident."""
        if decision.decision != "answer":
            return None
        return self.kb.by_id.get(decision.topic or "")
