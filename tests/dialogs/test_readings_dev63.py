"""Misreadings found this session: districts said as the whole answer to the places
question (dev59's "บ้านโป่ง"), and the blind development sets dev63 to dev66."""

from __future__ import annotations

import pytest

from dialogs.after_needs import statements
from dialogs.answering import card_words, place_answer, places_part
from dialogs.consent_yes import consent_spelt
from dialogs.engine import Dialog
from dialogs.letter import read_letter
from dialogs.parse_phone_id import parse_phone
from dialogs.provinces import match_province
from dialogs.questions import is_question
from dialogs.readers import read_id_card
from dialogs.retries import which_one
from dialogs.slots import BY_KEY
from dialogs.understand import read_message

from .test_engine import Chat


@pytest.mark.parametrize(("text", "want"), [
    # a big town whose namesakes elsewhere are small subdistricts (dev59: asked again)
    ("บ้านโป่ง", "ราชบุรี"), ("บ้านโป่งค่ะ", "ราชบุรี"), ("อยู่บ้านโป่งค่ะ", "ราชบุรี"),
    ("อยู่ อ.บ้านโป่ง", "ราชบุรี"), ("หนองแค", "สระบุรี"), ("บ้านบึงครับ", "ชลบุรี"),
    ("โชคชัย", "นครราชสีมา"), ("ดอนเมือง", "กรุงเทพมหานคร"), ("เชียงของเจ้า", "เชียงราย"),
    # "where it is" before a district, as before (dev60)
    ("บ้านอยู่ปัวเจ้า", "น่าน"), ("ผมอยู่ที่ปัว", "น่าน"), ("หลังสวนค่ะ", "ชุมพร"),
    # a province's name said short, and a district holding the province's name
    ("หนองบัวค่ะ", "หนองบัวลำภู"), ("อุทัยค่ะ", "อุทัยธานี"), ("บ้านตาก", "ตาก"),
    ("กลับบ้านที่น่าน", "น่าน"), ("อยู่บ้านเพื่อนที่ระยอง", "ระยอง"), ("ฝาง", "เชียงใหม่"),
])
def test_a_district_as_the_answer(text: str, want: str) -> None:
    got = match_province(text)
    assert got is not None and got.name_th == want


@pytest.mark.parametrize("text", [
    # a district's own name was read as a near spelling of another place: a wrong
    # province is worse than the question again (วังทองหลาง, ด่านซ้าย, หนองจอก, ฝาง,
    # แหลมฉบัง, แม่สาย, คลองสาน, บางแค, สระบุรี)
    "วังทอง", "ด่านช้าง", "หนองจิก", "บ้านฝาง", "บ้านแหลม",
])
def test_a_district_name_is_no_near_spelling_of_another_place(text: str) -> None:
    assert match_province(text) is None


@pytest.mark.parametrize(("text", "want"), [
    ("แม่อาย", "เชียงใหม่"), ("คลองลาน", "กำแพงเพชร"), ("บางแพ", "ราชบุรี"),
    ("คุระบุรี", "พังงา"), ("กระบุรี", "ระนอง"), ("เมืองปาน", "ลำปาง"),
])
def test_a_district_is_read_before_any_near_spelling(text: str, want: str) -> None:
    got = match_province(text)
    assert got is not None and got.name_th == want


def test_a_mistyped_consent_is_a_yes(dialog: Dialog) -> None:
    """dev63: "ยินยอนคะ" was asked about four times, then handed off."""
    chat = Chat(dialog)
    chat.say("ช่วยด้วยคะ")
    chat.say("ยินยอนคะ ไม่มีเงินเลยคะ ห้องเชาก็โดนไล่ ค่ารถก็ไม่มี")
    assert chat.state.data.get("consent") is True


@pytest.mark.parametrize(("text", "want"), [
    ("ยินยอนคะ", "ยินยอมคะ"), ("ยินยม", "ยินยอม"), ("ยิมยอม", "ยินยอม"), ("ไม่ยินยอน", "ไม่ยินยอม"),
    ("ยืนยัน", "ยืนยัน"), ("ยินยอม", "ยินยอม"),
])
def test_consent_spelt_right(text: str, want: str) -> None:
    assert consent_spelt(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a district said short, and as the whole answer (dev63)
    ("ขาณุ", "กำแพงเพชร"), ("ท่ามะกาค่ะ", "กาญจนบุรี"), ("ไทรโยค", "กาญจนบุรี"),
    ("สุหราดคับ", "สุราษฎร์ธานี"), ("ระโนด", "สงขลา"),
])
def test_districts_and_sounds_as_the_answer(text: str, want: str) -> None:
    got = match_province(text)
    assert got is not None and got.name_th == want


@pytest.mark.parametrize("text", [
    # words first, places only as a place elsewhere or never as an answer
    "สอง", "ลอง", "สังคม", "จุฬาภรณ์", "ศรีนครินทร์", "พระพรหม", "สิรินธร",
])
def test_a_word_or_a_famous_place_elsewhere_is_no_answer(text: str) -> None:
    assert match_province(text) is None


def test_a_district_only_a_chunk_names_is_where_one_is() -> None:
    """dev63: "ท่ามะกาค่ะ ... ท่าตูมค่ะ" to where now and home: home had been taken for
    where she was, and she was refused as already home."""
    told: dict[str, object] = {}
    text = "มีค่ะ แต่หมดอายุแล้ว ยังบ่ได้ไปต่อ ท่ามะกาค่ะ ไร่อ้อยแถวโรงงานน้ำตาล ท่าตูมค่ะ"
    here = place_answer(BY_KEY["current_province"], places_part(text), told)
    assert here == {"code": "TH-71", "name": "กาญจนบุรี"}
    assert told["home_province"] == {"code": "TH-32", "name": "สุรินทร์"}


def test_a_slip_between_places_is_no_answer_to_the_card() -> None:
    """dev66: "เชียงใหม่ เอ้ย ไม่ใช่ เชียงรายค่ะ" had left the card unread (asked three times)."""
    words = card_words("มีค่ะ agent จะยึดแต่หนูแย่งคืนมาได้ เชียงใหม่ เอ้ย ไม่ใช่ เชียงรายค่ะ อ.แม่สาย")
    assert read_id_card(words, None) is True
    got = match_province("เชียงใหม่ เอ้ย ไม่ใช่ เชียงรายค่ะ อ.แม่สาย")
    assert got is not None and got.name_th == "เชียงราย"
    assert read_id_card(card_words("ไม่ใช่ค่ะ ไม่มี ชลบุรี"), None) is False


@pytest.mark.parametrize(("text", "state"), [
    ("บัดเปียกน้ำทะเล ตัวหนังสือลอกหมด", "damaged"),  # dev63: asked, never read
    ("มีครับแต่โดนน้ำตัวหนังสือลอกไปครึ่งนึง", "damaged"),  # dev66: asked three times
    ("บัตรเปียกน้ำ ตัวหนังสือเลือนหมด", "damaged"), ("บัตรลอก", "damaged"),
])
def test_a_card_wet_through(text: str, state: str) -> None:
    said = read_message(text)
    assert said.get("id_card") is True and said.get("id_card_state") == state


@pytest.mark.parametrize(("text", "card"), [
    ("บัดปะชาชนหาย", False), ("บัดหมดอายุแล้ว", True),
])
def test_the_card_spelt_by_sound(text: str, card: bool) -> None:
    assert read_message(text).get("id_card") is card


def test_not_the_card_word() -> None:
    assert "id_card" not in read_message("บัดนี้ยังไม่มีเงิน")


@pytest.mark.parametrize(("text", "want"), [
    # an injury at work (dev63: "มือโดนรอกหนีบ", care never asked)
    ("ผมทำงานเรือประมงอยู่สะพานปลาระนอง มือโดนรอกหนีบ ไต๋เลยไล่ลงจากเรือ", ["sick"]),
    ("มือซ้ายเจ็บครับ บวมอยู่ นิ้วขยับบ่ได้", ["sick"]), ("เท้าโดนรถทับ", ["sick"]),
    ("โดนประตูหนีบนิดเดียว", None),
    # dementia: someone goes along (as สมองเสื่อม); named as one's illness, sick too (dev109)
    ("ตาเป็นอัลไซเมอร์", ["cannot_travel_alone", "sick"]),
    # a teenager is no small child (dev66)
    ("ไม่มีค่ะ แค่เด็กม.ปลาย", None), ("น้องอายุ15ครับ ยังเด็ก", None), ("เด็กมัธยม", None),
    ("น้องอายุ5ครับ ยังเด็ก", ["child"]), ("มีเด็ก 2 คน", ["child"]),
])
def test_care_read(text: str, want: list[str] | None) -> None:
    assert read_message(text).get("special_needs") == want


@pytest.mark.parametrize(("text", "broke"), [
    ("ตังค์ยายหมดแล้ว ซื้อของฝากลูกไปหมด", True),  # dev64: asked three times, then paused
    ("เงินผมหมดแล้ว", True), ("เงินตาหมดอายุ", None),
])
def test_money_gone_with_whose(text: str, broke: bool | None) -> None:
    assert read_message(text).get("no_fare") is broke


def test_a_nurse_writes_from_her_hospital() -> None:
    """dev65: the patient wandered from Uttaradit (home) and is at Nan hospital; he had
    been put in Uttaradit and refused as already home."""
    said = read_message("เรียนเจ้าหน้าที่ค่ะ ดิฉันพยาบาลรพ.น่าน มีผู้ป่วยชายสูงอายุสมองเสื่อม "
                        "ตำรวจพามาส่ง เดินหลงมาจากอุตรดิตถ์ค่ะ")
    assert said.get("current_province") == {"code": "TH-55", "name": "น่าน"}
    assert read_message("เดินหลงมาจากอุตรดิตถ์ค่ะ").get("current_province") is None


@pytest.mark.parametrize(("text", "asks"), [
    ("ถ้าบ่มีบัตรประชาชน ใช้หยังแทนได้แหน่ครับ", True),  # dev63: taken for a story
    ("ใช้หยังแทนได้", True), ("ต้องไปไส", True), ("เฮ็ดจั่งใด", True), ("เสียเงินเท่าใด", True),
    ("ถ้าเจ็บท้องบนรถทำไงคะ", True), ("ต้องทำไงครับ", True),  # dev66: went unanswered
    ("บ่มีหยัง", False), ("หยังกะบ่มีครับ", False), ("บ่ได้เจ็บป่วยหยัง", False),
    ("ไม่รู้จะทำไงดี", False), ("ทำไงดีคะ", False), ("บ่รู้สิเฮ็ดจั่งใด", False),
    ("ไสหัวไป", False), ("บ้านไผ่", False),
])
def test_regional_asking(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(("text", "phone"), [
    ("ปรียา 0861452209 ผิดค่ะ 0861452290", "0861452290"),  # dev66: the wrong one kept
    ("0861452209 ผิดครับ", "0861452209"), ("0861452209 ทำผิดอะไร 0861452290", "0861452209"),
])
def test_a_phone_taken_back(text: str, phone: str) -> None:
    assert parse_phone(text) == phone


@pytest.mark.parametrize(("text", "card"), [
    ("น้องมีบัตรค่ะ เรือนจำคืนให้แล้ว", True),  # dev64: asked three times, then skipped
    ("บัตรยายเปียกน้ำตอนฝนตก ตัวหนังสือลอกหมด รูปก็เลือน", True),  # dev65: the same
    ("เรือนจำไม่คืนให้", None),
])
def test_a_card_given_back_or_wet(text: str, card: bool | None) -> None:
    assert read_id_card(text, None) is card


def test_whoevers_card_wet_is_damaged() -> None:
    said = read_message("บัตรยายเปียกน้ำตอนฝนตก ตัวหนังสือลอกหมด รูปก็เลือน")
    assert said.get("id_card_state") == "damaged"


@pytest.mark.parametrize("text", [
    # review: a subdistrict said with its own province is one place there, not two
    "บ้านโป่งเจ้า อ.งาว", "บ้านโป่ง ลำปางเจ้า", "หนองแค ศรีสะเกษ", "แม่จัน ตาก",
])
def test_a_subdistrict_with_its_province_is_one_place(text: str) -> None:
    told: dict[str, object] = {}
    place_answer(BY_KEY["current_province"], text, told)
    assert "home_province" not in told


@pytest.mark.parametrize("text", ["โชคชัย 4 ค่ะ", "บ้านโป่ง 2 ค่ะ", "โชคชัย ซอย 4"])
def test_a_soi_after_a_district_name_is_no_district(text: str) -> None:
    assert match_province(text) is None  # a soi in Bangkok: asked again


@pytest.mark.parametrize(("text", "here"), [
    ("ไปหาหมอโรงพยาบาลสุรินทร์ไม่ได้ เพราะติดอยู่ระยอง", "TH-21"),
    ("ลูกเป็นพยาบาลรพ.ชลบุรี ส่วนหนูอยู่บ้านที่ระยอง", "TH-21"),
    ("เคยเป็นพยาบาลรพ.สงขลา", None), ("ดิฉันพยาบาลรพ.น่าน มีผู้ป่วย", "TH-55"),
])
def test_only_the_writers_own_hospital(text: str, here: str | None) -> None:
    got = read_message(text).get("current_province")
    assert (got or {}).get("code") == here


def test_an_unread_place_before_a_district_keeps_the_whole_answer() -> None:
    """review: "นิคมอมตะ แถวดอนหัวฬ่อ บ้านไผ่คับ" (where he is, then home) had put him home
    in Khon Kaen and refused him; where he is is asked again instead."""
    text = "มีคับ นิคมอมตะ แถวดอนหัวฬ่อ บ้านไผ่คับ"
    assert places_part(text) == text
    assert places_part("มีค่ะ แต่หมดอายุแล้ว ท่ามะกาค่ะ ท่าตูมค่ะ") == "ท่ามะกาค่ะ ท่าตูมค่ะ"


@pytest.mark.parametrize(("text", "asks"), [
    # review: laments and "anything" are no questions
    ("บ่ฮู้สิเฮ็ดจั่งใด", False), ("ไม่รู้ต้องทำไงดี", False), ("ถ้าไม่ได้กลับก็ไม่รู้จะทำไง", False),
    ("บ่รู้สิไปไส", False), ("งานหยังกะได้", False), ("เงินเหลือบ่เท่าใด", False),
])
def test_laments_are_no_questions(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(("text", "want"), [
    ("บ้านเขาโดนต้นไม้ล้มทับ", None), ("ยายไม่ได้เป็นอัลไซเมอร์", None),  # review
    ("ลูกสามคน 2,5,14ครับ ยังเด็กหมด", ["child"]),
])
def test_care_review(text: str, want: list[str] | None) -> None:
    assert read_message(text).get("special_needs") == want


@pytest.mark.parametrize("text", ["พอได้เงินผมหมดห่วง", "หาเงินผมหมดแรง"])
def test_money_and_a_mind_at_ease(text: str) -> None:
    assert read_message(text).get("no_fare") is None


def test_which_nakhon_asked_with_buttons(dialog: Dialog) -> None:
    """dev64: "ยายนั่งอยู่ บขส.นคร" was asked again in words twice, then skipped; the
    provinces it may be are offered, one tap."""
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ยินยอม", "consent:yes")
    chat.say("ไม่มีค่ารถกลับบ้านกระบี่ มีบัตรประชาชน")
    assert chat.state.data.get("slot") == "current_province"
    reply = chat.say("ยายนั่งอยู่ บขส.นคร").replies[-1]
    assert [c.label for c in reply.choices] == [
        "นครนายก", "นครราชสีมา", "นครพนม", "นครสวรรค์", "นครปฐม", "นครศรีธรรมราช"]
    chat.say("นครศรีธรรมราช", "province:TH-80")
    assert chat.state.data["answers"]["current_province"]["code"] == "TH-80"


def test_no_shared_start_in_a_whole_name() -> None:
    assert which_one("กรุงเทพมหานคร") is None and which_one("นครราชสีมา") is None


@pytest.mark.parametrize(("text", "here", "home"), [
    # dev63: "โป่งน้ำร้อน" (a district of Chanthaburi no answer reads) then her home: home
    # had been taken for where she was, and she was refused as already home
    ("มีคะ บัดหักครึ่งแต่ยังอ่านออก โป่งน้ำร้อน กันทรลัก", None, "TH-33"),
    # the name is a subdistrict of the province said after it: one place, there
    ("โป่งน้ำร้อน เชียงใหม่", "TH-50", None), ("บ้านโป่ง ลำปางเจ้า", "TH-52", None),
    ("ท่าช้าง สิงห์บุรีค่ะ", "TH-17", None),  # a district of that province
])
def test_a_district_no_answer_reads_before_the_place_read(
        text: str, here: str | None, home: str | None) -> None:
    told: dict[str, dict[str, str]] = {}
    got = place_answer(BY_KEY["current_province"], places_part(text), told)
    assert (got or {}).get("code") == here
    assert told.get("home_province", {}).get("code") == home


@pytest.mark.parametrize(("text", "card"), [
    # dev67 to dev69: each asked three times, then skipped
    ("บัตรยายอยู่ในย่ามจ้ะ ขโมยเอาไปแต่ตัง", True), ("มีอยู่ แลแล้วยังไม่หมดอายุ", True),
    ("บัตรยายหักเป็นสองท่อนจ้ะ ยังเก็บไว้อยู่", True),
    ("บัตรอยู่ในกระเป๋าที่โดนขโมย", False), ("บัตรอยู่ในกระเป๋าที่หายไป", False),
    ("บัตรหมดอายุแล้ว", True), ("ไม่มี ไม่หมดอายุ", False),
])
def test_cards_kept_unexpired_or_broken(text: str, card: bool) -> None:
    assert read_id_card(text, None) is card


def test_an_elders_card_broken_in_two_is_damaged() -> None:
    assert read_message("บัตรยายหักเป็นสองท่อนจ้ะ ยังเก็บไว้อยู่").get("id_card_state") == "damaged"


@pytest.mark.parametrize(("text", "letter"), [
    # dev69: the village head would not issue it, and a man with neither card nor letter
    # had been sent as a case
    ("บ่มี ผู้ใหญ่บ้านบ่ออกให้ เพิ่นบ่รู้จักข้อย", False), ("ผู้ใหญ่บ้านบ่ยอมเซ็นให้", False),
    ("ผู้ใหญ่บ้านออกให้แล้ว", True), ("ผู้ใหญ่บ้านบ้านโคกออกให้", True),
])
def test_a_village_head_who_would_not(text: str, letter: bool) -> None:
    assert read_letter(text, None) is letter


@pytest.mark.parametrize(("text", "told"), [
    # dev68: how to get a new card, asked once the request is sent, is a wish for it too
    ("ทำบัตรใหม่ต้องทำไงครับ", "ทำบัตรใหม่"), ("หางานต้องทำยังไง", "หางาน"),
    ("ต้องทำไงครับ", ""),
])
def test_how_to_get_a_thing_is_a_wish(text: str, told: str) -> None:
    assert statements(text, wishes=True) == told


@pytest.mark.parametrize("text", [
    # review 3: no card read as had
    "บัตรแม่อยู่ในกระเป๋า แต่บัตรหนูหายค่ะ", "บัตรอยู่ในกระเป๋าตังค์ โดนปล้นไปหมดเลย",
    "เรือนจำคืนให้แต่หายไปแล้ว",
])
def test_a_card_in_a_bag_or_given_back_then_lost(text: str) -> None:
    assert read_id_card(text, None) is not True


def test_a_kins_broken_card_beside_ones_own() -> None:
    assert read_message("บัตรแม่หักครับ ของผมปกติ").get("id_card_state") is None


@pytest.mark.parametrize("text", [
    # review 3: a famous place, a word or a village name before a province is no place
    # read nowhere: the province said stays where one is
    "รพ ศรีนครินทร์ ขอนแก่น", "ท่าแพ เชียงใหม่", "วิภาวดี กรุงเทพ", "หนองไผ่ ชลบุรี",
])
def test_only_a_name_read_nowhere_makes_the_next_home(text: str) -> None:
    told: dict[str, object] = {}
    place_answer(BY_KEY["current_province"], places_part(text), told)
    assert "home_province" not in told


@pytest.mark.parametrize("text", [
    "ผู้ใหญ่บ้านที่บ่อทองออกให้แล้ว", "กำนันตำบลบ่อวินเซ็นให้แล้ว",  # review 3: บ่ of a place
])
def test_a_letter_from_a_place_named_bo(text: str) -> None:
    assert read_letter(text, None) is True


@pytest.mark.parametrize("text", ["ทำบัตรทองต้องทำยังไงคะ", "ทำบัตรให้ลูกต้องทำยังไงคะ",
                                  "หางานให้เพื่อนต้องทำยังไงคะ"])
def test_how_to_get_for_another_or_another_card(text: str) -> None:
    assert statements(text, wishes=True) == ""


def test_a_district_of_two_letters_is_kept_with_amphoe() -> None:
    """End check: "บ้านอยู่อำเภอพลครับ" (Khon Kaen) had become "พล", Phitsanulok's
    abbreviation, on the way to the summary (dev4 --one-part)."""
    got = match_province("บ้านอยู่อำเภอพลครับ")
    assert got is not None and got.name_th == "ขอนแก่น"
