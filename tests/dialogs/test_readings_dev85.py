"""Misreadings found this session in the blind development sets dev85 to dev88."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.facts import extract_facts
from dialogs.needs import parse_needs
from dialogs.province_at_home import at_own_home
from dialogs.readers import read_special
from dialogs.types import CreateCase, RequestHandoff
from dialogs.understand import read_message
from dialogs.writer_place import for_another, own_place, without_writer, writer_marks

from .test_engine import Chat, consented


@pytest.mark.parametrize(("text", "count", "elderly"), [
    ("2 คนค่ะ ป้ออุ้ย 76 แม่อุ้ย 73 ป้ออุ้ยเดินถือไม้เท้า", 2, True),  # dev85: no ages read
    ("2 คนค่ะ แม่อุ๊ย 73", 2, True),  # the slip word "อุ๊ย" took the count back
    ("ป้อหม่อน 80", None, True),
    ("2 คน อุ๊ย 3 คน", 3, False),  # a slip is still one
])
def test_northern_grandparents(text: str, count: int | None, elderly: bool) -> None:
    facts = extract_facts(text)
    assert facts.travellers == count and ("elderly" in facts.special_needs) is elderly


@pytest.mark.parametrize(("text", "want"), [
    ("ลุงหูตึงต้องพูดดังๆ เดินช้าถือไม้เท้า", ["elderly"]),  # dev85: asked twice, skipped
    ("ลุงหูตึงเจ้า ต้องอู้ดังๆ", ["elderly"]),
    ("ยายเดินถือไม้เท้า", ["elderly"]),
    ("ยายใช้ไม้เท้าขาว", ["disabled"]),  # a white cane is the blind's
    ("ผมหูตึง", None),  # no elder's title
    ("ลุงไม่ได้หูตึง", None),
])
def test_the_ears_and_the_cane_of_old_age(text: str, want: list[str] | None) -> None:
    assert read_special(text, None) == want


@pytest.mark.parametrize(("text", "child"), [
    ("ยายไปรับจ้างเลี้ยงเด็กที่พัทยา", False),  # dev85: a nanny's work
    ("ทำงานเลี้ยงเด็ก", False), ("เป็นพี่เลี้ยงเด็ก", False),
    ("ต้องเลี้ยงเด็กเล็กสองคน", True), ("มีเด็กเล็กด้วย", True),
])
def test_minding_children_as_work(text: str, child: bool) -> None:
    assert ("child" in extract_facts(text).special_needs) is child


@pytest.mark.parametrize(("text", "want"), [
    ("พึ่งพ้นโทษออกมาจากเรือนจำกลางเขาบินได้4วัน คดียา ติดไป6ปี", ["legal", "probation"]),
    ("โดนคดียาบ้า", ["legal"]),  # a drug case, no medicine and no addiction
    ("ติดยาบ้า อยากเลิก", ["mental"]),
    ("เรื่องหนี้ครับ อยากได้คนแนะนำทางกฎหมาย แล้วก็อยากหางานทำ", ["work", "legal"]),
    ("ต้องกินยาทุกวัน", ["health"]),
])
def test_needs_of_a_man_just_out(text: str, want: list[str]) -> None:
    assert parse_needs(text) == want


def test_a_loan_sharks_debt_is_legal_advice() -> None:
    said = read_message("แล้วยังมีหนี้นอกระบบที่เมียเก่าไปกู้ใส่ชื่อผมไว้ เขาโทรมาทวงทุกวัน")
    assert "legal" in said["need_hints"] and "name" not in said  # dev86: the name "ไว้"


@pytest.mark.parametrize(("text", "name"), [
    ("ใส่ชื่อพ่อนะคะ นายสมบัติ อินทร์แก้ว เบอร์แม่ 0857739014 ค่ะ", "สมบัติ อินทร์แก้ว"),
    ("ใช้ชื่อ สมชาย", "สมชาย"), ("ผมชื่อสมชาย", "สมชาย"),
    ("กู้ในชื่อผม", None), ("ชื่อขอเป็นชื่อจริงคับ ธนากร", "ธนากร"),  # (dev46)
])
def test_in_the_name_of_is_no_name(text: str, name: str | None) -> None:
    assert read_message(text).get("name") == name


@pytest.mark.parametrize(("text", "none"), [
    ("อยู่ชลบุรี ไม่มีค่ารถกลับบ้าน ไปคนเดียว ไม่มีใครต้องดูแล", True),
    ("2 คน ไม่ต้องดูแลพิเศษ", True),
    ("ไปคนเดียว ไม่มีใครดูแล", False),  # nobody looks after me: not an answer to care
])
def test_nobody_to_care_for_said_outright(text: str, none: bool) -> None:
    assert (read_message(text).get("special_needs") == []) is none


@pytest.mark.parametrize(("text", "place"), [
    ("สวัสดีครับ ผมทำงานอยู่ระยองครับ", ("current_province", "TH-21")),
    ("หนูเป็นหลานนะคะ อยู่ขอนแก่น ยายหนูอายุ82แล้ว", ("current_province", "TH-40")),
    ("ส่วนพี่เองบ้านอยู่นครศรีฯ ขับรถไปกลับทุกวัน", ("home_province", "TH-80")),
    ("แม่กับผมอยู่ระยอง", None), ("หนูอยู่กับแม่ที่ระยอง", None),
])
def test_the_writers_own_place(text: str, place: tuple[str, str] | None) -> None:
    assert own_place(text) == place


@pytest.mark.parametrize(("text", "another"), [
    ("แม่ไม่มีค่ารถกลับบ้านครับ", True), ("พ่อข้อยไปรับจ้างกรีดยางอยู่ตรัง", True),
    ("ขอส่งเคสผู้ป่วยกลับภูมิลำเนานะคะ", True),
    ("ผมอยู่ระยอง แม่ไม่มีค่ารถ เราจะกลับด้วยกัน", False),  # the writer goes too
    ("ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้าน", False),
    ("2 คนค่ะ หนูกับลูก ด่วนค่ะ ลูกอายุ 1 ขวบค่ะ", False),  # dev4: a child goes with her
    ("ยายอายุ ๗๑ เป็นเบาหวาน ยาหมดแล้ว", False),  # dev64: an elder of herself
])
def test_another_is_written_for(text: str, another: bool) -> None:
    assert for_another(text) is another


def test_the_writers_place_is_asked_again(dialog: Dialog) -> None:
    # dev87: a son in Rayong, one thing at a time, for his mother in Chiang Mai
    chat = Chat(dialog)
    chat.say("สวัสดีครับ")
    chat.say("ผมทำงานอยู่ระยองครับ")
    chat.say("ยินยอมครับ")
    assert chat.state.data["answers"]["current_province"]["name"] == "ระยอง"
    chat.say("แม่ไม่มีค่ารถกลับบ้านครับ")
    assert "current_province" not in chat.state.data["answers"]
    chat.say("แม่มีบัตรครับ")  # the mother's card: asked three times before
    assert chat.state.data["answers"]["id_card"] is True
    chat.say("เชียงใหม่ครับ")  # asked where she is: the answer stays
    assert chat.state.data["answers"]["current_province"]["name"] == "เชียงใหม่"


def test_one_going_too_keeps_their_place(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ผมอยู่ระยอง แม่ไม่มีค่ารถ เราจะกลับด้วยกัน")
    assert chat.state.data["answers"]["current_province"]["name"] == "ระยอง"


@pytest.mark.parametrize(("text", "current", "home"), [
    ("คุมประพฤติให้ไปอยู่บ้านพี่สาวที่ยโสธรตามที่ขอไว้", None, "ยโสธร"),  # dev86: was here
    ("เมียกับลูกอยู่กทม.แถวมีนบุรี ตอนนี้เมียก็ลำบาก", None, None),  # dev86: the family's
    ("ผมกับลูกอยู่ระยอง", "ระยอง", None),
    ("บ้านเดิมเขาอยู่นครพนม อ.ธาตุพนม มาทำสวนปาล์มแถวนี้", None, "นครพนม"),  # dev87
    ("หนูหนีแฟนที่ชลบุรีกลับมาบ้านแม่ที่อุบลเมื่อวานค่ะ", "อุบลราชธานี", "อุบลราชธานี"),
])
def test_places_of_others_and_of_home(text: str, current: str | None, home: str | None) -> None:
    said = read_message(text)
    assert (said.get("current_province") or {}).get("name") == current
    assert (said.get("home_province") or {}).get("name") == home


@pytest.mark.parametrize(("text", "home"), [
    ("มีค่ะ ของหนูกับแม่ติดมา ของลูกคนโตอยู่บ้าน", False),  # dev88: a child's card at home
    ("บัตรอยู่บ้านค่ะ", False), ("อยู่บ้านค่ะ", True), ("แม่อยู่บ้านค่ะ", False),
])
def test_a_card_at_home_is_not_the_writer(text: str, home: bool) -> None:
    assert at_own_home(text.replace(" ", "")) is home


@pytest.mark.parametrize(("text", "count"), [
    ("หนูพาลูก3คนกับแม่หนูหนีออกมาตอนตี2", 5),  # dev88: the grandmother too
    ("ไปกับแม่ 2 คน", 2), ("ผมกับลูก 2 คน", 3),
    ("ดิฉันกับลูกสองคนก็ย้ายมาเช่าห้อง ไม่มีเงินค่ารถ4คน", 4),  # dev86: the fare for four
])
def test_counts_of_dev86_and_dev88(text: str, count: int) -> None:
    assert extract_facts(text).travellers == count


def summary_without_phone(dialog: Dialog, name: str = "สมชาย") -> Chat:
    chat = consented(dialog)
    chat.say("อยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน ไปคนเดียว"
             " ไม่มีใครต้องดูแล")
    if name:
        chat.say(name)
    assert chat.state.name == st.CONFIRM
    return chat


def test_help_asked_again_at_the_summary_sends(dialog: Dialog) -> None:
    # dev86: asked for the phone at the summary, "ขอความช่วยเหลือ" twenty times
    chat = summary_without_phone(dialog)
    chat.say("ขอความช่วยเหลือ")
    assert chat.state.name == st.CONFIRM
    chat.say("ขอความช่วยเหลือ")
    assert chat.state.name == st.DONE and chat.last is not None and any(
        isinstance(e, CreateCase) for e in chat.last.effects)


def test_help_asked_again_at_a_question_gets_a_person(dialog: Dialog) -> None:
    chat = consented(dialog)
    replies = [chat.text("ขอความช่วยเหลือ") for _ in range(3)]
    assert replies[0] == replies[1] and replies[2] != replies[1]
    assert chat.last is not None and any(
        isinstance(e, RequestHandoff) for e in chat.last.effects)


def test_a_surname_with_glass_is_no_fix(dialog: Dialog) -> None:
    # dev87: "อินทร์แก้ว" read as "แก้" (fix): the edit menu twenty times
    chat = summary_without_phone(dialog, name="")
    chat.say("ใส่ชื่อพ่อนะคะ นายสมบัติ อินทร์แก้ว เบอร์แม่ 0857739014 ค่ะ")
    assert chat.state.name == st.DONE


def test_a_place_skipped_stays_skipped() -> None:
    # dev64: a grandmother's place skipped was asked again after her care answer
    marks, kept = writer_marks({}, {"current_province": None}, {"current_province": None},
                               "แม่ไม่มีค่ารถกลับบ้านครับ", "special_needs")
    assert marks == {"for_another": True} and kept == {"current_province": None}


def test_the_writers_place_in_the_answer_of_where(dialog: Dialog) -> None:
    # dev87: a Bangkok volunteer for a woman in Hua Hin; "หนูอยู่กทม." had won
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ หนูเป็นอาสามูลนิธิด้านเอชไอวี อยู่กทม.ค่ะ")
    chat.say("น้องอยากกลับไปอยู่กับแม่ที่พะเยา ไม่มีเงินเลย")
    chat.say("ยินยอมค่ะ มีบัตรค่ะ")
    assert "current_province" not in chat.state.data["answers"]
    chat.say("ประจวบคีรีขันธ์ หัวหินค่ะ ไม่ใช่กทม.นะคะ หนูอยู่กทม.")
    assert chat.state.data["answers"]["current_province"]["name"] == "ประจวบคีรีขันธ์"


@pytest.mark.parametrize(("text", "want"), [
    ("ประจวบ หัวหินค่ะ หนูอยู่กทม.", "ประจวบ หัวหินค่ะ"),
    ("หนูอยู่กทม. น้องอยู่หัวหิน", "น้องอยู่หัวหิน"),
    ("หัวหินค่ะ", "หัวหินค่ะ"),
])
def test_without_the_writer(text: str, want: str) -> None:
    assert without_writer(text, {"for_another": True}) == want
    assert without_writer(text, {}) == text  # one who writes for themselves


def test_help_asked_again_at_the_summary_without_a_name_gets_a_person(dialog: Dialog) -> None:
    chat = summary_without_phone(dialog, name="")  # review 1: never sent with no name
    for _ in range(2):
        chat.say("ขอความช่วยเหลือ")
        assert chat.state.name == st.CONFIRM
    chat.say("ขอความช่วยเหลือ")
    assert chat.last is not None and any(
        isinstance(e, RequestHandoff) for e in chat.last.effects)


@pytest.mark.parametrize(("text", "want"), [
    ("ไม่มีหนี้นอกระบบครับ", []), ("ไม่ได้โดนทวงหนี้", []), ("ไม่ได้โดนคดีอะไร", []),  # review 1
    ("มีหนี้นอกระบบ", ["legal"]), ("โดนคดี", ["legal"]), ("ไม่มีงาน", ["work"]),
])
def test_a_debt_or_a_case_denied(text: str, want: list[str]) -> None:
    assert parse_needs(text) == want
