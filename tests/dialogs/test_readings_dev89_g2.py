"""The dev89 and dev90 readings of group g2: one who asks for a friend or a cousin, one
who calls themself เค้า, a friend already home, a stop at a bus terminal said now, a kin who
cannot come and fetch, a yes with its reason, Latin-letter Thai, the Malay "anak", a name
said to be a grandparent's, a hospital bench again tonight."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs.cards import writes_for_others
from dialogs.readers import read_name
from dialogs.slang import typed_in_thai
from dialogs.understand import read_message
from dialogs.urgency import read_urgent
from dialogs.writer_place import for_another


def _place(text: str, key: str = "current_province") -> str | None:
    said: dict[str, Any] = read_message(text).get(key) or {}
    return said.get("name")


# --- asking for a friend, a cousin: the writer's own place is not the traveller's ---

@pytest.mark.parametrize(("text", "where"), [
    ("หนูจะขอความช่วยเหลือให้พี่แจ๋วค่ะ ลูกป้าหนูเอง หนูอยู่กทมค่ะ แต่พี่เค้าอยู่บางพลี"
     " ผัวทิ้งไปแล้ว พี่เค้าโทรมาร้องไห้", "สมุทรปราการ"),
    ("ขอถามให้เพื่อนครับ ไอ้โจ้มันทำงานโรงงานอยู่อยุธยา โดนเลิกจ้าง ไม่มีตังกลับเลย"
     " บ้านมันอยู่เลยครับ ด่านซ้าย ผมอยู่รังสิต ช่วยมันได้แค่ค่าข้าว", "พระนครศรีอยุธยา"),
])
def test_the_writer_asking_for_another_is_elsewhere(text: str, where: str) -> None:
    assert _place(text) == where


@pytest.mark.parametrize("text", [
    "หนูจะขอความช่วยเหลือให้พี่แจ๋วค่ะ ลูกป้าหนูเอง", "ขอถามให้เพื่อนครับ"])
def test_asking_for_another_is_writing_for_others(text: str) -> None:
    assert for_another(text)
    assert writes_for_others(text.replace(" ", ""))


@pytest.mark.parametrize(("text", "where"), [
    ("ขอความช่วยเหลือให้พี่หน่อยค่ะ หนูอยู่กทม ไม่มีค่ารถกลับบ้าน", "กรุงเทพมหานคร"),  # พี่: oneself
    ("ขอความช่วยเหลือให้แม่กับหนูด้วยค่ะ หนูอยู่กทม", "กรุงเทพมหานคร"),  # the writer goes too
])
def test_the_writer_asking_for_themself_stays_here(text: str, where: str) -> None:
    assert _place(text) == where


@pytest.mark.parametrize("text", ["ช่วยถามให้เพื่อนหน่อย", "ขอความช่วยเหลือให้พี่หน่อยค่ะ",
                                  "ขอความช่วยเหลือให้แม่กับหนู"])
def test_no_other_written_for(text: str) -> None:
    assert not writes_for_others(text.replace(" ", ""))


# --- เค้า as the writer, by asking for another; มัน's house is home ---

def test_the_writer_calling_themself_kao_is_elsewhere() -> None:
    text = ("เค้าขอถามแทนเพื่อนได้ก่อเจ้า เพื่อนเค้าติดอยู่หมอชิต แฟนมันหลอกเอาตังไปหมดเลย"
            " ตอนนี้มันนั่งไห้อยู่ในสถานี เค้าอยู่เจียงใหม่ ไปฮับมันบ่ได้ 😭 บ้านมันอยู่ลำปางเจ้า")
    assert (_place(text), _place(text, "home_province")) == ("กรุงเทพมหานคร", "ลำปาง")


@pytest.mark.parametrize("text", [
    "ขอถามแทนเพื่อนค่ะ เค้าอยู่ระยอง ไม่มีค่ารถกลับ",  # เค้า the friend: no writer named so
    "เค้าขอถามแทนเพื่อนค่ะ เพื่อนเค้าอยู่ระยอง ไม่มีค่ารถกลับ"])  # the friend's place
def test_kao_of_another_keeps_the_place(text: str) -> None:
    assert _place(text) == "ระยอง"


@pytest.mark.parametrize(("text", "home"), [
    ("บ้านมันอยู่ลำปาง", "ลำปาง"), ("บ้านมันอยู่ไกล", None)])
def test_his_house_is_home(text: str, home: str | None) -> None:
    assert _place(text, "home_province") == home


# --- home already, the going home told as done ---

def test_a_friend_already_home() -> None:
    text = ("เค้าขอถามแทนเพื่อนค่ะ เพื่อนเค้าชื่อแพรว เมื่อวานยืมตังคนที่ทำงานนั่งรถกลับบ้านที่ยโสธรแล้ว"
            " ตอนนี้ถึงบ้านแล้วค่ะ เค้าอยู่ระยอง ทำงานที่เดียวกับมัน จะขอเงินค่ารถคืนให้มันได้มั้ยคะ")
    assert (_place(text), _place(text, "home_province")) == ("ยโสธร", "ยโสธร")


@pytest.mark.parametrize("text", ["อยากกลับบ้านที่ยโสธร พอถึงบ้านแล้วจะโทรบอก",
                                  "อยากกลับยโสธรค่ะ ถึงบ้านแล้วจะหางานทำ"])
def test_home_wished_is_not_home_reached(text: str) -> None:
    assert (_place(text), _place(text, "home_province")) == (None, "ยโสธร")


# --- where one is now, at a bus terminal, beats where the writer lives ---

def test_now_at_a_terminal() -> None:
    text = ("สวัสดีค่ะ พี่อยู่ชัยภูมิ บ้านติดกันกับบ้านหนุ่มค่ะ หนุ่มเพิ่นเป็นใบ้ หูบ่ได้ยิน"
            " ขึ้นรถผิดคัน ตอนนี้ไปตกอยู่ขนส่งโคราช มีคนโทรมาบอกแม่เพิ่น")
    assert _place(text) == "นครราชสีมา"


def test_a_place_once_lived_in_is_not_now() -> None:
    assert _place("พี่อยู่ชัยภูมิ เมื่อก่อนเคยไปอยู่โคราช") == "ชัยภูมิ"


# --- a kin who cannot come and fetch does not travel ---

@pytest.mark.parametrize("text", ["มีคนโทรมาบอกแม่เพิ่น แม่เพิ่นแก่แล้ว ไปรับบ่ไหว บ่มีเงินนำ",
                                  "แม่แก่แล้ว ไปรับไม่ไหว"])
def test_the_age_of_one_who_cannot_fetch(text: str) -> None:
    assert "elderly" not in (read_message(text).get("special_needs") or ())


@pytest.mark.parametrize(("text", "need"), [
    ("แม่แก่แล้ว อยากกลับบ้าน", "elderly"), ("แม่ป่วย ไปรับยาไม่ได้", "sick")])
def test_a_need_with_no_fetching_kept(text: str, need: str) -> None:
    assert need in (read_message(text).get("special_needs") or ())


# --- urgency: a yes and its reason; a bench again tonight ---

@pytest.mark.parametrize(("text", "urgent"), [
    ("ค่ะ ไม่มีข้าวกินเลย", True),
    ("นอนม้านั่งโรงบาลครับ ข้าวก็กินวันละมื้อ คืนนี้ก็ต้องนอนตรงนั้นอีก", True),
    ("คืนนี้ต้องนอนม้านั่งโรงพยาบาลอีก", True),
    ("ค่ะ ไม่รู้", None),                              # a bare particle, then a doubt
    ("ค่ะ ไม่มีข้าวกิน แต่ไม่ด่วน", False),
    ("ไม่มีข้าวกินเลยค่ะ", True),  # hunger now, the reason said alone (dev97, dev94)
    ("ตกงานค่ะ", None),                               # a lost job alone: no hunger said
    ("คืนนี้ต้องนอนม้านั่งเฝ้าแม่ที่โรงพยาบาล", None),  # by a bedside
    ("นอนม้านั่งเฝ้าแม่ คืนนี้ก็ต้องนอนตรงนั้นอีก", None),
    ("นอนม้านั่งโรงบาลครับ", None),
])
def test_urgency(text: str, urgent: bool | None) -> None:
    assert read_urgent(text, None) is urgent


# --- counts: Latin-letter Thai, the Malay "anak" ---

@pytest.mark.parametrize("text", [
    "pom kab puean 2 kon ma tam ngan kor sang yu huahin pu rub mao nee pai mai jai ngern"
    " mai mee ngern glub baan sakon",
    "ตอนนี้นอนสถานีกลางบางซื่อกับอาเนาะ ๒ คน"])
def test_the_writer_and_two_more(text: str) -> None:
    assert read_message(text).get("travellers") == 3


@pytest.mark.parametrize(("text", "spelt"), [
    ("มีอาเนาะ 3 คน", "มีลูก 3 คน"), ("อาเนาะ 2 ขวบ", "ลูก 2 ขวบ"),
    ("ไปกับอาเนาะ", "ไปกับอาเนาะ"),                       # อา and the particle เนาะ
    ("Pom krub", "Pom krub"), ("Pom 0812345678", "Pom 0812345678")])  # a name
def test_spelt(text: str, spelt: str) -> None:
    assert typed_in_thai(text) == spelt


# --- a name said to be a grandparent's ---

@pytest.mark.parametrize(("text", "name"), [
    ("จันทร์ต๊ะ ใจปิน ครับ ชื่อป้ออุ๊ย 0898127345", "จันทร์ต๊ะ ใจปิน"),
    ("อาแซ สะมะแอ ค่ะ (ชื่อโต๊ะ)", "อาแซ สะมะแอ")])
def test_whose_name(text: str, name: str) -> None:
    assert read_name(typed_in_thai(text), None) == name
