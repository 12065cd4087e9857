"""The fare asked for a holiday trip tells no lack (dev27: a student with a dorm and an
allowance, "อยากขอค่ารถกลับบ้านพิษณุโลกช่วงปีใหม่ค่ะ", was sent as one with no fare home);
the hardship is asked. A lack said with it still counts."""

from __future__ import annotations

import pytest

from dialogs.understand import read_message


def test_a_fare_asked_for_new_year_tells_no_lack() -> None:
    told = read_message("หนูเป็นนักศึกษาอยู่เชียงใหม่ อยากขอค่ารถกลับบ้านพิษณุโลกช่วงปีใหม่ค่ะ 🎉")
    assert "no_fare" not in told and told["home_province"]["name"] == "พิษณุโลก"


@pytest.mark.parametrize("text", ["ขอค่ารถกลับบ้านหน่อยครับ",
                                  "ขอค่ารถกลับบ้านช่วงปีใหม่ค่ะ ตกงาน ไม่มีเงินเลย",
                                  "ไม่มีค่ารถกลับบ้านช่วงสงกรานต์"])
def test_a_lack_said_still_counts(text: str) -> None:
    assert read_message(text).get("no_fare") is True
