"""Review rev5 of gE's consent refusals and withdrawals, by probing: a no mistyped read as a
yes, a no in other words not understood, and another's no, a story or a question read as
the person's refusal or as a wish to erase everything."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.consent_no import keeps_nothing, withdraws
from dialogs.consent_yes import consent_word
from dialogs.engine import Dialog
from tests.dialogs.test_engine import Chat

STORY = "ไม่มีเงินกลับบ้านค่ะ อยู่ชลบุรี"


def at_consent(dialog: Dialog, text: str) -> Chat:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say(text)
    return chat


def consented(dialog: Dialog, text: str) -> Chat:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ยินยอม")
    assert chat.state.data.get("consent") is True
    chat.say(text)
    return chat


@pytest.mark.parametrize("text", [
    "ม่ายยินยอม", "ม่ายยินยอมค่ะ", "ไม่่ยินยอม",  # were a yes
    "ไม่เอาค่ะ ไม่ให้เก็บ", "ไม่ให้เก็บค่ะ", "ไม่อยากให้ข้อมูลค่ะ", "ไม่สะดวกให้ข้อมูล",
    "I don't want you to keep my data", "dont keep my data", "do not store my info",
    "ขอถอนความยินยอมค่ะ", "ถอนยินยอม", "I withdraw my consent", "withdraw consent",  # were a yes
    "please delete my data", "ช่วยลบข้อมูลหนูด้วยค่ะ", "ลบประวัติผมด้วยครับ",
    "บ่ยินยอมเด้อ", "no thx", "ไม่ต้องเก็บข้อมูลหนูนะคะ", "บ่ให้เก็บข้อมูลเด้อ"])
def test_a_no_at_the_consent_question_keeps_nothing(dialog: Dialog, text: str) -> None:
    chat = at_consent(dialog, text)
    assert chat.state.name == st.IDLE
    assert {k: v for k, v in chat.state.data.items() if k != "offered"} == {"consent": False}


@pytest.mark.parametrize("text", [
    "นายจ้างไม่ให้เก็บอะไรเลย ไล่ออกมา", "ไม่ต้องเก็บอะไรมากค่ะ มีกระเป๋าใบเดียว",
    "บริษัทไม่ accept ใบลาออก", "โรงบาลไม่ accept บัตรทอง",
    "ไม่อยากให้เก็บข้อมูลผมเรื่องคุก", "ไม่อยากให้เก็บข้อมูลเกี่ยวกับคุกค่ะ",
    "ไม่อยากให้เก็บข้อมูลการติดคุก", "ไม่ต้องเก็บข้อมูลผมส่วนเรื่องป่วย",
    "ไม่เก็บข้อมูลใช่ป่ะ", "บ่เก็บข้อมูลแม่นบ่", "ถ้าไม่ยินยอมแล้วจะเป็นไงคะ",
    "ไม่มีที่เก็บของ", "เงินไม่เหลือเก็บเลย", "ไม่ได้บันทึกเบอร์ไว้", "บัตรหาย ลบไม่ได้",
    "โทรศัพท์ลบข้อมูลหมด", "เปลี่ยนใจจะกลับโคราชแทน", "ไม่ ok เลยชีวิตตอนนี้ ไม่มีเงิน"])
def test_a_story_or_question_at_the_consent_question_is_no_answer(dialog: Dialog,
                                                                  text: str) -> None:
    assert consent_word(text) is None
    chat = at_consent(dialog, text)
    assert chat.state.name == st.CONSENT
    assert STORY in str(chat.state.data.get("pending"))  # the story still kept


@pytest.mark.parametrize("text", [
    "นายจ้างไม่ให้เก็บอะไรเลย ไล่ออกมา", "ไม่ต้องเก็บอะไรมากค่ะ มีกระเป๋าใบเดียว",
    "บริษัทไม่ accept ใบลาออก", "ไม่อยากให้เก็บข้อมูลผมเรื่องคุก", "ไม่เก็บข้อมูลใช่ป่ะ"])
def test_a_first_message_story_is_kept(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.state.name == st.CONSENT and chat.state.data.get("pending") == text


@pytest.mark.parametrize("text", [
    "โทรศัพท์ลบข้อมูลหมด", "มือถือโดนแฮก ลบข้อมูลหมดเลย", "เพิ่งลบข้อมูลในเครื่อง เบอร์ญาติหายหมด",
    "ไม่ใช้ข้อมูลมือถือครับ เน็ตหมด", "แฟนไม่ยินยอมแล้วค่ะ ให้หนูออกจากบ้าน",
    "นายจ้างไม่ยินยอมแล้ว ให้ลาออก", "เปลี่ยนใจ ไม่เก็บเงินแล้ว กลับเลย",
    "เปลี่ยนใจแล้วค่ะ ไม่กลับแล้ว นายจ้างไม่ให้เก็บของ", "ไม่ยินยอมแล้วเหรอ",
    "ต้องลบข้อมูลไหมคะ", "ถ้าไม่ยินยอมแล้วจะเป็นไงคะ", "เปลี่ยนใจจะกลับโคราชแทน"])
def test_a_story_or_question_after_consent_asks_no_erasure(dialog: Dialog, text: str) -> None:
    assert not withdraws(text)
    chat = consented(dialog, text)
    assert chat.state.name != st.CONFIRM_ERASE
    assert chat.state.data.get("consent") is True


@pytest.mark.parametrize("text", [
    "ขอถอนความยินยอมค่ะ", "ไม่ยินยอมแล้วค่ะ", "ม่ายยินยอมแล้ว", "บ่ยินยอมแล้วเด้อ",
    "ไม่ให้ความยินยอมแล้ว", "อย่าเก็บข้อมูลหนูแล้วนะ", "ไม่อยากให้เก็บข้อมูลแล้วค่ะ",
    "ลบประวัติผมด้วยครับ", "ลบเรื่องหนูทิ้งด้วย", "ช่วยลบข้อมูลหนูด้วยค่ะ",
    "I withdraw my consent", "please delete my data", "เปลี่ยนใจค่ะ ไม่ยินยอม"])
def test_consent_taken_back_asks_to_erase(dialog: Dialog, text: str) -> None:
    assert withdraws(text)
    chat = consented(dialog, text)
    assert chat.state.name == st.CONFIRM_ERASE


@pytest.mark.parametrize(("text", "said"), [
    ("ไม่ให้เก็บข้อมูลค่ะ", True), ("ไม่ให้เก็บค่ะ", True), ("อย่าจดอะไรไว้นะ", True),
    ("แม่ไม่อยากให้เก็บข้อมูลค่ะ", True),  # a parent written for
    ("เจ้าของร้านไม่ให้เก็บอะไรเลย", False), ("ไม่ต้องเก็บอะไรเยอะ", False),
    ("ไม่ต้องเก็บข้อมูลหนูเกี่ยวกับโรค", False), ("ไม่เก็บข้อมูลใช่ป่ะ", False)])
def test_keeps_nothing(text: str, said: bool) -> None:
    assert keeps_nothing(text) is said
