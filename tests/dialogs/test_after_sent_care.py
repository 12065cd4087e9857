"""A care need told after sending beside a sensitive need (dev16: "ยาเบาหวาน", diabetes
medicine, from a 72-year-old travelling alone) is recorded with it once consent is
given: the health need reached the request, the traveller's illness ("ป่วย") did not.
Without consent neither is recorded. A need and a care need with the same label
("เรื่องเบี้ยคนแก่จ้ะ": the allowance and the elder, dev29) are named once."""

from __future__ import annotations

import pytest

from dialogs import texts
from dialogs.engine import Dialog
from dialogs.step import StepResult
from dialogs.types import AddNeeds

from .test_after_needs import sent


def added(result: StepResult) -> list[AddNeeds]:
    return [e for e in result.effects if isinstance(e, AddNeeds)]


@pytest.mark.parametrize("text", ["ยาเบาหวาน", "เป็นเบาหวาน ยาหมด", "ยาความดันหมดครับ"])
def test_the_illness_told_with_a_health_need_is_recorded_with_consent(
        dialog: Dialog, text: str) -> None:
    chat = sent(dialog)
    asked = chat.say(text)
    assert not added(asked)  # asked first: nothing recorded yet
    result = chat.say("ได้")
    [effect] = added(result)
    assert effect.consented and "health" in effect.needs and effect.care == ("sick",)


def test_without_consent_the_illness_is_not_recorded(dialog: Dialog) -> None:
    chat = sent(dialog)
    chat.say("ยาเบาหวาน")
    result = chat.say("ไม่ยินยอม")
    assert not added(result) and texts.NEEDS_NOT_RECORDED_WHERE in [r.text for r in result.replies]
    later = chat.say("หางานด้วยครับ")  # nothing left waiting from before
    assert [e.care for e in added(later)] == [()]


@pytest.mark.parametrize("text", ["ผมติดเชื้อ HIV ครับ กินยาต้านอยู่",  # no illness to care for
                                  "อยากรักษาฟันครับ"])
def test_a_sensitive_need_alone_records_no_care(dialog: Dialog, text: str) -> None:
    chat = sent(dialog)
    chat.say(text)
    result = chat.say("ได้")
    assert all(e.care == () for e in added(result))


def test_a_label_said_once(dialog: Dialog) -> None:
    chat = sent(dialog)
    result = chat.say("เรื่องเบี้ยคนแก่จ้ะ ไม่ได้มาสามเดือนแล้ว")
    said = result.replies[0].text
    assert said == texts.NEEDS_ADDED.format("ผู้สูงอายุ")
