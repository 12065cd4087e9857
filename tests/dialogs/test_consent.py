"""The privacy consent: what comes right after it, and the sensitive data a story
told before it holds (named in the notice, kept only with a yes)."""

from __future__ import annotations

import pytest

from dialogs import replies, texts
from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.readers import read_consent
from dialogs.slots import read_sensitive_consent
from dialogs.state import State
from dialogs.types import Inbound, RequestHandoff
from dialogs.understand import read_message

from .test_engine import AT, Chat, data

PRISON_STORY = "เพิ่งออกจากเรือนจำเมื่อวาน ไม่มีค่ารถกลับบ้าน อยู่ปทุมธานี จะกลับบุรีรัมย์"


def values(chat: Chat) -> list[str]:
    assert chat.last is not None
    return [c.value for r in chat.last.replies for c in r.choices]


def test_after_a_greeting_consent_leads_to_the_first_question(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีครับ")
    reply = chat.text("ยินยอม", "consent:yes")
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "hardship"
    assert "เดือดร้อนเรื่องไหน" in reply
    assert "hardship:no_fare" in values(chat) and "cmd:menu" in values(chat)


def test_asking_something_else_leaves_screening_with_consent_kept(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ยินยอม", "consent:yes")
    reply = chat.text("ถามเรื่องอื่น", "cmd:menu")
    assert chat.state.name == st.IDLE and data(chat.state) == {"consent": True}
    assert reply == texts.MENU and "cmd:screen" in values(chat)


def test_a_question_at_the_first_question_is_answered_not_recorded(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ยินยอม", "consent:yes")
    reply = chat.text("เบี้ยคนพิการได้เดือนละเท่าไหร่")
    assert "800" in reply
    assert chat.state.name == st.IDLE and "answers" not in chat.state.data


def test_a_topic_told_at_the_first_question_is_answered_as_at_the_menu(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ยินยอม", "consent:yes")
    result = chat.say("แม่อยากทำบัตรประชาชนใหม่ค่ะ")
    assert chat.state.name == st.IDLE and "answers" not in chat.state.data
    assert any("บัตร" in r.text for r in result.replies)


def test_help_typed_at_the_first_question_asks_it_again_without_a_retry(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ยินยอม", "consent:yes")
    reply = chat.text("ขอความช่วยเหลือครับ")
    assert texts.RETRY_PREFIX not in reply and texts.START_SCREENING in reply
    assert chat.state.data["slot"] == "hardship" and "retries" not in chat.state.data
    chat.say("3")  # the third button: no fare home
    assert chat.state.data["answers"]["no_fare"] is True


def test_a_question_first_leads_to_the_menu_after_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("เบี้ยผู้สูงอายุได้เท่าไหร่")
    reply = chat.text("ยินยอม", "consent:yes")
    assert chat.state.name == st.IDLE and texts.MENU in reply


def test_a_sensitive_story_is_named_in_the_notice_with_a_way_to_leave_it_out(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    result = chat.say(PRISON_STORY)
    notice = result.replies[-1]
    assert "เรื่องพ้นโทษ" in notice.text and "อ่อนไหว" in notice.text
    assert [c.value for c in notice.choices] == ["consent:yes", "consent:basic", "consent:no"]
    ask, preview = notice.text.rstrip().split("\n")[-2:]  # the question, then the first one
    assert ask == texts.PRIVACY.rsplit("\n", 1)[1]
    assert preview == texts.CONSENT_PREVIEW.format("มีบัตรประชาชนไหมคะ")


def test_a_plain_story_gets_the_plain_notice(dialog: Dialog) -> None:
    chat = Chat(dialog)
    notice = chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับศรีสะเกษ").replies[-1]
    assert notice.text == f"{texts.PRIVACY}\n{texts.CONSENT_PREVIEW.format('มีบัตรประชาชนไหมคะ')}"
    assert [c.value for c in notice.choices] == ["consent:yes", "consent:no"]


def test_yes_to_the_named_sensitive_data_is_not_asked_again(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(PRISON_STORY)
    chat.say("ยินยอม")
    answers = chat.state.data["answers"]
    assert answers["sensitive_consent"] is True and answers["released"] is True
    for text in ("มีบัตรประชาชน", "คนเดียว ไม่ด่วน"):
        chat.say(text)
    assert chat.state.data["slot"] == "needs"  # the other needs, without a second consent


def test_leaving_sensitive_data_out_keeps_none_of_it(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(PRISON_STORY)
    chat.say("ไม่รวมข้อมูลอ่อนไหว", "consent:basic")
    answers = chat.state.data["answers"]
    assert answers["sensitive_consent"] is False
    assert "released" not in answers and "need_hints" not in answers
    assert answers["home_province"]["name"] == "บุรีรัมย์"  # the rest is used
    for text in ("มีบัตรประชาชน", "คนเดียว ไม่ด่วน"):
        chat.say(text)
    assert chat.state.data["slot"] == "name"  # neither consent nor needs asked again


@pytest.mark.parametrize("health", ["ท้อง 7 เดือน", "ขาหัก"])
def test_leaving_sensitive_data_out_drops_health_told_in_the_story(
        dialog: Dialog, health: str) -> None:
    chat = Chat(dialog)
    chat.say(f"{PRISON_STORY} {health}")
    assert read_message(health).get("special_needs")  # told: a care need
    chat.say("ไม่รวมข้อมูลอ่อนไหว", "consent:basic")
    assert not chat.state.data["answers"].get("special_needs")  # left out with the rest


def test_a_place_told_with_the_consent_word_is_used(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ")
    chat.say("ยินยอมค่ะ ตอนนี้อยู่ชลบุรี")
    assert chat.state.data["answers"]["current_province"]["name"] == "ชลบุรี"


def test_help_asked_first_is_no_story_and_leads_to_the_first_question(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ขอความช่วยเหลือค่ะ")
    assert "pending" not in chat.state.data
    reply = chat.text("ยินยอม", "consent:yes")
    assert texts.STORY_KEPT not in reply and chat.state.data["slot"] == "hardship"


def test_leaving_sensitive_data_out_keeps_a_plain_need(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("เพิ่งพ้นโทษครับ อยากได้งานทำ ไม่มีค่ารถกลับบ้าน อยู่สระบุรี จะกลับเลย")
    chat.say("ไม่รวมข้อมูลอ่อนไหว", "consent:basic")
    answers = chat.state.data["answers"]
    assert answers["needs"] == ["work"] and "released" not in answers


def opened(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ยินยอม", "consent:yes")
    assert chat.state.data.get("opening") is True
    return chat


def test_no_at_the_first_question_is_not_now_not_a_refusal(dialog: Dialog) -> None:
    chat = opened(dialog)
    result = chat.say("ไม่ค่ะ")
    assert chat.state.name == st.IDLE and "answers" not in chat.state.data
    assert not any(r.card for r in result.replies) and result.replies[0].text == texts.MENU


def test_unclear_at_the_first_question_is_asked_another_way(dialog: Dialog) -> None:
    chat = opened(dialog)
    reply = chat.text("เดือดร้อนค่ะ")
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "hardship"
    assert texts.RETRY_PREFIX in reply


def test_the_way_out_can_be_typed_and_comes_back_after_an_aside(dialog: Dialog) -> None:
    chat = opened(dialog)
    result = dialog.step(chat.state, Inbound("sticker", at=AT))
    chat.state = result.state
    assert replies.ASK_ELSE in result.replies[-1].choices
    reply = chat.text("ถามเรื่องอื่น")  # typed, not tapped: still the way out
    assert chat.state.name == st.IDLE and reply == texts.MENU


def test_an_old_way_out_tapped_mid_screening_loses_nothing(dialog: Dialog) -> None:
    chat = opened(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง")
    reply = chat.text("ถามเรื่องอื่น", "cmd:menu")
    assert chat.state.name == st.ASK and chat.state.data["answers"]["no_fare"] is True
    assert texts.RESUME in reply


def test_health_told_before_the_notice_is_named_plainly_and_left_out_on_request(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    notice = chat.say("ติดเชื้อ HIV ไม่มีที่นอน อยู่ชลบุรี จะกลับขอนแก่น").replies[-1]
    assert "เรื่องสุขภาพ" in notice.text and "สุขภาพจิต" not in notice.text
    chat.say("ไม่รวมข้อมูลอ่อนไหว", "consent:basic")
    answers = chat.state.data["answers"]
    assert "sick" not in (answers.get("special_needs") or [])
    assert "need_hints" not in answers and answers["no_shelter"] is True


@pytest.mark.parametrize("text", ["ยินยอม แต่ไม่อยากให้เก็บเรื่องติดคุก",
                                  "ยินยอมค่ะ แต่ไม่รวมข้อมูลอ่อนไหว", "ยินยอมบางส่วน",
                                  "ยินยอม ไม่ต้องเก็บเรื่องคุก", "ไม่รวมเรื่องคุก",
                                  # asked not to write it down, the topic before or after
                                  "ยินยอม ถ้าไม่เก็บเรื่องคุก", "ยินยอม เรื่องคุกไม่ต้องจด",
                                  "ยินยอมค่ะ ไม่ต้องจดเรื่องคุก", "ยินยอม ขออย่าเก็บเรื่องคุก",
                                  "ยินยอม ไม่ต้องใส่ประวัติ", "ได้ค่ะ เรื่องติดคุกไม่ต้องเขียนนะคะ",
                                  "ยินยอม ไม่จดเรื่องติดคุกได้ไหม"])
def test_a_yes_that_leaves_the_sensitive_part_out_is_read_so(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(PRISON_STORY)
    chat.say(text)
    answers = chat.state.data["answers"]
    assert chat.state.data["consent"] is True and answers["sensitive_consent"] is False
    assert "released" not in answers and answers["home_province"]["name"] == "บุรีรัมย์"


@pytest.mark.parametrize("text", ["ยินยอมค่ะ", "ยินยอมครับ ไม่เก็บตังค์สักบาท",
                                  "ยินยอม ไม่มีเงินเก็บเลยค่ะ เรื่องค่ารถ"])
def test_a_yes_that_names_nothing_left_out_covers_the_sensitive_part(
        dialog: Dialog, text: str) -> None:
    """Not writing something down is left out only when what is named is a topic ("ไม่เก็บ
    ตังค์" is money kept, not a record)."""
    chat = Chat(dialog)
    chat.say(PRISON_STORY)
    chat.say(text)
    answers = chat.state.data["answers"]
    assert chat.state.data["consent"] is True and answers["sensitive_consent"] is True
    assert "released" in str(answers.get("need_hints")) or "released" in answers


def test_facts_told_with_a_question_before_consent_are_kept_and_used(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("พวกเรา 3 คนค่ะ ลูกไม่สบายเป็นไข้ ถ้าป่วยระหว่างรอต้องทำยังไงคะ")
    assert chat.state.data.get("pending")
    chat.say("ยินยอม", "consent:yes")
    assert chat.state.data["answers"]["travellers"] == 3


def test_a_greeting_that_tells_something_is_kept(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีครับ ผมเพิ่งออกจากคุกวันนี้ครับ")
    assert chat.state.data.get("pending")
    chat.say("ยินยอม", "consent:yes")
    assert chat.state.data["answers"]["released"] is True


def test_a_location_shared_at_the_first_question_outlives_a_question(dialog: Dialog) -> None:
    chat = opened(dialog)
    located = dialog.step(chat.state, Inbound("location", text="ถนนมิตรภาพ ขอนแก่น 40000",
                                              latitude=16.4, longitude=102.8, at=AT))
    chat.state = located.state
    chat.say("เบี้ยคนพิการได้เดือนละเท่าไหร่")
    assert chat.state.name == st.IDLE
    chat.say("ขอความช่วยเหลือ", "cmd:screen")
    assert chat.state.data["answers"]["current_province"]["name"] == "ขอนแก่น"


def test_consent_typed_after_a_no_is_consent_not_erasure(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ไม่ยินยอม", "consent:no")
    chat.say("เปลี่ยนใจ ยินยอมค่ะ")
    assert chat.state.data["consent"] is True and chat.state.name == st.ASK


def test_a_person_asked_for_first_is_handed_over_and_not_kept_as_a_story(
        dialog: Dialog) -> None:
    chat = Chat(dialog)
    result = chat.say("คุยกับเจ้าหน้าที่")
    assert result.effects == (RequestHandoff("user_request"),)
    assert "pending" not in chat.state.data and chat.state.name == st.CONSENT


def test_a_consent_state_stored_before_naming_does_not_cover_sensitive_data(
        dialog: Dialog) -> None:
    old = State(st.CONSENT, {"pending": PRISON_STORY, "pending_at": AT.isoformat()})
    result = dialog.step(old, Inbound("choice", text="ยินยอม", value="consent:yes", at=AT))
    assert "sensitive_consent" not in result.state.data["answers"]


def test_facts_told_in_a_second_message_before_consent_are_kept(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("บ้านอยู่สุโขทัยค่ะ")
    chat.say("ยินยอม", "consent:yes")
    assert chat.state.data["answers"]["home_province"]["name"] == "สุโขทัย"


def test_a_statement_matched_to_a_topic_keeps_its_facts(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ผมพิการขาครับ ต้องนั่งวีลแชร์")
    chat.say("ยินยอม", "consent:yes")
    assert "disabled" in chat.state.data["answers"]["special_needs"]


@pytest.mark.parametrize("text", ["ขอบคุณค่ะ", "ขอบคุณมากครับ 🙏", "thank you"])
def test_thanks_is_no_consent(text: str) -> None:
    """Consent is explicit: a thank-you at the consent question consents to nothing (the
    webhook bench's texts gave consent with "ขอบคุณค่ะ")."""
    assert read_consent(text, None) is None


@pytest.mark.parametrize("text", ["ได้ค่ะ ขอบคุณค่ะ", "ยินยอมค่ะ ขอบคุณ"])
def test_a_yes_with_thanks_is_consent(text: str) -> None:
    assert read_consent(text, None) is True


@pytest.mark.parametrize(("text", "said"), [
    ("ไม่ต้องบันทึกเรื่องติดคุกนะครับ ไม่อยากให้มีประวัติ แต่ยังอยากได้ค่ารถอยู่", False),  # dev8
    ("อย่าเก็บเรื่องนี้นะคะ", False), ("ยินยอมค่ะ", True), ("บันทึกได้ค่ะ", True)])
def test_asked_not_to_record_is_no_to_the_sensitive_part(text: str, said: bool | None) -> None:
    assert read_sensitive_consent(text, None) is said


@pytest.mark.parametrize("text", [
    # the review: a fee asked, a topic of no care, a wish to have it written, a word that
    # only begins like the verb
    "ยินยอมค่ะ เรื่องนี้ไม่เก็บเงินใช่ไหมคะ", "ยินยอมครับ ไม่ใส่ใจเรื่องประวัติหรอก บอกได้หมด",
    "ยินยอม ไม่อยากให้เขียนผิด เรื่องคุกจดไว้ด้วย", "ยินยอมครับ เรื่องที่พักไม่ต้องใส่",
    "ยินยอมค่ะ ไม่ต้องเขียนเรื่องลูกนะคะ", "ยินยอมครับ ผมไม่เขียนเรื่องยาวนะ",
    "ยินยอม ไม่เก็บกดแล้วเรื่องคุก",
])
def test_no_to_writing_something_else_down_leaves_nothing_out(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(PRISON_STORY)
    chat.say(text)
    assert chat.state.data["consent"] is True
    assert chat.state.data["answers"]["sensitive_consent"] is True


@pytest.mark.parametrize("text", ["ยินยอม เรื่องคุกไม่ต้องลงบันทึก", "ยินยอม ขอไม่ระบุเรื่องคุก",
                                  "ยินยอม เว้นเรื่องคุกไว้", "ยินยอม ตัดเรื่องคุกออกได้ไหม"])
def test_more_ways_to_leave_the_prison_history_out(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(PRISON_STORY)
    chat.say(text)
    assert chat.state.data["answers"]["sensitive_consent"] is False
