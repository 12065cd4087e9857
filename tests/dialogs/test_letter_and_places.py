"""The nationality letter asked with the places still unknown, in one question: a card
told lost in the story, then the letter and home (or both places) at once."""

from __future__ import annotations

import pytest

from dialogs.answering import places_part
from dialogs.asking import LETTER_AND_PLACES
from dialogs.engine import Dialog
from dialogs.slots import BY_KEY

from .test_card_and_places import province
from .test_engine import Chat, consented
from .test_intake import asked

LOST_HERE = "บัตรประชาชนหายค่ะ ไม่มีค่ารถกลับบ้าน ตอนนี้อยู่แม่สอด"  # home not told


def at_letter(dialog: Dialog, story: str = LOST_HERE) -> Chat:
    chat = consented(dialog)
    chat.say(story)
    assert asked(chat) == "nationality_letter"
    return chat


@pytest.mark.parametrize(("story", "places"), [
    (LOST_HERE, ("home_province",)),
    ("บัตรหายค่ะ ไม่มีค่ารถกลับบ้าน", ("current_province", "home_province")),
    ("บัตรหายค่ะ ไม่มีค่ารถกลับบ้านที่ร้อยเอ็ด", ("current_province",)),
])
def test_the_letter_is_asked_with_the_places_not_known(dialog: Dialog, story: str,
                                                       places: tuple[str, ...]) -> None:
    chat = consented(dialog)
    reply = chat.say(story).replies[-1]
    assert asked(chat) == "nationality_letter"
    assert reply.text.endswith(LETTER_AND_PLACES[places])
    assert reply.choices == BY_KEY["nationality_letter"].choices  # buttons: the letter


def test_places_known_the_letter_is_asked_alone(dialog: Dialog) -> None:
    chat = consented(dialog)
    reply = chat.say("บัตรหายค่ะ อยู่ตาก ไม่มีค่ารถกลับบ้านที่ร้อยเอ็ด").replies[-1]
    assert reply.text.endswith(BY_KEY["nationality_letter"].question)


def test_a_typed_answer_tells_the_letter_and_home(dialog: Dialog) -> None:
    chat = at_letter(dialog)
    chat.say("มีค่ะ แม่ไปขอผู้ใหญ่บ้านออกหนังสือรับรองให้แล้ว ร้อยเอ็ดค่ะ")
    answers = chat.state.data["answers"]
    assert answers["nationality_letter"] is True
    assert province(chat, "home_province") == "ร้อยเอ็ด"
    assert province(chat, "current_province") == "ตาก"  # from the story, unchanged
    assert asked(chat) == "travellers"


def test_a_tap_answers_the_letter_and_home_is_asked_next(dialog: Dialog) -> None:
    chat = at_letter(dialog)
    chat.say("มีหนังสือรับรอง", "yes")
    assert chat.state.data["answers"]["nationality_letter"] is True
    assert asked(chat) == "home_province"


def test_no_letter_refuses_without_asking_the_places(dialog: Dialog) -> None:
    chat = at_letter(dialog)
    reply = chat.say("ไม่มีค่ะ").replies
    assert chat.state.name == "done"
    assert "home_province" not in chat.state.data.get("answers", {})
    assert any("หนังสือรับรอง" in r.text for r in reply)


def test_a_province_alone_is_no_letter(dialog: Dialog) -> None:
    """"ร้อยเอ็ดค่ะ" answers home, and says nothing of the letter: asked again."""
    chat = at_letter(dialog)
    chat.say("ร้อยเอ็ดค่ะ")
    assert province(chat, "home_province") == "ร้อยเอ็ด"
    assert "nationality_letter" not in chat.state.data["answers"]
    assert asked(chat) == "nationality_letter"


NO_PLACES = "บัตรหายครับ ไม่มีค่ารถกลับบ้าน"  # the letter asked with both places


@pytest.mark.parametrize("answer", [
    "ยังไม่มีครับ สงขลาครับ ที่สะเดา อุดรธานีครับ อ.กุมภวาปี",  # dev16 sadao pushback
    "ผู้ใหญ่บ้านที่บ้านรู้จักผมดีครับ ให้เขาทำหนังสือรับรองส่งมาได้ สงขลาครับ ที่สะเดา"
    " อุดรธานีครับ อ.กุมภวาปี",
])
def test_the_places_are_kept_whatever_the_letter_answer(dialog: Dialog, answer: str) -> None:
    """The words before the places answer the letter (clearly or not): the places after
    them are both, here then home."""
    chat = at_letter(dialog, NO_PLACES)
    chat.say(answer)
    assert province(chat, "current_province") == "สงขลา"
    assert province(chat, "home_province") == "อุดรธานี"


def test_the_letter_not_yet_is_asked_again_with_the_places_kept(dialog: Dialog) -> None:
    chat = at_letter(dialog, NO_PLACES)
    chat.say("ยังไม่มีครับ สงขลาครับ ที่สะเดา อุดรธานีครับ อ.กุมภวาปี")
    assert "nationality_letter" not in chat.state.data["answers"]
    assert asked(chat) == "nationality_letter"


def test_words_before_the_places_that_cue_them_are_kept(dialog: Dialog) -> None:
    """"บ้านอยู่ ขอนแก่น": home, not a bare place said first (which would be here)."""
    chat = at_letter(dialog, NO_PLACES)
    chat.say("ยังไม่มีครับ บ้านอยู่ ขอนแก่น")
    assert province(chat, "home_province") == "ขอนแก่น"
    assert province(chat, "current_province") is None


@pytest.mark.parametrize(("answer", "places"), [
    ("ยังไม่มีครับ สงขลาครับ ที่สะเดา อุดรธานีครับ", "สงขลาครับ ที่สะเดา อุดรธานีครับ"),
    ("มีครับ ชลบุรี ขอนแก่น", "ชลบุรี ขอนแก่น"),
    # words before that cue the places, or name one apart, are kept whole
    ("ยังไม่มีครับ บ้านอยู่ ขอนแก่น", "ยังไม่มีครับ บ้านอยู่ ขอนแก่น"),
    ("ไม่มีค่ะ หนีมาจาก ชลบุรี", "ไม่มีค่ะ หนีมาจาก ชลบุรี"),
    ("มีบัตรประชาชนครับ Chiang Mai โคราด", "มีบัตรประชาชนครับ Chiang Mai โคราด"),
])
def test_the_places_part_starts_at_the_first_place_told_bare(answer: str, places: str) -> None:
    assert places_part(answer) == places
