"""Yes/no and the whole API re-exported (dialogs.parse); phone and ID numbers:
test_parse_phone_id."""

from __future__ import annotations

import pytest

import dialogs.parse as parse
from dialogs.parse import parse_yes_no
from dialogs.readers import read_travellers


@pytest.mark.parametrize("text", [
    "ใช่", "ใช่ค่ะ", "ใช่ครับ", "ค่ะ", "ครับ", "คับ", "จ้า", "จ้ะ", "ได้", "ได้ค่ะ", "ได้เลยครับ",
    "โอเค", "โอเคค่ะ", "ok", "OK", "okay", "yes", "Yes!", "y", "ถูก", "ถูกต้อง", "ถูกต้องค่ะ",
    "แม่น", "แม่นแล้ว", "เอา", "มี", "มีครับผม", "ยังมี", "ใช่่่่", "ค่าาา", "ค่าา", "yesss",
    "ใช่ค่ะ ผมอยู่ชลบุรี", "๕๕๕ ใช่", "ใช่ๆ", " ใช่\u200bค่ะ ",
    "ได้หนิ", "ตกลงเน้อ", "ok kha", "yes krab", "Okay na ka",  # dialects, Latin particles
    "มีทุกคนครับ", "ใช่ทั้งคู่",  # yes for everyone asked about
])
def test_yes(text: str) -> None:
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", [
    "ไม่", "ไม่ค่ะ", "ม่าย", "ม่ายยย", "บ่", "บ่แม่น", "ไม่มี", "ไม่มีค่ะ", "ไม่ใช่", "ไม่ใช่ครับ",
    "ยัง", "ยังไม่", "ยังไม่มี", "no", "NO", "Nooo", "n", "nope", "ไม่เอา", "ไม่ต้อง", "บ่มี",
    "ไม่ได้", "เปล่า", "ไม่ ใช่", "ไม่ค่ะ ขอบคุณค่ะ", "ครับ ไม่มี", "ไม่เป็นไรค่ะ",
    "ไม่ดีกว่าจ้า", "ไม่เอาดีกว่าครับ",  # "better not"
    "ไม่เอาหนิ", "บ่ได้เนาะ", "no krub", "ไม่มีทั้งสองคนค่ะ",
])
def test_no(text: str) -> None:
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text", [
    "", "   ", "สวัสดี", "ไม่รู้", "ไม่แน่ใจ", "ใช่ ไม่ใช่", "yes no", "ได้ ไม่ได้", "ผมอยู่ชลบุรี",
    "123", "มั้ง", "ครับ ผมอยู่ชลบุรี", "ใช่ " * 100, "ดีกว่า",
])
def test_neither(text: str) -> None:
    assert parse_yes_no(text) is None


def test_parse_reexports_the_whole_api() -> None:
    for name in ("PROVINCES", "Facts", "NationalId", "Province", "extract_facts",
                 "find_provinces", "mask_national_id", "mask_phone", "match_province",
                 "parse_count", "parse_national_id", "parse_phone", "parse_thai_number",
                 "parse_yes_no"):
        assert name in parse.__all__
        assert getattr(parse, name) is not None


def test_a_forged_count_button_is_no_count() -> None:
    assert read_travellers("", "n:x") is None and read_travellers("", "n:3") == 3
    assert read_travellers("", "n:99999") is None
