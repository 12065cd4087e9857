"""Refusals of consent said in other words, consent taken back, and what is told before
consent kept no longer than the privacy notice says (gE: faults found by probing)."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.consent_yes import consent_word
from dialogs.engine import Dialog
from dialogs.state import State
from dialogs.types import Inbound
from tests.dialogs.test_engine import AT, Chat

STORY = "ไม่มีเงินกลับบ้านค่ะ"
QUESTION = "เบี้ยคนพิการได้เท่าไหร่"


def replies_of(chat: Chat) -> list[str]:
    assert chat.last is not None
    return [r.text for r in chat.last.replies]


def refused(chat: Chat) -> None:
    """A no: nothing told is kept, and the person is told so."""
    assert chat.state.name == st.IDLE
    assert chat.state.data.get("consent") is False
    assert not {"pending", "pending_at", "answers", "care_again", "elder_said",
                "preview_answer"} & set(chat.state.data)
    assert texts.CONSENT_NO in replies_of(chat)


@pytest.mark.parametrize("text", [
    "ไม่ consent ค่ะ", "no consent", "ไม่ ok", "ไม่ยินยอมค่ะ ok?", "ไม่ให้ consent", "not ok?",
    "I do not consent", "บ่อยากให้เก็บข้อมูล", "ไม่อยากให้เก็บข้อมูล", "อย่าเก็บข้อมูลนะ"])
def test_a_negated_yes_word_or_keep_nothing_is_a_refusal(dialog: Dialog, text: str) -> None:
    assert consent_word(text) is False
    chat = Chat(dialog)
    chat.say(STORY)
    assert chat.state.data.get("pending") == STORY
    chat.say(text)
    refused(chat)


@pytest.mark.parametrize(("text", "said"), [
    ("I agree", True), ("consent", True), ("ยินยอม แต่ไม่อยากให้เก็บข้อมูลอ่อนไหว", True),
    ("ไม่อยากให้เก็บข้อมูลเรื่องคุก", None),  # only the sensitive part left out
    ("ไม่เก็บข้อมูลใช่ไหมคะ", None),  # asked about, not refused
    ("ชีวิตไม่ok เลย ไม่มีเงิน", None)])  # a story, not an answer
def test_what_is_no_refusal(text: str, said: bool | None) -> None:
    assert consent_word(text) is said


@pytest.mark.parametrize("text", ["ขอถอนความยินยอม", "ไม่ยินยอมแล้ว",
                                  "เปลี่ยนใจ ไม่ให้เก็บข้อมูลแล้ว", "ลบข้อมูลผมด้วย"])
def test_consent_taken_back_asks_to_erase_then_erases(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ยินยอม")
    assert chat.state.data.get("consent") is True and chat.state.name == st.ASK
    chat.say(text)
    assert chat.state.name == st.CONFIRM_ERASE
    asked = " ".join(replies_of(chat))
    assert "ปิด" in asked and "ลบ" in asked  # open requests closed, messages deleted
    chat.say("ใช่ค่ะ")
    assert chat.last is not None
    assert [type(e).__name__ for e in chat.last.effects] == ["EraseUserData"]
    assert chat.state.name == st.NEW and chat.state.data == {}


def test_consent_taken_back_then_kept_goes_back_to_the_question(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ยินยอม")
    slot = chat.state.data["slot"]
    chat.say("ไม่ยินยอมแล้ว")
    chat.say("ไม่")
    assert chat.last is not None and not chat.last.effects
    assert chat.state.name == st.ASK and chat.state.data["slot"] == slot
    assert chat.state.data["consent"] is True


@pytest.mark.parametrize(("text", "erase"), [("ไม่ยินยอมครับ", False), ("ไม่ยินยอมแล้ว", False),
                                           ("ขอถอนความยินยอม", True)])
def test_a_no_to_recording_sensitive_data_is_no_withdrawal(dialog: Dialog, text: str,
                                                           erase: bool) -> None:
    """At the question whether to record sensitive data, a no answers it; only the words
    of withdrawal take consent back there."""
    asked = State(st.ASK, {"consent": True, "slot": "sensitive_consent",
                           "answers": {"no_fare": True, "released": True}})
    after = dialog.step(asked, Inbound.of_text(text, AT)).state
    assert (after.name == st.CONFIRM_ERASE) is erase


@pytest.mark.parametrize("first", ["ยายผมพิการ อายุ 80 ไม่มีค่ารถกลับบ้านครับ",
                                   "สวัสดีครับหลาน เบี้ยผู้สูงอายุได้เท่าไหร่",
                                   "ฉัน หูหนวก ช่วย ได้ไหม"])
def test_a_care_hint_told_before_consent_goes_after_24_hours(dialog: Dialog,
                                                             first: str) -> None:
    chat = Chat(dialog)
    chat.say(first)
    assert chat.state.data.get("care_again") is True
    assert chat.state.data.get("pending_at") == AT.isoformat()
    later = AT + dt.timedelta(hours=25)
    chat.last = dialog.step(chat.state, Chat.inbound_at("ยินยอม", later))
    chat.state = chat.last.state
    assert chat.state.data.get("consent") is True
    assert "care_again" not in chat.state.data and "elder_said" not in chat.state.data
    assert "answers" not in chat.state.data or not chat.state.data["answers"]


def test_a_care_hint_within_24_hours_is_used(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีครับหลาน เบี้ยผู้สูงอายุได้เท่าไหร่")
    chat.last = dialog.step(chat.state, Chat.inbound_at("ยินยอม", AT + dt.timedelta(hours=23)))
    chat.state = chat.last.state
    assert chat.state.data.get("care_again") is True


@pytest.mark.parametrize("first", ["ยายผมพิการ อายุ 80 ไม่มีค่ารถกลับบ้านครับ",
                                   "ฉัน หูหนวก ช่วย ได้ไหม"])
@pytest.mark.parametrize("then", ["ไม่ยินยอม", "ยกเลิก", "ไม่อยากให้เก็บข้อมูล"])
def test_a_care_hint_goes_at_a_refusal_or_a_cancel(dialog: Dialog, first: str,
                                                   then: str) -> None:
    chat = Chat(dialog)
    chat.say(first)
    chat.say(then)
    assert chat.state.data.get("consent") is not True
    assert not {"care_again", "elder_said", "pending", "pending_at"} & set(chat.state.data)


@pytest.mark.parametrize("text", [f"ขอถามเฉยๆ ไม่ต้องเก็บข้อมูล {QUESTION}",
                                  f"ผมพิการขา แค่ถามเฉยๆ ไม่ต้องเก็บอะไร {QUESTION}"])
def test_just_asking_keep_nothing_first_is_a_refusal_that_answers(dialog: Dialog,
                                                                   text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    refused(chat)
    assert any("800 บาท" in r for r in replies_of(chat))  # answered from the knowledge base


@pytest.mark.parametrize("text", [f"แค่ถามเฉยๆ ไม่ต้องเก็บอะไร {QUESTION}",
                                  f"ขอถามเฉยๆ ไม่ต้องเก็บข้อมูล {QUESTION}"])
def test_just_asking_keep_nothing_at_the_notice_is_a_refusal_that_answers(
        dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say("ผมไม่มีเงินกลับบ้าน")
    chat.say(text)
    refused(chat)
    assert any("800 บาท" in r for r in replies_of(chat))


def test_just_asking_keep_nothing_then_a_question(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ขอถามเฉยๆ ไม่ต้องเก็บข้อมูล")
    refused(chat)
    chat.say(f"ผมพิการขา {QUESTION}")
    assert any("800 บาท" in r for r in replies_of(chat))
    assert chat.state.data == {"consent": False, **({"offered": chat.state.data["offered"]}
                                                     if "offered" in chat.state.data else {})}


def test_a_refusal_then_a_question_is_answered_then_consent_works(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ไม่ consent ค่ะ")
    refused(chat)
    chat.say(QUESTION)
    assert any("800 บาท" in r for r in replies_of(chat))
    chat.say("ยินยอม")
    assert chat.state.data.get("consent") is True and chat.state.name == st.ASK
    assert not chat.state.data.get("answers")  # the story refused was not kept


def test_not_yet_kept_asking_first_keeps_nothing() -> None:
    from dialogs.consent_no import keeps_nothing
    assert keeps_nothing("ไม่อะ ยังไม่ให้เก็บ ถามก่อน")  # dev108: the lost card stayed kept
    assert keeps_nothing("ไม่ให้เก็บ แค่ถามเฉยๆ")
    assert not keeps_nothing("ไม่ให้เก็บถามได้ไหม")  # asked about
    assert not keeps_nothing("นายจ้างไม่ให้เก็บ ถามแล้ว")  # another's no


def test_whether_one_may_ask_for_them_is_writing_for_them() -> None:
    from dialogs.consent_words import own_facts
    assert own_facts("สวัสดีค่ะ สอบถามแทนพ่อแม่ได้ไหมคะ")  # dev75: the parents' story follows
    assert not own_facts("เบี้ยคน พิการ ได้เดือน ละเท่าไหร่ ครับ ถามให้พ่อครับ")  # a topic only
