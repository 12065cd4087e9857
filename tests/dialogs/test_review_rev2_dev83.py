"""Review 2 of the readings from dev76 to dev84 (5c79546..4b11c60): near misses the new rules
took, and the sentences the rules were written for, which must keep working."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.parse_numbers import clean_text
from dialogs.questions import is_question
from dialogs.readers import read_hardship, read_special
from dialogs.slang import typed_in_thai
from dialogs.slots import BY_KEY
from dialogs.understand import corrections, read_message

from .test_engine import Chat

NO_TROUBLE = {"no_shelter": False, "no_food": False, "no_fare": False}
OPEN = "อยู่ระยองค่ะ ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน"


@pytest.mark.parametrize(("text", "want"), [
    # a name or a place capitalised inside a sentence is kept as typed
    ("Tuk Tong 0812223333", "Tuk Tong 0812223333"),  # never "ถูกต้อง": a yes at the summary
    ("Tong Mai 0891234567", "Tong Mai 0891234567"), ("Non Tam", "Non Tam"),
    ("My name is Tuk, I am Thai", "My name is Tuk, I am Thai"),
    ("ชื่อ Non ครับ อยู่ Ban Mai", "ชื่อ Non ครับ อยู่ Ban Mai"),
    ("tee ban yu Mai Khao Phuket", "ที่บ้านอยู่ Mai Khao Phuket"),
    # ...never the "no" before Thai words, a sentence's first word, nor each word capitalised
    ("ok krub, Mai mee bat", "ok ครับ, ไม่มีบัตร"),
    ("Dai krub. Mai mee bat krub", "ได้ครับ. ไม่มีบัตรครับ"),
    ("Mai Mee Ngern", "ไม่มีเงิน"), ("Yin Yom", "ยินยอม"), ("DAI KRUB YINYOM", "ได้ครับยินยอม"),
    # money, not "both": "tang" before a count of people only
    ("mai mee tang kon diew klub baan", "ไม่มีตังค์คนเดียวกลับบ้าน"),
    ("mee tang 300 baht", "มีตังค์ 300 baht"), ("lua tang 50 baht", "เหลือตังค์ 50 baht"),
    ("tang khu mee bat", "ทั้ง khu มีบัตร"),
    # a number glued to a word
    ("pai 2kon krub", "ไป 2คนครับ"), ("2kon krub mai duan", "2คนครับไม่ด่วน"),
    # the sentences of dev84, which must keep working
    ("dai krub yinyom mee krub Chumphon krub, pump PTT Pathio",
     "ได้ครับยินยอมมีครับ Chumphon ครับ, pump PTT Pathio"),
    ("mee ka tang 2 kon", "มีค่ะทั้ง 2 คน"), ("Mai Dee", "Mai Dee"),
    ("chai krub took tong", "ใช่ครับถูกต้อง"),
])
def test_romanised_thai_and_names(text: str, want: str) -> None:
    assert typed_in_thai(text) == want


def test_clean_text_keeps_names_too() -> None:
    assert clean_text("Tuk Tong 0812223333") == "tuk tong 0812223333"
    assert clean_text("Mai Mee Ngern") == "ไม่มีเงิน"


def test_romanised_readings() -> None:
    said = read_message("mai mee tang kon diew klub baan")
    assert said["no_fare"] is True and said["travellers"] == 1
    assert read_message("pai 2kon krub")["travellers"] == 2
    assert read_message("My name is Tuk, I am Thai")["name"] == "Tuk"
    assert BY_KEY["name"].parse("Tong Mai 0891234567", None) == "Tong Mai"


@pytest.mark.parametrize(("text", "name"), [
    ("Tuk Tong 0812223333", "Tuk Tong"), ("Tong Mai 0812223333", "Tong Mai"),
    ("My name is Tuk, I am Thai. 0812223333", "Tuk")])
def test_a_latin_name_at_the_summary_is_the_name(dialog: Dialog, text: str, name: str) -> None:
    # "Tuk Tong" was read "ถูกต้อง" (a yes) and the name asked again and again
    chat = Chat(dialog)
    chat.say(OPEN)
    chat.say("ยินยอม", "consent:yes")
    chat.say("คนเดียว ไม่ด่วน")
    chat.say("ไม่มี")
    reply = chat.text(text)
    assert f"คุณ {name} ที่เบอร์" in reply or f"ชื่อ: {name}\n" in reply  # sent, or shown


@pytest.mark.parametrize("text", [
    # "whatever", "however much" after the trouble: it is had (refused at once, review 2)
    "กลับบ้านไม่ได้ ลำบากอะไรก็ต้องทนครับ", "ทำงานไม่ได้ ลำบากเท่าไหร่ก็ต้องทน",
    "ส่งเงินไม่ได้ เดือดร้อนอะไรก็ต้องสู้", "กลับบ่ได้ ลำบากหยังกะต้องอด",
])
def test_a_trouble_endured_is_no_denial(text: str) -> None:
    assert read_hardship(text, None) != NO_TROUBLE
    assert read_message(text).get("no_fare") is not False


@pytest.mark.parametrize("text", [
    # review 1's sentences: still a trouble denied
    "ยายไม่ได้ ลำบากอะไรหรอกลูก", "ตอนนี้ไม่ได้ ลำบากอะไรค่ะ", "แม่ไม่ได้ ลำบากเท่าไหร่ค่ะ",
    "ลุงไม่ได้ เดือดร้อนขนาดนั้น",
])
def test_a_trouble_denied_still_is(text: str) -> None:
    assert read_hardship(text, None) == NO_TROUBLE


def test_a_trouble_endured_is_not_refused(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีครับ")
    chat.say("ยินยอม", "consent:yes")
    assert "ไม่เข้าเกณฑ์" not in chat.text("กลับบ้านไม่ได้ ลำบากอะไรก็ต้องทนครับ")


@pytest.mark.parametrize(("text", "pregnant"), [
    ("เมียท้องมา 30 สัปดาห์แล้วครับ", True), ("หนูท้องมา 12 อาทิตย์", True),
    ("ภรรยาท้องมา 28 สัปดาห์ครับ", True), ("ลูกสาวท้องมา 36 วีคค่ะ", True),
    # review 1's: a belly's ache for weeks is none
    ("มวนท้องมา 3 อาทิตย์", False), ("แฟนมวนท้องมา 3 อาทิตย์", False),
    ("ไม่สบายท้องมา 2 อาทิตย์", False), ("เมียปวดท้องมา 2 อาทิตย์", False),
])
def test_weeks_of_a_pregnancy_after_who_carries(text: str, pregnant: bool) -> None:
    assert ("pregnant" in (read_special(text, None) or [])) is pregnant


@pytest.mark.parametrize("text", [
    "ไม่ได้ท้องค่ะ มีแต่ลูก 2 ขวบ", "หนูไม่ได้ท้องนะคะ ลูก 2 ขวบ", "ลูก 2 ขวบค่ะ ไม่มีคนท้อง"])
def test_a_care_need_denied_at_the_summary_is_taken_out(text: str) -> None:
    fixed = corrections({"special_needs": ["child", "pregnant"]}, text)
    assert fixed is not None and fixed["special_needs"] == ["child"]


def test_a_phone_message_naming_the_patient_still_keeps_the_care_needs() -> None:
    # dev78's sentence
    known = {"special_needs": ["sick", "cannot_travel_alone"], "phone": None}
    fixed = corrections(known, "ผู้ป่วยไม่มีโทรศัพท์ค่ะ ติดต่อเบอร์ดิฉันได้เลย 081-765-4321")
    assert fixed is not None and fixed["special_needs"] == ["sick", "cannot_travel_alone"]


@pytest.mark.parametrize(("text", "asks"), [
    ("อยากฮู้ว่าต้องรอจักมื้อค่ะ", True), ("ต้องรอจักมื้อคะ", True),  # dev81
    ("ขอค่ารถกลับบ้าน ต้องรอจักมื้อคะ ถ้าบ่ด่วน ยังมีบ่อนพักอยู่", True),
    # not one meal eaten, or a few days are fine: told
    ("ยังบ่ได้กินข้าวจักมื้อเลยเจ้า", False), ("ไม่ได้กินข้าวมาจักมื้อแล้ว", False),
    ("รอจักมื้อกะได้เจ้า บ่ด่วน", False), ("มาอยู่นี่ได้จักมื้อแล้วกะบ่ฮู้", False),
])
def test_isan_how_many_days(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def test_not_one_meal_eaten_after_the_request_is_sent(dialog: Dialog) -> None:
    # was a question, and a new screening began over the one sent
    chat = Chat(dialog)
    for said in (OPEN, "ยินยอม", "คนเดียว ไม่ด่วน", "ไม่มี", "นิด 0861234567"):
        chat.say(said, "consent:yes" if said == "ยินยอม" else None)
    assert "ส่งเรื่องไปแล้ว" in chat.text("ยังบ่ได้กินข้าวจักมื้อเลยเจ้า")
