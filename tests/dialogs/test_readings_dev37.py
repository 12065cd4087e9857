"""Misreadings found by the blind development set dev37 (the end of the intake: names,
phones and fixes at the summary)."""

from __future__ import annotations

import pytest

from dialogs.contact import contact_fix
from dialogs.readers import read_hardship
from dialogs.summary_places import place_fixes

NONE = {"no_shelter": False, "no_food": False, "no_fare": False}


@pytest.mark.parametrize("text", ["ไม่มีข้อไหนเลยครับ มีงานมีเงินเดือน มีห้องพัก แค่อยากได้ค่ารถ",
                                  "ไม่มีข้อไหนเลยครับ", "ไม่ตรงสักข้อค่ะ"])
def test_none_of_the_choices_is_no_trouble(text: str) -> None:
    """dev37: asked three ways, then handed to staff."""
    assert read_hardship(text, None) == NONE


def test_none_of_the_choices_but_one_is_that_one() -> None:
    assert read_hardship("ไม่มีข้อไหนเลยค่ะ แต่ไม่มีค่ารถ", None) == {"no_fare": True}


ANSWERS = {"current_province": {"code": "TH-12", "name": "นนทบุรี"},
           "home_province": {"code": "TH-40", "name": "ขอนแก่น"}}


def test_home_said_wrong_with_a_district_moves_home() -> None:
    fixed = place_fixes(ANSWERS, "บ้านผิดค่ะ แม่ย้ายไปอยู่กับน้าที่ อ.นางรอง แล้ว ป้าจะไปที่นั่น")
    assert fixed is not None and fixed["home_province"]["name"] == "บุรีรัมย์"
    assert fixed["current_province"]["name"] == "นนทบุรี"


def test_where_one_is_said_wrong_moves_here() -> None:
    fixed = place_fixes(ANSWERS, "ที่อยู่ตอนนี้ผิดค่ะ อยู่ปทุมธานี")
    assert fixed is not None and fixed["current_province"]["name"] == "ปทุมธานี"
    assert fixed["home_province"]["name"] == "ขอนแก่น"


@pytest.mark.parametrize(("text", "fix"), [
    ("เบอร์พี่สาวครับ 089-777-6655 ชื่อพี่แดง", ("0897776655", None)),  # the sister's name
    ("ชื่อผิดค่ะ ชื่อแดง เบอร์แม่ 0897776655", ("0897776655", "แดง")),  # a name fixed, said so
    ("เบอร์ใหม่ 0891234567 ชื่อเล็ก", ("0891234567", "เล็ก"))])
def test_a_relatives_number_with_their_name_keeps_the_persons_name(
        text: str, fix: tuple[str, str | None]) -> None:
    assert contact_fix(text, "") == fix
