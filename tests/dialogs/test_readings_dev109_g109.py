"""dev109 (writing for another): the readings that went wrong, each with the sentence as
written and near misses that must not be read the same way."""

from __future__ import annotations

import pytest

from dialogs.consent_words import own_facts
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.parse import parse_phone
from dialogs.understand import read_message
from dialogs.writer_place import for_another, own_place

from .test_engine import Chat

# -- a wish to ask, or a case supposed, before consent: nothing of the person's own kept --


@pytest.mark.parametrize("text", ["เจริญพร อาตมาขอถามหน่อย", "สอบถามครับ ผมอาสากู้ภัย"])
def test_a_wish_to_ask_alone_is_not_kept(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert not chat.state.data.get("pending")


@pytest.mark.parametrize("text", [
    "สอบถามครับ ผมเพิ่งออกจากคุก ไม่มีค่ารถกลับบ้าน",  # the writer's own trouble beside it
    "ขอสอบถามแทนโยมคนหนึ่งที่มาอาศัยวัดอยู่",  # whom one writes for
])
def test_a_wish_to_ask_with_something_told_is_kept(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.state.data.get("pending")


def test_a_case_supposed_is_nobodys_own_fact() -> None:
    assert not own_facts("ถ้าคนที่จะขอความช่วยเหลือมีที่พักแล้ว ไม่ด่วน เรื่องจะเสร็จภายในกี่วันครับ")
    # the writer's own case, asked about: theirs
    assert own_facts("ถ้าผมมีที่พักแล้ว ไม่ด่วน เรื่องจะเสร็จภายในกี่วันครับ")
    assert own_facts("คนที่จะขอความช่วยเหลือมีที่พักแล้ว ไม่ด่วน เรื่องจะเสร็จภายในกี่วันครับ")
    assert own_facts("ถ้าอยากกลับบ้านแต่ไม่มีเงิน ขอให้ช่วยได้ไหมคะ")  # no one else named: the writer


# -- the name of the one written for, "he" after their title -----------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("โยมเขาชื่อ สมบัติ", "สมบัติ"), ("คนไข้เขาชื่อ คำแสง", "คำแสง"), ("ลุงเขาชื่อ ทองดี", "ทองดี")])
def test_the_name_after_a_title_and_he_is_theirs(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


def test_his_parents_name_is_no_name() -> None:
    assert extract_name("แม่เขาชื่อ มาลี", bare=True) is None  # his mother's
    assert extract_name("โยมเขาชื่อ สมบัติ") is None  # in a story, not the answer: not read


# -- wound care is a health need ------------------------------------------------------


def test_wound_care_is_a_health_need() -> None:
    assert parse_needs("อยากให้ช่วยประสานรพ.ใกล้บ้านเรื่องล้างแผลต่อค่ะ") == ["health"]
    assert parse_needs("ต้องทำแผลทุกวันค่ะ") == ["health"]
    assert parse_needs("ไม่ต้องล้างแผลแล้วค่ะ") == []  # denied
    assert "health" not in parse_needs("เคยผ่าตัดไส้ติ่งตอนเด็ก มีแผลเป็น")


# -- "a family" is no count of one ----------------------------------------------------


def test_a_family_is_not_one_person() -> None:
    said = read_message("มีผู้เสียหายครอบครัวหนึ่ง สามีภรรยาและลูกเล็ก ถูกนายหน้าหลอกมาทำงาน เงินหมด")
    assert "travellers" not in said and said["special_needs"] == ["child"]
    assert read_message("ครอบครัว 4 คน")["travellers"] == 4  # people counted
    assert read_message("ครอบครัวผม 3 คนครับ")["travellers"] == 3


# -- the writer's own place, the kin away on their own trip ---------------------------

DAUGHTER = ("แม่ไปงานศพญาติที่ภูเก็ต ขากลับโดนล้วงกระเป๋าที่บขส. เงินหายหมด ตอนนี้แม่นั่งอยู่บขส.ภูเก็ต "
            "หนูอยู่กทม.ก็ไม่มีจะโอนให้ หนูเพิ่งตกงานเหมือนกัน")


def test_a_kin_away_at_a_funeral_is_written_for() -> None:
    assert for_another(DAUGHTER)
    assert own_place(DAUGHTER) == ("current_province", "TH-10")
    assert not for_another("แม่ไปงานศพกับหนูที่ภูเก็ต")  # the writer went too
    assert not for_another("ผมไปงานศพที่ภูเก็ต")  # the writer's own trip


def test_the_writers_place_is_not_the_mothers(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ฮัลโหล ช่วยแม่หนูหน่อยค่ะ")
    chat.say(DAUGHTER)
    chat.say("ยินยอม", "consent:yes")
    place = chat.state.data["answers"].get("current_province")
    assert place is None or place["name"] == "ภูเก็ต"


# -- the phone chosen over the first ----------------------------------------------------


@pytest.mark.parametrize(("text", "phone"), [
    ("เบอร์แม่ 0857731904 แต่แม่ไม่ค่อยได้ยินเสียงเรียกเข้า ใช้เบอร์หนูดีกว่าค่ะ 0968825137",
     "0968825137"),
    ("เบอร์แม่เขา 084-331-7290 อ่ะ เอ๊ะ ไม่เอาดีกว่า แม่เขาไม่ค่อยรับสาย เอาเบอร์ป้า 095-221-8846 ละกัน",
     "0952218846"),
    ("0857731904 ใช้เบอร์นี้ดีกว่าค่ะ 0968825137 เบอร์เก่า", "0857731904"),  # this one kept
    ("0857731904 หรือโทรหาแม่ 0968825137", "0857731904"),  # a second one, no "rather"
    ("เบอร์ผม 0857731904 ถ้าโทรไม่ติดใช้เบอร์แม่แทน 0968825137", "0857731904"),  # one to try
])
def test_the_number_chosen_instead_is_the_one(text: str, phone: str) -> None:
    assert parse_phone(text) == phone


# -- a card soaked in sweat -------------------------------------------------------------


def test_a_card_soaked_in_sweat_is_damaged() -> None:
    said = read_message("บัตรมีครับ แต่เปียกเหงื่อจนเปื่อย รูปลอกหมด เลขยังพออ่านได้")
    assert said["id_card"] is True and said["id_card_state"] == "damaged"
    assert "id_card_state" not in read_message("บัตรมีครับ แต่เปียกเหงื่อนิดหน่อย")
    assert "id_card_state" not in read_message("มีครับ แต่เสื้อผมเปียกเหงื่อจนเปื่อย")


# -- dementia named as an illness --------------------------------------------------------


def test_dementia_named_as_ones_illness_is_sick() -> None:
    assert read_message("พ่อผมเป็นอัลไซเมอร์ หลงออกจากบ้าน")["special_needs"] == [
        "cannot_travel_alone", "sick"]
    assert "sick" not in read_message("น่าจะเป็นอัลไซเมอร์ครับ").get("special_needs", [])  # a guess
    assert "sick" not in read_message("หมอว่าสมองเสื่อม").get("special_needs", [])
    assert read_message("ไม่ได้เป็นอัลไซเมอร์ครับ").get("special_needs") is None  # denied


# -- where to sleep asked back: nowhere ---------------------------------------------------


def test_where_to_sleep_asked_back_is_no_shelter() -> None:
    said = read_message("จะไปนอนที่ไหนล่ะครับ คงป้ายรถเมล์แหละ ข้าวเย็นก็ยังไม่มี")
    assert said["no_shelter"] is True
    assert "no_shelter" not in read_message("คืนนี้จะนอนที่ไหนได้บ้างครับ")  # a real question
    assert "no_shelter" not in read_message("ถ้าจะไปนอนที่ไหนล่ะคะ ต้องทำยังไง")


# -- an elder's age after "alone" ---------------------------------------------------------


def test_an_age_after_an_elder_alone_is_theirs() -> None:
    assert read_message("ป้าคนเดียวค่ะ 66") == {"travellers": 1, "special_needs": ["elderly"]}
    assert "special_needs" not in read_message("ลุงคนเดียวครับ 100 บาท")  # a sum
    assert "special_needs" not in read_message("ป้าคนเดียวค่ะ 2 คน")
