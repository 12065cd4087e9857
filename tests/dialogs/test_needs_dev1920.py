"""dev20: the rice gone or no money sent home is a lack of food/income; a new card wished
for is the ID card need; an interest-free loan for an elder is the elderly loan; and the
"not understood" reply never says one sentence a third time."""

from __future__ import annotations

import collections

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.needs import parse_needs, referrals
from dialogs.readers import read_hardship
from dialogs.types import RequestHandoff

from .test_engine import consented


@pytest.mark.parametrize("text", [
    "ข้าวสารหมดบ้านค่ะ ผัวไปเฮ็ดงานกรุงเทพบ่ส่งเงินมา",
    "ข้าวสารหมดบ้านค่ะ", "ผัวไปเฮ็ดงานกรุงเทพบ่ส่งเงินมา", "ไม่มีคนส่งเงินมาให้",
    "ของกินหมดแล้วค่ะ", "ลูกไม่ส่งเงินมาเลย", "ไม่มีข้าวสาร", "ไม่มีอะไรกิน", "อดข้าวมาสองวัน",
])
def test_rice_gone_or_no_money_sent_is_no_food(text: str) -> None:
    read = read_hardship(text, None)
    assert read is not None and read["no_food"] is True


def test_rice_gone_beside_another_trouble_keeps_both() -> None:
    assert read_hardship("ข้าวสารก็หมด ไม่มีค่ารถ", None) == {"no_fare": True, "no_food": True}


@pytest.mark.parametrize("text", [
    "ข้าวสารยังมี", "ข้าวสารยังพอมีอยู่", "ลูกส่งเงินมาให้ทุกเดือน", "ข้าวของหมดเลย ไฟไหม้",
    "ไม่ต้องส่งเงินมา", "ข้าวหมดอายุ",
])
def test_rice_had_or_money_sent_is_no_lack(text: str) -> None:
    read = read_hardship(text, None)
    assert read is None or read.get("no_food") is not True


def test_a_new_card_wished_for_is_the_card_need() -> None:
    found = parse_needs("อยากได้บัตรใหม่เจ้า กับเรื่องยาต้าน เป็นผู้ติดเชื้อHIV กินยาอยู่")
    assert "id_card" in found and "hiv" in found


@pytest.mark.parametrize("text", ["ได้บัตรใหม่แล้วค่ะ", "ไม่อยากได้บัตรใหม่", "อยากได้สูติบัตรใหม่ให้ลูก"])
def test_a_new_card_had_or_not_wished_is_no_need(text: str) -> None:
    assert "id_card" not in parse_needs(text)


MONK = "โยมอยากขายลอตเตอรี่ ได้ยินว่าผู้สูงอายุที่พ้นโทษกู้ทุนได้ไม่มีดอกเบี้ย แล้วก็เบี้ยยังชีพคนแก่ด้วย"


def test_an_elders_loan_refers_the_elderly_loan(dialog: Dialog) -> None:
    found = parse_needs(MONK)
    assert "loan" in found and "elderly" in found
    ids = [r["id"] for r in referrals(dialog.kb, found)]
    assert "elderly_loan" in ids and "home_worker_fund" not in ids


def test_a_loan_refers_by_who_asks(dialog: Dialog) -> None:
    assert next(r["id"] for r in referrals(dialog.kb, ["loan", "disability"])) == "disability_loan"
    assert [r["id"] for r in referrals(dialog.kb, ["loan"])] == ["home_worker_fund"]
    assert parse_needs("อยากกู้เงินไปขายของ") == ["loan"]


@pytest.mark.parametrize("text", ["มูลนิธิกู้ภัยช่วยพามา", "เป็นหนี้เงินกู้นอกระบบ", "ติดหนี้กู้นอกระบบ",
                                  "กู้ชีพมารับ"])
def test_rescue_or_a_debt_is_no_loan(text: str) -> None:
    assert "loan" not in parse_needs(text)


NONSENSE = "ฟหกดฟหกด"


def test_not_understood_three_ways_then_staff(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เมนู", "cmd:menu")
    assert chat.state.name == st.IDLE
    said = [chat.say(NONSENSE).replies[0].text for _ in range(4)]
    assert said[:3] == [texts.UNKNOWN, texts.UNKNOWN_2, texts.UNKNOWN_3]
    assert said[3] == texts.HANDOFF_STUCK
    assert chat.last is not None and chat.last.effects == (RequestHandoff("not_understood"),)


def test_no_sentence_three_times_in_seven_not_understood(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เมนู", "cmd:menu")
    counts = collections.Counter(chat.say(NONSENSE).replies[0].text for _ in range(7))
    assert max(counts.values()) <= 2


def test_an_understood_message_between_starts_afresh(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เมนู", "cmd:menu")
    chat.say(NONSENSE)
    chat.say(NONSENSE)
    chat.say("ขอบคุณค่ะ")
    assert chat.say(NONSENSE).replies[0].text == texts.UNKNOWN  # no handoff after a break


def test_old_age_told_after_sending_is_recorded() -> None:
    from dialogs.after_needs import told_needs
    assert told_needs("เบี้ยคนแก่ยังไม่เคยได้สักทีครับ", None) == ["elderly"]


@pytest.mark.parametrize("text", ["เบี้ยผู้สูงอายุขอได้ไหมคะ", "ไม่ได้เป็นคนแก่นะ"])
def test_old_age_asked_or_denied_after_sending_is_no_need(text: str) -> None:
    from dialogs.after_needs import told_needs
    assert told_needs(text, None) == []


@pytest.mark.parametrize(("text", "need"), [
    ("ลูกยังบ่ได้ขึ้นทะเบียนคนพิการ อยากได้เบี้ยคนพิการค่ะ", "disability"),
    ("ญาติบอกยังไม่เคยขึ้นทะเบียนคนพิการ ยังไม่ได้เบี้ยคนพิการ อยากให้แนะนำเรื่องนี้ด้วยครับ", "disability"),
    ("อยากได้เบี้ยผู้สูงอายุค่ะยายยังไม่เคยได้เลยค่ะ", "elderly"),
    ("ยังบ่ได้เบี้ยคนเฒ่าเลยเจ้า อยากให้ช่วยสมัครให้", "elderly"),
    ("อยากไปฝากครรภ์ที่บ้าน", "health"),
    ("บัตรไหม้ อยากทำใหม่ครับ", "id_card"),
])
def test_other_needs_told_in_other_words(text: str, need: str) -> None:
    assert need in parse_needs(text)


@pytest.mark.parametrize(("text", "need"), [
    ("ไม่มีคนพิการค่ะ", "disability"), ("ไม่มีผู้สูงอายุ", "elderly"),
    ("บัตรเอทีเอ็มหาย อยากทำใหม่", "id_card"),
])
def test_other_needs_denied_or_of_something_else(text: str, need: str) -> None:
    assert need not in parse_needs(text)


def test_a_disability_card_is_no_id_card() -> None:
    assert parse_needs("แม่ยังไม่ได้ทำบัตรคนพิการค่ะ อยากได้เบี้ยคนพิการ") == ["disability"]
    assert parse_needs("ยัง ไม่ มี บัตร คน พิการ อยาก ได้ เบี้ย") == ["disability"]


@pytest.mark.parametrize("text", ["มือติดเชื้อครับ", "แผลติดเชื้อ", "ติดเชื้อโควิดค่ะ",
                                  "ปอดติดเชื้อ", "ติดเชื้อในกระแสเลือดค่ะ"])
def test_an_infection_of_a_wound_or_another_germ_is_no_hiv(text: str) -> None:
    assert "hiv" not in parse_needs(text)  # dev16: "มือติดเชื้อครับ" (sick, not HIV)


@pytest.mark.parametrize("text", ["ติดเชื้อ HIV", "เป็นผู้ติดเชื้อค่ะ", "ผมติดเชื้อครับ",
                                  "ติดเชื้อค่ะ กินยาต้านอยู่", "มือติดเชื้อ ผมก็ติดเชื้อด้วย"])
def test_infection_said_of_the_person_is_still_hiv(text: str) -> None:
    assert "hiv" in parse_needs(text)
