"""Misreadings found this session in the blind development sets dev83 and dev84."""

from __future__ import annotations

import pytest

from dialogs.consent_yes import unrelayed
from dialogs.engine import Dialog
from dialogs.slang import typed_in_thai
from dialogs.understand import read_message

from .test_engine import Chat


@pytest.mark.parametrize(("text", "want"), [
    ("dai krub yinyom mee krub Chumphon krub, pump PTT Pathio",
     "ได้ครับยินยอมมีครับ Chumphon ครับ, pump PTT Pathio"),  # dev84: the case of names kept
    ("mee ka tang 2 kon", "มีค่ะทั้ง 2 คน"),  # both of them, not money
    ("mai mee tang klub baan", "ไม่มีตังค์กลับบ้าน"), ("Mai Dee", "Mai Dee"),
])
def test_romanised_thai_as_typed(text: str, want: str) -> None:
    assert typed_in_thai(text) == want


def test_consent_in_romanised_thai(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("sawasdee krub")
    chat.say("tor nee ngern mod laew, lua 12 baht, mai mee kha rot glub baan Phetchabun")
    chat.say("dai krub yinyom mee krub Chumphon krub, pump PTT Pathio")
    assert chat.state.data.get("consent") is True
    assert chat.state.data["answers"]["current_province"]["name"] == "ชุมพร"


def test_an_elder_met_says_yes_through_the_volunteer(dialog: Dialog) -> None:
    # dev83: asked four times, then handed off
    chat = Chat(dialog)
    chat.say("สวัสดีครับ ผมเป็นอาสาสมัครที่สถานีกลางกรุงเทพอภิวัฒน์ครับ")
    chat.say("มีคุณยายท่านนึงนั่งอยู่ที่โถงตั้งแต่เช้า จำอะไรไม่ค่อยได้ พูดวนไปวนมา"
             " ในกระเป๋ามีบัตรประชาชน ที่อยู่ในบัตรเป็นลพบุรีครับ")
    chat.say("คุณยายบอกว่าได้ครับ ผมถามให้แล้ว")
    assert chat.state.data.get("consent") is True


@pytest.mark.parametrize(("text", "story", "yes"), [
    ("คุณยายบอกว่าได้ครับ", "มีคุณยายท่านนึงนั่งอยู่ที่โถง", True),
    ("ลุงบอกว่าได้ครับ", "มีคุณยายท่านนึงนั่งอยู่ที่โถง", False),  # no uncle met
    ("ยายบอกว่าได้ ผมกลับได้", "มียายคนนึงนั่งอยู่", False),  # what she allowed
])
def test_relayed_yes_of_one_met(text: str, story: str, yes: bool) -> None:
    assert (unrelayed(text, story) != text) is yes


def test_the_writer_as_kin_elsewhere() -> None:
    # dev83: a niece in Khon Kaen writing for her uncle in Nonthaburi
    said = read_message("สวัสดีค่ะ ขอสอบถามแทนลุงค่ะ หนูเป็นหลานอยู่ขอนแก่น ลุงอายุ 70 "
                        "ไปทำงานเฝ้าโกดังที่นนทบุรี")
    assert said["current_province"]["name"] == "นนทบุรี"
    assert read_message("หนูเป็นหลานอยู่ขอนแก่น")["current_province"]["name"] == "ขอนแก่น"
