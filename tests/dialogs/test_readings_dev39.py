"""Misreadings found by the blind development set dev39 (the deep south and the border,
people writing for someone else, brief and indirect answers)."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.questions import is_question
from dialogs.slots import BY_KEY
from dialogs.understand import read_message

from .test_engine import consented

FOR_FATHER = ("สวัสดีค่ะ หนูพิมพ์แทนเปาะนะคะ เปาะใช้โทรศัพท์ไม่เป็น "
              "เปาะไปเยี่ยมน้าที่หาดใหญ่ แล้วโดนล้วงกระเป๋าตังหายหมดเลยค่ะ กลับบ้านไม่ได้ "
              "หนูอยู่กทม โอนเงินไปให้ก็ไม่ได้เพราะเปาะไม่มีบัญชี")


def test_the_place_of_one_who_writes_for_someone_else_is_not_theirs() -> None:
    """The daughter in Bangkok wrote for her father stranded in Hat Yai: the request
    went to Bangkok's office, and where he was never asked."""
    assert "current_province" not in read_message(FOR_FATHER)
    # one writing of their own place, for nobody else, is where they are
    said = read_message("หนูอยู่กทมค่ะ ไม่มีค่ารถกลับบ้าน")
    assert said["current_province"]["name"] == "กรุงเทพมหานคร"
    # the writer with them, or there too, is where they are
    for with_them in ("หนูพิมพ์แทนแม่ค่ะ แม่กับหนูอยู่ระยอง", "หนูพิมพ์แทนแม่ค่ะ หนูอยู่ระยองกับแม่",
                      "หนูพิมพ์แทนแม่ค่ะ หนูก็อยู่ระยองเหมือนกัน"):
        assert read_message(with_them)["current_province"]["name"] == "ระยอง"
    # the place of the one written for, said so, still is
    said = read_message("ผมพิมพ์แทนแม่ครับ ผมอยู่เชียงใหม่ แม่ติดอยู่ที่ชลบุรี ไม่มีค่ารถกลับบ้าน")
    assert said["current_province"]["name"] == "ชลบุรี"


def test_a_card_still_had_said_with_a_southern_kin_word(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("หนูพิมพ์แทนเปาะค่ะ เปาะไม่มีค่ารถกลับบ้าน")
    chat.say("บัตรเปาะยังอยู่ค่ะ โจรเอาไปแต่ตัง")
    assert chat.state.data["answers"]["id_card"] is True


@pytest.mark.parametrize(("text", "asks"), [
    ("ช่วยค่ารถกลับบ้านได้ด้วยเหรอคะ", True), ("ต้องใช้บัตรมั๊ยคะ", True),
    ("ต้องไปเองรึเปล่าคะ", True), ("ไม่มีหรอกค่ะ", False), ("ไม่มีหรอค่ะ", False),
    ("ไม่ด่วนหรอกครับ", False)])
def test_questions_asked_with_hero_and_ro(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def test_pregnant_said_at_the_start_of_a_part() -> None:
    said = read_message("หนูทำงานร้านข้าวที่โกตาบารูค่ะ ท้องแล้วนายจ้างให้ออก")
    assert said["special_needs"] == ["pregnant"]
    assert "pregnant" not in read_message("ปวดท้องแล้วค่ะ").get("special_needs", [])
    for lost in ("ท้องแล้วแท้งไปเมื่อเดือนก่อน", "ท้องแล้วแต่แท้ง ตอนนี้ไม่มีเงินกลับบ้าน",
                 "ท้องแล้วลูกเสีย แฟนทิ้ง"):  # no longer pregnant (the reviews)
        assert "special_needs" not in read_message(lost)


@pytest.mark.parametrize(("text", "urgent"), [
    ("คืนนี้โต๊ะอิหม่ามให้นอนที่บ้านก่อนค่ะ", False), ("ป้าให้นอนที่บ้านได้ค่ะ", False),
    ("ญาติไม่ให้นอนบ้าน", None), ("เจ้าของหอไม่ยอมให้นอนแล้ว", None),
    # the second review: these were read as a roof (the first, "ไม่มีที่ให้นอนคืนนี้ค่ะ",
    # turned no shelter into a roof)
    ("ไม่มีที่ให้นอนคืนนี้ค่ะ", True), ("ไม่มีใครให้นอนด้วย", None),
    ("ญาติไม่สะดวกให้นอนที่บ้าน", None), ("เพื่อนเคยให้นอนที่ห้อง แต่ตอนนี้ไล่ออกแล้ว", None),
    ("ป้าให้นอนที่บ้านคืนนี้คืนเดียว พรุ่งนี้ต้องออก", True),
    # the third review: a stay no longer given, and a temple, are no roof
    ("ป้าให้นอนที่บ้านไม่ได้แล้วค่ะ ไม่มีค่ารถกลับบ้าน", None),
    ("เพื่อนให้นอนด้วยไม่ได้แล้วครับ", None), ("ยายให้นอนบ้านตอนกลางวัน กลางคืนไม่ให้", None),
    ("ผมไม่มีบ้าน ตอนนี้หลวงพ่อให้นอนที่วัดครับ", True)])
def test_put_up_by_someone_tonight_is_not_urgent(text: str, urgent: bool | None) -> None:
    assert BY_KEY["urgent"].parse(text, None) is urgent


@pytest.mark.parametrize(("text", "abroad"), [
    ("ยะลาค่ะ ทางมาเลย์", False), ("นราธิวาส ทางมาเลเซียครับ", False),
    ("สมุทรสาคร มหาชัย เมียวดีครับ ฝั่งพม่า", True), ("สงขลา ทางฝั่งมาเลย์", True),
    ("ทางมาเลย์ค่ะ", True), ("กลับบ้านที่ลาวครับ", True)])
def test_the_way_a_thai_place_lies_is_no_home_abroad(text: str, abroad: bool) -> None:
    """The last session's note: "ยะลาค่ะ ทางมาเลย์" (Yala, toward Malaysia) refused the
    person as going home abroad."""
    assert (read_message(text).get("home_abroad") is True) is abroad


@pytest.mark.parametrize("text", ["โดนผู้ชายโรคจิตตามที่หอ", "นายจ้างโรคจิต ด่าทุกวัน"])
def test_a_creep_is_no_mental_health_need(text: str) -> None:
    """The review: "โรคจิต" of someone else is a pervert, not an illness (false sensitive
    data on the request)."""
    assert "need_hints" not in read_message(text)


def test_bang_and_kah_name_the_writer_as_phi_does() -> None:
    said = read_message("ช่วยก๊ะหน่อยค่ะ ก๊ะอยู่หาดใหญ่ ไม่มีค่ารถกลับบ้าน")
    assert said["current_province"]["name"] == "สงขลา" and "writes_for" not in said


@pytest.mark.parametrize("text", ["ไม่ยินยอมได้ไหมครับ", "ไม่ยินยอมได้มั๊ยครับ"])
def test_a_no_asked_as_leave_is_a_no_to_recording(dialog: Dialog, text: str) -> None:
    """The review: with มั๊ย read as a question, this no met "ยังไม่เข้าใจ" (as the same
    words with ไหม already did)."""
    chat = consented(dialog)
    chat.say("เพิ่งพ้นโทษครับ ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี บ้านอยู่ขอนแก่น มีบัตร")
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.data.get("slot") == "sensitive_consent"
    chat.say(text)
    assert chat.state.data["answers"]["sensitive_consent"] is False
