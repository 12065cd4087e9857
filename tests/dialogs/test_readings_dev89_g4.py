"""Misreadings found in the blind development set dev93 (group g4)."""

from __future__ import annotations

import pytest

from dialogs.after_needs import told_devices
from dialogs.summary_places import place_fixes
from dialogs.understand import read_message


def _places(text: str) -> tuple[str | None, str | None]:
    said = read_message(text)
    return ((said.get("current_province") or {}).get("name"),
            (said.get("home_province") or {}).get("name"))


# dev93: hospital staff writing from their hospital, with "ใน" before the province or a
# ward named before the hospital: where the patient is was asked, and not known
@pytest.mark.parametrize(("text", "here"), [
    ("เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็นนักสังคมสงเคราะห์ รพ.ในจังหวัดขอนแก่น "
     "ขอประสานส่งผู้ป่วยกลับภูมิลำเนาค่ะ", "ขอนแก่น"),
    ("เรียนเจ้าหน้าที่ค่ะ พยาบาลตึกอายุรกรรมหญิง รพ.จังหวัดภูเก็ตค่ะ", "ภูเก็ต"),
    ("ดิฉันพยาบาลรพ.น่าน", "น่าน"),  # (dev65, as before)
    ("ผมเป็นหมอแผนกฉุกเฉิน โรงพยาบาลชลบุรีครับ", "ชลบุรี"),
])
def test_hospital_staff_write_from_where_the_patient_is(text: str, here: str) -> None:
    assert _places(text)[0] == here


@pytest.mark.parametrize("text", [
    "ลูกเป็นพยาบาลตึกเด็ก รพ.ชลบุรี", "เคยเป็นพยาบาลรพ.ในจังหวัดสงขลา",
    "ไปหาหมอโรงพยาบาลสุรินทร์ไม่ได้", "เรียนเจ้าหน้าที่ค่ะ อยากถามเรื่องรพ.ในจังหวัดขอนแก่น",
    "แม่พยาบาลรพ.ขอนแก่นค่ะ"])
def test_no_staff_of_that_hospital_writing(text: str) -> None:
    assert _places(text)[0] is None


# dev93: relatives in a province who cannot come and fetch the patient: that province is
# where the patient goes back to (weakly: a home said in so many words wins)
@pytest.mark.parametrize(("text", "home"), [
    ("ผู้ป่วยหญิงอายุ 64 ปี แพทย์ให้จำหน่ายวันศุกร์นี้ ญาติอยู่ จ.นครพนม "
     "แต่ไม่มีค่าใช้จ่ายมารับ", "นครพนม"),
    ("แม่อยู่ขอนแก่น ไม่มีเงินมารับค่ะ", "ขอนแก่น"),
    ("ญาติอยู่ขอนแก่น ไม่มีค่าเดินทางมารับ จะกลับบ้านที่ยโสธร", "ยโสธร"),
    ("จะกลับบ้านที่ยโสธร ญาติอยู่ขอนแก่น ไม่มีค่าเดินทางมารับ", "ยโสธร"),
])
def test_kin_who_cannot_fetch_live_where_one_goes(text: str, home: str) -> None:
    assert _places(text)[1] == home


@pytest.mark.parametrize("text", [
    "ญาติอยู่ จ.นครพนม", "แม่อยู่ขอนแก่น จะมารับพรุ่งนี้", "ญาติอยู่ขอนแก่น ไม่มีเงินเลย"])
def test_kin_living_there_alone_is_no_home(text: str) -> None:
    assert _places(text) == (None, None)


# dev93: "แม่ลูกอยู่ระยองคะ": the mother and her son (the writer with him), not the mother
@pytest.mark.parametrize("text", [
    "แม่ลูกอยู่ระยองคะ ลูกชายเป็นออทิสติก อายุ24", "สองแม่ลูกอยู่ระยองค่ะ", "พ่อลูกอยู่ระยองครับ"])
def test_mother_and_child_are_the_writer(text: str) -> None:
    assert _places(text)[0] == "ระยอง"


@pytest.mark.parametrize("text", [
    "แม่อยู่ระยองค่ะ", "ลูกอยู่ระยองค่ะ", "แม่ลูกผมอยู่ระยองครับ", "พ่อแม่อยู่ระยอง"])
def test_a_mother_or_a_child_alone_is_someone_else(text: str) -> None:
    assert _places(text)[0] is None


# dev93: a Northern daughter in Nan for her father discharged from a Chiang Mai hospital;
# her own "ข้าเจ้าอยู่น่าน" (with "ลงไปรับ", going down to fetch him) was read as his
# place, and he was refused as already at home
def test_northern_daughter_for_her_father_in_hospital() -> None:
    story = ("ขอความช่วยเหลือเจ้า ป้ออายุ 73 ไปผ่าตาต้อกระจกที่โรงบาลเชียงใหม่ ตอนนี้หมอให้ออกแล้ว "
             "แต่ตังค์หมดบ่มีค่ารถกลับน่าน ป้อตาบ่ค่อยหันเลย ปิดตาไว้ข้างนึง ข้าเจ้าอยู่น่าน "
             "จะลงไปรับก็บ่มีตังค์เจ้า")
    assert _places(story) == ("เชียงใหม่", "น่าน")


@pytest.mark.parametrize(("text", "here"), [
    ("ข้าเจ้าอยู่น่าน จะลงไปรับก็บ่มีตังค์เจ้า", None),
    ("ข้าเจ้าอยู่เชียงใหม่เจ้า", "เชียงใหม่"),
    ("ผมอยู่ชลบุรี จะขึ้นไปรับก็ไม่มีเงิน", None),
])
def test_the_writer_who_cannot_go_and_fetch(text: str, here: str | None) -> None:
    assert _places(text)[0] == here


@pytest.mark.parametrize(("text", "here"), [
    ("พ่อไปผ่าตัดที่โรงพยาบาลขอนแก่น หมอให้กลับบ้านได้แล้ว", "ขอนแก่น"),
    ("ยายไปรักษาตัวที่ รพ.สงขลา ตอนนี้หายแล้ว", "สงขลา"),
    # a place said to be here wins over the hospital stay
    ("แม่ไปรักษาที่รพ.ขอนแก่น ผมติดอยู่ระยอง", "ระยอง"),
])
def test_a_stay_in_hospital_there_is_weakly_here(text: str, here: str) -> None:
    assert _places(text)[0] == here


@pytest.mark.parametrize("text", [
    "จะไปหาหมอที่รพ.ขอนแก่น", "อยากไปรักษาที่โรงพยาบาลศิริราช", "เคยไปผ่าตัดที่รพ.สงขลา",
    "ไม่มีค่ารถไปหาหมอที่รพ.ขอนแก่น", "ต้องไปฟอกไตที่โรงพยาบาลอุดร", "ไปผ่าตัดที่เชียงใหม่"])
def test_no_hospital_stay_there(text: str) -> None:
    assert _places(text)[0] is None


# dev93: "จังหวัดบ้านเป็นชุมพร" at the summary: the home fixed (the menu was shown)
def test_home_said_with_pen_is_fixed_at_the_summary() -> None:
    answers = {"current_province": {"code": "TH-13", "name": "ปทุมธานี"},
               "home_province": {"code": "TH-84", "name": "สุราษฎร์ธานี"}}
    fixed = place_fixes(answers, "ขอแก้ครับ จังหวัดบ้านเป็นชุมพร บ้านแม่ สุราษไม่มีใครอยู่แล้ว")
    assert fixed is not None
    assert fixed["home_province"]["name"] == "ชุมพร"
    assert fixed["current_province"]["name"] == "ปทุมธานี"


@pytest.mark.parametrize(("text", "home"), [
    ("บ้านเป็นชุมพรครับ", "ชุมพร"), ("บ้านผมคือสุรินทร์", "สุรินทร์"),
    ("บ้านเป็นห้องเช่าที่ระยอง", None), ("อยู่บ้านเป็นระยองมานาน", None)])
def test_home_said_to_be(text: str, home: str | None) -> None:
    assert _places(text)[1] == home


# dev93: the aid for a disabled person's family asked for by name, after sending
@pytest.mark.parametrize("text", [
    "อยากขอเงินช่วยครอบครัวคนพิการคะ กลับไปก็ยังไม่มีงานทำ",
    "ขอเงินสงเคราะห์ครอบครัวผู้พิการด้วยค่ะ", "อยากได้เงินช่วยบ้านที่มีคนพิการ"])
def test_family_aid_asked_for(text: str) -> None:
    assert "disability_family_aid" in told_devices(text, None)


@pytest.mark.parametrize("text", [
    "ไม่ขอเงินช่วยครอบครัวคนพิการค่ะ", "ครอบครัวคนพิการค่ะ", "อยากได้รถเข็นคันใหม่ครับ",
    "ลูกพิการค่ะ"])
def test_no_family_aid_asked_for(text: str) -> None:
    assert "disability_family_aid" not in told_devices(text, None)


def test_a_wheelchair_wished_keeps_the_devices() -> None:
    assert told_devices("รถเข็นยายยางแตกทั้งสองข้าง อยากได้คันใหม่ค่ะ", None) == [
        "disability_devices"]


# dev93: the card still there, and why ("บัตรปชชยังอยู่เพราะเก็บไว้กระเป๋าเสื้อ"): asked,
# not known, then the nationality letter asked too
@pytest.mark.parametrize("text", [
    "ผมนั่งวีลแชร์ ติดอยู่หมอชิตครับ เงินหมดเกลี้ยงโดนล้วงกระเป๋าตังค์ "
    "บัตรปชชยังอยู่เพราะเก็บไว้กระเป๋าเสื้อ", "บัตรประชาชนยังอยู่เพราะพกติดตัว"])
def test_card_still_there_because(text: str) -> None:
    assert read_message(text)["id_card"] is True


@pytest.mark.parametrize("text", ["บัตรไม่อยู่เพราะหาย", "บัตรหายเพราะโดนล้วง"])
def test_card_not_there_because(text: str) -> None:
    assert read_message(text).get("id_card") is not True


# dev93: "อัมพฤก" typed without its last letters (one-handed): disabled
@pytest.mark.parametrize(("text", "disabled"), [
    ("อัมพฤก ครึ่งซีก", True), ("เปนอัมพฤก มือขวาใช้ไม่ได้ พิมช้า", True),
    ("เป็นอัมพฤกษ์", True), ("ไม่ได้เป็นอัมพฤก", False)])
def test_hemiparesis_misspelt(text: str, disabled: bool) -> None:
    assert ("disabled" in (read_message(text).get("special_needs") or ())) is disabled
