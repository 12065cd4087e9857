"""One travelling alone, told in the story, is asked urgency with a care need invited
("ถ้าป่วย พิการ ตั้งครรภ์ ... บอกด้วยนะคะ"), not "anyone in the group?" on its own."""

from __future__ import annotations

import pytest

from dialogs.answering import beyond
from dialogs.asking import SOLO_CARE, URGENT_AND_CARE
from dialogs.care_answers import someone_else_alone
from dialogs.engine import Dialog
from dialogs.slots import BY_KEY

from .test_engine import Chat, consented
from .test_intake import asked

ALONE = "อยู่พิดโลก จะกลับสุโขทัย ไปคนเดียว ไม่มีค่ารถ มีบัตรประชาชน"


def at_urgency(dialog: Dialog, story: str = ALONE) -> Chat:
    chat = consented(dialog)
    reply = chat.say(story).replies[-1]
    assert asked(chat) == "urgent"
    assert reply.text.endswith(URGENT_AND_CARE)
    assert reply.choices == BY_KEY["urgent"].choices
    return chat


def test_naming_nobody_is_no_care_need(dialog: Dialog) -> None:
    chat = at_urgency(dialog)
    chat.say("ไม่ด่วนครับ")
    answers = chat.state.data["answers"]
    assert answers["urgent"] is False and answers["special_needs"] == []
    assert asked(chat) != "special_needs"


def test_a_tap_is_no_care_need(dialog: Dialog) -> None:
    chat = at_urgency(dialog)
    chat.say("ด่วน", "yes")
    assert chat.state.data["answers"]["special_needs"] == []


def test_a_care_need_told_there_is_kept(dialog: Dialog) -> None:
    chat = at_urgency(dialog)
    chat.say("ไม่ด่วนค่ะ แต่ตั้งครรภ์ 7 เดือนค่ะ")
    answers = chat.state.data["answers"]
    assert answers["urgent"] is False and answers["special_needs"] == ["pregnant"]


def test_resumed_it_is_asked_the_same_way(dialog: Dialog) -> None:
    chat = at_urgency(dialog)
    reply = dialog.screening.current_question(chat.state)
    assert reply is not None and reply.text.endswith(URGENT_AND_CARE)


def test_a_group_is_still_asked_who_needs_care(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่พิดโลก จะกลับสุโขทัย ไป 3 คน ไม่มีค่ารถ มีบัตรประชาชน")
    assert asked(chat) == "special_needs"


@pytest.mark.parametrize("count", ["คุณมาลีคนเดียวครับ ผมไม่ได้เดินทางด้วย ไม่ด่วน",
                                   "ลุงคนเดียวค่ะ ไม่ด่วนค่ะ", "พ่อคนเดียวค่ะ หนูไม่ได้ไป ไม่ด่วน"])
def test_someone_else_alone_is_asked_of_care(dialog: Dialog, count: str) -> None:
    """dev8: a social worker, a neighbour, a daughter: the one who travels is not the
    writer, and their care needs came only when asked."""
    chat = consented(dialog)
    chat.say("อยู่ชลบุรี ไม่มีค่ารถกลับยโสธร มีบัตรประชาชน")
    reply = chat.say(count).replies[-1]
    assert asked(chat) == "special_needs"
    assert reply.text.endswith(SOLO_CARE)
    chat.say("เป็นผู้พิการ นั่งวีลแชร์ครับ")
    assert "disabled" in chat.state.data["answers"]["special_needs"]


@pytest.mark.parametrize("count", ["ผมคนเดียวครับ ไม่ด่วน", "คนเดียวค่ะ ไม่ด่วน",
                                   "หนูไปคนเดียวค่ะ ไม่ด่วน"])
def test_the_writer_alone_is_not_asked_of_care(dialog: Dialog, count: str) -> None:
    chat = consented(dialog)
    chat.say("อยู่ชลบุรี ไม่มีค่ารถกลับยโสธร มีบัตรประชาชน")
    chat.say(count)
    assert chat.state.data["answers"]["special_needs"] == []


@pytest.mark.parametrize("basic", [("ไม่รวมข้อมูลอ่อนไหว", "consent:basic"),
                                   ("ไม่รวมข้อมูลอ่อนไหว", None)])
def test_care_left_out_with_sensitive_data_is_asked_again(
        dialog: Dialog, basic: tuple[str, str | None]) -> None:
    """fresh: a wheelchair user who keeps sensitive data out is asked of care even
    alone, and what they then tell is kept (the notice names care for the journey)."""
    chat = Chat(dialog)
    chat.say("ผมนั่งวีลแชร์ครับ ขาพิการ มาหาหมอที่ขอนแก่นแล้วเงินหมด กลับมหาสารคามไม่ได้")
    chat.say(*basic)
    assert chat.state.data.get("sensitive_consent") is not True
    assert "special_needs" not in chat.state.data["answers"]
    chat.say("มีครับ")
    chat.say("1 คน ไม่ด่วน", "n:1:no")
    assert asked(chat) == "special_needs"
    assert set(chat.state.data["answers"]) <= {  # no trace of what was left out
        "no_fare", "no_food", "current_province", "home_province", "id_card", "travellers",
        "urgent", "sensitive_consent"}
    chat.say("ผมนั่งวีลแชร์ครับ")
    assert chat.state.data["answers"]["special_needs"] == ["disabled"]


@pytest.mark.parametrize(("text", "other"), [
    ("น้องชายไปคนเดียวครับ ไม่ด่วน", True), ("ลูกสาวไปคนเดียวค่ะ", True),
    ("1 คนค่ะ คือพ่อ ไม่ด่วน", True),
    ("ขอบคุณค่ะ หนูไปคนเดียวค่ะ ไม่ด่วน", False),  # the คุณ of ขอบคุณ is nobody
    ("หนูจะกลับไปหาแม่คนเดียวค่ะ", False),  # going to the mother, alone
])
def test_who_goes_alone(text: str, other: bool) -> None:
    assert someone_else_alone(text) is other


def test_a_count_of_those_at_home_is_not_the_travellers(dialog: Dialog) -> None:
    chat = at_urgency(dialog)
    chat.say("ไม่ด่วนค่ะ ที่บ้านรวมแล้วมี 5 คน รออยู่")
    assert chat.state.data["answers"]["travellers"] == 1


def test_a_group_grown_later_is_asked_who_needs_care(dialog: Dialog) -> None:
    chat = at_urgency(dialog)
    chat.say("ไม่ด่วนค่ะ จริงๆ ไป 2 คนค่ะ กับลูก")
    answers = chat.state.data["answers"]
    assert answers["travellers"] == 2 and "special_needs" not in answers
    assert asked(chat) == "special_needs"


GROUP = "อยู่ชลบุรี จะกลับขอนแก่น ไม่มีค่ารถ มีบัตรประชาชน ไป 2 คนกับลูก"


@pytest.mark.parametrize(("later", "care"), [
    ("ด่วนค่ะ ลูกยังเล็ก คืนนี้ไม่มีที่นอน", ["child"]),  # told after "none": joins it
    ("ด่วนค่ะ คืนนี้ไม่มีที่นอน", []),  # nothing told: still none
])
def test_a_care_need_told_after_none_is_not_lost(dialog: Dialog, later: str,
                                                 care: list[str]) -> None:
    chat = consented(dialog)
    chat.say(GROUP)
    assert asked(chat) == "special_needs"
    chat.say("ไม่มีค่ะ")
    assert chat.state.data["answers"]["special_needs"] == []
    chat.say(later)
    assert chat.state.data["answers"]["special_needs"] == care


def test_beyond_merges_into_a_list_known_as_none() -> None:
    assert beyond({"special_needs": ["child"]}, {"special_needs": []}) == {
        "special_needs": ["child"]}
    assert beyond({"special_needs": ["child"]}, {"special_needs": ["child"]}) == {}
