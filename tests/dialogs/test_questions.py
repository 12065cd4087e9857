"""What counts as a question (answered, not read as an answer)."""

from __future__ import annotations

import pytest

from dialogs.questions import is_question


def test_a_few_days_is_not_a_question() -> None:
    assert not is_question("พักห้องเพื่อนได้อีกไม่กี่วัน")
    assert is_question("ได้กี่วัน")
    assert is_question("ค่าอาหารได้วันละเท่าไหร่")


def test_who_and_when_ask_but_nobody_does_not() -> None:
    assert is_question("ใครมีสิทธิ์ขอเงินค่ารถกลับบ้านบ้างคะ")
    assert is_question("เงินจะได้เมื่อไหร่")
    assert not is_question("ไม่มีใครดูแล ไม่มีค่ารถกลับบ้าน")


def test_nothing_at_all_is_no_question_but_what_is() -> None:
    assert not is_question("ไม่มีหนังสืออะไรเลยค่ะ")
    assert not is_question("ไม่ได้กินอะไรเลย")
    assert is_question("ต้องใช้เอกสารอะไรบ้าง")


def test_burnt_is_no_question_but_burnt_asked_is() -> None:
    assert not is_question("บ้านไหม้ครับ ไม่มีเงินค่ารถกลับบ้าน")  # dev4: a fire
    assert is_question("บ้านไหม้ขอเงินช่วยได้ไหมคะ")


def test_contacting_nobody_is_no_question() -> None:
    # dev12 boat escapee, to the letter question
    assert not is_question("ไม่มีครับ ที่บ้านไม่มีใครแล้ว ติดต่อใครไม่ได้")
    assert not is_question("ใครก็ไม่รู้จักเลยค่ะ")
    assert is_question("ติดต่อใครได้บ้างคะ")


@pytest.mark.parametrize("text", [
    "ถ้าพ่อเฒ่าหลบบ้านคนเดียวไม่ไหว แก่แล้วหูตาไม่ดี มีเจ้าหน้าที่ไปส่งด้วยม่ายคะ",  # dev90
    "ได้ม่ายครับ",
])
def test_maai_with_a_particle_asks(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize("text", [
    "เค้าบอกว่าม่าย", "เป็นแม่ม่ายค่ะ ลูกสองคน", "หนูเป็นแม่ม่ายคะ", "ม่ายค่ะ ไม่มี",
    "ผมเป็นพ่อม่ายครับ",
])
def test_maai_as_no_or_widowed_never_asks(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize("text", [
    "ถ้าเดือดร้อนตอนกลางคืน โทรเบอร์ได๋ได้ตลอด24ชั่วโมงครับ",  # dev51
    "ถ้าตกรถกลางคืน ห้าทุ่มแล้ว ที่ว่าการปิดหมด ต้องโทรเบอร์ไหนขอความช่วยเหลือได้คะ",  # dev57
    "ขอความช่วยเหลือได้ช่องทางไหนคะ",
])
def test_which_number_asks(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize("text", [
    "ผมอยู่ขอนแก่น ไม่มีเบอร์ไหนติดต่อได้เลย", "เบอร์ไหนก็ได้ค่ะ โทรมาเลย", "ได๋",
])
def test_no_number_never_asks(text: str) -> None:
    assert not is_question(text)


def test_a_case_supposed_and_asked_in_one_piece_is_nobodys_own() -> None:
    from dialogs.consent_words import own_facts
    # dev36: "if the card is lost, what instead?" was read as the writer's lost card
    assert not own_facts("ถ้าจะขอเงินช่วยเหลือค่ารถกลับภูมิลำเนา ต้องใช้เอกสารอะไรบ้างคะ "
                         "แล้วถ้าบัตรประชาชนหายต้องใช้อะไรแทน")
    assert own_facts("ถ้าอยากกลับบ้านแต่ไม่มีเงิน ขอให้ช่วยได้ไหมคะ")  # told, asked apart
    assert own_facts("บัตรหายค่ะ ต้องใช้อะไรแทน")
    assert own_facts("ถ้าบัตรหายใช้อะไรแทนได้คะ ตอนนี้อยู่หมอชิต")
