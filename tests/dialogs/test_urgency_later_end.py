"""A place for now with a later end ("แต่...ภายในอาทิตย์นี้") is still a place tonight (dev12
durian pickers: asked twice, then skipped)."""

from __future__ import annotations

import pytest

from dialogs.readers import read_urgent


@pytest.mark.parametrize("text", [
    "ยังนอนเพิงในสวนได้อยู่ครับ แต่เถ้าแก่บอกให้ออกภายในอาทิตย์นี้",
    "นอนวัดไปก่อน แต่หลวงพ่อให้อยู่ได้อีกสองสามวัน"])
def test_a_later_end_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False


@pytest.mark.parametrize(("text", "urgent"), [
    ("ยังนอนห้องเพื่อนได้ แต่อาทิตย์นี้เพื่อนไล่ คืนนี้ไม่มีที่นอน", True),
    ("ยังมีที่นอน แต่ลูกไม่สบายหนัก", True),
    ("พักที่มูลนิธิได้ค่ะ แต่คืนพรุ่งนี้ต้องออกแล้ว", None)])  # asked, as before
def test_a_but_about_tonight_still_counts(text: str, urgent: bool | None) -> None:
    assert read_urgent(text, None) is urgent
