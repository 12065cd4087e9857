"""Whole intakes through the pure dialog: ask only what is missing (issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.types import CreateCase

from .test_engine import AT, Chat, consented


def asked(chat: Chat) -> str | None:
    """The question waiting: a slot, also one the summary asks (the name, the phone)."""
    slot = chat.state.data.get("slot")
    if chat.state.name == st.ASK or (chat.state.name == st.CONFIRM and slot):
        return str(slot)
    return chat.state.name


def to_summary(dialog: Dialog) -> Chat:
    """At the summary that shows everything (the name and phone told in the story)."""
    chat = consented(dialog)
    chat.say("ชื่อเอก 0812345678 อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    for answer in ("คนเดียว", "ไม่ด่วน"):
        chat.say(answer)
    assert chat.state.name == st.CONFIRM and not chat.state.data.get("slot")
    return chat


def test_a_name_phrase_and_phone_in_one_answer(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว")
    chat.say("ไม่ด่วน")
    assert asked(chat) == "name"
    [effect] = chat.say("เรียกเอกก็ได้ครับ เบอร์ ๐๘๙๑๒๓๔๕๖๗").effects  # on the summary: sent
    assert isinstance(effect, CreateCase)
    assert effect.case["name"] == "เอก" and effect.case["phone"] == "0891234567"


def test_a_name_in_the_story_is_not_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ดิฉันชื่อมาลี อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว")
    reply = chat.text("ไม่ด่วน")  # only the phone is missing: asked on the summary
    assert chat.state.name == st.CONFIRM and chat.state.data["slot"] == "phone"
    assert texts.PHONE_ON_SUMMARY in reply and "ชื่อ: มาลี" in reply
    assert chat.state.data["answers"]["name"] == "มาลี"


def test_destination_after_jaa_pai_is_heard_and_not_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    reply = chat.text("อยู่ชลบุรี จะไปขอนแก่น ไม่มีค่ารถ มีบัตรประชาชน")
    assert "ขอนแก่น" in reply and "ชลบุรี" in reply
    assert asked(chat) == "travellers"


def test_both_provinces_in_one_answer(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน")
    assert asked(chat) == "current_province"
    chat.say("กทม โคราช")
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "กรุงเทพมหานคร"
    assert answers["home_province"]["name"] == "นครราชสีมา"


def test_an_answer_to_another_question_is_heard_and_the_question_stays(
        dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ อยู่นนทบุรี จะกลับพิษณุโลก มีบัตรประชาชน")
    assert asked(chat) == "travellers"
    reply = chat.text("ชื่อสมศรีค่ะ เบอร์ 081-222-3344")
    answers = chat.state.data["answers"]
    assert answers["name"] == "สมศรี" and answers["phone"] == "0812223344"
    assert "travellers" not in answers and asked(chat) == "travellers"
    assert reply.startswith("รับทราบค่ะ: คุณสมศรี") and "กี่คน" in reply
    chat.say("ไปกับลูก 1 คนค่ะ ไม่ด่วน ลูกอายุ 4 ขวบ")
    assert chat.state.name == st.CONFIRM  # name and phone are not asked again


@pytest.mark.parametrize(("answer", "here", "home"), [
    ("ชลบุรีค่ะ แต่บ้านอยู่ตาก", "ชลบุรี", "ตาก"),
    ("โคราชค่ะ จะกลับสุรินทร์", "นครราชสีมา", "สุรินทร์"),
])
def test_here_without_a_cue_and_home_with_one(dialog: Dialog, answer: str, here: str,
                                               home: str) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน")
    assert asked(chat) == "current_province"
    chat.say(answer)
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == here
    assert answers["home_province"]["name"] == home
    assert asked(chat) == "travellers"


@pytest.mark.parametrize("refusal", ["จำไม่ได้", "ไม่อยากตอบ", "ไม่สะดวก", "ข้าม"])
def test_a_refusal_moves_on_without_not_understood(dialog: Dialog, refusal: str) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว")
    assert asked(chat) == "urgent"
    reply = chat.text(refusal)
    assert texts.RETRY_PREFIX not in reply and "ยังไม่เข้าใจ" not in reply
    assert asked(chat) == "name" and chat.state.data["answers"]["urgent"] is None


def test_rather_not_say_records_no_need(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เพิ่งพ้นโทษ อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    for answer in ("คนเดียว", "ไม่ด่วน", "ยินยอม"):
        chat.say(answer)
    assert asked(chat) == "needs"
    chat.say("ไม่อยากตอบ")
    assert chat.state.data["answers"]["needs"] == []


def test_wants_work_is_work_only(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เพิ่งพ้นโทษ อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    for answer in ("คนเดียว", "ไม่ด่วน", "ยินยอม"):
        chat.say(answer)
    chat.say("อยากได้งานทำ")
    # "released from prison" was told in the story; no health need from "อยาก"
    assert chat.state.data["answers"]["needs"] == ["probation", "work"]


@pytest.mark.parametrize(("answer", "urgent", "no_shelter"), [
    ("มีที่พักค่ะ", False, False), ("นอนป้ายรถเมล์", True, True)])
def test_indirect_answers_to_is_it_urgent(dialog: Dialog, answer: str, urgent: bool,
                                         no_shelter: bool) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว")
    assert asked(chat) == "urgent"
    chat.say(answer)
    assert chat.state.data["answers"]["urgent"] is urgent
    assert chat.state.data["answers"]["no_shelter"] is no_shelter


def test_the_same_unclear_answer_never_gets_the_same_question_three_times(
        dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว")
    sentences = [r.text for r in chat.last.replies] if chat.last else []
    for _ in range(3):
        sentences.extend(r.text for r in chat.say("อืมม แล้วแต่").replies)
    question = "เร่งด่วนไหมคะ เช่น คืนนี้ไม่มีที่นอน"
    assert sum(question in s for s in sentences) <= 2
    assert asked(chat) != "urgent"  # moved on, the officer asks


def test_expired_card_is_recorded_and_shown(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร")
    assert asked(chat) == "id_card"
    chat.say("บัตรหมดอายุแล้ว")
    answers = chat.state.data["answers"]
    assert answers["id_card"] is True and answers["id_card_state"] == "expired"
    chat.say("คนเดียว")
    summary = chat.text("ไม่ด่วน")
    assert "หมดอายุ" in summary and asked(chat) == "name"
    result = chat.say("สมชาย 0812345678")
    [effect] = result.effects
    assert isinstance(effect, CreateCase)
    assert any("หมดอายุ" in r for r in effect.case["reasons"])


@pytest.mark.parametrize("opening", ["ผมเป็นคนพม่า", "ผมเป็นคนพม่า ไม่มีค่ารถกลับบ้าน"])
def test_not_thai_gets_the_nationality_reason_before_any_document_question(
        dialog: Dialog, opening: str) -> None:
    chat = consented(dialog)
    result = chat.say(opening)
    text = "\n".join(r.text for r in result.replies)
    assert chat.state.name == st.DONE and "สัญชาติไทย" in text and "1300" in text
    assert "บัตรประชาชนไหม" not in text
    cards = [r.card for r in result.replies if r.card]
    assert cards and cards[0]["eligible"] is False
    assert cards[0]["reasons"] == [texts.NOT_THAI_REASON]


def test_not_thai_as_an_answer(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ขอความช่วยเหลือ")
    text = chat.text("ผมเป็นคนพม่า")
    assert chat.state.name == st.DONE and texts.NOT_THAI in text


def test_without_consent_questions_are_answered_and_nothing_is_kept(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ผมชื่อสมชาย ไม่มีค่ารถกลับบ้าน")
    assert chat.state.data["pending"]
    chat.say("ไม่ยินยอม", "consent:no")
    reply = chat.text("ค่าอาหารได้วันละเท่าไหร่")
    assert "100" in reply
    reply = chat.text("เบี้ยคนพิการได้เท่าไหร่")
    assert "800" in reply
    assert {k: v for k, v in chat.state.data.items() if k != "offered"} == {"consent": False}


def test_story_before_consent_is_acknowledged_and_used(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("อยู่ชลบุรี ไม่มีค่ารถกลับขอนแก่น")
    reply = chat.text("ยินยอม", "consent:yes")
    assert texts.STORY_KEPT in reply and "ขอนแก่น" in reply
    assert chat.state.data["answers"]["no_fare"] is True


def test_story_before_consent_is_kept_at_most_24_hours(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("อยู่ชลบุรี ไม่มีค่ารถกลับขอนแก่น")
    assert "24 ชั่วโมง" in texts.PRIVACY
    later = dialog.step(chat.state, type(chat).inbound_at("ยินยอม", AT + dt.timedelta(hours=25)))
    assert "pending" not in later.state.data  # not used: screening starts from nothing
    assert later.state.data.get("answers") in (None, {})
    assert texts.STORY_EXPIRED in later.replies[0].text  # and the person is told why
    assert texts.STORY_KEPT not in "\n".join(r.text for r in later.replies)


def test_free_text_correction_at_the_summary(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    summary = chat.last.replies[-1].text if chat.last else ""
    assert "081-234-5678" in summary  # the person's own summary: the whole number
    fixed = chat.text("เบอร์ผิด 0891234567")
    assert chat.state.name == st.CONFIRM and "089-123-4567" in fixed
    assert chat.state.data["answers"]["phone"] == "0891234567"


@pytest.mark.parametrize(("typed", "key", "value"), [
    ("ไม่ใช่ค่ะ อยู่ชลบุรี ไม่ใช่ระยอง", "current_province", "ชลบุรี"),
    ("ไม่ถูกค่ะ กลับอุดร", "home_province", "อุดรธานี"),
    ("ผิดค่ะ ไป 2 คน กับลูก 5 ขวบ", "travellers", 2),  # a group alone: asked who needs care
])
@pytest.mark.parametrize("name_known", [True, False])
def test_a_no_with_the_right_answer_corrects_it(dialog: Dialog, typed: str, key: str,
                                               value: object, name_known: bool) -> None:
    """At the summary, or at the summary that still asks the name (then the name is
    still asked, and nothing is sent)."""
    chat = consented(dialog)
    named = "ชื่อเอก 0812345678 " if name_known else ""
    chat.say(f"{named}อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    for answer in ("คนเดียว", "ไม่ด่วน"):
        chat.say(answer)
    assert asked(chat) == ("confirm" if name_known else "name")
    result = chat.say(typed)  # not a bare "no" (that opens the edit menu): the fix is in it
    got = chat.state.data["answers"][key]
    assert asked(chat) == ("confirm" if name_known else "name") and not result.effects
    assert (got["name"] if isinstance(got, dict) else got) == value


@pytest.mark.parametrize("name_known", [True, False])
def test_a_bare_no_at_the_summary_asks_what_to_fix(dialog: Dialog, name_known: bool) -> None:
    chat = consented(dialog)
    named = "ชื่อเอก 0812345678 " if name_known else ""
    chat.say(f"{named}อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    for answer in ("คนเดียว", "ไม่ด่วน"):
        chat.say(answer)
    menu = chat.say("ไม่ใช่ค่ะ").replies[-1]
    assert chat.state.name == st.CONFIRM
    assert any(c.value.startswith("edit:") for c in menu.choices)


def test_other_needs_are_offered_after_sending(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    seen = [asked(chat)]
    for answer in ("คนเดียว", "ไม่ด่วน"):
        chat.say(answer)
        seen.append(asked(chat))
    assert "sensitive_consent" not in seen and "needs" not in seen
    result = chat.say("เอก 0812345678")
    assert any(isinstance(e, CreateCase) for e in result.effects)
    offer = result.replies[-1]
    assert texts.ANYTHING_ELSE in offer.text
    work = next(c for c in offer.choices if c.label == "หางานทำ")
    answer = chat.text(work.label)
    assert "งาน" in answer


def test_erasure_warns_what_will_happen(dialog: Dialog) -> None:
    chat = consented(dialog)
    reply = chat.text("ลบข้อมูล")
    assert "คำขอที่ยังเปิดอยู่จะถูกปิด" in reply and "ข้อความทั้งหมดจะถูกลบ" in reply


def test_without_consent_a_question_with_a_hardship_in_it_is_answered(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ไม่ยินยอม", "consent:no")
    result = chat.say("ไม่มีค่ารถกลับบ้าน ขอเงินช่วยได้ไหม")
    assert chat.state.name != st.CONSENT
    assert not any(c.value.startswith("consent:") for r in result.replies for c in r.choices)
    assert "answers" not in chat.state.data and "pending" not in chat.state.data


def test_consent_and_story_in_one_message(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    reply = chat.text("ยินยอมค่ะ อยู่ชลบุรี ไม่มีค่ารถกลับขอนแก่น มีบัตรประชาชน")
    assert chat.state.data["consent"] is True and chat.state.name == st.ASK
    assert chat.state.data["answers"]["home_province"]["name"] == "ขอนแก่น"
    assert "ขอนแก่น" in reply


def test_unknown_card_and_province_still_send_the_request(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    assert asked(chat) == "id_card"
    chat.say("จำไม่ได้")
    assert asked(chat) == "nationality_letter"  # a card not known to be had: the letter too
    chat.say("จำไม่ได้")
    assert asked(chat) == "current_province"
    chat.say("ไม่ทราบ")
    for answer in ("ขอนแก่น", "คนเดียว", "ไม่ด่วน"):  # (one trouble tapped: urgency asked)
        chat.say(answer)
    assert chat.state.name == st.CONFIRM
    summary = chat.last.replies[-1].text if chat.last else ""
    assert "บัตรประชาชน: ไม่ทราบ" in summary and "อยู่ที่: -" in summary
    [effect] = chat.say("นก 0812345678").effects
    assert isinstance(effect, CreateCase)
    assert effect.case["eligible"] is True and effect.case["current_province"] is None
    assert any("เจ้าหน้าที่จะตรวจบัตร" in r for r in effect.case["reasons"])


def test_a_plain_need_told_in_passing_is_recorded_without_the_sensitive_block(
        dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ตกงาน ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    seen = [asked(chat)]
    for answer in ("คนเดียว", "ไม่ด่วน"):
        chat.say(answer)
        seen.append(asked(chat))
    assert "sensitive_consent" not in seen and seen[-1] == "name"
    assert chat.state.data["answers"]["needs"] == ["work"]


def test_a_story_after_refusing_consent_is_used_when_consent_comes(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ไม่ยินยอม", "consent:no")
    chat.say("อยู่ชลบุรี ไม่มีค่ารถกลับขอนแก่น มีบัตรประชาชน")
    assert chat.state.name == st.CONSENT and chat.state.data["pending"]
    reply = chat.text("ยินยอม", "consent:yes")
    assert texts.STORY_KEPT in reply
    assert chat.state.data["answers"]["home_province"]["name"] == "ขอนแก่น"


def test_a_yes_with_a_correction_at_the_summary_is_not_sent(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว")
    chat.say("ไม่ด่วน")
    chat.say("ชื่อเอก เบอร์ 0812345678 ค่ะ แต่ไป 2 คนนะคะ กับแม่อายุ 70")  # a fix: not sent
    assert chat.state.name == st.CONFIRM and chat.state.data["answers"]["travellers"] == 2
    result = chat.say("ใช่ค่ะ แต่เบอร์ผิด 0891234567")
    assert not any(isinstance(e, CreateCase) for e in result.effects)
    assert chat.state.name == st.CONFIRM
    assert chat.state.data["answers"]["phone"] == "0891234567"
    assert "0891234567" in "\n".join(r.text for r in result.replies)


def test_not_sure_if_urgent_is_left_to_the_officer_not_read_as_urgent(
        dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว")
    assert asked(chat) == "urgent"
    chat.say("ไม่แน่ใจว่าด่วนไหม")
    assert asked(chat) == "name" and chat.state.data["answers"].get("urgent") is None


@pytest.mark.parametrize("answer", ["ยินยอมไม่ได้", "ไม่ได้ยินยอม"])
def test_a_denied_consent_is_never_read_as_consent(dialog: Dialog, answer: str) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    assert chat.state.name == st.CONSENT
    chat.say(answer)
    assert chat.state.data.get("consent") is False and chat.state.name == st.IDLE


def test_a_question_about_consent_is_not_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    chat.say("ยินยอมแล้วจะเป็นอะไรไหม")
    assert chat.state.name == st.CONSENT and "consent" not in chat.state.data


def test_a_thai_writer_is_not_refused_for_a_fathers_nationality(dialog: Dialog) -> None:
    chat = consented(dialog)
    reply = chat.text("ผมเป็นคนไทย แต่พ่อเป็นคนพม่า อยู่ระยอง ไม่มีค่ารถกลับยโสธร")
    assert chat.state.name == st.ASK and "สัญชาติ" not in reply


def test_the_employers_name_in_the_story_is_not_the_persons(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("นายจ้างชื่อสมชาย ไม่จ่ายค่าแรง อยู่ระยอง ไม่มีค่ารถกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    assert asked(chat) == "name" and "name" not in chat.state.data["answers"]


def test_an_answer_that_only_repeats_a_known_fact_is_not_understood(dialog: Dialog) -> None:
    """"ตายายมีบัตร" tells the elderly again and (here) no card: the question is not
    sent again and again as if something were learned; asked another way, then skipped."""
    chat = consented(dialog)
    chat.say("ตายายนอนที่ขนส่งโคราช ไม่มีค่ารถกลับยโสธรค่ะ")
    assert asked(chat) == "id_card" and chat.state.data["answers"]["special_needs"]
    replies = []
    for _ in range(3):
        replies.append(chat.text("ตายายค่ะ"))
        if asked(chat) != "id_card":
            break
    assert asked(chat) != "id_card" and chat.state.data["answers"]["id_card"] is None
    assert sum("มีบัตรประชาชนไหมคะ" in r for r in replies) <= 1


def test_another_province_said_while_here_is_known_is_home(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง")
    assert asked(chat) == "id_card"
    chat.say("สุรินทร์ค่ะ 🙏")
    answers = chat.state.data["answers"]
    assert answers["home_province"]["name"] == "สุรินทร์"
    assert answers["current_province"]["name"] == "ระยอง" and asked(chat) == "id_card"


@pytest.mark.parametrize("care", ["3 คน เมียท้อง 7 เดือน", "2 คน พ่อป่วยเป็นเบาหวาน"])
def test_a_care_need_alone_does_not_ask_the_other_needs(dialog: Dialog, care: str) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    seen = [asked(chat)]
    for answer in (care, "ไม่ด่วน"):
        chat.say(answer)
        seen.append(asked(chat))
    assert "sensitive_consent" not in seen and "needs" not in seen
    result = chat.say("เอก 0812345678")
    case = next(e for e in result.effects if isinstance(e, CreateCase))
    assert set(case.case.get("special_needs") or ()) & {"pregnant", "sick"}
    assert texts.ANYTHING_ELSE in result.replies[-1].text


def test_hiv_told_with_a_care_need_still_asks_the_other_needs(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    seen = [asked(chat)]
    for answer in ("คนเดียว ป่วยติดเชื้อ HIV ต้องรับยาต่อเนื่อง", "ไม่ด่วน", "ไปเองได้"):
        chat.say(answer)
        seen.append(asked(chat))
    assert "sensitive_consent" in seen or "needs" in seen
