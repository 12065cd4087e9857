"""The phone in an answer (dialogs.contact)."""

from __future__ import annotations

import pytest

from dialogs.contact import no_phone, only_phone


@pytest.mark.parametrize("text", [
    "ไม่มีเบอร์ค่ะ", "ไม่มีโทรศัพท์", "ไม่สะดวกให้เบอร์", "ไม่มี"])
def test_no_phone(text: str) -> None:
    assert no_phone(text)


@pytest.mark.parametrize("text", [
    "โทรหาหลานที่ 0891234567 นะคะ ยายไม่มีโทรศัพท์",
    "ไม่มีเบอร์ตัวเองครับ ใช้ 062-111-2233 ของพี่",
    "เขาไม่มีมือถือ ติดต่อผมได้ 0951234567"])
def test_a_number_given_with_no_phone_of_ones_own_is_a_phone(text: str) -> None:
    assert not no_phone(text)
    assert only_phone(text) is None  # said with more: shown again, not sent at once
