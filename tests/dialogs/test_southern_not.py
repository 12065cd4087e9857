"""Southern "ม่าย" is "ไม่" (dev28: "ม่ายมีตังค์ ม่ายมีที่นอน ..." was not understood three
times and screening paused; "ม่ายได้เดือดร้อนไหร่" is no hardship); never the widow."""

from __future__ import annotations

import pytest

from dialogs.understand import read_message


@pytest.mark.parametrize("text", [
    "ม่ายมีตังค์ ม่ายมีที่นอน ไต๋ไล่ลงจากเรือแล้ว ข้าวแกงที่บ้านหรอยกว่านิ อยากหลบแล้ว",
    "ม่ายมีที่ไป ม่ายมีตังค์ ขายโรตีได้เงินผัวเอาไปหมด"])
def test_mai_is_not(text: str) -> None:
    told = read_message(text)
    assert told["no_shelter"] is True and told["no_food"] is True


def test_no_trouble_said_the_southern_way() -> None:
    told = read_message("ม่ายได้เดือดร้อนไหร่ ทำงานโรงงานอยู่ เงินเดือนออกแล้ว ค่ารถก็มี แค่อยากประหยัด")
    assert told["no_shelter"] is False and told["no_fare"] is False


@pytest.mark.parametrize("text", ["แม่ม่ายมีลูกสองคน", "เขาเป็นม่ายมีลูกติด",
                                  "ยายเป็นแม่หม่ายมีบ้านอยู่ที่สงขลา",
                                  "แม่หม่ายได้เงินเดือนละนิดหน่อย"])
def test_the_widow_is_no_negation(text: str) -> None:
    assert "no_shelter" not in read_message(text) and "no_food" not in read_message(text)


def test_a_widow_with_a_card_has_it() -> None:
    """Found in review: "หม่าย" was matched from its ม, so "แม่หม่ายมีบัตร" lost the card."""
    assert read_message("เป็นแม่หม่ายมีบัตรค่ะ")["id_card"] is True
