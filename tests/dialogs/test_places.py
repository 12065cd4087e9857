"""Where the person is and where home is, in one message (dialogs.places via facts)."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts


def _places(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(text)
    here, home = facts.current_province, facts.home_province
    return (here.name_th if here else None, home.name_th if home else None)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("ตอนนี้อยู่ราชบุรี เอ๊ย อยู่เพชรบุรีครับ จะกลับสกลนคร", "เพชรบุรี", "สกลนคร"),
    ("ติดอยู่ที่ตราด อุ๊ย พิมพ์ผิด จันทบุรีค่ะ", "จันทบุรี", None),
    ("บ้านอยู่ยะลา ไม่ใช่ค่ะ บ้านอยู่ปัตตานี ทำงานอยู่ภูเก็ต", "ภูเก็ต", "ปัตตานี"),
    ("จะกลับเลย เอ้ย กลับหนองคายครับ", None, "หนองคาย"),
])
def test_a_place_taken_back_is_replaced(text: str, here: str | None, home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("อยู่นครสวรรค์ ไม่ใช่ อุทัยธานี", "นครสวรรค์", None),  # "not Uthai Thani"
    ("ทำงานอยู่ระนอง ไม่ใช่ ไม่ได้อยู่ชุมพร", "ระนอง", None),
    ("ไม่ใช่ค่ะ อยู่สตูล ไม่ใช่ตรัง", "สตูล", None),
])
def test_a_denial_is_not_a_place_taken_back(text: str, here: str | None,
                                            home: str | None) -> None:
    assert _places(text) == (here, home)
