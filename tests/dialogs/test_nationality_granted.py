"""Thai nationality granted after a pink card (dev11: a Lisu mother, Thai since last year)."""

from __future__ import annotations

import pytest

from dialogs.parse import extract_facts


@pytest.mark.parametrize("text", [
    "มีค่ะ เมื่อก่อนถือบัตรสีชมพู ปีที่แล้วได้บัตรประชาชนไทยแล้วค่ะ",
    "เมื่อก่อนเป็นบัตรชมพู ตอนนี้ได้สัญชาติแล้ว", "ได้สัญชาติไทยแล้วค่ะ"])
def test_granted_since_is_thai(text: str) -> None:
    assert extract_facts(text).thai_national is True


@pytest.mark.parametrize("text", [
    "ถือบัตรสีชมพู", "ยังไม่ได้สัญชาติไทยค่ะ", "ถือบัตรชมพู ยังไม่ได้บัตรประชาชน",
    "ถือบัตรชมพู บ่ได้สัญชาติไทย"])
def test_pink_card_or_not_granted_is_not_thai(text: str) -> None:
    assert extract_facts(text).thai_national is False


def test_asking_about_it_says_nothing() -> None:
    assert extract_facts("ได้บัตรประชาชนไทยไหม").thai_national is None

