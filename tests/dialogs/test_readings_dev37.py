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


# -- the third review (each read wrongly by the first version of these readings) ----------

@pytest.mark.parametrize("text", ["ไม่มีข้อไหนตรงเลยค่ะ หนูโดนแฟนทำร้าย หนีออกมากับลูก",
                                  "ไม่มีข้อไหนเลยค่ะ ลำบากมาก", "บ่มีข้อใดเลยเด้อ ลำบากหลาย",
                                  "ไม่มีข้อไหนพอเลยค่ะ", "ไม่มีข้อไหนครับ ผมมีแค่ 50 บาท",
                                  "ไม่มีข้อไหนเลยแต่ลูกป่วยต้องพาไปหาหมอ"])
def test_none_of_the_choices_with_a_trouble_after_is_no_no(text: str) -> None:
    assert read_hardship(text, None) != NONE


@pytest.mark.parametrize(("text", "key", "name"), [
    ("ตอนนี้อยู่ผิดค่ะ บ้านอยู่นครพนม", "home_province", "นครพนม"),
    ("อยู่ที่ไม่ถูกค่ะ บ้านเกิดหนูอยู่ชัยภูมิ", "home_province", "ชัยภูมิ"),
    ("ที่อยู่ตอนนี้ผิดค่ะ จะกลับไปอยู่กับแม่ที่สกลนคร", "home_province", "สกลนคร")])
def test_the_new_places_own_cue_beats_the_role_said_wrong(text: str, key: str, name: str) -> None:
    fixed = place_fixes(ANSWERS, text)
    assert fixed is not None and fixed[key]["name"] == name


@pytest.mark.parametrize("text", ["ขอแก้เบอร์ค่ะ เบอร์พี่สาว 0891234567 ชื่อพี่แดง",
                                  "เปลี่ยนเบอร์เป็นเบอร์แม่ค่ะ 0891234567 แม่ชื่อสมศรี",
                                  "เบอร์นี้ของแม่นะคะ 0891234567 ชื่อสมศรี",
                                  "ติดต่อผ่านพี่สาวค่ะ 0891234567 ชื่อแดง"])
def test_a_relatives_name_beside_their_number_is_no_name_fix(text: str) -> None:
    fixed = contact_fix(text, "")
    assert fixed is not None and fixed[1] is None


@pytest.mark.parametrize(("text", "name"), [
    ("เบอร์ตามนี้เลยค่ะ 0812345678 ชื่อ สมหญิง ใจดี", "สมหญิง"),  # "ตาม", no grandfather
    ("หนูชื่อมาลีค่ะ ใช้เบอร์แม่ 0891234567", "มาลี")])  # her own name, said so
def test_the_persons_own_name_beside_a_number_is_kept(text: str, name: str) -> None:
    fixed = contact_fix(text, "")
    assert fixed is not None and fixed[1] is not None and fixed[1].startswith(name)
