"""Misreadings found by the blind development set dev46."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_id_card, read_name, read_special, read_travellers
from dialogs.understand import extract_name


@pytest.mark.parametrize(("text", "here", "home"), [
    # a landmark right after "in front of", "behind" is where one is; the province after it
    # is home (the family was refused as already home: "โคราช" read as where they are)
    ("ห้องเช่าหลังตลาดไท ครับ โคราชครับ อำเภอโชคชัย", "ปทุมธานี", None),
    ("ตอนนี้อยู่ที่โรงพยาบาลบำราศนราดูร ติวานนท์ค่ะ กันทรลักษ์ ศรีสะเกษค่ะ", "นนทบุรี", None),
    ("หน้าทัณฑสถานหญิงกลาง งามวงศ์วานค่ะ กรุงเก่าค่ะ บางปะอิน", "กรุงเทพมหานคร", None),
    ("ห้องเช่าบางนา บ้านอยู่ยโสธร", "กรุงเทพมหานคร", "ยโสธร"),
    ("จะกลับบ้านอาทิตย์หน้า ขอนแก่น", None, "ขอนแก่น"),  # next week: no landmark
    ("หลังออกจากคุกจะกลับขอนแก่น", None, "ขอนแก่น")])
def test_a_landmark_by_its_place_word(text: str, here: str | None, home: str | None) -> None:
    facts = extract_facts(text)
    assert (facts.current_province.name_th if facts.current_province else None) == here
    assert (facts.home_province.name_th if facts.home_province else None) == home


def test_the_card_of_an_aunt_written_for() -> None:
    assert read_id_card("บัตรประชาชนป้ายังอยู่เจ้า ขโมยเอาไปแค่สตางค์", None) is True


@pytest.mark.parametrize(("text", "name"), [
    ("เอิ้นว่าแป้งกะได้ค่ะ 089-123-4567", "แป้ง"), ("เอิ้นแป้งกะได้", "แป้ง")])
def test_isan_call_me(text: str, name: str) -> None:
    """"เอิ้นว่าแป้งกะได้ค่ะ" gave the name "เอิ้นว่าแป้ง"."""
    assert extract_name(text, bare=True) == name


@pytest.mark.parametrize(("text", "count"), [
    ("ข้อยกับลูกอีกสองค่ะ เมื่อคืนนอนในขนส่งนี่ล่ะค่ะ ลูกยังน้อยค่ะ คนโต 7 ขวบ คนเล็ก 3 ขวบ", 3),
    ("ผมกับลูกอีก 2", 3), ("ซาแยกับน้องชาย สองคน", 2)])
def test_counts_told_with_more(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


@pytest.mark.parametrize("text", ["ไปกับลูกอีกสองขวบ", "กับเพื่อนอีก 3 วัน"])
def test_a_span_after_more_is_no_count(text: str) -> None:
    assert read_travellers(text, None) is None


# the second review of this session's readings


@pytest.mark.parametrize(("text", "name"), [
    ("หมีครับ", "หมี"), ("ชื่อหมีครับ", "หมี"), ("หมี 0812345678", "หมี")])
def test_the_nickname_mee_is_a_name(text: str, name: str) -> None:
    """"หมี" typed for มี is read so only at the card question."""
    assert read_name(text, None) == name


@pytest.mark.parametrize("text", ["หมีครับ", "หมีครับ ครบทุกคน", "หมี ทั้งผมทั้งแม่"])
def test_mee_to_the_card_question_is_a_card_had(text: str) -> None:
    assert read_id_card(text, None) is True


@pytest.mark.parametrize("text", ["อยากได้งานด้วยครับ", "แล้วก็อยากได้ที่พักด้วยครับ"])
def test_a_wish_where_the_name_is_asked_is_no_name(text: str) -> None:
    assert read_name(text, None) is None


@pytest.mark.parametrize(("text", "here", "home"), [
    ("บ้านผมอยู่กับแม่ที่ขอนแก่น", None, "ขอนแก่น"),  # living with kin is home
    ("บ้านข้อยอยู่กับนายจ้างที่ชลบุรี", "ชลบุรี", None),  # an employer's is not
    ("บ้านผมอยู่นครปฐม เพิ่งกลับราชบุรีเมื่อวาน", None, "นครปฐม"),  # gone back already
    ("บ้านผมอยู่ที่อยูธยาครับ", None, "พระนครศรีอยุธยา")])  # อยุธยา typed "อยูธยา"
def test_places_read_as_before(text: str, here: str | None, home: str | None) -> None:
    facts = extract_facts(text)
    assert (facts.current_province.name_th if facts.current_province else None) == here
    assert (facts.home_province.name_th if facts.home_province else None) == home


@pytest.mark.parametrize("text", [
    "หากเงินไม่มีจะกลับยังไง", "กรณีเงินไม่มีจะกลับทำไงคะ", "ตอนแรกเงินไม่มีจะกลับ ตอนนี้มีแล้ว",
    "ให้ยืมเงินไปแล้วเงินไม่มีกลับมา"])
def test_money_not_lacked_for_going_back_now(text: str) -> None:
    assert extract_facts(text).no_fare is not True


@pytest.mark.parametrize(("text", "count"), [
    ("ผม น้อง น้อง", 3), ("ผม เมีย ลูกชาย ลูกชาย", 4), ("กระผม ภรรยา บุตร", 3),
    ("ผม แม่ และก็ลูก", 3), ("ผม เมีย ทารก", 3)])
def test_a_list_said_with_a_word_twice_or_a_formal_word(text: str, count: int) -> None:
    """The second review: a bare word said twice was one person, and formal or other kin
    words ended the list early (undercounts)."""
    assert read_travellers(text, None) == count


@pytest.mark.parametrize("text", ["พ่อ 1 แม่ 1 ลูก 2", "เมีย7เดือน"])
def test_numbers_after_grown_ups_are_no_childs_age(text: str) -> None:
    assert read_special(text, None) != ["child"]


@pytest.mark.parametrize(("text", "here", "home"), [
    ("บ้านอยู่ใกล้ขอนแก่น", None, "ขอนแก่น"), ("บ้านอยู่หลังตลาดวารินชำราบ", None, "อุบลราชธานี"),
    ("จะกลับบ้านใกล้ขอนแก่น", None, "ขอนแก่น"),
    ("ตอนนี้อยู่บางนา บ้านอยู่ใกล้นครพนม", "กรุงเทพมหานคร", "นครพนม"),
    ("จะกลับวันจันทร์หน้า อุบล", None, "อุบลราชธานี"), ("จะกลับทีหลัง ชัยภูมิ", None, "ชัยภูมิ"),
    ("ลูกสาวเรียนอยู่หอพักใกล้นิคมอมตะ", None, None), ("แม่อยู่บ้านเช่าหน้าตลาดโรงเกลือ", None, None),
    ("เคยทำงานหน้านิคมอมตะ", None, None), ("เคยเช่าห้องหลังตลาดไท", None, None),
    ("ขอตั๋วล่วงหน้าขอนแก่น", None, None), ("บ้านเฮาอยู่ระยอง เช่าเขาอยู่", "ระยอง", None)])
def test_no_landmark_where_home_a_time_or_another_is_said(text: str, here: str | None,
                                                          home: str | None) -> None:
    """The third review: home near a place, a time, another's or a past stay."""
    facts = extract_facts(text)
    assert (facts.current_province.name_th if facts.current_province else None) == here
    assert (facts.home_province.name_th if facts.home_province else None) == home


@pytest.mark.parametrize("text", ["บัตรประชาชนลุงมี ส่วนผมไม่มี", "บัตรประชาชนป้ามีค่ะ หนูไม่มี"])
def test_a_kins_card_beside_ones_own_lack_is_no_card(text: str) -> None:
    assert read_id_card(text, None) is not True


def test_a_wish_to_be_called_is_a_name() -> None:
    assert read_name("อยากให้เรียกว่าแป้งค่ะ", None) == "แป้ง"


@pytest.mark.parametrize(("text", "count"), [
    ("ผมกับแม่ อีกสองคืนต้องออกจากห้อง", 2), ("ผมกับลูกอีก 2 ที่เหลือยังอยู่ขอนแก่น", 2)])
def test_more_then_a_span_is_no_count_of_people(text: str, count: int) -> None:
    assert read_travellers(text, None) == count
