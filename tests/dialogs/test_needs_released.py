"""Other needs of people released from prison (dev7, dev8): an illness or medicine is
referred to medical services only, the mind or an addiction to mental health only,
HIV to the HIV aid, Thai massage to its training; a hospital as a workplace is no
health need; a person who keeps the prison history out gets no referral from it."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs.engine import Dialog
from dialogs.needs import need_choices, parse_needs, referrals
from dialogs.request import sent_request
from dialogs.types import CreateCase
from knowledge import load_knowledge

from .test_engine import Chat

KB = load_knowledge()
NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)


def topics(text: str) -> list[str]:
    return [r["id"] for r in referrals(KB, parse_needs(text))]


def test_hiv_and_medicine_refer_medical_services_and_hiv_aid_not_mental_health() -> None:
    got = topics("ป้าติดเชื้อเอชไอวีค่ะ ต้องกินยาต่อเนื่อง แล้วอยากปรึกษากฎหมายเรื่องคดีเก่า")
    assert {"medical_services", "hiv_aid", "justice_centre"} <= set(got)
    assert "mental_health_care" not in got


@pytest.mark.parametrize("text", ["เป็นเบาหวาน ต้องกินยาทุกวัน", "แม่ป่วยหนักอยู่โรงพยาบาล",
                                  "ต้องไปโรงพยาบาลทุกเดือน"])
def test_an_illness_is_medical_services_only(text: str) -> None:
    assert topics(text) == ["medical_services"]


@pytest.mark.parametrize("text", ["เครียดมาก นอนไม่หลับ", "เป็นซึมเศร้า", "เคยติดยาบ้า อยากเข้าบำบัด",
                                  "อยากเลิกยา", "อยากเลิกเหล้าให้ได้ครับ"])
def test_the_mind_or_an_addiction_is_mental_health_only(text: str) -> None:
    assert topics(text) == ["mental_health_care"]


def test_the_health_button_keeps_both() -> None:
    health = next(c for c in need_choices() if c.label == "สุขภาพ/สุขภาพจิต")
    key = str(health.value).split(":", 1)[1]
    assert [r["id"] for r in referrals(KB, [key])] == ["medical_services",
                                                        "mental_health_care"]


def test_the_button_list_shows_no_need_read_only_from_words() -> None:
    labels = [c.label for c in need_choices()]
    assert "สุขภาพ" not in labels and "สุขภาพจิต" not in labels and "นวดแผนไทย" not in labels


def test_thai_massage_at_a_hospital_is_massage_training_not_health() -> None:
    got = topics("อยากฝึกนวดแผนไทยต่อครับ เรียนในเรือนจำมาแล้ว อยากไปนวดที่โรงพยาบาล")
    assert "thai_massage_training" in got
    assert "medical_services" not in got and "mental_health_care" not in got


@pytest.mark.parametrize("text", ["อยากทำงานที่โรงพยาบาล", "อยากเป็นหมอนวด"])
def test_a_hospital_or_massage_job_is_no_health_need(text: str) -> None:
    assert not {"health", "mental", "health_all"} & set(parse_needs(text))


def test_a_hospital_visit_after_a_job_wish_is_still_health() -> None:
    assert "health" in parse_needs("อยากได้งาน แต่ต้องไปโรงพยาบาลทุกเดือน")  # negative


def test_hiv_with_medicine_refers_hiv_aid() -> None:
    got = topics("ติดเชื้อ HIV ค่ะ ต้องรับยาต่อเนื่อง แล้วก็อยากทำบัตรประชาชนใหม่")
    assert "hiv_aid" in got and "id_card" in got and "mental_health_care" not in got


@pytest.mark.parametrize("text", ["เพิ่งออกจากทัณฑสถานหญิงเชียงใหม่ค่ะ",
                                  "พ้นโทษจากทัณฑสถานหญิงที่ราชบุรีค่ะ"])
def test_leaving_a_womens_prison_is_a_release(text: str) -> None:
    assert "probation" in parse_needs(text)


def test_a_visit_to_a_womens_prison_is_no_release() -> None:
    assert "probation" not in parse_needs("ไปเยี่ยมแม่ที่ทัณฑสถานหญิงมาค่ะ")  # negative


def test_released_from_a_womens_prison_is_asked_the_needs_and_gets_hiv_aid(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    for text in ("ขอความช่วยเหลือค่ะ", "เพิ่งออกจากทัณฑสถานหญิงเชียงใหม่ค่ะ", "ยินยอมค่ะ",
                 "ไม่มีเงินเลยค่ะ ทั้งค่ากินค่ารถ", "บัตรหายค่ะ หายตั้งแต่ก่อนเข้าไป",
                 "มีค่ะ กำนันที่บ้านออกหนังสือรับรองให้แล้ว", "แม่ฮ่องสอนค่ะ", "ไปคนเดียวค่ะ",
                 "มีที่พักชั่วคราวที่บ้านกึ่งวิถีค่ะ"):
        chat.say(text)
        if chat.state.data.get("slot") == "needs":
            break
    assert chat.state.data.get("slot") == "needs"
    chat.say("ติดเชื้อ HIV ค่ะ ต้องรับยาต่อเนื่อง แล้วก็อยากทำบัตรประชาชนใหม่")
    needs = chat.state.data["answers"]["needs"]
    assert "hiv" in needs and "id_card" in needs


PRISON_HISTORY = ("คุก", "พ้นโทษ", "ออกจาก", "probation", "criminal", "เรือนจำ")


def test_keeping_the_prison_history_out_makes_no_referral_from_it(dialog: Dialog) -> None:
    chat = Chat(dialog)
    cases = []
    for text in ("สวัสดีครับ", "พึ่งออกจากคุกที่อุดร ขอค่ารถกลับหนองบัวลำภูได้มั้ยครับ",
                 "ไม่ต้องบันทึกเรื่องติดคุกนะครับ ไม่อยากให้มีประวัติ แต่ยังอยากได้ค่ารถอยู่",
                 "ไม่มีค่ารถครับ",  # the fare asked for in a question tells no lack of it
                 "มีบัตรครับ", "คนเดียว ไม่ด่วนครับ นอนบ้านเพื่อนได้", "ณัฐพล 0631122334"):
        cases += [e.case for e in chat.say(text).effects if isinstance(e, CreateCase)]
    assert len(cases) == 1
    case = cases[0]
    assert case["answers"]["sensitive_consent"] is False
    assert not {"needs", "need_hints", "released"} & set(case["answers"])
    assert not {"probation_support", "local_gov_support", "criminal_record"} & {
        r["id"] for r in case["referrals"]}
    stored = repr(case)
    assert not [w for w in PRISON_HISTORY if w in stored], stored


def test_a_prison_need_left_in_the_answers_is_not_referred_without_consent() -> None:
    answers = {"sensitive_consent": False, "needs": ["probation", "work", "hiv"],
               "no_fare": True, "id_card": True, "travellers": 1}
    case, _ = sent_request(KB, answers, NOW)
    ids = {r["id"] for r in case["referrals"]}
    assert "job_placement" in ids  # a plain need stays
    assert not {"probation_support", "local_gov_support", "hiv_aid"} & ids


def test_with_consent_the_prison_need_is_referred() -> None:
    answers = {"sensitive_consent": True, "released": True, "needs": ["probation"],
               "no_fare": True, "id_card": True, "travellers": 1}
    case, _ = sent_request(KB, answers, NOW)
    assert "probation_support" in {r["id"] for r in case["referrals"]}  # negative


@pytest.mark.parametrize(("text", "need"), [
    ("เป็นวัณโรคค่ะ", "health"), ("ผมล้างไตอาทิตย์ละ 2 ครั้ง", "health"),
    ("ติดเชื้อวัณโรคค่ะ", "health"),
    ("เป็นโรคจิตเภท", "mental"), ("ออกมาจากเรือนจำกลางคลองเปรมครับ", "probation")])
def test_illnesses_and_prisons_said_in_everyday_words(text: str, need: str) -> None:
    """The last session's notes: "เป็นวัณโรค" and "ออกมาจากเรือนจำกลางคลองเปรม" were no need,
    so neither the consent to record them nor their referral was asked."""
    assert need in parse_needs(text)
    assert "hiv" not in parse_needs(text)  # a TB infection is no HIV


@pytest.mark.parametrize("text", ["ไม่เคยออกมาจากคุก", "ไปเยี่ยมลูกที่เรือนจำ", "ล้างจานที่ร้าน",
                                  # (the first review: a past operation or paralysis, healed)
                                  "เคยผ่าตัดไส้ติ่งตอนเด็ก ตอนนี้แข็งแรงดี",
                                  "แม่เคยเป็นอัมพาต ตอนนี้หายแล้ว"])
def test_no_illness_nor_release_in_these(text: str) -> None:
    assert not {"health", "mental", "probation"} & set(parse_needs(text))


@pytest.mark.parametrize("text", [
    "เคยเป็นมะเร็ง หายแล้ว",  # the last session's note
    "เคยเป็นมะเร็งค่ะ ตอนนี้หายแล้ว", "ผมเคยป่วยเป็นวัณโรค รักษาหายแล้วครับ",
    "เคยเป็นโรคซึมเศร้า หายดีแล้วค่ะ", "เคยเข้าโรงพยาบาลจิตเวช ตอนนี้หายดีแล้ว",
    "เคยติดยา เลิกได้แล้ว", "เคยป่วยหนัก ตอนนี้แข็งแรงดีแล้วครับ"])
def test_an_illness_said_as_over_is_no_need(text: str) -> None:
    """A past illness healed was read as a current one: the sensitive consent was asked
    for nothing, and a yes recorded a false health need."""
    assert not {"health", "mental"} & set(parse_needs(text))


@pytest.mark.parametrize(("text", "need"), [
    ("เป็นมะเร็ง ยังไม่หาย", "health"), ("เคยเป็นวัณโรค หายแล้ว แต่ยังต้องกินยา", "health"),
    ("เคยเป็นมะเร็ง หายแล้วแต่ต้องไปตรวจทุกเดือน", "health"),
    ("เคยเป็นเบาหวาน ยังกินยาอยู่", "health"), ("เคยเข้าโรงพยาบาล ตอนนี้ยังไม่หาย", "health"),
    ("เคยป่วย ยาหายแล้ว", "health"),  # the medicine lost, not the illness healed
    ("แม่เคยเป็นมะเร็ง หายแล้ว ตอนนี้พ่อป่วย", "health")])
def test_an_illness_still_cared_for_stays_a_need(text: str, need: str) -> None:
    assert need in parse_needs(text)


def test_a_card_lost_is_no_illness_healed() -> None:
    assert parse_needs("เคยป่วย บัตรหายแล้ว") == ["id_card", "health"]
