"""Review rev3 of the g107/g108 readings (50731da..7ad35a8): probe sentences the new rules
must read and must not read."""

from __future__ import annotations

import pytest

from dialogs.means import well_off
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.questions import is_question
from dialogs.readers import read_hardship
from dialogs.slots import read_sensitive_consent

_NONE = {"no_shelter": False, "no_food": False, "no_fare": False}


# money back wished is said aside, but excuses no other "but": money out of reach is a lack
@pytest.mark.parametrize("text", [
    "มีเงินอยู่ในบัญชี แต่บัตรATMโดนกลืน อยากได้คืน",
    "มีเงินเดือนค่ะ แต่นายจ้างเก็บพาสปอร์ตไว้ อยากได้คืน",
    "มีเงินแต่กระเป๋าตังค์ตกรถทัวร์ อยากได้คืนบ้าง",
    "มีเงินอยู่ แต่ค่ารถแพงมาก อยากได้คืน",
    "มีตังค์ แต่โดนแฟนเอาไป อยากได้คืน",
])
def test_money_out_of_reach_is_no_means(text: str) -> None:
    assert not well_off(text)
    assert read_hardship(text, None) != _NONE


@pytest.mark.parametrize("text", [
    "ก็ไม่ถึงกับไม่มีหรอกครับ มีเงิน มีที่พักโรงแรม แต่อยากได้คืนบ้าง",  # dev107
    "มีเงินครับ แต่อยากได้ตังคืนบ้าง",
    "ไม่ถึงกับลำบาก มีเงินเดือนอยู่",
])
def test_means_had_and_some_back_wished_is_no_hardship(text: str) -> None:
    assert well_off(text)


# "นี่" ends a -nny name only (เจนนี่, วินนี่); after another name it is "this", not the name
@pytest.mark.parametrize(("text", "want"), [
    ("ชื่อแดงนี่ค่ะ", "แดง"),
    ("ชื่อสมชายนี่ครับ", "สมชาย"),
    ("ต้นนี่นะครับ", "ต้น"),
    ("แม่นี่ค่ะ", None),
    ("เจนนี่ค่ะ", "เจนนี่"),
    ("วินนี่", "วินนี่"),
    ("ผมชื่อจอนนี่ครับ", "จอนนี่"),
])
def test_nii_joins_a_nny_name_only(text: str, want: str | None) -> None:
    assert extract_name(text, bare=True) == want


# nightmares that go on are the mind's care; a figure of speech, one night, a trade are not
@pytest.mark.parametrize(("text", "mental"), [
    ("เมื่อคืนฝันร้ายว่าแม่ตาย", False),
    ("ชีวิตตอนนี้เป็นฝันร้ายที่สุด", False),
    ("นี่มันฝันร้ายชัดๆ", False),
    ("เจอแบบนี้ยังกะฝันร้าย", False),
    ("ตื่นมาจากฝันร้ายแล้วค่ะ", False),
    ("เหมือนตกอยู่ในฝันร้าย", False),
    ("ผมเคยทำงานเป็นนักจิตวิทยาครับ", False),
    ("ลูกสาวเรียนจบนักจิตวิทยา", False),
    ("ฝันร้ายบ่อยมาก นอนไม่หลับ", True),
    ("ลูกฝันร้ายทุกคืนตั้งแต่โดนไล่ออกจากห้อง", True),
    ("ยังฝันร้ายอยู่ค่ะ", True),
    ("อยากคุยกับนักจิตวิทยาครับ", True),
    ("เคยไปหานักจิตวิทยาที่โรงพยาบาล อยากไปต่อ", True),
])
def test_nightmares_and_psychologists(text: str, mental: bool) -> None:
    assert ("mental" in parse_needs(text)) is mental


# slang asking, never a tyre patched nor despair told
@pytest.mark.parametrize(("text", "asks"), [
    ("ยางรถแตก เลยต้องไปปะ", False),
    ("เสื้อขาดก็เอามาปะ", False),
    ("ไม่มีตังเลย ไม่รู้จะทำไรดี", False),
    ("เครียดจนไม่รู้จะทำไรอ่ะ", False),
    ("ขอค่ารถได้ปะ", True),
    ("ใช่ปะครับ", True),
    ("ต้องใช้ไรแทนบัตร", True),
    ("จะกลับไปทำไรดีอะ", True),
])
def test_slang_asking(text: str, asks: bool) -> None:
    assert is_question(text) is asks


# a mind changed with nothing after it takes the yes back: asked again, never a yes
@pytest.mark.parametrize(("text", "want"), [
    ("ยินยอมครับ... เปลี่ยนใจครับ", None),
    ("จดได้ค่ะ คิดอีกที", None),
    ("ไม่อยากให้จดครับ... เอ่อ คิดอีกที จดได้ครับ", True),
    ("ได้ค่ะ เปลี่ยนใจแล้ว ไม่ต้องจด", False),
    ("ยินยอมครับ", True),
])
def test_a_mind_changed_last(text: str, want: bool | None) -> None:
    assert read_sensitive_consent(text, None) is want
