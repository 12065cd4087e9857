"""Side effects of the dev67-dev72 readings found in review: what the old reading got
right stays right (names cut at any word, "101" in a fare or an address, a doctor's
appointment run on after "บ้าน", "cannot" before the urgency), and the new readings reach
every path (the urgency slot, the travellers answer, the at-home question)."""

from __future__ import annotations

import pytest

from dialogs.at_home import AT_HOME_ASK
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.questions import is_question
from dialogs.refusals import refuses_name
from dialogs.slots import BY_KEY
from dialogs.types import RequestHandoff
from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency

from .test_readings_dev70 import _at_home_asked


@pytest.mark.parametrize(("text", "want"), [
    # only "มี" joins a name ("กามีลา"); "อยู่", "กับ", "ไม่", "จะ", "แต่" end it, as before
    ("ชื่อนกอยู่ตากค่ะ", "นก"), ("ดาอยู่กทม", "ดา"), ("ชื่อปูกับพี่ค่ะ", "ปู"),
    ("ดาไม่สบาย", "ดา"), ("ปูจะพัก", "ปู"), ("ชื่อดามีพี่", "ดา"), ("ชื่อดามีแมว", "ดา"),
    ("กามีลา 0873334455", "กามีลา"), ("ชื่ออามีนะห์ค่ะ", "อามีนะห์"),
])
def test_a_name_ends_where_it_did(text: str, want: str) -> None:
    assert extract_name(text, bare=True) == want


@pytest.mark.parametrize(("text", "want"), [
    ("ชื่ออยู่ข้างบนแล้วค่ะ", None), ("ชื่ออยู่ด้านล่าง", None), ("ชื่อจะยาวนะคะ", None),
    ("ชื่อมีเยอะ", None), ("ชื่อจะแฮค่ะ", "จะแฮ"), ("ชื่ออยู่เย็นค่ะ", "อยู่เย็น"),
])
def test_where_the_name_is_is_no_name(text: str, want: str | None) -> None:
    assert extract_name(text) == want


@pytest.mark.parametrize("text", [
    "ค่ารถกลับ 101 ค่ะ", "กลับบ้าน 101 กิโล", "ค่าตั๋วไปกลับ 101", "บ้านที่ 101 ซอย 5",
])
def test_101_in_a_fare_or_an_address_is_no_roi_et(text: str) -> None:
    home = read_message(text).get("home_province") or {}
    assert home.get("name") != "ร้อยเอ็ด"


def test_a_province_named_after_an_address_wins() -> None:
    got = read_message("บ้านที่ 101 ต.นาโพธิ์ จ.บุรีรัมย์")
    assert got["home_province"]["name"] == "บุรีรัมย์"
    assert read_message("จะกลับบ้าน101 ค่ะ")["home_province"]["name"] == "ร้อยเอ็ด"


@pytest.mark.parametrize("text", ["อยากกลับบ้านหมอนัดวันจันทร์", "นอนศาลายาหมด"])
def test_a_need_run_on_after_a_place_word(text: str) -> None:
    assert parse_needs(text) == ["health"]


@pytest.mark.parametrize(("text", "urgent"), [
    # "cannot", then the urgency after a space (dev56: "หนูไปรับบ่ได้ ด่วนเจ้า")
    ("กลับบ้านบ่ได้ ด่วนค่ะ", True), ("ไปบ่ได้ ด่วนครับ", True), ("กลับไม่ได้ ด่วนค่ะ", True),
    ("บ่ได้ด่วน", False), ("ไม่ได้ด่วนค่ะ", False),
    # "can it?" before the urgency at the urgency question too
    ("ไปได้บ่ ด่วน", True), ("ไปได้ บ่ด่วน", False),
])
def test_cannot_then_urgent(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent
    assert BY_KEY["urgent"].parse(text, None) is urgent


def test_cannot_then_urgent_in_a_story() -> None:
    assert read_message("กลับบ้านบ่ได้ ด่วนมาก บ่มีตังค์")["urgent"] is True


def test_southern_no_in_the_travellers_answer() -> None:
    """dev68: the count with "หม้ายมีที่นอน" was read as a room kept."""
    assert said_urgency("ยายคนเดียว คืนนี้ยายนั่งอยู่ป้ายรถ หม้ายมีที่นอนจ้ะ ยายอายุ ๗๔ แล้ว") is True


@pytest.mark.parametrize(("text", "count"), [
    ("ไป 2 คนค่ะ เอ้ย 3 ทุ่มจะออก", 2), ("2 คน เอ้ย 3 ชั่วโมง", 2), ("2 คน เอ้ย 3 ค่ะ", 3),
])
def test_a_time_after_a_slip_is_no_count(text: str, count: int) -> None:
    assert BY_KEY["travellers"].parse(text, None) == count


@pytest.mark.parametrize(("text", "asks"), [
    ("ต้องไปตัดไหมคะ", True), ("อยากไปตัดไหมครับ", False), ("หมอนัดไปตัดไหม", False),
])
def test_going_to_have_stitches_out(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def test_isan_refusal_of_the_name() -> None:
    assert refuses_name("บ่อยากบอกชื่อ ขอโทษเด้อ") and refuses_name("บ่บอกชื่อได้บ่ 0956781234")


def test_a_question_at_the_at_home_check_is_answered(dialog: Dialog) -> None:
    chat = _at_home_asked(dialog)
    for question in ("ต้องใช้บัตรไหมคะ", "ได้เงินเท่าไหร่คะ", "กี่วันได้คะ"):
        said = chat.say(question)
        assert not said.effects and AT_HOME_ASK in said.replies[-1].text
        assert said.replies[0].text != said.replies[-1].text


def test_after_the_handoff_the_at_home_count_starts_again(dialog: Dialog) -> None:
    chat = _at_home_asked(dialog)
    for _ in range(3):
        chat.say("บ้านอยู่ปัว ห่างจากเมือง 60 กิโล")
    assert any(isinstance(e, RequestHandoff) for e in chat.last.effects)
    assert not chat.say("บ้านอยู่ปัว ห่างจากเมือง 60 กิโล").effects  # no second handoff at once


def test_a_no_at_the_at_home_check_opens_the_edit_menu(dialog: Dialog) -> None:
    chat = _at_home_asked(dialog)
    said = chat.say("บ่แม่นเจ้า")
    assert AT_HOME_ASK not in said.replies[-1].text and not said.effects
