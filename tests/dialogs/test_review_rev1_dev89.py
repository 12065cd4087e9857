"""Review rev1 of the dev89-dev92 changes: the harm found in them, and what they must still
read. Each group quotes the sentences that were misread (and the ones that must stay)."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs.consent_yes import consent_word
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.understand import read_message
from dialogs.urgency import read_urgent
from dialogs.writer_place import for_another

from .test_engine import Chat


def _place(text: str, key: str = "current_province") -> str | None:
    said: dict[str, Any] = read_message(text).get(key) or {}
    return said.get("name")


# --- a nickname kept beside the real name: never another's name, a place, a title alone ---

@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อจริงธนากร ชื่อพ่อสมชาย", "ธนากร"), ("ชื่อพ่อสมชาย ชื่อจริงผมธนากร", "ธนากร"),
    ("ชื่อจริงธนากร ชื่อลูกบอย", "ธนากร"), ("ชื่อจริงธนากร ชื่อเพื่อนบอย", "ธนากร"),
    ("ชื่อในไลน์ไม่ใช่ชื่อจริงนะคะ ชื่อจริงสุนิสา ใจดี", "สุนิสา ใจดี"),
    ("ชื่อเฟสไม่ใช่ชื่อจริงครับ ชื่อจริงธนากร ศรีสุข", "ธนากร ศรีสุข"),
    ("ชื่อจริงธนากร ชื่อเดิมสมชาย", "ธนากร"), ("ชลบุรีครับ ชื่อจริงธนากร", "ธนากร"),
    ("ชื่อจริงธนากร เรียกพี่ก็ได้", "ธนากร"), ("สมศรีค่ะ เรียกน้องก็ได้", "สมศรี"),
    ("สมศรีค่ะ เรียกเจ๊ก็ได้", "สมศรี"), ("ยายค่ะ ชื่อจริงบัวแก้ว", "บัวแก้ว"),
    ("จริงๆ ชื่อจริงสุนิสา", "สุนิสา"), ("ชื่อเล่นเหมือนกันค่ะ ชื่อจริงสุนิสา", "สุนิสา"),
    ("ลุงบุญส่ง ชื่อจริงบุญส่ง มีสุข", "บุญส่ง มีสุข"),
    # still kept
    ("บอยค่ะ ชื่อจริงธนากร", "ธนากร (บอย)"), ("ชื่อเล่นแบงค์ ชื่อจริงอนุรักษ์", "อนุรักษ์ (แบงค์)"),
    ("หนูชื่อนุ่น ชื่อจริงสุนิสา", "สุนิสา (นุ่น)"), ("สมศรีค่ะ เรียกแดงก็ได้", "สมศรี (แดง)"),
    ("ชื่อจริงธนากร เรียกผมว่าบอยก็ได้", "ธนากร (บอย)"),
    ("สมศรีค่ะ เรียกป้าแดงก็ได้", "สมศรี (ป้าแดง)")])
def test_the_nickname_beside_the_real_name(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


# --- a slip word: the name after it only when a name is all that follows ---

@pytest.mark.parametrize(("text", "name"), [
    ("ต้นครับ อุ๊ย ลืมบอก เบอร์ 0812345678", "ต้น"), ("แดงค่ะ อุ๊ย ขอโทษค่ะ", "แดง"),
    ("แดงค่ะ อุ๊ย ลูกร้อง", "แดง"), ("สมชาย ใจดีครับ เอ้ย แบตจะหมด", "สมชาย ใจดี"),
    ("สมชายครับ เอ้ย ลืมไป นามสกุลใจดี", "สมชาย"), ("อุ้ย คำ ค่ะ", "อุ้ย คำ"),
    # still read
    ("bank krub... เอ้ย แบงค์ครับ คีย์บอร์ดมันเปลี่ยน", "แบงค์"), ("ต้น เอ้ย ไม่ใช่ ต้อมครับ", "ต้อม"),
    ("หนูชื่อแพร เอ้ย ชื่อแพรวค่ะ", "แพรว"), ("บุญมี เอ้ย บ่ใช่ บุญมาเจ้า", "บุญมา"),
    ("สมศรี เอ้ย สมศรี ใจดี ค่ะ", "สมศรี ใจดี")])
def test_a_slip_word(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


# --- a question of consent: "หรอ" of the word, never "หรอก" nor a later question ---

@pytest.mark.parametrize(("text", "said"), [
    ("ยินยอมค่ะ ไม่มีปัญหาหรอก", True), ("ยินยอมครับ ไม่เป็นไรหรอก", True),
    ("ยินยอมค่ะ ไม่ต้องห่วงหรอกค่ะ", True), ("ยินยอมครับ ผมไม่ได้โกหกหรอกครับ", True),
    ("ยินยอมครับ จะได้กลับบ้านหรอครับ", True),
    ("งือ ต้องยินยอมด้วยหรอ", None), ("ต้องยินยอมด้วยเหรอคะ", None), ("ยินยอมเหรอ", None),
    ("ต้องยินยอมหรอคะ ยินยอมค่ะ", True)])
def test_consent_asked_of(text: str, said: bool | None) -> None:
    assert consent_word(text) is said


# --- urgency: a yes with no food, never with the fare alone ---

@pytest.mark.parametrize(("text", "urgent"), [
    ("ค่ะ ตอนนี้ยังมีข้าวกินอยู่ แค่ไม่มีค่ารถ", None), ("ครับ ไม่มีค่ารถกลับบ้าน", None),
    ("ครับ ไม่มีค่ารถ อยู่กับเพื่อนก่อนได้", None), ("ค่ะ ไม่มีค่ารถแต่ยังพอมีข้าวกิน", None),
    ("ครับ ไม่มีค่ารถ ทางบ้านจะโอนมาให้อาทิตย์หน้า", None),
    ("ค่ะ เมื่อวานไม่มีข้าวกิน วันนี้เพื่อนให้ข้าวแล้ว", None),
    ("ค่ะ ไม่มีข้าวกินเลย", True), ("ค่ะ ไม่มีข้าวกิน แต่ไม่ด่วน", False)])
def test_urgency_of_a_yes_and_its_reason(text: str, urgent: bool | None) -> None:
    assert read_urgent(text, None) is urgent


# --- a trade wished for: never a trade told, one's things sold, the costing lost ---

@pytest.mark.parametrize("text", [
    "หนี้ท่วม ต้นทุนหมด", "ร้านเจ๊งเพราะไม่มีต้นทุน", "ต้นทุนชีวิตไม่มี", "ขาดทุนยับ ต้นทุนจม",
    "ทำเลตอนนี้ไม่ดีเลย", "อาชีพอิสระค่ะ", "ทำอาชีพอิสระ รับจ้างทั่วไป", "อยากขายแรงงาน",
    "อยากขายไอโฟน", "อยากขายกระเป๋าเอาเงินกินข้าว", "อยากขายควายเอาเงิน", "อยากขายลูก",
    "เคยตั้งใจจะเปิดร้าน แต่ตอนนี้ไม่แล้ว"])
def test_no_trade_wished(text: str) -> None:
    assert "trade" not in parse_needs(text)


@pytest.mark.parametrize("text", [
    "คิดต้นทุนกะบ่เป็น", "ขอคำแนะนำเรื่องต้นทุนและทำเล", "อยากขายลูกชิ้นปิ้งหน้าบ้าน",
    "อยากขายก๋วยเตี๋ยว", "วางแผนจะเปิดร้านกาแฟ"])
def test_a_trade_wished(text: str) -> None:
    assert "trade" in parse_needs(text)


# --- writing for another: never when the writer goes too, nor food, a monk, the folk ---

@pytest.mark.parametrize(("text", "place"), [
    ("ขอความช่วยเหลือให้เพื่อนด้วยค่ะ หนูอยู่ชลบุรี เพื่อนอยู่ด้วยกัน ไม่มีค่ารถกลับบ้านที่สุรินทร์",
     "ชลบุรี"),
    ("ขอถามให้เพื่อนด้วยครับ ผมอยู่ชลบุรี เพื่อนก็อยู่ ตกงานทั้งคู่ ไม่มีค่ารถกลับบ้านที่สุรินทร์",
     "ชลบุรี"),
    ("ขอความช่วยเหลือให้น้องชายด้วยครับ ผมอยู่ชลบุรี น้องชายอยู่กับผม"
     " ไม่มีค่ารถกลับบ้านที่สุรินทร์ทั้งคู่", "ชลบุรี"),
    ("ขอความช่วยเหลือให้พี่น้องแรงงานด้วยครับ ผมอยู่ชลบุรี ตกงาน ไม่มีค่ารถกลับบ้านที่สุรินทร์",
     "ชลบุรี"),
    ("ขอความช่วยเหลือให้แม่ลูกด้วยค่ะ หนูอยู่ชลบุรี มีลูก 2 คน ไม่มีค่ารถกลับบ้านที่สุรินทร์",
     "ชลบุรี"),
    # still the one written for: the writer's own place is not theirs
    ("ขอความช่วยเหลือให้พี่แจ๋วค่ะ พี่แจ๋วติดอยู่ขนส่งหมอชิต ไม่มีค่ารถกลับบุรีรัมย์ หนูอยู่ขอนแก่น",
     "กรุงเทพมหานคร"),
    ("ขอถามให้เพื่อนครับ เพื่อนตกงานอยู่ระยอง อยากกลับบ้านที่ยโสธร ผมอยู่ชลบุรี", "ระยอง")])
def test_the_writers_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "another"), [
    ("ขอความช่วยเหลือให้น้องสาวด้วยค่ะ หนูกับน้องสาวติดอยู่ที่หมอชิต ไม่มีค่ารถกลับอุบล", False),
    ("ขอความช่วยเหลือให้อาหารเด็กๆหน่อยค่ะ หนูอยู่ขนส่งหมอชิตกับลูกสองคน", False),
    ("ขอความช่วยเหลือให้อาตมาด้วย อาตมาอยู่ที่ชลบุรี จะกลับวัดที่สุรินทร์", False),
    ("ขอความช่วยเหลือให้แม่ค่ะ หนูอยู่ระยองกับแม่ ตกงานทั้งคู่ จะกลับร้อยเอ็ด", False),
    ("ขอความช่วยเหลือให้พี่แจ๋วค่ะ พี่แจ๋วติดอยู่ขนส่งหมอชิต", True),
    ("ขอถามให้เพื่อนครับ เพื่อนตกงานอยู่ระยอง", True)])
def test_writing_for_another(text: str, another: bool) -> None:
    assert for_another(text) is another


def test_the_writers_answer_of_where_is_read(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ขอความช่วยเหลือให้เพื่อนด้วยค่ะ หนูอยู่ชลบุรี เพื่อนอยู่ด้วยกัน ตกงานทั้งคู่"
             " ไม่มีค่ารถกลับบ้านที่สุรินทร์")
    chat.say("ยินยอมค่ะ มีบัตรค่ะ")
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "ชลบุรี"


# --- a kin who cannot come and fetch: never the one stranded, nor one with the writer ---

@pytest.mark.parametrize(("text", "need"), [
    ("พ่อผมติดอยู่ขนส่งหมอชิตครับ ไม่มีค่ารถกลับบ้านที่อุดร พ่อแก่แล้ว จะไปรับก็ไม่มีเงิน", "elderly"),
    ("ยายติดอยู่ที่หมอชิตค่ะ ยายป่วยค่ะ ไปรับไม่ได้ หนูอยู่ภูเก็ต", "sick"),
    ("ยายติดอยู่ที่หมอชิตค่ะ ยายแก่มากแล้ว ไม่มีเงินไปรับ", "elderly"),
    ("ผมกับแม่ติดอยู่หมอชิต แม่ป่วยครับ มารับไม่ได้", "sick"),
    ("ลุงแก่แล้ว มาช่วยไม่ได้ หนูติดอยู่ชลบุรีกับลุง 2 คน", "elderly")])
def test_the_need_of_one_stranded_kept(text: str, need: str) -> None:
    assert need in (read_message(text).get("special_needs") or ())


@pytest.mark.parametrize(("text", "need"), [
    ("แม่แก่แล้ว ไปรับไม่ไหว หนูอยู่ขนส่งหมอชิตคนเดียว ไม่มีค่ารถกลับอุดร", "elderly"),
    ("หนูอยู่หมอชิตกับลูกเล็ก 2 ขวบ สามีป่วยไปรับไม่ได้", "sick")])
def test_the_need_of_one_at_home_dropped(text: str, need: str) -> None:
    assert need not in (read_message(text).get("special_needs") or ())


# --- home reached: the writer's, now; never asked of, nor another's ---

@pytest.mark.parametrize("text", [
    "จะกลับยโสธรค่ะ แต่เงินหมด แม่โทรมาถามว่าถึงบ้านแล้วยัง",
    "กลับยโสธรไม่ได้ค่ะ ไม่มีค่ารถ แม่ถามว่าถึงบ้านแล้วหรือยัง",
    "อยากกลับบ้านที่ยโสธรค่ะ เพื่อนๆกลับถึงบ้านแล้ว เหลือหนูคนเดียว",
    "ขึ้นรถกลับยโสธรไม่ได้ เงินหมด เพื่อนที่ถึงบ้านแล้วส่งข่าวมา"])
def test_home_not_reached(text: str) -> None:
    assert (_place(text), _place(text, "home_province")) == (None, "ยโสธร")


def test_home_reached_now() -> None:
    assert _place("นั่งรถกลับบ้านที่ยโสธรแล้ว ตอนนี้ถึงบ้านแล้วค่ะ") == "ยโสธร"
