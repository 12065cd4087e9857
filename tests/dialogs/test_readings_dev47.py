"""Misreadings found by the blind development set dev47 (terse, typo-laden and English
messages)."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_travel_alone
from dialogs.consent_preview import split_consent
from dialogs.engine import Dialog
from dialogs.facts import extract_facts
from dialogs.readers import read_id_card, read_special, read_urgent
from dialogs.understand import read_message

from .test_engine import consented


@pytest.mark.parametrize(("text", "home"), [
    ("ยินยอม มีบัตร บ้านนครศรี", "นครศรีธรรมราช"),  # was read as where the person is:
    ("มีบัตร บ้านขอนแก่น", "ขอนแก่น"),  # refused as already home
    ("ผมอยู่ระยองครับ บ้านยโสธร", "ยโสธร")])
def test_home_said_tersely(text: str, home: str) -> None:
    facts = extract_facts(text)
    assert facts.home_province is not None and facts.home_province.name_th == home


@pytest.mark.parametrize("text", [
    "อยู่บ้านขอนแก่น", "นอนบ้านเพื่อนระยอง", "เพื่อนบ้านอุดร", "ค่าเช่าบ้านระยองแพง"])
def test_a_house_stayed_at_is_no_home(text: str) -> None:
    assert extract_facts(text).home_province is None


@pytest.mark.parametrize(("text", "alone"), [
    ("ไม่ได้ ไปเองหลงแน่", False), ("บ่ได้หลาน ลุงอ่านหนังสือบ่ออก ขึ้นรถบ่ถูก", False),
    ("ไม่ได้ ป่วยแต่ไปเองได้", None), ("ไม่ได้ ลืมบอกว่าไปกับลูก", None), ("ไปเองได้", True)])
def test_a_no_then_why_to_can_you_go_alone(text: str, alone: bool | None) -> None:
    assert read_travel_alone(text, None) is alone


def test_english_messages() -> None:
    assert read_id_card("have thai card", None) is True
    assert read_id_card("no thai card", None) is False
    assert read_urgent("tonight sleep park lumpini", None) is True
    assert read_special("baby in belly 6 month", None) == ["pregnant"]
    assert read_message("me myanmar work mahachai").get("thai") is False
    assert read_message("ok no thai card, have passport myanmar").get("thai") is False
    # "ok" then the answer shown with the consent question: a yes, and the answer
    assert split_consent("ok no thai card, have passport myanmar") == (
        True, "no thai card, have passport myanmar")


# the fourth review of this session's readings


@pytest.mark.parametrize(("text", "here", "home"), [
    ("ตอนนี้อาศัยบ้านระยอง", "ระยอง", None), ("ตอนนี้ บ้าน ชลบุรี", "ชลบุรี", None),
    ("โดนไล่ออกจากบ้านระยอง อยากกลับบ้านที่ยโสธร", None, "ยโสธร"),
    ("บ้านสระแก้ว หมู่ 5 ขอนแก่น", None, None), ("บ้านสระแก้ว อุดรธานี", None, None),
    ("บ้านอยู่ศรีสะเกษ เช่าห้องอยู่กรุงเทพ", "กรุงเทพมหานคร", "ศรีสะเกษ"),
    ("บ้านผมอยู่ขอนแก่น เช่ารถกลับไม่ไหว", None, "ขอนแก่น"),
    ("บ้านผมข้างขนส่งอาเขต", None, None), ("จะไปหางานหน้านิคมไฮเทค", None, None)])
def test_no_terse_home_where_a_house_is_worked_at_or_a_village_named(
        text: str, here: str | None, home: str | None) -> None:
    facts = extract_facts(text)
    assert (facts.current_province.name_th if facts.current_province else None) == here
    assert (facts.home_province.name_th if facts.home_province else None) == home


@pytest.mark.parametrize("text", [
    "บัตรประชาชนลุงอยู่กับนายจ้าง", "บัตรประชาชนป้าอยู่ที่บ้าน", "บัตรประชาชนลุงมีแต่ลืมไว้ที่ห้อง",
    "บัตรประชาชนน้ายังอยู่ที่บ้าน"])
def test_a_kins_card_elsewhere_is_no_card_had(text: str) -> None:
    assert read_id_card(text, None) is not True


@pytest.mark.parametrize("text", [
    "ไม่ได้ ไม่หลงหรอก ไปเองได้", "ไม่ได้ครับ ผมไม่งงหรอก", "ไม่ได้ ต้องส่งงานก่อน"])
def test_a_why_denied_or_inside_another_word_is_none(text: str) -> None:
    assert read_travel_alone(text, None) is None


def test_english_with_no_or_others() -> None:
    for text in ("not pregnant", "i am not pregnant", "my wife no pregnant",
                 "was pregnant, lost baby"):
        assert read_special(text, None) != ["pregnant"]
    for text in ("no sleep street, have room", "last night sleep station, now have room"):
        assert read_urgent(text, None) is not True
    for text in ("my wife has myanmar passport, i have thai card", "me khmer surin",
                 "help me myanmar boss no pay"):
        assert read_message(text).get("thai") is not False
    assert split_consent("ok no thai card but dont keep my data") == (None, "")


# the fifth review


@pytest.mark.parametrize(("text", "home"), [
    ("ยินยอม มีบัตร บ้านนครศรี", "นครศรีธรรมราช"), ("มีค่ะ อยู่หาดใหญ่ บ้านตรัง", "ตรัง"),
    ("ไฟไหม้ บ้านปทุม จะกลับชัยภูมิ", "ชัยภูมิ"), ("ลูกค้าสั่ง บ้านระยอง", None),
    ("เพื่อนผมก็คนอีสาน บ้าน ขอนแก่น", None), ("ที่ บ้านระยอง ค่ะ", None),
    ("อยู่ชลบุรีค่ะ บ้านสระแก้ว ม.3 ขอนแก่น", None), ("แฟนเก่า บ้านอุดร", None),
    ("ไม่มี บ้านขอนแก่น แล้ว ขายไปหมด", None)])
def test_terse_home_only_after_an_answer_and_closing_the_message(text: str,
                                                                 home: str | None) -> None:
    facts = extract_facts(text)
    assert (facts.home_province.name_th if facts.home_province else None) == home


@pytest.mark.parametrize("text", [
    "บัตรประชาชนป้ามีค่ะ แต่อยู่กับเจ้าของห้อง", "บัตรประชาชนลุงมีอยู่ที่ขอนแก่น",
    "บัตรประชาชนลุงยังมีอยู่ที่นายจ้าง"])
def test_a_kins_card_held_elsewhere(text: str) -> None:
    assert read_id_card(text, None) is not True


def test_english_said_of_others_or_asked() -> None:
    for text in ("nobody is pregnant", "no one is pregnant", "she isnt pregnant", "pregnant? no"):
        assert read_special(text, None) != ["pregnant"]
    for text in ("my son have myanmar passport", "me vietnamese wife"):
        assert read_message(text).get("thai") is not False
    assert split_consent("ok keep data no problem")[0] is True
    assert read_travel_alone("ไม่ได้ ลูกไม่ค่อยหลง", None) is None


def test_terse_home_to_the_card_question_is_no_place_where_one_is(dialog: Dialog) -> None:
    """The sixth review: "มีบัตร บ้านขอนแก่น" to the card and places question set home and
    where one is both to Khon Kaen, and asked whether the person was home already."""
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ")
    assert chat.state.data.get("slot") == "id_card"
    chat.say("มีบัตร บ้านขอนแก่น")
    answers = chat.state.data["answers"]
    assert answers["home_province"]["name"] == "ขอนแก่น"
    assert answers.get("current_province") is None
    assert chat.state.data.get("slot") == "current_province"


def test_english_asked_or_of_others_once_more() -> None:
    assert read_special("is she pregnant?", None) != ["pregnant"]
    for text in ("i have myanmar wife", "i got cambodian friend help me"):
        assert read_message(text).get("thai") is not False
    assert read_id_card("บัตรประชาชนลุงมีอยู่", None) is not True
