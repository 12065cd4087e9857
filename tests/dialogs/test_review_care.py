"""Readings narrowed after review: a belly is no pregnancy ("ตอนนี้ท้องเจ็บ", "มวนท้องอยู่"),
a family left at home is not counted ("เมียกับลูกสองคนอยู่บ้าน ผมจะกลับคนเดียว"), "me and
one, N people" is a total only for two ("ผมกับลูก สามคนครับ": four), and a card at home or
made anew is not lost ("บัตรแม่หาย แต่ไปทำใหม่แล้วค่ะ")."""

from __future__ import annotations

import pytest

from dialogs.card_reader import read_id_card
from dialogs.cards import others_card_lost
from dialogs.parse import facts_of
from dialogs.readers import read_travellers


def pregnant(text: str) -> bool:
    return "pregnant" in facts_of(text).special_needs


@pytest.mark.parametrize("text", [
    "ตอนนี้ท้องเจ็บ", "ตอนนี้ท้องปั่นป่วน", "ตอนนี้ท้องแห้ง", "ตอนนี้ท้องกลวง", "ตอนนี้ท้องตึงๆ",
    "ตอนนี้ท้องป่อง", "ตอนนี้ท้องหนักมาก", "หิวจนแสบท้องอยู่", "มวนท้องอยู่ค่ะ",
    "ลูกไม่สบายท้องอยู่", "มะเร็งเพราะท้องบวม", "ปวดท้องอยู่ค่ะ", "ไม่ได้ท้องอยู่"])
def test_a_belly_is_no_pregnancy(text: str) -> None:
    assert not pregnant(text)


@pytest.mark.parametrize("text", [
    "บ่มีเงินค่ารถค่ะ แฟนทิ้งไปแล้ว ตกงานด้วยเพราะท้อง",  # dev25
    "งานก็ไม่มีเพราะท้องแก่",
    "บ่มีเงินเลยค่ะ นายจ้างไล่ออกเพราะท้อง ค่าแรงก็บ่จ่าย",  # a space after "เพราะท้อง"
    "ตอนนี้ท้อง ไม่มีเงินเลย", "ตอนนี้ท้อง 5 เดือน", "ตอนนี้ท้อง 7 เดือนค่ะ", "ตอนนี้ท้องได้ 3 เดือน",
    "ตอนนี้ท้องค่ะ", "ตอนนี้ท้องแล้ว", "ตอนนี้ท้องใหญ่แล้ว", "กำลังท้องลูกคนแรก", "กำลังท้องอยู่ค่ะ",
    "ท้องอยู่ค่ะ", "แฟนทิ้งไปแล้ว ท้องอยู่ค่ะ", "หนูท้องอยู่", "เมียท้องอยู่ครับ",
    "ตัวเองก็ท้องอยู่ค่ะ", "ยังท้องอยู่"])
def test_a_pregnancy_still_is(text: str) -> None:
    assert pregnant(text)


def test_a_family_left_behind_is_not_counted() -> None:
    assert facts_of("เมียกับลูกสองคนอยู่บ้าน ผมจะกลับคนเดียว").travellers == 1
    assert facts_of("ผมตกงาน เมียกับลูกสองคนรออยู่ที่บ้านที่อุดร").travellers is None


def test_a_family_here_is_counted() -> None:
    text = "ถูกไล่ออกจากเพิง เมียกับลูกสองคน นอนข้างถนน"
    assert facts_of(text).travellers == 4
    assert read_travellers(text, None) == 4
    assert read_travellers("เมียกับลูกสองคนอยู่ด้วย", None) == 4


@pytest.mark.parametrize(("text", "count"), [
    ("ผมกับลูก สามคนครับ", 4), ("ฉันกับลูก 2 คน", 3), ("หนูกับลูกสองคน", 3),
    # me and one, a pause, "two": the total (dev29 "ฉานกับลูก สองคน ลูก 3 ขวบ")
    ("หนูกับลูก สองคนค่ะ", 2), ("ฉานกับลูก สองคน ลูก 3 ขวบ", 2)])
def test_me_and_one_is_a_total_only_for_two(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


@pytest.mark.parametrize("text", [
    "บัตรแม่หาย แต่ไปทำใหม่แล้วค่ะ", "บัตรแม่ไม่อยู่กับตัวค่ะ อยู่ที่บ้าน",
    "บัตรยายไม่อยู่ที่นี่ ลูกสาวถือไว้", "บัตรแม่หาย แต่ได้บัตรใหม่แล้ว"])
def test_a_card_away_or_made_anew_is_not_lost(text: str) -> None:
    assert not others_card_lost(text)
    assert read_id_card(text, None) is not False


@pytest.mark.parametrize("text", [
    "บัตรแม่หายครับ กระเป๋าหายไปตอนหลง", "ตาบัตรหายค่ะ", "บัตรแม่หาย ยังไม่ได้ทำใหม่",
    "บัตรแม่หาย ต้องไปทำใหม่", "บัตรยายหาย ยังไม่ได้บัตรใหม่"])
def test_a_card_lost_still_is(text: str) -> None:
    assert read_id_card(text, None) is False
