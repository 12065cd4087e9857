"""Misreadings found by the blind development set dev43, played through the dialog on
the matcher as the bot runs it."""

from __future__ import annotations

import pytest

from dialogs import texts
from dialogs.engine import Dialog
from dialogs.facts import extract_facts
from dialogs.needs import parse_needs
from dialogs.readers import read_special

from .test_engine import Chat

ARV = "แข็งแรงดีครับ แต่กินยาต้านไวรัสอยู่ ยาเหลืออีกสามอาทิตย์"


def test_antiretrovirals_are_an_hiv_need_and_no_care() -> None:
    """A man well on ARVs was asked who needs care twice, then skipped, and his HIV
    need was never named (manual: one on ARVs who is well travels alone)."""
    assert read_special(ARV, None) == []
    assert "hiv" in parse_needs(ARV)
    assert "hiv" not in parse_needs("กินยาต้านอักเสบ")


@pytest.mark.parametrize(("text", "care"), [
    ("แข็งแรงดีครับ แต่กินยาความดันอยู่", ["sick"]), ("แข็งแรงดีค่ะ แต่ท้อง 5 เดือน", ["pregnant"])])
def test_well_said_first_then_a_care_need(text: str, care: list[str]) -> None:
    assert read_special(text, None) == care


def test_a_sensitive_need_told_in_passing_is_named_and_kept_with_what_was_told(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    for line in ("อยากขอความช่วยเหลือครับ", "โอเคครับ", "ไม่มีค่ารถครับ ตกงาน ไม่มีรายได้เลย",
                 "มีครับ", "พัทยาครับ", "ลำปางครับ", "คนเดียวครับ",
                 "ยังอยู่ห้องได้ถึงสิ้นเดือนครับ อีก ๑๐ วัน"):
        chat.say(line)
    assert chat.state.data["slot"] == "special_needs"
    said = chat.text(ARV)
    assert texts.SENSITIVE_TOLD.format("เรื่องสุขภาพ") in said  # named, not a block of questions
    chat.say("ได้ครับ")
    assert chat.state.data["answers"]["needs"] == ["work", "health", "hiv"]  # none dropped


def test_a_zero_card_that_is_no_thai_card_is_not_thai() -> None:
    """"มีบัตรเจ้า แต่เป็นบัตรเลขศูนย์ บ่ใช่บัตรคนไทย" was read as Thai, and a stateless
    woman was sent as eligible."""
    facts = extract_facts("มีบัตรเจ้า แต่เป็นบัตรเลขศูนย์ บ่ใช่บัตรคนไทย")
    assert facts.thai_national is False
    assert extract_facts("ผมเป็นคนไทยครับ").thai_national is True
