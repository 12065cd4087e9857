"""A full name kept whole (dialogs.names): the surname after the first name, in a story
or as the answer, without the words after it; and a name fixed ("ชื่อผิด ต้องเป็น X"),
before or after the request is sent."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.contact import contact_fix
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.readers import read_name
from dialogs.types import UpdateContact

from .test_engine import consented
from .test_summary import at_name_summary, sent


@pytest.mark.parametrize(("text", "name"), [
    # dev16: a story that opens with the full name, then the age or the phone
    ("สวัสดีครับผมชื่อสมพงษ์ บุตรวงศ์ อายุ34 มาจากนครพนม จ่ายเงินให้นายหน้า15000บาท",
     "สมพงษ์ บุตรวงศ์"),
    ("สวัสดีค่ะ ชื่อ ซารีนา หมัดอะหลี ค่ะ อายุ 24 คนนครศรีฯ อ.ท่าศาลา", "ซารีนา หมัดอะหลี"),
    ("ผมชื่ออับดุลเลาะ สาแม อายุ 30 อยู่ยะลา", "อับดุลเลาะ สาแม"),
    ("ชื่อ หมี่ แซ่ย่าง อายุ 50 ค่ะ", "หมี่ แซ่ย่าง"),
    ("ชื่อสมชาย ใจดีครับ อายุ 40", "สมชาย ใจดี"),
    ("ชื่อมาลี ทองมา เบอร์ 0812345678", "มาลี ทองมา"),
])
def test_a_full_name_in_a_story_keeps_its_surname(text: str, name: str) -> None:
    assert extract_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อต้น ตกงาน อายุ 30", "ต้น"),  # a trouble, not a surname
    ("ชื่อต้น มาจาก นครพนม", "ต้น"),
    ("ผมชื่อต้น ไม่มีเงิน ครับ", "ต้น"),
    ("ชื่อมาลี ช่วยด้วย ค่ะ", "มาลี"),
    ("ชื่อต้น หนีออกมา อยู่ชลบุรี", "ต้น"),  # nothing after it says a name ended
])
def test_the_words_after_a_name_are_no_surname(text: str, name: str) -> None:
    assert extract_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    # dev16: a surname that starts like a word ("มี")
    ("จันทร์เพ็ญ มีสุข เบอร์ตัวเองโดนยึดค่ะ ใช้เบอร์พี่สาว 0918264730 นะคะ", "จันทร์เพ็ญ มีสุข"),
    ("มาลี อยู่เย็นค่ะ", "มาลี อยู่เย็น"),
    ("ชื่อต้น มาจาก นครพนม", "ต้น"),
])
def test_a_surname_starting_like_a_word_is_kept(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize("text", ["มาลี มีแฟน", "มาลี มีตังค์", "มาลี มีลูก", "มาลี อยู่คนเดียว"])
def test_what_one_has_is_no_surname(text: str) -> None:
    assert read_name(text, None) == "มาลี"


@pytest.mark.parametrize(("text", "name"), [
    # dev16, dev17: the name read back after sending, fixed
    ("นามสกุลผิดครับ ตกไปคำนึง ต้องเป็น เกียรติศักดิ์ จันทร์หอมศรี", "เกียรติศักดิ์ จันทร์หอมศรี"),
    ("ชื่อผิดเจ้า ต้องเป็น บัวแก้ว ปัญญาวงค์ บ่ใช่บัวแก่น พิมพ์ผิด", "บัวแก้ว ปัญญาวงค์"),
    ("ไม่ใช่สมศักดิ์ ชื่อผิด ต้องเป็นสมศรี", "สมศรี"),
    ("ชื่อผมพิมพ์ผิดครับ ที่ถูกคือ ประเสริฐ", "ประเสริฐ"),
    ("ชื่อที่ถูกต้องคือ สมศรี", "สมศรี"),
])
def test_a_name_said_wrong_gives_the_right_one(text: str, name: str) -> None:
    assert extract_name(text) == name
    assert contact_fix(text) == (None, name)


@pytest.mark.parametrize("text", [
    "ชื่อแม่ผิด ต้องเป็น มาลี",  # someone else's name
    "นามสกุลผิด ต้องเป็น จันทร์หอมศรี",  # a surname alone is no name to call
    "เบอร์ผิดค่ะ ต้องเป็น 0812345678",
])
def test_no_name_of_ones_own_is_read_from_these_fixes(text: str) -> None:
    assert extract_name(text) is None


def test_a_surname_alone_fixed_after_sending_is_the_surname(dialog: Dialog) -> None:
    """The name sent lives in the request (bot/ puts the surname after its first name:
    tests/bot/test_contact_fix.py); a whole name fixed is the whole name."""
    chat = at_name_summary(dialog)
    chat.say("เกียรติศักดิ์ จันทร์หอม 0826413957")
    case = sent(chat)
    assert case is not None and case["name"] == "เกียรติศักดิ์ จันทร์หอม"
    result = chat.say("นามสกุลผิดครับ ต้องเป็น จันทร์หอมศรี")
    assert result.effects == (UpdateContact(surname="จันทร์หอมศรี"),)
    assert "จันทร์หอมศรี" in result.replies[0].text
    full = chat.say("นามสกุลผิดครับ ตกไปคำนึง ต้องเป็น เกียรติศักดิ์ จันทร์หอมศรี")
    assert full.effects == (UpdateContact(phone=None, name="เกียรติศักดิ์ จันทร์หอมศรี"),)


def test_a_name_fixed_at_the_summary_is_shown_fixed(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ชื่อป้าแดง 0865551234 ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.name == st.CONFIRM and chat.state.data["answers"]["name"] == "ป้าแดง"
    chat.say("ชื่อผิดเจ้า ต้องเป็น บัวแก้ว ปัญญาวงค์ บ่ใช่บัวแก่น พิมพ์ผิด")
    assert chat.state.data["answers"]["name"] == "บัวแก้ว ปัญญาวงค์" and sent(chat) is None


@pytest.mark.parametrize(("text", "name"), [
    # dev16: a Malay-Muslim name the tokeniser cuts into four syllables (อับ|ดุล|รอ|แม)
    ("อับดุลรอแม สะแลแม 0869532174", "อับดุลรอแม สะแลแม"),
    ("แวดือราแม ค่ะ", "แวดือราแม"),
    ("ตูแวดานียา", "ตูแวดานียา"),
])
def test_a_name_cut_into_many_syllables_stays_whole(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


@pytest.mark.parametrize(("text", "name"), [
    ("แดงนอนข้างถนน", "แดงนอนข้าง"),  # words, not syllables: no longer than before
    ("หิวมากไม่ไหวแล้ว", "หิวมาก"),
])
def test_words_are_not_taken_as_a_long_name(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


@pytest.mark.parametrize("text", ["ไม่ใช่นามสกุลผิดนะคะ ชื่อผิด ที่ถูกคือ สมศรี",
                                  "นามสกุลผิดค่ะ ที่ถูกคือ เหมือนในบัตร"])
def test_no_surname_is_fixed_from_a_name_fix_or_a_word(dialog: Dialog, text: str) -> None:
    """The review: the first set "สมศรี" as the surname, the second "เหมือนในบัตร"."""
    chat = at_name_summary(dialog)
    chat.say("เกียรติศักดิ์ จันทร์หอม 0826413957")
    assert sent(chat) is not None
    result = chat.say(text)
    assert not any(isinstance(e, UpdateContact) and e.surname for e in result.effects)
