"""Misreadings found by the blind development set dev51 (Isan and the Central/East, stories
told in pieces, released prisoners, elders)."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_travel_alone
from dialogs.consent_words import qualified_yes
from dialogs.engine import Dialog
from dialogs.letter import read_letter
from dialogs.slots import BY_KEY
from dialogs.understand import read_message

from .test_engine import Chat

PAROLE = "ผมพึ่งออกจากเรือนจำกลางระยองเมื่อวานครับ"


@pytest.mark.parametrize("text", [
    "ครับ ยินยอม บัตรหายตั้งแต่โดนจับครับ มีแต่ใบปล่อยตัว",  # "since", "only": no but
    "ยินยอมค่ะ แต่งงานแล้วค่ะ", "ยินยอม แต่ละวันไม่มีข้าวกิน", "ยินยอมครับ แต่ไม่มีบัตร"])
def test_a_but_inside_a_word_or_a_story_leaves_the_yes_whole(text: str) -> None:
    assert qualified_yes(text) is False


@pytest.mark.parametrize("text", ["ยินยอมค่ะ แต่ขอไม่ตอบเรื่องคุก", "ยินยอม แต่ไม่รวมเรื่องคุก",
                                  "ยินยอมครับ แต่เรื่องคุกไม่ต้องจด", "ยินยอม แต่ไม่อยากให้เก็บประวัติ"])
def test_a_but_that_limits_the_yes_still_does(text: str) -> None:
    assert qualified_yes(text) is True


def test_a_parolee_consenting_with_his_card_story_keeps_the_probation_need(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(PAROLE)
    chat.say("ครับ ยินยอม บัตรหายตั้งแต่โดนจับครับ มีแต่ใบปล่อยตัว")
    answers = chat.state.data["answers"]
    assert answers["sensitive_consent"] is True and answers.get("released") is True
    assert "probation" in answers["need_hints"] and answers["id_card"] is False


@pytest.mark.parametrize(("text", "had"), [
    ("บัตรหนูติดตัวมาค่ะ", True), ("บัตรติดตัวค่ะ", True), ("บัตรผมติดตัวอยู่ครับ", True),
    ("มีทั้ง2คนครับ", True), ("มีทั้งสามคนค่ะ", True), ("มีทั้ง๒คน", True),
    ("ไม่มีทั้งสองคน", False), ("บัตรติดตัวไม่ได้", None), ("บัตรไม่ได้ติดตัวมา", None)])
def test_the_card_with_me(text: str, had: bool | None) -> None:
    assert BY_KEY["id_card"].parse(text, None) is had


@pytest.mark.parametrize(("text", "rough"), [
    ("คืนนี้กะนอนม้าหินหน้าตึกนั่นล่ะ", True), ("เมื่อคืนนอนม้านั่งในสวน", True),
    ("นอนห้องเพื่อนค่ะ", False)])
def test_a_stone_bench_is_no_shelter(text: str, rough: bool) -> None:
    assert (read_message(text).get("no_shelter") is True) is rough


@pytest.mark.parametrize(("text", "alone"), [
    ("ไปคนเดียวย่านหลงจ้า อ่านป้ายรถบ่ออก บ่เคยขึ้นรถทัวร์คนเดียว", False),
    ("ไปคนเดียวกลัวหลงค่ะ", False), ("ไปเองได้ค่ะ", True)])
def test_afraid_of_getting_lost_needs_someone(text: str, alone: bool | None) -> None:
    assert read_travel_alone(text, None) is alone


@pytest.mark.parametrize(("text", "letter"), [
    ("ยังไม่มีค่ะ แต่โทรให้ผู้ใหญ่บ้านทำให้ได้", True),
    ("ยังไม่มีครับ แต่ผู้ใหญ่บ้านที่บ้านรู้จักผม ให้เขาทำให้ได้", True),
    ("กำนันทำหนังสือให้ได้ค่ะ", True), ("ผู้ใหญ่บ้านทำให้ไม่ได้", None),
    ("ผู้ใหญ่บ้านทำให้ได้ไหม", None), ("ยังไม่มีค่ะ", None)])
def test_a_letter_the_village_head_can_make_is_one_to_be_had(
        text: str, letter: bool | None) -> None:
    assert read_letter(text, None) is letter


# residual misreadings of older sets, found again by counting every question asked twice


@pytest.mark.parametrize(("text", "agreed"), [
    ("บันทึกได้ครับ แต่อย่าบอกที่บ้านนะครับ", True),  # dev50: a wish about telling, a yes
    ("บันทึกได้ค่ะ อย่าให้แม่รู้นะคะ", True), ("ไม่ต้องบันทึกครับ", False),
    ("อย่าบอกที่บ้านนะครับ", None)])
def test_recording_allowed_with_a_wish_that_it_go_no_further(
        text: str, agreed: bool | None) -> None:
    assert BY_KEY["sensitive_consent"].parse(text, None) is agreed


def test_a_yes_with_a_wish_about_telling_keeps_the_sensitive_part() -> None:
    assert qualified_yes("ยินยอมครับ แต่อย่าบอกที่บ้านนะ") is False
    assert qualified_yes("ยินยอม แต่อย่าเก็บเรื่องคุก") is True


@pytest.mark.parametrize(("text", "alone"), [
    ("ไปเองได้ครับ ถ้ากินยาตรงเวลาไม่ค่อยชัก", True),  # dev50: a yes, then when
    ("ไปเองได้ครับ ถ้ามีคนพาไปขึ้นรถ", False), ("ไปเองไม่ได้ครับ ถ้าไม่มีคนพา", False)])
def test_a_yes_to_travelling_alone_with_a_condition(text: str, alone: bool) -> None:
    assert read_travel_alone(text, None) is alone
