"""dev7: nationality said of a card numbered from 0 or not yet granted, and "no hardship"
said outright; each with sentences that must not be read that way."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.understand import read_message
from dialogs.urgency import read_urgent

from .test_engine import consented


@pytest.mark.parametrize("text", [
    "มีบัตรครับ แต่เป็นบัตรเลข 0 นำหน้า ยังไม่ได้สัญชาติไทย",
    "ยังไม่ได้สัญชาติไทยครับ", "บัตรเลข 0 นำหน้าค่ะ", "เลขบัตรขึ้นต้นด้วย 0 ครับ",
    "ผมไม่ได้สัญชาติ"])
def test_not_thai(text: str) -> None:
    assert read_message(text).get("thai") is False


@pytest.mark.parametrize("text", [
    "ผมได้สัญชาติไทยแล้ว", "ยังไม่ได้บัตรประชาชน", "บัตรประชาชนเลข 1234",
    "มีบัตร เบอร์ 0812345678", "โทร 0891234567 ได้เลยค่ะ"])
def test_not_a_word_of_nationality_lost(text: str) -> None:
    assert read_message(text).get("thai") is not False


def test_no_hardship_said_outright_outweighs_asking_for_the_fare() -> None:
    said = read_message("ขอค่ารถกลับบ้านได้มั้ยคะ ไม่ได้ลำบากอะไรนะคะ แต่ถ้าได้ฟรีก็ดี")
    assert (said["no_shelter"], said["no_food"], said["no_fare"]) == (False, False, False)


@pytest.mark.parametrize(("text", "fare"), [
    ("ไม่ได้ลำบากอะไรค่ะ แต่ไม่มีค่ารถกลับบ้าน", True),  # a lack said after it counts
    ("ไม่ได้ลำบากอะไรมาก แต่ไม่มีค่ารถ", True),  # "not much": no denial of all
])
def test_a_lack_said_after_still_counts(text: str, fare: bool) -> None:
    assert read_message(text).get("no_fare") is fare


def test_a_story_of_no_hardship_is_refused(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ขอค่ารถกลับบ้านได้มั้ยคะ ไม่ได้ลำบากอะไรนะคะ แต่ถ้าได้ฟรีก็ดี")
    assert chat.state.name == "done"


def test_a_card_numbered_from_0_gets_the_nationality_reason(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่เชียงใหม่ ไม่มีค่ารถกลับบ้านที่แม่ฮ่องสอนครับ")
    replies = chat.say("มีบัตรครับ แต่เป็นบัตรเลข 0 นำหน้า ยังไม่ได้สัญชาติไทย").replies
    assert chat.state.name == "done"
    assert any("สัญชาติ" in r.text for r in replies)


def test_what_is_supposed_is_not_told(dialog: Dialog) -> None:
    """"ถ้าไม่มีบัตรต้องทำยังไงคะ" supposes: no answer about the card."""
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ")
    chat.say("ถ้าไม่มีบัตรต้องทำยังไงคะ")
    assert "id_card" not in chat.state.data["answers"]


@pytest.mark.parametrize("text", [
    "ลุงบ่มีตังค์ขึ้นรถปิ๊กบ้านน่านครับ ตอนนี้อยู่เจียงใหม่ นอนวัดใกล้ขนส่งอาเขตไปก่อน",
    "โยมคนเดียว พักที่วัดได้ไม่เดือดร้อนเรื่องที่นอน", "พักที่มูลนิธิได้ค่ะ"])
def test_a_roof_for_now_is_not_urgent(text: str) -> None:
    assert read_message(text).get("urgent") is False


@pytest.mark.parametrize("text", ["นอนวัดไม่ได้แล้ว คืนนี้ไม่มีที่นอน", "นอนวัดได้ไม่นาน"])
def test_no_roof_for_now_is_not_read_as_one(text: str) -> None:
    assert read_message(text).get("urgent") is not False


@pytest.mark.parametrize(("text", "state"), [
    ("ลุงมีบัตรประชาชนเก่าๆ อยู่ใบนึงค่ะ ยังไม่หมดอายุ เชียงใหม่ค่ะ", None),  # old, valid
    ("บัตรประชาชนเก่าแล้ว หมดอายุ", "expired"),
    ("บัตรเก่าค่ะ", "expired"),
    ("มีบัตรแต่หมดอายุ", "expired"),
])
def test_an_old_card_is_expired_only_when_not_said_valid(text: str, state: str | None) -> None:
    assert read_message(text).get("id_card_state") == state


@pytest.mark.parametrize("text", ["เมียท้อง 7 month แล้ว อยากกลับไปคลอดที่บ้านร้อยเอ็ด",
                                  "2 คนครับ ผมกับเมียที่ท้องอยู่", "ท้อง 5 months ค่ะ"])
def test_pregnant_in_english_months_or_after_ที่(text: str) -> None:
    """dev8: the pregnancy of a wife, said with "month" or "เมียที่ท้องอยู่"."""
    assert "pregnant" in read_message(text).get("special_needs", [])


@pytest.mark.parametrize("text", ["ผมกับเมียที่ปวดท้องอยู่", "เมียที่ท้องเสียอยู่"])
def test_a_stomach_ache_is_no_pregnancy(text: str) -> None:
    assert "pregnant" not in read_message(text).get("special_needs", [])


@pytest.mark.parametrize("text", [
    "นอนวัดไปก่อนค่ะ แต่ลูกไม่สบายหนัก", "คืนนี้นอนวัดไปก่อน แต่พรุ่งนี้วัดให้ออกแล้วค่ะ",
    "ไม่มีที่นอนค่ะ จะไปขอนอนวัดไปก่อน"])
def test_a_roof_for_now_with_a_but_or_only_meant_is_not_calm(text: str) -> None:
    """Review: a "but" after the roof, or a roof only meant, leaves urgency to ask."""
    assert read_message(text).get("urgent") is not False
    assert read_urgent(text, None) is not False


def test_a_lost_letter_is_no_letter() -> None:
    said = read_message("มีหนังสือรับรองแต่หายไปพร้อมบัตรค่ะ กลับเชียงราย")
    assert said["nationality_letter"] is False


@pytest.mark.parametrize(("text", "card"), [
    ("บัตรประชาชนเก่าๆ ยังไม่หมดอายุค่ะ ไม่มีค่ารถกลับบ้าน", True), ("บัตรเก่าแต่ยังใช้ได้ค่ะ", True),
    ("บัตรหายแต่ยังใช้ได้ไหม", False)])
def test_an_old_card_said_valid_is_a_card(text: str, card: bool) -> None:
    said = read_message(text)
    assert said["id_card"] is card and "id_card_state" not in said
