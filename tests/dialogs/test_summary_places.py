"""A fix at the summary that takes back the home shown ("ไม่ใช่อุดร", "อุดรเป็นที่ทำงาน
เก่า") changes the home, not where the person is (dev9)."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs.provinces import match_province
from dialogs.summary import place_fixes


def _place(name: str) -> dict[str, str]:
    province = match_province(name)
    assert province is not None
    return {"code": province.code, "name": province.name_th}


SHOWN: dict[str, Any] = {"current_province": _place("สุราษฎร์ธานี"),
                         "home_province": _place("อุดรธานี"), "travellers": 1}


def _fixed(text: str) -> tuple[str | None, str | None] | None:
    out = place_fixes(SHOWN, text)
    if out is None:
        return None
    return out["current_province"]["name"], out["home_province"]["name"]


# --- a fix at the summary that takes back the home -----------------------------------

@pytest.mark.parametrize("text", [
    "ขอแก้ค่ะ บ้านจริงอยู่หนองบัวลำภู อุดรเป็นที่ทำงานเก่า",
    "ขอแก้ค่ะ อยู่หนองบัวลำภู อุดรเป็นที่ทำงานเก่า",  # the wrong one named decides
    "ไม่ใช่อุดร หนองบัวลำภูค่ะ",
    "หนองบัวลำภูค่ะ ไม่ใช่อุดร",
    "อุดรผิดค่ะ เป็นหนองบัวลำภู",
])
def test_a_fix_taking_back_the_home_changes_home(text: str) -> None:
    assert _fixed(text) == ("สุราษฎร์ธานี", "หนองบัวลำภู")


@pytest.mark.parametrize("text", [
    "ไม่ใช่สุราษฎร์ อยู่ชุมพร",
    "ไม่ใช่สุราษฎร์ ชุมพรค่ะ",
    "ขอแก้ค่ะ อยู่ชุมพร บ้านอุดร",  # the home said again, not taken back
    "แก้ค่ะ อุดรถูกแล้ว แต่ตอนนี้อยู่ชุมพร",
])
def test_a_fix_taking_back_here_changes_here_not_home(text: str) -> None:  # negative
    assert _fixed(text) == ("ชุมพร", "อุดรธานี")
