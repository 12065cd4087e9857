"""A bare "ค่ะ" to "may we record this sensitive need?" after sending (dev110)."""

from __future__ import annotations

from dialogs import texts
from dialogs.engine import Dialog
from dialogs.record_consent import ask_record_again, record_consent
from dialogs.state import State
from dialogs.types import AddNeeds

from .test_after_needs import sent


def test_a_bare_yes_is_asked_again_naming_what_would_be_recorded() -> None:
    state = State("sent", {"needs_pending": ["mental"]})
    assert record_consent(state, "ค่ะ", None, told=False) is None
    again = ask_record_again(state, ["mental"])
    assert again.state.data["record_asked_again"] is True
    assert "เรื่องสุขภาพ" in again.replies[0].text
    assert [c.label for c in again.replies[0].choices] == ["ยินยอม", "ไม่ยินยอม"]


def test_unclear_twice_records_nothing() -> None:
    state = State("sent", {"needs_pending": ["mental"], "record_asked_again": True})
    assert record_consent(state, "ค่ะ", None, told=False) is False


def test_a_clear_answer_is_read_either_time() -> None:
    for data in ({}, {"record_asked_again": True}):
        state = State("sent", {"needs_pending": ["hiv"], **data})
        assert record_consent(state, "ยินยอมค่ะ", None, told=False) is True
        assert record_consent(state, "ไม่ยินยอม", None, told=False) is False


def test_through_the_engine_a_bare_yes_twice_records_nothing(dialog: Dialog) -> None:
    chat = sent(dialog)
    asked = chat.say("เครียดมากค่ะ นอนไม่หลับหลายคืนแล้ว อยากคุยกับหมอ")
    assert asked.state.data["needs_pending"]
    again = chat.say("ค่ะ")  # used to be answered "ได้ค่ะ" as if agreed, nothing recorded
    assert again.replies[0].text == texts.SENSITIVE_RECORD_AGAIN.format("เรื่องสุขภาพ")
    assert not again.effects
    declined = chat.say("ค่ะ")
    assert not any(isinstance(e, AddNeeds) and e.needs for e in declined.effects)
    assert declined.replies[0].text.startswith("ไม่บันทึกค่ะ")
    assert not declined.state.data.get("needs_pending")


def test_through_the_engine_a_clear_yes_after_asked_again_records(dialog: Dialog) -> None:
    chat = sent(dialog)
    chat.say("เครียดมากค่ะ นอนไม่หลับหลายคืนแล้ว อยากคุยกับหมอ")
    chat.say("อืม")
    agreed = chat.say("ยินยอมค่ะ")
    added = [e for e in agreed.effects if isinstance(e, AddNeeds)]
    assert added and "mental" in added[0].needs


def test_recording_asked_for_is_a_yes() -> None:
    from dialogs.slots import read_sensitive_consent
    for yes in ("ให้บันทึกค่ะ", "ขอให้จดไว้เลยครับ", "ให้บันทึกไว้ได้เลย"):  # review rev6
        assert read_sensitive_consent(yes, None) is True
    assert read_sensitive_consent("ไม่ให้บันทึกค่ะ", None) is False
    for unsure in ("ให้บันทึกไหมคะ", "ถ้าให้บันทึก", "ให้บันทึกแค่เรื่องงาน"):
        assert read_sensitive_consent(unsure, None) is None
