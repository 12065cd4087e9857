"""Misreadings found this session: dev67's leftovers and the blind development sets
dev70 to dev72."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.after_needs import nothing_more
from dialogs.at_home import AT_HOME_AGAIN, AT_HOME_ASK
from dialogs.consent_yes import consent_word, unrelayed
from dialogs.contact import no_phone
from dialogs.districts import _rows
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.parse import parse_yes_no
from dialogs.parse_phone_id import parse_phone
from dialogs.questions import is_question
from dialogs.refusals import refuses_name
from dialogs.slots import BY_KEY
from dialogs.types import RequestHandoff
from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency

from .test_engine import Chat


@pytest.mark.parametrize(("text", "want"), [
    # a name the tokeniser cuts at "มี" (dev67: "กามีลา" was the name "กา")
    ("กามีลา 0873334455", "กามีลา"), ("อามีนะห์ 0812345678", "อามีนะห์"),
    ("จามีละห์ค่ะ", "จามีละห์"), ("ฮามีดะ", "ฮามีดะ"),
    # one who has something, as before
    ("แดงมีตังค์", "แดง"), ("อามีบัตร", "อา"), ("ปูมีงาน", "ปู"),
])
def test_a_name_with_mi_inside(text: str, want: str) -> None:
    assert extract_name(text, bare=True) == want


def test_a_name_with_mi_inside_after_the_cue() -> None:
    assert extract_name("ชื่อกามีลาค่ะ") == "กามีลา"
    assert extract_name("ชื่อปูมีงานทำแล้ว") == "ปู"


@pytest.mark.parametrize(("text", "urgent"), [
    # Isan "can it?" before more words asks, and denies nothing after it (dev67)
    ("๗ คน เอ้ย ๘ คน นับตัวเองด้วย เหมารถไปพร้อมกันได้บ่ ด่วน นอนท่าเรือ", True),
    ("ไปได้บ่ ด่วน", True),
    # "บ่" before the word denies it, as before
    ("บ่ด่วน", False), ("ไปได้ บ่ด่วน", False), ("ด่วนบ่ บ่ด่วน", False),
])
def test_can_it_asked_before_the_urgency(text: str, urgent: bool) -> None:
    assert read_message(text).get("urgent") is urgent


@pytest.mark.parametrize(("text", "asks"), [
    ("เหมารถไปพร้อมกันได้บ่ ด่วน นอนท่าเรือ", True), ("ไปเองได้บ่ครับ มีคนพาไปไหม", True),
    ("ผมบ่ มีบัตร", False), ("บ่ได้ ไปเองบ่ได้", False),
])
def test_can_it_is_a_question(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(("text", "state"), [
    # a card soaked, "บัตร" spelt by sound (dev67: asked twice, the state left unread)
    ("มีบัดค่ะ แต่บัดตกน้ำเปื่อยหมดแล้ว ใช้ได้บ่คะ", "damaged"), ("มีค่ะ บัดเปื่อย", "damaged"),
    ("บัตรตกน้ำเปื่อยหมด", "damaged"), ("บัตรโดนน้ำพังหมด", "damaged"),
    # fell in the water and still fine, or "บัดนี้" (now): no damage
    ("บัตรตกน้ำแต่ยังใช้ได้", None), ("บัดนี้ตกน้ำ", None),
])
def test_a_card_soaked(text: str, state: str | None) -> None:
    assert read_message(text).get("id_card_state") == state


def _at_home_asked(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    chat.say("เฮาอยู่ในเมืองน่าน จะขึ้นรถกลับบ้านปัวบ่ได้ บ่มีสตางค์เจ้า")
    chat.say("ยินยอมเจ้า มีเจ้า ปัว น่านเจ้า")
    chat.say("ปัว น่านเจ้า")
    assert AT_HOME_ASK in chat.last.replies[-1].text
    return chat


def test_northern_yes_at_home_refuses(dialog: Dialog) -> None:
    """dev71: "ใจ้เจ้า" (yes, northern) got the same at-home question 21 times."""
    chat = _at_home_asked(dialog)
    chat.say("ใจ้เจ้า")
    assert chat.state.name == st.DONE and "ภูมิลำเนา" in chat.last.replies[0].text


def test_the_at_home_question_is_never_the_same_a_third_time(dialog: Dialog) -> None:
    chat = _at_home_asked(dialog)
    first = chat.say("อะไรนะ").replies[-1].text
    second = chat.say("อะไรนะ").replies[-1].text
    assert AT_HOME_ASK in first and second == AT_HOME_AGAIN
    third = chat.say("อะไรนะ")
    assert any(isinstance(e, RequestHandoff) for e in third.effects)
    assert all(AT_HOME_ASK not in r.text and r.text != AT_HOME_AGAIN for r in third.replies)


@pytest.mark.parametrize(("text", "yes"), [
    ("ใจ้เจ้า", True), ("ใจ้", True), ("บ่ใจ้เจ้า", False), ("ใจดีเจ้า", None),
])
def test_northern_yes(text: str, yes: bool | None) -> None:
    assert parse_yes_no(text) is yes


@pytest.mark.parametrize(("text", "urgent"), [
    # southern "หม้าย" (no) before a place to sleep (dev68: read as has one)
    ("คืนนี้ยายนั่งอยู่ป้ายรถ หม้ายมีที่นอนจ้ะ", True), ("หม้ายมีที่นอนจ้ะ", True),
    ("หม้ายด่วนจ้ะ", False), ("บ่ได้ด่วน", False),
    # a widow has a place; one with a place is no hurry
    ("แม่หม้ายมีที่นอนแล้ว", False), ("มีที่นอนจ้ะ", False), ("ด่วนจ้ะ", True),
])
def test_southern_no_in_the_urgency(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent


@pytest.mark.parametrize(("text", "none"), [
    ("บ่มีโทรศัพท์ครับ ยืมเครื่องป้าขายน้ำพิมพ์อยู่", True),  # dev71: asked four times
    ("หม้ายมีเบอร์จ้ะ", True), ("บ่มีเบอร์", True), ("มีโทรศัพท์ครับ 0812345678", False),
])
def test_no_phone_in_the_north_and_south(text: str, none: bool) -> None:
    assert no_phone(text) is none


@pytest.mark.parametrize(("text", "said"), [
    ("ลุงยอม", True), ("ลุงยอมเจ้า", True), ("ผมยอมครับ", True),  # dev71: asked eight times
    ("ยายไม่ยอม", False), ("ลุงยอมแพ้แล้ว", None),
])
def test_an_elder_consents_in_the_third_person(text: str, said: bool | None) -> None:
    assert consent_word(text) is said


@pytest.mark.parametrize(("text", "want"), [
    # a name starting like a word after the cue, and whose name it is (dev71: "เขา")
    ("ชื่อจะแฮค่ะ (ชื่อเขานะคะ) 089-221-4567 เบอร์หนูเองค่ะ", "จะแฮ"), ("ชื่อจะแฮค่ะ", "จะแฮ"),
    ("ผมชื่อมีสุข 0812345678", "มีสุข"),
    ("ชื่อจะกลับบ้าน", None), ("ชื่อเขานะคะ", None),
])
def test_a_name_after_the_cue_starting_like_a_word(text: str, want: str | None) -> None:
    assert extract_name(text) == want


@pytest.mark.parametrize(("text", "count"), [
    # the slip, then "no", then the count meant (dev72: read as 2)
    ("2 คนค่ะ เอ้ยไม่ใช่ 3 ลืมนับตัวเอง555 แม่กับลูก2 คืนนี้ยังนอนห้องเพื่อนได้ค่ะ", 3),
    ("2 คนค่ะ เอ้ยไม่ใช่ 3", 3), ("2 คน เอ้ย ไม่ใช่ 3 คน", 3), ("2 คน เอ้ย 3", 3),
    # as before
    ("3 คน ไม่ใช่ 2", 3), ("ไม่ใช่ 2 คน ไป 3 คน", 3), ("3 คน ไม่สิ 2", 2),
    ("2 คน เอ้ย ลูก 3 ขวบ", 2),
])
def test_a_count_taken_back(text: str, count: int) -> None:
    assert BY_KEY["travellers"].parse(text, None) == count


def test_a_phone_taken_back_after_a_filler() -> None:
    assert parse_phone("สมพงษ์ 0894561237 อ้ะ ผิดครับ 0894561273") == "0894561273"  # dev72


def test_no_place_name_is_a_need() -> None:
    """dev70: "ศาลายา" (ศาลา|ยา) was a health need; no district name of the table is one."""
    assert parse_needs("พ่อมาหาหนูที่ศาลายา") == []
    assert [name for name, *_ in _rows() if parse_needs(name)] == []
    assert parse_needs("ไปหาหมอที่ศาลายา") == ["health"]


@pytest.mark.parametrize(("text", "asks"), [
    ("อยากไปล้างแผลตัดไหมครับ บ่มีตังไปหาหมอ", False),  # dev70: the stitches, answered
    ("ต้องไปตัดไหมไหมคะ", True),
])
def test_stitches_out_is_no_question(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(("text", "card"), [
    ("มีบปชครับ", True), ("มีปชชครับ", True), ("มีบ.ป.ช.", True),  # dev72: asked four times
    ("บปชหาย", False), ("ไม่มีบปช", False), ("ปชชทั่วไปก็ขอได้ไหม", None),
])
def test_the_card_said_short(text: str, card: bool | None) -> None:
    assert read_message(text).get("id_card") is card


def test_voice_typed_roi_et_and_mo_chit() -> None:
    """dev72: "หมอชิด" was a doctor (a health need), "101" no place."""
    got = read_message("ผมอยู่หมอชิดครับ จะกลับบ้าน101 ไม่มีค่ารถ แบตเหลือ8%")
    assert got["current_province"]["name"] == "กรุงเทพมหานคร"
    assert got["home_province"]["name"] == "ร้อยเอ็ด" and "need_hints" not in got
    assert "home_province" not in read_message("กลับบ้าน 101 หมู่ 5")
    assert read_message("ค่ารถ 101 บาท") == {}


@pytest.mark.parametrize(("text", "urgent"), [
    # "cannot" ending its part, then the urgency (dev56: read as "ไม่ได้ด่วน")
    ("ปี้คนเดียวเจ้า หนูไปรับบ่ได้ ด่วนเจ้า คืนนี้ปี้บ่มีที่นอน", True),
    ("หนูไปรับไม่ได้ ด่วนค่ะ", True),
    ("ไม่ได้ด่วน", False), ("ไม่ได้ ด่วนอะไร", False), ("บ่ได้ด่วน", False),
])
def test_urgency_after_cannot(text: str, urgent: bool | None) -> None:
    assert BY_KEY["urgent"].parse(text, None) is urgent


def test_the_count_answer_keeps_an_urgency_after_cannot() -> None:
    assert said_urgency("ปี้คนเดียวเจ้า หนูไปรับบ่ได้ ด่วนเจ้า คืนนี้ปี้บ่มีที่นอน") is True
    assert said_urgency("ยายคนเดียว คืนนี้ยายนั่งอยู่ป้ายรถ หม้ายมีที่นอนจ้ะ") is True


@pytest.mark.parametrize(("text", "hiv"), [
    ("อยากย้ายสิทธิ์รับยาต้านไปโรงพยาบาลที่ลำปางครับ แล้วก็อยากได้งานด้วย", True),  # dev70
    ("ยาต้านต่อที่ลำปาง", True),
    ("กินยาต้านไปสองปีแล้ว หยุดแล้ว", False), ("ยาต้านอักเสบหมดแล้ว", False),
])
def test_antiretrovirals_moved(text: str, hiv: bool) -> None:
    assert ("hiv" in parse_needs(text)) is hiv


def test_an_elder_relayed_agreeing() -> None:
    """dev74: "ลุงแกยอมครับ" from a rider typing for an old man was asked five times."""
    story = "มีลุงคนนึงมานั่งอยู่2วันแล้ว บอกว่าบ้านอยู่สุรินทร์ ผมพิมพ์แทนแกนะครับ"
    assert unrelayed("ลุงแกยอมครับ กรุงเทพ สนามหลวง", story, "others").startswith("ยอมครับ")
    assert unrelayed("ลุงแกยอมแพ้แล้ว", story, "others") == "ลุงแกยอมแพ้แล้ว"
    assert unrelayed("ลุงแกยอมครับ", "ลุงข้างห้องใจดี", "others") == "ลุงแกยอมครับ"


@pytest.mark.parametrize(("text", "card"), [
    ("มีอยู่ หลานกะมีบัตร", True), ("มีอยู่ค่ะ หลานก็มีบัตร", True),  # dev74: asked twice
    ("มีอยู่ แต่หายแล้ว", False), ("มีอยู่", True),
])
def test_have_it_then_the_others_card(text: str, card: bool) -> None:
    assert BY_KEY["id_card"].parse(text, None) is card


@pytest.mark.parametrize(("text", "here", "home"), [
    # southern "go home" (dev74: Hat Yai read as where he was, then refused as home)
    ("หลาวนั่งอยู่ บขส.3 ไม่มีตังค์ไปบ้านหาดใหญ่", None, "สงขลา"),
    ("อยู่ระยอง จะไปบ้านแม่ที่ตรัง", "ระยอง", "ตรัง"), ("ไปบ้านเพื่อนที่ชลบุรี", None, None),
    # the people of a place judged are no home (dev73); a native still is
    ("ไซ้คนกรุงเทพใจร้ายจัง ตอนนี้อยู่สายใต้ใหม่", "กรุงเทพมหานคร", None),
    ("ผมเป็นคนขอนแก่น อยู่ระยอง", "ระยอง", "ขอนแก่น"),
    # an elder sister who cannot come and fetch (dev73: refused as home)
    ("นอนอยู่หน้าเซเว่น พี่อยู่เบตงค่ะ ไปรับหม้ายไหว", None, None),
    ("พี่อยู่ระยอง ไม่มีค่ารถกลับ", "ระยอง", None),
])
def test_places_of_the_south_and_of_others(text: str, here: str | None, home: str | None) -> None:
    got = read_message(text)
    assert (got.get("current_province") or {}).get("name") == here
    assert (got.get("home_province") or {}).get("name") == home


@pytest.mark.parametrize(("text", "asks"), [
    ("ถามเฉยๆ ครับ ยังหม้ายขอ ยื่นขอค่ารถหลบบ้านนี่ต้องเสียตั้งหม้ายครับ หรือฟรี", True),  # dev73
    ("ต้องเสียตังหม้าย", True), ("ต้องจ่ายหม้ายได้", False),
])
def test_must_one_pay_in_the_south(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(("text", "count"), [
    # the northern "not so" before the count meant (dev75: read as 3)
    ("3 คนเจ้า ผัว เปิ้น กับลูกสาว 4 ขวบ... อ้าว บ่ใจ้ 4 คนเจ้า ลืมนับน้องอ่อน 8 เดือน", 4),
    # one child named by its place among them (dev75: "สามแม่ลูก" stayed 3)
    ("ไปแค่หนูกับลูกคนเล็ก", 2),
    ("อยู่บางปะกง ไม่มีเงินค่ารถกลับยโสธร แต่ลูกคนโตไม่กลับนะคะ เขาทำงานอยู่นิคมต่อ"
     " ไปแค่หนูกับลูกคนเล็ก", 2),
])
def test_counts_of_families(text: str, count: int) -> None:
    assert read_message(text)["travellers"] == count


def test_someone_elses_new_job_is_no_home() -> None:
    """dev75: at the summary, "ไอ้ต้อมมันไม่กลับ มันได้งานที่สมุยแล้ว" made Samui home (refused)."""
    got = read_message("ขอแก้ครับ เหลือ 5 คน ไอ้ต้อมมันไม่กลับ มันได้งานที่สมุยแล้ว")
    assert "home_province" not in got and got["travellers"] == 5


@pytest.mark.parametrize(("text", "care"), [
    # a child named by its place and a 12-year-old: answered, no small child (dev75: asked
    # three times)
    ("น้องเล็ก 12 ขวบค่ะ", []), ("ลูกคนเล็ก 3 ขวบ", ["child"]), ("แม่ 70 ปี", ["elderly"]),
    # a temple boy lends a phone (dev75: read as a small child)
    ("ยืมเครื่องเด็กวัดจ้ะ 0928843017", None), ("มีเด็กไปด้วย", ["child"]),
])
def test_care_of_children_by_age(text: str, care: list[str] | None) -> None:
    assert BY_KEY["special_needs"].parse(text, None) == care


def test_whose_name_in_brackets() -> None:
    """dev73: "อาแซ สะมะแอ ค่ะ (ชื่อโต๊ะ)" (the grandfather's name) was the name "โต๊ะ"."""
    text = "อาแซ สะมะแอ ค่ะ (ชื่อโต๊ะ) เบอร์หนูนะคะ โต๊ะหม้ายมีโทรศัพท์ 089-765-4312"
    assert extract_name(text, bare=True) == "อาแซ สะมะแอ"
    assert extract_name("ชื่อแม่ สมศรี", bare=True) == "สมศรี"


@pytest.mark.parametrize(("text", "card"), [
    # the southern no (dev73: asked twice, then skipped), lost with the money
    ("หม้ายมีแล้วครับ หายไปกับกระเป๋า", False), ("หม้ายมีครับ", False),
    ("ผมโดนล้วงกระเป๋าที่พัทยาครับ บัตรประชาชนกับเงินหายหมด", False),
    ("บัตรกับมือถือโดนขโมยไป", False), ("บัตรกับเงินหายไหมคะ", None),
])
def test_cards_gone_in_the_south(text: str, card: bool | None) -> None:
    assert BY_KEY["id_card"].parse(text, None) is card


@pytest.mark.parametrize(("text", "yes"), [
    ("หม้ายมีครับ", False), ("หม้ายครับ", False), ("แม่หม้ายค่ะ", None),
])
def test_southern_no(text: str, yes: bool | None) -> None:
    assert parse_yes_no(text) is yes


@pytest.mark.parametrize(("text", "nothing"), [
    # only getting him home (dev74: "หมายถึงเรื่องไหนคะ" once sent)
    ("ไม่มีครับ ขอให้แกถึงบ้านก็พอ", True), ("ขอให้ถึงบ้านก่อน", True),
    ("ถึงบ้านแล้วอยากได้งาน", False), ("ไม่มี อยากได้งาน", False),
])
def test_nothing_more_but_getting_home(text: str, nothing: bool) -> None:
    assert nothing_more(text) is nothing


@pytest.mark.parametrize(("text", "refused"), [
    # Isan refusals, now that "ได้บ่" asks (dev9's man with no name was asked twice more)
    ("บ่บอกชื่อได้บ่ 0956781234", True), ("บ่อยากบอกชื่อ ขอโทษเด้อ", True),
    ("บ่มีเงิน", False),
])
def test_isan_refusals(text: str, refused: bool) -> None:
    assert refuses_name(text) is refused


@pytest.mark.parametrize(("text", "needs"), [
    # the mind, in words of the ward (dev70, dev73: a referral for the body only)
    ("น้องชายอาการทางจิตกำเริบ หูแว่ว หม้ายยอมกินยา", ["health", "mental"]),
    ("เพิ่งออกจากโรงพยาบาลศรีธัญญา", ["health", "mental"]),
    # denied through "ป่วย", "อาการ", "เป็นโรค": no false sensitive data
    ("ไม่ได้ป่วยทางจิต", []), ("ไม่มีอาการทางจิต", []), ("ไม่ได้ป่วยจิตเวช", []),
    ("ไม่ได้ป่วยเป็นโรคเบาหวาน", []),
    # going without medicine is still a need
    ("ไม่มียากิน", ["health"]), ("ไม่ได้กินยา", ["health"]),
])
def test_the_mind_and_its_denials(text: str, needs: list[str]) -> None:
    assert parse_needs(text) == needs


@pytest.mark.parametrize("text", ["กลัวบัตรกับเงินหาย", "ถ้าบัตรกับเงินหายจะทำไง"])
def test_a_card_feared_lost_is_no_loss(text: str) -> None:
    """Review 2: a fear or a supposition recorded a lost card."""
    assert BY_KEY["id_card"].parse(text, None) is None
