"""The ID card question answered for others (dialogs.cards): by one writing for others who
go without them, for all who go, or in the words people call themselves by."""

from __future__ import annotations

import pytest

from dialogs.answering import written_for
from dialogs.cards import OTHERS, others_card
from dialogs.engine import Dialog
from dialogs.readers import read_id_card
from dialogs.understand import parent_card

from .test_engine import Chat


@pytest.mark.parametrize(("text", "has"), [
    ("มีทั้งของหนูและของแม่ค่ะ", True),  # dev14 asks fee then applies with mother
    ("มีทั้งตาทั้งยายจ้ะ", True),  # dev10 grandparents with grandson
    ("มีครบทุกคนครับ", True), ("มีทั้งคู่ค่ะ", True), ("ไม่มีทั้งคู่ค่ะ", False),
    ("ยายมีบัตรประชาชนครับ อยู่ในกระเป๋า", True),  # dev13 volunteer at hua lamphong
    ("ยายมีบัตรค่ะ บัตรผู้สูงอายุ หมดอายุไม่ได้", True),  # dev14 neighbour, a lifetime card
    ("โยมแม่มีบัตร ยายก็มี อยู่ที่วัด อ.ไชโย", True),  # dev15 monk, places taken out
    ("ลุงไม่มีบัตรครับ ที่โรงพยาบาล", False)])
def test_a_card_answer_for_all_or_in_ones_own_kin_word(text: str, has: bool) -> None:
    assert read_id_card(text, None) is has


@pytest.mark.parametrize("text", [
    "ยายมีบัตรค่ะ ที่บ้าน",  # left at home: not a plain yes
    "ยายมีบัตร ลุงไม่มี",  # one has, one has not
    "ยายมีบัตรคนจน", "ยายมีบัตรค่ะ แต่หาย", "มีทั้งคู่แต่หายค่ะ",
    "แม่มีบัตรค่ะ", "พ่อกับแม่มีบัตรค่ะ", "เพื่อนมีบัตรค่ะ", "ผัวมีบัตรครับ",  # may go along
    "ยายมีบัตรค่ะ ยังไม่ได้ไปทำใหม่"])
def test_no_plain_card_answer_without_context(text: str) -> None:
    assert read_id_card(text, None) is not True


@pytest.mark.parametrize("story", [
    "เขียนแทนพ่อแม่ค่ะ พาแม่มาผ่าตัดที่รพ.พุทธชินราช พิษณุโลก เงินหมดแล้ว "
    "พ่อ แม่ กับหลานสามขวบจะกลับน่านไม่มีค่ารถค่ะ หนูอยู่กรุงเทพไปรับไม่ได้",
    "สวัสดีค่ะ พยาบาลตึกเด็ก รพ.ในหาดใหญ่ค่ะ พิมพ์แทนครอบครัวคนไข้",
    "กู้ภัยชะอำครับ รถทัวร์คว่ำเมื่อคืน มีผู้โดยสารผัวเมียคู่นึงกระเป๋าเงินหายหมด",
    "ช่วยเพื่อนหนูหน่อยค่ะ เพื่อนโดนผัวทุบตีที่ปทุมธานี หนีออกมากับลูก3ขวบ",
    "ช่วยน้องสาวผมด้วยครับ น้องโดนผัวทุบตี",
    "สวัสดีค่ะ เจ้าหน้าที่บ้านพักเด็กและครอบครัว กทม.ค่ะ ขอส่งเรื่องแม่และลูกกลับบ้านที่อุบลค่ะ"])
def test_writes_for_others(story: str) -> None:
    assert written_for(story) == {"writes_for": OTHERS}


@pytest.mark.parametrize("story", [
    "เขียนแทนพ่อครับ ไปกันสองคน",  # the writer goes too
    "พิมพ์แทนแม่ค่ะ หนูจะกลับด้วย",
    "ผมเป็นอาสาสมัคร ผมไม่มีค่ารถกลับบ้าน",  # the writer's own trouble
    "ผมเป็นพยาบาล ตกงาน ไม่มีค่ารถ",
    "ช่วยหน่อยค่ะ ไม่มีค่ารถกลับบ้าน",
    "ช่วยน้องหน่อย", "ช่วยพี่ด้วยค่ะ ไม่มีค่ารถกลับบ้าน"])  # review: a word for oneself
def test_not_writing_for_others(story: str) -> None:
    assert written_for(story).get("writes_for") != OTHERS


@pytest.mark.parametrize(("text", "has"), [
    ("พ่อกับแม่มีบัตรค่ะ", True),  # dev15 phitsanulok daughter, dev12 hat yai nurse
    ("ผัวมีบัตรครับ อยู่ในกระเป๋ากางเกง", True),  # dev15 bus crash rescue worker
    ("เพื่อนมีบัตรค่ะ", True),  # dev13 friend of a mother fleeing violence
    ("แม่มีบัตรประชาชนค่ะ", True),  # dev11 shelter staff for a mother and kids
    ("ลูกไม่มีบัตรค่ะ", False)])
def test_the_card_of_those_written_for(text: str, has: bool) -> None:
    assert parent_card(text, OTHERS) is has


@pytest.mark.parametrize("text", [
    "พ่อมีบัตร แม่ไม่มี", "แม่มีบัตรค่ะ หนูบัตรหาย", "เพื่อนมีบัตรแต่หายค่ะ",
    "ผัวมีบัตรคนจนครับ", "เพื่อนมีบัตรค่ะ อยู่ที่บ้าน"])
def test_mixed_or_other_cards_of_those_written_for_are_none(text: str) -> None:
    assert others_card(text, anyone=True) is None


@pytest.mark.parametrize("text", [  # review: the card's state or keeper, not where they are
    "ยายมีบัตรค่ะ ที่หมดอายุแล้ว", "ยายมีบัตรค่ะ ที่ชำรุด", "ตามีบัตรครับ ที่นายหน้า",
    "พ่อมีบัตร ที่ต่างด้าว"])
def test_a_card_expired_damaged_or_kept_by_another_is_no_plain_card(text: str) -> None:
    assert others_card(text, anyone=True) is None
    assert read_id_card(text, None) is not True


@pytest.mark.parametrize("text", ["ยายมีบัตรครับ อยู่ที่โรงพยาบาล", "ยายมีบัตรค่ะ ที่ขอนแก่น"])
def test_where_they_are_leaves_the_card_had(text: str) -> None:
    assert read_id_card(text, None) is True


def test_a_daughter_writing_for_her_parents_is_asked_the_card_once(dialog: Dialog) -> None:
    """dev15 phitsanulok: "พ่อกับแม่มีบัตรค่ะ" was asked three times."""
    chat = Chat(dialog)
    chat.say("เขียนแทนพ่อแม่ค่ะ พาแม่มาผ่าตัดที่รพ.พุทธชินราช พิษณุโลก เงินหมดแล้ว "
             "พ่อ แม่ กับหลานสามขวบจะกลับน่านไม่มีค่ารถค่ะ หนูอยู่กรุงเทพไปรับไม่ได้")
    chat.say("ยินยอมค่ะ", "consent:yes")
    chat.say("พ่อกับแม่มีบัตรค่ะ พิษณุโลกค่ะ ที่โรงพยาบาล")
    assert chat.state.data["answers"]["id_card"] is True


def test_one_travelling_with_her_parents_still_answers_for_herself(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("หนูกับพ่อแม่ไม่มีค่ารถกลับน่านค่ะ อยู่พิษณุโลก")
    chat.say("ยินยอมค่ะ", "consent:yes")
    chat.say("พ่อกับแม่มีบัตรค่ะ")
    assert chat.state.data["answers"].get("id_card") is None
