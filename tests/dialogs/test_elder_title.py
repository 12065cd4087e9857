"""An elder known by the title they give themselves (dev15: a widow of 71 who answers
one thing at a time gives only "ยายจันทร์" as her name; her age was never recorded)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.elder_title import elder_by_title, elder_hinted
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


@pytest.mark.parametrize("text", ["ลุงอยากกลับบ้าน", "ลุงคนเดียว", "สวัสดีครับหลาน", "มี บัตรตลอดชีพ",
                                  "ขอบใจจ้ะหลาน", "ยายคนเดียวจ้ะ อายุ 80"])
def test_an_elder_hinted_is_asked_of_care(text: str) -> None:
    assert elder_hinted(text) == {"care_again": True}


@pytest.mark.parametrize("text", ["ตามหาลูก", "หลานชายอายุ 4 ขวบ", "ป้าแดงร้านข้าวให้นอน", "พ่อคนเดียว",
                                  "สวัสดีค่ะ"])
def test_other_words_hint_nothing(text: str) -> None:
    assert elder_hinted(text) == {}


def test_one_hinted_who_names_no_care_at_the_count_is_asked_it(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เงินหมด")
    chat.say("มี อยู่หาดใหญ่ จะกลับอุตรดิตถ์")
    chat.say("ลุงคนเดียว ด่วน")
    assert chat.state.data.get("slot") == "special_needs"


def test_one_not_hinted_who_names_no_care_is_not(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เงินหมด")
    chat.say("มี อยู่หาดใหญ่ จะกลับอุตรดิตถ์")
    chat.say("คนเดียว ด่วน")
    assert chat.state.data.get("slot") != "special_needs"
