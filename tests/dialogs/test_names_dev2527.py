"""dev25: the name of the one written for fixed after sending ("ชื่อพ่อพิมพ์ผิดค่ะ"), the
right one after "ที่ถูก", a letter spelt out by its name ("ศ.ศาลา") no part of it."""

from __future__ import annotations

import pytest

from dialogs.contact import contact_fix
from dialogs.name_words import fixed_part, without_spelling
from dialogs.names import extract_name


def test_a_kin_name_fixed_after_sending() -> None:
    # dev25 daughter for parents with father in wheelchair ("พ่อชื่อ สมพงษ์" given)
    text = "ชื่อพ่อพิมพ์ผิดค่ะ ที่ถูก สมพงศ์ ศ.ศาลา ค่ะ"
    assert contact_fix(text, "สมพงษ์") == (None, "สมพงศ์")


def test_a_kin_name_fixed_is_no_name_of_ones_own_while_screening() -> None:
    assert extract_name("ชื่อแม่ผิด ต้องเป็น มาลี") is None
    assert fixed_part("ชื่อแม่ผิด ต้องเป็น มาลี") is None
    assert fixed_part("ชื่อแม่ผิด ต้องเป็น มาลี", kin=True) == ("มาลี", False)


def test_the_right_name_after_ti_thuk() -> None:
    assert fixed_part("ชื่อที่ถูก สมศรี") == ("สมศรี", False)
    assert contact_fix("ชื่อพ่อผิดค่ะ") is None  # no right name said: asked


def test_the_name_fixed_in_a_laugh() -> None:
    # dev27 Tom thrown out in Tha Sala
    assert contact_fix("ชื่อพิมพ์ผิดครับ ชื่อตั้มครับ ไม่ใช่ต้ม 555", "ต้ม") == (None, "ตั้ม")


@pytest.mark.parametrize(("text", "out"), [
    ("สมพงศ์ ศ.ศาลา ค่ะ", "สมพงศ์   ค่ะ"), ("สมพงศ์ ศ ศาลา", "สมพงศ์  "),
    ("ศาลา", "ศาลา"), ("สมศักดิ์ ศาลาทอง", "สมศักดิ์ ศาลาทอง"), ("นาย ก.ไก่", "นาย  "),
])
def test_a_letter_spelt_out(text: str, out: str) -> None:
    assert without_spelling(text) == out


def test_a_name_with_its_letter_spelt_out() -> None:
    assert extract_name("สมพงศ์ ศ.ศาลา 0812345678", bare=True) == "สมพงศ์"
