"""Consent to the sensitive part said with the question's own verb (dev23: "บันทึกได้ครับ"
to "may we record it?" was not understood, twice)."""

from __future__ import annotations

import pytest

from dialogs.slots import read_sensitive_consent


@pytest.mark.parametrize("text", ["บันทึกได้ครับ", "ถามได้เลยค่ะ", "เก็บไว้ได้", "จดได้เลยจ้า"])
def test_allowed_in_the_questions_words(text: str) -> None:
    assert read_sensitive_consent(text, None) is True


@pytest.mark.parametrize(("text", "said"), [
    ("บันทึกได้ไหม", None), ("ไม่ต้องบันทึก", False), ("บันทึกได้ แต่ไม่อยากให้คนอื่นรู้", None),
    ("อย่าเก็บไว้เลย", False)])
def test_asked_refused_or_qualified(text: str, said: bool | None) -> None:
    assert read_sensitive_consent(text, None) is said
