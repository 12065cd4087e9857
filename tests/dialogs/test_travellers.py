"""How many travel, from a message: a total said as such wins, a couple is two."""

from __future__ import annotations

import pytest

from dialogs.readers import read_travellers
from dialogs.travellers import people_and_ages


@pytest.mark.parametrize(("text", "count"), [
    ("พวกเรา5คนครับผัวเมียกับลูก3คน", 5),  # the total said wins
    ("ทั้งหมด3คนค่ะ", 3),
    ("สามีภรรยากับลูก1คน", 3),  # the couple and the child
    ("ไปกับเมียและลูกอีก2คน", 4),
])
def test_totals_and_couples(text: str, count: int) -> None:
    assert people_and_ages(text)[0] == count


@pytest.mark.parametrize(("text", "count"), [
    ("ไปกับพ่อแม่ครับ", 3), ("กลับกับตายายค่ะ", 3), ("ไปกับแม่", 2)])
def test_parents_are_two(text: str, count: int) -> None:
    assert read_travellers(text, None) == count
