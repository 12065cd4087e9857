"""One test per kind of miss found on questions written by someone who had never
seen the knowledge base: typos, English mixed in, Isan and Northern words,
off-topic questions sharing a word with a topic, and topic confusion."""

from __future__ import annotations

import pytest

from knowledge import Matcher
from knowledge.typos import TypoFixer


@pytest.mark.parametrize(("question", "topic"), [
    ("ขอกายอุปกรนค่ะ", "disability_devices"),  # a dropped mark, a sound-alike letter
    ("ผู้ป่วยเอดขอเงินช่วยได้ไหมคะ", "hiv_aid"),  # the last letters cut off
    ("ขอเบี้ยผู้สูงอายูได้ไหมคะ", "elderly_allowance"),
])
def test_typo(matcher: Matcher, question: str, topic: str) -> None:
    decision = matcher.decide(question)
    assert decision.decision == "answer" and decision.topic == topic


def test_typo_fixer_glues_and_corrects() -> None:
    fixer = TypoFixer(["อุปกรณ์", "เอดส์", "ผู้ป่วย", "ประวัติ"])
    known = {"ผู้ป่วย", "ขอ"}.__contains__
    assert fixer.fix(["ขอ", "อุป", "กรน"], known) == ["ขอ", "อุปกรณ์"]
    assert fixer.fix(["ผู้ป่วย", "เอ", "ด"], known) == ["ผู้ป่วย", "เอดส์"]
    assert fixer.fix(["ประวตัิ"], known) == ["ประวัติ"]  # two letters swapped
    assert fixer.fix(["กรน", "ก"], known) == ["กรน"]  # nothing near: kept, piece dropped


@pytest.mark.parametrize(("question", "topic"), [
    ("check criminal record ยังไงคะ", "criminal_record"),
    ("มี loan สำหรับคนพิการมั้ยคะ", "disability_loan"),
    ("training อาชีพฟรีสำหรับ ex-prisoner มีไหมคะ", "job_training"),
])
def test_english_mixed(matcher: Matcher, question: str, topic: str) -> None:
    decision = matcher.decide(question)
    assert decision.decision == "answer" and decision.topic == topic


@pytest.mark.parametrize(("question", "topic"), [
    ("ยื่นขอความช่วยเหลือแล้ว ต้องรอดนปานใดคะ", "return_home_timeline"),
    ("เข้าสารหมดเฮือนแล้ว ขอของกินได้บ่", "food_clothing_aid"),
    ("แม่ใหญ่ย่างบ่ไหว มีเจ้าหน้าที่ไปนำได้บ่", "travel_escort"),
])
def test_isan(matcher: Matcher, question: str, topic: str) -> None:
    decision = matcher.decide(question)
    assert topic in [h.id for h in matcher.explain(question)[1][:1]]
    assert decision.decision in {"answer", "clarify"}


@pytest.mark.parametrize(("question", "standard"), [
    ("ขอค่ารถปิ๊กบ้าน", ["ขอ", "ค่ารถ", "กลับบ้าน"]),  # Northern: go back home
    ("ซ่อยแหน่", ["ช่วย", "หน่อย"]),  # Isan: help, never the typo fixer's ซอย (lane)
    ("ละอ่อนพิการ", ["เด็ก", "พิการ"]),  # Northern: child
])
def test_dialect_words_read_as_standard_thai(matcher: Matcher, question: str,
                                             standard: list[str]) -> None:
    assert matcher.lexical.tokens(question) == standard


def test_northern_fare_home(matcher: Matcher) -> None:
    decision = matcher.decide("ขอค่ารถปิ๊กบ้าน")
    assert decision.decision == "answer" and decision.topic == "return_home_aid"


@pytest.mark.parametrize("question", [
    "บัตร ATM โดนกินค่ะ",
    "รถเข็นเด็กยี่ห้อไหนดีคะ",
    "ร้านนวดแถวสีลมค่ะ",
    "ประกันชีวิตเคลมค่าทำศพยังไงคะ",
    "แฟนต่างชาติขอสัญชาติไทยได้ไหมคะ",
    "ขอ visa ไปญี่ปุ่นค่ะ",
])
def test_off_topic_sharing_a_word(matcher: Matcher, question: str) -> None:
    assert matcher.decide(question).decision == "unknown"


@pytest.mark.parametrize(("question", "topic"), [
    ("ขอยื่นเรื่องเลยได้มั้ยคะ", "request_help"),
    ("อยากหางานทำค่ะ มีที่ไหนรับบ้าง", "job_placement"),
    ("กลับถึงบ้านแล้วแต่ยังลำบากอยู่ ต้องทำยังไงต่อคะ", "aid_follow_up"),
])
def test_topic_confusion(matcher: Matcher, question: str, topic: str) -> None:
    decision = matcher.decide(question)
    assert decision.decision == "answer" and decision.topic == topic
