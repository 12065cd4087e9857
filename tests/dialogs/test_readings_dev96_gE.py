"""Misreadings found in the blind sets dev96-dev99 played one part at a time (group gE):
care needs told only in the story, a kin word stored as the name, and who else needs care
asked with a place and left unsaid."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.understand import read_message

from .test_engine import Chat


def care(text: str) -> list[str]:
    return list(read_message(text).get("special_needs") or [])


# dev96: depression told in the story ("หนูเป็นซึมเศร้าด้วย ยาหมด") was no care need: one
# who answers one thing at a time never named it again, and the request went without "sick"
@pytest.mark.parametrize("text", [
    "แล้วหนูเป็นซึมเศร้าด้วย ยาหมดมาอาทิตย์นึงแล้ว ช่วงนี้แย่มากๆเลยค่ะ",
    "หนูเป็นซึมเศร้าค่ะ", "หนูมีโรคซึมเศร้า ต้องกินยา", "ผมกินยาต้านซึมเศร้าอยู่ครับ",
    "น้องเป็นไบโพลาร์ค่ะ", "พี่ชายเป็นจิตเภท กินยาจิตเวชประจำ", "คนไข้จิตเวชค่ะ"])
def test_mental_illness_named_is_sick(text: str) -> None:
    assert "sick" in care(text)


@pytest.mark.parametrize("text", [
    "ช่วงนี้ซึมเศร้ามากค่ะ", "รู้สึกซึมเศร้านิดหน่อย",  # a mood, no illness named
    "หนูไม่ได้เป็นซึมเศร้านะคะ", "อยากหาหมอจิตเวชค่ะ"])
def test_mood_or_denial_is_not_sick(text: str) -> None:
    assert "sick" not in care(text)


# dev97: a psychiatric ward nurse: "คนไข้ชายจะจำหน่ายวันนี้" (the patient discharged today) told
# no care need, so his escort was never asked
@pytest.mark.parametrize("text", [
    "คนไข้ชายจะจำหน่ายวันนี้ ไม่มีญาติมารับ ไม่มีค่ารถกลับบ้านที่เลยค่ะ",
    "คนไข้เพิ่งจำหน่ายเมื่อเช้าค่ะ", "หมอจำหน่ายผู้ป่วยวันนี้", "ลุงจำหน่ายออกจาก รพ. แล้วค่ะ"])
def test_patient_discharged_is_sick(text: str) -> None:
    assert "sick" in care(text)


@pytest.mark.parametrize("text", [
    "ร้านจำหน่ายสินค้าโดนปิด", "ผมเคยทำงานจำหน่ายยาให้บริษัท", "หนูทำงานดูแลคนไข้ที่ รพ."])
def test_selling_or_nursing_is_not_sick(text: str) -> None:
    assert "sick" not in care(text)


# dev99: "ลงมาหาหมอหัวใจที่สวนดอก" (came down to see his heart doctor): a heart patient
@pytest.mark.parametrize("text", [
    "ป้ออุ้ยผมอายุ 70 ลงมาหาหมอหัวใจที่สวนดอก เชียงใหม่ กระเป๋าสตางค์หายที่โรงบาล",
    "พ่อมาหาหมอโรคหัวใจที่ศิริราชค่ะ", "แม่มาตามนัดคลินิกโรคไตครับ"])
def test_heart_doctor_seen_is_sick(text: str) -> None:
    assert "sick" in care(text)


@pytest.mark.parametrize("text", [
    "พาลูกมาหาหมอที่กรุงเทพ", "ทำงานเป็นพยาบาลแผนกหัวใจค่ะ", "หมอบอกว่าหัวใจปกติดี"])
def test_doctor_alone_is_not_sick(text: str) -> None:
    assert "sick" not in care(text)


# dev98: "ลูกเปนเด็กพิเศษ อายุ24แล้วแต่เหมือนเด็ก": a grown son with special needs is disabled,
# no small child
@pytest.mark.parametrize("text", [
    "ป้าพาลูกชายมาหาหมอที่กรุงเทพ ลูกเปนเด็กพิเศษ อายุ24แล้วแต่เหมือนเด็ก",
    "ลูกเป็นเด็กพิเศษค่ะ อายุ 19", "น้องเขาเป็นเด็กพิเศษ พูดไม่ค่อยได้"])
def test_special_needs_child_is_disabled_not_child(text: str) -> None:
    assert care(text) == ["disabled"]


@pytest.mark.parametrize(("text", "needs"), [
    ("ลูกเป็นเด็กพิเศษ อายุ 5 ขวบ", ["child", "disabled"]),  # a small child too, by age
    ("ผมเป็นครูสอนเด็กพิเศษ", []), ("หนูรับจ้างดูแลเด็กพิเศษค่ะ", []),  # a job
    ("ลูกชายอายุ 24 แต่นิสัยเหมือนเด็ก", []), ("มีลูกเล็กด้วยค่ะ", ["child"])])
def test_special_needs_child_other_readings(text: str, needs: list[str]) -> None:
    assert care(text) == needs


# dev96: "ธนพลค่ะ ชื่อน้องชายนะคะ" (Thanaphon, my brother's name) stored "น้องชาย" as the name
@pytest.mark.parametrize(("text", "name"), [
    ("ธนพลค่ะ ชื่อน้องชายนะคะ", "ธนพล"), ("ธนพล ชื่อน้องชาย", "ธนพล"),
    ("ธนพลครับ ชื่อของน้องชาย", "ธนพล"), ("ธนพลค่ะ ชื่อน้องชายหนูเองค่ะ", "ธนพล"),
    ("มาลีค่ะ ชื่อพี่สาวนะคะ", "มาลี"), ("ธนพลค่ะ ชื่อน้องนะคะ", "ธนพล"),
    ("ชื่อน้องชายธนพลค่ะ", "ธนพล"), ("ชื่อน้องชายผมธนพลครับ", "ธนพล"),
    ("ชื่อพี่ชาย สมศักดิ์", "สมศักดิ์")])
def test_kin_word_is_whose_name_not_the_name(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


@pytest.mark.parametrize("text", ["น้องชาย", "น้องชายค่ะ", "พี่สาวค่ะ", "หลานชาย",
                                  "ชื่อน้องชายนะคะ"])
def test_kin_word_alone_is_no_name(text: str) -> None:
    assert extract_name(text, bare=True) is None


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อโต๊ะครับ", "โต๊ะ"), ("ชื่อน้องแพรวค่ะ", "น้องแพรว"), ("ยายพิมพ์ค่ะ", "ยายพิมพ์")])
def test_titles_still_start_names(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


def test_kin_word_never_read_as_a_name_in_passing() -> None:
    assert "name" not in read_message("ธนพลค่ะ ชื่อน้องชายนะคะ")


STORY = ("สวัสดีค่ะ ขอเรียนสอบถามแทนคุณยายข้างห้องค่ะ",
         "ลูกชายยายเสียจากอุบัติเหตุที่โรงงานมหาชัย ยายอายุ66 มาจากยโสธร เงินหมดไปกับงานศพ",
         "ยายต้องพาหลานสองคนกลับไปเลี้ยงที่ยโสธร แต่ไม่มีค่ารถค่ะ", "ยายยินยอมค่ะ", "ยายมีบัตรค่ะ")


def test_a_place_alone_takes_silence_on_care_as_none(dialog: Dialog) -> None:
    # who else needs care, asked with the place and answered with the place alone: silence
    # is none, as before (asking again cost a turn to three default-mode writers who had
    # nothing to add: dev13, dev19, dev75; only a one-part grandmother gained, dev98)
    chat = Chat(dialog)
    for text in STORY:
        chat.say(text)
    assert chat.state.data["slot"] == "current_province"
    assert "special_needs" in chat.state.data["also"]
    chat.say("สมุทรสาครค่ะ")
    assert chat.state.data["slot"] != "more_care"
    assert chat.state.data["answers"]["special_needs"] == ["elderly"]


def test_who_else_not_asked_again_after_a_no(dialog: Dialog) -> None:
    chat = Chat(dialog)
    for text in STORY:
        chat.say(text)
    chat.say("สมุทรสาครค่ะ ไม่มีค่ะ")
    assert chat.state.data["slot"] != "more_care"
    assert chat.state.data["answers"]["special_needs"] == ["elderly"]
