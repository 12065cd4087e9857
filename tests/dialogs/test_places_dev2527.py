"""Places in the blind sets dev25, dev27: a district named instead of the province, a
shorter name inside a district's, Loei said as a second place, the home of the mother one
writes for, the police of a province holding the traveller, and a writer who cannot go
and fetch them."""

from __future__ import annotations

import pytest

from dialogs.parse_numbers import clean_text
from dialogs.places import here_and_home_in
from dialogs.provinces import find_provinces, match_province


def _here_home(text: str) -> tuple[str | None, str | None]:
    cleaned = clean_text(text)
    current, home, _ = here_and_home_in(cleaned, cleaned.replace(" ", ""))
    return (current.name_th if current else None, home.name_th if home else None)


def _names(text: str) -> list[str]:
    return [p.name_th for p in find_provinces(text)]


def test_district_as_the_whole_answer() -> None:
    # dev27: the mangosteen picker in Lang Suan, asked where she is now
    found = match_province("หลังสวนค่ะ")
    assert found is not None and found.name_th == "ชุมพร"


@pytest.mark.parametrize("said", [
    "บ้านอยู่หลังสวน",  # behind the garden: no province in free text
    "ไปรอที่หลังสวนนะคะ",
    "อยู่หลังสวนค่ะ",
])
def test_everyday_district_name_not_read_in_free_text(said: str) -> None:
    assert _names(said) == []


def test_everyday_district_name_after_amphoe() -> None:
    assert _names("อยู่ อ.หลังสวน ค่ะ") == ["ชุมพร"]


def test_longer_district_beats_a_town_inside_it() -> None:
    # dev25: the health volunteer in San Pa Tong, not Patong (Phuket)
    said = "สวัสดีเจ้า ป้าเป็น อสม. อยู่ อ.สันป่าตอง เชียงใหม่เจ้า"
    assert _names(said) == ["เชียงใหม่"]
    assert _here_home(said) == ("เชียงใหม่", None)
    assert _names("ทำงานอยู่ป่าตองค่ะ") == ["ภูเก็ต"]  # Patong itself still Phuket


def test_loei_as_a_second_place_and_the_mothers_home() -> None:
    # dev25: a volunteer for a mother fleeing with two small kids
    said = "น้องมีบัตรค่ะ คว้าออกมาทัน ขอนแก่นค่ะ เลยค่ะ บ้านแม่เขาอยู่ด่านซ้าย"
    assert _names(said) == ["ขอนแก่น", "เลย"]
    assert _here_home(said)[1] == "เลย"
    assert _here_home("เลยค่ะ บ้านแม่เขาอยู่ด่านซ้าย") == (None, "เลย")


@pytest.mark.parametrize("said", [
    "ขอนแก่นค่ะ ไม่มีเลยค่ะ",  # "none at all"
    "อยู่ขอนแก่นเลยค่ะ",  # "right in Khon Kaen"
    "ไม่มีเงินเลยค่ะ",
    "ขอนแก่น เลยค่ะ",  # no answer's particle after the first place
])
def test_loei_particle_not_a_place(said: str) -> None:
    assert "เลย" not in _names(said)


def test_police_of_a_province_hold_the_traveller() -> None:
    # dev25: a son whose wandering mother the Saraburi police found
    opener = "แม่ผมหลงขึ้นรถไฟไปครับ ตอนนี้ตำรวจสระบุรีเจอ โทรมาบอก"
    assert _here_home(opener) == ("สระบุรี", None)
    both = opener + " ผมอยู่เชียงรายไม่มีเงินไปรับ ทำไงดีครับ"
    assert _here_home(both) == ("สระบุรี", None)


@pytest.mark.parametrize(("said", "expected"), [
    ("ผมอยู่เชียงรายไม่มีเงินค่ะ", ("เชียงราย", None)),  # no fetching: the writer is there
    ("ผมอยู่เชียงราย ไม่มีเงินไปรับจ้าง", ("เชียงราย", None)),  # work, not fetching
    ("แม่เขาอยู่ด่านซ้ายค่ะ", ("เลย", None)),  # no home word
])
def test_writer_here_stays(said: str, expected: tuple[str | None, str | None]) -> None:
    assert _here_home(said) == expected
