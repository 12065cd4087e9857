"""dev44, read again this session: an elder's story told in five messages before
consent, and the Isan "กะ" (ก็)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.facts import extract_facts
from dialogs.parse_numbers import clean_text, negations_fixed
from dialogs.types import RequestHandoff

from .test_engine import Chat

ELDER = ("ยายขอถามแหน่เด้อ", "ยายกับตาพากันมาหาลูกสาวที่ปากน้ำ", "ลูกสาวบ่อยู่แล้ว ย้ายไปไสกะบ่ฮู้",
         "ตาขาขาดข้างนึงต้องใช้ไม้ค้ำ ย่างไกลบ่ได้", "เงินกะหมดแล้ว กลับบ้านบ่ได้😢")


def test_a_story_told_in_five_messages_is_not_handed_over(dialog: Dialog) -> None:
    """The elder met a person instead of the questions: her story's pieces counted as
    failed answers to the consent question."""
    chat = Chat(dialog)
    for text in ELDER:
        result = chat.say(text)
        assert not [e for e in result.effects if isinstance(e, RequestHandoff)]
    chat.say("ได้จ้า")
    assert chat.state.data.get("consent") is True
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "สมุทรปราการ"
    assert answers["no_fare"] is True


def test_pieces_of_story_still_end_with_a_person_when_never_answered(dialog: Dialog) -> None:
    """Story pieces are not counted, up to a point: seven questions in all, and the
    chat goes to a person."""
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    handed = []
    for text in ("ตกงานค่ะ", "อะไรนะ", "อยู่ระยอง", "อะไรนะ", "ไม่มีค่ารถกลับบ้าน",
                 "มีบัตรประชาชน", "อะไรนะ", "อะไรนะ"):
        result = chat.say(text)
        handed.append(any(isinstance(e, RequestHandoff) for e in result.effects))
    assert handed == [False] * 7 + [True]
    assert chat.state.name == st.CONSENT


def test_three_failed_answers_among_pieces_still_hand_over(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    handed = [any(isinstance(e, RequestHandoff) for e in chat.say(text).effects)
              for text in ("อะไรนะ", "ตกงานค่ะ", "อะไรนะ", "อะไรนะ", "อะไรนะ")]
    assert handed == [False, False, False, False, True]


@pytest.mark.parametrize(("text", "said"), [
    ("เงินกะหมดแล้ว กลับบ้านบ่ได้", "เงินก็หมดแล้ว กลับบ้านไม่ได้"),
    ("ข้าวกะยังบ่ได้กิน", "ข้าวก็ยังไม่ได้กิน"),
    ("แกะมีขน", "แกะมีขน"), ("อยู่กะแม่", "อยู่กะแม่"), ("เข้ากะดึก", "เข้ากะดึก"),
    ("กะว่าจะกลับ", "กะว่าจะกลับ"), ("กะทิหมด", "กะทิหมด")])
def test_isan_ka_is_ko_only_before_what_it_leads(text: str, said: str) -> None:
    assert negations_fixed(clean_text(text)) == said


@pytest.mark.parametrize("text", [
    "เงินกะหมดแล้ว กลับบ้านบ่ได้", "เงินกะบ่มี อยากพากลับกาฬสินธุ์", "เงินก็ไม่มี อยากกลับบ้าน",
    "เงินไม่มี จะกลับบ้าน"])
def test_money_named_first_then_what_it_is_lacked_for(text: str) -> None:
    assert extract_facts(text).no_fare is True


@pytest.mark.parametrize("text", ["เงินไม่มีปัญหา", "เงินไม่มีค่า"])
def test_money_with_no_problem_is_no_lack(text: str) -> None:
    assert extract_facts(text).no_fare is not True


@pytest.mark.parametrize(("text", "here", "home"), [
    ("พัทยาค่ะ อุดร บ้านเฮาอยู่กุมภวาปี", None, "อุดรธานี"),
    ("บ้านข้อยอยู่อุดร", None, "อุดรธานี"),
    ("ตอนนี้อยู่ระยอง บ้านข้อยอยู่ศรีสะเกษ", "ระยอง", "ศรีสะเกษ"),
    ("บ้านเฮาอยู่ขอนแก่น แต่ตอนนี้อยู่ระยอง", "ระยอง", "ขอนแก่น")])
def test_isan_our_home_is_home_as_in_central_thai(text: str, here: str | None,
                                                  home: str) -> None:
    """A family's "บ้านเฮาอยู่กุมภวาปี" was read as where they are, and they were refused
    as already home ("บ้านเราอยู่" was read as home)."""
    facts = extract_facts(text)
    assert (facts.current_province.name_th if facts.current_province else None) == here
    assert facts.home_province is not None and facts.home_province.name_th == home


@pytest.mark.parametrize(("text", "food"), [
    ("มีข้าวกินแต่เงินไม่มีจะกลับ", False), ("เงินไม่มีจะกลับค่ะ ข้าวยังพอมี", None)])
def test_money_lacked_for_going_back_is_the_fare_only(text: str, food: bool | None) -> None:
    """The first review: rice said outright, yet no food was read."""
    facts = extract_facts(text)
    assert facts.no_fare is True
    assert facts.no_food is food


@pytest.mark.parametrize("text", ["ถ้าเงินไม่มีจะกลับยังไงครับ", "ไม่ใช่ว่าเงินไม่มีจะกลับ แต่รถไม่มี"])
def test_money_asked_of_or_denied_is_no_lack(text: str) -> None:
    assert extract_facts(text).no_fare is not True


@pytest.mark.parametrize(("text", "here", "home"), [
    ("บ้านเฮาอยู่ชลบุรี เช่าเขาอยู่ จะกลับยโสธร", "ชลบุรี", "ยโสธร"),  # gone back to: home
    ("ทำงานอยู่ระยอง บ้านผมอยู่ชลบุรี จะกลับยโสธร", "ระยอง", "ยโสธร"),
    ("บ้านเฮาอยู่ห้องเช่าในชลบุรี", "ชลบุรี", None),  # a rented room is no home
    ("บ้านข้อยอยู่กับนายจ้างที่ชลบุรี", "ชลบุรี", None),
    ("อยากกลับบ้านที่ขอนแก่น บ้านเกิดอยู่ร้อยเอ็ด", None, "ขอนแก่น"),  # going back to the house
    ("บ้านผมอยู่ที่ชลบุรี ทะเบียนบ้านอยู่ที่ศรีสะเกษ จะกลับชลบุรี", None, "ชลบุรี"),
    ("บ้านผมอยู่สงขลา บ้านเกิดอยู่ปัตตานี อยากกลับสงขลา", None, "สงขลา"),
    ("บ้านผมอยู่ขอนแก่น บ้านเกิดแม่อยู่ร้อยเอ็ด", None, "ขอนแก่น"),  # another's birthplace
    ("บ้านผมอยู่เชียงราย ภูมิลำเนาอยู่พะเยา ติดอยู่ที่กรุงเทพ", "กรุงเทพมหานคร", "เชียงราย"),
    ("ตอนนี้ติดอยู่กรุงเทพ บ้านผมอยู่ขอนแก่น บ้านเกิดอยู่ร้อยเอ็ด", "กรุงเทพมหานคร", "ขอนแก่น")])
def test_ones_house_and_a_home_said_after_it(text: str, here: str | None, home: str | None) -> None:
    """The first review: a birthplace took home from a place gone back to, from a house
    with the person away from it, and from one's own house beside a mother's birthplace."""
    facts = extract_facts(text)
    assert (facts.current_province.name_th if facts.current_province else None) == here
    assert (facts.home_province.name_th if facts.home_province else None) == home
