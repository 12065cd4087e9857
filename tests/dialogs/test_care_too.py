"""A group told of in the story, with one care need known, that no question invited to
name anyone else who needs care is asked that once: with a question of places (one still
to come, past a yes/no question), or else on its own before a yes/no question or the
summary (issue 9)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.asking import CARE_TOO, CARED, URGENT_ALONG, named_care
from dialogs.care_answers import read_more_care
from dialogs.engine import Dialog
from dialogs.readers import SPECIAL

from .test_engine import Chat, consented
from .test_intake import asked

SICK_MOTHER = "อยู่ระยอง พาแม่ที่ป่วยกลับบ้านที่ยโสธร ไป 2 คน ไม่มีค่ารถ มีบัตรประชาชน"
NO_PLACES = "พาแม่ที่ป่วยกลับบ้าน ไป 2 คน ไม่มีค่ารถ มีบัตรประชาชน"
PLACED = "อยู่ระยอง พาแม่ที่ป่วยกลับบ้านที่ยโสธร ไป 2 คน ไม่มีค่ารถ"  # the card not told



def told(dialog: Dialog, story: str) -> tuple[Chat, str]:
    chat = consented(dialog)
    return chat, chat.say(story).replies[-1].text


def test_every_care_need_has_a_name_for_the_question() -> None:
    assert set(CARED) == set(SPECIAL)


def test_two_needs_named_together() -> None:
    assert CARE_TOO.format(named_care({"special_needs": ["child", "sick"]})).startswith(
        "นอกจากเด็กเล็ก และคนป่วยที่บอกมาแล้ว")


def test_asked_with_the_urgency_not_before_it(dialog: Dialog) -> None:
    """Never with a yes/no question, where a bare "ไม่มี" would answer both; with the
    urgency, read only from words of urgency or a roof (dev59), it answers the care."""
    chat, question = told(dialog, SICK_MOTHER)
    assert chat.state.data["answers"]["travellers"] == 2
    assert asked(chat) == "more_care" and question.endswith(
        "\n" + CARE_TOO.format("คนป่วย") + " " + URGENT_ALONG)
    assert chat.last is not None and chat.last.replies[-1].choices[0].label == "ไม่มีแล้ว"
    chat.say("แม่อายุ 70 ค่ะ")
    answers = chat.state.data["answers"]
    assert answers["special_needs"] == ["elderly", "sick"] and "urgent" not in answers
    assert asked(chat) == "urgent"


@pytest.mark.parametrize("answer", ["ไม่มีค่ะ", "ไม่มีแล้วค่ะ", "ไม่มี"])
def test_nobody_else_keeps_what_was_known_and_answers_nothing_else(dialog: Dialog,
                                                                   answer: str) -> None:
    chat, _ = told(dialog, PLACED)  # the card asked next
    assert asked(chat) == "more_care"
    question = chat.say(answer).replies[-1].text
    answers = chat.state.data["answers"]
    assert answers["special_needs"] == ["sick"] and "id_card" not in answers
    assert asked(chat) == "id_card" and "ดูแลเป็นพิเศษ" not in question


def test_a_question_of_places_to_come_carries_it_past_a_yes_no_one(dialog: Dialog) -> None:
    """dev34: asked on its own first, it cost a turn the places question saves."""
    chat, question = told(dialog, "พาแม่ที่ป่วยกลับบ้าน ไป 2 คน ไม่มีค่ารถ")
    assert asked(chat) == "id_card" and "นอกจาก" not in question
    question = chat.say("มีค่ะ").replies[-1].text
    assert asked(chat) == "current_province" and question.endswith(CARE_TOO.format("คนป่วย"))


def test_carried_by_a_question_of_places(dialog: Dialog) -> None:
    chat, question = told(dialog, NO_PLACES)
    assert asked(chat) == "current_province"
    assert question.endswith(CARE_TOO.format("คนป่วย"))
    assert chat.state.data["also"] == ["special_needs"]
    chat.say("อยู่ระยอง จะกลับยโสธร แม่อายุ 75")
    answers = chat.state.data["answers"]
    assert answers["special_needs"] == ["elderly", "sick"]
    assert answers["home_province"]["name"] == "ยโสธร"


def test_asked_once_only(dialog: Dialog) -> None:
    chat, _ = told(dialog, NO_PLACES)
    later = chat.say("อยู่ระยอง จะกลับยโสธร").replies[-1].text
    assert asked(chat) != "more_care" and "ดูแลเป็นพิเศษ" not in later
    assert not chat.state.data.get("also")


def test_asked_again_whole_after_an_aside(dialog: Dialog) -> None:
    chat, _ = told(dialog, NO_PLACES)
    again = chat.say("ขอความช่วยเหลือ").replies[-1].text  # the menu's words: the question again
    assert again.endswith(CARE_TOO.format("คนป่วย"))


@pytest.mark.parametrize("story", [
    "อยู่ระยอง ป่วยอยู่ ไม่มีค่ารถกลับบ้านที่ยโสธร ไปคนเดียว มีบัตรประชาชน",  # alone
    "อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร ไป 2 คน มีบัตรประชาชน",  # nobody named: its own question
])
def test_not_asked(dialog: Dialog, story: str) -> None:
    chat, question = told(dialog, story)
    assert "นอกจาก" not in question and asked(chat) != "more_care"
    assert "special_needs" not in (chat.state.data.get("also") or ())  # (a group's urgency may be)


def test_not_after_the_travellers_question_invited_it(dialog: Dialog) -> None:
    chat, _ = told(dialog, "อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    assert asked(chat) == "travellers"  # it invites naming anyone who needs care
    question = chat.say("2 คน แม่ป่วย").replies[-1].text
    assert asked(chat) == "urgent" and "นอกจาก" not in question


@pytest.mark.parametrize(("text", "needs"), [
    ("มียายด้วย", ["elderly"]), ("ยาย 80 ค่ะ", ["elderly"]), ("มีแค่ลูกค่ะ", []),
    ("ครบแล้ว", []), ("ไม่มีแล้ว", []), ("ลูกชายพิการ", ["disabled"]),
    ("มีอีกคน", None),  # someone, not who: asked again
    ("ตาม้าย", None)])  # no elder named
def test_read_more_care(text: str, needs: list[str] | None) -> None:
    assert read_more_care(text, None) == needs


def test_a_count_fixed_at_the_care_question_is_kept(dialog: Dialog) -> None:
    chat, _ = told(dialog, PLACED)
    assert asked(chat) == "more_care"
    chat.say("จริงๆ ไป 4 คนค่ะ มียายด้วย")
    answers = chat.state.data["answers"]
    assert answers["travellers"] == 4 and answers["special_needs"] == ["elderly", "sick"]


def test_those_who_need_care_counted_are_not_the_group(dialog: Dialog) -> None:
    """A code review: "มีลูกเล็ก 2 คนด้วยค่ะ" in a group of 5 had made it 3."""
    chat, _ = told(dialog, PLACED.replace("ไป 2 คน", "ไป 5 คน"))
    assert asked(chat) == "more_care"
    chat.say("มีลูกเล็ก 2 คนด้วยค่ะ")
    answers = chat.state.data["answers"]
    assert answers["travellers"] == 5 and "child" in answers["special_needs"]


def test_the_care_part_is_gone_once_its_question_is(dialog: Dialog) -> None:
    """A code review: the care part outlived its question into the summary's edits."""
    chat, _ = told(dialog, "พาแม่ที่ป่วยกลับบ้าน ไป 2 คน ไม่มีค่ารถ มีบัตรประชาชน ไม่ด่วน")
    assert asked(chat) == "current_province" and chat.state.data["also"]
    chat.say("อยู่ระยอง จะกลับยโสธร")
    if asked(chat) == "sensitive_consent":  # the health of the sick mother
        chat.say("ไม่ยินยอม", "no")
    assert chat.state.name == st.CONFIRM and not chat.state.data.get("also")
    question = chat.say("แก้ไข", "edit:id_card").replies[-1].text
    assert asked(chat) == "id_card" and "ดูแลเป็นพิเศษ" not in question


def test_care_needs_without_names_do_not_break_the_question() -> None:
    assert CARE_TOO.format(named_care({"special_needs": ["walking"]}))


@pytest.mark.parametrize("fix", ["ลืมบอกค่ะ รวม 3 คน ไม่ด่วนค่ะ", "จริงๆ ไป 3 คนค่ะ ไม่ด่วน"])
def test_a_count_of_the_whole_group_is_taken_at_a_later_question(dialog: Dialog,
                                                                fix: str) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ มีบัตร อยู่ระยอง บ้านอยู่ยโสธร")
    chat.say("2 คนค่ะ หนูกับแฟน")
    chat.say("ไม่มีค่ะ")  # nobody needs care; urgency not told: asked next
    assert asked(chat) == "urgent"
    chat.say(fix)
    answers = chat.state.data["answers"]
    assert answers["travellers"] == 3 and answers["urgent"] is False


def test_a_count_without_a_word_of_the_whole_is_not_taken_later(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ มีบัตร อยู่ระยอง บ้านอยู่ยโสธร")
    chat.say("2 คนค่ะ หนูกับแฟน")
    chat.say("ไม่มีค่ะ")
    chat.say("ไม่ด่วนค่ะ มีห้องอยู่ 3 คน")  # three share the room: not the travellers
    assert chat.state.data["answers"]["travellers"] == 2


def test_a_couple_is_still_asked_who_needs_care(dialog: Dialog) -> None:
    """dev7: a man on dialysis answered the count "2 คนครับ ผมกับภรรยา", and his
    illness came only when asked who needs care."""
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านครับ มีบัตร อยู่กทม บ้านอยู่ร้อยเอ็ด")
    chat.say("2 คนครับ ผมกับภรรยา ยังพักห้องเช่าได้ถึงสิ้นเดือนครับ")
    assert asked(chat) == "special_needs"
