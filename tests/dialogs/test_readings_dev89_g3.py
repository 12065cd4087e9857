"""Misreadings found in the blind development sets dev90, dev91 and dev92 (group g3)."""

from __future__ import annotations

import pytest

from dialogs.card_reader import read_id_card
from dialogs.consent_preview import split_consent
from dialogs.consent_yes import consent_word
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.romanised import thai_from_latin
from dialogs.types import Inbound, RequestHandoff
from dialogs.understand import read_message
from dialogs.writer_place import for_another

from .test_engine import Chat


# dev90: Southern "ตางค์" (money) was not read: the hardship asked three times, then a handoff
@pytest.mark.parametrize("text", [
    "ไม่มีตางค์ค่ารถหลบบ้าน เขารื้อบ้านริมคลองแล้ว", "ไม่มีตางค์ค่ารถ", "ตางค์ก็ไม่มี",
    "ตางค์หมดแล้ว", "ไม่มีตางค์หลบบ้านชุมพร", "ของก็ขายบ่ได้ สตางค์หมดเลยเจ้า😢😢"])
def test_southern_money_word_lacking(text: str) -> None:
    assert read_message(text)["no_fare"] is True


@pytest.mark.parametrize(("text", "fare"), [
    ("มีตางค์ค่ารถ", False), ("ตางค์ไม่มีปัญหา", None), ("ค่าตางค์ไม่มี", None)])
def test_southern_money_word_not_lacking(text: str, fare: bool | None) -> None:
    assert read_message(text).get("no_fare") is fare


# dev92: "[sticker]" typed as text counted as an unclear answer at the consent question
@pytest.mark.parametrize("text", ["[sticker]", " (sticker) ", "[สติกเกอร์]", "[Sticker]"])
def test_sticker_written_as_text_is_a_sticker(text: str) -> None:
    assert Inbound.of_text(text).sticker_typed().kind == "sticker"


@pytest.mark.parametrize("text", ["ใช่ค่ะ [sticker]", "sticker", "สติกเกอร์"])
def test_text_beside_a_sticker_stays_text(text: str) -> None:
    assert Inbound.of_text(text).sticker_typed().kind == "text"


def test_stickers_and_greetings_before_consent_meet_no_handoff(dialog: Dialog) -> None:
    chat = Chat(dialog)
    for text in ("[sticker]", "สวัสดีค่ะ", "มีคนอยู่มั้ยคะ", "[sticker]", "คือว่า"):
        result = chat.say(text)
        assert not any(isinstance(e, RequestHandoff) for e in result.effects)
    chat.say("ยินยอมค่ะ")
    assert chat.state.data.get("consent") is True


# dev91: a sister writing for her brother just released; her own place ("หนูอยู่อุบล")
# was read as his, and he was refused as already at home
@pytest.mark.parametrize("text", [
    "น้องชายหนูพึ่งพ้นโทษออกมาจากทัณฑสถานบำบัดพิเศษปทุมธานีค่ะ คดียาบ้า",
    "น้องชายหนูเพิ่งออกจากเรือนจำค่ะ", "พ่อผมเพิ่งออกจากคุกครับ"])
def test_kin_just_released_is_written_for(text: str) -> None:
    assert for_another(text)


@pytest.mark.parametrize("text", [
    "ผมเพิ่งพ้นโทษครับ", "หนูพึ่งออกจากเรือนจำค่ะ",
    "พ่อเพิ่งออกจากคุกค่ะ หนูจะไปรับกลับด้วยกัน"])  # the writer's own, or going together
def test_own_release_is_not_written_for_another(text: str) -> None:
    assert not for_another(text)


def test_the_sisters_place_is_not_the_brothers(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ขอความช่วยเหลือค่ะ")
    chat.say("น้องชายหนูพึ่งพ้นโทษออกมาจากทัณฑสถานบำบัดพิเศษปทุมธานีค่ะ คดียาบ้า "
             "ตอนนี้ไม่มีเงินกลับบ้านเลย เมื่อคืนนอนป้ายรถเมล์")
    chat.say("หนูอยู่อุบลค่ะ ไม่มีเงินโอนไปให้ 😢")
    chat.say("ยินยอมค่ะ")
    assert "current_province" not in chat.state.data["answers"]


# dev91: "และ" inside one question ("ระหว่างรอและระหว่างเดินทาง") split it into two requests,
# and the rates were never answered
def test_one_question_with_and_keeps_its_answer(dialog: Dialog) -> None:
    decision = dialog.matcher.decide(
        "เรียนสอบถามครับ กรณีผู้พ้นโทษรอส่งกลับภูมิลำเนา ค่าอาหารระหว่างรอและระหว่างเดินทาง"
        "เบิกได้วันละเท่าไหร่ต่อคนครับ")
    assert decision.topic == "return_home_rates" and decision.second is None


def test_two_requests_still_get_two_answers(dialog: Dialog) -> None:
    decision = dialog.matcher.decide("อยากทำบัตรใหม่ แล้วก็หางานด้วยครับ")
    assert decision.second is not None
    assert {decision.topic, decision.second.id} == {"id_card", "job_placement"}


# dev92: a slip taken back at the name ("bank krub... เอ้ย แบงค์ครับ")
@pytest.mark.parametrize(("text", "name"), [
    ("bank krub... เอ้ย แบงค์ครับ คีย์บอร์ดมันเปลี่ยน", "แบงค์"),
    ("ต้น เอ้ย ไม่ใช่ ต้อมครับ", "ต้อม"), ("สมชาย เอ้ย สมชัยครับ", "สมชัย"),
    # never a northern elder's title, nor a slip with nothing after it
    ("พ่ออุ๊ยคำครับ", "คำ"), ("อุ้ยคำค่ะ", "อุ้ยคำ"), ("มาลีค่ะ อุ๊ย", "มาลี")])
def test_name_after_a_slip(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


def test_a_slip_needs_the_name_question() -> None:
    assert extract_name("ต้น เอ้ย ไม่ใช่ ต้อมครับ") is None


# dev92: the card answer in Latin letters and in Thai, not read: asked twice, skipped,
# and the nationality letter asked instead
@pytest.mark.parametrize(("text", "thai"), [
    ("mee krub bat pracha chon", "มีครับบัตรประชาชน"),
    ("chon buri krub", "chon buri krub"), ("pracha chon", "pracha chon")])
def test_romanised_card_words(text: str, thai: str) -> None:
    assert thai_from_latin(text) == thai


@pytest.mark.parametrize(("text", "has"), [
    ("มีครับบัตรประชาชน", True), ("ไม่มีค่ะบัตรประชาชน", False),
    ("มีครับทั้งผมทั้งเมีย", True), ("น้องมีบัตรติดตัวค่ะ ตำรวจบอก", True),
    ("น้องมีบัตรติดตัวค่ะ ตำรวจบอก กาฬสินธุ์ค่ะ", True),
    # whose card it is, or one not had, after the yes: nothing decided here
    ("มีค่ะบัตรแม่", None), ("มีครับทั้งผมทั้งเมีย แต่บัตรเมียหมดอายุ", None),
    ("มีครับทั้งผมทั้งเมีย เมียไม่มี", None), ("น้องมีบัตรค่ะ ตำรวจบอกว่าหาย", None),
    ("น้องมีบัตรค่ะ ตำรวจเก็บไว้", None)])
def test_card_answers(text: str, has: bool | None) -> None:
    assert read_id_card(text, None) is has


# dev92: the notice read out to the one written for, said after the yes, hid the card answer
@pytest.mark.parametrize(("text", "rest"), [
    ("ยินยอมครับ ผมอ่านให้ฟังแล้ว ยายมีบัตรประชาชนครับ", "ยายมีบัตรประชาชนครับ"),
    ("ยินยอมค่ะ หนูอ่านให้แม่ฟังแล้วค่ะ มีบัตรค่ะ", "มีบัตรค่ะ"),
    ("ยินยอมครับ ผมอ่านหนังสือไม่ออก", "ผมอ่านหนังสือไม่ออก"),
    ("ยินยอมค่ะ หนูถามว่าต้องทำยังไง", "หนูถามว่าต้องทำยังไง")])
def test_read_out_remark_after_the_yes(text: str, rest: str) -> None:
    assert split_consent(text) == (True, rest)


# dev92: "งือ ต้องยินยอมด้วยหรอ" (must I consent?) was taken as consent
@pytest.mark.parametrize(("text", "yes"), [
    ("งือ ต้องยินยอมด้วยหรอ", None), ("ต้องยินยอมด้วยเหรอคะ", None),
    ("ต้องยินยอมด้วยเหรอคะ... ยินยอมก็ได้ค่ะ", True), ("ยินยอมค่ะ", True)])
def test_consent_asked_about(text: str, yes: bool | None) -> None:
    assert consent_word(text) is yes
