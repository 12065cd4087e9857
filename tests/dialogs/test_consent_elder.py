"""An elder's yes with a word of address ("ได้ลูก", dev22), and a consent question that
is never asked a fourth time: a person takes the chat over (dev22: "ได้ลูก" met the
notice 22 times)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.parse import parse_yes_no
from dialogs.slots import BY_KEY
from dialogs.types import RequestHandoff

from .test_engine import Chat


@pytest.mark.parametrize(("text", "said"), [
    ("ได้ลูก", True), ("ได้หลาน", True), ("ได้จ้ะลูก", True), ("ได้เลยหลาน", True),
    ("ตกลงลูก", True), ("ได้ครับหลาน", True), ("ใช่ลูก", True), ("บ่มีดอกหลาน", False),
    ("ไม่ได้ลูก", False)])
def test_a_yes_or_no_said_to_a_child(text: str, said: bool) -> None:
    assert parse_yes_no(text) is said


@pytest.mark.parametrize("text", ["มีลูก", "ไม่มีลูก", "ลูก", "ใช่ลูกชาย", "ได้ลูกสาว"])
def test_a_child_is_not_a_word_of_address(text: str) -> None:
    # "มีลูก" to "anyone to care for?" is a child, not a yes; "ได้ลูกสาว": a daughter
    assert parse_yes_no(text) is None


def test_an_elder_consents_with_a_word_of_address(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีลูกหลาน")
    chat.say("พ่อโดนเขาหลอกเอาเงินไปหมดเด้ ตอนนี้อยู่ขนส่งหมอชิต บ่มีค่าฮถกลับบ้านเสลภูมิ")
    chat.say("ได้ลูก")
    assert chat.state.data.get("consent") is True
    assert chat.state.data["answers"]["home_province"]["name"] == "ร้อยเอ็ด"


def test_the_notice_is_not_asked_a_fourth_time(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    asked = []
    for _ in range(3):
        chat.say("อะไรนะ")
        assert chat.last is not None
        asked.append(chat.last.replies[-1].text)
        assert not chat.last.effects
    assert len(set(asked)) == 3  # asked another way each time
    result = chat.say("อะไรนะ")
    assert [e.reason for e in result.effects if isinstance(e, RequestHandoff)] == [
        "consent_stuck"]
    assert result.replies[-1].text == texts.CONSENT_HANDOFF
    assert chat.state.name == st.CONSENT  # consent can still be given after
    chat.say("ยินยอม")
    assert chat.state.data.get("consent") is True


def test_a_story_told_in_pieces_is_not_handed_over(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    for text in ("ตกงานค่ะ", "อยู่ระยอง", "ไม่มีค่ารถกลับบ้านที่ศรีสะเกษ", "มีบัตรประชาชน"):
        result = chat.say(text)
        assert not result.effects  # each piece kept for after consent
    chat.say("ยินยอม")
    assert chat.state.data["answers"]["home_province"]["name"] == "ศรีสะเกษ"


@pytest.mark.parametrize(("text", "said"), [
    ("👍", True), ("👍🏻", True), ("👌", True), ("มีครับ 👍", True), ("👎", False), ("❌", False)])
def test_a_thumbs_up_or_down(text: str, said: bool) -> None:
    assert parse_yes_no(text) is said


def test_a_praying_hand_is_neither() -> None:
    assert parse_yes_no("🙏") is None  # thanks, or please


def test_a_thumbs_up_to_the_notice_consents(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("(สติกเกอร์)")
    chat.say("👍")
    assert chat.state.data.get("consent") is True


@pytest.mark.parametrize("text", ["มีลูก บัตรประชาชนอยู่นี่", "บัตรประชาชนอยู่นี่", "บัตรอยู่นี่ลูก"])
def test_the_card_is_here(text: str) -> None:
    # dev22: an elder's "มีลูก บัตรประชาชนอยู่นี่" was not understood twice
    assert BY_KEY["id_card"].parse(text, None) is True


@pytest.mark.parametrize("text", ["บัตรอยู่ที่นี่ไม่ได้เอามา", "บัตรของแม่อยู่นี่"])
def test_a_card_here_not_with_the_writer(text: str) -> None:
    assert BY_KEY["id_card"].parse(text, None) is not True
