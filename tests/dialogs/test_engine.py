"""The pure dialog step: no I/O, so every path is checked directly."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs import state as st
from dialogs.engine import Dialog
from dialogs.state import State
from dialogs.step import StepResult
from dialogs.types import CreateCase, EraseUserData, Inbound, LookupCaseStatus, RequestHandoff

AT = dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC)


def data(state: State) -> dict[str, object]:
    """State data without the bookkeeping of offered choices."""
    return {k: v for k, v in state.data.items() if k != "offered"}



class Chat:
    def __init__(self, dialog: Dialog) -> None:
        self.dialog, self.state = dialog, State()
        self.last: StepResult | None = None

    def say(self, text: str, value: str | None = None) -> StepResult:
        inbound = (Inbound("choice", text=text, value=value, at=AT) if value
                   else Inbound.of_text(text, AT))
        self.last = self.dialog.step(self.state, inbound)
        self.state = self.last.state
        return self.last

    @staticmethod
    def inbound_at(text: str, at: dt.datetime) -> Inbound:
        return Inbound.of_text(text, at)

    def text(self, text: str, value: str | None = None) -> str:
        return "\n".join(r.text for r in self.say(text, value).replies)


def consented(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ยินยอม", "consent:yes")
    assert chat.state.data["consent"] is True
    return chat


def test_first_message_gets_privacy_notice_and_consent_choice(dialog: Dialog) -> None:
    chat = Chat(dialog)
    result = chat.say("ไม่มีค่ารถกลับบ้าน")
    assert chat.state.name == st.CONSENT
    assert any("ข้อมูลส่วนตัว" in r.text for r in result.replies)
    assert [c.value for c in result.replies[-1].choices] == ["consent:yes", "consent:no"]
    assert result.effects == ()


def test_story_before_consent_is_used_after_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("อยู่ชลบุรี ไม่มีค่ารถกลับขอนแก่น")
    reply = chat.text("ยินยอม")
    assert chat.state.name == st.ASK
    assert chat.state.data["answers"]["no_fare"] is True
    assert "ขอนแก่น" in reply


def test_declined_consent_keeps_no_story(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ผมชื่อสมชาย ไม่มีค่ารถ")
    chat.say("ไม่ยินยอม", "consent:no")
    assert data(chat.state) == {"consent": False}
    reply = chat.text("ขอความช่วยเหลือ")
    assert "ยินยอม" in reply and chat.state.name == st.CONSENT


@pytest.mark.parametrize("yes", ["ใช่", "ค่ะ", "โอเค", "ok", "ได้จ้า", "แม่นแล้ว"])
def test_yes_forms_accept_consent(dialog: Dialog, yes: str) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say(yes)
    assert chat.state.data.get("consent") is True


def test_unclear_answer_is_asked_again_differently_then_skipped(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน")
    assert chat.state.data["slot"] == "current_province"
    first = chat.text("ฟหกด")
    assert "เช่น" in first and chat.state.data["slot"] == "current_province"
    assert "ตอนนี้อยู่จังหวัดไหน และ" not in first  # asked another way
    second = chat.text("ฟหกด")
    assert "ข้าม" in second and chat.state.data["slot"] == "home_province"
    assert chat.state.data["answers"]["current_province"] is None


def test_hardship_unclear_twice_offers_a_person_without_repeating(dialog: Dialog) -> None:
    chat = consented(dialog)
    asked = chat.text("ขอความช่วยเหลือ")
    assert chat.state.data["slot"] == "hardship"
    sentence = "ตอนนี้เดือดร้อนเรื่องไหนคะ"
    first = chat.text("ฟหกด")
    third = chat.say("ฟหกดเ")
    said = [asked, first, *(r.text for r in third.replies)]
    assert sum(sentence in t for t in said) == 1
    assert any(c.value == "cmd:officer" for r in third.replies for c in r.choices)
    assert any(c.value == "hardship:no_fare" for r in third.replies for c in r.choices)
    assert chat.state.data["slot"] == "hardship"
    fourth = chat.text("ฟหกดเ")  # no third round of the same: screening pauses
    assert chat.state.name == st.IDLE and "1300" in fourth and sentence not in fourth
    assert chat.state.data["consent"] is True


def test_talk_to_officer_any_time_records_handoff_and_keeps_place(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    slot = chat.state.data["slot"]
    result = chat.say("ขอคุยกับเจ้าหน้าที่")
    assert result.effects == (RequestHandoff("user_request"),)
    assert chat.state.data["slot"] == slot


def test_cancel_starts_over_but_keeps_consent(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    chat.say("ยกเลิก")
    assert chat.state.name == st.IDLE and data(chat.state) == {"consent": True}


def test_status_and_erase_are_effects(dialog: Dialog) -> None:
    chat = consented(dialog)
    assert chat.say("เรื่องถึงไหนแล้ว").effects == (LookupCaseStatus(),)
    chat.say("ลบข้อมูล")
    assert chat.state.name == st.CONFIRM_ERASE
    result = chat.say("ใช่")
    assert result.effects == (EraseUserData(),) and result.state == State(st.NEW, {})


def test_erase_can_be_called_off(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    chat.say("ลบข้อมูล")
    result = chat.say("ไม่")
    assert result.effects == () and chat.state.name == st.ASK


def test_typed_number_picks_a_choice(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ขอความช่วยเหลือ")
    assert chat.state.data["slot"] == "hardship"
    chat.say("3")
    assert chat.state.data["answers"]["no_fare"] is True


def _to_confirm(dialog: Dialog, sensitive: str) -> Chat:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    for answer in ("คนเดียว", "ไม่ด่วน", sensitive):
        chat.say(answer)
    if sensitive == "ยินยอม":
        chat.say("ไม่มี")
    chat.say("แดง 0812345678")
    return chat


def test_edit_from_summary_then_confirm_creates_case(dialog: Dialog) -> None:
    chat = _to_confirm(dialog, "ไม่ยินยอม")
    assert chat.state.name == st.CONFIRM
    chat.say("แก้ไข", "confirm:edit")
    chat.say("เบอร์โทร", "edit:phone")
    assert chat.state.data["slot"] == "phone"
    assert "089" not in str(chat.state.data)
    chat.say("089-999-8888")
    assert chat.state.name == st.CONFIRM
    result = chat.say("ถูกต้อง ส่งเรื่อง", "confirm:yes")
    [effect] = result.effects
    assert isinstance(effect, CreateCase)
    case = effect.case
    assert case["phone"] == "0899998888" and case["urgent"] is False
    assert case["due_at"] == (AT + dt.timedelta(days=15)).isoformat()
    assert case["estimated_aid"]["total_without_fare"] == 300
    assert chat.state.name == st.DONE


def _waiting_for_national_id(dialog: Dialog) -> Chat:
    """A conversation stored before the upgrade, waiting on the national ID question
    (chat intake no longer asks it, but such a conversation must still finish)."""
    chat = _to_confirm(dialog, "ไม่ยินยอม")
    answers = {**chat.state.data["answers"], "sensitive_consent": True, "needs": []}
    chat.state = State(st.ASK, {"consent": True, "slot": "national_id", "answers": answers})
    return chat


def test_chat_intake_never_asks_the_national_id_number(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("เพิ่งพ้นโทษ อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    asked = [chat.state.data.get("slot")]
    for answer in ("คนเดียว", "ไม่ด่วน", "ยินยอม", "ไม่มี", "แดง 0812345678"):
        chat.say(answer)
        asked.append(chat.state.data.get("slot"))
    assert chat.last is not None and any(isinstance(e, CreateCase) for e in chat.last.effects)
    assert "sensitive_consent" in asked and "national_id" not in asked


def test_national_id_checked_and_leading_zero_allowed(dialog: Dialog) -> None:
    chat = _waiting_for_national_id(dialog)
    bad = chat.text("1234567890123")
    assert "เช่น" in bad and chat.state.data["slot"] == "national_id"
    chat.say("1-1017-00230-70-8")
    assert chat.state.name == st.CONFIRM
    assert chat.state.data["answers"]["national_id"] == "1101700230708"
    summary = chat.last.replies[-1].text if chat.last else ""
    assert "1101700230708" not in summary and "เลขบัตร" in summary


def test_national_id_starting_with_zero_is_accepted(dialog: Dialog) -> None:
    chat = _waiting_for_national_id(dialog)
    digits = "012345678901"
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    chat.say(f"{digits}{check}")
    assert chat.state.data["answers"]["national_id"] == f"{digits}{check}"


def test_sticker_media_and_empty_are_answered_politely(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    for inbound in (Inbound("sticker", at=AT), Inbound("media", media_id="m1", at=AT),
                    Inbound.of_text("   ", AT)):
        result = dialog.step(chat.state, inbound)
        assert result.replies and result.state.data["slot"] == chat.state.data["slot"]


def test_state_survives_json_round_trip(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี")
    restored = State.from_json(chat.state.name, chat.state.to_json())
    assert restored == chat.state


def test_leading_zero_with_odd_checksum_gets_a_gentle_check(dialog: Dialog) -> None:
    chat = _waiting_for_national_id(dialog)
    digits = "0123456789012"
    if (11 - sum(int(d) * (13 - i) for i, d in enumerate(digits[:12])) % 11) % 10 == 2:
        digits = "0123456789013"
    reply = chat.text(digits)
    assert "ขึ้นต้นด้วย 0" in reply and digits not in reply
    assert chat.state.data["slot"] == "national_id"
    retry = chat.text("ไม่")
    assert "ลองพิมพ์" in retry and chat.state.data["slot"] == "national_id"
    chat.say(digits)
    chat.say("ใช่")
    assert chat.state.name == st.CONFIRM
    assert chat.state.data["answers"]["national_id"] == digits


def test_a_shared_location_with_an_address_fills_the_province(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน")
    where = Inbound("location", text="ถนนสุขุมวิท ตำบลบางปลาสร้อย อำเภอเมืองชลบุรี ชลบุรี 20000",
                    latitude=13.36, longitude=100.98, at=AT)
    result = dialog.step(chat.state, where)
    assert result.state.data["answers"]["current_province"]["name"] == "ชลบุรี"
    assert "ชลบุรี" in result.replies[0].text
    assert result.state.data["slot"] != "current_province"


def test_a_location_without_a_province_is_asked_for(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน")
    assert chat.state.data.get("slot") == "current_province"
    result = dialog.step(chat.state, Inbound("location", latitude=13.0, longitude=100.0, at=AT))
    assert result.state.data["slot"] == "current_province"
    assert "current_province" not in result.state.data["answers"]


def test_a_location_before_screening_is_used_when_it_starts(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.state = dialog.step(chat.state, Inbound("location", text="เมืองขอนแก่น ขอนแก่น 40000",
                                                 at=AT)).state
    chat.say("ขอความช่วยเหลือ")
    assert chat.state.data["answers"]["current_province"]["name"] == "ขอนแก่น"


def test_a_choice_without_its_label_gets_the_offered_one() -> None:
    from dialogs.engine import with_label

    state = State("consent", {"offered": [["ยินยอม", "consent:yes"]]})
    assert with_label(state, Inbound("choice", value="consent:yes")).text == "ยินยอม"
    assert with_label(state, Inbound("choice", value="other")).text == ""
    assert with_label(state, Inbound("choice", text="x", value="consent:yes")).text == "x"


def test_not_understood_again_and_again_is_said_another_way(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ถามเรื่องอื่น", "cmd:menu")
    said = [chat.text("ฟฟฟหกดเ") for _ in range(3)]
    assert len(set(said)) == 3  # never one sentence three times in a row
    assert chat.last is not None
    assert any(c.value == "cmd:officer" for c in chat.last.replies[-1].choices)


def test_the_consent_question_is_asked_another_way_each_time(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    said = [chat.text("ฟฟฟหกดเ") for _ in range(3)]
    assert len(set(said)) == 3 and chat.state.name == st.CONSENT
