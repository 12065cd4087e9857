"""The summary before a request is sent: confirm, fix in free text, or give the name
and the phone there (the last things asked), which sends. Mixed into Screening."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any, Protocol

from dialogs import replies, texts
from dialogs import state as st
from dialogs.at_home import home_again, home_answer, home_check
from dialogs.contact import has_digits, no_phone, only_phone, phone_like, spoken_digits
from dialogs.elder_title import elder_by_title, elder_named, with_elder_said
from dialogs.eligibility import already_home, assess
from dialogs.facts import HARDSHIPS
from dialogs.parse import parse_yes_no
from dialogs.questions import asks_what_is_meant, is_question
from dialogs.readers import read_name_for, read_phone
from dialogs.refusals import refuses_name
from dialogs.request import refusal_referrals, sent_request
from dialogs.slots import BY_KEY
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.summary_places import agrees, place_fixes, regrouped
from dialogs.summary_questions import (
    WHY_CONTACT,
    asked_again,
    name_before_phone,
    name_with_question,
    question_at_contact,
    why_contact,
)
from dialogs.types import CreateCase, Reply, RequestHandoff
from knowledge import Decision, KnowledgeBase

KEPT = ("consent", "case_ids", "paused", "paused_answers", "care_again", "elder_said")  # kept,
UNTIL_DONE = ("paused", "paused_answers", "care_again", "elder_said")  # ...until sent or refused


def kept(state: State, done: bool = False) -> dict[str, Any]:
    told = () if state.data.get("consent") is True else ("care_again", "elder_said")  # 24 h
    return {k: v for k, v in state.data.items()  # (told before consent: dialogs.told_before)
            if k in KEPT and not (done and k in UNTIL_DONE) and k not in told}


SEND = ("ส่งเลย", "ส่งได้", "ส่งเรื่อง", "ครบแล้ว", "👍", "ตามนี้")  # "send it" at the summary


def is_send(text: str) -> bool:
    compact = text.replace(" ", "")
    return any(word in compact for word in SEND) and not (
        "ไม่" in compact or _FIX.search(compact))


_UNSURE = ("ผิด", "แก้", "ไม่ใช่", "ไม่ถูก", "หรือ")  # a phone with these: shown first
_FIX = re.compile(r"แก้(?!ว)|ไม่ถูก|ผิด")  # never the name "แก้ว" ("นายสมบัติ อินทร์แก้ว", dev87)


def changed(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    """The keys added, removed or changed from `before` to `after`."""
    return {k for k in set(before) | set(after)
            if (k in before, before.get(k)) != (k in after, after.get(k))}


# "ถูกต้องทุกอย่างค่ะ", "ถูกหมดแล้วครับ": all of it right
_ALL_RIGHT = re.compile(r"(?:ถูก|ถูกต้อง|ใช่)(?:ทุกอย่าง|ทุกข้อ|หมด|ทั้งหมด)(?:แล้ว)?"
                        r"(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)*")


class Decider(Protocol):
    """What the dialogs need of the matcher."""

    def decide(self, text: str) -> Decision: ...


class Summary:
    kb: KnowledgeBase
    matcher: Decider

    def _advance(self, state: State, lead: str) -> StepResult:
        raise NotImplementedError

    def answer(self, state: State, text: str, value: str | None,
               now: dt.datetime) -> StepResult:
        raise NotImplementedError

    def _confirm(self, state: State, text: str, value: str | None,
                 now: dt.datetime) -> StepResult:
        answers: dict[str, Any] = dict(state.data.get("answers") or {})
        text = spoken_digits(text)  # "ศูนย์ แปด หนึ่ง ...": voice typing's phone
        if value and value.startswith("edit:") and value[5:] in BY_KEY:
            slot = BY_KEY[value[5:]]
            cleared = {k: v for k, v in answers.items()
                       if k != slot.key and not (slot.key == "hardship" and k in HARDSHIPS)}
            return respond(state.with_(st.ASK, slot=slot.key, answers=cleared, also=None),
                           replies.question(slot))
        if state.data.get("at_home"):
            checked = self._at_home(state, answers, text, value)
            if checked is not None:
                return checked
        if "name" not in answers and value is None:
            return self._contact_given(state, answers, text, now)
        if "phone" not in answers and value is None:
            given = self._phone_given(state, answers, text, now)
            if given is not None:
                return given
        if value is None:  # "ใช่ค่ะ แต่เบอร์ผิด 0891234567" too: shown again, never sent
            corrected = place_fixes(answers, text)
            if corrected is not None:  # "เบอร์ผิด 0891234567", "ไม่ใช่ อยู่ระยอง": fixed
                return self._advance(state.with_(answers=regrouped(answers, corrected)),
                                     texts.CORRECTED)
        if value == "confirm:edit" or (value is None and (  # a bare "ไม่ใช่": what to fix?
                parse_yes_no(text) is False or _FIX.search(text))):
            times = int(state.data.get("unclear") or 0) + (value is None)  # typed: counted
            if times > 3:  # the menu typed past three times in a row: a person takes over
                return self._stuck(state)
            return respond(state.with_(unclear=times or None), replies.edit_menu(answers))
        ok = value == "confirm:yes" or (value is None and (
            parse_yes_no(text) is True or is_send(text) or agrees(answers, text)
            or bool(_ALL_RIGHT.fullmatch(text.replace(" ", "")))))
        if not ok:  # not understood: the summary, then a short hint, in turn
            times = int(state.data.get("unclear") or 0)
            asking_phone = state.data.get("slot") == "phone"
            tries = int(state.data.get("phone_tries") or 0) + (asking_phone and phone_like(text))
            state = state.with_(phone_tries=tries or None)
            if tries >= 3 and asking_phone:  # a phone never read:
                sent = self._finish(state, {**answers, "phone": None}, now)  # sent without
                first, *rest = sent.replies  # said first, in the same message
                lead = dataclasses.replace(first, text=f"{texts.PHONE_UNREAD}\n{first.text}")
                return respond(sent.state, lead, *rest, effects=sent.effects)
            if times >= 3:  # shown twice, hinted twice: a person takes over (dev29: the two
                return self._stuck(state)  # took turns 20 times)
            summary = replies.confirm(answers)
            said = summary if times % 2 == 0 else Reply(texts.CONFIRM_UNCLEAR, summary.choices)
            return respond(state.with_(unclear=times + 1), said)
        return self._finish(state, answers, now)

    @staticmethod
    def _stuck(state: State) -> StepResult:
        """Not understood at the summary, every way: a person takes the chat over."""
        return respond(state.with_(unclear=None), Reply(texts.HANDOFF_STUCK),
                       effects=(RequestHandoff("confirm_stuck"),))

    def _at_home(self, state: State, answers: dict[str, Any], text: str,
                 value: str | None) -> StepResult | None:
        """The at-home check (dialogs.at_home): yes refuses; home in another district
        goes on (the officer sees it); a place fixed goes on as at any summary (None); a
        question is answered; else asked again (at_home.home_again), a phone kept."""
        if value is not None and value not in ("home:yes", "home:away"):
            return None  # "แก้ไข": the edit menu, as at any summary
        fixed = place_fixes(answers, text) if value is None else None
        said = home_answer(text, value)
        if said is True and fixed is None:
            return respond(State(st.DONE, kept(state, done=True)), *replies.result_not_eligible(
                assess(answers), refusal_referrals(self.kb, answers)))  # at home: refused
        if said is False:
            return self._advance(state.with_(answers={**answers, "home_far": True},
                                             at_home=None), "")
        if fixed is not None or (value is None and parse_yes_no(text) is False):
            return None  # "บ่แม่น": not at home, the edit menu (as at any summary)
        phone = read_phone(text, None) if value is None else None
        times, mark = asked_again(state.data.get("summary_asked"), text)
        if (value is None and not phone and is_question(text) and times < 2  # "ต้องใช้บัตรไหม"
                and not asks_what_is_meant(text)):  # answered, no try ("อะไรนะ": asked again)
            return respond(state.with_(summary_asked=mark), Reply(
                self._kb_answer(text) or texts.QUESTION_AT_SUMMARY), home_check(answers))
        kept_phone = {"phone": phone} if phone else {}
        tries = int(state.data.get("home_tries") or 0) + 1  # never the same question again
        again = home_again(answers, tries)  # and again: asked otherwise, then a person
        return self._stuck(state.with_(home_tries=None)) if again is None else respond(
            state.with_(answers={**answers, **kept_phone}, home_tries=tries), again)

    def _contact_given(self, state: State, answers: dict[str, Any], text: str,
                       now: dt.datetime) -> StepResult:
        """At the summary that asks for the name and the phone: a name with the phone
        (or with "ไม่มีเบอร์") and nothing else sends; a name alone asks the phone there
        (or, the phone known, shows the summary); a fix is made and the summary shown
        again; a question is answered; "ถูกต้อง" asks for the name once more, then
        sends without it."""
        fixed = place_fixes(answers, text) or answers
        others = changed(answers, fixed) - {"name", "phone"}
        if others:  # "ไม่ใช่ อยู่ระยอง": fixed, shown again; a name with it as a story says
            # one ("ชื่อเอก ...") or before the phone ("สมชาย 0812345678 แต่ไป 2 คน") is kept
            named = name_before_phone(text) if "name" not in fixed else None
            fixed = regrouped(answers, fixed) | ({"name": named} if named else {})
            return self._advance(state.with_(answers=fixed), texts.CORRECTED)
        query = question_at_contact(text)  # (a phone kept: "ต้องใช้ชื่อจริงไหมคะ 0958812346")
        named = name_with_question(text) if query is not None else None  # "...เรียกแอนละกันค่ะ"
        if query is not None and named is None:
            answers = {**answers, **query}
            return self._question_at_summary(state.with_(answers=answers), answers, text)
        text = named or text
        name = read_name_for(text, state.data.get("writes_for"), answers)  # "เพื่อนชื่อ..."
        bare_no = text.replace(" ", "") in ("ไม่มี", "ไม่มีค่ะ", "ไม่มีครับ", "ไม่มีคะ")
        if name is None and (parse_yes_no(text) is True or is_send(text) or bare_no):
            asked = int(state.data.get("name_asked") or 0)
            if asked and is_send(text):  # "ส่งเลย" once asked: sent without
                return self._finish(state, {**answers, "name": None,
                                            "phone": answers.get("phone")}, now)
            said = (Reply(texts.NAME_STILL, replies.CONFIRM_NO_NAME_CHOICES),
                    Reply(texts.NAME_STILL_2, replies.CONFIRM_NO_NAME_CHOICES),
                    replies.confirm(answers))[asked % 3]  # "ค่ะ", "ได้ค่ะ": not "send"
            return respond(state.with_(name_asked=asked + 1), said)
        if name is None and refuses_name(text):  # "ไม่สะดวกบอกชื่อค่ะ 08...": the phone only
            phone = read_phone(text, None)
            left = {**answers, "name": None, **({"phone": phone} if phone else {})}
            if "phone" in left:
                return self._finish(state, left, now, phone_given=bool(phone))
            return self._advance(state.with_(answers=left), texts.SKIPPED)
        if name is None and no_phone(text) and "phone" not in answers:
            return self._advance(state.with_(answers={**answers, "phone": None}),
                                 texts.NO_PHONE_OK)
        if name is None and (parse_yes_no(text) is False or re.search(r"แก้(?!ว)", text)):
            times = int(state.data.get("unclear") or 0) + 1  # (never a loop: dev87)
            return self._stuck(state) if times > 3 else respond(
                state.with_(unclear=times), replies.edit_menu(answers))
        if read_phone(text, None):  # a phone now wins over "ไม่มีเบอร์" said before
            answers = {k: v for k, v in answers.items() if k != "phone"}
        answers = elder_named(answers, text)  # "ตาชื่อ ทวี ค่ะ": an elder travels
        result = self.answer(state.with_(st.ASK, slot="name", answers=answers), text, None, now)
        after: dict[str, Any] = dict(result.state.data.get("answers") or {})
        told = changed(answers, after)
        if (result.state.name == st.CONFIRM and not result.state.data.get("slot")
                and after.get("name") and told == {"name", "phone"}):
            # a name and a phone (or "ไม่มีเบอร์") in one message: sent. A word alone
            # ("ฟหกด") could be anything: the summary shows it first.
            return self._finish(result.state, after, now, phone_given=True)
        if has_digits(text) and "phone" not in told:  # "สมชาย 081234567": too short
            return respond(result.state, Reply(texts.PHONE_UNCLEAR), *result.replies)
        # (a name skipped, "ไม่แน่ใจค่ะ", or a phone alone is no try at the name)
        if "name" in after or result.state.name != st.CONFIRM or only_phone(text):
            return result
        tries = int(state.data.get("name_tries") or 0) + 1
        if tries < 2:
            return respond(result.state.with_(name_tries=tries), *result.replies,
                           effects=result.effects)
        # no name read twice (dev52: the summary shown 20 times): left to the officer
        left = {**after, "name": None}
        if "phone" in left:
            return self._finish(result.state, left, now, phone_given="phone" in told)
        return self._advance(result.state.with_(answers=left, name_tries=None), texts.SKIPPED)

    def _question_at_summary(self, state: State, answers: dict[str, Any],
                             text: str) -> StepResult:
        """A question at the summary: answered, then the summary again; the same one a
        third time in a row: the name is left to the officer (never one reply thrice)."""
        times, mark = asked_again(state.data.get("summary_asked"), text)
        if times >= 2:
            return self._advance(state.with_(answers={**answers, "name": None},
                                             summary_asked=None), texts.SKIPPED)
        answer = WHY_CONTACT if why_contact(text) else (
            self._kb_answer(text) or texts.QUESTION_AT_SUMMARY)
        return respond(state.with_(summary_asked=mark), Reply(answer), replies.confirm(answers))

    def _kb_answer(self, text: str) -> str:
        """The knowledge base's answer to a question, or "" when it has none."""
        decision = self.matcher.decide(text)
        entry = self.kb.by_id.get(decision.topic or "")
        return entry.answer if decision.decision == "answer" and entry else ""

    def _phone_given(self, state: State, answers: dict[str, Any], text: str,
                     now: dt.datetime) -> StepResult | None:
        """At the summary that asks for the phone: a phone sends, also said with words
        ("ยืมเบอร์คนแถวนี้ 08...", with a name "ชื่อนิด 08..."); a phone with a fix, a no
        or a question is kept and the summary shown again; "ไม่มีเบอร์" sends without;
        a number too short is pointed out; a first "ถูกต้อง" asks for the phone
        once more. None: read as at any summary."""
        phone = only_phone(text)
        if phone:
            return self._finish(state, {**answers, "phone": phone}, now, phone_given=True)
        phone = read_phone(text, None)
        if phone:
            with_phone = {**answers, "phone": phone}
            fixed = place_fixes(with_phone, text) or with_phone
            unsure = any(w in text for w in _UNSURE) or parse_yes_no(text) is False
            if not changed(with_phone, fixed) - {"name"} and not is_question(text) and (
                    not unsure):  # "ยืมเบอร์เพื่อน 0812345678": sent
                return self._finish(state, fixed, now, phone_given=True)
            # "ไม่ใช่ 0812345678", "0812345678 แต่จะกลับอุบล": shown again, never sent
            return self._advance(state.with_(answers=fixed), texts.CORRECTED)
        if no_phone(text):
            return self._finish(state, {**answers, "phone": None}, now)
        if has_digits(text):
            return respond(state, Reply(texts.PHONE_UNCLEAR), replies.confirm(answers))
        if parse_yes_no(text) is True and not state.data.get("phone_asked"):
            return respond(state.with_(phone_asked=True),
                           Reply(texts.PHONE_STILL, replies.CONFIRM_NO_PHONE_CHOICES))
        return None

    def _finish(self, state: State, answers: dict[str, Any], now: dt.datetime,
                phone_given: bool = False) -> StepResult:
        if already_home(answers):  # never sent: asked first (dialogs.at_home)
            return respond(state.with_(at_home=True, answers=answers), home_check(answers))
        case, out = sent_request(self.kb, with_elder_said(elder_by_title(answers), state), now,
                                 phone_given)
        # fixes told later go into it; "when will they call?" is answered with the due time
        done = State(st.DONE, kept(state, done=True) | {"sent": True, "due": case["due_at"]})
        return respond(done, *out, effects=(CreateCase(case),))
