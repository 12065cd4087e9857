"""Consent said in other short words (dev10: a deaf man types "ยอม")."""

from __future__ import annotations

import pytest

from dialogs.consent_yes import consent_word
from dialogs.readers import read_consent


@pytest.mark.parametrize(("text", "agreed"), [
    ("ยอม", True), ("ยอม ครับ", True), ("ยอมรับค่ะ", True), ("ยินดีค่ะ", True),
    ("ยอมให้เก็บได้", True), ("ไม่ยอม", False), ("บ่ยอมเด้อ", False)])
def test_short_consent(text: str, agreed: bool) -> None:
    assert consent_word(text) is agreed
    assert read_consent(text, None) is agreed


@pytest.mark.parametrize("text", ["ยอมแพ้แล้ว", "ยอมจ่ายเองก็ได้ถ้าจำเป็น", "ยินดีที่ได้รู้จัก"])
def test_other_uses_of_the_words_are_no_consent(text: str) -> None:
    assert consent_word(text) is None


@pytest.mark.parametrize(("text", "agreed"), [("ครับ ยอมรับ", True), ("ค่ะ ไม่ยอม", False)])
def test_a_particle_before_the_word(text: str, agreed: bool) -> None:
    assert consent_word(text) is agreed  # dev11 Akha waiter: "ครับ ยอมรับ"
