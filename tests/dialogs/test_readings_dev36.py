"""Misreadings found by the blind development set dev36 (eligibility edge cases): each
had turned a sentence into the wrong place, and one into a wrong refusal."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.understand import read_message

from .test_engine import Chat


def places(text: str) -> dict[str, str]:
    return {k: v["name"] for k, v in read_message(text).items() if k.endswith("_province")}


def test_money_had_is_no_place() -> None:
    """"มีเงินอยู่..." read as where she is: she was asked whether she was at home, and
    refused as already there."""
    assert "current_province" not in places("มีเงินอยู่๑๒๐บาทค่ะ ค่ารถไปอุบลคนละ๖๐๐กว่า ไม่พอค่ะ")
    assert places("อยู่ชลบุรีค่ะ") == {"current_province": "ชลบุรี"}


def test_the_mother_short_of_the_fare_is_not_refused(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ค่ะ")
    chat.say("มีเงินอยู่๑๒๐บาทค่ะ ค่ารถไปอุบลคนละ๖๐๐กว่า ไม่พอค่ะ ช่วยได้ไหมคะ")
    chat.say("ยินยอมค่ะ เงินไม่พอค่ารถกลับบ้านค่ะ มีแค่๑๒๐บาท")
    chat.say("มีค่ะ อยู่หมอชิตค่ะ อุบลค่ะ")
    answers = chat.state.data["answers"]
    assert answers["home_province"]["name"] == "อุบลราชธานี"
    assert answers["current_province"]["name"] == "กรุงเทพมหานคร"
    assert chat.state.data.get("at_home") is None


@pytest.mark.parametrize("text", ["บ้านที่ยโสธรก็ขายไปแล้วครับ", "บ้านที่ยโสธรโดนยึดแล้ว"])
def test_a_home_sold_is_no_home(text: str) -> None:
    assert "home_province" not in places(text)


def test_a_home_beside_a_sale_of_something_else_is_home() -> None:
    assert places("บ้านอยู่ยโสธร ขายข้าวแล้วก็ไม่พอ") == {"home_province": "ยโสธร"}


@pytest.mark.parametrize("text", ["อยากขอค่ารถกลับไปมาเลย์ครับ", "มาเลย์ครับ กัวลาลัมเปอร์"])
def test_malaysia_said_short_is_abroad(text: str) -> None:
    from dialogs.parse import clean_text
    from dialogs.province_abroad import home_abroad_in
    cleaned = clean_text(text)
    assert home_abroad_in(cleaned, cleaned.replace(" ", ""))


def test_back_from_malaysia_is_no_home_abroad() -> None:
    assert "home_abroad" not in read_message("เพิ่งกลับมาจากมาเลย์")


@pytest.mark.parametrize(("text", "released"), [
    ("หนูเพิ่งพ้นโทษมาเมื่อวานค่ะ อยู่ชลบุรี", True),  # the splitter cut "พ้น โท ษมา"
    ("เพิ่งพ้นโทษมาค่ะ", True), ("ยังไม่พ้นโทษครับ", None), ("ผมไม่ได้พ้นโทษ", None)])
def test_released_however_the_words_are_cut(text: str, released: bool | None) -> None:
    assert read_message(text).get("released") is released


@pytest.mark.parametrize("text", ["ไม่ใช่ผมที่พ้นโทษมา เป็นน้องชาย",
                                  "หนูไม่ได้ติดคุกค่ะ ที่พ้นโทษมาคือพี่ชาย", "ผัวหนูเพิ่งพ้นโทษมาค่ะ"])
def test_someone_elses_release_is_not_the_writers(text: str) -> None:
    assert "released" not in read_message(text)


@pytest.mark.parametrize(("text", "said"), [
    ("หมดค่ารถไปชลบุรีแล้วค่ะ ตอนนี้อยู่ชลบุรี ตกงาน", {"current_province": "ชลบุรี"}),
    ("ค่ารถไปขอนแก่นไปรายงานตัวคุมประพฤติครับ บ้านอยู่กาฬสินธุ์", {"home_province": "กาฬสินธุ์"})])
def test_a_fare_there_makes_no_home(text: str, said: dict[str, str]) -> None:
    assert places(text) == said
