"""Screening's second tries: an unclear answer asked again, differently (then skipped,
or a person offered), a question skipped, the letter asked again, an unsure ID number
confirmed, and needs told in answer to the sensitive consent. Mixed into Screening."""

from __future__ import annotations

import re
from typing import Any

from dialogs import replies, texts
from dialogs.asking import slot_for
from dialogs.letter import not_yet, other_paper
from dialogs.needs import NEEDS
from dialogs.parse import parse_yes_no
from dialogs.province_types import PROVINCES
from dialogs.slots import BY_KEY, PLAIN_NEEDS, Slot, store_value
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.stuck import paused
from dialogs.summary import Summary
from dialogs.types import Choice, Effect, Reply

MAX_RETRIES = 2
# a start many provinces' names share, said alone ("บขส.นคร", "อยู่สมุทรค่ะ")
_SHARED_START = re.compile(r"(?<!มหา)(นคร|สมุทร)(?=$|[^ก-๙]|ค่ะ|คะ|ครับ|คับ|จ้า|เจ้า|นะ)")


def which_one(text: str) -> tuple[str, tuple[Choice, ...]] | None:
    """The shared start said and the provinces it may be, as choices; None when none."""
    said = _SHARED_START.search(text)
    if said is None:
        return None
    start = said[1]
    return start, tuple(Choice(p.name_th, f"province:{p.code}") for p in PROVINCES
                        if p.name_th.startswith(start))


class Retries(Summary):
    @staticmethod
    def _reply(state: State, *out: Reply, effects: tuple[Effect, ...] = ()) -> StepResult:
        return respond(state, *out, effects=effects)

    def _needs_before_consent(self, state: State, answers: dict[str, Any]) -> StepResult:
        """Needs told in answer to the sensitive consent question: kept as the needs
        (the plain ones stay whatever comes), and consent asked again, another way,
        for the sensitive part only; the needs question is then not asked."""
        hints = answers["need_hints"]
        answers["needs"] = hints
        sensitive = list(dict.fromkeys(
            texts.SENSITIVE_NAMES[n] for n in hints if n in texts.SENSITIVE_NAMES))
        told = [NEEDS[n][0] for n in hints if n in PLAIN_NEEDS] + sensitive
        if not sensitive:  # nothing sensitive told after all: nothing to consent to
            return self._advance(state.with_(answers=answers, retries=None), "")
        ask = texts.SENSITIVE_RECORD.format(", ".join(told), ", ".join(sensitive))
        return self._reply(state.with_(answers=answers, retries=1),
                           Reply(ask, BY_KEY["sensitive_consent"].choices))

    def _confirm_unsure_id(self, state: State, text: str, value: str | None) -> StepResult:
        sure = {"yes": True, "no": False}.get(value or "")
        if sure is None:
            sure = parse_yes_no(text)
        digits = str(state.data["unsure_id"])
        state = state.with_(unsure_id=None)
        if sure:
            answers = store_value(dict(state.data.get("answers") or {}),
                                  BY_KEY["national_id"], digits)
            return self._advance(state.with_(answers=answers, retries=None), "")
        return self._reply(state, replies.question(BY_KEY["national_id"], texts.RETYPE_ID))

    def _skip(self, state: State, slot: Slot, answers: dict[str, Any],
              unclear: bool = False) -> StepResult:
        """"จำไม่ได้", "ไม่อยากตอบ": the answer stays unknown and the officer asks. Needs
        not understood (`unclear`, not refused) keep those told before (dev91: "ได้พักโทษ"
        in the story, then a wish unread: no referral at all)."""
        told = list(answers.get("need_hints") or ()) if unclear else []
        value: Any = {"sensitive_consent": False, "needs": told, "special_needs": []}.get(
            slot.key)
        if slot.key == "travellers" and "urgent" not in answers:
            answers = {**answers, "urgent": None}  # asked together: both left to the officer
        answers = store_value(answers, slot, value)
        return self._advance(state.with_(answers=answers, retries=None), texts.SKIPPED)

    def _retry(self, state: State, slot: Slot, text: str) -> StepResult:
        """Unclear: ask once more, differently, with buttons; then move on (or, for the
        one question screening cannot do without, offer a person). The same question
        sentence is never sent a third time."""
        retries = int(state.data.get("retries") or 0) + 1
        state = state.with_(retries=retries)
        if retries >= MAX_RETRIES and not slot.required:
            return self._skip(state, slot, dict(state.data.get("answers") or {}), True)
        if retries > MAX_RETRIES:  # screening cannot go on: a person, or start again
            return paused(state)
        if retries == MAX_RETRIES:
            return self._reply(state, Reply(texts.OFFER_PERSON, replies.PERSON_CHOICES),
                               Reply(texts.OR_PICK, slot.choices))
        lead = texts.TOO_LONG if len(text) >= 500 else texts.LETTER_NOT_YET if (
            slot.key == "nationality_letter" and not_yet(text)) else texts.RETRY_PREFIX
        which = which_one(text) if slot.key in ("current_province", "home_province") else None
        if which is not None:  # "บขส.นคร" (dev64): which of the นคร provinces, one tap
            return self._reply(state, Reply(f"{lead}\n{which[0]}ไหนคะ กดเลือกได้เลยค่ะ", which[1]))
        return self._reply(state, replies.ask_again(slot, lead))

    def _letter_again(self, state: State, slot: Slot, answers: dict[str, Any],
                      learned: dict[str, Any], text: str) -> StepResult:
        """The letter "not yet" with the places: asked again (can the village head issue
        it?); another paper than the letter: the officer sees it."""
        if other_paper(text):
            answers = store_value(answers, slot, None)
            return self._advance(state.with_(answers=answers, retries=None), texts.OTHER_PAPER)
        lead = f"{replies.heard(learned)}\n{texts.LETTER_NOT_YET}"
        return self._reply(state.with_(answers=answers, retries=1, also=None),
                           replies.ask_again(slot_for(slot.key, answers) or slot, lead))
