"""Names found wrong by dev sets 7 and 8 (dialogs.names): the real name wins over a
nickname, a name after a relative is the relative's, a name may start like a word
("จะหวะ"). Each fix with its near sentence that must not be read that way."""

from __future__ import annotations

import pytest

from dialogs.names import extract_name
from dialogs.readers import read_name
from dialogs.understand import read_message


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อเล่นต้น ชื่อจริงธนากร ศรีสุขครับ โทร 089-456-7123", "ธนากร ศรีสุข (ต้น)"),
    ("ชื่อจริงธนากร ศรีสุข ชื่อเล่นต้นครับ", "ธนากร ศรีสุข (ต้น)"),
    ("ธนากร ครับ เรียกกรก็ได้", "ธนากร"),  # a part of the name: nothing beside it
    ("สมศรีค่ะ เรียกแดงก็ได้", "สมศรี (แดง)")])
def test_the_real_name_first_the_nickname_beside_it(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อเล่นต้นครับ โทร 089-456-7123", "ต้น"), ("เรียกกรก็ได้ครับ", "กร"),
    ("ได้ค่ะ เรียกแดงก็ได้", "แดง"), ("เรียกเอกก็ได้ครับ เบอร์ ๐๘๙๑๒๓๔๕๖๗", "เอก")])
def test_a_nickname_alone_is_still_the_name(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize("text", [
    "โทรหาลูกสาวได้ครับ ชื่อแก้ว 086-111-2233", "ใช้เบอร์เพื่อนค่ะ ชื่อแดง 0812345678",
    "ติดต่อหลานได้ค่ะ ชื่อนก 0812345678"])
def test_a_name_after_a_relative_is_the_relatives(text: str) -> None:
    assert read_message(text).get("name") is None
    assert read_name(text, None) is None


@pytest.mark.parametrize(("text", "name"), [
    ("ลุงเสริมครับ ชื่อแก้ว 086-111-2233", "แก้ว"), ("ป้าค่ะ ชื่อแดง", "แดง"),
    ("ผม ชื่อต้น 0812345678", "ต้น")])
def test_a_name_after_the_writer_is_the_writers(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("จะหวะครับ 0843216789", "จะหวะ"), ("จะหวะครับ", "จะหวะ"), ("จะแฮค่ะ", "จะแฮ"),
    ("อยู่เย็นครับ", "อยู่เย็น")])
def test_a_name_may_start_like_a_word(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize("text", [
    "จะกลับค่ะ", "จะไปค่ะ", "อยู่ชลบุรีค่ะ", "มีค่ะ", "จะหวะ ไม่มีบัตร", "จะโทรไปค่ะ",
    "ไม่มีค่ะ"])
def test_a_sentence_starting_so_is_no_name(text: str) -> None:
    assert read_name(text, None) is None


def test_a_word_start_is_no_name_in_a_story() -> None:
    assert extract_name("จะหวะครับ 0843216789") is None


@pytest.mark.parametrize(("text", "name"), [
    ("ลุงเสริมครับ โทรหาลูกสาวได้ครับ ชื่อแก้ว 086-111-2233", "ลุงเสริม"),
    ("แดงค่ะ ใช้เบอร์เพื่อน ชื่อนก 0812345678", "แดง")])
def test_the_writers_name_before_a_relatives_is_kept(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize("text", ["นายจ้างชื่อสมชาย", "ลูกสาวชื่อแก้ว 086-111-2233"])
def test_only_a_relatives_name_is_no_name(text: str) -> None:
    assert read_name(text, None) is None


def test_a_polite_title_after_the_cue_is_no_part_of_the_name() -> None:
    text = "มี client ชื่อคุณมาลี ต้องการกลับภูมิลำเนาที่ยโสธร ไม่มีค่าเดินทางครับ"
    assert extract_name(text) == "มาลี"
    assert read_name("คุณสมชาย 0812345678", None) == "คุณสมชาย"  # said alone: kept


@pytest.mark.parametrize(("text", "name"), [
    ("จะรีบค่ะ", None), ("จะลองดูค่ะ", None),  # what one will do (review)
    ("แก้วค่ะ เบอร์แม่ 0812345678 แม่ชื่อมาลี", "แก้ว"),  # the mother named after
    ("แม่ชื่อวันเพ็ญค่ะ", "วันเพ็ญ"),  # a mother calling herself แม่, first
])
def test_review_names(text: str, name: str | None) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("วันเพ็ญ อย่าโทรเบอร์เดิมนะคะ ผัวเอาไป ใช้เบอร์แม่ 0843217654", "วันเพ็ญ"),  # dev9
    ("อย่าโทรเบอร์เดิมนะคะ", None), ("สมศรี ใจดี 0812345678", "สมศรี ใจดี")])
def test_a_request_after_the_name_is_no_surname(text: str, name: str | None) -> None:
    assert read_name(text, None) == name
