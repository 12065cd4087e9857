"""Names found wrong by dev set 11 (dialogs.names): a summary line said wrong is no name,
a northern elder's title is no part of the name, "พอ" after a nickname is "just". Each
fix with its near sentence that must not be read that way."""

from __future__ import annotations

import pytest

from dialogs.names import extract_name
from dialogs.readers import read_name


@pytest.mark.parametrize("text", [
    "จำนวนคนผิดค่ะ ที่ถูกคือ 4 คน แม่กับลูก 3 คน ลืมนับคนโตค่ะ",
    "จังหวัดผิดค่ะ", "บ้านผิดครับ ที่ถูกคือขอนแก่น", "ข้อมูลผิดค่ะ", "อยู่ที่ผิดค่ะ"])
def test_a_summary_line_said_wrong_is_no_name(text: str) -> None:
    assert read_name(text, None) is None


@pytest.mark.parametrize(("text", "name"), [
    ("นางสาวอรอุมา บุญมา ค่ะ", "อรอุมา บุญมา"), ("ผิดค่ะ ชื่อจริงอรอุมา", "อรอุมา"),
    ("จำนวนคนผิดค่ะ ชื่ออรอุมา 0627719385", "อรอุมา")])
def test_a_name_near_a_fix_is_still_read(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("แม่หม่อนจันทร์ฟอง ปัญญาดี เจ้า ใช้เบอร์ข้าเจ้า 0815532906", "จันทร์ฟอง ปัญญาดี"),
    ("ป้ออุ๊ยแก้วครับ", "แก้ว"), ("แม่อุ้ยคำค่ะ 0812345678", "คำ")])
def test_a_northern_elder_title_is_no_part_of_the_name(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("แม่มาลีค่ะ", "แม่มาลี"), ("ป้าแดง 0812345678", "ป้าแดง"), ("หม่อนค่ะ", "หม่อน")])
def test_other_titles_and_names_stay(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("เรียกบอยพอครับ", "บอย"), ("เรียกบอยเฉยๆครับ", "บอย"), ("บอยพอครับ", "บอย"),
    ("เรียกบอยก็พอครับ", "บอย")])
def test_just_the_nickname(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


@pytest.mark.parametrize(("text", "name"), [
    ("พอใจค่ะ", "พอใจ"), ("ชื่อพอเพียงครับ", "พอเพียง"), ("เรียกบอยครับ", "บอย")])
def test_a_name_with_por_stays(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("โยมสมบัติ โยมไม่มีโทรศัพท์ ติดต่อที่อาตมา 0801112233", "โยมสมบัติ"),
    ("ต้น ตกงานครับ", "ต้น"), ("แดง ชลบุรีค่ะ", "แดง")])
def test_a_next_chunk_saying_more_is_no_surname(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("สมศรี ใจดีค่ะ 0812345678", "สมศรี ใจดี"), ("สมศรี นามสกุล ใจดี", "สมศรี ใจดี"),
    ("มาลี ใจดี นะคะ", "มาลี ใจดี")])
def test_a_surname_alone_in_its_chunk_stays(text: str, name: str) -> None:
    assert read_name(text, None) == name
