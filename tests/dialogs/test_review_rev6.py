"""Review rev6: probes of "ม่าย" asking, which number asked, a bare "ไม่มี" to "which
trouble?", a bare "ค่ะ" to "may we record this?" after sending, and an arrival as here."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.questions import is_question
from dialogs.readers import read_hardship
from dialogs.types import AddNeeds, RequestHandoff
from dialogs.understand import read_message

from .test_after_needs import sent


@pytest.mark.parametrize("text", [
    "มีเจ้าหน้าที่ไปส่งด้วยม่ายคะ", "ได้ม่ายคับ", "มีม่ายคะ", "ไปได้ม่ายจ้ะ",
])
def test_maai_after_a_word_asks(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize("text", [
    # a widow misspelt, a no after a word, one's own no
    "หนูเป็นหม่ายคะ ผัวตายแล้ว", "ผมเป็นพ่อหม่ายครับ ลูกสองคน", "หม่ายคะ", "เปนหม่ายครับ",
    "ยังม่ายคะ", "ยังม่ายครับ ยังไม่ได้รับเงินเลย", "คงม่ายครับ", "ก็ม่ายคะ", "อ๋อม่ายครับ",
    "หนูม่ายคะ", "ไม่ม่ายคะ", "เค้าบอกม่ายครับ", "แม่บอกม่ายคะ", "ก็เลยม่ายครับ ไม่ไปแล้ว",
])
def test_maai_as_a_widow_or_a_no_never_asks(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize("text", [
    "ต้องโทรเบอร์ไหนคะ", "ถ้าเดือดร้อนตอนกลางคืน โทรเบอร์ได๋ได้ตลอด24ชั่วโมงครับ",
    "ติดต่อทางไหนได้บ้าง", "ขอความช่วยเหลือได้ช่องทางไหนคะ", "เบอร์ไหนติดต่อได้ผมใช้หมดแล้ว",
])
def test_which_number_or_way_asks(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize("text", [
    "ไม่มีทางไหนได้แล้วค่ะ ไม่มีเงินเลย", "ไม่รู้จะไปทางไหนได้ ตังค์หมด", "ไปทางไหนได้ก็ไปครับ",
    "หาทางไหนได้ก็หาแล้วค่ะ", "จำไม่ได้ว่าเบอร์ไหน มือถือหาย", "ไม่รู้ว่าแม่ใช้เบอร์ไหน",
    "โทรเบอร์ไหนไม่ติดสักเบอร์", "บ่มีเบอร์ได๋ค่ะ", "บ่ฮู้ว่าเบอร์ได๋", "จำบ่ได้ว่าเบอร์ได๋",
    "บ่มีทางได๋ได้แล้ว", "ไม่มีช่องทางไหนเลย", "ไม่เหลือเบอร์ไหนเลย", "ยังบ่ได้โทรหาเบอร์ได๋ครับ",
    "ยังไม่ได้โทรเบอร์ไหนเลยค่ะ", "ไม่ได้โทรเบอร์ไหนครับ", "เบอร์ไหนกะได้",
])
def test_no_number_none_called_or_any_never_asks(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize("text", [
    "ไม่มีครับผม", "ไม่มีค่ะะ", "ไม่มีอ่ะ", "ไม่มีอะ", "ไม่มีค้าบ", "ไม่มีคร้าบ", "ไม่มีหรอก",
    "ไม่มีหรอกค่ะ", "ไม่มีๆ",
])
def test_a_bare_have_not_however_ended_is_asked_again(text: str) -> None:
    assert read_hardship(text, None) is None  # (was read as no trouble at all: refused)


@pytest.mark.parametrize(("text", "read"), [
    ("ไม่มีเงิน", {"no_food": True, "no_fare": True}), ("ไม่มีที่นอน", {"no_shelter": True}),
    ("ไม่มีปัญหา", dict.fromkeys(("no_shelter", "no_food", "no_fare"), False)),
])
def test_a_have_not_with_its_thing_is_read(text: str, read: dict[str, bool]) -> None:
    assert read_hardship(text, None) == read


HEALTH = "เครียดมากค่ะ นอนไม่หลับหลายคืนแล้ว อยากคุยกับหมอ"


@pytest.mark.parametrize("asked", ["ใครจะเห็นข้อมูลนี้บ้างคะ", "บันทึกแล้วใครเห็นบ้างคะ"])
def test_a_question_after_asked_again_is_no_refusal(dialog: Dialog, asked: str) -> None:
    chat = sent(dialog)
    chat.say(HEALTH)
    chat.say("ค่ะ")
    result = chat.say(asked)  # was "ไม่บันทึกค่ะ": refused, the question never answered
    assert not result.replies[0].text.startswith("ไม่บันทึกค่ะ")
    assert chat.state.data["needs_pending"]
    added = [e for e in chat.say("ยินยอมค่ะ").effects if isinstance(e, AddNeeds)]
    assert added and "mental" in added[0].needs


def test_a_question_first_is_not_asked_again(dialog: Dialog) -> None:
    chat = sent(dialog)
    chat.say(HEALTH)
    result = chat.say("ต้องบันทึกด้วยเหรอคะ")
    assert "ขอคำตอบให้ชัดอีกครั้ง" not in result.replies[0].text
    assert not chat.state.data.get("record_asked_again")


def test_a_person_asked_for_after_asked_again_is_handed_over(dialog: Dialog) -> None:
    chat = sent(dialog)
    chat.say(HEALTH)
    chat.say("ค่ะ")
    result = chat.say("ขอคุยเจ้าหน้าที่")  # was "ไม่บันทึกค่ะ" and no handoff
    assert RequestHandoff("user_request") in result.effects
    assert chat.state.data["needs_pending"]


def test_a_bare_yes_twice_still_records_nothing(dialog: Dialog) -> None:
    chat = sent(dialog)
    chat.say(HEALTH)
    chat.say("ค่ะ")
    result = chat.say("จ้า")
    assert result.replies[0].text.startswith("ไม่บันทึกค่ะ")
    assert not any(isinstance(e, AddNeeds) and e.needs for e in result.effects)


@pytest.mark.parametrize(("text", "here"), [
    ("เพิ่งถึงดอนเมือง", "กรุงเทพมหานคร"), ("ลงเครื่องที่สุวรรณภูมิเมื่อเช้า", "สมุทรปราการ"),
    ("พึ่งถึงหมอชิต จะกลับบ้านที่ศรีสะเกษ", "กรุงเทพมหานคร"),
    ("เพิ่งถึงอุดรค่ะ บ้านอยู่หนองคาย", "อุดรธานี"),
    ("ผมลงเครื่องที่ดอนเมือง ลูกอยู่ลำปาง", "กรุงเทพมหานคร"),
])
def test_ones_own_arrival_is_here(text: str, here: str) -> None:
    assert read_message(text)["current_province"]["name"] == here


@pytest.mark.parametrize("text", [
    # another's arrival
    "ลูกเพิ่งถึงเชียงใหม่", "แม่พึ่งถึงโคราชเมื่อวานค่ะ", "แฟนลงเครื่องที่ภูเก็ตแล้วค่ะ",
    "ลูกสาวลงเครื่องที่อุดรแล้ว", "น้องชายเพิ่งถึงขอนแก่น", "นายจ้างพึ่งถึงเชียงใหม่",
    # denied, to come, wished, supposed, once; a death; a boat boarded
    "ยังไม่ได้ลงเครื่องที่เชียงใหม่", "พรุ่งนี้ลงเครื่องที่เชียงใหม่", "อยากลงเครื่องที่อุดร",
    "ถ้าลงเครื่องที่อุดรต้องทำไงคะ", "พ่อเพิ่งถึงแก่กรรมที่ขอนแก่น", "ลงเรือที่ชุมพรไปเกาะเต่า",
    "ลงเรือประมงที่สมุทรสาคร3ปี", "เคยลงเรือที่สงขลา",
])
def test_anothers_or_no_arrival_is_not_here(text: str) -> None:
    assert "current_province" not in read_message(text)


def test_a_landing_denied_leaves_no_wrong_place() -> None:
    here = read_message("ไม่ได้ลงเครื่องที่สุวรรณภูมิ ลงดอนเมือง").get("current_province")
    assert here is None or here["name"] == "กรุงเทพมหานคร"
