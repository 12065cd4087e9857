"""Review 1 of the dev76-dev79 readings (5c79546): near misses the new rules took, and the
sentences the rules were written for, which must keep working."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.needs import parse_needs
from dialogs.readers import read_hardship, read_province, read_special
from dialogs.slots import BY_KEY
from dialogs.understand import read_message

from .test_engine import Chat

NO_TROUBLE = {"no_shelter": False, "no_food": False, "no_fare": False}


@pytest.mark.parametrize("text", [
    # a kin's or today's trouble denied, the word opening its clause, or "any", "at all"
    "ยายไม่ได้ ลำบากอะไรหรอกลูก", "ตอนนี้ไม่ได้ ลำบากอะไรค่ะ", "พ่อไม่ได้ เดือดร้อน มีที่พักมีข้าวกิน",
    "น้องไม่ได้ ลำบากค่ะ", "ป้าไม่ได้ เดือดร้อนอะไรจ้ะ", "ตาไม่ได้ เดือดร้อนหรอก แค่คิดถึงบ้าน",
])
def test_a_trouble_denied_after_a_space_is_none(text: str) -> None:
    assert read_hardship(text, None) == NO_TROUBLE
    assert read_message(text).get("no_fare") is False


@pytest.mark.parametrize("text", [
    "ที่บ้านส่งตังมาไม่ได้ เดือดร้อน", "กลับบ่ได้ ลำบากหลาย", "ติดต่อแม่ไม่ได้ เดือดร้อน",
    "เดินทางไม่ได้ ลำบากค่ะ", "ติดต่อที่บ้านไม่ได้ เดือดร้อนค่ะ",
])
def test_a_cannot_then_a_trouble_stays_a_trouble(text: str) -> None:
    assert read_hardship(text, None) is None  # (dev79)
    assert read_message(text).get("no_fare") is not False


def test_an_elder_not_in_trouble_is_told_so_at_once(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีจ้ะ")
    chat.say("ยินยอม")
    assert "ไม่เข้าเกณฑ์ความเดือดร้อน" in chat.text("ยายไม่ได้ เดือดร้อนอะไรหรอก แค่อยากกลับบ้าน")


@pytest.mark.parametrize(("text", "urgent"), [
    # "anyway", an explanation, "not at all": said, not asked
    ("ด่วน ยังไงก็ช่วยด้วยนะคะ", True), ("ด่วน อย่างไรก็รบกวนด้วยครับ", True),
    ("รีบ ยังไงก็ต้องกลับ", True), ("รีบคือต้องออกจากห้องพรุ่งนี้ครับ", True),
    ("ไม่ด่วนหรอกค่ะ", False), ("ไม่รีบหรอกครับ", False), ("ไม่ได้ด่วนหรอกค่ะ", False),
    # asked (dev77), and kept so
    ("ด่วนยังไงคะ?", None), ("ด่วนยังไงคะ? ยังมีห้องเช่าอยู่ค่ะ แต่ค่าห้องเดือนหน้าไม่มีจ่าย", False),
    ("ด่วนคือคืนนี้ไม่มีที่นอนค่ะ", True), ("ด่วนหรอ", None), ("ด่วนเหรอคะ", None),
    ("ด่วนหรอก็ไม่รู้นะ", None),
])
def test_urgency_said_or_asked(text: str, urgent: bool | None) -> None:
    assert BY_KEY["urgent"].parse(text, None) is urgent


@pytest.mark.parametrize(("text", "had"), [
    # part of it burnt: damaged, still had
    ("บัตรไหม้ไปหน่อยครับ", True), ("บัตรไหม้ไม่หมดครับ", True), ("บัตรไหม้ไปข้างนึงครับ", True),
    ("บัตรไหม้ไปซีกนึง", True), ("บัตรไหม้ เลขบัตรยังชัดอยู่", True), ("บัตรไหม้ไปเป็นบางจุด", True),
    ("บัตรไหม้ด้านหลัง", True),
    # burnt, nothing left said (dev77, dev78): none
    ("ผมกรีดยางอยู่โป่งน้ำร้อน ของไหม้หมด บัตรประชาชนก็ไหม้ อยากกลับบ้านที่ตรัง", False),
    ("บัตรไหม้ไปกับห้องครับ ไม่เหลือ", False), ("บัตรไหม้", False), ("บัตรไหม้ ยังไม่ได้ทำใหม่", False),
])
def test_a_card_burnt_in_part_or_whole(text: str, had: bool) -> None:
    assert read_message(text).get("id_card") is had
    assert BY_KEY["id_card"].parse(text, None) is had


@pytest.mark.parametrize("text", ["ต้องใช้บัตรประชาชนไหม้ครับ", "ใช้บัตรไหม้ได้ไหมคะ",
                                  "บัตรไหม้หรือเปล่าไม่รู้"])
def test_a_card_asked_of_or_unsure_is_no_card_lacking(text: str) -> None:
    # "ไหม้" typed for "ไหม", or a burning not known
    assert read_message(text).get("id_card") is not False
    assert BY_KEY["id_card"].parse(text, None) is not False


def test_a_card_burnt_on_one_side_is_no_refusal(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ยินยอม")
    chat.say("ไม่มีค่ารถค่ะ อยู่ระยอง บ้านอยู่บุรีรัมย์")
    chat.say("บัตรไหม้ไปข้างนึงค่ะ")
    assert chat.state.data["answers"]["id_card_state"] == "damaged"


@pytest.mark.parametrize(("text", "as_answer"), [
    ("บัตรป้ามีค่ะ ป้าลืมไว้บนรถ", False), ("บัตรน้ามีครับ น้าเอาไปจำนำ", False),
    ("บัตรลุงมีครับ ลุงเก็บไว้ที่บ้านที่อุบล", True), ("บัตรน้ามีค่ะ ฝากนายจ้างไว้", True),
    ("บัตรน้ามีครับ ตำรวจเก็บไว้", True), ("บัตรปู่มีครับ ลืมไว้ที่ห้อง", True),
])
def test_a_kins_card_left_or_given_away_is_not_had(text: str, as_answer: bool) -> None:
    assert read_message(text).get("id_card") is not True
    if as_answer:  # (the answer's own readers take some as had, as before dev76)
        assert BY_KEY["id_card"].parse(text, None) is not True


@pytest.mark.parametrize("text", [
    "บัตรป้ามีครับ ผมเก็บไว้ให้ ลำปางครับ บ้านหลานอยู่ อ.เกาะคา ป้าเกิดที่นั่น",  # dev78
    "บัตรลุงมีครับ ผมก็มี", "บัตรลุงมีครับ ลุงชื่อสมบัติ เบอร์ 0812345678",
])
def test_a_kins_card_kept_is_had(text: str) -> None:
    assert BY_KEY["id_card"].parse(text, None) is True


@pytest.mark.parametrize("text", ["มวนท้องมา 3 อาทิตย์", "ปวดบิดท้อง 2 อาทิตย์", "ไม่สบายท้องมา 2 อาทิตย์",
                                  "แสบท้องมา 2 อาทิตย์", "อาหารเป็นพิษท้องมา 2 วีค"])
def test_a_belly_ache_for_weeks_is_no_pregnancy(text: str) -> None:
    assert "pregnant" not in (read_special(text, None) or [])


@pytest.mark.parametrize("text", ["ท้อง37weekค่ะ", "ท้อง 37 สัปดาห์", "ท้อง37วีค", "ลูกสาวท้อง 20 สัปดาห์",
                                  "เมียท้องได้ห้าอาทิตย์", "ท้องได้ 3 เดือน", "ท้องมา 3 เดือนแล้วค่ะ"])
def test_a_pregnancy_in_weeks_or_months(text: str) -> None:
    assert "pregnant" in (read_special(text, None) or [])


@pytest.mark.parametrize("text", [
    "ทำงานโรงงานเสื้อผ้าที่สมุทรสาคร โดนเลิกจ้าง", "ผมขายเสื้อผ้ามือสองที่ตลาด", "ทำงานร้านเสื้อผ้า",
    "ของใช้ยังพอมีค่ะ", "เสื้อผ้ามีพอค่ะ", "ไม่ต้องการของใช้ค่ะ อยากได้ค่ารถ", "ไม่ขอเสื้อผ้า",
])
def test_goods_made_sold_had_or_refused_are_no_need(text: str) -> None:
    assert "goods" not in parse_needs(text)


@pytest.mark.parametrize("text", ["นมผงลูกใกล้หมดค่ะ", "อยากได้เสื้อผ้า", "ไม่มีเสื้อผ้าเปลี่ยน",
                                  "เสื้อผ้ามีแค่ชุดเดียว", "ผ้าห่มไม่มี หนาวมาก"])
def test_goods_lacked_are_a_need(text: str) -> None:
    assert "goods" in parse_needs(text)  # dev79


@pytest.mark.parametrize("text", ["ทำงานตกนั่งร้านเข้าโรงพยาบาล", "ตกงานเพราะนอนโรงพยาบาลนาน",
                                  "ทำงานหนักจนเข้าโรงพยาบาล", "ตกงานเพราะเข้าโรงพยาบาล"])
def test_one_hurt_and_in_hospital_needs_care(text: str) -> None:
    assert "health" in parse_needs(text)


@pytest.mark.parametrize(("text", "needs"), [
    ("อยากได้งานนวดแผนไทยในโรงพยาบาลครับ", ["work", "massage"]),  # dev76
    ("เป็นแม่บ้านโรงพยาบาล", []), ("พนักงานทำความสะอาดโรงพยาบาลครับ ตกงาน", ["work"]),
])
def test_a_hospital_as_a_workplace_is_no_care(text: str, needs: list[str]) -> None:
    assert parse_needs(text) == needs


@pytest.mark.parametrize("text", ["รถทัวร์ออกจากลาดยาวกี่โมง", "ย้ายออกจากบางขวางมาอยู่บางบัวทอง",
                                  "ผมเป็นคนลาดยาว นครสวรรค์ ออกจากลาดยาวมาหางานทำที่กรุงเทพ"])
def test_a_prisons_place_left_by_bus_or_for_work_is_no_release(text: str) -> None:
    assert read_message(text).get("released") is not True
    assert "probation" not in parse_needs(text)


@pytest.mark.parametrize("text", [
    "ข้อยเพิ่งออกจากคลองเปรมมื่อเช้านี่ บ่มีเงินค่ารถเมือบ้านอุบลเลยครับ",  # dev76
    "ออกจากลาดยาวมาได้ ๒ วัน", "เพิ่งออกจากบางขวางครับ",  # dev64
])
def test_out_of_a_prison_known_by_name_is_released(text: str) -> None:
    assert read_message(text).get("released") is True


def test_one_asking_for_a_parent_and_themselves_is_where_they_say() -> None:
    said = read_message("ผมขอความช่วยเหลือให้แม่กับผมหน่อยครับ ผมทำงานอยู่ระยอง")
    assert said["current_province"]["name"] == "ระยอง"
    said = read_message("ขอช่วยให้ยายหน่อยค่ะ หนูอยู่ปทุม ยายติดอยู่หมอชิต")
    assert said["current_province"]["name"] == "กรุงเทพมหานคร"


def test_yala_voice_typed_at_a_words_edge_only() -> None:
    assert read_province("ไปซื้อยาลาดกระบัง", None)["name"] == "กรุงเทพมหานคร"
    assert read_province("ยาลาครับ", None)["name"] == "ยะลา"  # dev76
    assert read_message("อยู่ยาลา")["current_province"]["name"] == "ยะลา"
    assert read_message("ผมอยู่เบตง บ้านอยู่ยาลา")["home_province"]["name"] == "ยะลา"
