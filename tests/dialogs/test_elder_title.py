"""An elder known by the title they give themselves (dev15: a widow of 71 who answers
one thing at a time gives only "ยายจันทร์" as her name; her age was never recorded)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.elder_title import elder_by_title, elder_hinted
from dialogs.engine import Dialog
from dialogs.types import CreateCase

from .test_engine import Chat, consented


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
    assert elder_hinted(text).get("care_again") is True


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


def test_a_hint_in_the_first_message_is_kept_through_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีครับหลาน")  # dev14: a man of 78 who answers one thing at a time
    chat.say("ยินยอม")
    assert chat.state.data.get("care_again") is True


def test_one_who_answers_places_one_at_a_time_is_asked_the_escort(dialog: Dialog) -> None:
    chat = consented(dialog)  # dev7: a grandmother of 80 travelling alone
    chat.say("ไม่มีตังค่ารถจ้ะ")
    chat.say("มีจ้ะ")
    chat.say("อยุธยาจ้ะ")  # the places question, its first part only
    assert chat.state.data.get("one_part") is True
    chat.say("พิดโลก")
    chat.say("ยายคนเดียวจ้ะ อายุ 80")
    chat.say("ด่วนจ้ะ นอนศาลาท่ารถมาสองคืนแล้ว")  # the escort invited, nothing said of it
    assert chat.state.data.get("slot") == "travel_alone"


def test_one_who_answers_both_places_is_not(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีตังค่ารถจ้ะ")
    chat.say("มีจ้ะ อยู่อยุธยา จะกลับพิดโลก")
    assert "one_part" not in chat.state.data


@pytest.mark.parametrize("text", ["ตาไม่ดีค่ะ", "ตาจะบอด", "ตาเป็นต้อกระจก"])
def test_the_eye_is_no_elder(text: str) -> None:
    assert elder_hinted(text) == {}


def test_grandpa_speaking_of_himself_is(dialog: Dialog) -> None:
    assert elder_hinted("ตาอยากกลับบ้านจ้ะ").get("care_again") is True


def test_the_card_answered_alone_is_no_sign(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถ")
    chat.say("มีบัตรค่ะ")  # the card asked with the places: answering it alone is common
    assert "one_part" not in chat.state.data


def test_a_place_told_with_a_question_is_no_sign(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถ")
    chat.say("มีบัตรค่ะ")
    chat.say("อยู่ชลบุรีค่ะ ต้องไปรับเงินที่ไหนคะ")
    assert "one_part" not in chat.state.data
