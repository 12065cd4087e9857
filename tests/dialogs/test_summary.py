"""The summary: it asks for the name and the phone (the last things asked), or the
phone alone when a name came without one; typing them (and nothing else) sends the
request, read back in the reply, and a phone fixed after sending goes into it."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.contact import phone_like, spoken_digits
from dialogs.engine import Dialog
from dialogs.types import CreateCase, RequestHandoff, UpdateContact

from .test_engine import Chat, consented


def to_summary(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    chat.say("ป้าแดงค่ะ")
    return chat


def sent(chat: Chat) -> dict[str, object] | None:
    assert chat.last is not None
    cases = [e.case for e in chat.last.effects if isinstance(e, CreateCase)]
    return cases[0] if cases else None


def test_a_name_without_a_phone_brings_the_summary_asking_for_it(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    assert chat.state.name == st.CONFIRM and chat.state.data["slot"] == "phone"
    assert chat.last is not None
    summary = chat.last.replies[-1]
    assert "ชื่อ: ป้าแดง" in summary.text and "กลับไป: ยโสธร" in summary.text
    assert texts.PHONE_ON_SUMMARY in summary.text
    assert [c.label for c in summary.choices] == ["ส่งเลย ไม่มีเบอร์", "แก้ไข"]


def test_the_phone_typed_there_sends_and_is_read_back_whole(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    reply = chat.text("เบอร์ 086-555-1234 ค่ะ")
    case = sent(chat)
    assert case is not None and case["phone"] == "0865551234"
    assert "086-555-1234" in reply and chat.state.name == st.DONE


def test_a_phone_with_a_correction_shows_the_summary_again(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    reply = chat.text("0865551234 แต่จะกลับอุบลนะคะ")
    assert sent(chat) is None and chat.state.name == st.CONFIRM
    assert "กลับไป: อุบลราชธานี" in reply and "086-555-1234" in reply


def test_sending_without_a_phone(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    reply = chat.text("ส่งเลย ไม่มีเบอร์", "confirm:yes")
    case = sent(chat)
    assert case is not None and case["phone"] is None
    assert "ติดต่อกลับทางแชตนี้" in reply


def test_something_unclear_there_sends_nothing(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    chat.say("ฟหกด")
    assert sent(chat) is None and chat.state.name == st.CONFIRM


@pytest.mark.parametrize("text", ["ชื่อผิดค่ะ 0812345678", "ไม่ใช่ 0812345678",
                                  "0812345678 ได้เงินเมื่อไหร่คะ", "0812345678 หรือ 0898765432"])
def test_a_phone_said_with_more_is_kept_and_shown_not_sent(dialog: Dialog, text: str) -> None:
    chat = to_summary(dialog)
    reply = chat.text(text)
    assert sent(chat) is None and chat.state.name == st.CONFIRM
    assert "081-234-5678" in reply and chat.state.data["answers"]["phone"] == "0812345678"


@pytest.mark.parametrize("text", ["ไม่มีเบอร์ค่ะ", "ไม่มี", "ส่งเลยค่ะ", "ไม่สะดวกให้เบอร์"])
def test_no_phone_said_in_words_sends_without_one(dialog: Dialog, text: str) -> None:
    chat = to_summary(dialog)
    chat.say(text)
    case = sent(chat)
    assert case is not None and case["phone"] is None


def test_a_first_yes_asks_for_the_phone_once_more_then_sends(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    first = chat.text("ถูกต้องค่ะ")
    assert sent(chat) is None and first == texts.PHONE_STILL
    chat.say("ถูกต้องค่ะ")
    case = sent(chat)
    assert case is not None and case["phone"] is None


def test_a_short_number_is_pointed_out(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    reply = chat.text("08123")
    assert sent(chat) is None and texts.PHONE_UNCLEAR in reply


def at_name_summary(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.name == st.CONFIRM and chat.state.data["slot"] == "name"
    return chat


def test_the_summary_asks_the_name_and_phone_last(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    assert chat.last is not None
    summary = chat.last.replies[-1]
    assert texts.CONTACT_ON_SUMMARY in summary.text and "กลับไป: ยโสธร" in summary.text
    assert "ชื่อ:" not in summary.text and "เบอร์โทร:" not in summary.text  # no "-" shown
    assert [c.label for c in summary.choices] == ["แก้ไข"]


def test_name_and_phone_typed_there_send_and_are_read_back(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    reply = chat.text("ป้าแดง 086-555-1234 ค่ะ")
    case = sent(chat)
    assert case is not None and case["name"] == "ป้าแดง" and case["phone"] == "0865551234"
    assert "โทรหาป้าแดง ที่เบอร์ 086-555-1234" in reply and texts.PHONE_CHECK in reply
    assert chat.state.name == st.DONE


def test_no_phone_told_with_the_name_sends_without_one(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    reply = chat.text("มาลีค่ะ ไม่มีเบอร์")
    case = sent(chat)
    assert case is not None and case["name"] == "มาลี" and case["phone"] is None
    assert "ติดต่อกลับทางแชตนี้" in reply and texts.PHONE_CHECK not in reply


def test_yes_without_a_name_asks_once_more_then_sends_without(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    reply = chat.text("ถูกต้องค่ะ")
    assert sent(chat) is None and reply == texts.NAME_STILL
    chat.say("ส่งเลย", "confirm:yes")
    case = sent(chat)
    assert case is not None and case["name"] is None and case["phone"] is None


def test_a_polite_yes_is_never_send_without_a_name(dialog: Dialog) -> None:
    """"ค่ะ", "ได้ค่ะ" to "ขอชื่อด้วยค่ะ" mean "OK, I'll give it": asked another way,
    then the summary; only "ส่งเลย" sends without."""
    chat = at_name_summary(dialog)
    said = [chat.text(t) for t in ("ค่ะ", "ได้ค่ะ", "โอเคค่ะ")]
    assert sent(chat) is None and len(set(said)) == 3
    chat.say("ส่งเลยค่ะ")
    assert sent(chat) is not None


def test_a_short_phone_with_the_name_is_pointed_out(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    reply = chat.text("ชื่อสมชาย เบอร์ 081234567")
    assert sent(chat) is None and texts.PHONE_UNCLEAR in reply
    assert chat.state.data["answers"]["name"] == "สมชาย"


def test_no_phone_at_the_summary_is_acknowledged(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    reply = chat.text("ไม่สะดวกให้เบอร์ค่ะ")
    assert texts.NO_PHONE_OK in reply and chat.state.data["answers"]["phone"] is None
    assert sent(chat) is None and texts.NAME_ON_SUMMARY in reply


def test_a_question_at_the_name_summary_is_answered_not_taken_as_a_name(
        dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    reply = chat.text("ได้เงินเท่าไหร่คะ")
    assert sent(chat) is None and "name" not in chat.state.data["answers"]
    assert "บาท" in reply and chat.state.data["slot"] == "name"
    assert chat.state.name == st.CONFIRM and texts.CONTACT_ON_SUMMARY in reply  # shown again


def test_a_word_alone_is_shown_before_anything_is_sent(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน เบอร์ 0865551234")
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.data["slot"] == "name"
    reply = chat.text("บัวผัน")
    assert sent(chat) is None and chat.state.name == st.CONFIRM
    assert "ถูกต้องไหมคะ" in reply and "บัวผัน" in reply


def test_keyboard_mash_is_no_name_and_nothing_is_sent(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน เบอร์ 0865551234")
    chat.say("คนเดียว ไม่ด่วน")
    reply = chat.text("ฟหกด")
    assert sent(chat) is None and "name" not in chat.state.data["answers"]
    assert "ฟหกด" not in reply and chat.state.data["slot"] == "name"


def test_a_phone_fixed_after_sending_goes_into_the_request(dialog: Dialog) -> None:
    chat = to_summary(dialog)
    chat.say("0812345679")
    assert sent(chat) is not None
    result = chat.say("เบอร์ผิดค่ะ 0812345678")
    assert result.effects == (UpdateContact(phone="0812345678"),)
    assert "081-234-5678" in result.replies[0].text and chat.state.name == st.DONE


@pytest.mark.parametrize("text", ["โทรศัพท์หายค่ะ ใช้เบอร์เพื่อน 0812345678",
                                  "ยืมเบอร์คนแถวนี้ 0812345678"])
def test_a_borrowed_number_is_the_phone_and_sends(dialog: Dialog, text: str) -> None:
    chat = to_summary(dialog)
    reply = chat.text(text)
    case = sent(chat)
    assert case is not None and case["phone"] == "0812345678" and case["name"] == "ป้าแดง"
    assert "081-234-5678" in reply and texts.PHONE_CHECK in reply  # read back to check


def test_send_it_in_words_sends(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ชื่อป้าแดง 0865551234 ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    assert chat.state.name == st.CONFIRM
    chat.say("ส่งเรื่องเลยค่ะ")
    assert sent(chat) is not None


def test_the_summary_not_understood_twice_is_said_another_way(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ชื่อป้าแดง 0865551234 ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน")
    chat.say("คนเดียว ไม่ด่วน")
    first, second = chat.text("ฟหกด"), chat.text("ฟหกด")
    assert first != second and second == texts.CONFIRM_UNCLEAR
    assert sent(chat) is None and chat.state.name == st.CONFIRM


@pytest.mark.parametrize(("typed", "phone", "name"), [
    ("ขอแก้เบอร์เป็น 089-876-5432 ค่ะ", "0898765432", None),
    ("ใช้เบอร์นี้ได้ไหมคะ 0898765432", "0898765432", None),
    ("โทรเบอร์นี้แทนนะคะ 0898765432", "0898765432", None),
    ("มีแล้วค่ะ ยืมเพื่อน 0898765432", "0898765432", None),
    ("ชื่อผิดค่ะ ชื่อหน่อยค่ะ", None, "หน่อย"),
    ("ขอแก้ชื่อเป็น ต้อย", None, "ต้อย"),
    ("ชื่อผิดครับ ที่ถูกคือ ประเสริฐ", None, "ประเสริฐ"),  # dev5
    ("ชื่อผิด ประเสริฐค่ะ", None, "ประเสริฐ"),
    ("ชื่อที่ถูกคือ สมศรี", None, "สมศรี"),
])
def test_a_fix_after_sending_goes_into_the_request_never_a_new_screening(
        dialog: Dialog, typed: str, phone: str | None, name: str | None) -> None:
    chat = at_name_summary(dialog)
    chat.say("นิด 0812345678")
    assert sent(chat) is not None
    for _ in range(2):  # a second fix too
        result = chat.say(typed)
        assert result.effects == (UpdateContact(phone=phone, name=name),)
        assert chat.state.name == st.DONE and "answers" not in chat.state.data


@pytest.mark.parametrize("typed", ["ชื่อผิดค่ะ", "ผิดค่ะ"])
def test_a_name_said_wrong_without_the_right_one_fixes_nothing(dialog: Dialog,
                                                               typed: str) -> None:
    chat = at_name_summary(dialog)
    chat.say("นิด 0812345678")
    result = chat.say(typed)
    assert not any(isinstance(e, UpdateContact) for e in result.effects)
    if typed == "ชื่อผิดค่ะ":  # the right one is asked for, then taken
        assert result.replies[-1].text == texts.NAME_WHICH
        assert chat.say("ชื่อ หน่อย ค่ะ").effects == (UpdateContact(phone=None, name="หน่อย"),)


def test_a_short_number_after_sending_is_pointed_out(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say("นิด 0812345678")
    reply = chat.text("เบอร์ผิด 089876543")
    assert reply == texts.PHONE_UNCLEAR and chat.last is not None and not chat.last.effects


def test_a_new_story_after_sending_is_no_contact_fix(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say("นิด 0812345678")
    result = chat.say("เพื่อนผมก็ไม่มีค่ารถกลับบ้านที่ขอนแก่นครับ 0898765432")
    assert not any(isinstance(e, UpdateContact) for e in result.effects)


def test_the_name_refused_with_a_phone_sends_with_the_phone(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say("ไม่สะดวกบอกชื่อค่ะ 0812345678")
    case = sent(chat)
    assert case is not None and case["name"] is None and case["phone"] == "0812345678"


def test_the_name_refused_alone_asks_only_the_phone(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    reply = chat.text("ไม่อยากบอกชื่อค่ะ")
    assert sent(chat) is None and chat.state.data["slot"] == "phone"
    assert chat.state.data["answers"]["name"] is None and texts.PHONE_ON_SUMMARY in reply


@pytest.mark.parametrize("text", ["ยืมเบอร์คนแถวนี้ 0867778888", "ฝากเบอร์ป้าข้างบ้าน 0867778888"])
def test_a_borrowed_phone_at_the_name_summary_is_no_name(dialog: Dialog, text: str) -> None:
    chat = at_name_summary(dialog)
    chat.say(text)
    assert sent(chat) is None and chat.state.data["answers"]["phone"] == "0867778888"
    assert "name" not in chat.state.data["answers"]  # still asked


def test_nothing_is_read_from_inside_a_name(dialog: Dialog) -> None:
    """"นิตยา" holds "ยา" (medicine): no health need, no sensitive question, sent."""
    chat = at_name_summary(dialog)
    chat.say("นิตยา 0617283940")
    case = sent(chat)
    assert case is not None and case["name"] == "นิตยา"
    assert "need_hints" not in case["answers"] and case["referrals"] == []


def test_a_bare_no_at_the_summary_is_no_refusal_of_the_phone(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    reply = chat.text("ไม่มีค่ะ")  # nothing to fix: the name and phone still asked
    assert "phone" not in chat.state.data["answers"] and texts.NO_PHONE_OK not in reply
    chat.say("ทิพย์ 0845678901")
    case = sent(chat)
    assert case is not None and case["phone"] == "0845678901"


def test_a_phone_given_after_no_phone_wins(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say("ไม่มีเบอร์ค่ะ")
    assert chat.state.data["answers"]["phone"] is None
    chat.say("ทิพย์ 0845678901")
    case = sent(chat)
    assert case is not None and case["phone"] == "0845678901" and case["name"] == "ทิพย์"


@pytest.mark.parametrize("typed", ["อ้าว จะกลับอุบลค่ะ ไม่ใช่ยโสธร", "ตอนนี้ไม่มีที่นอนค่ะ"])
def test_a_fact_told_after_sending_goes_to_a_person_never_a_second_request(
        dialog: Dialog, typed: str) -> None:
    chat = at_name_summary(dialog)
    chat.say("นิด 0812345678")
    result = chat.say(typed)
    assert result.effects == (RequestHandoff("case_update"),)
    assert chat.state.name == st.DONE and texts.AFTER_SENT_NOTED in result.replies[0].text


def test_ok_after_sending_is_acknowledged(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say("นิด 0812345678")
    assert chat.text("โอเคค่ะ") == texts.AFTER_SENT_OK


def test_a_count_fixed_to_a_group_asks_who_needs_care(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    assert chat.state.data["answers"]["special_needs"] == []  # alone: none
    chat.say("สมชาย 0812345678 แต่ไปกับลูกด้วยนะ 2 คน")
    answers = chat.state.data["answers"]
    assert sent(chat) is None and answers["travellers"] == 2
    assert answers["name"] == "สมชาย" and answers["phone"] == "0812345678"  # kept
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "special_needs"
    chat.say("ลูก 4 ขวบ")
    assert chat.state.data["answers"]["special_needs"] == ["child"]


def test_when_they_will_call_is_answered_with_the_due_time(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say("นิด 0812345678")
    case = sent(chat)
    assert case is not None
    reply = chat.text("เมื่อไหร่เจ้าหน้าที่จะโทรมาคะ")
    due = texts.thai_datetime(dt.datetime.fromisoformat(str(case["due_at"])))
    assert reply == texts.WHEN_CALLED.format(due) and chat.state.name == st.DONE


# -- a phone said in words (voice typing), and one never read (dev6) ---------------------

SPOKEN = "ศูนย์ แปด หนึ่ง เก้า เก้า แปด เจ็ด หก ห้า สี่"


def test_a_phone_said_in_words_is_the_phone(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say(f"ชื่อมาลีค่ะ {SPOKEN}")
    case = sent(chat)
    assert case is not None and case["name"] == "มาลี" and case["phone"] == "0819987654"


def test_a_phone_said_in_words_at_the_phone_summary(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say("มาลีค่ะ")
    assert chat.state.data["slot"] == "phone"
    chat.say(SPOKEN)
    case = sent(chat)
    assert case is not None and case["phone"] == "0819987654"


def test_digit_words_in_a_story_are_no_phone() -> None:
    assert spoken_digits("ไปสองคน สามวันแล้ว") == "ไปสองคน สามวันแล้ว"


def test_a_phone_never_read_sends_without_it_the_third_time(dialog: Dialog) -> None:
    """Never a loop: a phone tried three times and never read sends the request without
    it (the person can type it later, and staff reach them in the chat)."""
    chat = at_name_summary(dialog)
    chat.say("มาลีค่ะ")
    for attempt in ("เบอร์ ศูนย์แปด หนึ่ง", "ศูนย์ แปด หนึ่ง"):
        chat.say(attempt)
        assert sent(chat) is None and chat.state.data["slot"] == "phone"
    result = chat.say("เบอร์ 081")
    case = sent(chat)
    assert case is not None and case["phone"] is None and case["name"] == "มาลี"
    assert result.replies[0].text.startswith(texts.PHONE_UNREAD + "\n")


def test_other_words_at_the_phone_never_send(dialog: Dialog) -> None:
    chat = at_name_summary(dialog)
    chat.say("มาลีค่ะ")
    for _ in range(4):
        chat.say("ฟหกดเ")
        assert sent(chat) is None and chat.state.data["slot"] == "phone"


@pytest.mark.parametrize(("text", "like"), [
    ("ศูนย์ แปด หนึ่ง", True), ("เบอร์ผมนะ", True), ("081", True),
    ("ขอโทษค่ะ สองสามวัน", False), ("สามีไปห้างค่ะ", False)])
def test_what_looks_like_a_phone(text: str, like: bool) -> None:
    assert phone_like(text) is like
