"""An elder known by the title they give themselves (dev15: a widow of 71 who answers
one thing at a time gives only "ยายจันทร์" as her name; her age was never recorded)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.elder_title import elder_by_title
from dialogs.engine import Dialog
from dialogs.types import CreateCase

from .test_engine import consented


@pytest.mark.parametrize("name", ["ยายจันทร์", "ตาสม", "ตาเปลี่ยน", "ย่าบุญ", "ปู่มา", "ยายบุญมา"])
def test_an_elders_title_records_an_elder(name: str) -> None:
    assert elder_by_title({"name": name, "special_needs": []})["special_needs"] == ["elderly"]


@pytest.mark.parametrize("name", ["ตาล", "ตาม", "ยาย", "ลุงเปลี่ยน", "ป้าแดง", "ตาหวาน", "สมชาย"])
def test_other_names_say_nothing_of_age(name: str) -> None:
    assert elder_by_title({"name": name, "special_needs": []})["special_needs"] == []


def test_care_needs_told_are_kept() -> None:
    got = elder_by_title({"name": "ยายจันทร์", "special_needs": ["sick"]})
    assert got["special_needs"] == ["elderly", "sick"]


def test_the_case_sent_records_the_elder(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถจ้ะ")
    chat.say("มีจ้ะ อยู่ชัยนาท จะกลับสุโขทัย")
    chat.say("คนเดียว ไม่ด่วน")
    result = chat.say("ยายจันทร์ 056412337")
    assert chat.state.name == st.DONE
    cases = [e for e in result.effects if isinstance(e, CreateCase)]
    assert cases and "elderly" in cases[0].case["special_needs"]
