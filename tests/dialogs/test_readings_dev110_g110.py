"""Misreadings found in the blind development set dev110 (group g110): voice typing,
very short replies, one word per message, questions asked before consent."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_travel_alone
from dialogs.consent_words import own_facts
from dialogs.elder_title import elder_hinted
from dialogs.engine import Dialog
from dialogs.parse import facts_of

from .test_engine import Chat

DAYS = "ถามก่อนนะคะถ้าจะขอค่ารถกลับบ้านนี่ต้องรอกี่วันถึงจะได้คะ"  # dev110
ALLOWANCE = "เบี้ยคน พิการ ได้เดือน ละเท่าไหร่ ครับ ถามให้พ่อครับ"  # dev110


@pytest.mark.parametrize("text", [
    "ไม่ได้ ขาไม่ดี",  # dev110: a bare no, then a care need as the why
    "ไม่ได้ ป่วยอยู่", "บ่ได้ ขาไม่ดี",  # similar
])
def test_a_no_then_a_care_need_cannot_travel_alone(text: str) -> None:
    assert read_travel_alone(text, None) is False


@pytest.mark.parametrize("text", [
    "ได้ ขาไม่ดีนิดหน่อย",  # a yes, then the need: never a no
    "ไม่ได้ ขาไม่ดี แต่ไปเองได้",  # a yes after all
    "ขาไม่ดี",  # no answer to the question itself
    "ไม่ได้ เดินทางบ่อย",  # a why that names no care need
])
def test_not_read_as_cannot_travel_alone(text: str) -> None:
    assert read_travel_alone(text, None) is not False


def test_a_fare_supposed_in_a_question_is_no_lack_told() -> None:
    assert facts_of(DAYS).no_fare is None
    assert not own_facts(DAYS)


@pytest.mark.parametrize("text", [
    "ขอค่ารถกลับบ้านค่ะ",  # asked for: lacked
    "อยากขอค่ารถกลับบ้านค่ะ",
    "ตอนนี้ขอค่ารถกลับบ้านก่อนค่ะ",  # "ก่อน" is no "ถ้า"
])
def test_a_fare_asked_for_is_still_lacked(text: str) -> None:
    assert facts_of(text).no_fare is True


def test_a_question_asked_for_a_parent_tells_nothing_of_their_own() -> None:
    assert not own_facts(ALLOWANCE)
    assert not own_facts("เบี้ยคนพิการได้เดือนละเท่าไหร่ครับ สอบถามแทนแม่ครับ")
    assert elder_hinted(ALLOWANCE, asked=True) == {}


@pytest.mark.parametrize("text", [
    "ช่วยส่งพ่อกลับได้ไหมครับ",  # a plea for the parent (dev50)
    "พิมพ์แทนพ่อครับ พ่อไม่มีค่ารถกลับบ้าน ต้องทำยังไงครับ",  # a fact of theirs
])
def test_a_plea_or_a_fact_for_a_parent_is_still_own(text: str) -> None:
    assert own_facts(text)


def test_a_care_need_told_is_still_hinted() -> None:
    assert elder_hinted(ALLOWANCE) == {"care_again": True}  # not asked only: kept


def test_a_question_for_a_parent_keeps_nothing(dialog: Dialog) -> None:
    """dev110: answered at once, nothing the person told kept before consent."""
    for text in (ALLOWANCE, DAYS):
        chat = Chat(dialog)
        chat.say(text)
        assert not {"pending", "care_again"} & set(chat.state.data)
    chat = Chat(dialog)
    chat.say("ผมพิการครับ ไม่มีค่ารถกลับบ้าน ขอความช่วยเหลือได้ไหมครับ")
    assert "pending" in chat.state.data  # a story with the question: kept
