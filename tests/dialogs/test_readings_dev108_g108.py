"""Misreadings found in the blind development set dev108 (young people, slang)."""

from __future__ import annotations

import pytest

from dialogs.consent_words import own_facts
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.questions import is_question, just_asking
from dialogs.understand import read_message


# a name ending in นี่ (Jenny, Winnie, Johnny) was cut at นี่, read as "this"
@pytest.mark.parametrize(("text", "want"), [
    ("เจนนี่ค่ะ ชื่อในบัตรยังเป็นชื่อผู้ชายอยู่นะคะ 062-778-1234", "เจนนี่"),  # dev108
    ("เจนนี่", "เจนนี่"),
    ("วินนี่ค่ะ", "วินนี่"),
    ("เรียกเจนนี่ก็ได้ค่ะ", "เจนนี่"),
    ("ผมชื่อจอนนี่ครับ", "จอนนี่"),
    # "this very one", and a name with a sentence after it: the name alone
    ("แดงนี่แหละค่ะ", "แดง"),
    ("แดงนี่ละค่ะ", "แดง"),
    ("ชื่อแดงนี่แหละ", "แดง"),
    ("แดงนี่ไม่มีบัตรค่ะ", "แดง"),
    ("แดงเองค่ะ", "แดง"),
])
def test_a_name_ending_in_nii(text: str, want: str) -> None:
    assert extract_name(text, bare=True) == want


def test_nii_alone_is_no_name() -> None:
    assert extract_name("นี่ค่ะ", bare=True) is None


# a home meant at first, then another chosen: the one chosen is home (dev108)
@pytest.mark.parametrize(("text", "want"), [
    ("ตอนแรกว่าจะไปบ้านแฟนที่โคราช แต่บ้านเขาไม่รับ555 ขอเป็นบ้านแม่ที่บุรีรัมย์ดีกว่าค่ะ", "บุรีรัมย์"),
    ("ทีแรกกะจะกลับบ้านที่ขอนแก่น เปลี่ยนใจกลับบ้านยายที่อุดรดีกว่า", "อุดรธานี"),
    # the plan alone, only the fare short: still home
    ("ตอนแรกว่าจะกลับโคราช แต่ไม่มีค่ารถ", "นครราชสีมา"),
    # the later home out of reach too: the first stays
    ("ตอนแรกว่าจะไปบ้านแฟนที่โคราช แต่บ้านแม่ที่บุรีรัมย์ก็ไม่มีใครแล้ว", "นครราชสีมา"),
    # no first plan: someone else's place is no home of the writer's
    ("บ้านอยู่โคราช แม่อยู่บุรีรัมย์", "นครราชสีมา"),
])
def test_a_home_changed_from_the_first_plan(text: str, want: str) -> None:
    home = read_message(text).get("home_province")
    assert home is not None and home["name"] == want


# nightmares and a psychologist are the mind's care (dev108: "ฝันร้ายทุกคืน" missed it)
@pytest.mark.parametrize(("text", "mental"), [
    ("ฝันร้ายทุกคืนเลยค่ะ อยากได้คนคุยด้วยหรือหมอ แล้วก็อยากหางานที่โคราช", True),
    ("ยังฝันร้ายอยู่ค่ะ", True),
    ("ลูกฝันร้ายบ่อย", True),  # another's, still a need of the family
    ("อยากคุยกับนักจิตวิทยาครับ", True),
    # like a nightmare, denied, over, or a dream of going home: none
    ("เรื่องนี้เหมือนฝันร้าย", False),
    ("เหมือนกับฝันร้ายเลยค่ะ", False),
    ("ไม่ฝันร้ายแล้วค่ะ", False),
    ("เคยฝันร้ายแต่หายแล้ว", False),
    ("ฝันว่าได้กลับบ้าน", False),
])
def test_nightmares_are_the_minds_care(text: str, mental: bool) -> None:
    assert ("mental" in parse_needs(text)) is mental


# the fare asked for in a supposition lacks nothing (dev108: a question was kept as a story)
@pytest.mark.parametrize(("text", "lack"), [
    ("ถามหน่อยค่ะ ถ้าขอค่ารถกลับบ้าน เขาให้ค่าข้าวด้วยมั้ย วันละกี่บาทอ่ะ", None),
    ("หากขอค่ารถกลับบ้าน ต้องรอนานไหม", None),
    ("ยังขอค่ารถกลับบ้านได้ปะ", None),  # asked of the aid, in slang
    # asked for outright: lacking it
    ("ขอค่ารถกลับบ้านหน่อยค่ะ", True),
    ("อยากขอค่ารถกลับบ้านค่ะ", True),
    ("ขอค่ารถกลับบ้านด้วยค่ะ ถ้าได้", True),
])
def test_a_fare_supposed_is_no_lack(text: str, lack: bool | None) -> None:
    assert read_message(text).get("no_fare") is lack


# young people's asking: ปะ/ป่ะ ending a clause, ไร (อะไร) after a doing (dev108)
@pytest.mark.parametrize(("text", "asks"), [
    ("บัตรปชชหายอะ ยังขอค่ารถกลับบ้านได้ปะ ต้องใช้ไรแทน", True),
    ("มีโครงการพาคนกลับบ้านใช่ปะครับ", True),
    ("ขอได้ปะ 555", True),
    ("ได้ป่ะ", True),
    ("ต้องเตรียมไรบ้าง", True),
    ("ทำไรได้บ้าง", True),
    # a patch, nothing, a field, without, a rider, can't do anything: told, not asked
    ("ไปปะยางมา", False),
    ("ไม่มีไรนะคะ", False),
    ("ข้าวก็ยังไม่ได้กินไรเลย", False),
    ("วันนี้ยังไม่มีไรกินเลยค่ะ", False),
    ("ทำไร่อยู่บ้าน", False),
    ("ไร้บ้านค่ะ", False),
    ("ใช้ไรเดอร์ส่ง", False),
    ("ทำไรไม่ได้เลย", False),
    ("ไม่ต้องเตรียมไรค่ะ", False),
])
def test_slang_questions(text: str, asks: bool) -> None:
    assert is_question(text) is asks


# "no, just asking for a friend" at consent: nothing to keep (dev108: asked 24 times)
@pytest.mark.parametrize(("text", "asking", "kept"), [
    ("ไม่ครับ แค่ถามแทนเพื่อน", True, False),
    ("แค่ถามให้แม่ค่ะ", True, False),
    ("ไม่ครับ แค่ถาม", True, False),
    # writing for a friend with a story, or saying it is more than a question: kept
    ("ขอถามแทนเพื่อนครับ เพื่อนไม่มีค่ารถ", False, True),
    ("ไม่ใช่แค่ถามแทนเพื่อน", False, True),
    ("ถามแทนแม่ค่ะ แม่อยู่ขนส่ง", False, True),
])
def test_just_asking_for_someone(text: str, asking: bool, kept: bool) -> None:
    assert just_asking(text) is asking
    assert own_facts(text) is kept
