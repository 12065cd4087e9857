"""Misreadings found by the blind development set dev35 (places by district, landmark
and nickname; cards and hardship in everyday words)."""

from __future__ import annotations

import pytest

from dialogs.provinces import match_province


@pytest.mark.parametrize(("text", "province"), [
    ("ท่าบ่อครับ ริมโขง", "หนองคาย"),  # dev35: asked twice, then skipped
    ("หลังสวนค่ะ ใกล้ทะเล", "ชุมพร"), ("ท่าบ่อครับ", "หนองคาย")])
def test_a_district_answer_with_a_remark_after_it(text: str, province: str) -> None:
    found = match_province(text)
    assert found is not None and found.name_th == province


@pytest.mark.parametrize("text", ["ไม่รู้ครับ ท่าบ่อ", "บ้านครับ อยู่ไกล"])
def test_no_district_read_from_other_first_words(text: str) -> None:
    assert match_province(text) is None
