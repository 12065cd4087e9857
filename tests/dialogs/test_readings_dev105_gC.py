"""dev105 (group gC): answers changed mid-way and later. A meal or a day between the food and
the verb is no food today; leave to record given with the consent; a card or a count said
again after a second thought; a phone replaced in the same message; the place where one is
said to the home question; a monk's lodging; a workplace spoken of after a slip; a house
sold; a parent listed with no age; a care answer narrowed; a need told with a fix at the
summary."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs.answering import place_answer, regrouped_count
from dialogs.card_reader import read_id_card
from dialogs.consent_preview import split_consent
from dialogs.parse_phone_id import parse_phone
from dialogs.people_list import elder_unaged
from dialogs.readers import read_travellers
from dialogs.second_thought import changed_answer, narrowed, second_thought
from dialogs.slots import BY_KEY
from dialogs.special_reader import read_special
from dialogs.summary_places import place_fixes
from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency

BKK = {"code": "TH-10", "name": "กรุงเทพมหานคร"}


def _place(text: str, key: str) -> str | None:
    found = read_message(text).get(key)
    return found["name"] if found else None


# --- no food today, the meal or the day between the food and the verb ---
@pytest.mark.parametrize("text", [
    "คืนนี้ยังมีห้องนอนค่ะ แต่ข้าววันนี้ไม่มีกินแล้ว ตังค์หมดจริงๆ หิดเลย",  # dev105
    "นอนเถียงนาของเถ้าแก่ได้อยู่ แต่ข้าวมื้อนี้ยังบ่ได้กินเลย มื้อเช้าก็บ่ได้กิน",  # dev105
    "มีห้องพักค่ะ แต่มื้อเช้าก็ยังไม่ได้กิน",
    "นอนห้องเพื่อนได้ครับ อาหารวันนี้ยังไม่ได้กินเลย"])
def test_meal_uneaten_is_urgent(text: str) -> None:
    assert read_urgent(text, None) is True


@pytest.mark.parametrize("text", [
    "ไปคนเดียวค่ะ คืนนี้ยังมีห้องนอนค่ะ แต่ข้าววันนี้ไม่มีกินแล้ว ตังค์หมดจริงๆ หิดเลย",  # dev105
    "ลุงคนเดียวลูก เมียอยู่บ้านอยู่แล้ว นอนเถียงนาของเถ้าแก่ได้อยู่ แต่ข้าวมื้อนี้ยังบ่ได้กินเลย"
    " มื้อเช้าก็บ่ได้กิน"])  # dev105
def test_meal_uneaten_in_the_count_is_urgent(text: str) -> None:
    assert said_urgency(text) is True


@pytest.mark.parametrize("text", [
    "มีห้องนอนค่ะ พรุ่งนี้มื้อเช้าคงไม่มีกิน",  # a later day
    "มีที่นอนค่ะ มื้อเช้ายังไม่ได้กิน แต่กินข้าวเที่ยงแล้ว",  # fed since
    "ข้าววันนี้กินแล้ว มีห้องนอน", "มีที่นอน ข้าวก็มีกิน",
    "มีห้องนอนค่ะ มื้อนี้ยังไม่ได้กินยา"])  # medicine, not food
def test_meal_not_hunger(text: str) -> None:
    assert read_urgent(text, None) is not True


# --- leave to record said with the yes is part of it; the answer after it is read ---
@pytest.mark.parametrize(("text", "rest"), [
    ("ยินยอมอยู่ลูก บันทึกได้เลย มีอยู่ลูก คือว่าบัตร", "มีอยู่ลูก คือว่าบัตร"),  # dev105
    ("ยินยอมครับ จดไว้เลย ไม่มีบัตร", "ไม่มีบัตร"),
    ("ยินยอมค่ะ บันทึกได้ค่ะ", "")])
def test_record_it_is_part_of_the_yes(text: str, rest: str) -> None:
    assert split_consent(text) == (True, rest)


@pytest.mark.parametrize(("text", "said"), [
    ("ยินยอม บันทึกได้ไหม", (True, "บันทึกได้ไหม")),  # asked: left as it was
    ("ยินยอม บันทึกได้แต่อย่าบอกใคร", (None, ""))])  # a condition: no plain yes
def test_record_it_negatives(text: str, said: tuple[bool | None, str]) -> None:
    assert split_consent(text) == said


# --- an answer changed after a second thought ---
@pytest.mark.parametrize(("text", "card"), [
    ("ไม่มีครับ... เดี๋ยวนะครับ มีครับ อยู่ในช่องลับกระเป๋าตังค์ เจอแล้ว", True),  # dev105
    ("ไม่มีค่ะ อ๋อ มีค่ะ เจอแล้ว", True),
    ("มีครับ... เอ้ย ไม่มีครับ หายไปแล้ว", False),
    # a second thought with nothing changed, or nothing after it
    ("มีครับ เดี๋ยวนะครับ ขอดูก่อน", True),
    ("ไม่มีครับ เดี๋ยวนะครับ", False),
    ("มีอยู่ลูก คือว่าบัตรใบเก่ามันหักตอนลุงตกจากรถอ้อย ลุงเลยไปทำใหม่ที่อำเภอเมื่อปีกลาย "
     "ตอนนี้ใส่ถุงพลาสติกไว้ในกระเป๋าเสื้อนี่ มีอยู่", True)])  # dev105 (อ้อย is no "อ้อ")
def test_card_after_a_second_thought(text: str, card: bool) -> None:
    assert read_id_card(text, None) is card


def test_second_thought_marks_are_words() -> None:
    assert second_thought("ไม่มีครับ... เดี๋ยวนะครับ มีครับ") == ("ไม่มีครับ", "มีครับ")
    assert second_thought("ลุงตัดอ้อยอยู่ครับ มีบัตร") is None  # อ้อย
    assert second_thought("ผมกับลูกอ่อนค่ะ") is None  # ลูกอ่อน
    assert second_thought("เดี๋ยวนะครับ มีครับ") is None  # nothing before it
    assert changed_answer("มีค่ะ อ้อ มีค่ะ", lambda t: t.split()[0]) is None  # the same


@pytest.mark.parametrize(("text", "count"), [
    ("ที่บ้านมีห้าคนครับ พ่อ แม่ เมีย ลูกสองคน... อ้อ ถามคนที่จะเดินทางกลับหรอครับ ผมคนเดียวครับ "
     "คนอื่นเขาอยู่บ้านที่บุรีรัมย์อยู่แล้ว", 1),  # dev105
    ("2 คนค่ะ อ๋อ ไม่ใช่ค่ะ คนเดียว แฟนไม่ไปแล้ว", 1),
    ("3 คนค่ะ อ๋อ คนเดียวที่ป่วย", 3),  # the one of them who is sick
    ("สองคนค่ะ ผมกับลูกอ่อน คนเดียวเลี้ยงไม่ไหว", 2)])  # no second thought (ลูกอ่อน)
def test_count_after_a_second_thought(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


def test_the_rest_of_the_family_lives_there() -> None:
    text = ("ที่บ้านมีห้าคนครับ พ่อ แม่ เมีย ลูกสองคน... อ้อ ถามคนที่จะเดินทางกลับหรอครับ "
            "ผมคนเดียวครับ คนอื่นเขาอยู่บ้านที่บุรีรัมย์อยู่แล้ว")  # dev105
    assert _place(text, "current_province") is None
    assert _place("คนอื่นอยู่ชลบุรีค่ะ หนูอยู่ระยอง", "current_province") == "ระยอง"
    assert _place("ผมกับคนอื่นอยู่ชลบุรี", "current_province") == "ชลบุรี"


# --- a phone replaced in the same message ---
@pytest.mark.parametrize(("text", "phone"), [
    ("0812223344 อ๊ะ ไม่ใช่ค่ะ นั่นเบอร์เก่า ซิมหายไปแล้ว ใช้ 0956671208 นะคะ", "0956671208"),  # dev105
    ("0812223344 เบอร์เก่าค่ะ ใช้ 095-667-1208", "0956671208"),
    ("0812223344 ซิมหายแล้วค่ะ เบอร์ใหม่ 0956671208", "0956671208"),
    # "X ไม่ใช่ Y" keeps X; the second one old; a second one to try; one number
    ("0812223344 ไม่ใช่ 0956671208", "0812223344"),
    ("0812223344 หรือเบอร์เก่า 0956671208", "0812223344"),
    ("เบอร์ 0812223344 ค่ะ ถ้าไม่ติดโทร 0956671208 เบอร์แม่", "0812223344"),
    ("0812223344", "0812223344")])
def test_phone_replaced(text: str, phone: str) -> None:
    assert parse_phone(text) == phone


# --- the home question answered with where one sleeps now ---
def test_home_answer_that_tells_where_one_is() -> None:
    home = BY_KEY["home_province"]
    text = "ตอนนี้ป้านอนวัดแถวบางนาจ้ะ หลวงพี่ให้อาศัย มีข้าวก้นบาตรให้กิน"  # dev105
    assert place_answer(home, text, {}, {"current_province": BKK}) is None
    # home told, where one is unknown, or another place than the one known: read as before
    assert place_answer(home, "ชัยภูมิจ้ะ อำเภอภูเขียว", {}, {"current_province": BKK})["name"] == (
        "ชัยภูมิ")
    assert place_answer(home, text, {}, {}) == BKK
    assert place_answer(home, "บ้านอยู่บางนาค่ะ", {}, {"current_province": BKK}) == BKK


@pytest.mark.parametrize(("text", "urgent"), [
    ("ตอนนี้ป้านอนวัดแถวบางนาจ้ะ หลวงพี่ให้อาศัย มีข้าวก้นบาตรให้กิน", False),  # dev105
    ("หลวงพ่อให้นอนได้แค่คืนนี้", True),
    ("ผมไม่มีบ้าน ตอนนี้หลวงพ่อให้นอนที่วัดครับ", True),  # one night's sleep (dev39)
    ("นอนวัดค่ะ หลวงพี่ให้อาศัยได้คืนเดียว", True),
    ("นอนวัดค่ะ หลวงพี่ให้อาศัย แต่พรุ่งนี้ต้องออก", True)])
def test_monk_lodging(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent


def test_monk_lodging_in_a_story() -> None:
    said = read_message("ตอนนี้ป้านอนวัดแถวบางนาจ้ะ หลวงพี่ให้อาศัย")  # dev105
    assert said.get("urgent") is False and said.get("no_shelter") is True
    for text in ("หลวงพ่อไม่ให้นอนแล้ว", "ถ้าหลวงพี่ให้อาศัยก็ดีค่ะ", "นอนวัดค่ะ หลวงพี่ให้อาศัย"
                 " แต่พรุ่งนี้ต้องออก"):
        assert read_message(text).get("urgent") is not False


# --- a place spoken of again after a slip; one in town; a house sold ---
def test_workplace_spoken_of_after_a_slip() -> None:
    text = ("ติดอยู่ที่ขอนแก่นค่ะ ไม่มีค่ารถกลับบ้านร้อยเอ็ด เอ้ย ไม่ใช่ค่ะ ขอนแก่นคือที่ทำงานเก่า "
            "ออกมาตั้งแต่เดือนก่อน ตอนนี้อยู่ในเมืองร้อยเอ็ดแล้ว อยากได้ค่ารถกลับไปบ้านที่อำเภอเสลภูมิค่ะ")
    assert (_place(text, "current_province"), _place(text, "home_province")) == (
        "ร้อยเอ็ด", "ร้อยเอ็ด")  # dev105 (home was Khon Kaen)
    cut = "ติดอยู่ที่ขอนแก่นค่ะ ไม่มีค่ารถกลับบ้านร้อยเอ็ด เอ้ย ไม่ใช่ค่ะ ขอนแก่นคือที่ทำงานเก่า"
    assert (_place(cut, "current_province"), _place(cut, "home_province")) == (None, "ร้อยเอ็ด")
    # a slip with another place after it still replaces the one before
    other = "อยู่ชลบุรี จะกลับระยอง เอ้ย ไม่ใช่ จันทบุรีค่ะ"
    assert (_place(other, "current_province"), _place(other, "home_province")) == (
        "ชลบุรี", "จันทบุรี")


@pytest.mark.parametrize(("text", "here"), [
    ("ติดอยู่ที่ขอนแก่นค่ะ ตอนนี้อยู่ในเมืองร้อยเอ็ดแล้ว", "ร้อยเอ็ด"),
    ("บ้านอยู่ในเมืองสุรินทร์ค่ะ ผมอยู่ในเมืองชลบุรี", "ชลบุรี")])
def test_in_town_now(text: str, here: str) -> None:
    assert _place(text, "current_province") == here


def test_home_sold_after_said() -> None:
    text = ("ผมอยู่นนทบุรี จะกลับบ้านที่อุบลครับ แต่เงินไม่พอค่ารถ เอ่อ ขอแก้ครับ บ้านที่อุบลขายไปแล้ว "
            "พ่อแม่ย้ายไปอยู่อำนาจเจริญ ผมจะกลับไปอยู่กับพ่อแม่ที่อำนาจเจริญครับ ไม่ใช่อุบล")  # dev105
    assert _place(text, "home_province") == "อำนาจเจริญ"
    assert _place("จะกลับบ้านที่ยโสธร บ้านที่ยโสธรก็ขายไปแล้ว", "home_province") is None
    assert _place("จะกลับบ้านที่ยโสธรครับ", "home_province") == "ยโสธร"


# --- a parent listed with no age; a care answer narrowed ---
@pytest.mark.parametrize(("text", "needs", "asked"), [
    ("สามคนค่ะ ฉัน แม่ แล้วก็ลูกชายสี่ขวบ", ["child"], True),  # dev105
    ("3 คนค่ะ หนูกับแม่และลูก 2 ขวบ", ["child"], True),
    ("สองแม่ลูกค่ะ ลูก 2 ขวบ", ["child"], False),  # the writer is the mother
    ("ยายกับหลานจ้า หลาน 5 ขวบ", ["child"], False),  # the writer is the grandmother
    ("3 คน ผม แม่อายุ 50 ลูก 2 ขวบ", ["child"], False),  # an age said
    ("3 คน ผม แม่ ลูก 2 ขวบ", ["child", "elderly"], False),  # an elder known
    ("3 คน ผม แม่ ลูก", None, False)])  # no care known: the group is asked anyway
def test_parent_listed_with_no_age(text: str, needs: list[str] | None, asked: bool) -> None:
    answers: dict[str, Any] = {"travellers": 3} | ({"special_needs": needs} if needs else {})
    assert elder_unaged("travellers", text, answers) is asked


def test_care_answer_narrowed() -> None:
    text = ("แม่อายุ 68 ค่ะ... เอ้อ เดี๋ยวนะคะ แม่เพิ่งบอกว่าไม่กลับแล้ว จะอยู่กับน้าที่นี่ต่อ "
            "งั้นไปแค่สองคนค่ะ ฉันกับลูกสี่ขวบ")  # dev105
    assert read_special(text, None) == ["child"]
    assert narrowed(text).startswith("แม่เพิ่งบอก")
    assert regrouped_count(BY_KEY["more_care"], text, {"travellers": 3}) == {"travellers": 2}
    # an addition after a second thought keeps both
    assert read_special("ลูกสองขวบค่ะ อ้อ แม่อายุ 70 ไปด้วย", None) == ["child", "elderly"]
    assert narrowed("ลูกสองขวบค่ะ อ้อ แม่อายุ 70 ไปด้วย") == "ลูกสองขวบค่ะ อ้อ แม่อายุ 70 ไปด้วย"


def test_count_regrouped_in_words() -> None:
    text = "อ้อ ลืมบอกครับ เมียผมไปด้วย เขาท้องได้ 7 เดือนแล้ว รวมเป็นสองคนนะครับ ไม่ใช่คนเดียว"  # dev105
    assert regrouped_count(BY_KEY["special_needs"], text, {"travellers": 1}) == {"travellers": 2}
    # the care of two among more, no total: nothing regrouped
    assert regrouped_count(BY_KEY["special_needs"], "มีลูกเล็กสองคนด้วยค่ะ",
                           {"travellers": 5}) == {}


# --- a need told with a fix at the summary ---
def test_need_told_with_a_fix() -> None:
    answers: dict[str, Any] = {"travellers": 2, "special_needs": [], "urgent": True}
    text = ("ขอแก้ค่ะ ที่บอกว่าไม่มีใครต้องดูแลพิเศษ จริงๆ น้องชายเป็นผู้ป่วยจิตเวช ยาหมดมาสามวันแล้ว "
            "ตอนแรกไม่กล้าบอก อยากให้ช่วยเรื่องรักษาต่อเนื่องที่บ้านด้วยค่ะ ส่วนเดินทางฉันพาน้องไปเองได้")
    fixed = place_fixes(answers, text)  # dev105: only the care need was kept
    assert fixed is not None and fixed["special_needs"] == ["sick"]
    assert "mental" in fixed["need_hints"]
    # a fix with no need in it adds none
    plain = place_fixes(answers, "ขอแก้ค่ะ ไป 3 คน")
    assert plain is not None and "need_hints" not in plain
