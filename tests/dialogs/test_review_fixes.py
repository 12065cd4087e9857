"""Readings a review found too broad, each with the sentence that showed it: a Thai home
read as abroad, a lack read as no hardship, another's worker card read as the writer's,
a place that ends tonight read as a place for now."""

from __future__ import annotations

import pytest

from dialogs.means import well_off
from dialogs.parse_numbers import clean_text
from dialogs.province_abroad import home_abroad_in
from dialogs.understand import read_message
from dialogs.urgency import read_urgent


def _abroad(text: str) -> bool:
    cleaned = clean_text(text)
    return home_abroad_in(cleaned, cleaned.replace(" ", ""))


@pytest.mark.parametrize("text", [
    "บ้านอยู่เขมราฐ", "จะกลับบ้านเขมราฐค่ะ", "อยากกลับบ้านมาเลี้ยงลูก", "กลับบ้านมาเล่นกับลูก",
    "กลับบ้านลาวครั่ง สุพรรณ", "ไม่มีค่ารถ อยู่ชลบุรี พี่ชายทำงาน มาเลเซีย",
    "อยู่สระแก้ว โดนหลอกไปทำงาน ปอยเปต", "บ้านอยู่แม่สอด ใกล้ เมียวดี",
    "อยู่แม่สอดค่ะ ติดชายแดน พม่า", "บ้านอยู่หนองคาย ตรงข้าม เวียงจันทน์",
    "อยู่ชลบุรี แฟนคน ลาว", "อยู่ปัตตานี ทำงาน มาเลเซีย", "มาเลยค่ะ"])
def test_a_thai_home_or_a_foreign_word_of_something_else_is_no_home_abroad(text: str) -> None:
    assert not _abroad(text)


@pytest.mark.parametrize("text", [
    "เมียวดีครับ ฝั่งพม่า", "สมุทรสาคร มหาชัย เมียวดีครับ ฝั่งพม่า", "กลับบ้านที่ลาวค่ะ",
    "บ้านอยู่ปอยเปตค่ะ", "ประเทศลาวค่ะ", "กลับบ้านที่เขมร"])
def test_a_home_abroad_is_still_read(text: str) -> None:
    assert _abroad(text)


@pytest.mark.parametrize("text", [
    "มีเงินเดือนแต่นายจ้างจ่ายช้า", "มีเงินเดือนแต่เดือนหน้าถึงจะออก", "มีรายได้แต่วันละสองร้อย",
    "มีรายได้บ้าง", "มีเงินแต่ต้องเก็บไว้ค่ายาแม่", "มีเงินเก็บแต่เอาไปรักษาลูก",
    "มีเงินเดือนแต่ถูกหักค่านายหน้า", "มีเงินเดือนแต่ค่าครองชีพสูง"])
def test_means_with_a_but_or_a_need_for_them_is_not_well_off(text: str) -> None:
    assert not well_off(text)


@pytest.mark.parametrize("text", ["มีเงินอยู่ค่ะ ทำงานมีเงินเดือน แต่อยากประหยัด ค่ารถแพง",
                                  "มีเงินเดือนค่ะ", "มีงานทำค่ะ อยากประหยัด"])
def test_means_had_with_only_a_wish_to_save_is_well_off(text: str) -> None:
    assert well_off(text)


@pytest.mark.parametrize("text", ["นายจ้างมีบัตรแรงงาน ผมมีบัตรประชาชน",
                                  "ไปติดต่อกรมแรงงาน ทำบัตรแรงงานให้ลูกน้อง"])
def test_another_s_worker_card_says_nothing_of_nationality(text: str) -> None:
    assert read_message(text).get("thai") is not False


@pytest.mark.parametrize("text", ["ไม่มีบัตรประชาชนไทยครับ มีบัตรแรงงาน", "ผมมีบัตรแรงงาน"])
def test_the_writer_s_worker_card_is_not_thai(text: str) -> None:
    assert read_message(text).get("thai") is False


@pytest.mark.parametrize("text", ["นอนวัดได้ แต่อยู่นานไม่ได้ ต้องออกภายในเย็นนี้",
                                  "พักมูลนิธิชั่วคราว ต้องออกเย็นนี้",
                                  "พักวัดอยู่ค่ะ ให้อยู่ถึงแค่เย็นนี้"])
def test_a_place_that_ends_this_evening_is_no_place_for_now(text: str) -> None:
    assert read_urgent(text, None) is not False


@pytest.mark.parametrize("text", ["นอนวัดไปก่อน", "พักที่มูลนิธิได้",
                                  "ไม่ถึงกับด่วนค่ะ เขตให้นอนศาลาชุมชนชั่วคราว"])
def test_a_place_for_now_stays_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False
