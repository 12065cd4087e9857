"""The dialog engine: `Dialog.step(state, inbound) -> StepResult`, pure and channel-agnostic.

It routes every inbound to global commands (cancel, officer, status, erase,
help), to the consent flow, to screening and intake (dialogs.screening), or to
the knowledge base through the matcher.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from dialogs import replies, texts
from dialogs import state as st
from dialogs.labels import topic_label
from dialogs.parse import facts_of, parse_yes_no
from dialogs.screening import Decider, Screening, is_question
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import (
    Choice,
    EraseUserData,
    Inbound,
    LookupCaseStatus,
    Reply,
    RequestHandoff,
)
from dialogs.understand import consent_word, facts_to_answers, read_message
from dialogs.words import warm
from knowledge import Decision, KnowledgeBase, Matcher
from knowledge.answers import answer_texts
from knowledge.schema import Entry

MAX_CHARS = 1000
PENDING_FOR = dt.timedelta(hours=24)  # a story typed before consent is kept this long
SHORT_ANSWER = 15  # longer text at the consent question is not read as yes/no
SCREENING_TOPICS = ("return_home_aid", "return_home_eligibility")
COMMANDS = {
    "cmd:cancel": ("ยกเลิก", "เริ่มใหม่", "เริ่มต้นใหม่", "cancel", "restart", "/cancel"),
    "cmd:help": ("วิธีใช้", "เมนู", "help", "/help", "ใช้ยังไง"),
    "cmd:officer": ("คุยกับเจ้าหน้าที่", "ขอคุยกับเจ้าหน้าที่", "ติดต่อเจ้าหน้าที่", "ขอคุยกับคน",
                    "คุยกับคน", "แอดมิน"),
    "cmd:status": ("เรื่องถึงไหน", "สถานะคำขอ", "ติดตามเรื่อง"),
    "cmd:erase": ("ลบข้อมูล",),
    "cmd:thanks": ("ไม่มีแล้วขอบคุณ",),
}
INTENT_COMMANDS = {"talk_to_officer": "cmd:officer", "case_status": "cmd:status",
                   "delete_my_data": "cmd:erase", "request_help": "cmd:screen"}


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


def with_label(state: State, inbound: Inbound) -> Inbound:
    """A tapped choice that came without its label (LINE sends only the postback data)
    gets the label of the choice offered last, for the transcript and the dialog."""
    if inbound.kind != "choice" or inbound.text or not inbound.value:
        return inbound
    for label, value in state.data.get("offered") or []:
        if value == inbound.value:
            return dataclasses.replace(inbound, text=str(label))
    return inbound


class Observed:
    """The matcher, with each decision's kind also told to `observe` (the metrics):
    the dialog stays free of I/O, the runtime counts."""

    def __init__(self, matcher: Matcher, observe: Callable[[str], None]) -> None:
        self._matcher = matcher
        self._observe = observe

    def decide(self, text: str) -> Decision:
        decision = self._matcher.decide(text)
        self._observe(decision.decision)
        return decision


class Dialog:
    def __init__(self, kb: KnowledgeBase, matcher: Matcher,
                 observe: Callable[[str], None] | None = None) -> None:
        self.kb = kb
        self.matcher: Decider = matcher if observe is None else Observed(matcher, observe)
        self.screening = Screening(kb, self.matcher)
        warm()  # the word tokeniser's dictionary loads here, not on a person's message

    # -- entry point -------------------------------------------------------
    def step(self, state: State, inbound: Inbound) -> StepResult:
        if inbound.kind == "unfollow":
            return StepResult(state.with_(inactive=True), ())
        state = expire_pending(state.with_(inactive=None), inbound.at)
        if state.name == st.NEW:
            return self._welcome(state, inbound)
        if inbound.kind in ("follow", "start") and state.name == st.CONSENT:
            return respond(state, Reply(texts.WELCOME),
                           Reply(texts.PRIVACY, replies.CONSENT_CHOICES))
        if inbound.kind in ("follow", "start"):
            return self._aside(state, texts.WELCOME_BACK)
        if inbound.kind == "sticker":
            return self._aside(state, texts.STICKER)
        if inbound.kind == "media":
            return self._aside(state, texts.MEDIA)
        if inbound.kind == "location":
            return self.screening.location(state, inbound)
        text, value = self._resolve(state, inbound)
        if not text and not value:
            return self._aside(state, texts.EMPTY)
        command = value if value and value.startswith("cmd:") else self._command(text)
        if command:
            return self._run_command(state, command, text, inbound.at)
        if state.name == st.CONSENT:
            return self._consent(state, text, value, inbound.at)
        if state.name == st.CONFIRM_ERASE:
            return self._confirm_erase(state, text, value)
        if state.name in (st.ASK, st.CONFIRM):
            return self.screening.answer(state, text, value, inbound.at)
        return self._free(state, text, value, inbound.at)

    def resume(self, state: State, lead: str) -> tuple[Reply, ...]:
        """What to say when staff hand the conversation back: `lead`, then the
        question the dialog was waiting for, or the menu."""
        pending = self.screening.current_question(state)
        if pending is not None:
            return Reply(lead), pending
        if state.data.get("consent") is True:
            return (Reply(f"{lead} {texts.MENU}", replies.MENU_CHOICES),)
        return (Reply(lead),)

    # -- helpers -------------------------------------------------------------
    def _resolve(self, state: State, inbound: Inbound) -> tuple[str, str | None]:
        """The text and the choice value of an inbound; a typed number or label of
        the last offered choices counts as tapping it."""
        text = inbound.text.strip()[:MAX_CHARS]
        if inbound.kind == "choice" and inbound.value:
            return text, inbound.value
        offered = state.data.get("offered") or []
        for label, value in offered:
            if text == label:
                return text, str(value)
        counting = state.data.get("slot") == "travellers"  # "2" there is two people
        if text.isdigit() and not counting and 1 <= int(text) <= len(offered):
            return text, str(offered[int(text) - 1][1])
        return text, None

    @staticmethod
    def _command(text: str) -> str | None:
        compact = text.replace(" ", "").lower()
        if len(compact) > 30:
            return None
        for command, words in COMMANDS.items():
            if any(compact.startswith(w) or compact == w for w in words):
                return command
        return None

    def _aside(self, state: State, message: str) -> StepResult:
        """A short reply that keeps the conversation where it was."""
        pending = self.screening.current_question(state)
        out = [Reply(message)] + ([pending] if pending else [])
        return respond(state, *out)

    def _welcome(self, state: State, inbound: Inbound) -> StepResult:
        text = inbound.text.strip()[:MAX_CHARS] if inbound.kind == "text" else ""
        out: list[Reply] = [Reply(texts.WELCOME)]
        if text and not self._is_story(text):
            decision = self.matcher.decide(text)
            answers = answer_texts(self.kb.by_id, decision, text)
            if answers:
                out.extend(Reply(a) for a in answers)
                text = ""
            elif decision.topic in ("greeting", "thanks"):
                text = ""
        out.append(Reply(texts.PRIVACY, replies.CONSENT_CHOICES))
        pending = {"pending": text, "pending_at": inbound.at.isoformat()} if text else {}
        return respond(State(st.CONSENT, pending), *out)

    # -- consent -------------------------------------------------------------
    def _consent(self, state: State, text: str, value: str | None,
                 at: dt.datetime) -> StepResult:
        answer = {"consent:yes": True, "consent:no": False}.get(value or "")
        if answer is None:
            answer = consent_word(text)  # "ยินยอมไม่ได้" is a no
        if answer is None and "ยินยอม" not in text and len(text) <= SHORT_ANSWER and (
                not self._is_story(text)):
            answer = parse_yes_no(text)
        if answer is None and self._is_story(text):
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
        if answer and value is None and self._is_story(rest):
            pending = f"{pending} {rest}".strip()  # "ยินยอมค่ะ ผมอยู่ชลบุรี ..."
        if not answer:
            return respond(State(st.IDLE, {"consent": False}),
                           Reply(texts.CONSENT_NO, replies.MENU_CHOICES[:2]))
        state = State(st.IDLE, {"consent": True})
        if pending:
            return self.screening.start(state, pending,
                                        prefix=f"{texts.CONSENT_YES} {texts.STORY_KEPT}")
        return respond(state, Reply(f"{texts.CONSENT_YES} {texts.MENU}", replies.MENU_CHOICES))

    # -- commands --------------------------------------------------------------
    def _run_command(self, state: State, command: str, text: str,
                     at: dt.datetime | None = None) -> StepResult:
        if command == "cmd:cancel":
            fresh = State(st.IDLE, {k: v for k, v in state.data.items()
                                    if k in ("consent", "case_ids")})
            return respond(fresh, Reply(texts.CANCELLED, replies.MENU_CHOICES))
        if command == "cmd:thanks":
            return respond(state, Reply(texts.THANKS))
        if command == "cmd:help":
            return respond(state, Reply(texts.HELP, replies.MENU_CHOICES))
        if command == "cmd:officer":
            pending = self.screening.current_question(state)
            out = [Reply(texts.HANDOFF)] + ([pending] if pending else [])
            return respond(state, *out, effects=(RequestHandoff("user_request"),))
        if command == "cmd:status":
            return respond(state, effects=(LookupCaseStatus(),))
        if command == "cmd:erase":
            back = state.with_(st.CONFIRM_ERASE, back=state.name)
            return respond(back, Reply(texts.ERASE_CONFIRM, replies.YES_NO_CHOICES))
        if command == "cmd:screen":
            if state.data.get("consent") is not True:
                story = self._is_story(text) or read_message(text).get("thai") is False
                kept = {"pending": text, "pending_at": at.isoformat()} if story and at else {}
                return respond(State(st.CONSENT, kept), Reply(texts.NEED_CONSENT,
                                                               replies.CONSENT_CHOICES))
            return self.screening.start(state, "" if text.startswith("ขอความช่วย") else text)
        return respond(state, Reply(texts.HELP, replies.MENU_CHOICES))

    def _confirm_erase(self, state: State, text: str, value: str | None) -> StepResult:
        answer = {"yes": True, "no": False}.get(value or "")
        if answer is None:
            answer = parse_yes_no(text)
        if answer:
            return StepResult(State(st.NEW, {}), (Reply(texts.ERASE_DONE),), (EraseUserData(),))
        back = state.with_(str(state.data.get("back") or st.IDLE), back=None)
        pending = self.screening.current_question(back)
        return respond(back, Reply(texts.ERASE_KEPT), *([pending] if pending else []))

    # -- free questions ------------------------------------------------------
    def _free(self, state: State, text: str, value: str | None,
              at: dt.datetime) -> StepResult:
        if value and value.startswith("topic:"):
            entry = self.kb.by_id.get(value[6:])
            if entry is not None:
                return respond(state.with_(st.IDLE), Reply(entry.answer, replies.MENU_CHOICES))
        decision = self.matcher.decide(text)
        topic = decision.topic
        if decision.decision == "answer" and topic in INTENT_COMMANDS:
            return self._run_command(state, INTENT_COMMANDS[topic], text, at)
        if decision.decision == "answer" and topic == "greeting":
            return respond(state, Reply(texts.GREETING, replies.MENU_CHOICES))
        if decision.decision == "answer" and topic == "thanks":
            return respond(state, Reply(texts.THANKS))
        story = read_message(text)
        if state.data.get("consent") is not True and is_question(text):
            story = {}  # no consent: a question is answered, never turned into screening
        if story.get("thai") is False and not is_question(text):
            return self._run_command(state, "cmd:screen", text, at)
        if self._is_story(text) or (story and (
                decision.decision != "answer" or topic in SCREENING_TOPICS)):
            return self._run_command(state, "cmd:screen", text, at)
        answers = answer_texts(self.kb.by_id, decision, text)  # one, or two topics
        if answers:
            *first, last = answers
            return respond(state.with_(st.IDLE), *(Reply(a) for a in first),
                           Reply(last, replies.MENU_CHOICES))
        if decision.decision == "clarify":
            choices = tuple(Choice(self._title(h.id), self._choice_value(h.id))
                            for h in decision.candidates)
            return respond(state.with_(st.IDLE), Reply(texts.CLARIFY, choices))
        return respond(state, Reply(texts.UNKNOWN, replies.PERSON_CHOICES[:1]))

    @staticmethod
    def _is_story(text: str) -> bool:
        """A person telling their trouble (not asking a question): start screening."""
        story = facts_to_answers(facts_of(text))
        hardship = any(story.get(k) for k in ("no_shelter", "no_food", "no_fare"))
        return hardship and not is_question(text)

    def _answer_entry(self, decision: Decision) -> Entry | None:
        """The knowledge entry to answer with, when the matcher is confident."""
        if decision.decision != "answer":
            return None
        return self.kb.by_id.get(decision.topic or "")

    def _title(self, item_id: str) -> str:
        return topic_label(self.kb, item_id)

    @staticmethod
    def _choice_value(item_id: str) -> str:
        return INTENT_COMMANDS.get(item_id, f"topic:{item_id}")
