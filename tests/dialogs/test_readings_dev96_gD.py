"""Needless questions found in the blind development set dev96 (group gD, turns)."""

from __future__ import annotations

import pytest

from dialogs.understand import read_message


# dev96: the card of the one written for, there ("บัตรน้องยังอยู่", "บัตรลุงอยู่"), a theft
# denied after it ("ไม่โดนล้วง"): unread, asked three times, skipped, then the letter asked
@pytest.mark.parametrize("text", [
    "บัตรน้องยังอยู่ค่ะ เจ้าหน้าที่ที่นั่นถ่ายรูปส่งมาให้ดูแล้ว",
    "ยินยอมค่ะ น้องก็ยินยอม บัตรน้องยังอยู่ค่ะ เจ้าหน้าที่ที่นั่นถ่ายรูปส่งมาให้ดูแล้ว ตากค่ะ อ.แม่สอด",
    "บัตรลุงอยู่ครับ เก็บไว้กระเป๋าเสื้อ ไม่โดนล้วง",
    "ลุงบอกว่ายินยอมครับ บัตรลุงอยู่ครับ เก็บไว้กระเป๋าเสื้อ ไม่โดนล้วง",
    "บัตรลุงอยู่ครับ",
    "บัตรน้องมีค่ะ",
    "บัตรป้ายังอยู่ค่ะ ไม่ถูกขโมย"])
def test_the_card_of_the_one_written_for_is_had(text: str) -> None:
    assert read_message(text).get("id_card") is True


@pytest.mark.parametrize("text", [
    "บัตรลุงอยู่ครับ ไม่หาย แต่ของผมหาย",
    "บัตรน้องยังอยู่ค่ะ ส่วนของหนูหาย",      # another's card beside the writer's lost
    "บัตรน้องอยู่ที่บ้านค่ะ",               # left at home
    "บัตรลุงอยู่ครับ ไม่ได้เอามา",           # not brought
    "บัตรน้องหายค่ะ",
    "บัตรลุงมีครับ ลุงเก็บไว้ที่บ้านที่อุบล"])
def test_a_card_not_with_them_is_not_had(text: str) -> None:
    assert read_message(text).get("id_card") is not True


# dev96: officials keeping the one written for at a centre: a roof tonight, not urgent
# (asked twice, then skipped)
@pytest.mark.parametrize("text", [
    "ตอนนี้เจ้าหน้าที่ให้พักที่ศูนย์ก่อนค่ะ มีข้าวกิน",
    "เจ้าหน้าที่ให้นอนที่ศูนย์พักพิงได้ครับ",
    "เจ้าหน้าที่เขาให้อยู่ศูนย์ชั่วคราวค่ะ"])
def test_kept_at_a_centre_by_officials_is_not_urgent(text: str) -> None:
    assert read_message(text).get("urgent") is False


@pytest.mark.parametrize("text", [
    "เจ้าหน้าที่ให้พักที่ศูนย์ได้แค่คืนนี้",          # only tonight
    "เจ้าหน้าที่ให้พักก่อนค่ะ",                    # rest, no place
    "เจ้าหน้าที่ไม่ให้พักที่ศูนย์",                  # refused
    "เจ้าหน้าที่ให้พักที่ศูนย์ถึงพรุ่งนี้ หลังจากนั้นไม่มีที่นอน",
    "เจ้าหน้าที่ให้พักที่ศูนย์ได้ แต่พรุ่งนี้ต้องออก"])
def test_no_roof_from_officials_without_a_stay(text: str) -> None:
    assert read_message(text).get("urgent") is not False


# dev89: a friend's card, "มัน" for him ("บัตรมันยังอยู่เจ้า"): unread, asked twice
@pytest.mark.parametrize("text", [
    "บัตรมันยังอยู่เจ้า แฟนเอาไปแค่ตังค์", "บัตรมันยังอยู่ครับ", "บัตรมันมีอยู่ค่ะ"])
def test_his_card_said_with_man_is_had(text: str) -> None:
    assert read_message(text).get("id_card") is True


@pytest.mark.parametrize("text", [
    "บัตรมันหายครับ", "บัตรมันอยู่ที่นายจ้าง", "บัตรมันอยู่บ้านครับ", "บัตรมันยังอยู่ แต่ของผมหาย"])
def test_his_card_not_with_him_is_not_had(text: str) -> None:
    assert read_message(text).get("id_card") is not True
