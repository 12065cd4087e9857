"""Already at home: the aid takes people back to their home province, so one already
there is refused, but only once they say so at the summary (dev17: "เชียงรายครับ
อยู่บ้านตัวเองนี่แหละ"; dev12 and dev15 mixed up the places and fixed them there)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.at_home import AT_HOME_ASK
from dialogs.eligibility import AT_HOME, assess
from dialogs.engine import Dialog
from dialogs.facts import extract_facts

from .test_engine import Chat, consented


def at_the_check(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถ")
    chat.say("มีบัตรค่ะ อยู่เชียงราย")
    chat.say("เชียงรายครับ อยู่บ้านตัวเองนี่แหละ")  # asked now: the travellers can wait
    return chat


def test_one_at_home_is_asked_before_being_refused(dialog: Dialog) -> None:
    chat = at_the_check(dialog)
    assert chat.state.name == st.CONFIRM and chat.state.data.get("at_home") is True
    assert chat.last is not None
    asked = chat.last.replies[-1]
    assert AT_HOME_ASK in asked.text and "home:yes" in [c.value for c in asked.choices]


def test_yes_at_the_check_refuses_with_the_reason(dialog: Dialog) -> None:
    chat = at_the_check(dialog)
    result = chat.say("ใช่ครับ")
    assert chat.state.name == st.DONE
    cards = [r.card for r in result.replies if r.card]
    assert cards and cards[0]["eligible"] is False
    assert any(AT_HOME in reason for reason in cards[0]["reasons"])
    assert not result.effects  # no request sent


def test_a_province_fixed_at_the_check_goes_on(dialog: Dialog) -> None:
    chat = at_the_check(dialog)
    chat.say("ตอนนี้อยู่ระยอง")
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "ระยอง"
    assert chat.state.data.get("at_home") is None and chat.state.name == st.ASK
    chat.say("คนเดียว ไม่ด่วน")  # the screening goes on to the usual summary
    assert chat.state.data.get("at_home") is None and chat.state.name == st.CONFIRM


def test_home_told_is_checked_before_anything_else(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถ")
    shown = chat.text("อุดรค่ะ บ้านอยู่นี่แหละ")  # at home: the card would change nothing
    assert chat.state.name == st.CONFIRM and chat.state.data.get("at_home") is True
    assert "บัตรประชาชน" not in shown and "ดูแลพิเศษ" not in shown  # not asked: not shown
    chat.say("ใช่ค่ะ อยู่บ้าน")
    assert chat.state.name == st.DONE


def test_at_home_the_trouble_never_asked_is_no_reason(dialog: Dialog) -> None:
    chat = consented(dialog)  # dev88: back home since yesterday, asks the fare back
    chat.say("หนูหนีแฟนที่ชลบุรีกลับมาบ้านแม่ที่อุบลเมื่อวานค่ะ อยากขอเงินค่ารถคืน")
    assert chat.state.name == st.CONFIRM and chat.state.data.get("at_home") is True
    said = chat.text("ค่ะ")
    assert "อยู่ในจังหวัดภูมิลำเนาแล้ว" in said and "ความเดือดร้อนข้อใดเลย" not in said


def test_away_from_home_is_never_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถ")
    chat.say("มีบัตรค่ะ อยู่ชลบุรี จะกลับเชียงราย")
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.name == st.CONFIRM and not chat.state.data.get("at_home")


def test_the_rule_itself() -> None:
    home = {"name": "เชียงราย"}
    base = {"no_fare": True, "id_card": True}
    assert AT_HOME in assess({**base, "current_province": home, "home_province": home}).not_met
    away = {**base, "current_province": {"name": "ชลบุรี"}, "home_province": home}
    assert assess(away).eligible


def _places(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(text)
    return (facts.current_province and facts.current_province.name_en,
            facts.home_province and facts.home_province.name_en)


@pytest.mark.parametrize(("text", "en"), [
    # dev18 "already home in ubon"
    ("มีจ้า อุบลฯ อยู่บ้านตัวเอง อ.วารินชำราบ อุบลนี่ล่ะ บ้านเกิดเลย", "Ubon Ratchathani"),
    ("อุบลฯ อยู่บ้านตัวเอง อ.วารินชำราบ", "Ubon Ratchathani"),
    ("เชียงรายครับ อยู่บ้านตัวเองนี่แหละ", "Chiang Rai"),
    ("ก็อยู่บ้านนี่แหละค่ะ ขอนแก่น", "Khon Kaen"), ("ตอนนี้อยู่บ้านเกิดที่เลย", "Loei"),
    ("ผมอยู่บ้านผมเองที่ยโสธร", "Yasothon"),
    # a bare home, said as home (dev20 "udon already at home no rice", dev19 "already
    # home in udon, short words")
    ("อุดรค่ะ อยู่บ้านแล้ว", "Udon Thani"), ("มี อุดร อุดรค่ะ บ้านอยู่นี่แหละ", "Udon Thani"),
    ("อยู่บ้านที่อุดร", "Udon Thani"), ("กลับมาถึงบ้านแล้วค่ะ อุดร", "Udon Thani"),
    ("อุดร อยู่บ้านค่ะ", "Udon Thani"), ("บ้านก็อยู่ที่นี่ อุดรค่ะ", "Udon Thani"),
])
def test_at_own_home_is_here_and_home(text: str, en: str) -> None:
    assert _places(text) == (en, en)


@pytest.mark.parametrize(("text", "places"), [
    ("แม่อยู่บ้านตัวเองที่อุบล", (None, None)),  # someone else
    ("อยากกลับไปอยู่บ้านตัวเองที่อุบล", (None, "Ubon Ratchathani")),  # wished for
    ("อยู่บ้านเพื่อนที่ระยอง", ("Rayong", None)),  # not one's own
    ("อยู่บ้านเช่าที่ระยอง", ("Rayong", None)),
    ("ไม่ได้อยู่บ้านตัวเอง อยู่ระยอง", ("Rayong", None)),
    ("อยู่บ้านตัวเองที่ระยอง อยากกลับบ้านเกิด", ("Rayong", None)),  # a house where they work
    ("ไม่มีบ้าน อยู่ระยอง", ("Rayong", None)),
    ("อยู่บ้านตัวเองที่ชลบุรี บ้านเกิดอยู่ร้อยเอ็ด", ("Chon Buri", "Roi Et")),  # both said
    ("อยู่บ้านเพื่อนที่อุดร", ("Udon Thani", None)),  # a bare home that is someone's
    ("อยู่บ้านเจ้านายที่ระยอง", ("Rayong", None)),
    ("บ้านอยู่อุดร ตอนนี้อยู่ระยอง", ("Rayong", "Udon Thani")),
    ("ตอนอยู่บ้านที่อุดร ไม่มีปัญหา", ("Udon Thani", None)),  # once, not now
    ("อยู่บ้านไม่ได้ค่ะ อยู่ระยอง", ("Rayong", None)),
    ("อยู่บ้านที่ระยอง อยากกลับอุดร", ("Rayong", "Udon Thani")),
    ("แม่อยู่บ้านที่อุดร", (None, None)),
    ("บ้านอยู่นี่ไม่ได้แล้ว อยู่ระยอง", ("Rayong", None)),
    ("ถึงบ้านแล้วจะโทรบอก ตอนนี้อยู่ระยอง", ("Rayong", None)),  # once there
    ("พอถึงบ้านแล้ว ตอนนี้อยู่ระยอง", ("Rayong", None)),
])
def test_not_at_own_home(text: str, places: tuple[str | None, str | None]) -> None:
    assert _places(text) == places


def test_a_name_and_phone_at_the_check_send_nothing(dialog: Dialog) -> None:
    chat = at_the_check(dialog)
    result = chat.say("สมชาย 0812345678")
    assert not result.effects and chat.state.data.get("at_home") is True
    assert chat.state.data["answers"]["phone"] == "0812345678"  # kept, asked again
    assert chat.last is not None and AT_HOME_ASK in chat.last.replies[-1].text


def test_send_words_are_no_yes_to_being_home(dialog: Dialog) -> None:
    chat = at_the_check(dialog)
    chat.say("ส่งเลย")
    assert chat.state.name == st.CONFIRM and chat.state.data.get("at_home") is True


@pytest.mark.parametrize(("text", "value"), [("บ้านอยู่อีกอำเภอ", "home:away"),
                                             ("บ้านอยู่คนละอำเภอค่ะ ไกลมาก", None)])
def test_home_in_another_district_goes_on(dialog: Dialog, text: str, value: str | None) -> None:
    chat = at_the_check(dialog)
    chat.say(text, value)
    assert chat.state.name == st.ASK and not chat.state.data.get("at_home")
    assert chat.state.data["answers"]["home_far"] is True
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.name == st.CONFIRM and not chat.state.data.get("at_home")
    result = chat.say("สมชาย 0812345678")
    assert chat.state.name == st.DONE and result.effects  # the request is sent


def test_the_edit_button_at_the_check_opens_the_edit_menu(dialog: Dialog) -> None:
    chat = at_the_check(dialog)
    result = chat.say("แก้ไข", "confirm:edit")
    assert any(c.value.startswith("edit:") for c in result.replies[-1].choices)


@pytest.mark.parametrize("answer", ["ได้ค่ะ มีแต่อยู่ที่บ้าน", "มีค่ะ แต่อยู่ที่บ้าน", "มีแต่อยู่บ้านค่ะ"])
def test_a_card_had_at_home_is_not_the_person_at_home(dialog: Dialog, answer: str) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับขอนแก่น")
    chat.say(answer)  # to "มีบัตรประชาชนไหมคะ"
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "ชลบุรี" and answers["id_card"] is True
    assert chat.state.data.get("at_home") is None


def test_at_home_said_alone_is_still_at_home(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน จะกลับขอนแก่น มีบัตร")
    chat.say("อยู่ที่บ้านค่ะ")  # to "ตอนนี้อยู่จังหวัดไหนคะ"
    assert chat.state.data["answers"]["current_province"]["name"] == "ขอนแก่น"
