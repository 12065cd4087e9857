"""dev25-dev27, after sending: "nothing more for now" said many ways ends it, never a
new screening (a wish to go home is the request sent); a wish to consult the law said
before its question ("อยากปรึกษากฎหมายว่า...ไหม") is the legal need; a criminal record
asked about refers its registry."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.after_needs import needs_after_sent, nothing_more, statements
from dialogs.engine import Dialog
from dialogs.needs import parse_needs, referrals
from dialogs.state import State
from dialogs.types import AddNeeds, UpdateContact
from knowledge import load_knowledge

from .test_after_needs import sent


@pytest.mark.parametrize("text", [
    "ไม่มีอย่างอื่นค่ะ ขอแค่ให้ตาได้กลับบ้าน",  # dev25 social worker for a grandpa
    "เดี๋ยวค่อยว่ากันครับ ตอนนี้ขอกลับบ้านก่อน",  # dev27 Tom thrown out in Tha Sala
    "เดี๋ยวค่อยว่ากันค่ะ",  # dev27 Nan mother picking mangosteen
    "ไม่มีอะไรแล้ว แค่อยากให้แม่ได้กลับบ้านค่ะ", "ไว้ทีหลังค่ะ", "พอแค่นี้ก่อน",
    "ไม่มีแล้วค่ะ ขอบคุณมากค่ะ", "ตอนนี้ขอกลับบ้านก่อนครับ",
    "ม่ายมีแล้วจ้า",  # dev25 southern neighbour
    "ไม่มี ค่ะ ขอ กลับ บ้าน อย่าง เดียว",  # dev27 voice typed
    "ไม่มีครับ อยากกลับไปหาแม่",  # dev27 runaway boy
    "ไม่มีค่ะ อยากกลับไปเรียนต่อ",  # dev27 Trang student
])
def test_nothing_more_for_now(text: str) -> None:
    assert nothing_more(text)


@pytest.mark.parametrize("text", [
    "ไม่กลับบ้าน", "ไม่ต้องกลับบ้านแล้ว", "ไม่มีบ้านค่ะ", "เดี๋ยวค่อยว่ากันเรื่องงานครับ",
    "ไม่มีเงินค่ะ", "อยากได้งานค่ะ", "กลับบ้านไม่ได้ค่ะ", "ไม่มีค่ารถกลับบ้าน",
    "อยากกลับไปทำงานที่บ้าน", "ไม่มีครับ อยากกลับไปหางาน", "ไม่อยากกลับไปหาแม่",
])
def test_not_nothing_more(text: str) -> None:
    assert not nothing_more(text)


@pytest.mark.parametrize("text", ["ไม่มีอย่างอื่นค่ะ ขอแค่ให้ตาได้กลับบ้าน",
                                  "เดี๋ยวค่อยว่ากันครับ ตอนนี้ขอกลับบ้านก่อน",
                                  "เดี๋ยวค่อยว่ากันค่ะ"])
def test_nothing_more_after_sending_starts_no_screening(dialog: Dialog, text: str) -> None:
    chat = sent(dialog)
    result = chat.say(text)
    assert [r.text for r in result.replies] == [texts.AFTER_SENT_OK]
    assert chat.state.name == st.DONE


def test_a_phone_and_a_name_fixed_after_nothing_more_go_into_the_request(
        dialog: Dialog) -> None:
    chat = sent(dialog)
    chat.say("ไม่มีอย่างอื่นค่ะ ขอแค่ให้ตาได้กลับบ้าน")
    result = chat.say("เบอร์ผิดตัวนึงค่ะ ที่ถูก 0815552310")
    assert result.effects == (UpdateContact(phone="0815552310", name=None),)
    chat.say("เดี๋ยวค่อยว่ากันครับ ตอนนี้ขอกลับบ้านก่อน")
    result = chat.say("ชื่อพิมพ์ผิดครับ ชื่อตั้มครับ ไม่ใช่ต้ม 555")
    assert result.effects == (UpdateContact(phone=None, name="ตั้ม"),)


def test_a_wish_to_consult_the_law_before_its_question_is_the_legal_need() -> None:
    # dev26 Phuket worker whose card a loan shark keeps
    kb = load_knowledge()
    text = "อยากทำบัตรใหม่ครับ แล้วก็อยากปรึกษากฎหมายว่าเจ้าหนี้ยึดบัตรได้ไหม ผิดกฎหมายไหม"
    assert parse_needs(statements(text)) == ["legal"]
    asked = needs_after_sent(kb, State(), text, None)
    assert asked is not None and asked.state.data["needs_pending"] == ["id_card", "legal"]
    agreed = needs_after_sent(kb, asked.state, "ยินยอมครับ", None)
    assert agreed is not None
    added = [e for e in agreed.effects if isinstance(e, AddNeeds)]
    assert added and {r["id"] for r in added[0].referrals} == {"id_card", "justice_centre"}


@pytest.mark.parametrize("text", ["อยากรู้ว่าเจ้าหนี้ยึดบัตรได้ไหม",
                                  "ผิดกฎหมายไหมคะ ที่เจ้าหนี้ยึดบัตร"])
def test_a_question_of_the_law_alone_tells_no_need(text: str) -> None:
    assert statements(text) == ""


def test_a_criminal_record_asked_about_refers_its_registry() -> None:
    # dev26 drug case release blocked by his record, at the needs question
    text = "อยากได้งานครับ แล้วอยากรู้เรื่องตรวจประวัติอาชญากร ว่าจะทำยังไงให้สมัครงานได้"
    needs = parse_needs(text)
    assert needs == ["work", "legal", "record"]  # a record is always named a case (sensitive)
    ids = {r["id"] for r in referrals(load_knowledge(), needs)}
    assert {"criminal_record", "job_placement", "justice_centre"} <= ids


@pytest.mark.parametrize("text", ["ไม่มีประวัติอาชญากรครับ", "เล่าประวัติชีวิตให้ฟัง"])
def test_no_record_need_without_one(text: str) -> None:
    assert "record" not in parse_needs(text)
