"""A reviewer's misreadings: a northern "no" ("บ่มีเจ้า"), a room one was put out of
("ห้องก็โดนไล่ออก") that is no firing."""

from __future__ import annotations

import pytest

from dialogs.parse import facts_of, parse_yes_no
from dialogs.readers import read_hardship, read_special


@pytest.mark.parametrize(("text", "expected"), [
    ("บ่มีเจ้า", []), ("บ่มี เจ้า", []), ("ไม่มีค่ะ", []), ("มีเจ้า", None)])
def test_northern_no(text: str, expected: list[str] | None) -> None:
    assert read_special(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("บ่มีเจ้า", False), ("บ่เจ้า", False), ("เจ้า", True), ("มีเจ้า", True), ("เจ้า มีค่ะ", True)])
def test_jao_yes_alone_particle_after(text: str, expected: bool) -> None:
    assert parse_yes_no(text) is expected


@pytest.mark.parametrize("text", ["ห้องก็โดนไล่ออก", "โดนไล่ออกจากห้อง", "หอโดนไล่ออกแล้ว",
                                  "ห้องเช่าก็ถูกไล่ออก"])
def test_put_out_of_the_room(text: str) -> None:
    facts = facts_of(text)
    assert facts.no_shelter is True
    assert facts.no_food is None


@pytest.mark.parametrize("text", ["โดนไล่ออกจากงาน", "งานก็โดนไล่ออก", "โดนไล่ออกค่ะ"])
def test_fired_is_no_room(text: str) -> None:
    facts = facts_of(text)
    assert facts.no_shelter is None
    assert facts.no_food is True


def test_room_at_the_hardship_question() -> None:
    said = read_hardship("ห้องก็โดนไล่ออก", None)
    assert said is not None and said["no_shelter"] is True
