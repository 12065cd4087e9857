"""Misreadings found this session in the blind development sets dev76 to dev79."""

from __future__ import annotations

import pytest

from dialogs.consent_preview import split_consent
from dialogs.consent_yes import consent_word
from dialogs.contact import no_phone
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.people_list import listed_people
from dialogs.questions import is_question
from dialogs.readers import read_hardship, read_province, read_special
from dialogs.slang import particles_spelt
from dialogs.slots import BY_KEY
from dialogs.understand import corrections, read_message

from .test_engine import Chat


@pytest.mark.parametrize(("text", "want"), [
    ("ได้งับ มีงับ", "ได้ครับ มีครับ"), ("คร้าบผม", "ครับ"), ("ได้คับผม", "ได้ครับ"),
    ("โอเคฮับ", "โอเคครับ"),
    # a dog's bite and a frozen account keep their words
    ("หมางับขา", "หมางับขา"), ("บัญชีถูกระงับ", "บัญชีถูกระงับ"), ("โดนงับ", "โดนงับ"),
])
def test_slang_particles_are_spelt(text: str, want: str) -> None:
    assert particles_spelt(text) == want


def test_consent_in_slang_is_consent(dialog: Dialog) -> None:
    # dev79: "ได้งับ มีงับ" was asked four times, then handed to a person
    chat = Chat(dialog)
    chat.say("สวัสดีคร้าบบบ")
    chat.say("ได้งับ มีงับ")
    assert chat.state.data.get("consent") is True


def test_short_consents() -> None:
    assert consent_word("ยอมครับผม") is True
    assert consent_word("ไม่ยอมครับผม") is False


@pytest.mark.parametrize(("text", "none"), [
    ("บ่มีโทรสับ", True), ("ไม่มีโทรสับครับ", True), ("โทรสับหาย", True),
    ("โทรสับ 0812345678", False),
])
def test_no_phone_as_it_is_typed(text: str, none: bool) -> None:
    assert no_phone(text) is none


@pytest.mark.parametrize("text", ["ชื่อจะแจ้งทีหลัง", "ชื่อไว้บอกทีหลัง", "ชื่อเดี๋ยวบอกนะคะ"])
def test_a_name_told_later_is_no_name(text: str) -> None:
    assert extract_name(text) is None


@pytest.mark.parametrize(("text", "name"), [("ชื่อจะแฮค่ะ", "จะแฮ"), ("ชื่อไวพจน์", "ไวพจน์")])
def test_names_that_start_so_stay(text: str, name: str) -> None:
    assert extract_name(text) == name


def test_a_cannot_before_the_trouble_denies_no_trouble() -> None:
    # dev79: refused as no trouble at all
    text = "หนูเป็นนักศึกษาอยู่หาดใหญ่ค่ะ หอหมดสัญญา ที่บ้านส่งตังมาไม่ได้ เดือดร้อนจุงเบย 😭"
    assert read_message(text).get("no_fare") is not False
    assert read_hardship("ที่บ้านส่งตังมาไม่ได้ เดือดร้อน", None) is None
    assert read_hardship("กลับบ่ได้ ลำบากหลาย", None) is None


@pytest.mark.parametrize("text", ["ผมไม่ได้ เดือดร้อนอะไร", "มันก็ไม่ได้ ลำบากอะไร", "ไม่ได้ลำบาก"])
def test_no_trouble_said_still_is(text: str) -> None:
    assert read_hardship(text, None) == dict.fromkeys(("no_shelter", "no_food", "no_fare"), False)


@pytest.mark.parametrize("text", [
    "มีครับ เมียก็มี ลูกยังเล็กไม่มีบัตร", "มีค่ะ หลานยังเด็กอยู่ไม่มีบัตร",
    # dev78: the aunt's card, kept by the neighbour who writes for her
    "บัตรป้ามีครับ ผมเก็บไว้ให้ ลำปางครับ บ้านหลานอยู่ อ.เกาะคา ป้าเกิดที่นั่น",
])
def test_the_card_had_beside_a_childs_or_a_kins(text: str) -> None:
    assert BY_KEY["id_card"].parse(text, None) is True
    assert read_message(text).get("id_card") is not False


@pytest.mark.parametrize("text", ["บัตรประชาชนลุงมีอยู่", "บัตรลุงมีครับ อยู่ที่บ้าน",
                                  "บัตรประชาชนลุงมี ส่วนผมไม่มี"])
def test_a_kins_card_elsewhere_or_the_writers_lacking_is_not_had(text: str) -> None:
    assert BY_KEY["id_card"].parse(text, None) is not True


@pytest.mark.parametrize(("text", "had"), [
    # burnt, nothing left said: no card (dev77, dev78; eight writers read it so)
    ("ผมกรีดยางอยู่โป่งน้ำร้อน ของไหม้หมด บัตรประชาชนก็ไหม้ อยากกลับบ้านที่ตรัง", False),
    ("บัตรไหม้ไปกับห้องครับ ไม่เหลือ", False), ("บัตรไหม้", False),
    # part of it: damaged, still had
    ("มีครับแต่ไหม้ไปครึ่งใบ ยังพออ่านเลขได้", True), ("มีบัตรครับ แต่ไหม้", True),
    ("บัตรผมไหม้ไปครึ่งใบครับ ยังเห็นรูปกับเลขบัตร", True), ("บัตรไหม้นิดหน่อยครับ", True),
])
def test_a_burnt_card(text: str, had: bool) -> None:
    assert read_message(text).get("id_card") is had
    assert BY_KEY["id_card"].parse(text, None) is had


@pytest.mark.parametrize(("text", "current"), [
    ("ติดต่อหลานสาวป้าที่ลำปางได้แล้ว", None), ("ติดต่อญาติที่ขอนแก่นไม่ได้", None),
    ("หลานสาวอยู่ลำปาง", None), ("บ้านหลานอยู่ อ.เกาะคา", None),
    ("ติดอยู่ขอนแก่น", "ขอนแก่น"), ("ติดขอนแก่น", "ขอนแก่น"),
    # an elder's "หลาน" for the bot, before where they are (dev28)
    ("หลาน อยู่โรงพยาบาล ศิริราช กรุงเทพ", "กรุงเทพมหานคร"),
    ("ผมกับหลานอยู่ที่ระยอง", "ระยอง"),
])
def test_contacting_and_a_grandchilds_place(text: str, current: str | None) -> None:
    found = read_message(text).get("current_province")
    assert (found or {}).get("name") == current


def test_the_writer_studying_elsewhere_is_not_where_they_are(dialog: Dialog) -> None:
    # dev78: a granddaughter in Bangkok writing for her grandparents stuck in Pattaya
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ หนูขอความช่วยเหลือให้ตากับยายหน่อยค่ะ")
    chat.say("ตายายมาเยี่ยมน้าที่พัทยา แต่น้าโดนจับไปแล้ว ตายายติดอยู่ เจ้าของห้องไม่ให้อยู่ต่อ")
    chat.say("หนูเรียนอยู่กทม. ไม่มีเงินส่งไปให้เลยค่ะ")
    chat.say("ยินยอมค่ะ")
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "ชลบุรี"
    assert "training" not in answers.get("needs", [])  # studying is no wish to train


def test_ones_own_studies_still_place_one() -> None:
    assert read_message("ผมเรียนอยู่ขอนแก่น ไม่มีค่ารถกลับบ้าน")["current_province"]["name"] == "ขอนแก่น"
    assert parse_needs("อยากเรียนทำอาหาร") == ["training"]


@pytest.mark.parametrize(("text", "home"), [
    ("อ๊ะ ขอแก้ค่ะ บ้านตายายจริงๆย้ายไปอยู่ อ.ปทุมราชวงศา อำนาจเจริญแล้วค่ะ หนูจำผิด ยโสธรคือบ้านเก่า",
     "อำนาจเจริญ"),
    ("บ้านย้ายไปอยู่อำนาจเจริญแล้ว", "อำนาจเจริญ"), ("บ้านตายายอยู่ยโสธร", "ยโสธร"),
])
def test_a_home_moved(text: str, home: str) -> None:
    said = read_message(text)
    assert said["home_province"]["name"] == home
    assert "current_province" not in said


def test_one_who_moved_is_there() -> None:
    assert read_message("ผมย้ายไปอยู่ระยอง")["current_province"]["name"] == "ระยอง"


@pytest.mark.parametrize(("text", "needs"), [
    ("ยาลาครับ", []),  # Yala voice-typed: no medicine (dev76)
    ("อยากได้งานนวดแผนไทยในโรงพยาบาลครับ", ["work", "massage"]),  # a workplace (dev76)
    ("เป็นแม่บ้านโรงพยาบาล", []),
    ("ต้องไปหาหมอที่โรงพยาบาล", ["health"]), ("ตกงาน ป่วยต้องไปโรงพยาบาล", ["work", "health"]),
    ("นมผงลูกใกล้หมดค่ะ", ["goods"]), ("อยากได้เสื้อผ้า", ["goods"]),  # dev79
    ("ไม่มีข้าวกิน", []),  # the aid's own hardship
])
def test_needs_read(text: str, needs: list[str]) -> None:
    assert parse_needs(text) == needs


def test_yala_voice_typed_is_a_place() -> None:
    assert read_message("อยู่ยาลา")["current_province"]["name"] == "ยะลา"
    assert read_province("พิดสะนุโลก วังทองค่ะ", None)["name"] == "พิษณุโลก"


@pytest.mark.parametrize("text", ["ลูกอายุขวบแปดเดือนค่ะ คลอดตอนหนูอยู่ในทัณฑสถานหญิง",
                                  "ลูกอายุขวบ 8 เดือน"])
def test_a_child_of_one_and_some_months(text: str) -> None:
    assert read_special(text, None) == ["child"]


@pytest.mark.parametrize("text", ["ท้อง37weekค่ะ", "ท้อง 37 สัปดาห์", "ท้อง37วีค"])
def test_pregnancy_counted_in_weeks(text: str) -> None:
    assert read_special(text, None) == ["pregnant"]


def test_belly_pain_for_weeks_is_no_pregnancy() -> None:
    assert read_special("ปวดท้อง 2 อาทิตย์", None) == ["sick"]


def test_released_from_a_prison_known_by_name() -> None:
    said = read_message("ข้อยเพิ่งออกจากคลองเปรมมื่อเช้านี่ บ่มีเงินค่ารถเมือบ้านอุบลเลยครับ")
    assert said.get("released") is True
    assert "released" not in read_message("บ้านอยู่คลองเปรม")


@pytest.mark.parametrize(("text", "urgent"), [
    # what urgency means, asked: no answer yet (dev77: read as urgent)
    ("ด่วนยังไงคะ?", None),
    ("ด่วนยังไงคะ? ยังมีห้องเช่าอยู่ค่ะ แต่ค่าห้องเดือนหน้าไม่มีจ่าย", False),
    ("ด่วนคือคืนนี้ไม่มีที่นอนค่ะ", True), ("ด่วนค่ะ", True),
])
def test_urgency_asked_about(text: str, urgent: bool | None) -> None:
    assert BY_KEY["urgent"].parse(text, None) is urgent


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อพี่เค้า สมศักดิ์ ค่ะ", "สมศักดิ์"), ("ชื่อพี่เค้าคือสมศักดิ์", "สมศักดิ์"),  # dev79
    ("ชื่อน้อง ชัยวัฒน์", "ชัยวัฒน์"), ("ชื่อน้องเอ", "น้องเอ"),
    ("ชื่อตาครับ", "ตา"),  # the bare word after the cue is still a name
])
def test_whose_name_before_it(text: str, name: str) -> None:
    assert extract_name(text) == name


def test_whose_name_it_was_after_it() -> None:
    # dev82: a guard gave the grandfather's name, then "ชื่อตา" (grandpa's name)
    assert extract_name("สมบูรณ์ อินทร์แก้ว ครับ ชื่อตา", bare=True) == "สมบูรณ์ อินทร์แก้ว"


def test_a_phone_message_naming_the_patient_keeps_the_care_needs() -> None:
    # dev78: "ผู้ป่วยไม่มีโทรศัพท์" at the summary had dropped "cannot travel alone"
    known = {"special_needs": ["sick", "cannot_travel_alone"], "phone": None}
    fixed = corrections(known, "ผู้ป่วยไม่มีโทรศัพท์ค่ะ ติดต่อเบอร์ดิฉันได้เลย 081-765-4321")
    assert fixed is not None
    assert fixed["special_needs"] == ["sick", "cannot_travel_alone"]
    assert fixed["phone"] == "0817654321"


def test_a_care_need_taken_back_still_is() -> None:
    known = {"special_needs": ["sick", "elderly"]}
    assert (corrections(known, "ไม่ใช่คนป่วยค่ะ แค่คนแก่") or {}).get("special_needs") == ["elderly"]


@pytest.mark.parametrize(("text", "count"), [
    ("ผม เมีย ลูกสองขวบ กับแม่ยาย", 4),  # dev82: the age was taken for the count
    ("หนู ลูกสาวเจ็ดขวบ ลูกชายสามขวบ", 3),
    # one not listed stays behind (dev82)
    ("ฉาน แม่ กับลูกชาย ผัวไม่ไปจ้า อยู่หางานต่อ ยังไม่ด่วนจ้า แม่อายุ ๗๒ ลูกชายสี่ขวบจ้า", 3),
    ("ผม แม่ ลูก เมียไม่ไปด้วยครับ", 3),
    # one listed who does not go: no count read
    ("ผม แม่ ลูก แม่ไม่ไป", None), ("ผม เมีย ลูก ไม่ไปครับ", None),
])
def test_kinship_lists(text: str, count: int | None) -> None:
    assert BY_KEY["travellers"].parse(text, None) == count


@pytest.mark.parametrize(("text", "home", "current"), [
    ("หนูต้องพาน้องสองคนหลบไปอยู่กับยายที่ทุ่งสง แต่ไม่มีตังค์ค่ารถสักบาท", "นครศรีธรรมราช", None),
    ("หลบบ้านตรัง", "ตรัง", None),
    # hiding somewhere is no home (dev43)
    ("หลบอยู่ที่หาดใหญ่", None, "สงขลา"), ("จะหลบไปอยู่กับพี่สาวที่ชลบุรี", None, "ชลบุรี"),
])
def test_going_to_live_with_grandparents(text: str, home: str | None, current: str | None) -> None:
    said = read_message(text)
    assert (said.get("home_province") or {}).get("name") == home
    assert (said.get("current_province") or {}).get("name") == current


@pytest.mark.parametrize(("text", "consent", "rest"), [
    ("ได้เจ้า แต่บ่เอาไปประกาศเน่อ บ่มีค่ารถเจ้า", True, "บ่มีค่ารถเจ้า"),  # dev81
    ("ได้ แต่ห้ามแชร์นะ", True, ""),
    ("ได้ครับ แต่ไม่อยากให้เก็บข้อมูล", None, ""), ("ได้ค่ะ แต่ไม่อยากให้ใครรู้", None, ""),
])
def test_a_yes_on_a_condition_the_notice_keeps(text: str, consent: bool | None,
                                               rest: str) -> None:
    assert split_consent(text) == (consent, rest)


def test_just_asking_first_is_no_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สอบถามแหน่เด้อ")
    chat.say("ถามเฉยๆก่อนค่ะ บ่ต้องเก็บ")
    assert chat.state.data.get("consent") is not True
    reply = chat.text("อยากฮู้ว่าต้องรอจักมื้อค่ะ")  # Isan "how many days" (dev81)
    assert "15 วัน" in reply


def test_isan_how_many_days_asks() -> None:
    assert is_question("ขอค่ารถกลับบ้าน ต้องรอจักมื้อคะ ถ้าบ่ด่วน ยังมีบ่อนพักอยู่")


def test_an_age_range_in_words_leaves_the_count_unread() -> None:
    # "สองสาม" (two or three) has no one number: no "None" written into the text (review 2)
    assert listed_people("ผม ลูกสองสามขวบ") is None
