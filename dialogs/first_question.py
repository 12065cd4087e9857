"""The matcher's decision on a first message, before the privacy notice: when it is unsure
of the whole message, the decision on its question part alone ("หลานเอ้ย ถามแหน่
ขอเงินค่ารถกลับบ้านนี่ ต้องเสียค่าธรรมเนียมบ่": the fee), and whether the rest wishes for
the aid or tells something ("...ฟรีใช่ไหมคะ ขอตั๋วกลับบ้านช่วงปีใหม่ค่ะ": kept for the
screening after consent). Never a guess among topics: a message of one part the
matcher is unsure of gets no answer (a review found guesses wrong one time in three)."""

from __future__ import annotations

from dialogs.questions import split_question
from dialogs.summary import Decider
from dialogs.understand import read_message
from knowledge import Decision

__all__ = ["decide_first"]

# the aid itself (as dialogs.consent.SCREENING_TOPICS)
_AID = ("return_home_aid", "return_home_eligibility")


def decide_first(matcher: Decider, text: str) -> tuple[Decision, bool]:
    """The decision to answer the first message with, and whether a part beside its
    question wishes for the aid or tells something."""
    decision = matcher.decide(text)
    question, told = split_question(text) if decision.decision == "clarify" else ("", "")
    if not (question and told):
        return decision, False
    part = matcher.decide(question)  # one of the whole message's likely topics only
    if part.decision != "answer" or part.topic not in {h.id for h in decision.candidates}:
        return decision, False  # ("บัตรประชาชนหาย ต้องทำยังไงคะ": "ต้องทำยังไง" alone is
    wish = matcher.decide(told).topic in _AID or bool(read_message(told))  # another topic)
    return part, wish
