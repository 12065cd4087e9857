"""Places, round 2: a place where someone else works is not where the writer is, and a
place named just before บ้านเกิดเลย by one at home is their very birthplace."""

from __future__ import annotations

import pytest

from dialogs.parse_numbers import clean_text
from dialogs.places import here_and_home_in
from dialogs.provinces import find_provinces


def _here_home(text: str) -> tuple[str | None, str | None]:
    cleaned = clean_text(text)
    current, home, _ = here_and_home_in(cleaned, cleaned.replace(" ", ""))
    return (current.name_th if current else None, home.name_th if home else None)


@pytest.mark.parametrize("said", [
    "ข้าวสารหมดบ้านค่ะ ผัวไปเฮ็ดงานกรุงเทพบ่ส่งเงินมา",
    "สามีไปทำงานกรุงเทพ", "ลูกไปทำงานระยอง", "ลูกทำงานอยู่ระยอง", "แม่ผมไปรับจ้างที่ชลบุรี",
])
def test_someone_elses_workplace_is_not_here(said: str) -> None:
    assert _here_home(said) == (None, None)


@pytest.mark.parametrize(("said", "here"), [
    ("ผมมาทำงานกรุงเทพ", "กรุงเทพมหานคร"), ("ผมไปทำงานกรุงเทพ", "กรุงเทพมหานคร"),
    ("ตามผัวไปทำงานกรุงเทพ", "กรุงเทพมหานคร"), ("กับลูกไปทำงานระยอง", "ระยอง"),
    ("เป็นแม่ค้าขายของอยู่ชลบุรี", "ชลบุรี"),
])
def test_own_workplace_is_still_here(said: str, here: str) -> None:
    assert _here_home(said) == (here, None)


def test_place_before_birthplace_said_at_home_is_both() -> None:
    said = "มีค่ะ อุดรค่ะ อยู่บ้านแล้ว อุดรค่ะ บ้านเกิดเลย"
    assert _here_home(said) == ("อุดรธานี", "อุดรธานี")
    assert [p.name_en for p in find_provinces(said)] == ["Udon Thani"]


@pytest.mark.parametrize("said", ["มีค่ะ อุดรค่ะ บ้านเกิดเลย", "ชลบุรี บ้านเกิดเลย"])
def test_birthplace_loei_without_being_home(said: str) -> None:
    assert _here_home(said)[1] == "เลย"
