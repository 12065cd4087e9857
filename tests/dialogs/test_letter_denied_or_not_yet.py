"""The nationality letter answered with the denial after the letter (dev17: "ท่านบอกออก
หนังสือรับรองสัญชาติไทยให้ไม่ได้" was read as a letter had), as not yet ("ยังไม่มีครับ",
dev16: asked again, not refused), or as one the village head can send ("ให้เขาทำหนังสือ
รับรองส่งมาได้")."""

from __future__ import annotations

import pytest

from dialogs import texts
from dialogs.engine import Dialog
from dialogs.readers import read_letter

from .test_engine import consented
from .test_intake import asked

LISU = ("โทรถามผู้ใหญ่บ้านแล้วค่ะ ท่านบอกออกหนังสือรับรองสัญชาติไทยให้ไม่ได้ "
        "เพราะคุณตาไม่มีชื่อในทะเบียนบ้าน ไม่มีสถานะ")
SADAO_AGAIN = "ผู้ใหญ่บ้านที่บ้านรู้จักผมดีครับ ให้เขาทำหนังสือรับรองส่งมาได้"


@pytest.mark.parametrize("text", [
    LISU, "ผู้ใหญ่บ้านบอกว่าออกหนังสือรับรองให้ไม่ได้ค่ะ", "กำนันเขียนหนังสือรับรองให้ไม่ได้",
    "ทำหนังสือรับรองสัญชาติไทยไม่ได้ค่ะ"])
def test_the_letter_denied_after_it_is_named_is_no_letter(text: str) -> None:
    assert read_letter(text, None) is False


@pytest.mark.parametrize("text", [
    SADAO_AGAIN, "ขอหนังสือรับรองจากผู้ใหญ่บ้านได้ค่ะ", "ผู้ใหญ่บ้านออกหนังสือรับรองให้ได้",
    "ยังไม่มีครับ แต่ผู้ใหญ่บ้านที่ร้อยเอ็ดรับรองให้ได้"])
def test_a_letter_that_can_be_sent_is_a_letter(text: str) -> None:
    assert read_letter(text, None) is True


@pytest.mark.parametrize("text", [
    "ขอหนังสือรับรองได้ไหมคะ", "ถ้าขอหนังสือรับรองได้ก็ดีค่ะ", "ทำหนังสือเดินทางได้ค่ะ",
    "ขอหนังสือรับรองได้ที่ไหนคะ"])
def test_asking_or_supposing_or_a_passport_is_no_letter_had(text: str) -> None:
    assert read_letter(text, None) is None


@pytest.mark.parametrize("text", ["ยังไม่มีครับ", "ยังไม่มีเลยค่ะ",
                                  "ยังไม่มีครับ สงขลาครับ ที่สะเดา อุดรธานีครับ อ.กุมภวาปี"])
def test_not_yet_is_asked_again(text: str) -> None:
    assert read_letter(text, None) is None


@pytest.mark.parametrize("text", ["ไม่มีครับ", "ยังไม่มีครับ ไม่มี", "ยังไม่มีหนังสือรับรองค่ะ"])
def test_no_and_no_letter_named_are_still_no(text: str) -> None:
    assert read_letter(text, None) is False


def test_not_yet_then_the_village_head_can_send_it_goes_on(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เงินโดนยึดหมด กระเป๋าหายบัตรก็หาย ไม่มีที่นอน อยู่สงขลา จะกลับอุดรธานี")
    assert asked(chat) == "nationality_letter"
    chat.say("ยังไม่มีครับ")
    assert chat.state.name != "done" and asked(chat) == "nationality_letter"
    chat.say(SADAO_AGAIN)
    assert chat.state.data["answers"]["nationality_letter"] is True
    assert chat.state.name != "done"


def test_the_stateless_elder_is_refused_on_nationality(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("คุณตาไม่มีเงิน ไม่มีที่พัก อยู่เชียงใหม่ จะกลับเชียงราย")
    chat.say("ไม่มีบัตรอะไรเลยค่ะ ไม่เคยมีบัตร")
    assert asked(chat) == "nationality_letter"
    replies = chat.say(LISU).replies
    assert chat.state.name == "done"
    assert any(r.text == texts.NOT_THAI for r in replies)  # "ไม่มีสถานะ": not Thai
