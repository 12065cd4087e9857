"""Screening for the return-home aid, other needs, intake and the result: every message
is read whole (dialogs.understand.read_message), whatever it tells fills its slot,
whenever it comes, and only what is still missing is asked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dialogs import replies, texts
from dialogs import state as st
from dialogs.answering import (
    card_words,
    learned_beyond,
    place_answer,
    places_told,
    told_with_question,
    written_for,
)
from dialogs.asking import (
    INVITING,
    PLACES,
    ask_now,
    asked_before,
    care_named,
    one_part_told,
    opening_question,
    slot_for,
    tapped_past_care,
    urgency_along,
)
from dialogs.at_home import check_home_now, home_check
from dialogs.cards import OTHERS
from dialogs.contact import no_phone
from dialogs.elder_title import elder_hinted, with_elder_said
from dialogs.eligibility import assess, ends_early
from dialogs.letter import not_yet, other_paper
from dialogs.needs_asked import wished_in_question
from dialogs.parse import find_provinces
from dialogs.parse_phone_id import mask_national_id, parse_national_id
from dialogs.people_list import elder_unaged
from dialogs.questions import asks_what_is_meant, help_asked, is_question, split_question
from dialogs.readers import read_name_for
from dialogs.request import refusal_referrals
from dialogs.retries import Retries
from dialogs.screening_store import stored_answers
from dialogs.slots import BY_KEY, PLAIN_NEEDS, SCREENING_KEYS, Slot, is_filled, next_slot
from dialogs.state import State
from dialogs.step import StepResult
from dialogs.summary import Decider, kept
from dialogs.summary_places import self_fix
from dialogs.types import Inbound, Reply
from dialogs.understand import is_refusal, parent_card, read_message
from dialogs.writer_place import without_writer, writer_marks
from knowledge import KnowledgeBase

# Sensitive answers are kept only after the second consent.
SENSITIVE_KEYS = ("needs", "need_hints", "released")
HEALTH_CARE = frozenset({"sick", "disabled", "pregnant"})  # care needs that are health data


class Screening(Retries):
    def __init__(self, kb: KnowledgeBase, matcher: Decider) -> None:
        self.kb = kb
        self.matcher = matcher

    # -- public ----------------------------------------------------------------
    def start(self, state: State, text: str, prefix: str = "",
              known: dict[str, Any] | None = None,
              intro: str = texts.START_SCREENING) -> StepResult:
        """Screening from a story (maybe empty); `known`: answers given (sensitive consent)."""
        before = dict(state.data.get("paused_answers") or {})  # told before a pause
        answers = before | (read_message(text) if text else {}) | (known or {})
        care: dict[str, Any] = elder_hinted(text)  # care asked even of one alone: state only
        if answers.get("sensitive_consent") is False and answers.get("special_needs"):
            # health told in the story left out with the sensitive part (the
            # travellers question asks who needs care again, under the main consent)
            told = answers.pop("special_needs")
            kept_needs = [n for n in told if n not in HEALTH_CARE]
            answers |= {"special_needs": kept_needs} if kept_needs else {}
            care = {"care_again": True} if len(kept_needs) < len(told) else care
        located = state.data.get("located")
        if located and "current_province" not in answers:
            answers["current_province"] = located  # a location shared before screening
        marks, answers = writer_marks({}, before, answers, text, ())  # "ผมทำงานอยู่ระยอง"
        state = State(st.ASK, kept(state) | {"answers": answers} | written_for(text) | care | marks)
        state = state.with_(paused_answers=None)  # resumed
        intro = replies.heard(answers) if answers else intro
        return self._advance(state, f"{prefix} {intro}".strip())

    def open(self, state: State, lead: str = "") -> StepResult:
        """Screening's first question right after consent, with a way to ask
        something else instead ("opening": what is typed is read as at the menu)."""
        located = state.data.get("located")
        answers = {"current_province": located} if located else {}
        state = State(st.ASK, kept(state) | {"answers": answers, "slot": "hardship",
                                              "opening": True})
        return self._reply(state, opening_question(f"{lead} {texts.OPEN_SCREENING}".strip()))

    def answer(self, state: State, text: str, value: str | None,
               now: dt.datetime) -> StepResult:
        if state.name == st.CONFIRM:
            return self._confirm(state, text, value, now)
        answers: dict[str, Any] = dict(state.data.get("answers") or {})
        slot = slot_for(str(state.data.get("slot")), answers)
        if slot is None:
            return self._advance(state, "")
        if state.data.get("unsure_id"):
            return self._confirm_unsure_id(state, text, value)
        if value is None and asks_what_is_meant(text) and not read_message(text):
            return self._reply(state, replies.ask_again(slot, texts.EXPLAINED))  # no try used
        # (a no asked as leave to say it, "ไม่ยินยอมได้ไหมครับ", is the answer)
        if value is None and is_question(text) and not is_refusal(text) and not (
                slot.key == "sensitive_consent" and slot.parse(text, None) is False):
            return self._answer_question(state, slot, text, now)
        return self._read_answer(state, slot, text, value)

    def _read_answer(self, state: State, slot: Slot, text: str,
                     value: str | None) -> StepResult:
        answers: dict[str, Any] = dict(state.data.get("answers") or {})
        text = without_writer(text, state.data) if "current_province" in (  # (or asked
            slot.key, *slot.also) else text  # with the ID card: "มีครับ พ่ออยู่สุราษฎร์ (ผมอยู่กทม.)")
        places = value is None and slot.key not in PLACES and (any(
            k in PLACES for k in slot.also) or slot.key == "id_card")  # the ID card with the
        # places, or a place said beside it unasked ("พ่อกับแม่มีบัตรค่ะ พิษณุโลกค่ะ")
        parsed = slot.parse(card_words(text) if places else text, value)
        state = state.with_(**written_for(text), **elder_hinted(text)) if value is None else state
        if slot.key == "name" and parsed is None and value is None:  # "เพื่อนชื่อ..."
            parsed = read_name_for(text, state.data.get("writes_for"), answers)
        if slot.key == "id_card" and parsed is not True and value is None:  # "พ่อมีบัตรครับ"
            parent = parent_card(card_words(text) if places else text, state.data.get(
                "writes_for") or (OTHERS if state.data.get("for_another") else None))
            parsed = parsed if parent is None else parent  # "หนูไม่มีบัตร แต่พ่อมี"
        if slot.key == "national_id" and parsed is None and value is None:
            nid = parse_national_id(text)
            if nid is not None and not nid.checksum_ok and nid.starts_with_zero:
                # Stateless people's numbers start with 0, maybe off the checksum: asked once
                return self._reply(state.with_(unsure_id=nid.digits),
                                   Reply(texts.UNSURE_ID.format(mask_national_id(nid.digits)),
                                         replies.YES_NO_CHOICES))
        learned = learned_beyond(slot, text, answers) if value is None else {}
        if value is None and slot.key != "current_province":
            learned |= places_told(slot, text, answers)  # asked with the ID card
        if slot.key in PLACES and value is None:  # (home: never where one is, said so)
            parsed = place_answer(slot, text, learned, answers)
        if value is None and "urgent" in (state.data.get("also") or ()) and "urgent" not in learned:
            learned |= urgency_along(slot, text)  # asked with a group's care
        if slot.key == "phone" and parsed is None and value is None and no_phone(text):
            return self._skip(state, slot, answers)  # "ไม่มี", "ไม่มีเบอร์": none
        if slot.key == "nationality_letter" and parsed is not True and value is None and (
                other_paper(text) or (parsed is None and learned and not_yet(text))):
            return self._letter_again(state, slot, answers | learned, learned, text)
        if (fix := self_fix(answers, text) if value is None and slot.key not in PLACES
                else None) is not None:  # (a place asked reads its own fix)
            return self._advance(state.with_(answers=fix, retries=None), texts.CORRECTED)
        if parsed is None and not learned:
            if value is None and is_refusal(text) and not slot.required:
                return self._skip(state, slot, answers)
            return self._retry(state, slot, text)
        before = dict(answers)  # (stored_answers adds to the dict it is given)
        # one who answers one thing at a time says nothing to the count's invitation to
        # name a care need: care is asked outright (dev25, dev28, dev29: a wheelchair, a
        # pregnancy never told)
        care = state.data.get("care_again") or state.data.get("one_part")
        answers = stored_answers(slot, text, value, parsed, learned, answers, ask_care=bool(care))
        if parsed is None and answers == before:  # nothing kept: a try used, never a loop
            return self._retry(state, slot, text)
        if parsed is not None:
            state = state.with_(**one_part_told(slot, answers, value, text))  # silence: none
            unaged = state.data.get("one_part") and elder_unaged(slot.key, text, answers)
            if tapped_past_care(slot, value, answers) or unaged:  # no one named, or a parent
                state = state.with_(invited=None)  # of no age by one who answers one thing
            answers |= care_named(slot, state.data.get("also") or [], answers, text,
                                  state.data.get("answers") or {}, "one_part" in state.data)
        if slot.key == "sensitive_consent" and parsed is None and "need_hints" in learned:
            return self._needs_before_consent(state, answers)
        if value is None:  # the writer's own place is not the traveller's (dev85, dev87)
            marks, answers = writer_marks(state.data, before, answers, text,
                                          (slot.key, *slot.also))
            state = state.with_(**marks)
            learned = {k: v for k, v in learned.items() if k in answers or k not in PLACES}
            if parsed is None and answers == before:  # the writer's place alone: a try
                return self._retry(state, slot, text)  # used, never a loop (review 1)
        said = replies.heard(learned) if learned else ""  # told more, or something else
        lead = "" if said == texts.START_SCREENING else said
        return self._advance(state.with_(answers=answers, retries=None), lead)

    def location(self, state: State, inbound: Inbound) -> StepResult:
        """A shared location: its address (LINE sends one) names the province where the
        person is now, when it names exactly one; otherwise the bot asks."""
        found = find_provinces(inbound.text) if inbound.text else []
        if len(found) != 1:
            if state.name == st.ASK and state.data.get("slot") == "current_province":
                slot = BY_KEY["current_province"]
                return self._reply(state, Reply(texts.LOCATION_UNKNOWN), replies.question(slot))
            return self._reply(state, Reply(texts.LOCATION_NOTED))
        province = {"code": found[0].code, "name": found[0].name_th}
        lead = texts.LOCATION_PROVINCE.format(province["name"])
        if state.name in (st.ASK, st.CONFIRM):
            answers = dict(state.data.get("answers") or {})
            answers["current_province"] = province
            return self._advance(state.with_(answers=answers), lead)
        if state.data.get("consent") is not True:
            return self._reply(state, Reply(lead))  # no personal data kept without consent
        return self._reply(state.with_(located=province), Reply(lead))

    def current_question(self, state: State, lead: str = texts.RESUME) -> Reply | None:
        if state.name == st.CONFIRM:
            return replies.confirm(state.data.get("answers") or {})
        answers = state.data.get("answers") or {}
        slot = asked_before(str(state.data.get("slot")), answers, state.data.get("also") or [])
        if state.data.get("opening"):
            return opening_question(lead)
        if state.name == st.ASK and slot is not None:
            return replies.question(slot, lead)
        return None

    # -- steps -----------------------------------------------------------------
    def _answer_question(self, state: State, slot: Slot, text: str,
                         now: dt.datetime) -> StepResult:
        """A question asked while screening: answered from the knowledge base, never read
        as the answer ("ได้เงินเท่าไหร่คะ" is no name); facts told with it are kept
        (`told_with_question`); an answer told apart from it ("มีค่ะ อุบลฯค่ะ") is read too."""
        question, apart = split_question(text)
        wished = self._kb_answer(text) if wished_in_question(
            slot, text, dict(state.data.get("answers") or {})) else ""
        if wished:  # "มีเงินช่วยคนติดเชื้อไหมครับ": answered, and the help asked of is wished for
            return self._answered_too(state, self._read_answer(state, slot, text, None), wished)
        if question and apart and slot.parse(apart, None) is not None:
            result = self._read_answer(state, slot, apart, None)
            return self._answered_too(state, result, self._kb_answer(question))
        answer = self._kb_answer(text) or (texts.HELP_UNDER_WAY if help_asked(text) else "")
        answers = dict(state.data.get("answers") or {})
        told = told_with_question(text, answers)
        if not told:
            if not answer:
                return self._retry(state, slot, text)
            if " ".join(text.split()) == state.data.get("asked_here"):  # asked again: the
                again = self._retry(state, slot, text)  # answer, then a try used (no loop)
                return self._reply(again.state, Reply(answer), *again.replies,
                                   effects=again.effects)
            pending = self.current_question(state) or replies.question(slot, texts.RESUME)
            return self._reply(state.with_(asked_here=" ".join(text.split())), Reply(answer),
                               pending)
        heard = replies.heard(told)
        lead = "" if answer or heard == texts.START_SCREENING else heard
        result = self._advance(state.with_(answers=answers | told, retries=None), lead)
        return self._reply(result.state, *([Reply(answer)] if answer else []), *result.replies)

    def _answered_too(self, state: State, result: StepResult, answer: str) -> StepResult:
        """`result` of the answer read, after the knowledge base's `answer` to the question
        asked with it (no sign the person answers one thing at a time)."""
        after = result.state.with_(one_part=state.data.get("one_part"))
        return self._reply(after, *([Reply(answer)] if answer else []), *result.replies,
                           effects=result.effects)

    def _advance(self, state: State, lead: str) -> StepResult:
        state = state.with_(unclear=None, asked_here=None)  # an answer read: counts start over
        answers: dict[str, Any] = dict(state.data.get("answers") or {})
        if answers.get("no_shelter") is True and not answers.get("roof_unknown"):
            answers.setdefault("urgent", True)  # Source B: nowhere to stay is urgent (24 h)
        answers = with_elder_said(answers, state)  # "ยายไม่มีค่ารถ", once care is answered
        if answers.get("sensitive_consent") is False:  # work, training, a card stay
            plain = [n for n in answers.get("need_hints") or () if n in PLAIN_NEEDS]
            answers = {k: v for k, v in answers.items() if k not in SENSITIVE_KEYS}
            answers |= {"need_hints": plain} if plain else {}
        if "needs" not in answers and answers.get("need_hints") and not answers.get(
                "released") and (answers.get("sensitive_consent") is True
                                 or set(answers["need_hints"]) <= PLAIN_NEEDS):
            answers["needs"] = answers["need_hints"]  # told before: shown on the summary
        elif answers.get("needs") and not answers.get("released"):
            # told since, with the consent to record it (dev43: "แต่กินยาต้านไวรัสอยู่")
            told = [n for n in answers.get("need_hints") or () if n not in answers["needs"]
                    and (answers.get("sensitive_consent") is True or n in PLAIN_NEEDS)]
            answers["needs"] = [*answers["needs"], *told]
        verdict = assess(answers)
        lead_out = [Reply(lead)] if lead else []
        if answers.get("thai") is False:
            return self._reply(State(st.DONE, kept(state, done=True)), *lead_out,
                               *replies.result_not_thai(refusal_referrals(self.kb, answers)))
        screening_done = all(is_filled(answers, BY_KEY[k]) or not BY_KEY[k].applies(answers)
                             for k in SCREENING_KEYS)
        if check_home_now(verdict, answers, screening_done):  # at home? asked, never assumed
            return self._reply(state.with_(st.CONFIRM, slot=None, also=None, at_home=True,
                                           answers=answers), *lead_out, home_check(answers))
        if ends_early(answers) or (screening_done and not verdict.eligible):
            out = replies.result_not_eligible(verdict, refusal_referrals(self.kb, answers))
            return self._reply(State(st.DONE, kept(state, done=True)), *lead_out, *out)
        slot = next_slot(answers)
        invited = bool(state.data.get("invited"))
        asked = ask_now(slot, answers, invited, bool(state.data.get("one_part")))
        if asked is None or asked.key in ("name", "phone"):  # asked on the summary itself
            return self._reply(state.with_(st.CONFIRM, slot=asked and asked.key, also=None,
                                           at_home=None, answers=answers),
                               *lead_out, replies.confirm(answers))
        usual = slot_for(asked.key, answers)
        also = [k for k in asked.also if usual is None or k not in usual.also] or None
        state = state.with_(st.ASK, slot=asked.key, answers=answers, also=also, at_home=None,
                            invited=invited or asked.key in INVITING or bool(also) or None)
        return self._reply(state, replies.question(asked, lead))
