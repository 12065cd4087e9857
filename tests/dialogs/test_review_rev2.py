"""Side effects of the dev73-dev75 readings found in review 2: what the old reading got
right stays right ("ผมไม่ได้ รีบครับ" is not urgent, "อืม ไม่ละ" is no consent, "บัตรกับเงิน
ไม่หาย" loses no card, "ผมเป็นคนศรีสะเกษ ไม่ค่อยมีเงิน" is a home, "บ่แม่น อยู่ขอนแก่น" a fix,
"ชื่อโต๊ะครับ" a name, "ช่วยได้บ่ บอกแหน่" no refusal, "ไปกับเมียกับลูกคนเล็ก" three), and
the new readings still read."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.consent_preview import split_consent
from dialogs.consent_yes import unrelayed
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.questions import is_question
from dialogs.refusals import is_refusal, refuses_name
from dialogs.slots import BY_KEY
from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency

from .test_engine import Chat


@pytest.mark.parametrize(("text", "urgent"), [
    # one's own "did not" before a space is no "cannot": not urgent, as before
    ("มันก็ไม่ได้ ด่วนขนาดนั้นค่ะ", False), ("ผมไม่ได้ รีบครับ ค่อยเป็นค่อยไป", False),
    ("หนูไม่ได้ ด่วนค่ะ มีที่นอน", False), ("ก็ไม่ได้ ด่วนอะไรครับ", False),
    # "cannot", then urgent (dev56) still urgent
    ("กลับบ้านบ่ได้ ด่วนค่ะ", True), ("ผมไปรับไม่ได้ ด่วนครับ", True), ("ไปเองไม่ได้ ด่วนค่ะ", True),
])
def test_did_not_then_urgency(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent
    assert said_urgency(text) is urgent


def test_did_not_then_urgency_in_a_story() -> None:
    assert read_message("หนูไม่ได้ ด่วนค่ะ มีที่นอน")["urgent"] is False


@pytest.mark.parametrize("text", ["1 หม้าย", "2 คน หม้ายค่ะ"])
def test_count_then_southern_no(text: str) -> None:
    assert said_urgency(text) is False


@pytest.mark.parametrize("text", ["อืม ไม่ละ", "อืม ไม่อะ", "เออ ไม่ล่ะ", "อืม ไม่หรอก", "อืม ไม่ครับผม",
                                  "อืม ไม่เข้าใจค่ะ", "เออ ไม่รู้จะตอบไง", "อืม งง", "เออ ไม่ยอม"])
def test_a_hesitation_then_no_is_no_yes(text: str) -> None:
    assert split_consent(text) == (None, "")


@pytest.mark.parametrize(("text", "rest"), [
    ("เออ ยอม มีอยู่", "มีอยู่"), ("เออ ไม่มีบัตร", "ไม่มีบัตร"), ("อืม ยังไม่มีบัตรค่ะ", "ยังไม่มีบัตรค่ะ"),
    ("อือ คนเดียวค่ะ", "คนเดียวค่ะ"), ("ยินยอมค่ะไม่ได้ทำงาน", "ไม่ได้ทำงาน"),
])
def test_a_yes_then_the_answer(text: str, rest: str) -> None:
    assert split_consent(text) == (True, rest)


def test_hmm_no_at_consent_is_no_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับอุดร")
    chat.say("อืม ไม่ละ")
    assert chat.state.name == st.CONSENT
    assert "id_card" not in (chat.state.data.get("answers") or {})


def test_relayed_acceptance() -> None:
    story = "มีลุงคนนึงนอนอยู่ป้ายรถเมล์ ผมพิมพ์แทนแก"
    assert unrelayed("ลุงแกยอมครับ", story, "ลุง") == "ยอมครับ"
    assert unrelayed("ลุงแกยอมรับครับ", story, "ลุง") == "ยอมรับครับ"
    assert unrelayed("ลุงแกยอมแพ้แล้วครับ", story, "ลุง") == "ลุงแกยอมแพ้แล้วครับ"


@pytest.mark.parametrize("text", ["บัตรกับเงินไม่หายค่ะ", "บัตรกับกระเป๋าไม่ได้หาย",
                                  "บัตรกับโทรศัพท์ยังไม่หาย", "บัตรกับเงินเกือบหาย",
                                  "บัตรกับเงินไม่เคยหาย", "บัตรกับเงินของแม่หาย"])
def test_card_and_money_not_lost(text: str) -> None:
    assert "id_card" not in read_message(text)
    assert BY_KEY["id_card"].parse(text, None) is None


@pytest.mark.parametrize("text", ["บัตรประชาชนกับเงินหายหมด", "บัตรกับกระเป๋าตังค์หายที่หมอชิต",
                                  "บปชกับเงินหายหมดเลยค่ะ", "บัตรกับโทรศัพท์โดนกระชาก"])
def test_card_lost_with_the_money(text: str) -> None:
    assert read_message(text)["id_card"] is False


def _place(text: str, key: str) -> str | None:
    place = read_message(text).get(key)
    return place["name"] if place else None


@pytest.mark.parametrize(("text", "home"), [
    # one's own people judged is still one's home
    ("ผมเป็นคนศรีสะเกษ ไม่ค่อยมีเงิน", "ศรีสะเกษ"), ("ยายเป็นคนร้อยเอ็ด ไม่ค่อยได้ยิน", "ร้อยเอ็ด"),
    ("ผมคนขอนแก่นไม่ค่อยรู้จักใครในกรุงเทพ", "ขอนแก่น"), ("หนูเป็นคนอุดรชอบทำงาน", "อุดรธานี"),
    ("ผมคนนครพนม ใจอยากกลับบ้านมาก", "นครพนม"),
    ("คนกรุงเทพใจร้าย", None), ("คนอีสานใจดี ผมเป็นคนโคราช", "นครราชสีมา"),
    # someone's house gone to is no home; the southern "ไปบ้าน" + the place is
    ("ไปบ้านญาติที่ชลบุรีแต่เขาไม่ให้อยู่", None), ("ไปบ้านพี่สาวที่ระยองมา ตอนนี้อยู่ชลบุรี", None),
    ("ไม่มีตังค์ไปบ้านหาดใหญ่", "สงขลา"), ("อยู่ภูเก็ต ไม่มีค่ารถไปบ้านยะลา", "ยะลา"),
    # a job wished for at home is home
    ("อยากกลับไปได้งานทำที่อุดร", "อุดรธานี"),
    # a bare "no", then a fix (northern, Isan, central)
    ("บ่ใจ้ ปิ๊กลำปาง", "ลำปาง"), ("บ้านไม่ใช่ลพบุรี สระบุรีค่ะ", "สระบุรี"),
])
def test_home(text: str, home: str | None) -> None:
    assert _place(text, "home_province") == home


@pytest.mark.parametrize(("text", "here"), [
    ("ได้งานใหม่ที่ชลบุรี แต่ยังไม่มีค่ารถไป", None), ("ไอ้ต้อมมันได้งานที่สมุยแล้ว", None),
    ("อยากกลับไปได้งานทำที่อุดร", None), ("ไม่ได้งานที่ชลบุรี จะกลับบ้านที่ยโสธร", None),
    ("มาได้งานที่ภูเก็ต แต่โดนโกง อยากกลับนครพนม", "ภูเก็ต"),
    ("พี่อยู่ระยอง มารับลูกที่โรงพยาบาลแล้วจะกลับอุดร", "ระยอง"), ("พี่อยู่เบตงค่ะ ไปรับหม้ายไหว", None),
    ("บ่แม่น อยู่ขอนแก่น", "ขอนแก่น"), ("บ่ใจ้ อยู่ลำปาง", "ลำปาง"), ("ไม่ใช่ อยู่ลำปาง", "ลำปาง"),
    ("ไม่ใช่อยู่ลำปาง อยู่ลำพูน", "ลำพูน"), ("ไม่ได้อยู่ระยองแล้ว", None),
])
def test_here(text: str, here: str | None) -> None:
    assert _place(text, "current_province") == here


@pytest.mark.parametrize(("text", "count"), [
    ("ไปกับเมียกับลูกคนเล็ก", 3), ("ไปกับลูกคนโตกับลูกคนเล็ก", 3), ("ไปกับแฟนกับลูกคนเล็กค่ะ", 3),
    ("ไปแค่หนูกับลูกคนเล็ก", 2), ("กลับบ้านพร้อมกับแม่", 2), ("ไปกับลูกคนเล็กค่ะ", 2),
])
def test_children_by_place_counted(text: str, count: int) -> None:
    assert BY_KEY["travellers"].parse(text, None) == count


@pytest.mark.parametrize(("text", "bare", "name"), [
    ("ชื่อโต๊ะครับ", False, "โต๊ะ"), ("ชื่อโต๊ะ 0812345678", False, "โต๊ะ"),
    ("สวัสดีค่ะ ชื่อโต๊ะค่ะ", False, "โต๊ะ"), ("ชื่อเล่นโต๊ะครับ", False, "โต๊ะ"),
    ("อาแซ สะมะแอ ค่ะ (ชื่อโต๊ะ)", True, "อาแซ สะมะแอ"), ("มาลี (ชื่อยาย)", True, "มาลี"),
])
def test_whose_name_only_after_a_name(text: str, bare: bool, name: str) -> None:
    assert extract_name(text, bare=bare) == name


def test_a_nickname_toh_in_a_story() -> None:
    assert read_message("ผมชื่อโต๊ะครับ อยู่หาดใหญ่").get("name") == "โต๊ะ"


@pytest.mark.parametrize(("text", "refused"), [
    ("ช่วยได้บ่ บอกแหน่", False), ("ต้องใช้บัตรบ่ บอกหน่อยครับ", False), ("ได้บ่ ตอบแน่เด้อ", False),
    ("ไปได้บ่บอกหน่อย", False), ("แม่นบ่ บอกแน่", False),
    ("บ่อยากบอกชื่อ", True), ("ข้อยบ่บอกชื่อเด้อ", True), ("บ่บอกชื่อได้บ่ 0956781234", True),
    ("บ่สะดวกบอก", True),
])
def test_isan_asking_then_tell_me(text: str, refused: bool) -> None:
    assert is_refusal(text) is refused


def test_isan_name_refusal() -> None:
    assert refuses_name("บ่อยากบอกชื่อ")


def test_asking_then_tell_me_keeps_the_question(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับอุดร")
    chat.say("ยินยอม", "consent:yes")
    chat.say("ช่วยได้บ่ บอกแหน่")
    assert "id_card" not in chat.state.data["answers"]


@pytest.mark.parametrize(("text", "asks"), [
    ("ต้องเสียตั้งหม้ายครับ หรือฟรี", True), ("ต้องจ่ายหม้ายค่ะ", True),
    ("ต้องจ่ายหนี้หม้ายหมด", False), ("ต้องจ่ายค่าห้องหม้ายครบ", False), ("ต้องเสียค่ารถหม้ายไหว", False),
])
def test_southern_must_pay(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(("text", "hiv"), [
    ("ยาต้านต่อทุกวัน", True), ("รับยาต้านไปโรงพยาบาลทุกเดือน", True), ("ยาต้านต่อมลูกหมาก", False),
])
def test_antiretrovirals_onward(text: str, hiv: bool) -> None:
    assert ("hiv" in parse_needs(text)) is hiv
