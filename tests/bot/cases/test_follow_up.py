"""The step-8 follow-up's pure parts: the question, typed and tapped answers, and what
the letter and the report say about the answer."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.cases import follow_up as fu
from bot.cases.letter import thai_long_date
from dialogs.types import Inbound


@pytest.mark.parametrize(("text", "answer"), [
    ("ถึงบ้านแล้วค่ะ", "safe"), ("ถึงแล้วครับ ขอบคุณมากๆ", "safe"), ("ถึงเเล้วจ้า", "safe"),
    ("ปลอดภัยดีค่ะ", "safe"), ("ถึงค่ะ", "safe"), ("กลับถึงบ้านเรียบร้อย", "safe"),
    ("ยังไม่ถึงบ้านเลยครับ", "not_yet"), ("กำลังเดินทางอยู่ค่ะ", "not_yet"),
    ("ยังค่ะ", "not_yet"), ("อยู่บนรถครับ", "not_yet"),
    ("ไม่ปลอดภัยค่ะ", "problem"), ("มีปัญหาค่ะ ตกรถ", "problem"),
    ("ยังไม่ได้กลับเลย ไม่มีที่ไป", "problem"),
])
def test_typed_answers_are_understood(text: str, answer: str) -> None:
    assert fu.parse_text(text) == answer


@pytest.mark.parametrize("text", ["เบี้ยคนพิการได้เดือนละเท่าไหร่", "สวัสดีค่ะ", "", "   ",
                                  "ขอเลขที่เรื่องหน่อย", "ไม่ค่ะ", "ยังไม่มีบัตร"])
def test_other_text_is_not_an_answer(text: str) -> None:
    assert fu.parse_text(text) is None


def test_the_question_has_three_buttons_that_fit_and_name_the_case() -> None:
    reply = fu.question({"id": 42, "ref": "NJ-ABC234"})
    assert "ถึงบ้านปลอดภัยไหมคะ" in reply.text and "NJ-ABC234" in reply.text
    assert [c.value for c in reply.choices] == ["followup:safe:42", "followup:not_yet:42",
                                                "followup:problem:42"]
    for choice in reply.choices:
        assert 1 <= len(choice.label.encode("utf-16-le")) // 2 <= 20
    tapped = Inbound("choice", text=reply.choices[2].label, value=reply.choices[2].value)
    assert fu.tapped(tapped) == ("problem", 42)
    assert fu.tapped(Inbound("choice", value="followup:maybe:42")) is None
    assert fu.tapped(Inbound("choice", value="followup:safe:x")) is None
    assert fu.tapped(Inbound("text", text="followup:safe:42")) is None


def test_the_letter_and_the_report_tell_the_answer() -> None:
    at = dt.datetime(2026, 12, 4, 3, 0, tzinfo=dt.UTC)
    answered = {"follow_up": {"asked_at": at.isoformat(), "answer": "safe",
                              "answered_at": at.isoformat()}}
    line = fu.letter_line(answered, lambda m: thai_long_date(m.date()))
    assert line is not None and "4 ธันวาคม 2569" in line and "ถึงบ้านปลอดภัยแล้ว" in line
    assert fu.report_cell(answered) == "ถึงบ้านปลอดภัยแล้ว"
    silent = {"follow_up": {"asked_at": at.isoformat(), "silent_at": at.isoformat()}}
    assert "ยังไม่ได้ตอบ" in str(fu.letter_line(silent, str))
    assert fu.report_cell(silent) == "ไม่ตอบ"
    assert fu.report_cell({"follow_up": {"asked_at": at.isoformat()}}) == "รอคำตอบ"
    assert fu.letter_line({}, str) is None and fu.report_cell({}) == ""


def test_attention_until_an_officer_checked() -> None:
    at = "2026-12-04T03:00:00+00:00"
    assert fu.needs_attention({"follow_up": {"answer": "safe"}}) is None
    assert fu.needs_attention({"follow_up": {"answer": "problem"}}) is not None
    assert fu.needs_attention({"follow_up": {"silent_at": at}}) is not None
    assert fu.needs_attention({"follow_up": {"silent_at": at, "checked_at": at}}) is None
    assert fu.needs_attention({"follow_up": "junk"}) is None
