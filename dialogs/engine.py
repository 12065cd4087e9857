"""The dialog engine: `Dialog.step(state, inbound) -> StepResult`, pure and channel-agnostic.

It routes every inbound to global commands (cancel, officer, status, erase,
help), to the consent flow (dialogs.consent), to screening and intake
(dialogs.screening), or to the knowledge base through the matcher.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from dialogs import replies, texts
from dialogs import state as st
from dialogs.after_sent import sent_turn
from dialogs.consent import Consent, expire_pending, is_help_request, starts_screening
from dialogs.consent_words import help_without_consent
from dialogs.consent_yes import consent_word
from dialogs.danger import with_safety
from dialogs.labels import topic_label
from dialogs.observed import Observed
from dialogs.opening import opening_answer
from dialogs.parse import parse_yes_no
from dialogs.questions import is_question, just_asking
from dialogs.resume import PERSON, SEND, resumed
from dialogs.screening import Screening
from dialogs.slang import typed_in_thai
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.stuck import CLARIFIED, clarify, times_clarified
from dialogs.summary import Decider, kept
from dialogs.told_before import stamped
from dialogs.types import Choice, EraseUserData, Inbound, LookupCaseStatus, Reply, RequestHandoff
from dialogs.understand import read_message
from dialogs.withdrawal import withdrawal
from dialogs.words import warm
from knowledge import KnowledgeBase, Matcher
from knowledge.answers import answer_texts

MAX_CHARS = 1000
COMMANDS = {
    "cmd:cancel": ("ยกเลิก", "เริ่มใหม่", "เริ่มต้นใหม่", "cancel", "restart", "/cancel"),
    "cmd:help": ("วิธีใช้", "เมนู", "help", "/help", "ใช้ยังไง"),
    "cmd:officer": ("คุยกับเจ้าหน้าที่", "ขอคุยกับเจ้าหน้าที่", "ติดต่อเจ้าหน้าที่", "ขอคุยกับคน",
                    "คุยกับคน", "แอดมิน"),
    "cmd:status": ("เรื่องถึงไหน", "สถานะคำขอ", "ติดตามเรื่อง"),
    "cmd:erase": ("ลบข้อมูล",),  # (and consent taken back: dialogs.withdrawal)
    "cmd:thanks": ("ไม่มีแล้วขอบคุณ",),
}
# at the first question after consent: not now, or a question first
NOT_NOW = ("ขอถาม", "ถามก่อน", "ยังไม่ขอ", "ยังไม่ต้องการ", "ไว้ก่อน", "ยังไม่ตอนนี้")
INTENT_COMMANDS = {"talk_to_officer": "cmd:officer", "case_status": "cmd:status",
                   "delete_my_data": "cmd:erase", "request_help": "cmd:screen"}


def with_label(state: State, inbound: Inbound) -> Inbound:
    """A tapped choice that came without its label (LINE sends only the postback data)
    gets the label of the choice offered last, for the transcript and the dialog."""
    if inbound.kind != "choice" or inbound.text or not inbound.value:
        return inbound
    for label, value in state.data.get("offered") or []:
        if value == inbound.value:
            return dataclasses.replace(inbound, text=str(label))
    return inbound


class Dialog:
    def __init__(self, kb: KnowledgeBase, matcher: Matcher,
                 observe: Callable[[str], None] | None = None) -> None:
        self.kb = kb
        self.matcher: Decider = matcher if observe is None else Observed(matcher, observe)
        self.screening = Screening(kb, self.matcher)
        self.consent = Consent(kb, self.matcher, self.screening)
        warm()  # the word tokeniser's dictionary loads here, not on a person's message

    def step(self, state: State, inbound: Inbound) -> StepResult:  # danger told: said first
        result = with_safety(state.data, inbound, self._step(state, inbound))  # told before
        return dataclasses.replace(result, state=stamped(result.state, inbound.at))  # consent: 24 h

    def _step(self, state: State, inbound: Inbound) -> StepResult:
        if inbound.kind == "unfollow":
            return StepResult(state.with_(inactive=True), ())
        inbound = inbound.sticker_typed()  # "[sticker]" as text: the sticker it stands for
        state = expire_pending(state.with_(inactive=None), inbound.at)
        if state.name == st.NEW:
            text = inbound.text.strip()[:MAX_CHARS] if inbound.kind == "text" else ""
            if self._command(text) == "cmd:officer":  # a person asked for first
                welcome = self.consent.welcome("", inbound.at)
                return respond(welcome.state, welcome.replies[0], Reply(texts.HANDOFF),
                               *welcome.replies[1:],
                               effects=(RequestHandoff("user_request"),))
            return self.consent.welcome(text, inbound.at)
        if inbound.kind in ("follow", "start") and state.name == st.CONSENT:
            state, asked_now = self.consent.noticed(state, texts.PRIVACY)
            return respond(state, Reply(texts.WELCOME), asked_now)
        if inbound.kind in ("follow", "start"):
            return self._aside(state, texts.WELCOME_BACK)
        if inbound.kind in ("sticker", "media"):
            return self._aside(state, texts.STICKER if inbound.kind == "sticker" else texts.MEDIA)
        if inbound.kind == "location":
            return self.screening.location(state, inbound)
        text, value = self._resolve(state, inbound)
        if not text and not value:
            return self._aside(state, texts.EMPTY)
        command = value if value and value.startswith("cmd:") else self._command(text)
        if command:
            return self._run_command(state, command, text, inbound.at)
        if (withdrawn := withdrawal(state, text, value)) is not None:
            return withdrawn  # "ขอถอนความยินยอม", "ไม่ยินยอมแล้ว": the erasure, asked first
        if state.name == st.CONSENT:
            return self.consent.answer(state, text, value, inbound.at)
        if state.data.get("consent") is False and value is None and consent_word(text):
            # "ยินยอม", "เปลี่ยนใจ ยินยอมค่ะ" after a no: consent now, not a command
            return self.consent.answer(State(st.CONSENT, {}), text, None, inbound.at)
        if state.name == st.CONFIRM_ERASE:
            return self._confirm_erase(state, text, value)
        if state.name in (st.ASK, st.CONFIRM) and value is None and is_help_request(text):
            return self._continue(state, inbound.at)  # the menu's words typed while screening
        if state.name in (st.ASK, st.CONFIRM) and value is None and just_asking(text) and (
                not read_message(text)):  # "ไม่ได้ลำบากค่ะ ... แค่ถามดู": the answer first
            return self._run_command(state, "cmd:cancel", text, inbound.at)  # "ถามเฉยๆ"
        if state.data.get("opening"):
            aside = self._opening(state, text, inbound.at) if value is None else None
            if aside is not None:
                return aside
            state = state.with_(opening=None)  # an answer (or unclear): screening goes on
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

    def _resolve(self, state: State, inbound: Inbound) -> tuple[str, str | None]:
        """The text and the choice value of an inbound; a typed number or label of
        the last offered choices counts as tapping it (dialogs.slang: "ได้งับ", "dai krub")."""
        text = typed_in_thai(inbound.text.strip()[:MAX_CHARS])
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

    # -- commands --------------------------------------------------------------
    def _run_command(self, state: State, command: str, text: str,
                     at: dt.datetime | None = None) -> StepResult:
        if command == "cmd:cancel":  # nothing told before is used again
            idle = self._idle(state).with_(paused_answers=None)
            said = texts.JUST_ASKING if just_asking(text) else texts.CANCELLED
            return respond(idle, Reply(said, replies.MENU_CHOICES))
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
        if command == "cmd:menu":  # "ถามเรื่องอื่น": only at the first question
            if state.name in (st.ASK, st.CONFIRM) and not state.data.get("opening"):
                return self._continue(state)  # an old button: nothing is lost
            return respond(self._idle(state), Reply(texts.MENU, replies.MENU_CHOICES))
        if command == "cmd:screen":
            if state.data.get("consent") is not True:
                return self.consent.ask(text, at)
            if state.name in (st.ASK, st.CONFIRM):
                return self._continue(state, at)  # already screening: nothing is lost
            return self.screening.start(state, text)
        return respond(state, Reply(texts.HELP, replies.MENU_CHOICES))

    def _opening(self, state: State, text: str, at: dt.datetime) -> StepResult | None:
        """Typed at the first question right after consent: "ไม่ค่ะ" is not now (the
        menu); a question or a known topic is handled as at the menu; None: an answer."""
        not_now = any(p in text.replace(" ", "") for p in NOT_NOW)
        if (not_now or parse_yes_no(text) is False) and not read_message(text):
            return self._run_command(state, "cmd:menu", text, at)
        if opening_answer(text, self.matcher.decide(text), is_question(text)):
            return None
        return self._free(self._idle(state), text, None, at)

    @staticmethod
    def _idle(state: State) -> State:
        """Out of any flow, keeping only what outlives one (consent, sent cases)."""
        here = (state.data.get("answers") or {}).get("current_province")
        located = {"located": here} if here and state.data.get("opening") else {}
        return State(st.IDLE, kept(state) | located)  # a location shared at the first question

    def _continue(self, state: State, at: dt.datetime | None = None) -> StepResult:
        """"ขอความช่วยเหลือ" while screening: the question it waits for, again (at the
        summary a second time: sent; at a question a third time: a person; dialogs.resume)."""
        state, then = resumed(state) if at is not None else (state, "")
        if then == SEND and at is not None:
            return self.screening.answer(state, "", "confirm:yes", at)
        if then == PERSON:
            return respond(state, Reply(texts.HANDOFF_STUCK),
                           effects=(RequestHandoff("resume_stuck"),))
        lead = texts.RESUME if state.data.get("answers") else texts.START_SCREENING
        state = state.with_(opening=None)  # help asked for: answers are read as such
        pending = self.screening.current_question(state, lead)
        return respond(state, *([pending] if pending else []))

    def _confirm_erase(self, state: State, text: str, value: str | None) -> StepResult:
        answer = {"yes": True, "no": False}.get(value or "")
        if answer is None:
            answer = parse_yes_no(text)
        if answer:
            return StepResult(State(st.NEW, {}), (Reply(texts.ERASE_DONE),), (EraseUserData(),))
        back = state.with_(str(state.data.get("back") or st.IDLE), back=None)
        pending = self.screening.current_question(back)
        return respond(back, Reply(texts.ERASE_KEPT), *([pending] if pending else []))

    def _free(self, state: State, text: str, value: str | None,
              at: dt.datetime) -> StepResult:
        times = int(state.data.get("unknown") or 0)  # replies not understood in a row
        clarified = times_clarified(state, text)  # "which topic?" asked for it in a row
        state = state.with_(unknown=None, **{CLARIFIED: None})
        if state.data.get("sent"):
            after = sent_turn(self.kb, state, text, value)
            if after is not None:
                return after
        if value and value.startswith("topic:"):
            entry = self.kb.by_id.get(value[6:])
            if entry is not None:
                return respond(state.with_(st.IDLE), Reply(entry.answer, replies.MENU_CHOICES))
        if state.data.get("consent") is False and help_without_consent(text):
            return respond(state, Reply(texts.WITHOUT_CONSENT, replies.MENU_CHOICES))
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
        if starts_screening(decision, text, bool(story)):
            return self._run_command(state, "cmd:screen", text, at)
        answers = answer_texts(self.kb.by_id, decision, text)  # one, or two topics
        if answers:
            *first, last = answers
            return respond(state.with_(st.IDLE), *(Reply(a) for a in first),
                           Reply(last, replies.MENU_CHOICES))
        if decision.decision == "clarify":
            choices = tuple(Choice(self._title(h.id), self._choice_value(h.id))
                            for h in decision.candidates)
            best = next((e.answer for h in decision.candidates
                         if (e := self.kb.by_id.get(h.id)) is not None and e.answer), None)
            return clarify(state, text, clarified, choices, best)
        if times >= 3:  # said three ways: staff take over, never a sentence a third time
            return respond(state, Reply(texts.HANDOFF_STUCK),  # and the round starts over
                           effects=(RequestHandoff("not_understood"),))
        said = (texts.UNKNOWN, texts.UNKNOWN_2, texts.UNKNOWN_3)[times]  # another way
        choices = replies.MENU_CHOICES if said == texts.UNKNOWN_2 else replies.PERSON_CHOICES[:1]
        return respond(state.with_(unknown=times + 1), Reply(said, choices))

    def _title(self, item_id: str) -> str:
        return topic_label(self.kb, item_id)

    @staticmethod
    def _choice_value(item_id: str) -> str:
        return INTENT_COMMANDS.get(item_id, f"topic:{item_id}")
