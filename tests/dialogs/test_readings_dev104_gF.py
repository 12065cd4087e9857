"""Facts told and not taken, found by tallying the questions asked of the case personas of
dev90-dev106 over 6 turns (group gF): a place to sleep (or none) said in an answer or a
story, the ID card of those who go, the remarks a helper makes of the consent before the
answer to the question shown with it, and a place one came to for a reason."""

from __future__ import annotations

import pytest

from dialogs.asking import slot_for
from dialogs.card_reader import read_id_card
from dialogs.consent_preview import split_consent, worth_reading
from dialogs.engine import Dialog
from dialogs.hunger import hungry_today
from dialogs.stay_words import stay_words_end
from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency
from dialogs.writer_place import for_another

from .test_engine import Chat

# -- urgency: a place to sleep, or none, told in words ------------------------------------


@pytest.mark.parametrize("text", [
    "นอนห้องหนูได้ค่ะ ข้าวหนูเลี้ยงได้ แต่ค่ารถหนูไม่มีให้",  # dev100: asked three times
    "ยังนอนที่แคมป์ในสวนได้ค่ะ ข้าวสารยังพอมี แต่เจ้าของให้ออกสิ้นสัปดาห์นี้",  # dev102: three
    "พักที่ร้านของพี่สาวได้ค่ะ แต่ค่าตั๋วไม่มี",
    "ยังนอนโกดังของเถ้าแก่ได้อยู่ครับ",
    "อาศัยนอนโรงเก็บของของเถ้าแก่ได้ค่ะ"])
def test_a_place_to_sleep_named_in_words_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False


@pytest.mark.parametrize("text", [
    "เพื่อนคนเดียวค่ะ หนูไม่ได้ไป นอนห้องหนูได้ค่ะ ข้าวหนูเลี้ยงได้ แต่ค่ารถหนูไม่มีให้",  # dev100
    "2 คนค่ะ พ่อกับแม่ ยังนอนที่แคมป์ในสวนได้ค่ะ ข้าวสารยังพอมี แต่เจ้าของให้ออกสิ้นสัปดาห์นี้"])
def test_a_place_to_sleep_with_the_count_is_not_urgent(text: str) -> None:  # dev102
    assert said_urgency(text) is False


@pytest.mark.parametrize("text", [
    "นอนห้องเพื่อนได้แค่คืนนี้",  # the place ends tonight
    "ยังนอนที่แคมป์ในสวนได้ค่ะ แต่พรุ่งนี้ต้องออก",
    "นอนที่ศาลาหน้าวัดไม่ได้แล้ว"])
def test_a_place_that_ends_or_is_refused_is_urgent(text: str) -> None:
    assert read_urgent(text, None) is True


@pytest.mark.parametrize("text", [
    "ยังนอนที่ร้านเพื่อนได้ แต่เจ้าของไล่แล้ว",  # put out after all
    "ยังนอนที่โกดังของเถ้าแก่ได้ แต่คืนนี้ต้องย้ายออก",
    "ไม่รู้จะนอนที่ไหนได้บ้าง"])
def test_a_place_ended_or_asked_is_no_place(text: str) -> None:
    assert read_urgent(text, None) is not False


@pytest.mark.parametrize(("text", "rest"), [
    ("ยังนอนที่แคมป์ในสวนได้ค่ะ", "ค่ะ"), ("นอนเถียงนาของเถ้าแก่ได้อยู่", "อยู่"),
    ("นอนไม่หลับเลยค่ะ", None), ("นอนวัดได้ไหม", None), ("พักที่ไหนได้บ้าง", None),
    ("นอนได้แค่คืนนี้", None), ("พักได้ถึงเย็นนี้", None)])
def test_stay_in_words(text: str, rest: str | None) -> None:
    assert stay_words_end(text) == rest


@pytest.mark.parametrize("text", [
    "คืนนี้ ที่ นอน ไม่มี",  # dev104: a deaf woman in Thai sign-language order, asked three times
    "ฉัน ท้อง 7 เดือน สอง คน หูหนวก พิการ คืนนี้ ที่ นอน ไม่มี",  # dev104
    "ที่พักก็ไม่มีค่ะ", "ที่นอนยังไม่มีเลยครับ"])
def test_the_place_named_first_then_none_is_no_shelter(text: str) -> None:
    assert read_message(text).get("no_shelter") is True
    assert read_urgent(text, None) is True


@pytest.mark.parametrize("text", ["มีที่นอน ไม่มีข้าว", "ที่พักไม่มีปัญหาค่ะ", "ยังมีที่นอนไม่มีปัญหา"])
def test_a_place_had_is_not_none(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True


def test_a_bench_tonight_again_with_a_groups_care_is_urgent() -> None:
    # dev90: said with care and urgency asked together, then asked again alone
    text = ("แก่แล้วครับ เดินช้า แต่บ่ได้ป่วยไหน ไปเองบ่ได้เพราะอ่านบ่ออก ต่อรถบ่เป็น "
            "นอนม้านั่งโรงบาลครับ ข้าวก็กินวันละมื้อ คืนนี้ก็ต้องนอนตรงนั้นอีก")
    assert said_urgency(text, put_out_asks=True) is True


@pytest.mark.parametrize("text", [
    # dev105: a place, but no meal today (the persona: urgent), asked three times
    "นอนเถียงนาของเถ้าแก่ได้อยู่ แต่ข้าวมื้อนี้ยังบ่ได้กินเลย มื้อเช้าก็บ่ได้กิน",
    "ข้าวมื้อนี้ยังไม่ได้กินเลยค่ะ", "อาหารวันนี้ก็ยังไม่ได้กินครับ"])
def test_the_meal_named_after_the_food_is_hunger_today(text: str) -> None:
    assert hungry_today(text) is True
    assert read_urgent(text, None) is True


@pytest.mark.parametrize("text", [
    "ข้าวเช้ายังไม่ได้กินค่ะ แต่มีเงินซื้อ", "ข้าวเที่ยงยังไม่ได้กิน เดี๋ยวค่อยกิน",
    "พรุ่งนี้ข้าวมื้อเช้าคงไม่ได้กิน"])
def test_hunger_that_waits_is_not_urgent_hunger(text: str) -> None:
    assert hungry_today(text) is False


# -- the ID card of those who go ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "พ่อกับแม่มีบัตรประชาชนทั้งคู่ค่ะ",  # dev104: asked three times, then the letter asked
    "ตากับยายพกบัตรประชาชนไปทั้งคู่ครับ",  # dev104
    "บัตร ประชาชน มี สอง คน",  # dev104: a deaf man in Thai sign-language order, three times
    "บัตรประชาชนยังอยู่ โจรเอาไปแต่เงิน",  # dev102: asked three times
    "ผัวกับลูกสาวมีบัตรทั้งสองคนค่ะ", "บัตรมีครบทุกคนครับ", "บัตรประชาชนยังอยู่ ขโมยเอาไปแค่ตังค์"])
def test_the_card_of_all_who_go(text: str) -> None:
    assert read_id_card(text, None) is True


@pytest.mark.parametrize("text", ["พ่อกับแม่ไม่มีบัตรทั้งคู่", "บัตร ประชาชน ไม่มี สอง คน",
                                  "บัตรหาย โจรเอาไปหมด"])
def test_none_for_all_who_go(text: str) -> None:
    assert read_id_card(text, None) is False


@pytest.mark.parametrize("text", [
    "พ่อกับแม่มีบัตรค่ะ",  # not said to be all who go: the writer may go too
    "แม่มีบัตรค่ะ หนูไม่มี", "บัตรประชาชนยังอยู่ แต่โจรเอาไปแต่เงิน ของหนูหายค่ะ"])
def test_not_all_who_go(text: str) -> None:
    assert read_id_card(text, None) is not True


@pytest.mark.parametrize("text", [
    "หนูอยู่นครสวรรค์ ลูกยังเล็ก ไม่มีเงินไปรับ แม่กลับเองก็ไม่ได้",  # dev98
    "ยินยอมค่ะ แม่ไม่มีเงินติดตัวเลยค่ะ หนูก็ไม่มีค่ารถไปรับ",  # dev98
    "ผมอยู่น่าน ลงไปรับบ่ได้ ทำงานรายวัน"])
def test_a_writer_who_cannot_go_and_fetch_writes_for_another(text: str) -> None:
    assert for_another(text) is True


@pytest.mark.parametrize("text", ["ไม่มีเงินไปรับจ้าง", "หนูก็ไม่มีค่ารถ จะกลับด้วย",
                                  "หนูไม่มีค่ารถกลับบ้านค่ะ"])
def test_a_writer_who_goes_too(text: str) -> None:
    assert for_another(text) is False


def test_the_mothers_card_from_one_who_cannot_fetch_her(dialog: Dialog) -> None:
    """dev98: "แม่มีบัตรประชาชนค่ะ ตำรวจเห็นในกระเป๋าแม่" was asked three times, then the
    letter was asked."""
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ ขอสอบถามหน่อยค่ะ")
    chat.say("แม่อายุ78 หลงๆลืมๆ แอบขึ้นรถไฟไปคนเดียว ตอนนี้มีคนเจอที่สถานีอยุธยาค่ะ")
    chat.say("หนูอยู่นครสวรรค์ ลูกยังเล็ก ไม่มีเงินไปรับ แม่กลับเองก็ไม่ได้")
    chat.say("ยินยอมค่ะ แม่ไม่มีเงินติดตัวเลยค่ะ หนูก็ไม่มีค่ารถไปรับ")
    chat.say("แม่มีบัตรประชาชนค่ะ ตำรวจเห็นในกระเป๋าแม่ นครสวรรค์ค่ะ")
    assert chat.state.data["answers"]["id_card"] is True


# -- what a helper says of the consent, before the answer shown with it -----------------


@pytest.mark.parametrize(("text", "rest"), [
    ("ยินยอมค่ะ น้องเค้าก็โอเคค่ะ นั่งอยู่ข้างๆหนู น้องมีบัตรประชาชนค่ะ ลูกมีสูติบัตร ปทุมธานีค่ะ",  # dev101
     "น้องมีบัตรประชาชนค่ะ ลูกมีสูติบัตร ปทุมธานีค่ะ"),
    ("ยินยอมค่ะ พ่อบอกว่าได้ค่ะ พ่อแม่ยายมีบัตรค่ะ อยุธยาค่ะ", "พ่อแม่ยายมีบัตรค่ะ อยุธยาค่ะ"),  # dev101
    ("ยินยอมค่ะ น้องเขานั่งอยู่ข้างๆ พี่ถามให้แล้ว น้องมีบัตรประชาชนค่ะ", "น้องมีบัตรประชาชนค่ะ"),  # dev102
    ("ยินยอมครับ ผมถามป้ออุ้ยทางโทรศัพท์แล้ว มีครับ แม่ฮ่องสอนครับ", "มีครับ แม่ฮ่องสอนครับ"),  # dev99
    ("ยินยอมค่ะ ยินยอมๆ มีทั้งหนูทั้งแม่ค่ะ", "มีทั้งหนูทั้งแม่ค่ะ"),  # dev104
    ("ยินยอมอยู่ลูก บันทึกได้เลย มีอยู่ลูก", "มีอยู่ลูก"),  # dev105
    ("ยินยอมครับ ผมอ่านให้ยายฟังแล้ว ยายมีบัตรประชาชนครับ", "ยายมีบัตรประชาชนครับ"),  # dev92
    ("ได้ครับ โยมเขาก็ยินยอม มีบัตรครับ", "มีบัตรครับ")])
def test_the_consents_remarks_are_no_part_of_the_answer(text: str, rest: str) -> None:
    assert split_consent(text) == (True, rest)


@pytest.mark.parametrize(("text", "rest"), [
    ("ยินยอมค่ะ แม่อยู่ระยอง", "แม่อยู่ระยอง"), ("ยินยอมครับ ผมอยู่ชลบุรี", "ผมอยู่ชลบุรี"),
    ("ยินยอมค่ะ ยายอยู่ด้วย 2 คน", "ยายอยู่ด้วย 2 คน"), ("ยินยอมค่ะ ได้ค่ะ", "")])
def test_an_answer_after_the_yes_is_kept(text: str, rest: str) -> None:
    assert split_consent(text) == (True, rest)


def test_the_card_with_a_bare_place_is_worth_reading_after_the_yes() -> None:
    # dev104: "ยินยอม ตกลง บัตร ประชาชน มี ร้อยเอ็ด": the card and the place asked together
    assert worth_reading("บัตร ประชาชน มี ร้อยเอ็ด", slot_for("id_card", {})) is True


# -- a place one came to for a reason -----------------------------------------------------


def _places(text: str) -> tuple[str | None, str | None]:
    said = read_message(text)
    return ((said.get("current_province") or {}).get("name"),
            (said.get("home_province") or {}).get("name"))


@pytest.mark.parametrize(("text", "here", "home"), [
    ("มาตัดทุเรียนจันทบุรี หมดหน้า แล้ว เถ้าแก่ ให้เงิน ไม่ครบ", "จันทบุรี", None),  # dev106
    ("ปู่อายุ63 พาหลาน4ขวบมาผ่าตัดหัวใจที่เจียงใหม่ครับ บ่มีค่ารถปิ๊กบ้านแม่ฮ่องสอนครับ",  # dev98
     "เชียงใหม่", "แม่ฮ่องสอน"),
    ("ผมอายุ15ครับ มากับยายมางานศพน้าที่ขอนแก่น ตอนนี้เงินหมด กลับบ้านที่เลยไม่ได้ครับ",  # dev92
     "ขอนแก่น", "เลย"),
    ("อั๊วมาไหว้เจ้าที่เยาวราช โดนล้วงกระเป๋าตังค์ กลับปากน้ำโพไม่ได้",  # dev103
     "กรุงเทพมหานคร", "นครสวรรค์"),
    # dev104: the town's province named right after it, then the writer's own workplace
    ("ตากับยายผมไปงานศพญาติที่ท่าม่วง กาญจนบุรี เงินค่ารถขากลับโดนขโมยไปในงาน ตอนนี้ยังพักบ้าน"
     "ญาติอยู่ แต่เขาก็ไม่ได้อยากให้อยู่นาน บ้านตายายอยู่ลำพูนครับ ผมทำงานกรุงเทพ",
     "กาญจนบุรี", "ลำพูน"),
    ("มาเกี่ยวข้าวที่สุพรรณ นายจ้างไม่จ่าย", "สุพรรณบุรี", None)])
def test_a_place_come_to_for_a_reason_is_where_one_is(text: str, here: str | None,
                                                      home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize("text", [
    "จะไปงานศพที่ขอนแก่น", "เคยมาเก็บลำไยที่ลำพูน", "อยากมาไหว้พระที่เชียงใหม่",
    "ต้องไปงานบวชหลานที่อุดร"])
def test_a_trip_to_come_or_once_made_is_not_where_one_is(text: str) -> None:
    assert _places(text)[0] is None
