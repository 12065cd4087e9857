"""Readings found by the blind development set dev43 (hardship and places in everyday and
regional words), each with the sentence that showed it and sentences beside it."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.needs import parse_needs, released_from_prison
from dialogs.questions import is_question
from dialogs.readers import read_hardship


@pytest.mark.parametrize("text", [
    "ค่ารถบ่พอค่ะ", "เงินที่เหลือซื้อตั๋วใหม่บ่พอ",  # (asked three times, then a handoff)
    "ไม่หมีค่ารถหลบบ้านครับ",  # ("หมีค่ารถ" was read as a fare had)
    "ไม่หมีตังค์สักบาทค่ะ ค่ารถก็ไม่หมี"])
def test_no_fare_in_regional_and_typed_words(text: str) -> None:
    assert extract_facts(text).no_fare is True
    assert (read_hardship(text, None) or {}).get("no_fare") is True


@pytest.mark.parametrize(("text", "fare"), [("ค่ารถพอค่ะ", False), ("ซื้อตั๋วพอ", False)])
def test_a_fare_had_stays_had(text: str, fare: bool) -> None:
    assert extract_facts(text).no_fare is fare


@pytest.mark.parametrize("text", ["ข้าวก็ยังไม่ได้กินตั้งแต่เมื่อวาน", "ข้าวยังไม่ได้กินเลย"])
def test_food_named_first_then_not_eaten(text: str) -> None:
    assert extract_facts(text).no_food is True


@pytest.mark.parametrize(("text", "home"), [
    ("อยากหลบบ้านที่สุราษฎร์", "สุราษฎร์ธานี"),  # southern "หลบ": go back
    ("น้ำท่วม ผมกับแม่ยาย ปิ๊กแพร่", "แพร่"), ("อยากปิ๊กบ้านที่น่าน", "น่าน")])  # northern
def test_going_back_in_southern_and_northern_words(text: str, home: str) -> None:
    province = extract_facts(text).home_province
    assert province is not None and province.name_th == home


@pytest.mark.parametrize("text", ["หนีผัวมาหลบอยู่บ้านเพื่อน", "อยากหลบหน้าเจ้าหนี้"])
def test_hiding_is_no_going_back(text: str) -> None:
    assert extract_facts(text).home_province is None


@pytest.mark.parametrize(("text", "abroad"), [
    ("โกตาบารู กลันตัน มาเลเซียค่ะ", True),
    ("โกตาบารู กลันตัน มาเลเซียค่ะ อยู่โน้นยี่สิบปีแล้ว", True),
    ("ยะลาค่ะ ทางมาเลย์", None), ("ทำงาน มาเลเซีย", None), ("ขอนแก่นค่ะ อยู่โน้นมาสิบปี", None)])
def test_a_home_abroad_named_in_several_words(text: str, abroad: bool | None) -> None:
    """A Thai woman whose home of twenty years is in Kelantan was screened as if going
    home in Thailand: the aid takes people home within Thailand."""
    assert extract_facts(text).home_abroad is abroad


def test_northern_words_for_also_and_at() -> None:
    """"เมื่อคืนก่นอนตี้ขนส่งเจ้า คืนนี้ก่คงต้องนอนตี้เก่า" (slept at the bus terminal, and
    will again tonight) was asked twice, then skipped: the urgency was lost."""
    facts = extract_facts("เมื่อคืนก่นอนตี้ขนส่งเจ้า คืนนี้ก่คงต้องนอนตี้เก่า")
    assert facts.no_shelter is True and facts.urgent is True


@pytest.mark.parametrize("text", ["เบี้ยคนแก่ยังไม่เคยได้สักทีครับ", "เก่าแก่", "คนเตี้ย", "ปาร์ตี้"])
def test_words_that_hold_those_letters_stay(text: str) -> None:
    from dialogs.parse_numbers import negations_fixed
    assert negations_fixed(text) == text


@pytest.mark.parametrize(("text", "urgent"), [
    ("มีหนังสือรับรอง ส่งไปรษณีย์ด่วนมาถึงเมื่อวาน", None), ("ด่วนค่ะ", True)])
def test_express_post_is_no_urgency(text: str, urgent: bool | None) -> None:
    assert extract_facts(text).urgent is urgent


@pytest.mark.parametrize(("text", "count"), [
    ("ผม เมีย ลูก 3 ตายาย ได้หมดบ่ครับ แคมป์เพิ่นสิรื้อแล้วครับ", 7), ("ผม เมีย ลูก2 แม่ยาย", 5),
    ("ผม เมีย ลูก2 พ่อตาแม่ยาย", 6), ("ผม เมีย ลูก2 พ่อแม่ผมด้วย", 6),
    ("ผม เมีย ลูก 2 คน พ่อแม่อยู่อุบล", 4)])
def test_grandparents_as_one_word_are_two_and_an_in_law_one(text: str, count: int) -> None:
    assert extract_facts(text).travellers == count


def test_a_child_with_a_fever_is_sick() -> None:
    assert "sick" in extract_facts("ผัวไล่ออกจากบ้านค่ะ ลูกก็ตัวร้อน").special_needs


# -- the third review ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "มีบัตร บ่ใช่คนไทยบ่ ข้อยเกิดอุบล อยู่ชลบุรี จะกลับอุบล",  # asked back: refused before
    "มีบัตรครับ บ่ใช่คนไทยภาคกลาง เป็นคนอีสาน อยู่ชลบุรี จะกลับอุบล"])
def test_a_thai_who_asks_back_is_not_refused(text: str) -> None:
    assert extract_facts(text).thai_national is not False


@pytest.mark.parametrize("text", [
    "มีบัตร หาดใหญ่ ปีนัง อยู่โน้นสามปี กลับมาไม่มีเงิน บ้านอยู่สตูล",
    "มีบัตร สงขลา มาเลเซีย อยู่โน้นทำงาน",
    "มาเลเซียค่ะ อยู่โน้นมาสิบปี ตอนนี้กลับมาอยู่ยะลาแล้ว บ้านอยู่ปัตตานี",
    "ลาว อยู่โน่น ไม่มีใคร ตอนนี้อยู่หนองคาย บ้านเกิดอยู่อุดร"])
def test_work_abroad_is_no_home_abroad(text: str) -> None:
    assert extract_facts(text).home_abroad is None


@pytest.mark.parametrize("text", [
    "จะหลบไปอยู่กับพี่สาวที่ชลบุรี ผัวขู่จะฆ่า", "หนีนายจ้างมา จะหลบไปอยู่กับเพื่อนที่พัทยา",
    "อยากหลบไปอยู่เชียงใหม่สักพัก ไม่อยากเจอใคร"])
def test_a_place_to_hide_is_no_home(text: str) -> None:
    assert extract_facts(text).home_province is None


@pytest.mark.parametrize("text", ["ปิ๊กอัพ", "ซิตี้", "น้องตี้", "ก่ี", "สมูทตี้"])
def test_loanwords_and_nicknames_stay(text: str) -> None:
    from dialogs.parse_numbers import negations_fixed
    assert negations_fixed(text) == text


@pytest.mark.parametrize(("text", "hungry"), [
    ("ยาหลังอาหารยังไม่ได้กิน ลืมไว้ที่ห้อง", None), ("ข้าวไม่ได้กินที่บ้าน กินที่วัดทุกวัน", None),
    ("ข้าวยังไม่ได้กิน เดี๋ยวค่อยกินที่บ้านป้า", None)])
def test_no_hunger_in_these(text: str, hungry: bool | None) -> None:
    assert extract_facts(text).no_food is hungry


def test_sent_urgently_to_hospital_stays_urgent() -> None:
    assert extract_facts("ลูกชัก ต้องส่งด่วนไปโรงพยาบาล").urgent is True


@pytest.mark.parametrize("text", ["อากาศร้อนมาก ตัวร้อนไปหมด นอนไม่หลับ", "มือถือตัวร้อนมาก แบตจะหมด",
                                  "ใจร้อน ตัวร้อนรน อยากกลับบ้านเร็วๆ"])
def test_heat_is_no_fever(text: str) -> None:
    assert "sick" not in extract_facts(text).special_needs


@pytest.mark.parametrize("text", [
    "ต้องกินยาต้านไวรัสตับอักเสบบีทุกวัน", "ลูกเป็นไข้หวัดใหญ่ ได้ยาต้านไวรัสทามิฟลู",
    "ไม่ได้กินยาต้านไวรัสนะคะ แค่ยาแก้ปวด", "กินยาต้านอักเสบ"])
def test_other_antivirals_are_no_hiv(text: str) -> None:
    assert "hiv" not in parse_needs(text)


@pytest.mark.parametrize("text", [
    "สบายดีจ้า แต่ยายเป็นอัลไซเมอร์", "ปกติดีค่ะ ลูกคนโตเป็นเด็กพิเศษ", "สบายดีค่ะ แต่หูไม่ค่อยได้ยิน"])
def test_well_then_someone_else_is_no_answer_of_none(text: str) -> None:
    from dialogs.readers import read_special
    assert read_special(text, None) != []


# -- the fourth review -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "กินยาต้านวัณโรคอยู่ค่ะ ยังไม่ครบหกเดือน", "ลูกเป็นลมชัก กินยาต้านชักทุกวัน",
    "กินยาต้านซึมเศร้าอยู่ค่ะ", "พ่อเป็นเส้นเลือดในสมองตีบ กินยาต้านเกล็ดเลือด",
    "แม่กินยาต้านมะเร็งอยู่ค่ะ", "ยาต้านเชื้อราที่เท้าหมดแล้ว"])
def test_medicines_against_other_things_are_no_hiv(text: str) -> None:
    assert "hiv" not in parse_needs(text)


@pytest.mark.parametrize("text", ["กินยาต้านทุกวันครับ", "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่"])
def test_arvs_said_plainly_are_hiv(text: str) -> None:
    assert "hiv" in parse_needs(text)


@pytest.mark.parametrize(("text", "need"), [
    ("รอวัณโรคหายแล้วค่อยเดินทาง", "health"), ("ถ้ามะเร็งหายแล้วอยากกลับไปทำงาน", "health"),
    ("รอให้คดีจบแล้วจะกลับบ้าน", "legal"), ("อยากให้ลูกเลิกยาได้แล้ว", "mental"),
    ("เคยติดคุกเมื่อ 7 ปีก่อน ได้ออกมาตอนสงกรานต์นี้เอง", "probation"),
    ("เคยติดคุกนานแล้ว เพิ่งโดนอีกรอบ ออกมาเมื่อต้นเดือน", "probation")])
def test_a_cure_waited_for_or_a_release_just_had_is_no_past(text: str, need: str) -> None:
    assert need in parse_needs(text)


def test_a_fever_gone_is_no_care_and_one_waited_for_is() -> None:
    assert "sick" not in extract_facts("ลูกตัวร้อนนิดหน่อย แต่หายแล้วค่ะ").special_needs
    assert "sick" in extract_facts("รอวัณโรคหายแล้วค่อยเดินทาง").special_needs


def test_work_lost_abroad_is_no_home_abroad() -> None:
    assert extract_facts("อยู่ปีนัง อยู่โน่นหกเดือน ตกงาน").home_abroad is None


def test_not_so_far_but_sleeping_in_a_car_is_no_roof() -> None:
    assert extract_facts("ไม่ถึงกับนอนข้างถนน แต่นอนในรถ").no_shelter is not False  # asked
    assert extract_facts("ไม่ถึงกับหิวครับ แต่เงินเหลือไม่พอค่ารถ").no_food is not True


@pytest.mark.parametrize("text", ["ไม่มีตรงไหนให้นอนเลยค่ะ", "ลูกถามว่าคืนนี้จะนอนตรงไหน",
                                  "เจ็บตรงไหนบอกหมอไปแล้ว"])
def test_where_told_is_no_question(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize("text", ["ข้าวไม่ได้กินแต่กินขนมปังไปแล้ว", "ข้าวไม่ได้กินกับแม่นานแล้ว คิดถึงบ้าน"])
def test_rice_not_eaten_but_food_had_is_no_hunger(text: str) -> None:
    assert extract_facts(text).no_food is None


@pytest.mark.parametrize("text", ["ขึ้นรถไม่เป็นระเบียบเลยคนเยอะ", "นั่งรถไม่เป็นห่วงค่ะ",
                                  "นั่งรถคนเดียวไม่ค่อยเป็น แต่ถ้ามีคนบอกทางก็ไปได้"])
def test_no_escort_the_fourth_review(text: str) -> None:
    assert "cannot_travel_alone" not in extract_facts(text).special_needs


@pytest.mark.parametrize(("text", "count"), [
    ("ผมกับเมียลูก2คน ป้าครับช่วยด้วย", 4), ("ผม เมีย ลูก2 ป้าด้วย", 5)])
def test_an_officer_addressed_as_kin_is_not_counted(text: str, count: int) -> None:
    assert extract_facts(text).travellers == count


# -- the fifth review --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mental"), [
    ("อยากให้ผัวเลิกเหล้าได้แล้วค่ะ กินทุกวัน", True), ("ลูกชายเลิกยาได้แล้วครับ ตอนนี้ไปทำงานแล้ว", False),
    ("เขาเลิกเหล้าได้แล้วค่ะ สองปีแล้ว", False)])
def test_quitting_wished_of_someone_is_no_past(text: str, mental: bool) -> None:
    assert ("mental" in parse_needs(text)) is mental


@pytest.mark.parametrize("text", ["พ้นโทษมานานแล้วครับ แต่เพิ่งโดนไล่ออกจากงาน",
                                  "เคยติดคุกนานแล้วค่ะ ตอนนี้ต้องออกจากห้องเช่าปลายเดือนนี้"])
def test_other_recent_things_are_no_release(text: str) -> None:
    assert not released_from_prison(text)


@pytest.mark.parametrize("text", ["ข้าวสักมื้อยังไม่ได้กินครับ แต่กินน้ำเปล่าไป",
                                  "ข้าวยังไม่ได้กินกับลูกเลยค่ะ สองวันแล้ว"])
def test_water_is_no_meal(text: str) -> None:
    assert extract_facts(text).no_food is True
