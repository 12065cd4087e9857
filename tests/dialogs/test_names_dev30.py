"""dev30 names: a name run on into the story with no space, where "just" is spelled พึ่ง
("หนูชื่อแพรวพึ่งถูกช่วยออกมา"), stops before it as before เพิ่ง."""

from __future__ import annotations

import pytest

from dialogs.names import extract_name


@pytest.mark.parametrize(("text", "name"), [
    # dev30 Poipet rescue, the story with no spaces (its opening)
    ("สวัสดีค่ะหนูชื่อแพรวพึ่งถูกช่วยออกมาจากตึกที่ปอยเปตค่ะโดนหลอกว่าไปทำงานแอดมินเงินดี", "แพรว"),
    ("หนูชื่อแพรวพึ่งออกจากโรงพยาบาลค่ะ", "แพรว"),
    ("หนูชื่อแพรวเพิ่งถูกช่วยออกมา", "แพรว"),  # spelled เพิ่ง: as it was
    ("ผมชื่อสมชาย พึ่งตกงานครับ", "สมชาย"),
])
def test_name_stops_before_just(text: str, name: str) -> None:
    assert extract_name(text) == name


def test_pueng_ending_a_name_stays_in_it() -> None:
    assert extract_name("ชื่อบุญพึ่งครับ") == "บุญพึ่ง"
