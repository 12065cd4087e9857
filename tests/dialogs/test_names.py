"""The name read from free text (dialogs.names): a word wrongly taken as a name goes to
the officers with the request, so each fix has both sides: what is no name is never
read as one, and a real name still is."""

from __future__ import annotations

import pytest

from dialogs.names import extract_name
from dialogs.parse import parse_yes_no
from dialogs.readers import read_name
from dialogs.refusals import is_refusal, refuses_name
from dialogs.replies import address
from dialogs.understand import read_message


@pytest.mark.parametrize("text", [
    "เดี๋ยวขอหาเบอร์ก่อน", "รอแป๊บนะคะ", "รอก่อนนะ", "เดี๋ยวนะคะ", "งง", "อ๋อค่ะ", "อ้อ",
    "เอ่อ", "ใช้เบอร์เพื่อน 0812345678", "โทรศัพท์หายค่ะ ใช้เบอร์เพื่อน 0812345678",
    "มือถือหาย", "ฟหกด", "ๅ/-ภ", "asdf", "[สติกเกอร์]", "(sticker)", "😀😀", "🙏", "ขอโทษค่ะ",
    "ทำไมต้องบอกชื่อ", "หา", "ฮะ", "เอาชื่อเล่นได้ไหม", "hello", "thank you"])
def test_no_name_is_invented(text: str) -> None:
    assert read_name(text, None) is None


@pytest.mark.parametrize(("text", "name"), [
    ("ต้อย", "ต้อย"), ("บัวผัน", "บัวผัน"), ("สมศักดิ์ครับ", "สมศักดิ์"), ("น้องเอ ค่ะ", "น้องเอ"),
    ("พี่ต้อย", "พี่ต้อย"), ("รอฮานา", "รอฮานา"), ("พิมพ์ชนก", "พิมพ์ชนก"), ("ไรวินท์", "ไรวินท์"),
    ("เดือนเพ็ญ", "เดือนเพ็ญ"), ("John", "John"), ("Mary 0812345678", "Mary"),
    ("ต้อย ๐๘๑๒๓๔๕๖๗๘", "ต้อย"), ("๐๘๑๒๓๔๕๖๗๘ ต้อยค่ะ", "ต้อย"),
    ("ขอบคุณค่ะ แดง 0812345678", "แดง"), ("สวัสดีค่ะ มาลี", "มาลี"),
    ("คุณสมชาย 0812345678", "คุณสมชาย"), ("my name is John", "John"), ("I'm Mary", "Mary"),
    ("ชื่อเล่นค่ะ ต้อย", "ต้อย"), ("ต้อย ชื่อเล่นค่ะ", "ต้อย")])
def test_a_real_name_alone_is_still_read(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize(("text", "name"), [
    ("ยายมานะจ๊ะ 081 234 5678", "ยายมา"), ("ผมชื่อบอยครับผม 0812345678", "บอย"),
    ("แดงค่ะ", "แดง"), ("แดงคะ", "แดง"), ("แดงครับ", "แดง"), ("แดงคับ", "แดง"),
    ("แดงจ้า", "แดง"), ("แดงจ้ะ", "แดง"), ("แดงจ๊ะ", "แดง"), ("แดงนะ", "แดง"),
    ("แดงนะคะ", "แดง"), ("แดงนะครับ", "แดง"), ("แดงฮะ", "แดง"), ("แดงค่า", "แดง"),
    ("ชื่อ แดง นะคะ", "แดง"), ("แดงเองค่ะ", "แดง"), ("เรียกว่า แดง", "แดง"),
    ("แดงก็ได้", "แดง"), ("เรียกแดงก็ได้ค่ะ", "แดง"), ("ชื่อเล่น แดง", "แดง")])
def test_particles_after_a_name_are_dropped(text: str, name: str) -> None:
    assert read_name(text, None) == name


def test_the_bot_never_doubles_khun() -> None:
    name = read_name("คุณสมชาย 0812345678", None)
    assert name is not None and address(name) == "คุณสมชาย"
    assert address("สมชาย") == "คุณสมชาย"


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อจริง สมศรี นามสกุล ใจดี", "สมศรี ใจดี"), ("ชื่อสมศรีนามสกุลใจดี", "สมศรี ใจดี"),
    ("สมศรี นามสกุล ใจดี", "สมศรี ใจดี"),
    ("ชื่อจริง สมศรี ใจดี ชื่อเล่น แดง", "สมศรี ใจดี (แดง)"),
    ("ชื่อเล่นแดง ชื่อจริงสมศรี", "สมศรี (แดง)")])
def test_the_real_name_comes_first_the_nickname_beside_it(text: str, name: str) -> None:
    assert read_name(text, None) == name


def test_a_surname_that_tells_something_is_no_surname() -> None:
    assert read_name("ชื่อ สมศรี นามสกุล ตกงาน", None) == "สมศรี"


@pytest.mark.parametrize("text", ["นายจ้างชื่อสมชาย", "ลูกชื่อบี", "แม่ผมชื่อมาลี",
                                  "หัวหน้าชื่อ สมชาย 0812345678", "ลูกสาวชื่อฝนค่ะ",
                                  "เพื่อนชื่อเอ 0812345678"])
def test_someone_elses_name_is_not_the_writers(text: str) -> None:
    assert read_name(text, None) is None
    assert read_message(text).get("name") is None


@pytest.mark.parametrize(("text", "name"), [
    ("นายจ้างชื่อสมชาย ผมชื่อต้น", "ต้น"), ("ลูกชื่อบี ส่วนหนูชื่อฝน", "ฝน"),
    ("ป้าชื่อแดงจ้ะ", "แดง"), ("ยายชื่อมาค่ะ", "มา"), ("แม่ชื่อ วันเพ็ญ ค่ะ 0843332211", "วันเพ็ญ"),
    ("เขาชื่อแดงค่ะ", "แดง"), ("ชื่อสุริยาครับเบอร์ 0892157810", "สุริยา")])
def test_the_writers_own_name_beside_someone_elses(text: str, name: str) -> None:
    assert read_name(text, None) == name


def test_a_story_needs_a_cue_for_a_name() -> None:
    assert read_message("ใช้เบอร์เพื่อน 0812345678").get("name") is None
    assert read_message("นายจ้างชื่อสมชายไม่จ่ายเงิน").get("name") is None
    assert read_message("ผมชื่อบอยครับผม ตกงานอยู่ชลบุรี").get("name") == "บอย"


@pytest.mark.parametrize("text", [
    "ไม่อยากบอกชื่อค่ะ", "ไม่บอกชื่อ", "ขอไม่บอกชื่อนะคะ", "ไม่สะดวกบอกชื่อค่ะ 0812345678",
    "ไม่บอกได้ไหมคะ", "ไม่ขอบอกชื่อ", "ไม่อยากให้ชื่อค่ะ"])
def test_a_refused_name_is_a_refusal_and_no_name(text: str) -> None:
    assert is_refusal(text)
    assert read_name(text, None) is None


@pytest.mark.parametrize("text", ["บอกชื่อแดงค่ะ", "ชื่อแดง 0812345678", "แดงค่ะ", "บอกแล้วค่ะ"])
def test_giving_the_name_is_no_refusal(text: str) -> None:
    assert not is_refusal(text)


def test_the_phone_still_counts_when_the_name_is_refused() -> None:
    said = read_message("ไม่สะดวกบอกชื่อค่ะ 0812345678")
    assert said.get("phone") == "0812345678" and "name" not in said


@pytest.mark.parametrize("text", ["ฮะ", "ฮะ?", "ฮ่ะ", "หา", "อะไรนะ", "งง", "ห๊ะ"])
def test_huh_is_no_yes(text: str) -> None:
    assert parse_yes_no(text) is None


@pytest.mark.parametrize("text", ["ได้ฮะ", "ใช่ฮะ", "ค่ะ", "ครับ", "ได้ค่ะ"])
def test_a_polite_yes_is_still_yes(text: str) -> None:
    assert parse_yes_no(text) is True


def test_names_from_the_corpus_are_still_read() -> None:
    from pythainlp.corpus import thai_female_names, thai_male_names

    names = sorted(thai_female_names() | thai_male_names())[::25]
    read = [n for n in names if extract_name(n, bare=True) == n]
    assert len(read) >= 0.94 * len(names)
    # a long name may be cut after three words ("หนูแดง" is "I, แดง"), never read as another
    wrong = [n for n in names if (extract_name(n, bare=True) or n) not in n]
    assert wrong == []


@pytest.mark.parametrize(("text", "name_only"), [
    ("ไม่อยากบอกชื่อค่ะ", True), ("ขอไม่บอกชื่อนะคะ", True), ("ไม่ประสงค์ออกนาม", True),
    ("ไม่อยากบอกชื่อกับเบอร์", False), ("ไม่ให้เบอร์ค่ะ", False), ("ไม่สะดวก", False),
    ("ชื่อแดงค่ะ", False)])
def test_a_refusal_of_the_name_only(text: str, name_only: bool) -> None:
    assert refuses_name(text) is name_only


@pytest.mark.parametrize("text", ["ยินยอม", "ยินยอมค่ะ", "ตกลงค่ะ"])
def test_consent_typed_again_is_no_name(text: str) -> None:
    """A reviewer's request was sent as "เจ้าหน้าที่จะโทรหาคุณยินยอม"."""
    assert read_name(text, None) is None


@pytest.mark.parametrize(("text", "name"), [
    ("สวัสดีค่ะ ชื่อสมศรี ใจดี เบอร์ 0891234567 ค่ะ ตอนนี้อยู่พัทยา", "สมศรี ใจดี"),  # dev6
    ("ชื่อสมศรี ใจดี 0891234567", "สมศรี ใจดี"),
    ("ชื่อต้น ตกงานครับ เบอร์ 0891234567", "ต้น"),  # words, not a surname
    ("ชื่อต้น อยู่ชลบุรี 0891234567", "ต้น"),
])
def test_a_surname_between_the_name_and_the_phone_in_a_story(text: str, name: str) -> None:
    assert read_message(text).get("name") == name
