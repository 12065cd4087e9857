"""dev97 (group gA): a run-on story's name and hunger, a prison named after the day, an
old man typing without tone marks, "คะ" typed for ค่ะ before the answer at the consent."""

from __future__ import annotations

import pytest

from dialogs.consent_preview import split_consent
from dialogs.elder_title import elder_said_in
from dialogs.engine import Dialog
from dialogs.parse_numbers import clean_text
from dialogs.understand import read_message
from dialogs.urgency import read_urgent

from .test_engine import Chat
from .test_intake import asked


def _place(text: str, key: str) -> str | None:
    found = read_message(text).get(key)
    return found["name"] if found else None


# --- the name stops at a word of the sentence cut by the tokeniser ---
@pytest.mark.parametrize(("text", "name"), [
    ("สวัสดีครับผมชื่อสมศักดิ์ทำงานก่อสร้างอยู่ชลบุรีนายจ้างหนีไม่จ่ายค่าแรง", "สมศักดิ์"),
    ("ผมชื่อสมชายทำงานก่อสร้างครับ", "สมชาย"),
    ("ชื่อสมศรีทำงานบ้านค่ะ", "สมศรี"),
    ("ชื่อแดงเดินทางไกลมา", "แดง"),
    # never a name that only looks like the start of such a word
    ("ชื่อทำนองครับ", "ทำนอง"), ("ชื่อบุญมีค่ะ", "บุญมี"), ("ชื่อมาลีทำงานโรงงาน", "มาลี")])
def test_name_before_a_cut_word(text: str, name: str) -> None:
    assert read_message(text)["name"] == name


# --- hunger now, answered to "is it urgent?" ---
@pytest.mark.parametrize("text", [
    "ข้าวยังไม่ได้กินเลยครับ", "วันนี้ยังไม่ได้กินข้าวเลยคะ ลูกหิว", "ไม่มีข้าวกินเลย",
    "หิวมากค่ะ", "อดข้าวมาสองวันแล้ว",
    "ยังไม่ได้กินข้าวเลยค่ะ เงินหมด ห้องเช่าเขาให้อยู่ได้ถึงพรุ่งนี้"])  # (dev94: urgent)
def test_hunger_is_urgent(text: str) -> None:
    assert read_urgent(text, None) is True


@pytest.mark.parametrize(("text", "urgent"), [
    ("ตกงานค่ะ", None), ("ไม่มีรายได้", None), ("ไม่มีค่ารถ", None), ("ไม่หิว", None),
    ("ไม่อดข้าว", None), ("ยังมีข้าวกิน", None), ("ยังพอมีข้าวกิน แค่ไม่มีค่ารถ", None),
    ("เมื่อวานไม่มีข้าวกิน วันนี้เพื่อนให้ข้าวแล้ว", None),
    ("ยังไม่ได้กินข้าว แต่ไม่ด่วน", False), ("นอนห้องเพื่อนได้ ข้าวยังไม่ได้กิน", False)])
def test_no_hunger_now_or_a_place(text: str, urgent: bool | None) -> None:
    assert read_urgent(text, None) is urgent


# --- the prison just left, named after the day ---
@pytest.mark.parametrize(("text", "here"), [
    ("ผมพึ่งออกจากคุกเมื่อวานเรือนจำกลางสุราษฎร์ธานีบ้านอยู่ชุมพรไม่มีเงินติดตัวเลย"
     "เมื่อคืนนอนหน้าเซเว่นบัตรประชาชนยังมีอยู่อยากกลับไปหาแม่แล้วก็อยากหางานทำครับ", "สุราษฎร์ธานี"),
    ("เพิ่งออกจากคุกเมื่อวาน เรือนจำกลางเชียงใหม่ บ้านอยู่ลำปาง", "เชียงใหม่"),
    ("ออกจากคุกเมื่อวานที่เชียงใหม่", "เชียงใหม่"),
    # never one left long ago, nor home
    ("ออกจากคุกเชียงใหม่มาสองปีแล้ว", None), ("ออกจากคุกมาสองปีแล้ว เรือนจำกลางเชียงใหม่", None),
    ("ออกจากคุกเมื่อวาน จะกลับลำปาง", None)])
def test_prison_left_named_after_the_day(text: str, here: str | None) -> None:
    assert _place(text, "current_province") == here


def test_home_beside_the_prison() -> None:
    text = "ผมพึ่งออกจากคุกเมื่อวานเรือนจำกลางสุราษฎร์ธานีบ้านอยู่ชุมพร"
    assert _place(text, "home_province") == "ชุมพร"


# --- words typed with no tone mark ---
@pytest.mark.parametrize(("text", "key", "value"), [
    ("คืนนีไมรูจะนอนไหน", "urgent", True), ("คืนนี้ไมรูจะนอนไหน", "urgent", True),
    ("ตอนนีไม่รูจะนอนที่ไหน", "urgent", True),
    ("ลุงแกแลว", "special_needs", ["elderly"]), ("ยายแกแล้วค่ะ", "special_needs", ["elderly"])])
def test_toneless_words(text: str, key: str, value: object) -> None:
    assert read_message(text).get(key) == value


@pytest.mark.parametrize(("text", "cleaned"), [
    ("ดูแลวัด", "ดูแลวัด"), ("ไม่รูด", "ไม่รูด"), ("บอกลุงแกแล้ว", "บอกลุงแกแล้ว"),
    ("ลุงแกแล้วไปไหน", "ลุงแกแล้วไปไหน"), ("ไปแลว", "ไปแล้ว"), ("วันนีไม่ว่าง", "วันนี้ไม่ว่าง")])
def test_toneless_spelling_guarded(text: str, cleaned: str) -> None:
    assert clean_text(text) == cleaned


def test_toneless_not_an_elder() -> None:
    assert "special_needs" not in read_message("บอกลุงแกแล้ว")


# --- Phichit with its silent ร dropped ---
@pytest.mark.parametrize("text", ["ไมมีเงินกลับบานพิจิต", "ไม่มีเงินกลับบ้านพิจิต", "จะกลับพิจิต"])
def test_phichit_without_ro(text: str) -> None:
    assert _place(text, "home_province") == "พิจิตร"


@pytest.mark.parametrize("text", ["วิจิตรมาก", "ลายพิจิตรสวยงาม"])
def test_no_phichit(text: str) -> None:
    got = read_message(text)
    assert "home_province" not in got and "current_province" not in got


# --- an elder hinted at the consent question ---
@pytest.mark.parametrize("text", ["ลุงมาหาลูกทีปากนำ ลูกยายไปแลว หาไมเจอ", "ป้ามาเยี่ยมหลานที่ระยอง"])
def test_elder_hinted_at_consent(text: str) -> None:
    assert elder_said_in(text).get("care_again") is True


@pytest.mark.parametrize("text", ["หนูมาหาแม่ที่ระยอง", "ลุงมากกว่า", "ลูกมาหาแม่"])
def test_no_elder_hinted(text: str) -> None:
    assert elder_said_in(text) == {}


# --- "คะ" typed for ค่ะ, then the answer to the question shown ---
@pytest.mark.parametrize(("text", "rest"), [
    ("คะ มีคะ", "มีคะ"), ("คะ ไม่มีบัตรคะ", "ไม่มีบัตรคะ"), ("คะ มีค่ะ อยู่ภูเก็ต", "มีค่ะ อยู่ภูเก็ต")])
def test_kha_first_is_a_yes(text: str, rest: str) -> None:
    assert split_consent(text) == (True, rest)


@pytest.mark.parametrize("text", ["คะ? มีอะไรคะ", "นะคะ ช่วยหนูด้วย", "มีคะ"])
def test_kha_not_a_yes(text: str) -> None:
    assert split_consent(text)[0] is not True


def test_consent_after_a_story_with_kha(dialog: Dialog) -> None:
    """"คะ มีคะ" after a story typed at the notice: consent and the card (dev97: kept as
    an answer four times, then handed to staff)."""
    chat = Chat(dialog)
    chat.say("สวัสดีคะ")
    chat.say("ตกงานคะ อยู่ภูเก็ต จะกลับเพชรบูรณ์ ไม่มีค่ารถ")
    chat.say("ลูก๒คน")
    chat.say("คะ มีคะ")
    assert chat.state.data.get("consent") is True
    got = chat.state.data["answers"]
    assert got["id_card"] is True and got["current_province"]["name"] == "ภูเก็ต"


def test_old_man_without_tone_marks_is_asked_his_care(dialog: Dialog) -> None:
    chat = Chat(dialog)
    for text in ("สวัสดีครับ", "ลุงมาหาลูกทีปากนำ ลูกยายไปแลว หาไมเจอ", "ไมมีเงินกลับบานพิจิต",
                 "ครับ", "มีครับ", "ปากนำ", "คนเดียว", "คืนนีไมรูจะนอนไหน"):
        chat.say(text)
    got = chat.state.data["answers"]
    assert got["urgent"] is True and got["home_province"]["name"] == "พิจิตร"
    assert asked(chat) == "special_needs"
    chat.say("ลุงแกแลว")
    assert "elderly" in chat.state.data["answers"]["special_needs"]
