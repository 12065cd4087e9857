"""Readings found by the blind development set dev42, each with the sentence that showed
it and sentences beside it that must not change."""

from __future__ import annotations

import pytest

from dialogs.card_reader import read_id_card
from dialogs.facts import extract_facts
from dialogs.needs import parse_needs, released_from_prison
from dialogs.questions import is_question


@pytest.mark.parametrize("text", [
    "คนเดียว อยู่หอเพื่อนได้ค่ะ ไม่ถึงกับไม่มีที่นอน",  # (read as no shelter, and urgent)
    "ไม่ถึงขั้นไม่มีที่นอนค่ะ"])
def test_not_so_far_as_to_have_nowhere_to_sleep_is_a_roof(text: str) -> None:
    assert extract_facts(text).no_shelter is False


@pytest.mark.parametrize(("text", "hungry"), [
    ("ไม่ถึงกับอดข้าวค่ะ", None), ("ไม่อดข้าว", None), ("อดข้าวมาสองวัน", True)])
def test_going_without_food_denied_is_no_hunger(text: str, hungry: bool | None) -> None:
    assert extract_facts(text).no_food is hungry


@pytest.mark.parametrize(("text", "care"), [
    ("คนเดียวครับ ยังมีห้องเช่าอยู่ครับ ไม่มีครับ ตอนนี้แข็งแรงดี วัณโรคหายแล้ว", set()),
    ("เป็นไข้ หายแล้วค่ะ", set()), ("ลูกไม่สบายมาสามวัน ยังไม่หาย", {"sick"}),
    ("ลูกป่วย บัตรหายแล้ว", {"sick"}), ("ผ่าตัดมา ยังไม่หายดี", {"sick"})])
def test_an_illness_healed_is_no_care_need(text: str, care: set[str]) -> None:
    assert set(extract_facts(text).special_needs) == care


@pytest.mark.parametrize(("text", "escort"), [
    ("ยายอายุ78แล้ว ขึ้นรถเองไม่เป็น หลงทางง่าย", True), ("แม่หลงทางบ่อย", True),
    ("ขึ้นรถเองได้", False), ("ไม่หลงทางง่ายหรอก", False)])
def test_one_who_cannot_take_the_bus_alone_needs_an_escort(text: str, escort: bool) -> None:
    assert ("cannot_travel_alone" in extract_facts(text).special_needs) is escort


@pytest.mark.parametrize(("text", "count"), [
    ("ผม เมีย ลูก2 แม่ผม อยู่ระยอง จะกลับบุรีรัมย์", 5), ("ผม เมีย ลูก2 แม่ผมอายุ71", 5),
    ("ผม เมีย ลูก2", 4), ("ผม เมีย ลูก2 แม่อยู่บ้าน", 4),
    ("ผัวทิ้งค่ะ หนีไปกับเมียใหม่ เหลือหนูกับลูกสองคน", 3), ("กับเมียและลูกอีก 2 คน", 4)])
def test_families_listed_member_by_member(text: str, count: int) -> None:
    assert extract_facts(text).travellers == count


@pytest.mark.parametrize(("text", "has"), [
    ("ผมกับเมียกับแม่มีครับ ลูกยังไม่มี ยังเล็ก", True), ("ของหนูมีค่ะ ของลูกยังไม่มี", True),
    ("มีกันครับ", True), ("มีกันค่ะ", True), ("ไม่มีกันค่ะ", False), ("ของหนูไม่มีค่ะ", False),
    ("ผมกับเมียไม่มีครับ", False), ("ผมไม่มี ลูกยังไม่มี", False),
    ("ของหนูมีค่ะ ของแม่หาย", None)])
def test_a_card_answer_that_leaves_the_children_out(text: str, has: bool | None) -> None:
    """Children too young for a card: the card that counts is the adults' (asked again,
    then skipped, and the nationality letter asked for nothing)."""
    assert read_id_card(text, None) is has


@pytest.mark.parametrize("text", [
    "ผมเคยติดคุกนะครับ แต่นานแล้ว ออกมาแปดปีแล้ว คุมประพฤติก็จบไปนานแล้ว",
    "พ้นโทษมาหลายปีแล้ว"])
def test_prison_long_past_is_no_release_just_had(text: str) -> None:
    """A false criminal history need, its consent asked for nothing."""
    assert "probation" not in parse_needs(text)
    assert not released_from_prison(text)


@pytest.mark.parametrize("text", ["เพิ่งพ้นโทษ คดีจบแล้ว", "เพิ่งออกจากคุกเมื่อวาน เคยติดคุกมาสองปี"])
def test_a_release_just_had_stays(text: str) -> None:
    assert "probation" in parse_needs(text) and released_from_prison(text)


@pytest.mark.parametrize("text", [
    "ไม่มีครับ เรื่องคดีจบหมดแล้ว ขอแค่ค่ารถ",
    "เคยเป็นซึมเศร้าด้วยนะคะ แต่ตอนนี้หายแล้ว หมอให้เลิกยาตั้งแต่ปีที่แล้ว",
    "ไม่มีแล้วค่ะ เรื่องซึมเศร้าหายแล้วจริงๆ",
    "เคยเป็นวัณโรคเมื่อปีก่อนนะครับ แต่กินยาครบหกเดือน หมอบอกหายแล้ว ไม่ติดต่อแล้ว"])
def test_a_story_of_an_illness_or_a_case_that_is_over(text: str) -> None:
    assert not {"health", "mental", "legal"} & set(parse_needs(text))


# -- the review of the readings above: sentences each first version read worse ---------

@pytest.mark.parametrize(("text", "need"), [
    ("ไม่เคยมีใครช่วย แม่ป่วยติดเตียง บัตรประชาชนหายแล้ว", "health"),
    ("เคยทำงานโรงงาน ป่วยเป็นเบาหวาน ความดัน แผลที่เท้าหายแล้ว", "health"),
    ("ผัวเคยทำร้าย ตอนนี้เครียดมาก นอนไม่หลับ เรื่องหย่าจบแล้ว", "mental"),
    ("เคยมีงานทำ เป็นโรคซึมเศร้าหนักมาก เรียนจบแล้วก็ไม่มีงาน", "mental"),
    ("เคยโดนนายจ้างโกง ฟ้องศาลแรงงานอยู่ สัญญาเช่าจบแล้วต้องออกจากห้อง", "legal"),
    ("เคยเข้าโรงพยาบาลจิตเวช ตอนนี้ยังเห็นภาพหลอน หายแล้วบางช่วง", "mental"),
    ("เคยไปหาหมอ ตอนนี้ไอเรื้อรัง เจ็บหน้าอก ไข้ลดแล้ว หายแล้วบางวัน", "health"),
    ("ป่วยหายแล้ว เหลือแต่ปวดหลัง ต้องกินยาแก้ปวด", "health"),
    ("เคยเป็นมะเร็งหายแล้ว กลับมาเป็นอีกรอบ", "health"),
    ("มะเร็งรักษาหายแล้ว กลับมาเป็นใหม่", "health")])
def test_a_need_still_here_beside_something_over_stays(text: str, need: str) -> None:
    assert need in parse_needs(text)


@pytest.mark.parametrize(("text", "care"), [
    ("ยายเคยเป็นครู ตอนนี้ขาไม่ดี เดินไม่ได้ บัตรประชาชนหายแล้ว", "disabled"),
    ("เคยอยู่กับแฟน ตอนนี้ท้อง 7 เดือน กระเป๋าสตางค์หายแล้ว", "pregnant"),
    ("ผมเคยเป็นทหาร ตอนนี้ขาขาดใช้ขาเทียม เรื่องเงินชดเชยจบแล้ว", "disabled"),
    ("เคยล้มขาหัก ตอนนี้ใส่เหล็กอยู่ เดินไม่ได้ หายแล้วมั้ง", "sick"),
    ("มะเร็งรักษาหายแล้ว กลับมาเป็นใหม่", "sick")])
def test_a_care_need_still_here_stays(text: str, care: str) -> None:
    assert care in extract_facts(text).special_needs


@pytest.mark.parametrize("text", [
    "เคยติดคุกหลายปี เพิ่งออกมาเมื่อวานครับ", "ติดคุกมา 5 ปีแล้ว เพิ่งได้ออกเมื่ออาทิตย์ก่อน",
    "ติดคุกมา5ปีแล้ว ออกมาเมื่อวานครับ ไม่มีที่ไป", "ติดคุกมา 3 ปีแล้วครับ ออกมาวันนี้",
    "ติดคุกมาหลายปีครับ ออกมาเมื่อวาน",
    "ผมเคยติดคุก 7 ปีก่อนครับ ตอนนี้ได้ออกมาแล้ว เพิ่งออกเดือนที่แล้ว"])
def test_time_served_is_no_prison_long_past(text: str) -> None:
    assert "probation" in parse_needs(text) and released_from_prison(text)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("เงินเดือนยังไม่ถึง ไม่มีข้าวกินสองวันแล้ว", "no_food", True),
    ("ค่าจ้างไม่ถึง ไม่มีที่นอนคืนนี้", "no_shelter", True),
    ("รถยังไม่ถึง ไม่มีที่นอน นั่งรออยู่ขนส่ง", "no_shelter", True),
    ("เงินโอนยังไม่ถึง ไม่มีค่ารถกลับ", "no_fare", True),
    ("ไม่ถึงกับไม่มีค่ารถค่ะ แค่ไม่พอ", "no_fare", True),
    ("เงินหายอดข้าวค่ะ", "no_food", True), ("ไม่เคยอดข้าวขนาดนี้มาก่อน", "no_food", True)])
def test_not_yet_arrived_then_a_lack_is_a_lack(text: str, field: str, value: bool) -> None:
    assert getattr(extract_facts(text), field) is value


@pytest.mark.parametrize("text", [
    "ไม่ได้หลงทางง่ายนะ ไปเองได้", "ไม่ใช่คนหลงทางง่ายครับ", "ผมไม่เคยหลงทางบ่อยครับ",
    "ไม่ใช่ว่าขึ้นรถไม่เป็นนะ แค่ไม่มีตัง", "เมื่อก่อนหลงทางบ่อย แต่ตอนนี้ไปเองได้",
    "หลงทางบ่อยตอนมาใหม่ๆ ตอนนี้คล่องแล้ว", "ผมขึ้นรถไม่ถูกครับ ไม่รู้ต้องขึ้นคันไหน"])
def test_no_escort_in_these(text: str) -> None:
    assert "cannot_travel_alone" not in extract_facts(text).special_needs


@pytest.mark.parametrize(("text", "count"), [
    ("ผมกับเมียและลูก 2 คน แม่ผมป่วยอยู่บ้าน", 4), ("ผมกับเมียกับลูก2คน แม่ให้ตังมา", 4),
    ("ผม เมีย ลูก 2 คน พ่อแม่อยู่อุบล", 4), ("ผมกับเมียและลูกสองคน แม่ผมเสียแล้ว", 4),
    ("ผม เมีย ลูก 2 คน ตาบอดข้างหนึ่ง", 4), ("ผมกับเมีย ลูก 2 คน น้องคนเล็กป่วย", 4),
    ("ผมกับเมีย ลูก 2 คน พี่คนโตอายุ 10 ขวบ", 4), ("ผม เมีย ลูก 2 คน แม่งไม่มีใครช่วยเลย", 4),
    ("ผม เมีย ลูก 2 คน ยายเขาไม่ไปด้วย", 4), ("ผมกับเมีย ลูก 2 คน พี่ชายผมจะมารับที่ขนส่ง", 4),
    ("ผมกับเมียกับลูก 1 คน พ่อตาแม่ยายรออยู่ที่บ้าน", 3),
    ("ผมกับเมีย ลูก 2 คน พ่อกับแม่ด้วย", 6), ("ผม เมีย ลูก 2 คน ตากับยายด้วย", 6)])
def test_kin_spoken_of_after_the_family_is_not_counted(text: str, count: int) -> None:
    assert extract_facts(text).travellers == count


@pytest.mark.parametrize("text", [
    "ไม่รู้ว่าอยู่ตรงไหน อยู่แถวหมอชิต", "ไม่รู้จะไปนอนตรงไหน", "นอนตรงไหนก็ได้ครับ",
    "แถวไหนก็ได้", "อยู่ตรงข้ามเซเว่น แถวไหนไม่รู้", "บ้านอยู่แถวไหน ผมก็จำไม่ได้แล้ว",
    "จำไม่ได้ว่าบัตรหายตรงไหน", "นอนตรงไหนได้ก็นอน", "เจ้าหน้าที่ขอเบอร์ไปแล้วครับ",
    "ผมขอเบอร์นายจ้างไว้แล้ว", "ตำรวจขอทราบชื่อผมแล้ว", "ขอเบอร์ติดต่อกลับ 0812345678"])
def test_where_not_known_or_a_number_kept_is_no_question(text: str) -> None:
    assert not is_question(text)


# -- the second review ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "need"), [
    ("หมอให้เลิกเหล้าครับ ตับแข็งแล้ว", "health"),
    ("อยากเลิกเหล้ามานานแล้วครับ แต่เลิกไม่ได้สักที", "mental"),
    ("เลิกเหล้ามาได้สามวัน มือสั่นนอนไม่หลับ", "mental"),
    ("ผมเคยติดคุก ออกมาได้สองอาทิตย์ ญาติตัดขาดไปนานแล้วครับ", "probation"),
    ("ผมเคยติดคุกครับ ออกมาได้ไม่นานแล้ว ยังหางานไม่ได้", "probation"),
    ("เคยติดคุก 4 ปี ก่อนออกมาก็ไม่มีใครมารับ", "probation"),
    ("คดีจบแล้วแต่ยังต้องชดใช้ค่าเสียหายสองแสน ไม่รู้จะทำยังไง", "legal"),
    ("เคยอยู่กับผัวขี้เหล้า หนูซึมเศร้า เครียดจนนอนไม่หลับ ตอนนี้เลิกได้แล้วค่ะ", "mental"),
    ("เคยทำงานก่อสร้าง ล้มป่วยเป็นเส้นเลือดในสมอง ทำกายภาพ ตอนนี้แข็งแรงขึ้นแล้วค่ะ "
     "แขนซ้ายยังยกไม่ขึ้น", "health"),
    ("เคยกินยาความดันทุกวัน ย้ายห้องมากระเป๋าก็หายแล้วค่ะ", "health")])
def test_a_need_still_here_stays_the_second_review(text: str, need: str) -> None:
    assert need in parse_needs(text)


@pytest.mark.parametrize(("text", "escort"), [
    ("ขึ้นรถเองไม่เป็นไรค่ะ หนูไปเองได้", False), ("นั่งรถบ่เป็นหยังดอก ไปเองได้", False),
    ("ขึ้นรถไม่เป็นปัญหาค่ะ แค่ไม่มีเงิน", False), ("นั่งรถไม่เป็นสุขเลย เมารถตลอด", False),
    ("ผมขับรถส่งของ หลงทางบ่อยเลยโดนไล่ออก", False), ("ขับรถหลงทางบ่อย น้ำมันหมด ติดอยู่ที่ปั๊ม", False),
    ("ขึ้นรถทัวร์ไม่เป็น แต่ขึ้นรถตู้ได้", False), ("พ่อหลงทางบ่อยแต่ตอนนี้ไปเองได้แล้ว", False),
    ("ยายอายุ 80 แล้ว ขึ้นรถทัวร์เองไม่เป็นค่ะ", True), ("ตาขึ้นรถบัสเองบ่เป็นเด้อ", True)])
def test_the_escort_readings_the_second_review(text: str, escort: bool) -> None:
    assert ("cannot_travel_alone" in extract_facts(text).special_needs) is escort


@pytest.mark.parametrize(("text", "count"), [
    ("ผม เมีย ลูก 2 แม่ผมอายุ 70 ไม่ได้ไปด้วย", 4), ("ผม เมีย ลูก2 แม่จะไปส่งที่หมอชิต", 4),
    ("ผมกับเมีย ลูก 2 ยายจะไปรับที่ขนส่ง", 4), ("ผมกับเมีย ลูก 2 คน พี่ครับ ช่วยด้วย", 4),
    ("ผม เมีย ลูก 3 แม่ไม่มีเงินส่งมาให้", 5), ("ผม เมีย ลูก 2 น้องผมอยู่ที่นี่ด้วย ไม่ได้กลับ", 4),
    ("ผม เมีย ลูก 2 พ่อกับแม่ผมด้วย", 6), ("ผมกับเมีย ลูก 3 คน ยายด้วยครับ", 6)])
def test_the_family_count_the_second_review(text: str, count: int) -> None:
    assert extract_facts(text).travellers == count


@pytest.mark.parametrize(("text", "asked"), [
    ("บ้านอยู่ตรงไหนผมจำไม่ค่อยได้", False), ("ผมนอนตรงไหนที่ไม่มีคนไล่ก็นอน", False),
    ("ยายจำไม่ค่อยได้ว่าบ้านลูกอยู่แถวไหน", False), ("ลืมไปแล้วว่าห้องอยู่ตรงไหน", False),
    ("ไม่รู้ว่า พมจ อยู่ตรงไหน", False),
    ("เมื่อวานผมขอเบอร์ พมจ มาแล้ว แต่โทรไม่ติด", False), ("นายจ้างหนี ขอเบอร์ก็ไม่ให้", False),
    ("ผมขอเบอร์นายจ้างเก่า เขาไม่ให้", False),
    ("พมจ.ชลบุรีอยู่ตรงไหนคะ", True), ("ขอเบอร์ พมจ.ขอนแก่นหน่อยค่ะ", True),
    ("ขอทราบสิทธิ์ของผู้พ้นโทษครับ", True)])
def test_where_and_numbers_asked_the_second_review(text: str, asked: bool) -> None:
    assert is_question(text) is asked


@pytest.mark.parametrize(("text", "hungry"), [
    ("ขอข้าวกินได้บ่ อดข้าวมาสองมื้อแล้ว", True)])
def test_an_isan_question_before_hunger_is_no_denial(text: str, hungry: bool) -> None:
    assert extract_facts(text).no_food is hungry


@pytest.mark.parametrize("text", [
    "ไม่ถึงกับไม่มีอะไรกิน แต่ลูกอ่อนไม่มีนมกิน",
    "ยังไม่ถึงขั้นไม่มีที่อยู่ แต่คืนนี้ต้องออกจากห้องแล้ว เจ้าของไล่",
    "ไม่ถึงกับไม่มีที่นอนหรอกค่ะ แต่ห้องเช่าหมดสัญญาพรุ่งนี้ ต้องออก"])
def test_not_so_far_but_then_a_lack_is_no_roof_nor_food_said(text: str) -> None:
    facts = extract_facts(text)
    assert facts.no_shelter is not False and facts.no_food is not False
