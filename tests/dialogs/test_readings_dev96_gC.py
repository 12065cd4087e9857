"""The dev96 and dev99 readings of group gC: one come to stay at her mother's home now, a
salaried worker "not as bad as that", which office to ask (and the south's "ม้าย"), and a
leg lost for good whose crutch is no healing injury."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.questions import is_question
from dialogs.readers import read_hardship
from dialogs.understand import read_message

from .test_engine import Chat


def _places(text: str) -> tuple[str | None, str | None]:
    said = read_message(text)
    here: dict[str, Any] = said.get("current_province") or {}
    home: dict[str, Any] = said.get("home_province") or {}
    return here.get("name"), home.get("name")


# --- come to stay at the parents' home, now: here is home (dev96) ---

@pytest.mark.parametrize(("text", "where"), [
    ("หนูหนีผัวที่ตีหนูออกมาจากกรุงเทพเมื่ออาทิตย์ก่อน ตอนนี้มาอยู่บ้านแม่ที่อุบลแล้วค่ะ",
     "อุบลราชธานี"),
    ("ตอนนี้มาอยู่บ้านพ่อแม่ที่ศรีสะเกษแล้วครับ", "ศรีสะเกษ"),
    ("กลับมาอยู่บ้านแม่แล้วค่ะ อยู่ขอนแก่น", "ขอนแก่น"),
])
def test_come_to_the_parents_home_now_is_home(text: str, where: str) -> None:
    assert _places(text) == (where, where)


@pytest.mark.parametrize(("text", "here"), [
    ("ส่งลูกมาอยู่บ้านแม่ที่อุบลแล้ว ตัวเองยังอยู่ชลบุรี", "ชลบุรี"),  # the child's stay
    ("ลูกมาอยู่บ้านแม่ที่อุบลแล้ว หนูยังทำงานอยู่ชลบุรี", "ชลบุรี"),
    ("เคยมาอยู่บ้านแม่ที่อุบลแล้ว ตอนนี้อยู่ระยอง", "ระยอง"),  # a stay before
    ("จะมาอยู่บ้านแม่ที่อุบลแล้วค่ะ ตอนนี้อยู่ระยอง", "ระยอง"),  # one going there
    ("มาอยู่บ้านเพื่อนที่อุบลแล้วค่ะ", "อุบลราชธานี"),  # a friend's house
])
def test_no_home_read_from_another_stay(text: str, here: str) -> None:
    assert _places(text) == (here, None)


def test_home_wished_elsewhere_stays_elsewhere() -> None:
    assert _places("มาอยู่บ้านแม่ที่อุบลแล้ว อยากกลับบ้านที่ยโสธร") == ("อุบลราชธานี", "ยโสธร")


def test_at_her_mothers_home_is_asked_at_once(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("หนูหนีผัวที่ตีหนูออกมาจากกรุงเทพเมื่ออาทิตย์ก่อน ตอนนี้มาอยู่บ้านแม่ที่อุบลแล้วค่ะ")
    reply = chat.text("ยินยอมค่ะ")
    assert "ตอนนี้อยู่จังหวัดเดียวกับบ้านใช่ไหมคะ" in reply  # not the trouble, asked again
    assert chat.state.data["answers"]["home_province"]["name"] == "อุบลราชธานี"


# --- "not as bad as that", with what one has: no trouble (dev99) ---

NONE = {"no_shelter": False, "no_food": False, "no_fare": False}


@pytest.mark.parametrize("text", [
    "ไม่ถึงขนาดนั้นค่ะ มีห้อง มีข้าวกิน มีเงินเดือน แค่ตั๋วมันแพง",
    "ไม่ถึงขนาดนั้นหรอกครับ",
    "ไม่ถึงกับลำบากค่ะ มีงานทำ",
    "บ่ถึงขนาดนั้นเด้อ มีเงินเดือนอยู่",
    "ไม่ได้ถึงขั้นนั้นค่ะ แค่อยากประหยัด",
])
def test_not_as_bad_as_that_is_no_trouble(text: str) -> None:
    assert read_hardship(text, None) == NONE


@pytest.mark.parametrize(("text", "trouble"), [
    ("ไม่ถึงขั้นนั้นค่ะ แต่ไม่มีค่ารถกลับ", "no_fare"),
    ("ยังไม่ถึงขั้นนอนข้างถนน แต่ข้าวไม่มีกินแล้ว", "no_food"),
    ("ไม่ถึงขนาดนั้นแต่เงินเดือนไม่พอค่ารถ", "no_fare"),
])
def test_a_trouble_named_beside_it_is_read(text: str, trouble: str) -> None:
    assert (read_hardship(text, None) or {}).get(trouble) is True


def test_a_salaried_worker_not_as_bad_as_that_is_refused(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ขอสมัครรับค่ารถหลบบ้านค่ะ ช่วงปีใหม่จะหลบบ้านพัทลุง ตั๋วแพงจังหู")
    result = chat.say("ได้ค่ะ ไม่ถึงขนาดนั้นค่ะ มีห้อง มีข้าวกิน มีเงินเดือน แค่ตั๋วมันแพง")
    cards = [r.card for r in result.replies if r.card]
    assert cards and cards[0]["eligible"] is False


# --- which office, and the south's "ม้าย": asked (dev99) ---

@pytest.mark.parametrize("text", [
    "ลูกชายพ้นโทษมาอยู่บ้านแล้วค่ะ จะไปสมัครงานโรงงาน เขาให้เอาใบตรวจประวัติอาชญากรไปด้วย "
    "ต้องไปขอที่หน่วยงานไหนคะ",
    "ต้องไปขอที่หน่วยงานไหนคะ",
    "ติดต่อสำนักงานใดได้บ้าง",
    "มีมูลนิธิไหนช่วยคนพ้นโทษ",
    "อยากถามว่ามีหน่วยงานไหนช่วยหางานให้คนพ้นโทษม้ายครับ ไปสมัครไหนเขากะไม่รับ",
    "ช่วยได้ม้าย",
    "มีที่พักให้ม้ายคะ",
])
def test_which_office_or_mai_asks(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize("text", [
    "หน่วยงานไหนก็ไม่รับ",  # any
    "ไม่มีหน่วยงานไหนช่วยเลย",  # none
    "สำนักงานใดๆ ก็ได้",
    "เป็นแม่หม้าย ลูกสองคน",  # a widow
    "ม้ายยย ไม่ใช่",  # no!
    "ม้าย",
    "ไปสมัครไหนเขากะไม่รับ",  # wherever
    "ไม่ได้ตกค้างไหนครับ อยู่บ้านแล้ว แค่อยากได้งาน",
])
def test_no_question_in_any_office_or_a_widow(text: str) -> None:
    assert not is_question(text)


def test_the_record_check_office_is_answered_before_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    reply = chat.text("ลูกชายพ้นโทษมาอยู่บ้านแล้วค่ะ จะไปสมัครงานโรงงาน "
                      "เขาให้เอาใบตรวจประวัติอาชญากรไปด้วย ต้องไปขอที่หน่วยงานไหนคะ")
    assert "กองทะเบียนประวัติอาชญากร" in reply
    assert chat.state.name == st.CONSENT


def test_the_job_office_is_answered_in_southern_words(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("หวัดดีครับ")
    chat.say("ผมพ้นโทษมาได้เดือนนึง อยู่บ้านที่ปัตตานีแล้ว")
    reply = chat.text("อยากถามว่ามีหน่วยงานไหนช่วยหางานให้คนพ้นโทษม้ายครับ ไปสมัครไหนเขากะไม่รับ")
    assert "จัดหางาน" in reply


# --- a leg lost for good: the crutch is the disability's, not a healing injury (dev99) ---

def _care(text: str) -> list[str]:
    return sorted(read_message(text).get("special_needs") or [])


@pytest.mark.parametrize("text", [
    "ผมขาขาดข้างนึงจากอุบัติเหตุตอนทำงานก่อสร้าง นอนแถวสนามหลวงมา3ปี ขอทานบ้าง "
    "ไม้ค้ำยันก็หักแล้ว อยากกลับยโสธรไปอยู่กับน้องสาว",
    "ผมขาขาดข้างนึงจากอุบัติเหตุ ไม้ค้ำยันก็หักแล้ว",
    "ขาขาดเพราะรถชน ใช้ไม้ค้ำ",
    "เป็นอัมพฤกษ์หลังรถล้ม เดินต้องใช้ไม้ค้ำ",
    "เขาขาขาดข้างนึง",
])
def test_a_leg_lost_is_disabled_only(text: str) -> None:
    assert _care(text) == ["disabled"]


@pytest.mark.parametrize(("text", "care"), [
    ("รถชน เดินต้องใช้ไม้ค้ำ", ["sick"]),  # healing
    ("ขาหัก ใช้ไม้ค้ำ", ["sick"]),
    ("ผ่าตัดขามา เดินต้องใช้ไม้ค้ำ", ["sick"]),  # operated on, not cut off
    ("ตาบอด แล้วก็เพิ่งรถชน เดินต้องใช้ไม้ค้ำ", ["disabled", "sick"]),  # blind, and hurt
    ("เขาขาดเงินค่ารถครับ", []),  # he lacks money: no leg at all
    ("แม่เขาขาดยามาสามวัน", []),
])
def test_a_healing_walk_or_a_lack_is_not_a_leg_lost(text: str, care: list[str]) -> None:
    assert _care(text) == care
