"""Review rev1 (commits 4fd00b7, a664656, 593170e): real Thai the new readers misread, and
the readings they were written for, kept."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs import readers
from dialogs.consent_preview import split_consent
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.parse_numbers import clean_text
from dialogs.questions import is_question
from dialogs.understand import read_message
from dialogs.urgency import read_urgent


# tone marks put back: the words meant, never a name's letters
@pytest.mark.parametrize(("text", "expected"), [
    ("คืนนีไมรูจะนอนไหน", "คืนนี้ไม่รู้จะนอนไหน"),
    ("ลุงแกแลว", "ลุงแก่แล้ว"),
    ("ตอนนีเราอยู่ระยอง", "ตอนนี้เราอยู่ระยอง"),
    ("บ่รูจักใคร", "บ่รู้จักใคร"),
    ("ไม่รูมาก่อน", "ไม่รู้มาก่อน"),
    ("บอกลุงแกแล้ว", "บอกลุงแกแล้ว"),
    ("ช่วยดูแลวันละ300", "ช่วยดูแลวันละ300"),
    # harmful before: a name spoilt, a room made "know"
    ("ชื่อวันนีย์ค่ะ", "ชื่อวันนีย์ค่ะ"),
    ("ไม่มีรูมเมท", "ไม่มีรูมเมท"),
])
def test_tone_marks(text: str, expected: str) -> None:
    assert clean_text(text) == expected


def test_name_with_a_silenced_letter() -> None:
    assert read_message("ชื่อวันนีย์ค่ะ").get("name") == "วันนีย์"


# "คะ" first: a yes with an answer, a "huh?" with a question
@pytest.mark.parametrize(("text", "expected"), [
    ("คะ มีคะ", (True, "มีคะ")),
    ("คะ ไม่มีบัตร อยู่ชลบุรี", (True, "ไม่มีบัตร อยู่ชลบุรี")),
    ("คะ หมายถึงอะไรคะ", (False, "คะ หมายถึงอะไรคะ")),
    ("คะ อะไรนะคะ", (False, "คะ อะไรนะคะ")),
    ("คะ ไม่เข้าใจค่ะ", (False, "คะ ไม่เข้าใจค่ะ")),
    ("คะ งงค่ะ", (False, "คะ งงค่ะ")),
    ("คะ ต้องเสียเงินไหม", (False, "คะ ต้องเสียเงินไหม")),
])
def test_ka_first(text: str, expected: tuple[bool | None, str]) -> None:
    assert split_consent(text) == expected


# hunger told to "is it urgent?"
@pytest.mark.parametrize(("text", "expected"), [
    ("ข้าวยังไม่ได้กินเลยครับ", True),
    ("ไม่ได้กินข้าวมาสองวัน", True),
    ("หิวค่ะ", True),
    ("ไม่ด่วนค่ะ แค่ยังไม่ได้กินข้าว", False),
    ("ยังไม่หิวค่ะ", None),
    ("เมื่อวานไม่ได้กินอะไร แต่ตอนนี้ได้กินแล้วค่ะ", None),
    # harmful before: a wait granted, food within reach
    ("พรุ่งนี้ก็ได้ค่ะ ยังไม่ได้กินข้าว", None),
    ("ยังไม่ได้กินข้าวเช้า แต่มีเงินซื้อ", None),
    ("ไม่ได้กินข้าวเย็น เพราะอิ่มจากกลางวัน", None),
])
def test_hunger_urgent(text: str, expected: bool | None) -> None:
    assert read_urgent(text, None) is expected


# the name stops at a sentence word the tokeniser cut
@pytest.mark.parametrize(("text", "expected"), [
    ("ชื่อสมศักดิ์ทำงานก่อสร้าง", "สมศักดิ์"),
    ("ชื่อสุดาทำงานบ้าน", "สุดา"),
    ("ชื่อบุญทำค่ะ", "บุญทำ"),
    ("ชื่อทำนอง", "ทำนอง"),
    ("ชื่อเดือนเดินทางมาจากอุบล", "เดือน"),
    ("ชื่ออาทิตย์ค่ะ", "อาทิตย์"),
])
def test_name_stops(text: str, expected: str) -> None:
    assert extract_name(text) == expected


_NONE = {"no_shelter": False, "no_food": False, "no_fare": False}


# "not as bad as that"
@pytest.mark.parametrize(("text", "expected"), [
    ("ไม่ถึงขนาดนั้นค่ะ มีห้อง มีข้าวกิน มีเงินเดือน แค่ตั๋วมันแพง", _NONE),
    ("ไม่ถึงขนาดนั้นค่ะ", _NONE),
    ("ยังไม่ถึงขั้นนั้น", _NONE),
    ("ไม่ได้ลำบากขนาดนั้น", _NONE),
    ("ไม่ถึงขั้นนั้น แต่ไม่มีค่ารถกลับบ้าน", {"no_fare": True}),
    ("ที่พักไม่ถึงขนาดนั้น แต่ข้าวไม่มีกิน", {"no_food": True}),
    # harmful before: money short of a sum, a trouble kept with "แค่"
    ("มีเงินไม่ถึงขนาดนั้นค่ะ ค่ารถตั้ง800", None),
    ("เงินเก็บไม่ถึงขนาดนั้น", None),
    ("ไม่ถึงขนาดนั้นหรอกค่ะ แค่ค่ารถ", None),
])
def test_not_that_bad(text: str, expected: dict[str, bool] | None) -> None:
    assert readers.read_hardship(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("มีหน่วยงานไหนช่วยหางานให้คนพ้นโทษม้ายครับ", True),
    ("ต้องไปขอที่หน่วยงานไหนคะ", True),
    ("ถ้าไม่ได้บัตรต้องไปหน่วยงานไหนคะ", True),
    ("ทำได้ม้ายคะ", True),
    ("ต้องเสียตั้งหม้ายครับ หรือฟรี", True),
    ("หน่วยงานไหนก็ไม่รับ", False),
    ("ไม่มีหน่วยงานไหนช่วย", False),
    ("ม้าย ไม่เอา", False),
    ("ผมม้ายมีเงิน", False),
    # harmful before: none gone to, a widow
    ("ยังไม่ได้ติดต่อหน่วยงานไหนค่ะ", False),
    ("ไม่ได้ไปหน่วยงานไหนมาก่อนเลยค่ะ", False),
    ("ไม่เคยไปหน่วยงานใดค่ะ", False),
    ("ไม่ได้สังกัดมูลนิธิใดครับ", False),
    ("ฉันเป็นแม่ม้ายค่ะ", False),
    ("ผัวตายเป็นม้ายค่ะ", False),
])
def test_asks(text: str, expected: bool) -> None:
    assert is_question(text) is expected


def _home(text: str) -> Any:
    return read_message(text).get("home_province", {}).get("name")


@pytest.mark.parametrize(("text", "expected"), [
    ("หนูหนีผัวที่ตีหนูออกมาจากกรุงเทพเมื่ออาทิตย์ก่อน ตอนนี้มาอยู่บ้านแม่ที่อุบลแล้วค่ะ", "อุบลราชธานี"),
    ("ตอนนี้มาอยู่บ้านแม่ที่อุบลแล้วค่ะ", "อุบลราชธานี"),
    ("มาอยู่บ้านแม่แล้วค่ะ ที่อุบล", "อุบลราชธานี"),
    # harmful before: a plan, a wish, a sister's move read as the writer at home
    ("คงต้องกลับมาอยู่บ้านแม่แล้ว ตอนนี้อยู่ระยอง", None),
    ("ถ้าได้กลับมาอยู่บ้านแม่ที่อุบลแล้วก็สบาย ตอนนี้อยู่ชลบุรี", None),
    ("ตัดสินใจกลับมาอยู่บ้านแม่แล้วค่ะ ตอนนี้ยังอยู่กรุงเทพ", None),
    ("น้องสาวมาอยู่บ้านพ่อที่สุรินทร์แล้ว ผมยังติดอยู่ระยอง", None),
    ("ต้องกลับมาอยู่บ้านแม่ที่อุบลแล้วค่ะ ไม่มีค่ารถ อยู่ชลบุรี", None),
])
def test_at_parents_home(text: str, expected: str | None) -> None:
    assert _home(text) == expected


@pytest.mark.parametrize(("text", "needs", "urgent"), [
    ("เขาส่งตัวกลับมาด่านคลองลึกเมื่อวาน ตอนนี้อยู่อรัญ ขาโดนตีบวมเดินไม่ค่อยได้", ["sick"], None),
    ("ขาโดนตีบวม", ["sick"], None),
    ("ขาโดนผัวตีจนเดินไม่ได้", ["sick"], True),
    ("หนูโดนตีที่ขา", None, True),
    ("เขาโดนตี", None, True),
    ("ขาโดนตีตอนเด็ก", None, None),
    # harmful before: the danger still there, urgency lost
    ("แขนโดนตีเมื่อคืน ผัวขู่จะฆ่า", ["sick"], True),
    ("ขาโดนซ้อมมาเมื่อคืน กลัวมันตามมา", ["sick"], True),
    ("แขนถูกตีเป็นรอยช้ำ ยังอยู่บ้านเดียวกับมัน", ["sick"], True),
    ("แขนโดนตีด้วยไม้ ผัวยังตามหาอยู่", ["sick"], True),
])
def test_limb_beaten(text: str, needs: list[str] | None, urgent: bool | None) -> None:
    said = read_message(text)
    assert said.get("special_needs") == needs
    assert said.get("urgent") is urgent


@pytest.mark.parametrize(("text", "legal"), [
    ("อยากแจ้งความเอาผิดคนที่หลอกผมไปครับ อยากได้คนแนะนำเรื่องกฎหมาย", True),
    ("อยากปรึกษาเรื่องแจ้งความเขาค่ะ กลัวเขาตามมา", True),
    ("อยากแจ้งความเขาค่ะ", True),
    ("นายจ้างแจ้งความจับหนู", True),
    ("ยังไม่ได้แจ้งความเขา", False),
    ("แจ้งความบัตรหายแล้ว", False),
    # harmful before: a complaint refused, "มัน" as "it"
    ("ไม่อยากไปแจ้งความเขา แค่อยากกลับบ้าน", False),
    ("ไม่กล้าไปแจ้งความผัว", False),
    ("ตำรวจบอกให้ไปแจ้งความเขาเอง แต่ไม่อยากยุ่ง", False),
    ("แจ้งความมันยุ่งยาก", False),
])
def test_charges(text: str, legal: bool) -> None:
    assert ("legal" in parse_needs(text)) is legal


@pytest.mark.parametrize(("text", "expected"), [
    ("ลูกเปนเด็กพิเศษ อายุ24แล้วแต่เหมือนเด็ก", ["disabled"]),
    ("ลูกเป็นเด็กพิเศษ อายุ5ขวบ ไปด้วยค่ะ", ["child", "disabled"]),
    ("ลูกไม่ได้เป็นเด็กพิเศษนะคะ แค่ซน", None),
    ("เป็นพี่เลี้ยงเด็กพิเศษ", None),
    # harmful before: one taken along read as nothing, one perhaps read as disabled
    ("พาเด็กพิเศษไปด้วย1คน", ["disabled"]),
    ("ครูบอกว่าลูกอาจจะเป็นเด็กพิเศษ", None),
])
def test_special_child(text: str, expected: list[str] | None) -> None:
    assert read_message(text).get("special_needs") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ขาขาดจากอุบัติเหตุ ไม้ค้ำหัก", ["disabled"]),
    ("ผ่าตัดขา ใช้ไม้ค้ำ", ["sick"]),
    ("หมอเกือบตัดขา ตอนนี้ใช้ไม้ค้ำ ผ่าตัดมา", ["sick"]),  # harmful before: disabled too
])
def test_leg_lost(text: str, expected: list[str]) -> None:
    assert read_message(text).get("special_needs") == expected
