"""Misreadings found by the blind development set dev46."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_id_card, read_travellers
from dialogs.understand import extract_name


@pytest.mark.parametrize(("text", "here", "home"), [
    # a landmark right after "in front of", "behind" is where one is; the province after it
    # is home (the family was refused as already home: "โคราช" read as where they are)
    ("ห้องเช่าหลังนิคมโรจนะ อุทัยครับ โคราชครับ อำเภอโชคชัย", "พระนครศรีอยุธยา", None),
    ("ตอนนี้อยู่ที่โรงพยาบาลบำราศนราดูร ติวานนท์ค่ะ กันทรลักษ์ ศรีสะเกษค่ะ", "นนทบุรี", None),
    ("หน้าทัณฑสถานหญิงกลาง งามวงศ์วานค่ะ กรุงเก่าค่ะ บางปะอิน", "กรุงเทพมหานคร", None),
    ("ห้องเช่าบางนา บ้านอยู่ยโสธร", "กรุงเทพมหานคร", "ยโสธร"),
    ("จะกลับบ้านอาทิตย์หน้า ขอนแก่น", None, "ขอนแก่น"),  # next week: no landmark
    ("หลังออกจากคุกจะกลับขอนแก่น", None, "ขอนแก่น")])
def test_a_landmark_by_its_place_word(text: str, here: str | None, home: str | None) -> None:
    facts = extract_facts(text)
    assert (facts.current_province.name_th if facts.current_province else None) == here
    assert (facts.home_province.name_th if facts.home_province else None) == home


def test_the_card_of_an_aunt_written_for() -> None:
    assert read_id_card("บัตรประชาชนป้ายังอยู่เจ้า ขโมยเอาไปแค่สตางค์", None) is True


@pytest.mark.parametrize(("text", "name"), [
    ("เอิ้นว่าแป้งกะได้ค่ะ 089-123-4567", "แป้ง"), ("เอิ้นแป้งกะได้", "แป้ง")])
def test_isan_call_me(text: str, name: str) -> None:
    """"เอิ้นว่าแป้งกะได้ค่ะ" gave the name "เอิ้นว่าแป้ง"."""
    assert extract_name(text, bare=True) == name


@pytest.mark.parametrize(("text", "count"), [
    ("ข้อยกับลูกอีกสองค่ะ เมื่อคืนนอนในขนส่งนี่ล่ะค่ะ ลูกยังน้อยค่ะ คนโต 7 ขวบ คนเล็ก 3 ขวบ", 3),
    ("ผมกับลูกอีก 2", 3), ("ซาแยกับน้องชาย สองคน", 2)])
def test_counts_told_with_more(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


@pytest.mark.parametrize("text", ["ไปกับลูกอีกสองขวบ", "กับเพื่อนอีก 3 วัน"])
def test_a_span_after_more_is_no_count(text: str) -> None:
    assert read_travellers(text, None) is None
