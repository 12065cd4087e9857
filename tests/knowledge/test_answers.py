"""Answers that answer: the part for the kind of question, two topics in one
message, no assumed asker, and saying plainly when the source has no figure."""

from __future__ import annotations

import re

import pytest

from knowledge import KnowledgeBase, Matcher
from knowledge.answers import answer_texts, question_kinds


@pytest.mark.parametrize(("question", "kind"), [
    ("บัตรคนพิการทำยังไงคะ", "how"),
    ("เบี้ยคนแก่ได้เดือนละเท่าไหร่คะ", "amount"),
    ("ขอใบรับรองความประพฤติต้องไปที่ไหนคะ", "where"),
    ("ต้องใช้เอกสารอะไรบ้างคะ", "documents"),
    ("รอดนปานใดคะ", "amount"),
])
def test_question_kinds(question: str, kind: str) -> None:
    assert question_kinds(question)[0] == kind


def answers(kb: KnowledgeBase, matcher: Matcher, question: str) -> list[str]:
    return answer_texts(kb.by_id, matcher.decide(question), question)


def test_how_to_register_is_not_the_amount(kb: KnowledgeBase, matcher: Matcher) -> None:
    [how] = answers(kb, matcher, "บัตรคนพิการทำยังไงคะ")
    [amount] = answers(kb, matcher, "เบี้ยคนพิการได้เดือนละเท่าไหร่คะ")
    assert "ขึ้นทะเบียน" in how and how != amount
    assert "800" in amount


def test_source_without_the_figure_says_so(kb: KnowledgeBase, matcher: Matcher) -> None:
    [text] = answers(kb, matcher, "เบี้ยคนแก่ได้เดือนละเท่าไหร่คะ")
    assert "ไม่ได้ระบุ" in text and "1300" in text
    assert "พ้นโทษ" not in text  # the asker never said they had been in prison
    assert not re.search(r"\d[\d,]*\s*บาท", text)  # and no invented figure


def test_where_to_ask_for_a_record_check(kb: KnowledgeBase, matcher: Matcher) -> None:
    [text] = answers(kb, matcher, "ขอตรวจประวัติอาชญากรต้องไปที่ไหนคะ")
    assert "กองทะเบียนประวัติอาชญากร" in text and "ไม่ได้ระบุ" in text


def test_two_topics_two_answers(kb: KnowledgeBase, matcher: Matcher) -> None:
    question = "พ่อพ้นโทษอยากทำบัตรใหม่แล้วก็หางานด้วยค่ะ"
    decision = matcher.decide(question)
    assert decision.decision == "answer"
    assert decision.second is not None
    assert {decision.topic, decision.second.id} == {"id_card", "job_placement"}
    first, second = answer_texts(kb.by_id, decision, question)
    assert "บัตรประชาชน" in first + second and "จัดหางาน" in first + second


def test_one_topic_one_answer(kb: KnowledgeBase, matcher: Matcher) -> None:
    decision = matcher.decide("อยากหางานแล้วก็อยากได้งานประจำค่ะ")
    assert decision.second is None
