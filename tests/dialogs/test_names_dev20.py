"""Names found wrong by dev set 20 and the name survey (dialogs.names, dialogs.summary,
dialogs.contact): a count fixed at the summary is no name, the real name given after
sending is the full one, a helper for a baby's family names the family. Each fix with
its near sentence that must not be read that way."""

from __future__ import annotations

import pytest

from dialogs.contact import contact_fix, no_phone
from dialogs.names import extract_name
from dialogs.readers import read_name
from dialogs.refusals import is_refusal
from dialogs.summary import name_before_phone


@pytest.mark.parametrize("text", [
    "คนไปแค่๒คนครับ เมียบ่ไปแล้ว เพิ่นสิอยู่เฮ็ดงานต่อ มีผมกับลูกชาย",
    "คนไปแค่", "ไปแค่ 2 คน", "ไปด้วยกันแค่สองคนค่ะ", "คนไปหาเงิน"])
def test_a_count_fixed_is_no_name(text: str) -> None:
    assert read_name(text, None) is None
    assert name_before_phone(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("ไปรยาค่ะ", "ไปรยา"), ("คนองศักดิ์ครับ 0812345678", "คนองศักดิ์"),
    ("สุริยาครับ 0931186620 แต่ไปแค่ 2 คน", "สุริยา")])
def test_names_starting_like_those_words_stay(text: str, name: str) -> None:
    assert read_name(text, None) == name


def test_a_name_before_a_phone_with_a_fix_is_kept() -> None:
    assert name_before_phone("สมชาย 0812345678 แต่ไป 2 คน") == "สมชาย"
    assert name_before_phone("สมชาย ไป 2 คน") is None  # a count, no phone


@pytest.mark.parametrize(("text", "name"), [
    ("ขอใส่ชื่อจริงครับ ธนวัฒน์ แก้วมณี", "ธนวัฒน์ แก้วมณี"),
    ("ชื่อจริง ธนวัฒน์ แก้วมณีครับ", "ธนวัฒน์ แก้วมณี"),
    ("ชื่อเล่นบิ๊ก ชื่อจริงธนวัฒน์ แก้วมณี", "ธนวัฒน์ แก้วมณี (บิ๊ก)"),
    ("ชื่อจริงธนวัฒน์ครับ", "ธนวัฒน์")])
def test_the_real_name_is_the_full_one(text: str, name: str) -> None:
    assert extract_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อจริงธนวัฒน์ ตกงานครับ", "ธนวัฒน์"), ("ชื่อจริงธนวัฒน์ อยู่ชลบุรี", "ธนวัฒน์")])
def test_after_the_real_name_a_story_is_no_surname(text: str, name: str) -> None:
    assert extract_name(text) == name


def test_the_real_name_after_sending_replaces_the_nickname() -> None:
    assert contact_fix("ขอใส่ชื่อจริงครับ ธนวัฒน์ แก้วมณี") == (None, "ธนวัฒน์ แก้วมณี")
    assert contact_fix("ขอบคุณครับ") is None


@pytest.mark.parametrize(("text", "name"), [
    ("แม่น้องชื่อรอฮานีค่ะ", "รอฮานี"), ("แม่ของน้องชื่อรอฮานี", "รอฮานี"),
    ("พ่อเด็กชื่อสมชาย 0812345678", "สมชาย"), ("ยายคนไข้ชื่อคำปุ่นค่ะ", "คำปุ่น"),
    ("คนไข้ชื่อ วิชัย ศรีบุญ ค่ะ เบอร์คนไข้ 0987034416", "วิชัย ศรีบุญ")])
def test_a_helper_names_the_family_to_call(text: str, name: str) -> None:
    """A nurse answering "what should the officer call you?" for a baby's family gives
    the mother's name: the officer calls the family, not the nurse."""
    assert read_name(text, None) == name


@pytest.mark.parametrize("text", ["แม่ผมชื่อมาลี", "แม่ของผมชื่อมาลีครับ"])
def test_the_writers_own_mother_is_someone_else(text: str) -> None:
    assert read_name(text, None) is None


@pytest.mark.parametrize("text", [
    "ยายคนไข้ชื่อคำปุ่นค่ะ", "แม่น้องชื่อรอฮานี ตกงานค่ะ", "คนไข้ชื่อสมชายค่ะ"])
def test_in_a_story_the_familys_name_is_not_the_writers(text: str) -> None:
    assert extract_name(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อ สมชาย นามสกุล ใจดี", "สมชาย ใจดี"), ("แดง ค่ะ เบอร์ 0812345678", "แดง"),
    ("เรียก ต้อย ก็ได้ค่ะ", "ต้อย"), ("นายสมศักดิ์ ใจมั่น", "สมศักดิ์ ใจมั่น"),
    ("ยายคำปุ่นค่ะ", "ยายคำปุ่น")])
def test_common_patterns(text: str, name: str) -> None:
    assert read_name(text, None) == name


def test_forgot_to_say_is_no_refusal() -> None:
    text = "ลืมบอก หลานมีสามคนเด้อ คนกลางอีกคน รวมยายเป็น4คน"
    assert not is_refusal(text)
    assert not no_phone(text)


@pytest.mark.parametrize("text", ["ลืมค่ะ", "ลืมเบอร์ค่ะ", "ลืมบอก", "จำไม่ได้"])
def test_forgot_alone_is_still_a_refusal(text: str) -> None:
    assert is_refusal(text)
