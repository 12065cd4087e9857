"""Thai nationality granted after a pink card (dev11: a Lisu mother, Thai since last year)."""

from __future__ import annotations

import pytest

from dialogs.parse import extract_facts


@pytest.mark.parametrize("text", [
    "มีค่ะ เมื่อก่อนถือบัตรสีชมพู ปีที่แล้วได้บัตรประชาชนไทยแล้วค่ะ",
    "เมื่อก่อนเป็นบัตรชมพู ตอนนี้ได้สัญชาติแล้ว", "ได้สัญชาติไทยแล้วค่ะ"])
def test_granted_since_is_thai(text: str) -> None:
    assert extract_facts(text).thai_national is True


@pytest.mark.parametrize("text", [
    "ถือบัตรสีชมพู", "ยังไม่ได้สัญชาติไทยค่ะ", "ถือบัตรชมพู ยังไม่ได้บัตรประชาชน",
    "ถือบัตรชมพู บ่ได้สัญชาติไทย"])
def test_pink_card_or_not_granted_is_not_thai(text: str) -> None:
    assert extract_facts(text).thai_national is False


def test_asking_about_it_says_nothing() -> None:
    assert extract_facts("ได้บัตรประชาชนไทยไหม").thai_national is None



# dev17: a Lisu elder "ไม่มีสถานะ" (no registered status), dev11: nationality applied for
@pytest.mark.parametrize("text", [
    "ไม่มีสถานะค่ะ ยังไม่ได้สัญชาติไทย", "คุณตาไม่มีชื่อในทะเบียนบ้าน ไม่มีสถานะ", "เป็นคนไร้สถานะครับ",
    "ท่านบอกออกหนังสือรับรองสัญชาติไทยให้ไม่ได้ ไม่มีสถานะ",
    "ฉันถือบัตรสีชมพูค่ะ ยื่นขอสัญชาติไทยอยู่ยังไม่ได้", "ไม่มีค่ะ เรื่องสัญชาติยังรออยู่ที่อำเภอ",
    "รอสัญชาติไทยอยู่ค่ะ"])
def test_stateless_or_pending_is_not_thai(text: str) -> None:
    assert extract_facts(text).thai_national is False


@pytest.mark.parametrize("text", [
    "ไม่มีสถานะทางการเงินครับ", "ผู้ใหญ่บ้านออกหนังสือรับรองสัญชาติไทยให้ไม่ได้",
    "ไม่มีชื่อในทะเบียนบ้านครับ ย้ายออกมานานแล้ว"])
def test_money_status_the_letter_named_or_no_house_register_says_nothing(text: str) -> None:
    """A Thai struck off a house register is still Thai; the letter's name is no claim."""
    assert extract_facts(text).thai_national is None


@pytest.mark.parametrize("text", ["มีหนังสือรับรองสัญชาติไทยค่ะ", "ผมเป็นคนไทย ไม่มีสถานะอะไรพิเศษ"])
def test_the_letter_had_or_thai_said_is_thai(text: str) -> None:
    assert extract_facts(text).thai_national is True


@pytest.mark.parametrize("text", [
    "ตกงาน ไม่มีสถานะเป็นพนักงานแล้ว ไม่มีค่ารถกลับขอนแก่น", "ไม่มีสถานะทางเศรษฐกิจ",
    "ไม่มีสถานะจะจ่ายค่ารถ", "ไม่มีสถานะอะไร",
    "รอสัญชาติลูก", "ยื่นขอสัญชาติให้ลูกอยู่ค่ะ"])  # a child's nationality awaited
def test_no_standing_of_another_kind_is_not_statelessness(text: str) -> None:
    # review: each was read as not Thai (an immediate refusal)
    assert extract_facts(text).thai_national is None


@pytest.mark.parametrize("text", ["ผมไม่มีสถานะครับ", "ไม่มีสถานะทางทะเบียน", "ไร้สถานะค่ะ",
                                  "ไม่มีสถานะ ไม่มีบัตรค่ะ", "รอสัญชาติไทยอยู่ค่ะ"])
def test_statelessness_said_is_still_not_thai(text: str) -> None:
    assert extract_facts(text).thai_national is False
