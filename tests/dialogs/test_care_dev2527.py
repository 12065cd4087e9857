"""Care and urgency read in dev25-dev27: a pregnancy said as the cause ("ตกงานด้วยเพราะท้อง"),
never the belly; a neighbour writing for an old man ("ตาไม่มีรายได้") is asked his care; HIV
alone is no care need on the way; "ม่ายด่วน" is not urgent; a care need told in a plea
for help before consent ("ฉัน หูหนวก ช่วย ได้ไหม") leaves the care asked."""

from __future__ import annotations

import pytest

from dialogs.care_answers import someone_else_alone
from dialogs.elder_title import elder_hinted, elder_named
from dialogs.engine import Dialog
from dialogs.parse import facts_of
from dialogs.urgency import read_urgent, said_urgency

from .test_engine import Chat, consented


def needs(text: str) -> list[str]:
    return sorted(facts_of(text).special_needs)


@pytest.mark.parametrize("text", [
    "บ่มีเงินค่ารถค่ะ แฟนทิ้งไปแล้ว ตกงานด้วยเพราะท้อง",  # dev25 pregnant Isan woman
    "น้องเขาไม่มีเงินเลยจ้า งานก็ไม่มีเพราะท้องแก่ ข้าวก็แบ่งพี่กินอยู่",  # dev25 southern
    "ตอนนี้ท้องค่ะ", "ตอนนี้ท้อง 5 เดือน", "กำลังท้องลูกคนแรก", "ท้องอยู่ค่ะ", "หนูท้องอยู่ค่ะ",
    "ท้องได้ 6 เดือน", "ลูกในท้องอยู่ดี",
])
def test_a_pregnancy_said_so_is_read(text: str) -> None:
    assert "pregnant" in needs(text)


@pytest.mark.parametrize("text", [
    "กินไม่ได้เพราะท้องเสีย", "ตอนนี้ท้องว่างมาก", "ปวดท้องอยู่ค่ะ", "หิวจนท้องกิ่ว", "ท้องร้อง",
    "เจ้าหน้าที่ท้องถิ่นช่วย", "ไปแจ้งท้องที่แล้ว", "ตอนนี้ท้องฟ้ามืด", "ทำท้องนา",
    "ตอนนี้ท้องหิวมาก", "เพราะท้องไม่ดี", "ไม่ได้ท้องอยู่", "อาหารไม่ย่อย แน่นท้องอยู่",
    "กำลังท้องเสีย", "ไปเที่ยวเพราะท้องทะเลสวย",
])
def test_the_belly_or_a_place_is_no_pregnancy(text: str) -> None:
    assert "pregnant" not in needs(text)


def test_a_neighbour_speaking_of_grandpa_hints_an_elder() -> None:
    # dev25 slum neighbour for an old man with cancer: his care is asked, not taken as none
    text = "ตาไม่มีรายได้ ไม่มีเงินเลยค่ะ ข้าวก็ข้างบ้านช่วยกันส่ง ค่ารถกลับก็ไม่มี"
    assert elder_hinted(text) == {"care_again": True}


@pytest.mark.parametrize("text", ["ตาไม่ดีค่ะ", "ตามองไม่ค่อยชัด", "ไม่มีเงินเลยค่ะ",
                                  "ตามหาลูกค่ะ ไม่มีเงิน"])
def test_the_eye_or_money_alone_hints_no_elder(text: str) -> None:
    assert elder_hinted(text) == {}


def test_grandpa_alone_for_a_neighbour_is_asked_his_care(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ตาไม่มีรายได้ ไม่มีเงินเลยค่ะ ข้าวก็ข้างบ้านช่วยกันส่ง ค่ารถกลับก็ไม่มี")
    chat.say("มีบัตรค่ะ")
    chat.say("กทม.ค่ะ คลองเตย")
    chat.say("สุพรรณบุรีค่ะ")
    chat.text("1 คน ไม่ด่วน", "n:1:no")  # "ตาคนเดียวค่ะ", a button tapped
    assert chat.state.data.get("slot") == "special_needs"


@pytest.mark.parametrize("text", ["ตาคนเดียวค่ะ", "ยายคนเดียวค่ะ", "ลุงคนเดียวครับ", "ป้าคนเดียวค่ะ",
                                  "ปู่คนเดียวค่ะ", "ย่าคนเดียวจ้ะ"])
def test_an_elder_alone_is_one_other_than_the_writer(text: str) -> None:
    assert someone_else_alone(text)


def test_a_name_after_an_elders_title_records_the_elder() -> None:
    assert elder_named({}, "ตาชื่อ ทวี ค่ะ") == {"special_needs": ["elderly"]}  # dev25
    assert elder_named({"special_needs": ["sick"]}, "ยายเขาชื่อจันทร์") == {
        "special_needs": ["elderly", "sick"]}


@pytest.mark.parametrize("text", ["ชื่อ ทวี ค่ะ", "ป้าชื่อแดง", "ตาหวานชื่อเล่น", "ตาชื่อ"])
def test_other_names_record_no_elder(text: str) -> None:
    assert elder_named({}, text) == {}


@pytest.mark.parametrize("text", [
    "หนูติดเชื้อ HIV กินยาต้านอยู่",  # dev26: healthy, travels alone
    "ผมติดเชื้อHIVครับ", "เป็นผู้ติดเชื้อค่ะ", "ติดเชื้อเอดส์ กินยาต่อเนื่อง",
])
def test_hiv_alone_is_no_care_on_the_way(text: str) -> None:
    assert "sick" not in needs(text)


@pytest.mark.parametrize("text", [
    "ผมติดเชื้อ HIV ครับ ต้องกินยาต้านทุกวัน ช่วงนี้ป่วยบ่อย",  # dev23
    "เป็นผู้ติดเชื้อHIV กินยาต้านอยู่ ยังอ่อนเพลียหลังป่วยค่ะ",  # dev18
    "มือติดเชื้อครับ", "แผลติดเชื้อ มีหนอง", "ติดเชื้อในกระแสเลือด", "เป็นเอดส์",
])
def test_illness_or_another_infection_still_is(text: str) -> None:
    assert "sick" in needs(text)


@pytest.mark.parametrize("text", [
    "ม่ายด่วนครับ ยังนอนบ้านน้องเมียได้ แต่อยู่นานไม่ได้ เกรงใจเขา",  # dev26 southern man
    "หม่ายรีบค่ะ", "ม่ายค่อยด่วน",
])
def test_a_playful_no_before_urgency_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False
    assert said_urgency(text) is False


@pytest.mark.parametrize("text", ["ด่วนครับ", "แม่ม่ายด่วนมากค่ะ ไม่มีที่นอน"])
def test_urgency_still_is(text: str) -> None:
    assert read_urgent(text, None) is True


def test_a_care_need_in_a_plea_for_help_is_asked_again(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ฉัน หูหนวก ช่วย ได้ไหม")  # dev25 deaf woman: read as a plea, not a story
    chat.say("ยินยอม")
    assert chat.state.data.get("care_again") is True


def test_a_plea_with_no_care_need_is_not() -> None:
    assert elder_hinted("ช่วยด้วยครับ ไม่มีเงิน") == {}
