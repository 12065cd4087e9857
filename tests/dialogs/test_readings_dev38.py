"""Misreadings found by the blind development set dev38 (released prisoners, people
leaving hospitals, shelters and rehab)."""

from __future__ import annotations

import pytest

from dialogs.parse_numbers import parse_count
from dialogs.slots import read_sensitive_consent


@pytest.mark.parametrize(("text", "agreed"), [
    ("ได้หมดครับ", True), ("ได้ทั้งหมดค่ะ", True), ("บันทึกได้ครับ", True),  # dev38: asked
    ("ไม่ได้หมด", None), ("บันทึกได้ไหม", None)])  # twice, then the training need dropped
def test_all_of_it_allowed_is_consent_to_record(text: str, agreed: bool | None) -> None:
    assert read_sensitive_consent(text, None) is agreed


@pytest.mark.parametrize(("text", "count"), [("ผู้เดียวครับ", 1), ("ไปผู้เดียว", 1),
                                             ("ผู้เดียวไม่ได้", None)])
def test_alone_said_formally_is_one(text: str, count: int | None) -> None:
    assert parse_count(text) == count


def test_the_name_of_a_shelter_one_is_at_is_no_homelessness() -> None:
    from dialogs.understand import read_message
    said = read_message("สวัสดีครับ ผมเป็นพี่เลี้ยงที่ศูนย์คุ้มครองคนไร้ที่พึ่ง พิมพ์แทนลุงนะครับ")
    assert "no_shelter" not in said
    assert read_message("ผมไร้บ้านครับ")["no_shelter"] is True
