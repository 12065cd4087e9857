"""Money gone, said as what is left or who took it (dev17: "นายหน้าเก็บเงินค่าสมัครงาน
ไปหมดแล้วหายไปเลยค่ะ เหลือเงินไม่ถึงห้าสิบบาท" was never read, and the hardship question
went round 25 turns); the fare had is the fare only, the rest still asked."""

from __future__ import annotations

import pytest

from dialogs.parse import extract_facts
from dialogs.readers import read_hardship


@pytest.mark.parametrize("text", [
    "นายหน้าเก็บเงินค่าสมัครงานไปหมดแล้วหายไปเลยค่ะ เหลือเงินไม่ถึงห้าสิบบาท",
    "เหลือแค่ 20 บาทครับ", "เหลือเงินไม่กี่บาท", "เขาเอาเงินไปหมดแล้ว"])
def test_money_gone_is_no_fare(text: str) -> None:
    assert (read_hardship(text, None) or {}).get("no_fare") is True


@pytest.mark.parametrize("text", ["เหลือแค่ลูกคนเดียว", "เอาเงินไปคืนหมดแล้ว", "เหลือเงินอีกเยอะ"])
def test_other_things_left_or_taken_are_not_read(text: str) -> None:
    assert read_hardship(text, None) is None


def test_the_fare_had_leaves_the_rest_to_ask() -> None:
    assert read_hardship("มีค่ารถแล้ว", None) is None  # not "no trouble at all"
    assert read_hardship("ก็มีเงินอยู่ครับ มีงานทำ", None) == dict.fromkeys(
        ("no_shelter", "no_food", "no_fare"), False)


# dev17: a salaried woman asks "can I have the fare home?": a question of the aid, no lack told
@pytest.mark.parametrize("text", [
    "อยากสอบถามค่ะ ขอค่ารถกลับบ้านช่วงปีใหม่ได้ไหมคะ ตั๋วแพงมาก", "ขอค่ารถไปกรุงเทพได้ไหมครับ",
    "ขอค่าเดินทางกลับบ้านได้มั้ยคะ", "ขอเงินช่วยค่ารถกลับบ้านได้บ่"])
def test_the_fare_asked_for_in_a_question_is_no_lack(text: str) -> None:
    assert extract_facts(text).no_fare is None


@pytest.mark.parametrize("text", [
    "ไม่มีค่ารถ ขอค่ารถกลับบ้านได้ไหมคะ", "ขอค่ารถกลับบ้านได้ไหมคะ ไม่มีเงินเลย",
    "ขอค่ารถกลับบ้านหน่อยค่ะ", "ขอความช่วยเหลือค่ารถกลับบ้านค่ะ"])
def test_the_lack_told_or_the_fare_asked_outright_is_no_fare(text: str) -> None:
    assert extract_facts(text).no_fare is True


@pytest.mark.parametrize("text", ["มีเงินค่ารถแล้วค่ะ", "มีเงินซื้อตั๋วแล้วครับ"])
def test_money_for_the_fare_is_no_answer_for_the_rest(text: str) -> None:
    # review: these were read as "no trouble at all" (a refusal at once)
    assert read_hardship(text, None) is None
    assert extract_facts(text).no_fare is False


@pytest.mark.parametrize("text", ["สัญญาเช่าเหลือแค่ 3 วัน", "วีซ่าเหลือไม่ถึง 10 วัน",
                                  "ห้องเหลือแค่ 2 คืน"])
def test_days_left_are_no_money_left(text: str) -> None:
    facts = extract_facts(text)
    assert facts.no_fare is None and facts.no_food is None


@pytest.mark.parametrize("text", ["เหลือแค่ 20 บาท", "เหลือเงินไม่ถึงห้าสิบบาท",
                                  "เหลือเงินไม่กี่บาท", "เหลือไม่ถึงร้อยบาทครับ"])
def test_money_left_in_baht_is_still_no_fare(text: str) -> None:
    assert extract_facts(text).no_fare is True
