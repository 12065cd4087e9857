"""Card and letter answers misread in the dev sets (each cost a turn "ขอโทษค่ะ ยังไม่เข้าใจ"):
the adults' card beside a child's birth certificate (dev18, dev16), a card had but left at
home (dev15), a card answer with a remark after it (dev16), the letter "not yet" with the
places (dev16), a prison release paper instead of the letter (dev18)."""

from __future__ import annotations

import pytest

from dialogs import texts
from dialogs.answering import card_words
from dialogs.engine import Dialog
from dialogs.letter import not_yet, other_paper
from dialogs.readers import read_id_card, read_letter

from .test_engine import consented
from .test_intake import asked

GRANDMA = "ยายมีบัตรค่ะ หลานมีสูติบัตร ปทุมธานี รังสิตค่ะ"  # dev18 neighbour for grandma
AT_HOME = "มีครับแต่ลืมไว้บ้านที่ชัยภูมิ ให้แม่ถ่ายรูปส่งมาได้ สระบุรี แก่งคอยครับ"  # dev15
RELEASED = "มีแค่หนังสือสำคัญการปล่อยตัวจากเรือนจำครับ มีชื่อกับเลข๑๓หลักอยู่ในนั้น"  # dev18


def card(text: str) -> bool | None:
    """The card answer as read when the card is asked with the places."""
    return read_id_card(card_words(text), None)


@pytest.mark.parametrize("text", [
    GRANDMA, "ยายมีบัตรค่ะ หลานมีสูติบัตร",
    "มีทั้งสองคนค่ะ ลูกยังไม่มีบัตร มีแต่สูติบัตร",  # dev16 surat rubber tappers
    "ผมมีบัตร ลูกไม่มีบัตร"])
def test_the_adults_card_beside_a_childs_birth_certificate_is_had(text: str) -> None:
    assert card(text) is True


@pytest.mark.parametrize(("text", "has"), [
    ("หลานไม่มีบัตร ยายก็ไม่มี", False), ("ลูกไม่มีบัตร ผมบัตรหาย", False), ("บัตรหาย", False),
    ("มีแต่สูติบัตร", False),  # the writer's own paper, no child named: no card
    ("หลานไม่มีบัตร", None)])  # said alone: maybe of the one who goes
def test_no_card_beside_a_child_stays_no_card(text: str, has: bool | None) -> None:
    assert card(text) is has


@pytest.mark.parametrize("text", [
    AT_HOME, "มีครับแต่ลืมไว้บ้านที่ชัยภูมิ", "มีค่ะ แต่อยู่ที่บ้าน", "บัตรมีแต่ทิ้งไว้ที่ห้อง",
    "มีแต่ไม่ได้เอามา อยู่บ้าน"])
def test_a_card_had_but_left_at_home_is_a_card(text: str) -> None:
    assert card(text) is True


@pytest.mark.parametrize(("text", "has"), [
    ("มีแต่หาย", False), ("มีแต่ลืมไว้ที่นายจ้าง", False), ("บัตรหาย", False),
    ("มีแต่ไม่ได้เอามา", None), ("มีแต่ลืมไว้ ไม่รู้ว่าที่ไหน", None),
    ("มีแต่อยู่บ้าน ไม่รู้ว่าหายไหม", None), ("ยายมีบัตรค่ะ ที่บ้าน", None)])
def test_a_card_lost_taken_or_nowhere_said_is_not_a_card_at_home(
        text: str, has: bool | None) -> None:
    assert card(text) is has


def test_a_remark_after_the_card_answer_leaves_it() -> None:  # dev16 songkhla boat crew
    assert card("มีครับบัตรยังอยู่ สงขลาครับ ท่าเรือในเมือง ร้อยเอ็ดครับ อ.เสลภูมิ") is True
    assert card("ตามีบัตรครับ ที่นายหน้า") is not True  # a keeper named: no plain card
    assert card("มีครับบัตรยังอยู่ แต่หายไปแล้ว") is not True


def test_card_words_keep_what_comes_before_the_places() -> None:
    assert card_words("มีค่ะอยู่ชลบุรี") == "มีค่ะ"
    assert card_words(AT_HOME) == "มีครับแต่ลืมไว้ ให้แม่ถ่ายรูปส่งมาได้"
    assert card_words("ชลบุรี ค่ะ") == "" and card_words("ค่ะ ตาก ยโสธร") == "ค่ะ"


def test_the_card_with_the_places_told_goes_on(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ยายกับหลานไม่มีค่ารถกลับบ้านที่สกลนครค่ะ")
    assert asked(chat) == "id_card"
    chat.say(GRANDMA)
    assert chat.state.data["answers"]["id_card"] is True
    assert chat.state.data["answers"]["current_province"]["name"] == "ปทุมธานี"


def test_a_release_paper_is_another_paper_not_the_letter() -> None:
    assert read_letter(RELEASED, None) is None and other_paper(RELEASED)
    assert not other_paper("ไม่มีหนังสือปล่อยตัวค่ะ") and not other_paper("ไม่มีค่ะ")
    assert not other_paper("มีหนังสือรับรองค่ะ")


def test_a_release_paper_leaves_the_letter_to_the_officer(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("บัตรหายครับ ไม่มีค่ารถกลับบ้าน อยู่สุราษฎร์ธานี จะกลับเพชรบูรณ์")
    assert asked(chat) == "nationality_letter"
    replies = chat.say(RELEASED).replies
    answers = chat.state.data["answers"]
    assert "nationality_letter" in answers and answers["nationality_letter"] is None
    assert replies[0].text.startswith(texts.OTHER_PAPER) and asked(chat) != "nationality_letter"


@pytest.mark.parametrize("text", ["ยังไม่มีครับ", "ยังไม่มีครับ สงขลาครับ ที่สะเดา อุดรธานีครับ"])
def test_the_letter_not_yet(text: str) -> None:
    assert not_yet(text) and read_letter(text, None) is None


@pytest.mark.parametrize("text", ["ไม่มีครับ", "ยังไม่มีครับ ไม่มี", "ยังไม่มีหนังสือรับรองค่ะ", "มีครับ"])
def test_no_or_yes_is_no_not_yet(text: str) -> None:
    assert not not_yet(text)


def test_not_yet_alone_is_asked_again_without_sorry(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("กระเป๋าหายบัตรก็หาย ไม่มีค่ารถกลับบ้าน")
    assert asked(chat) == "nationality_letter"
    said = chat.say("ยังไม่มีครับ").replies[-1].text
    assert said.startswith(texts.LETTER_NOT_YET) and texts.RETRY_PREFIX not in said
    assert "กำนันหรือผู้ใหญ่บ้านออกหนังสือรับรองให้ได้ไหมคะ" in said


def test_not_yet_with_the_places_keeps_them_and_asks_again(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("กระเป๋าหายบัตรก็หาย ไม่มีค่ารถกลับบ้าน")
    said = chat.say("ยังไม่มีครับ สงขลาครับ ที่สะเดา อุดรธานีครับ อ.กุมภวาปี").replies[-1].text
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "สงขลา"
    assert answers["home_province"]["name"] == "อุดรธานี"
    assert asked(chat) == "nationality_letter" and texts.LETTER_NOT_YET in said
    assert "กำนันหรือผู้ใหญ่บ้านออกหนังสือรับรองให้ได้ไหมคะ" in said
    chat.say("ผู้ใหญ่บ้านที่บ้านรู้จักผมดีครับ ให้เขาทำหนังสือรับรองส่งมาได้")
    assert chat.state.data["answers"]["nationality_letter"] is True
