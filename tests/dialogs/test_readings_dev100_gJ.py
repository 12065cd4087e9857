"""dev100-dev102 (group gJ, one-part mode): a pregnancy's months said as about so far
along; a story's hunger today is urgent; help asked for a parent to go home tells one
writing for another; a child named at the name question when one person goes."""

from __future__ import annotations

import pytest

from dialogs.readers import read_name_for
from dialogs.understand import read_message
from dialogs.writer_place import for_another


# --- "ท้องประมาณ7เดือน": pregnant, the months said as about so far along ---
@pytest.mark.parametrize("text", [
    "มีผู้โดยสารผู้หญิงท้องประมาณ7เดือน โดนวิ่งราวกระเป๋าเงินที่ชานชาลา ตั๋วก็อยู่ในนั้น "
    "จะกลับบ้านที่เลย รถเที่ยวสุดท้ายก็ออกไปแล้ว",  # dev102
    "ท้องเกือบ 9 เดือนค่ะ",
    "เมียท้องราวๆ 30 สัปดาห์",
    "ท้องจะ 3 เดือนแล้ว"])
def test_pregnancy_about_so_far_along(text: str) -> None:
    assert "pregnant" in read_message(text).get("special_needs", [])


@pytest.mark.parametrize("text", [
    "ปวดท้องประมาณ 2 อาทิตย์", "มวนท้องประมาณ 3 อาทิตย์", "ท้องเสียประมาณ 2 อาทิตย์",
    "ไม่สบายท้องประมาณ 2 อาทิตย์", "หิวจนแสบท้องประมาณ 2 วัน"])
def test_a_belly_for_about_as_long_is_no_pregnancy(text: str) -> None:
    assert "pregnant" not in read_message(text).get("special_needs", [])


# --- hunger today told in a story: urgent, a roof or not ---
@pytest.mark.parametrize("text", [
    "ผมโดนเลย์ออฟจากโรงงานที่ศรีราชาครับ ตอนนี้ขออาศัยนอนห้องเพื่อนอยู่ แต่เงินหมดแล้ว"
    " วันนี้ยังไม่ได้กินอะไรเลย",  # dev101
    "ตกงานครับ นอนห้องเพื่อนได้ แต่ข้าวยังไม่ได้กินทั้งวัน",
    "ไม่มีเงินเลยค่ะ ไม่มีข้าวกินตั้งแต่เมื่อวาน"])
def test_hunger_today_in_a_story_is_urgent(text: str) -> None:
    assert read_message(text).get("urgent") is True


@pytest.mark.parametrize("text", [
    "ตกงานครับ ไม่มีรายได้", "วันนี้ยังไม่ได้กินข้าว แต่มีเงินซื้อ", "พรุ่งนี้คงไม่มีข้าวกิน",
    "ไม่มีค่ารถครับ เงินค่าข้าวก็ไม่มี", "เมื่อวานไม่มีข้าวกิน วันนี้เพื่อนให้ข้าวแล้ว"])
def test_no_hunger_today_says_no_urgency(text: str) -> None:
    assert "urgent" not in read_message(text)


# --- "ช่วยแม่กลับบ้าน": the writer asks for a parent, the writer's place is not theirs ---
@pytest.mark.parametrize("text", [
    "หนูอยู่กทม.ค่ะ ตอนนี้หนูก็ตกงาน ไม่มีเงินโอนให้แม่เลย บ้านแม่อยู่ลำปาง "
    "ช่วยแม่กลับบ้านได้มั้ยคะ",  # dev102
    "ผมอยู่ชลบุรี ช่วยพ่อผมกลับบ้านหน่อยครับ",
    "ช่วยให้ยายได้กลับบ้านด้วยค่ะ หนูอยู่ขอนแก่น"])
def test_help_for_a_parent_home_is_for_another(text: str) -> None:
    assert for_another(text)


@pytest.mark.parametrize("text", [
    "หนูอยู่กทม. ช่วยหนูกับแม่กลับบ้านด้วยค่ะ",
    "หนูอยู่กทม. ช่วยแม่กลับบ้านด้วย หนูก็จะกลับด้วย",
    "หนูอยู่กทม. ช่วยแม่ค้ากลับบ้าน",
    "ช่วยแม่กลับบ้านด้วยค่ะ เราจะกลับด้วยกัน"])
def test_help_home_with_the_writer_is_not_for_another(text: str) -> None:
    assert not for_another(text)


# --- "ลูกชื่อปรียาค่ะ" at the name question, one person going: the child's name ---
@pytest.mark.parametrize("text", ["ลูกชื่อปรียาค่ะ", "ลูกสาวชื่อปรียา", "ลูกสาวหนูชื่อ ปรียา ค่ะ"])
def test_child_named_when_one_goes(text: str) -> None:
    assert read_name_for(text, None, {"travellers": 1}) == "ปรียา"


@pytest.mark.parametrize("text", ["ลูกชื่อปรียาค่ะ", "ลูกสาวชื่อปรียา"])
def test_child_named_not_taken_when_more_go(text: str) -> None:
    assert read_name_for(text, None, {"travellers": 2}) is None
    assert read_name_for(text, None, {}) is None


@pytest.mark.parametrize("text", ["เพื่อนชื่อเอ 0812345678", "ลูกชื่อไรนะ", "ลูกชื่อเหมือนหนูค่ะ"])
def test_not_a_child_named_when_one_goes(text: str) -> None:
    assert read_name_for(text, None, {"travellers": 1}) is None
