"""Put out or left alone ("ไม่มีคนดูแล ห้องเช่าก็โดนไล่") is the aid's first trouble, but not
that there is nowhere to sleep tonight: urgency is asked, not assumed (dev20: a grandma
sleeping at the neighbour's was sent as urgent). Nowhere to sleep said is still urgent."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.understand import read_message

from .test_engine import Chat

PUT_OUT = "ยายไม่มีเงินเลยค่ะ ไม่มีคนดูแล ห้องเช่าก็โดนไล่"


def test_put_out_is_no_shelter_with_urgency_unknown() -> None:
    told = read_message(PUT_OUT)
    assert told["no_shelter"] is True and told.get("roof_unknown") is True
    assert "urgent" not in told


@pytest.mark.parametrize("text", ["ไม่มีที่นอนค่ะ", "ห้องเช่าก็โดนไล่ คืนนี้ไม่มีที่นอน"])
def test_nowhere_to_sleep_said_is_not_unknown(text: str) -> None:
    assert read_message(text).get("roof_unknown") is None


def test_urgency_is_asked_with_the_count(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say(PUT_OUT)
    reply = chat.text("ยายมีบัตรค่ะ ลาดกระบังค่ะ จะกลับอยุธยา")
    assert chat.state.name == st.ASK and "เร่งด่วน" in reply
    assert "urgent" not in chat.state.data["answers"]


def test_nowhere_to_sleep_is_urgent_without_asking(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say("ไม่มีเงิน ไม่มีที่นอนค่ะ")
    chat.say("มีบัตรค่ะ อยู่ลาดกระบัง จะกลับอยุธยา")
    assert chat.state.data["answers"]["urgent"] is True


def test_left_behind_somewhere_is_stranded_there() -> None:
    """The team's persona: "โดนแฟนทิ้งไว้ที่พัทยา" is nowhere to stay, urgent as before."""
    told = read_message("😭😭 ช่วยด้วยค่ะ โดนแฟนทิ้งไว้ที่พัทยา ไม่มีตังสักบาท จะกลับบ้านที่ร้อยเอ็ด")
    assert told["no_shelter"] is True and "roof_unknown" not in told


@pytest.mark.parametrize("text", ["ตอนนี้นั่งรอที่ศาลาวัดค่ะ ไม่รู้คืนนี้จะนอนไหน 😢",
                                  "ไม่รู้คืนนี้จะนอนไหน"])
def test_not_knowing_where_to_sleep_tonight_is_urgent(text: str) -> None:
    """dev19: "ไม่รู้คืนนี้จะนอนไหน" (tonight said after "ไม่รู้") was not read."""
    assert read_message(text)["urgent"] is True


def test_put_out_with_nowhere_to_go_is_no_roof() -> None:
    """Found in review: "ไม่รู้จะไปไหน" after being put out is nowhere to stay."""
    told = read_message("ถูกไล่ออกจากบ้าน ไม่รู้จะไปไหนแล้ว")
    assert told["no_shelter"] is True and "roof_unknown" not in told
    assert "no_shelter" not in read_message("ไม่รู้จะไปทำงานที่ไหนดี")
