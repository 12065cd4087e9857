"""Care needs read from a message (dialogs.care through dialogs.facts)."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_special, read_travellers


@pytest.mark.parametrize(("text", "needs"), [
    ("ไปคนเดียวไม่ได้ ป่วยอยู่", ["cannot_travel_alone", "sick"]),
    ("ไปคนเดียวไม่ได้ ท้อง 7 เดือน", ["cannot_travel_alone", "pregnant"]),
    ("เดินทางเองไม่ได้ พิการขา", ["cannot_travel_alone", "disabled"]),
    ("กลับคนเดียวไม่ค่อยได้ ไม่สบาย", ["cannot_travel_alone", "sick"]),
    # dev sets' answers to "anyone who needs care?"
    ("ป้าตาบอดครับ อายุ 58 ไปคนเดียวไม่ได้", ["cannot_travel_alone", "disabled"]),
    ("ป่วยครับ เพิ่งออกจากโรงพยาบาล เดินทางคนเดียวไม่ค่อยไหว", ["cannot_travel_alone", "sick"]),
])
def test_cannot_go_alone_then_a_new_clause(text: str, needs: list[str]) -> None:
    assert read_special(text, None) == needs
    assert extract_facts(text).travellers is None  # not "alone": the count is asked


@pytest.mark.parametrize("text", [
    "ไปคนเดียว ไม่ได้ท้อง", "ไปคนเดียวไม่ได้ท้อง", "ไปคนเดียวไม่ได้ป่วยอะไร",
    "ไปคนเดียวค่ะ ไม่ได้ป่วย",
])
def test_alone_and_did_not_is_no_care_need(text: str) -> None:
    assert not extract_facts(text).special_needs
    assert read_travellers(text, None) == 1
