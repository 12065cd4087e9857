"""Screening facts from one free-text message (dialogs.facts.extract_facts)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from dialogs.facts import Facts, extract_facts

SHORTHAND = {"shelter": "no_shelter", "food": "no_food", "fare": "no_fare",
             "card": "has_id_card", "letter": "has_nationality_letter", "thai": "thai_national",
             "here": "current_province", "home": "home_province", "people": "travellers",
             "needs": "special_needs", "urgent": "urgent"}


def summary(facts: Facts) -> dict[str, Any]:
    """Non-default fields, provinces by English name, needs as a sorted list."""
    out: dict[str, Any] = {}
    for short, name in SHORTHAND.items():
        value = getattr(facts, name)
        if value is None or value == frozenset():
            continue
        if name.endswith("province"):
            value = value.name_en
        elif name == "special_needs":
            value = sorted(value)
        out[short] = value
    return out


def test_key_example() -> None:
    facts = extract_facts("ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน")
    assert facts.current_province is not None and facts.current_province.name_en == "Chon Buri"
    assert facts.home_province is not None and facts.home_province.code == "TH-40"
    assert (facts.no_fare, facts.has_id_card, facts.no_shelter, facts.urgent) == (
        True, True, True, True)
    assert (facts.no_food, facts.thai_national, facts.travellers) == (None, None, None)


STORIES: list[tuple[str, dict[str, Any]]] = [
    ("หนูถูกแฟนทำร้าย หนีออกมาอยู่หมอชิตกับลูก 2 คน อยากกลับบ้านที่อุดร ไม่มีเงินเลย",
     {"food": True, "fare": True, "here": "Bangkok", "home": "Udon Thani", "people": 3,
      "urgent": True}),
    ("ตอนนี้ติดอยู่ที่ขนส่งหมอชิต กระเป๋าตังหาย บัตรประชาชนก็หาย บ้านอยู่โคราช",
     {"fare": True, "card": False, "here": "Bangkok", "home": "Nakhon Ratchasima"}),
    ("ยายอายุ 72 ปี ป่วย เดินทางคนเดียวไม่ได้ อยากกลับศรีษะเกษ",
     {"home": "Si Sa Ket", "needs": ["cannot_travel_alone", "elderly", "sick"]}),
    ("ผมเป็นคนอุบล มาทำงานที่ระยอง ตกงาน ไม่มีข้าวกิน ไม่มีค่ารถกลับ",
     {"food": True, "fare": True, "here": "Rayong", "home": "Ubon Ratchathani"}),
    ("มีที่พักแล้วค่ะ พักกับเพื่อน แต่ไม่มีค่ารถกลับบ้านที่เชียงใหม่",
     {"shelter": False, "fare": True, "home": "Chiang Mai"}),
    ("ผมเป็นแรงงานพม่า ไม่มีบัตร", {"card": False, "thai": False}),
    ("ไม่มีบัตรประชาชน แต่มีหนังสือรับรองสัญชาติไทยจากผู้ใหญ่บ้าน",
     {"card": False, "letter": True, "thai": True}),
    ("ไปกันสามคนครับ ผม เมีย แล้วก็ลูกเล็ก", {"people": 3, "needs": ["child"]}),
    ("คนเดียวครับ ไม่ด่วน มีที่นอนแล้ว", {"shelter": False, "people": 1, "urgent": False}),
    ("นอนข้างถนนมาสามคืนแล้ว หิวมาก", {"shelter": True, "food": True}),
    ("ลูกอายุ 3 ขวบ ไม่สบาย ไม่มีตังกลับบ้าน", {"fare": True, "needs": ["child", "sick"]}),
    ("โดนขโมยกระเป๋าที่หัวลำโพง อยากกลับบ้านเกิดที่สุราษฎร์ธานี ผมพิการนั่งวีลแชร์",
     {"fare": True, "here": "Bangkok", "home": "Surat Thani", "needs": ["disabled"]}),
    ("ผมเป็นคนไทย บัตรประชาชนหาย ถูกไล่ออกจากห้องเช่า",
     {"shelter": True, "card": False, "thai": True}),
    ("ภูมิลำเนาอยู่ร้อยเอ็ด ตอนนี้อยู่กรุงเทพ", {"here": "Bangkok", "home": "Roi Et"}),
    ("สวัสดีค่ะ หนูชื่อแนน ตอนนี้อยู่ที่ขนส่งหมอชิต มากับลูกเล็ก 1 คน ถูกสามีไล่ออกจากบ้าน "
     "ไม่มีที่ไป อยากกลับบ้านที่ร้อยเอ็ด",
     {"shelter": True, "here": "Bangkok", "home": "Roi Et", "people": 2, "needs": ["child"]}),
    ("ตอนนี้ผมนอนอยู่ที่สนามหลวง ไม่ได้กินข้าวมา 2 วันแล้ว",
     {"shelter": True, "food": True, "here": "Bangkok", "urgent": True}),
    ("แม่อายุ 75 นั่งวีลแชร์ จะพาแม่กลับบ้านที่ลำปาง ไปกัน 2 คน",
     {"home": "Lampang", "people": 2, "needs": ["disabled", "elderly"]}),
    ("โดนโกงค่าแรง นายจ้างไม่จ่ายเงิน ตอนนี้ติดอยู่ระยอง บ้านเกิดอยู่ยโสธร",
     {"food": True, "here": "Rayong", "home": "Yasothon"}),
    ("มีบัตรประชาชนครับ มีที่พักกับญาติ แต่เงินไม่พอค่ารถกลับบ้านที่นครพนม",
     {"shelter": False, "fare": True, "card": True, "home": "Nakhon Phanom"}),
    ("ผมไม่ใช่คนไทย เป็นคนลาว ทำงานอยู่ชลบุรี", {"thai": False, "here": "Chon Buri"}),
    ("ไม่มีบัตรประชาชน ไม่มีหนังสือรับรอง ไม่มีเอกสารอะไรเลย", {"card": False, "letter": False}),
    ("ตอนนี้ป่วยหนัก อยู่โรงพยาบาลที่เชียงราย อยากกลับบ้านที่พะเยา",
     {"here": "Chiang Rai", "home": "Phayao", "needs": ["sick"], "urgent": True}),
    ("ผมกับเมียและลูกอีก 2 คน ค้างอยู่สถานีรถไฟหัวลำโพง คืนนี้ไม่รู้จะนอนที่ไหน",
     {"here": "Bangkok", "people": 4, "urgent": True, "shelter": True}),
    ("ผมเดินไม่ค่อยได้ ขาไม่ดี ต้องมีคนพาไป", {"needs": ["cannot_travel_alone", "disabled"]}),
    ("อยากกลับบ้านที่เลยครับ ตอนนี้อยู่ที่พิษณุโลก", {"here": "Phitsanulok", "home": "Loei"}),
    ("ตกงานมา 3 เดือน ถูกไล่ออกจากห้องเช่า ตอนนี้นอนข้างถนนแถวรังสิต",
     {"shelter": True, "food": True, "here": "Pathum Thani"}),
    ("เราเป็นคนไทยค่ะ มีบัตรครบทุกคน ไปกัน ๔ คน กลับอุบล",
     {"card": True, "thai": True, "home": "Ubon Ratchathani", "people": 4}),
    ("ถูกแฟนทำร้ายร่างกาย หนีออกมาพร้อมลูก 3 คน อยู่ปทุมธานี อยากกลับนครศรีธรรมราช",
     {"here": "Pathum Thani", "home": "Nakhon Si Thammarat", "people": 4, "urgent": True}),
    ("ผมชื่อสมชาย เบอร์ 081-234-5678 ตอนนี้อยู่ขอนแก่น", {"here": "Khon Kaen"}),
    ("I am in Bangkok, want to go home to Chiang Mai", {"here": "Bangkok", "home": "Chiang Mai"}),
    ("บ้านผมอยู่ที่ขอนแก่นครับ", {"home": "Khon Kaen"}),
    ("ไม่มีทั้งเงินและที่พัก", {"shelter": True, "food": True, "fare": True}),
    ("ผมอายุ 65 ปี อยู่คนเดียว ไม่มีญาติ ไม่มีผู้ดูแล",
     {"shelter": True, "people": 1, "needs": ["elderly"]}),
    ("ตากฝนอยู่ป้ายรถเมล์ ไม่มีที่ไป", {"shelter": True}),
]


@pytest.mark.parametrize(("text", "expected"), STORIES, ids=[s[:24] for s, _ in STORIES])
def test_story(text: str, expected: dict[str, Any]) -> None:
    assert summary(extract_facts(text)) == expected


@pytest.mark.parametrize(("text", "field", "value"), [
    ("ไม่มีค่ารถ", "no_fare", True), ("มีค่ารถแล้ว", "no_fare", False),
    ("มีค่ารถไม่พอ", "no_fare", True), ("ซื้อตั๋วแล้ว", "no_fare", False),
    ("เงินไม่พอค่ารถ", "no_fare", True), ("ไม่มีตังกลับบ้าน", "no_fare", True),
    ("กระเป๋าตังหาย", "no_fare", True), ("ไม่มีบัตรประชาชน", "has_id_card", False),
    ("มีบัตรประชาชน", "has_id_card", True), ("มีบัตรปชช.", "has_id_card", True),
    ("บัตรหาย", "has_id_card", False), ("มีบัตรแต่หายไปแล้ว", "has_id_card", False),
    ("ลืมบัตรไว้ที่บ้าน", "has_id_card", False), ("มีบัตรสวัสดิการแห่งรัฐ", "has_id_card", None),
    ("มีหนังสือรับรอง", "has_nationality_letter", True),
    ("ไม่มีหนังสือรับรองสัญชาติ", "has_nationality_letter", False),
    ("ไม่มีที่นอน", "no_shelter", True), ("ไม่มีที่พัก", "no_shelter", True),
    ("มีที่พัก", "no_shelter", False), ("พักกับเพื่อน", "no_shelter", False),
    ("ไร้บ้าน", "no_shelter", True), ("โดนไล่ออกจากบ้าน", "no_shelter", True),
    ("ถูกทิ้ง", "no_shelter", True), ("มีบ้านอยู่ขอนแก่น", "no_shelter", None),
    ("ไม่มีข้าวกิน", "no_food", True), ("ไม่มีเงินซื้อข้าว", "no_food", True),
    ("หิว", "no_food", True), ("ไม่หิว", "no_food", False), ("ไม่มีรายได้", "no_food", True),
    ("ตกงาน", "no_food", True), ("ไม่มีเสื้อผ้า", "no_food", True),
    ("กินข้าวแล้ว", "no_food", False), ("ไม่มีเงินซื้อข้าว", "no_fare", None),
    ("โรงงานเงินเดือนไม่ออกค่ะ", "no_food", True),
    ("คนไทย", "thai_national", True), ("สัญชาติไทย", "thai_national", True),
    ("ไม่ใช่คนไทย", "thai_national", False), ("ไม่ได้เป็นคนไทย", "thai_national", False),
    ("ไม่มีสัญชาติไทย", "thai_national", False), ("ต่างด้าว", "thai_national", False),
    ("เป็นคนกัมพูชา", "thai_national", False), ("ช่วยคนไทยไหมคะ", "thai_national", None),
    ("หนูเป็นคนไทยใหญ่ค่ะ", "thai_national", False), ("มีแต่พาสปอร์ตเขมร", "thai_national", False),
    ("คนไทยเชื้อสายจีนครับ", "thai_national", True),
    ("ด่วน", "urgent", True), ("ไม่ด่วน", "urgent", False), ("ไม่เร่งด่วนค่ะ", "urgent", False),
    ("นั่งรถด่วนมา", "urgent", None), ("ถูกทำร้าย", "urgent", True),
    ("ที่นี่อันตราย", "urgent", True), ("ไม่มีที่นอนคืนนี้", "urgent", True),
    ("คืนนี้ไม่มีที่นอน", "urgent", True), ("ไม่มีที่นอน", "urgent", None),
    # the card first, then that it is there; Isan "บ่อน" (a place)
    ("บัตรปชชพ่อมีค่ะ", "has_id_card", True), ("บัตรประชาชนยังอยู่ค่ะ", "has_id_card", True),
    ("บัตรมีครับ", "has_id_card", True), ("บัตรพ่อไม่มีค่ะ", "has_id_card", None),
    ("บัตรอยู่ที่บ้านค่ะ", "has_id_card", False), ("บัตรมีปัญหา", "has_id_card", None),
    ("ผมไม่เคยทำบัตรประชาชนครับ", "has_id_card", False),
    ("ไม่เคยมีบัตรปชช", "has_id_card", False), ("หลานยังไม่ได้ทำบัตร", "has_id_card", None),
    ("บ่มีบ่อนนอน", "no_shelter", True), ("บ่มีบ่อนนอนคืนนี้", "urgent", True),
    # asking for the fare is not having it; Isan "ฮถ" (รถ); a night at the police station
    ("ขอเงินค่ารถกลับบ้านหน่อยครับ", "no_fare", True), ("บ่มีเงินค่าฮถ", "no_fare", True),
    ("นอนโรงพักเมื่อคืน", "no_shelter", True),
    # companions counted with the writer
    ("ผมกับเมียและลูกอีก 1", "travellers", 3), ("มีลูก 2 คนไปด้วย", "travellers", 3),
    ("ลูก 2 คนจะไปด้วย", "travellers", 3),
])
def test_single_fact(text: str, field: str, value: object) -> None:
    assert getattr(extract_facts(text), field) == value


@pytest.mark.parametrize(("text", "needs"), [
    ("ผมแก่แล้ว", {"elderly"}), ("ผู้สูงอายุ", {"elderly"}), ("อายุ 70", {"elderly"}),
    ("ให้แก่ลูก", set()), ("ไม่สบาย", {"sick"}), ("ไม่สบายใจ", set()), ("ไม่ป่วย", set()),
    ("พิการ", {"disabled"}), ("นั่งวีลแชร์", {"disabled"}), ("ลูกเล็ก", {"child"}),
    ("ลูกอายุ 3 ขวบ", {"child"}), ("ลูก 8 เดือน", {"child"}), ("ตอนเด็กๆ", set()),
    ("ไปเองไม่ไหว", {"cannot_travel_alone"}), ("เดินทางคนเดียวไม่ได้", {"cannot_travel_alone"}),
    ("ผมอายุ 30", set()), ("ยายเป็นเบาหวาน", {"sick"}), ("ความดันสูงอยู่ค่ะ", {"sick"}),
    ("ไม่เป็นความดัน", set()), ("เขาดันทุรังจะไป", set()),
])
def test_special_needs(text: str, needs: set[str]) -> None:
    assert extract_facts(text).special_needs == needs


@pytest.mark.parametrize(("text", "people"), [
    ("ไปกัน 3 คน", 3), ("กับลูก 2 คน", 3), ("คนเดียว", 1), ("สองคนแม่ลูก", 2),
    ("มีลูก 2 คน", None), ("เดินทางคนเดียวไม่ได้", None), ("ผมกับแฟนและลูกอีก 1 คน", 3),
    ("ไป 60 คน", None),
])
def test_travellers(text: str, people: int | None) -> None:
    assert extract_facts(text).travellers == people


@pytest.mark.parametrize("text", ["ขอนแก่น", "ชลบุรีค่ะ", "เรื่องที่ชลบุรี", "อากาศที่ระยองดี"])
def test_province_without_cue_is_not_assigned(text: str) -> None:
    facts = extract_facts(text)
    assert (facts.current_province, facts.home_province) == (None, None)


def test_empty_and_unrelated() -> None:
    assert extract_facts("") == Facts()
    assert extract_facts("สวัสดีค่ะ ขอสอบถามหน่อย") == Facts()


def test_long_message_is_handled() -> None:
    story = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน "
    facts = extract_facts((story * 80)[:5000])
    assert facts.no_fare is True and facts.home_province is not None
    assert dataclasses.replace(facts) == facts


@pytest.mark.parametrize(("text", "here"), [
    ("พาแม่มาหาหมอที่อุดรค่ะ เงินหมดแล้ว", "Udon Thani"),
    ("มารักษาตัวที่เชียงใหม่ ตอนนี้ค่ารักษาหมด", "Chiang Mai"),
    ("กระเป๋าหายตอนรอรถที่สถานีขนส่งนครสวรรค์", "Nakhon Sawan"),
    ("มาเยี่ยมลูกที่ราชบุรี แล้วกลับบ้านไม่ได้", "Ratchaburi"),
])
def test_where_the_person_came_to_is_where_they_are(text: str, here: str) -> None:
    facts = extract_facts(text)
    assert facts.current_province is not None and facts.current_province.name_en == here
    assert facts.home_province is None


def test_money_run_out_said_with_a_filler_word() -> None:
    facts = extract_facts("ค่ายาก็แพง เงินก็หมดแล้วค่ะ")
    assert facts.no_fare is True and facts.no_food is True


@pytest.mark.parametrize(("text", "urgent"), [
    ("ยืนอยู่หน้าห้างค่ะ ไม่รู้จะไปนอนที่ไหน", True), ("ไม่รู้จะพักไหนคืนนี้ครับ", True)])
def test_not_knowing_where_to_sleep_is_urgent(text: str, urgent: bool | None) -> None:
    assert extract_facts(text).urgent is urgent


@pytest.mark.parametrize(("text", "urgent"), [
    ("ช่วยด้วยครับ ไม่มีค่ารถ", None), ("ช่วยหนูด้วยค่ะ", None),
    ("ช่วยด้วย คืนนี้ไม่มีที่นอน", True)])
def test_a_call_for_help_alone_tells_no_urgency(text: str, urgent: bool | None) -> None:
    assert extract_facts(text).urgent is urgent


@pytest.mark.parametrize(("text", "needs"), [
    ("ลูกคนเล็กยังกินนมอยู่", {"child"}), ("ลูกคนเล็กเพิ่งสามขวบ", {"child"}),
    ("ลูกคนโตทำงานแล้ว", set())])
def test_the_youngest_child_is_a_small_child(text: str, needs: set[str]) -> None:
    assert extract_facts(text).special_needs == needs


@pytest.mark.parametrize(("text", "no_fare"), [
    ("บ่าวไม่มีเบี้ยสักบาทแล้ว", True), ("เบี้ยหมดแล้วหนิ", True),
    ("แม่ไม่มีเบี้ยยังชีพ", None), ("ยังไม่ได้เบี้ยคนพิการ", None)])
def test_southern_money_is_money_but_an_allowance_is_not(text: str,
                                                         no_fare: bool | None) -> None:
    assert extract_facts(text).no_fare is no_fare


@pytest.mark.parametrize("text", ["บัตรปชชมีอยู่หนิ", "บัตรประชาชนยังอยู่เจ้า", "บัตรมีเด้อ"])
def test_the_card_said_to_be_there_with_a_dialect_particle(text: str) -> None:
    assert extract_facts(text).has_id_card is True


@pytest.mark.parametrize(("text", "expected"), [
    ("ไม่มีกิน ไม่มีนอน", {"shelter": True, "food": True}),
    ("เงินเหลือไม่พอค่ารถ", {"fare": True}),
    ("เจ้าของห้องไล่ออก", {"shelter": True}),
    ("เจ้าของหอให้ย้ายออกแล้ว", {"shelter": True}),
    ("นายจ้างไล่ออก", {"food": True}),  # fired: no income; not evicted
    ("ไม่ได้มีนอนหลับ", {}),
    ("นายจ้างให้ออกจากห้อง", {}),
])
def test_troubles_said_in_everyday_words(text: str, expected: dict[str, Any]) -> None:
    assert summary(extract_facts(text)) == expected


@pytest.mark.parametrize(("text", "card"), [
    ("บัตรประชาชนก็มี ไม่มีเงินกลับบ้าน", True), ("ถือบัตรประชาชนไทย", True),
    ("บัตรปชช.อยู่กับผม", True), ("บัตรประชาชนเอามาด้วย", True),
    ("บัตรประชาชนมี ตอนนี้อยู่ระยอง", True),
    ("บัตรมีแต่หาย", False), ("บัตรประชาชนมีแต่อยู่ที่บ้าน", False),
    ("บัตรประชาชนแม่มีแต่ผมไม่มี", None), ("ถือบัตรชมพู", None),
])
def test_the_card_said_in_a_story(text: str, card: bool | None) -> None:
    assert extract_facts(text).has_id_card is card


@pytest.mark.parametrize(("text", "want"), [
    ("หม้ายมีตังค์กลับบ้านค่ะ", {"fare": True, "food": True}),  # southern ไม่มี
    ("หม้ายมีเงินค่ารถ", {"fare": True}),
    ("ร้านเลิกจ้างแล้วค่ะ", {"food": True}),
    ("โรงแรมให้ออกเพราะไม่มีแขก", {"food": True}),
])
def test_southern_no_and_being_laid_off(text: str, want: dict[str, Any]) -> None:
    assert summary(extract_facts(text)) == want


@pytest.mark.parametrize("text", [
    "แม่หม้ายมีลูกสองคน",  # a widow, not ไม่
    "เป็นหม้ายมีเงินพอใช้",
    "บริษัทไม่ได้เลิกจ้าง",
])
def test_a_widow_and_a_denied_lay_off_tell_no_trouble(text: str) -> None:
    facts = extract_facts(text)
    assert facts.no_fare is not True and facts.no_food is not True


@pytest.mark.parametrize("text", ["ขอตั๋วฟรีกลับบ้านได้ไหม", "จะขอค่าตั๋วฟรีช่วงสงกรานต์ค่ะ",
                                  "ขอค่ารถฟรีได้ไหมคะ"])
def test_asking_for_a_free_ticket_is_not_lacking_the_fare(text: str) -> None:
    assert extract_facts(text).no_fare is None


def test_asking_for_the_fare_still_is_lacking_it() -> None:
    assert extract_facts("ขอค่ารถกลับบ้านหน่อยค่ะ").no_fare is True


@pytest.mark.parametrize("text", ["ไม่มีหนังสืออะไรเลยค่ะ", "ลุงไม่มีบัตร ไม่มีหนังสือทั้งนั้น"])
def test_no_paper_at_all_is_no_letter(text: str) -> None:
    assert extract_facts(text).has_nationality_letter is False


@pytest.mark.parametrize("text", ["ไม่มีหนังสือเดินทางเลย", "ไม่มีหนังสืออ่านเลย", "ไม่มีหนังสือ"])
def test_other_books_or_a_bare_no_book_say_nothing_of_the_letter(text: str) -> None:
    assert extract_facts(text).has_nationality_letter is None


@pytest.mark.parametrize(("text", "need"), [
    ("ยังไม่หายดีเลยค่ะ", "sick"),
    ("เพิ่งออกจากโรงพยาบาลเมื่อวาน", "sick"),
    ("ไปคนเดียวไม่ค่อยไหวค่ะ", "cannot_travel_alone"),
    ("เจอป้าคนนึง พูดจาสับสน", "cannot_travel_alone"),
    ("ตาเดินหลงมาจากบ้าน", "cannot_travel_alone"),
    ("แม่จำทางกลับบ้านไม่ได้", "cannot_travel_alone"),
])
def test_care_needs_said_sideways(text: str, need: str) -> None:
    assert need in extract_facts(text).special_needs


@pytest.mark.parametrize("text", ["บัตรยังไม่หายค่ะ", "ไม่ได้พูดจาสับสนนะ", "ผมสับสนเรื่องเอกสาร",
                                  "เพิ่งออกจากงาน", "หลงทางนิดหน่อยแต่ถึงแล้ว"])
def test_no_care_need_is_made_up(text: str) -> None:
    assert not extract_facts(text).special_needs & {"sick", "cannot_travel_alone"}


@pytest.mark.parametrize(("text", "want"), [
    ("บัตรตามีจ้ะ", {"card": True}),
    ("บัตรก็ติดมาด้วยครับ", {"card": True}),
    ("มีบัดประชาชนครับ", {"card": True}),  # a typo, with ประชาชน after it
    ("ผมอยุ่ลำปางครับ", {"here": "Lampang"}),  # อยุ่: a typo of อยู่
])
def test_card_and_place_said_with_typos_and_particles(text: str, want: dict[str, Any]) -> None:
    assert summary(extract_facts(text)) == want


@pytest.mark.parametrize("text", ["บัดนี้ยังไม่รู้จะทำยังไง", "บัดซบจริงๆ", "บัตรติดอยู่ที่ร้าน"])
def test_no_card_is_made_up_from_near_words(text: str) -> None:
    assert extract_facts(text).has_id_card is not True


@pytest.mark.parametrize("text", ["โรงงานไม่จ้างต่อแล้วครับ", "บริษัทปิดกิจการค่ะ", "ร้านเจ๊งครับ"])
def test_a_job_gone_is_lost_income(text: str) -> None:
    assert extract_facts(text).no_food is True


@pytest.mark.parametrize("text", ["โรงงานจ้างต่ออีกปี", "ร้านปิดวันอาทิตย์", "บริษัทไม่ได้ปิดกิจการ"])
def test_a_job_kept_is_no_lost_income(text: str) -> None:
    assert extract_facts(text).no_food is not True


@pytest.mark.parametrize("text", ["ถ้าเลิกจ้างต้องจ่ายชดเชยไหม", "นายจ้างขู่ว่าจะเลิกจ้าง",
                                  "หญิงหม้ายมีเงินเก็บนิดหน่อย"])
def test_a_lay_off_supposed_or_a_widow_is_no_trouble(text: str) -> None:
    facts = extract_facts(text)
    assert facts.no_food is not True and facts.no_fare is not True


def test_lost_on_the_way_is_no_care_need() -> None:
    assert "cannot_travel_alone" not in extract_facts("ผมเดินหลงทางนิดหน่อย").special_needs


@pytest.mark.parametrize("text", ["ไม่มีเด็ก ไม่มีคนแก่ ไม่มีคนป่วย", "ไม่มีเด็กเล็กค่ะ",
                                  "ไม่มีคนพิการ", "ไม่มีใครป่วย ไม่มีคนแก่", "ไม่ได้มีใครป่วย"])
def test_care_needs_said_absent_are_none(text: str) -> None:
    assert extract_facts(text).special_needs == frozenset()


@pytest.mark.parametrize(("text", "need"), [("ไม่มีใครดูแล แม่ป่วย", "sick"),
                                            ("ไม่มีเงิน ลูก 2 ขวบ", "child"),
                                            ("แม่แก่แล้ว", "elderly")])
def test_a_care_need_after_another_negation_still_counts(text: str, need: str) -> None:
    assert need in extract_facts(text).special_needs
