"""dev102 (group gI): the writer's own place, phone and name beside those of the one
written for: a grown child gone off to work is another's trouble, the writer's place in an
answer to the card and the place, a villager back home now, Isan หมู่ (friends), a mother
asked by her daughter to tell it, a card brought along."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs.answering import written_for
from dialogs.cards import others_card
from dialogs.engine import Dialog
from dialogs.understand import read_message
from dialogs.urgency import read_urgent
from dialogs.writer_place import for_another, writer_marks

from .test_engine import Chat
from .test_intake import asked


def _place(text: str, key: str) -> str | None:
    found = read_message(text).get(key)
    return found["name"] if found else None


def _story(dialog: Dialog, *messages: str) -> Chat:
    chat = Chat(dialog)
    chat.say("สวัสดีครับ")
    for m in messages:
        chat.say(m)
    chat.say("ยินยอมครับ")
    return chat


def _answers(chat: Chat) -> dict[str, Any]:
    return dict(chat.state.data.get("answers") or {})


# --- a grown son or daughter gone off to work: another's trouble (Roi Et father) ---
@pytest.mark.parametrize("text", [
    "ลูกชายผมไปเฮ็ดงานโรงงานอยู่ชลบุรี โรงงานปิด บ่มีเงินค่ารถกลับบ้านครับ",
    "ลูกสาวไปทำงานที่ระยอง ตกงาน ไม่มีค่ารถกลับ",
    "ลูกชายคนโตผมไปรับจ้างอยู่ภูเก็ตครับ"])
def test_grown_child_gone_to_work_is_another(text: str) -> None:
    assert for_another(text)


@pytest.mark.parametrize("text", [
    "ผมกับลูกชายไปทำงานที่ระยอง", "ลูกชายไปทำงานด้วยกันกับผม", "ลูกสาวมาทำงานกับแม่ที่ระยอง",
    "ลูกชายหนูป่วย", "ลูกอายุ 1 ขวบค่ะ"])
def test_child_with_the_writer_is_not_another(text: str) -> None:
    assert not for_another(text)


def test_writer_place_dropped_and_the_sons_kept() -> None:
    story = ("ลูกชายผมไปเฮ็ดงานโรงงานอยู่ชลบุรี โรงงานปิด บ่มีเงินค่ารถกลับบ้านครับ "
             "ผมอยู่ร้อยเอ็ด ผมก็บ่มีเงินส่งไปให้ครับ")
    answers = read_message(story)
    assert answers["current_province"]["name"] == "ร้อยเอ็ด"  # the writer's, read alone
    marks, kept = writer_marks({}, {}, answers, story, ())
    assert marks == {"for_another": True, "writer_current_province": "TH-45"}
    assert kept["current_province"]["name"] == "ชลบุรี"


def test_roi_et_father_story(dialog: Dialog) -> None:
    chat = _story(dialog, "ลูกชายผมไปเฮ็ดงานโรงงานอยู่ชลบุรี โรงงานปิด บ่มีเงินค่ารถกลับบ้านครับ",
                  "ผมอยู่ร้อยเอ็ด ผมก็บ่มีเงินส่งไปให้ครับ")
    assert _answers(chat)["current_province"]["name"] == "ชลบุรี"
    assert chat.state.data.get("writer_current_province") == "TH-45"


# --- the writer's place said in the answer to the card and the place (Surat son) ---
def test_writer_place_beside_card_answer(dialog: Dialog) -> None:
    chat = _story(dialog, "พ่อผมเพิ่งพ้นโทษออกจากเรือนจำกลางสุราษฎร์ธานีเมื่อวานครับ อายุ61แล้ว",
                  "ผมทำงานอยู่กรุงเทพ เงินเดือนยังไม่ออก ไม่มีเงินส่งให้พ่อเลย พ่ออยากกลับบ้านที่มุกดาหาร")
    chat.say("พ่อไม่มีเงินเลยครับ ค่ารถก็ไม่มี ข้าวก็ไม่มีกิน")
    if asked(chat) == "hardship":
        chat.say("ไม่มีค่ารถครับ")
    assert asked(chat) == "id_card"
    chat.say("มีครับ แต่หมดอายุไปตอนอยู่ในเรือนจำ พ่ออยู่สุราษฎร์ครับ แถวหน้าเรือนจำ (ผมอยู่กทม.)")
    assert _answers(chat)["current_province"]["name"] == "สุราษฎร์ธานี"
    assert _answers(chat)["id_card"] is True


# --- back home now, after the work away (Kalasin village head) ---
@pytest.mark.parametrize("text", [
    "ลูกบ้านผมชื่อลุงคำปั่น ไปทำงานที่ชลบุรีแล้วโดนเลิกจ้าง อาทิตย์ก่อนผมยืมเงินกองทุนหมู่บ้าน"
    "ให้เขาซื้อตั๋วกลับมา ตอนนี้เขาอยู่บ้านแล้วครับ",
    "ไปทำงานที่ระยอง ตกงาน ตอนนี้กลับมาอยู่บ้านแล้วครับ",
    "ผมไปรับจ้างที่ภูเก็ตครับ ตอนนี้ผมถึงบ้านแล้ว"])
def test_workplace_left_when_home_now(text: str) -> None:
    assert _place(text, "current_province") is None


@pytest.mark.parametrize("text", [
    "ไปทำงานที่ชลบุรี ตอนนี้แม่อยู่บ้านแล้ว",  # kin at home, not the one told of
    "ไปทำงานที่ชลบุรี ตอนนี้อยากกลับไปอยู่บ้านแล้ว",  # a wish
    "มาทำงานที่ระยอง ตกงาน ไม่มีค่ารถกลับบ้าน"])
def test_workplace_kept(text: str) -> None:
    assert _place(text, "current_province") in ("ชลบุรี", "ระยอง")


# --- Isan หมู่, friends: a friend's room is a place for now (Roi Et father) ---
@pytest.mark.parametrize("text", [
    "ตอนนี้อาศัยนอนห้องหมู่เขาอยู่ครับ ข้าวหมู่ก็แบ่งให้กิน",
    "นอนห้องหมู่ได้อยู่ครับ", "พักบ้านหมู่อยู่ครับ"])
def test_friends_room_in_isan_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False


@pytest.mark.parametrize("text", ["นอนบ้านหมู่ 5 ครับ", "นอนบ้านหมู่สามครับ"])
def test_village_number_is_no_friend(text: str) -> None:
    assert read_urgent(text, None) is None


# --- a mother asked by her daughter to tell it (Nakhon Si Thammarat) ---
@pytest.mark.parametrize("text", [
    "ยินยอมค่ะ ลูกให้แม่ช่วยแจ้ง", "ลูกสาวขอให้ช่วยติดต่อค่ะ", "เพื่อนให้ผมช่วยพิมพ์ครับ",
    "ฉานอยู่นคร ไม่มีรถไปรับ เงินก็ไม่มี ช่วยให้ลูกกลับมาบ้านหน่อยค่ะ",
    "ช่วยพาลูกกลับมาบ้านด้วยค่ะ"])
def test_written_for_others(text: str) -> None:
    assert written_for(text) == {"writes_for": "others"}


@pytest.mark.parametrize("text", [
    "ให้แม่ช่วยแจ้งได้ไหม", "แม่ให้หนูช่วยแจ้งได้ไหมคะ", "ลูกค้าให้ผมช่วยแจ้ง",
    "ช่วยให้ลูกกลับบ้านหน่อยค่ะ"])  # (going too, maybe)
def test_not_written_for_others(text: str) -> None:
    assert written_for(text) == {}


@pytest.mark.parametrize(("text", "has"), [
    ("ลูกมีบัตรค่ะ หยิบติดตัวมา", True), ("ลูกมีบัตรค่ะ เอามาด้วย", True),
    ("ลูกมีบัตรค่ะ ไม่ได้หยิบมา", None), ("ลูกไม่มีบัตรค่ะ หยิบมาไม่ทัน", None)])
def test_card_brought_along(text: str, has: bool | None) -> None:
    assert others_card(text, anyone=True) is has


def test_nakhon_mother_card_and_name(dialog: Dialog) -> None:
    chat = _story(dialog, "ลูกสาวฉานอยู่บางนา หนีผัวมา ผัวมันตบตี ตอนนี้อุ้มลูกแปดเดือนนั่งอยู่หน้าเซเว่น"
                  " ไม่มีตังสักบาท", "ฉานอยู่นคร ไม่มีรถไปรับ เงินก็ไม่มี ช่วยให้ลูกกลับมาบ้านหน่อยค่ะ")
    assert chat.state.data.get("writes_for") == "others"
    while asked(chat) not in ("id_card", None) and chat.state.name != "confirm":
        chat.say("ได้ค่ะ ยินยอม")
    assert asked(chat) == "id_card"
    chat.say("ลูกมีบัตรค่ะ หยิบติดตัวมา")
    assert _answers(chat)["id_card"] is True


# the writer's own home told after the traveller's places, a space before its district
# ("บ้านดิฉันอยู่ อ.ทุ่งสง", dev85): the whole clause dropped, never "บ้าน อ.ทุ่งสง" left
# to read as where the traveller is
def test_the_writers_home_clause_is_dropped_whole() -> None:
    from dialogs.writer_place import without_writer
    text = "พ่อมีบัตรประชาชนค่ะ นครสวรรค์ค่ะ นครศรีธรรมราชค่ะ พ่อเกิดที่นี่ บ้านดิฉันอยู่ อ.ทุ่งสง"
    kept = without_writer(text, {"for_another": True})
    assert kept == "พ่อมีบัตรประชาชนค่ะ นครสวรรค์ค่ะ นครศรีธรรมราชค่ะ พ่อเกิดที่นี่"
    assert without_writer("พ่ออยู่สุราษฎร์ ผมอยู่กทม.ครับ", {"for_another": True}) == "พ่ออยู่สุราษฎร์"
    assert without_writer("ผมอยู่กทม. พ่ออยู่สุราษฎร์", {"for_another": True}) == "พ่ออยู่สุราษฎร์"
