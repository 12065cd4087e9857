"""Names, the card, and needs told after sending (dev23, dev24): a name run on into the
story ("ชื่อสมชายตกงานครับ"), a surname that reads as a yes ("ดีมาก"), a nickname after a
refusal of the real name, a surname fixed after sending, a card with a carer, a duty to
report to probation told beside a question, an allowance already had."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.after_needs import statements
from dialogs.card_reader import read_id_card
from dialogs.contact import contact_fix
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.refusals import refuses_name
from dialogs.types import AddNeeds

from .test_after_needs import sent


@pytest.mark.parametrize(("text", "name"), [
    ("สวัสดีครับผมชื่อสมชายตกงานครับอยากกลับบ้านอุดรแต่ไม่มีค่ารถครับ", "สมชาย"),  # dev24
    ("ผมชื่อสมชายอยู่ชลบุรี", "สมชาย"),
    ("ชื่อบุญมีครับ", "บุญมี"),
    ("ชื่อสมศักดิ์ครับ", "สมศักดิ์"),
    ("ชื่อวันดีครับ", "วันดี"),
])
def test_a_name_stops_where_the_story_goes_on(text: str, name: str) -> None:
    assert extract_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("อนุชา ดีมาก 0956673218", "อนุชา ดีมาก"),  # dev24: ดีมาก, 'very good', a surname
    ("สมชาย ใช่ครับ 0812345678", "สมชาย"),
    ("สมชาย ถูกต้องครับ 0812345678", "สมชาย"),
    ("มาลี ดีค่ะ 0812345678", "มาลี"),
    ("สมชาย ยินยอมค่ะ 0812345678", "สมชาย"),
    ("สมชาย โอเคค่ะ 0812345678", "สมชาย"),
    ("สมชาย ตกลงครับ 0812345678", "สมชาย"),
])
def test_a_surname_reading_as_yes_before_the_phone(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


def test_a_surname_reading_as_yes_needs_the_phone_after_it() -> None:
    assert extract_name("อนุชา ดีมาก", bare=True) == "อนุชา"


@pytest.mark.parametrize(("text", "name"), [
    # dev23: the real name refused, a nickname to call her by
    ("ไม่อยากบอกชื่อจริงค่ะ กลัวเขาตามเจอ เรียกหนูว่ามายด์ได้ไหมคะ ๐๘๖๑๒๓๔๕๖๗", "มายด์"),
    ("ชื่อจริงไม่บอก เรียกต้อยค่ะ", "ต้อย"),
])
def test_a_nickname_after_the_real_name_refused(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


def test_a_refused_name_gives_no_name_from_what_follows() -> None:
    assert extract_name("ไม่สะดวกบอกชื่อค่ะ กลัวเขาตามเจอ", bare=True) is None


def test_the_surname_fixed_after_sending_keeps_the_first_name() -> None:
    text = "นามสกุลพิมพ์ผิดค่ะ ที่ถูกคือ ศรีบุญเรือง นอกนั้นถูกแล้วค่ะ"  # dev24
    assert contact_fix(text, "วันเพ็ญ ศรีบุญเรีอง") == (None, "วันเพ็ญ ศรีบุญเรือง")
    assert contact_fix(text) is None  # no name known: asked in full, never "X นอกนั้นถูก"
    assert contact_fix("ชื่อผิดเจ้า ต้องเป็น บัวแก้ว ปัญญาวงค์ บ่ใช่บัวแก่น", "บัวแก่น ปัญญาวงค์") == (
        None, "บัวแก้ว ปัญญาวงค์")


@pytest.mark.parametrize(("text", "had"), [
    ("บัตรประชาชนของลูกอยู่กับหลวงพ่อค่ะ", True),  # dev23: the son kept at a temple
    ("บัตรประชาชนของลูกอยู่กับหลวงพ่อค่ะ บ้านอยู่นครพนมค่ะ", True),
    ("บัตรอยู่กับพยาบาลค่ะ", True),
    ("บัตรอยู่กับนายจ้าง เขายึดไว้", False),
])
def test_a_card_with_a_carer_is_had(text: str, had: bool) -> None:
    assert read_id_card(text, None) is had


def test_a_carer_who_will_not_give_it_back_says_nothing_sure() -> None:
    assert read_id_card("บัตรอยู่กับหลวงพ่อ แต่ท่านไม่คืนให้", None) is not True


def test_a_duty_to_report_to_probation_beside_a_question_tells() -> None:
    text = ("อยากหางานทำครับ ไม่รู้ใครจะรับคนเคยติดคุกบ้าง "
            "แล้วต้องไปรายงานตัวคุมประพฤติที่สุรินทร์ด้วย ต้องไปที่ไหนครับ")  # dev24
    assert "probation" in parse_needs(statements(text))
    assert parse_needs(statements("ต้องใช้เอกสารอะไรบ้างคะ")) == []


def test_an_allowance_already_had_is_no_need(dialog: Dialog) -> None:
    chat = sent(dialog)
    result = chat.say("ไม่มีครับ เบี้ยคนแก่ผมก็ได้อยู่แล้วทุกเดือน")  # dev24
    added = [e for e in result.effects if isinstance(e, AddNeeds)]
    assert added and added[0].needs == () and added[0].referrals == ()
    assert added[0].care == ("elderly",)
    assert result.replies[0].text == texts.AFTER_SENT_OK
    assert chat.state.name == st.DONE


def test_an_allowance_wished_for_is_a_need(dialog: Dialog) -> None:
    chat = sent(dialog)
    result = chat.say("เบี้ยคนแก่ยังไม่เคยได้สักทีครับ")
    assert any(isinstance(e, AddNeeds) and "elderly" in e.needs for e in result.effects)


@pytest.mark.parametrize("text", [
    "ไม่อยากบอกชื่อจริงค่ะ อายเขา เรียกป้าก็ได้ 0897720461",  # dev12: the phone given
    "ไม่อยากบอกนามสกุลค่ะ",
])
def test_the_real_name_refused_is_a_refusal_of_the_name(text: str) -> None:
    assert refuses_name(text)


def test_the_phone_refused_too_is_no_refusal_of_the_name_only() -> None:
    assert not refuses_name("ไม่อยากบอกชื่อจริงกับเบอร์ค่ะ")
