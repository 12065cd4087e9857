"""Screening: what an answer tells beyond its question, and the sensitive consent."""

from __future__ import annotations

from dialogs.engine import Dialog

from .test_engine import Chat, consented


def at_sensitive_consent(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say("เพิ่งพ้นโทษ ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.data["slot"] == "sensitive_consent"
    return chat


def test_needs_told_at_the_consent_question_are_kept_and_consent_asked_another_way(
        dialog: Dialog) -> None:
    chat = at_sensitive_consent(dialog)
    first = chat.text("อยากหางานทำครับ")
    second = chat.text("ยินยอม")
    assert "หางานทำ" in first and "เรื่องพ้นโทษ" in first and first != second
    answers = chat.state.data["answers"]
    assert answers["sensitive_consent"] is True and answers["needs"] == ["probation", "work"]
    assert chat.state.data["slot"] == "name"  # the needs question is not asked


def test_refusing_after_telling_a_need_keeps_only_the_plain_need(dialog: Dialog) -> None:
    chat = at_sensitive_consent(dialog)
    chat.say("อยากหางานทำครับ")
    chat.say("ไม่ยินยอม")
    answers = chat.state.data["answers"]
    assert answers["sensitive_consent"] is False and answers["needs"] == ["work"]
    assert "released" not in answers and chat.state.data["slot"] == "name"


def test_a_care_need_told_later_is_added_not_lost(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("ไปกับลูก 1 คน ลูกอายุ 4 ขวบ")
    chat.say("ด่วนค่ะ ลูกป่วยด้วย")
    assert chat.state.data["answers"]["special_needs"] == ["child", "sick"]


def test_with_home_known_only_where_now_is_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    reply = chat.text("ไม่มีค่ารถกลับบ้านที่สกลนคร มีบัตรประชาชน")
    assert chat.state.data["slot"] == "current_province"
    assert reply.endswith("ตอนนี้อยู่จังหวัดไหนคะ") and "กลับบ้านที่จังหวัดไหน" not in reply


def test_no_trouble_at_all_is_refused_at_once(dialog: Dialog) -> None:
    chat = consented(dialog)
    result = chat.say("มีห้องพัก มีเงินพอใช้ ไม่ได้เดือดร้อนอะไรค่ะ")
    cards = [r.card for r in result.replies if r.card]
    assert cards and cards[0]["eligible"] is False
    assert len(cards[0]["reasons"]) == 1


def test_one_trouble_ruled_out_leaves_the_question_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("มีห้องพักอยู่ค่ะ อยู่ชลบุรี")
    assert chat.state.data["slot"] == "hardship"


def test_a_question_with_an_answer_in_it_is_answered_and_the_answer_kept(
        dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ขอความช่วยเหลือ", "cmd:screen")
    result = chat.say("ไม่มีค่ารถกลับบ้านค่ะ ค่าอาหารได้วันละเท่าไหร่คะ")
    assert "100" in result.replies[0].text  # the question, answered first
    assert chat.state.data["answers"]["no_fare"] is True
    assert chat.state.data["slot"] == "id_card"  # then the next question


def test_a_bare_hum_is_not_consent_to_sensitive_data(dialog: Dialog) -> None:
    chat = at_sensitive_consent(dialog)
    chat.say("อืม")
    assert "sensitive_consent" not in chat.state.data["answers"]
    assert chat.state.data["slot"] == "sensitive_consent"


def test_questions_are_not_read_as_the_answer_asked_for(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    chat.say("ถ้าไม่มีบัตรจะขอได้ไหมคะ")  # supposes: no fact
    assert "id_card" not in chat.state.data["answers"]
    chat.say("มีบัตรค่ะ")
    reply = chat.text("อยู่ชลบุรีค่ะ ต้องไปรับเงินที่ไหนคะ")
    assert "คุณชลบุรี" not in reply and "อยู่ชลบุรี" in reply
    for text in ("จะกลับยโสธร", "คนเดียว ไม่ด่วน"):
        chat.say(text)
    chat.say("ได้เงินเท่าไหร่คะ")
    assert "name" not in chat.state.data["answers"] and chat.state.data["slot"] == "name"


def test_a_tapped_first_answer_ends_the_opening(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน", "hardship:no_fare")
    assert "opening" not in chat.state.data
    chat.say("ไม่มีค่ะ")  # no card: screening goes on, nothing lost
    assert chat.state.data["answers"]["id_card"] is False
