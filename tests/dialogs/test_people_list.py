"""Who travels, told as a bare list of people to "how many?" (dev44)."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.people_list import listed_ages, listed_people
from dialogs.readers import read_travellers


@pytest.mark.parametrize(("text", "count"), [
    ("ผม ยาย หลาน", 3),
    ("ผม ยาย หลาน ยายอายุ๘๓ หลานชาย๔ขวบครับ", 3),  # each described again: once
    ("ข้อย ผัว ลูกสาวคนโต๗ขวบ กับน้องคนเล็ก", 4),
    ("ผม ตายาย", 3),  # a pair said as one word is two
    ("ผม เมีย ลูกเล็ก", 3),
    ("ลูกคนโต ลูกคนเล็ก หนู", 3),  # told apart by rank
    ("ลูกชาย ลูกสาว หนู", 3),  # told apart by sex
    ("หนู แม่ พ่อ ค่ะ", 3),
    ("ผม, แม่, น้องสาว", 3),
    ("ผม ยาย ป่วย", 2),  # the list, then what is said of it
    ("ผม แม่ น้อง ยังนอนแคมป์ในสวนได้อีกอาทิตย์นึงคับ", 3),  # dev45: then the urgency
    ("ข้อย เมีย แม่เฒ่า ลูกน้อย ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนครับ แม่เฒ่า๗๐ปีครับ ลูกน้อยขวบเดียว", 4),
])
def test_a_bare_list_with_the_writer_is_counted(text: str, count: int) -> None:
    assert listed_people(text) == count
    assert read_travellers(text, None) == count


@pytest.mark.parametrize("text", [
    "ผม",  # one word: the count is read elsewhere, or asked
    "ยาย หลาน",  # the writer not in it: whether they go is unsaid
    "ผม ลูกๆ",  # children, how many unsaid
    "ผม แม่ผมอยู่บ้าน",  # kin who stay
    "ผม ยาย ไม่ไป",  # denied
    "ผม ยายตาบอด",  # a blind grandmother, not grandfather and grandmother
    "ผม เมีย ลูก 2",  # a number: how many children, read by the count reader
    "ผม แม่ มาส่ง",  # the mother sees him off
    "หนูกับลูก 2 คน แม่หนู",  # a count said: read by the count reader
])
def test_anything_else_is_no_list(text: str) -> None:
    assert listed_people(text) is None


def test_a_count_said_with_the_list_wins() -> None:
    assert read_travellers("ผม เมีย ลูก 2", None) == 4


@pytest.mark.parametrize(("text", "count", "needs"), [
    ("๓๒ ๒๙ ๔ขวบ เขาให้ออกจากแคมป์วันนี้ครับ", 3, {"child"}),  # dev45: ages only
    ("๓๔ ๓๒ ๑๐ ๖", 4, {"child"}),
    ("30, 28 และ 5 ขวบ", 3, {"child"}),
    ("30 8 เดือน", 2, {"child"}),
    ("65 70", 2, {"elderly"}),
])
def test_ages_listed_are_the_people(text: str, count: int, needs: set[str]) -> None:
    assert listed_ages(text) == (count, frozenset(needs))
    assert read_travellers(text, None) == count


@pytest.mark.parametrize("text", [
    "32",  # one number: a count, read elsewhere
    "081 234 5678",  # a phone number
    "3 4",  # no grown-up among them: not ages
    "20 3 คน", "50 100 บาท",  # a count, a sum
])
def test_numbers_that_are_no_ages(text: str) -> None:
    assert listed_ages(text) is None


def test_numbers_run_together_are_no_age() -> None:
    """"๓๒ ๒๙ ๔ขวบ" read without spaces was one age of 32294: elderly."""
    assert "elderly" not in extract_facts("๓๒ ๒๙ ๔ขวบ").special_needs


@pytest.mark.parametrize("text", [
    "ผม เมีย ลูก แต่เมียจะอยู่ต่อ", "ผม เมีย ลูก ยกเว้นเมีย", "ผม แฟน จริงๆแฟนจะอยู่ต่อ",
    "ผม แม่ ลูก แต่แม่ขอไปทีหลัง", "หนู ลูก สามี ทำงานอยู่ที่นี่", "ผม แม่ เพิ่งเสีย",
    "ผม น้อง ติดคุก", "ผม เพื่อน แต่เพื่อนยังไม่ได้ตัดสินใจ", "ผม เมีย ลูก แต่ลูกยังไม่แน่ใจ"])
def test_one_of_the_list_taken_out_or_in_doubt_is_no_count(text: str) -> None:
    """The first review: a clause after the list that takes one out was not read."""
    assert listed_people(text) is None


@pytest.mark.parametrize(("text", "count"), [
    ("3 65ปี", 3), ("1 60", 1), ("2 65 70", 2), ("2 60 65", 2), ("3 70 40 10", 3), ("2 30", 2)])
def test_a_count_then_ages_is_the_count(text: str, count: int) -> None:
    """The first review: the count said first was read as a small child's age."""
    assert listed_ages(text) is None
    assert read_travellers(text, None) == count
