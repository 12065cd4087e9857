"""dev100/dev101 (group gG): no food today with its day named is urgent even with a place
tonight; a car slept in is no shelter; northern "กิ๋น"; pneumonia is sick; a hospital bed
tonight is not urgent; home told after a slip takes "here" back."""

from __future__ import annotations

import pytest

from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency


def _place(text: str, key: str) -> str | None:
    found = read_message(text).get(key)
    return found["name"] if found else None


# --- no food today, its day named: urgent, a place tonight or not ---
@pytest.mark.parametrize("text", [
    "2 คนครับ ผมกับน้องชาย น้องอายุ19 คืนนี้นอนศาลาวัดได้ครับ แต่ข้าวยังไม่ได้กินทั้งวัน",  # dev100
    "คนเดียวครับ ที่นอนห้องเพื่อนพอได้ครับ แต่วันนี้ไม่มีข้าวกินเลย",  # dev101
    "2 คน นอนวัดได้ครับ แต่ยังไม่ได้กินอะไรเลยทั้งวัน",
    "คนเดียวค่ะ นอนห้องเพื่อนได้ค่ะ ไม่มีข้าวกินตั้งแต่เมื่อวาน",
    "ลุงคนเดียวครับ มื้อนี้บ่มีข้าวกินครับ"])
def test_hunger_today_in_the_travellers_answer_is_urgent(text: str) -> None:
    assert said_urgency(text) is True


@pytest.mark.parametrize("text", [
    "วันนี้ยังไม่ได้กินอะไรเลยค่ะ ห้องเช่าให้อยู่ถึงพรุ่งนี้",  # dev100
    "วันนี้ยังไม่ได้กินข้าวเลยค่ะ ยังอยู่ห้องได้ถึงสิ้นเดือน",
    "นอนศาลาวัดได้ครับ แต่ข้าวยังไม่ได้กินทั้งวัน",
    "คืนนี้ก็นอนในรถอีกครับ ข้าวก็บ่มีกิ๋น"])  # dev101 (the car, and no food)
def test_hunger_today_answered_to_urgency_is_urgent(text: str) -> None:
    assert read_urgent(text, None) is True


@pytest.mark.parametrize(("text", "urgent"), [
    # no day named, a place tonight: as before (dev49, gA)
    ("คืนนี้พอนอนวัดได้ครับ หลวงพี่ให้นอนกุฏิร้าง แต่ข้าวไม่มีกิน", False),
    ("นอนห้องเพื่อนได้ ข้าวยังไม่ได้กิน", False),
    # said not urgent, a wait granted, money to buy, fed since, tomorrow's hunger
    ("ไม่ด่วนค่ะ วันนี้ยังไม่ได้กินข้าว", False),
    ("พรุ่งนี้ก็ได้ค่ะ วันนี้ยังไม่ได้กินข้าว", None),
    ("วันนี้ยังไม่ได้กินข้าวเช้า แต่มีเงินซื้อ", None),
    ("เมื่อวานไม่มีข้าวกิน วันนี้เพื่อนให้ข้าวแล้ว", None),
    ("พรุ่งนี้คงไม่มีข้าวกิน", None),
    ("พรุ่งนี้คงไม่มีข้าวกินทั้งวัน", None)])
def test_hunger_not_urgent(text: str, urgent: bool | None) -> None:
    assert read_urgent(text, None) is urgent


@pytest.mark.parametrize("text", [
    "นอนห้องเพื่อนได้ค่ะ เมื่อวานไม่ได้กินข้าวทั้งวัน", "พรุ่งนี้คงไม่มีข้าวกินทั้งวัน",
    "2 คน นอนวัดได้ ไม่ด่วนค่ะ วันนี้ยังไม่ได้กินข้าว"])
def test_hunger_not_urgent_in_the_travellers_answer(text: str) -> None:
    assert said_urgency(text) is not True


# --- a car slept in: no shelter; a bus or train ridden is not ---
@pytest.mark.parametrize("text", [
    "โดนเลย์ออฟจากโรงงานบางปูครับ รถเก๋งเก่าเกียร์ก็พัง จอดนอนในรถที่ปั๊มมา2คืนแล้ว",  # dev101
    "คืนนี้ก็นอนในรถอีกครับ", "ตอนนี้นอนในรถกระบะหน้าเซเว่นมา3คืนแล้ว",
    "นอนในรถมา2คืนแล้ว", "นอนท้ายกระบะ"])
def test_car_is_no_shelter(text: str) -> None:
    assert read_message(text).get("no_shelter") is True


@pytest.mark.parametrize("text", [
    "นอนบนรถทัวร์มาทั้งคืน", "นอนรถมาทั้งคืน", "นอนรถไฟกลับบ้าน", "นอนใต้รถซ่อมเครื่อง",
    "ไม่ได้นอนในรถ", "ขึ้นรถไปนอน", "ใช้รถเข็น นอนรถพยาบาลมา"])
def test_not_a_car_slept_in(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True


# --- northern "กิ๋น" is "กิน" ---
@pytest.mark.parametrize("text", [
    "ข้าวก็บ่มีกิ๋น", "ข้าวบ่ได้กิ๋นตั้งแต่เมื่อวานแลงครับ อยากปิ๊กบ้านน่าน", "บ่มีข้าวกิ๋นเลยเจ้า"])
def test_northern_eat(text: str) -> None:
    assert read_message(text).get("no_food") is True


def test_northern_eat_fed() -> None:
    assert read_message("กิ๋นข้าวแล้วเจ้า").get("no_food") is not True


# --- pneumonia is sick; recovered long since is not ---
@pytest.mark.parametrize("text", [
    "อายุ74 เพิ่งหายจากปอดอักเสบ ยังอ่อนเพลีย ขี้หลงขี้ลืมค่ะ",  # dev100
    "มีคนไข้ชายอายุ74 เป็นปอดอักเสบ ใกล้หายแล้ว จะให้กลับบ้านพรุ่งนี้",
    "แม่เป็นปอดบวม", "เพิ่งหายไข้ ยังอ่อนแรงอยู่"])
def test_pneumonia_is_sick(text: str) -> None:
    assert "sick" in read_message(text).get("special_needs", [])


@pytest.mark.parametrize("text", [
    "หายจากปอดอักเสบแล้ว แข็งแรงดี", "เคยเป็นปอดบวมตอนเด็ก", "ไม่ได้เป็นปอดอักเสบ",
    "เพิ่งหายจากโควิด แต่ตอนนี้แข็งแรงแล้ว"])
def test_pneumonia_not_sick(text: str) -> None:
    assert "sick" not in read_message(text).get("special_needs", [])


# --- a hospital bed still had tonight: not urgent, though sick ---
@pytest.mark.parametrize("text", [
    "คนไข้คนเดียวค่ะ คืนนี้ยังนอนรพ.ได้ค่ะ พรุ่งนี้บ่ายถึงจะออก มีเจ้าหน้าที่ไปส่งถึงบ้านได้ไหมคะ"
    " อายุ74 เพิ่งหายจากปอดอักเสบ ยังอ่อนเพลีย ขี้หลงขี้ลืมค่ะ",  # dev100
    "1 คน ป่วยเป็นไข้ คืนนี้ยังอยู่โรงพยาบาล", "1 คน ตอนนี้ยังนอนโรงพยาบาลได้ค่ะ แม่ป่วย"])
def test_hospital_bed_tonight(text: str) -> None:
    assert said_urgency(text) is False


@pytest.mark.parametrize("text", [
    "1 คน คืนนี้ยังนอนโรงพยาบาลไม่ได้", "1 คน ป่วยอยู่ คืนนี้ยังนอนโรงพยาบาลได้ แต่พรุ่งนี้ไม่มีที่ไป"])
def test_hospital_bed_not_had(text: str) -> None:
    assert said_urgency(text) is not False


# --- at home, told after a slip: here taken back ---
@pytest.mark.parametrize(("text", "here", "home"), [
    ("อยากขอเงินค่ารถกลับบ้านค่ะ ตอนนี้อยู่กรุงเทพ เอ้ย ไม่ใช่ค่ะ กลับมาถึงบ้านที่ขอนแก่นแล้ว"
     "ตั้งแต่อาทิตย์ก่อน ยืมเงินเพื่อนมา อยากได้ค่ารถคืน", "ขอนแก่น", "ขอนแก่น"),  # dev100
    ("กลับมาถึงบ้านที่ขอนแก่นแล้ว", "ขอนแก่น", "ขอนแก่น"),
    ("ถึงบ้านแม่ที่อุบลแล้วค่ะ", "อุบลราชธานี", "อุบลราชธานี"),
    ("อยู่ระยอง เอ้ย ไม่ใช่ ถึงบ้านที่ชลบุรีแล้วค่ะ", "ชลบุรี", "ชลบุรี"),
    # not at home: a friend's, once there, asked, another's, a place only corrected
    ("ถึงบ้านเพื่อนที่ระยองแล้ว", None, None),
    ("ถึงบ้านที่ขอนแก่นแล้วจะโทรบอก", None, "ขอนแก่น"),
    ("ถึงบ้านที่ขอนแก่นแล้วยัง", None, "ขอนแก่น"),
    ("ถ้าถึงบ้านที่ขอนแก่นแล้วจะโทรหา", None, "ขอนแก่น"),
    ("แม่ถึงบ้านที่ขอนแก่นแล้ว ผมยังอยู่กรุงเทพ", "กรุงเทพมหานคร", "ขอนแก่น"),
    ("ตอนนี้อยู่กรุงเทพ เอ้ย ไม่ใช่ อยู่บ้านเพื่อนที่นนทบุรี จะกลับขอนแก่น", "นนทบุรี", "ขอนแก่น"),
    ("อยู่ระยอง เอ้ย ชลบุรี จะกลับบ้านที่ขอนแก่น", "ชลบุรี", "ขอนแก่น")])
def test_home_after_a_slip(text: str, here: str | None, home: str | None) -> None:
    assert (_place(text, "current_province"), _place(text, "home_province")) == (here, home)
