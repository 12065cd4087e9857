"""Misreadings found by the blind development set dev45, played through the dialog."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.needs_asked import wished_in_question
from dialogs.readers import read_special
from dialogs.slots import BY_KEY
from dialogs.understand import extract_name

from .test_engine import Chat

RELEASED = ("ผมออกจากเรือนจำกลางเขาบินราชบุรีครับ", "มีเชื้อเอชไอวี ยาเหลือแค่๓วัน", "ยินยอม")
ANSWERS = {"hardship": "เงินไม่พอค่ารถครับ มีแค่๘๐บาท", "id_card": "มีครับ",
           "current_province": "ราชบุรีครับ ตัวเมือง", "home_province": "ลำปาง เกาะคา",
           "travellers": "ผมคนเดียว", "urgent": "ยังไม่รู้จะนอนไหนครับคืนนี้",
           "special_needs": "ผมติดเชื้อHIVครับ ต้องกินยาทุกวัน", "travel_alone": "ไปเองได้",
           "sensitive_consent": "ได้ครับ บันทึกได้"}
ASKED = "อยากรู้ว่ามีเงินช่วยคนติดเชื้อไหมครับ"


def to_needs(dialog: Dialog) -> Chat:
    """A man just released, answering one thing per message, up to the needs question."""
    chat = Chat(dialog)
    for text in RELEASED:
        chat.say(text)
    for _ in range(12):
        slot = chat.state.data.get("slot")
        if chat.state.name == st.ASK and slot == "needs":
            return chat
        assert chat.state.name == st.ASK and slot in ANSWERS, (chat.state.name, slot)
        chat.say(ANSWERS[str(slot)])
    raise AssertionError("the needs question never came")


def test_hiv_told_to_the_care_question_is_no_care_need() -> None:
    """"ผมติดเชื้อHIVครับ ต้องกินยาทุกวัน" was not understood, asked again, then skipped
    (manual 6(3): one on ARVs travels alone; the HIV need is kept)."""
    assert read_special(ANSWERS["special_needs"], None) == []
    assert read_special("ติดเชื้อ HIV ช่วงนี้ป่วยบ่อย", None) == ["sick"]


def test_a_question_naming_a_need_answers_the_needs_question(dialog: Dialog) -> None:
    """Asked at the needs question, "is there aid for people with HIV?" was answered and
    the needs question asked again, fourteen times over (the bench's stuck outcome)."""
    chat = to_needs(dialog)
    said = chat.text(ASKED)
    assert "HIV" in said  # the question answered
    assert "hiv" in chat.state.data["answers"]["needs"]
    assert chat.state.data.get("slot") != "needs"


def test_the_same_question_asked_again_moves_on(dialog: Dialog) -> None:
    """A question the knowledge base answers, asked again at the same question: answered,
    then a try is used; never the same question forever."""
    chat = to_needs(dialog)
    asked = "ต้องใช้เอกสารอะไรบ้างคะ"
    seen = []
    for _ in range(4):
        chat.say(asked)
        seen.append((chat.state.name, chat.state.data.get("slot")))
    assert seen[-1] != (st.ASK, "needs")


@pytest.mark.parametrize(("text", "name"), [
    ("สวัสดีครับผมชื่อเอกชัยทำงานโรงงานแถวรังสิตปทุมธานี", "เอกชัย"),
    ("ชื่อบุญมาทำงานที่ระยอง", "บุญมา")])
def test_a_name_ends_before_work(text: str, name: str) -> None:
    assert extract_name(text) == name


@pytest.mark.parametrize("text", [
    "HIV ค่ะ ตอนนี้นอนโรงพยาบาล", "ติดเชื้อHIV ผอมมาก อ่อนเพลีย", "ผมติดเชื้อครับ ซึมเศร้าด้วย",
    "HIV ภูมิต่ำมาก", "ติดเชื้อ HIV ครับ กลัวไปไม่ถึง"])
def test_hiv_told_with_more_is_asked_again(text: str) -> None:
    """The first review: HIV with an illness or a fear beside it is no plain "no care"."""
    assert read_special(text, None) is None


@pytest.mark.parametrize(("asked", "need"), [
    ("ต้องใช้บัตรประชาชนไหมคะ", "id_card"),  # the card is had
    ("ถ้าไม่มีบัตรประชาชนจะได้ไหม", "id_card")])  # a hypothetical
def test_a_question_that_wishes_for_nothing_records_nothing(dialog: Dialog, asked: str,
                                                            need: str) -> None:
    chat = to_needs(dialog)
    chat.say(asked)
    assert need not in (chat.state.data["answers"].get("needs") or [])


def test_a_question_skipped_after_the_same_question_stays_for_the_officer(
        dialog: Dialog) -> None:
    """Skipped after the same question three times, the place is left to the officer; the
    home told next is kept. (Filling a skipped question from later messages was tried and
    taken back: the second review found places and counts of others read into it.)"""
    chat = Chat(dialog)
    for text in RELEASED:
        chat.say(text)
    chat.say(ANSWERS["hardship"])
    chat.say(ANSWERS["id_card"])
    assert chat.state.data.get("slot") == "current_province"
    for _ in range(3):
        chat.say("ต้องใช้เอกสารอะไรบ้างคะ")
    assert chat.state.data.get("slot") != "current_province"
    chat.say("อยู่ชลบุรี จะกลับขอนแก่น")
    answers = chat.state.data["answers"]
    assert answers["current_province"] is None
    assert answers["home_province"]["name"] == "ขอนแก่น"


@pytest.mark.parametrize(("text", "care"), [
    ("แม่๖๓คับ น้อง๑๙ ผม๒๓", ["elderly"]), ("ผม23 เมีย20", []), ("แม่ 70", ["elderly"]),
    ("ลูก 8 เดือน ค่ะ", ["child"])])
def test_ages_told_to_the_care_question(text: str, care: list[str]) -> None:
    """"แม่๖๓คับ น้อง๑๙ ผม๒๓" was not understood, asked again, then skipped."""
    assert read_special(text, None) == care


@pytest.mark.parametrize("text", ["แม่ 200", "แม่70 ป่วยด้วย"])
def test_ages_with_more_are_read_otherwise(text: str) -> None:
    assert read_special(text, None) != ["elderly"]


@pytest.mark.parametrize(("text", "wished"), [
    ("อยากรู้ว่ามีเงินช่วยคนติดเชื้อไหมครับ", True), ("มีงานให้ทำไหมครับ", True),
    ("จะมีคนรู้ไหมว่าผมติดเชื้อ", False), ("ต้องบอกเรื่องติดคุกไหมครับ", False),
    ("ประวัติติดคุกจะมีคนรู้ไหมครับ", False), ("ถ้าไม่มีบัตรประชาชนจะได้ไหม", False)])
def test_a_wish_asked_at_the_needs_question(text: str, wished: bool) -> None:
    """The second review: a worry about who will know was recorded as a need."""
    assert wished_in_question(BY_KEY["needs"], text, {}) is wished
