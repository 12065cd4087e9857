"""Just arrived or landed somewhere: where one is (dev108)."""

from __future__ import annotations

import pytest

from dialogs.understand import read_message


@pytest.mark.parametrize(("text", "here"), [
    ("เพิ่งถึงดอนเมือง", "กรุงเทพมหานคร"),  # dev108: deported, just landed
    ("ลงเครื่องที่สุวรรณภูมิเมื่อเช้า", "สมุทรปราการ"),
])
def test_just_arrived_or_landed_is_here(text: str, here: str) -> None:
    assert read_message(text)["current_province"]["name"] == here


@pytest.mark.parametrize("text", ["จะไปลงเครื่องที่เชียงใหม่", "ต้องลงเครื่องที่ภูเก็ต"])
def test_a_landing_to_come_is_not_here(text: str) -> None:
    assert "current_province" not in read_message(text)
