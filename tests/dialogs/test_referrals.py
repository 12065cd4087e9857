"""Referrals from what the person told: the escort for one who cannot travel alone,
legal advice for unpaid wages or a scam, a sensitive need told along with a question."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs import texts
from dialogs.after_needs import needs_after_sent, statements, told_needs
from dialogs.needs import parse_needs
from dialogs.request import sent_request
from dialogs.state import State
from dialogs.types import AddNeeds
from knowledge import load_knowledge

NOW = dt.datetime(2026, 12, 3, 2, 0, tzinfo=dt.UTC)
BASE = {"no_fare": True, "id_card": True, "travellers": 1, "urgent": False}


def referred(answers: dict[str, object]) -> set[str]:
    case, _ = sent_request(load_knowledge(), {**BASE, **answers}, NOW)
    return {r["id"] for r in case["referrals"]}


def test_one_who_cannot_travel_alone_is_referred_to_the_escort() -> None:
    # dev17 old man with cane at mochit: "ไปคนเดียวไม่ไหวครับ ... ต้องมีคนช่วยพยุง"
    got = referred({"special_needs": ["cannot_travel_alone", "disabled", "elderly"]})
    assert "travel_escort" in got
    assert {"disability_allowance", "elderly_allowance"} <= got


@pytest.mark.parametrize("care", [[], ["elderly"], ["sick"], ["child"]])
def test_one_who_can_travel_alone_gets_no_escort(care: list[str]) -> None:
    assert "travel_escort" not in referred({"special_needs": care})


@pytest.mark.parametrize("text", [
    "ผู้รับเหมาหนีไม่จ่ายค่าแรงครับ พวกผมติดอยู่ที่แคมป์คลองหลวง อยากกลับพะเยา",  # dev17
    "ทำงานมาสองเดือนไม่ได้สักบาท ผู้รับเหมาปิดเบอร์หนีไปแล้ว",
    "พี่คับ ช่วยหน่อยคับ นายจ้างไม่จ่ายตังสามเดือน",
    "โรงงานที่ระยองปิดกะทันหัน ไม่ได้เงินเดือนงวดสุดท้าย",
    "เจ้าค่ะ ข้อยหนีนายจ้างออกมา เพิ่นบ่จ่ายเงินเดือน",
    "ไต๋จ่ายค่าแรงไม่ครบ เงินหมดแล้ว",
    "โดนนายหน้าหลอกเงินหมด ไม่มีที่นอน",
    "อยากรู้ว่าจะทวงค่าแรงได้ไหม",
    "ตกงานแล้วก็ไม่ได้ค่าแรงที่ค้าง", "ค่าแรงยังไม่ได้เลย",
])
def test_unpaid_wages_or_a_scam_is_a_plain_need_for_legal_advice(text: str) -> None:
    assert "wages" in parse_needs(text)


@pytest.mark.parametrize("text", [
    "ยังไม่จ่ายค่าห้อง เจ้าของหอไล่ออก",  # one's own bill
    "ไม่ได้เดือดร้อนค่ะ มีเงินเดือน มีคอนโดอยู่",
    "เงินเดือนไม่ได้เยอะ แต่พอกิน",
    "ผัวหนีไปแล้ว ไม่มีตังค์",
    "นายจ้างดีมาก ไม่เคยโกง",
    # review: just out of work, a denial, no raise
    "ไม่ได้ทำงาน ไม่ได้เงินเดือน", "ไม่ได้โดนหลอกนะ", "ค่าแรงไม่ได้ขึ้นเลย",
])
def test_no_wages_need_without_unpaid_wages(text: str) -> None:
    assert "wages" not in parse_needs(text)


def test_wages_refer_the_justice_centre_without_sensitive_consent() -> None:
    got = referred({"needs": ["wages"], "sensitive_consent": False})
    assert got == {"justice_centre"}


def test_a_sensitive_need_told_with_a_question_is_asked_to_be_recorded() -> None:
    # dev17 discharged hiv patient, after sending: the statement tells, the question asks
    kb = load_knowledge()
    text = "ผมติดเชื้อHIVครับ อยากรู้ว่ามีเงินช่วยเหลือผู้ติดเชื้อไหม"
    assert statements(text) == "ผมติดเชื้อHIVครับ"
    asked = needs_after_sent(kb, State(), text, None)
    assert asked is not None and asked.state.data["needs_pending"] == ["hiv"]
    assert "เรื่องสุขภาพ" in asked.replies[0].text
    agreed = needs_after_sent(kb, asked.state, "ยินยอมครับ บันทึกเรื่องสุขภาพได้", None)
    assert agreed is not None
    added = [e for e in agreed.effects if isinstance(e, AddNeeds)]
    assert added and [r["id"] for r in added[0].referrals] == ["hiv_aid"]
    refused = needs_after_sent(kb, asked.state, "ไม่ยินยอมครับ", None)
    assert refused is not None and refused.replies[0].text == texts.NEEDS_NOT_RECORDED_WHERE
    assert not refused.effects


@pytest.mark.parametrize("text", ["หางานได้ที่ไหนคะ", "เงินช่วยผู้ติดเชื้อ HIV ขอได้ไหมคะ",
                                  "อยากรู้ว่าจะทวงค่าแรงได้ไหม ไปปรึกษาใครได้บ้างครับ"])
def test_a_question_alone_tells_no_need(text: str) -> None:
    assert statements(text) == ""

    assert needs_after_sent(load_knowledge(), State(), text, None) is None


@pytest.mark.parametrize("text", [
    "กลับไปแล้วอยากหางานทำแถวบ้านครับ มีที่ให้ลงทะเบียนหางานไหม",  # dev18 damaged card
    "พ่อเขาอยากหางานทำแถวบ้านค่ะ ถามว่ามีที่จัดหางานไหม",  # dev18 hotline volunteer
    "อยากได้งาน มีที่ไหนรับบ้างคะ",
])
def test_a_wish_for_work_beside_a_question_joins_the_request(text: str) -> None:
    assert told_needs(text, None) == ["work"]
    added = needs_after_sent(load_knowledge(), State(), text, None)
    assert added is not None
    effects = [e for e in added.effects if isinstance(e, AddNeeds)]
    assert effects and "job_placement" in [r["id"] for r in effects[0].referrals]


@pytest.mark.parametrize("text", [
    "อยากรู้ว่าหางานได้ที่ไหนครับ", "อยากทราบว่า งานที่ไหนรับคนอายุเยอะบ้างคะ",
    "เพื่อนบอกว่าสำนักงานจัดหางานช่วยได้ จริงไหมคะ",
    "อยากได้เงินช่วยผู้ติดเชื้อ HIV ครับ ขอได้ไหม",  # a sensitive need: the writer's, said so
])
def test_a_wish_to_know_or_a_sensitive_topic_tells_no_need(text: str) -> None:
    assert told_needs(text, None) == []
    assert needs_after_sent(load_knowledge(), State(), text, None) is None


def test_one_sick_now_is_referred_to_care_on_the_way() -> None:
    # dev18 sick diabetic at hua lamphong: "แผลที่เท้าบวมเป็นหนอง มีไข้ด้วย"
    assert "medical_care_in_transit" in referred({"special_needs": ["sick"]})


@pytest.mark.parametrize("care", [[], ["elderly"], ["disabled"], ["child", "pregnant"]])
def test_no_care_on_the_way_without_a_sick_traveller(care: list[str]) -> None:
    assert "medical_care_in_transit" not in referred({"special_needs": care})


@pytest.mark.parametrize("text", ["เรียนเจ้าหน้าที่ครับ ผม ด.ต.สมบัติ สภ.เมืองนครสวรรค์",  # dev18
                                  "เรียน ท่านผู้อำนวยการ", "เรียนคุณเจ้าหน้าที่ค่ะ"])
def test_a_letter_opening_is_no_wish_to_study(text: str) -> None:
    assert "training" not in parse_needs(text)


@pytest.mark.parametrize("text", ["อยากไปเรียน", "เรียนเจ้าหน้าที่ค่ะ อยากเรียนตัดผม"])
def test_a_wish_to_study_is_training(text: str) -> None:
    assert "training" in parse_needs(text)


def test_the_writers_part_runs_on_to_its_particle() -> None:
    # review: only "ผมเป็น" was kept, and the sensitive need was lost
    text = "ผมเป็น HIV ครับ อยากรู้ว่ามีเงินช่วยไหม"
    assert statements(text) == "ผมเป็น HIV ครับ"
    assert "hiv" in parse_needs(statements(text))


def test_a_word_that_starts_like_me_is_not_me() -> None:
    # "กู" is not the start of "กู้ภัย" (a rescue worker's question tells nothing of them)
    assert statements("กู้ภัยติดเชื้อ HIV ขอเงินช่วยได้ไหม") == ""
