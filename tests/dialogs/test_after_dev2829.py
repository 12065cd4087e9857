"""dev28/dev29, after sending: "nothing more" in dialect with an elder's word of address
("บ่มีหลาน", "บ่มีหยังดอกลูก") and going home said the northern or southern way
("ปิ๊กบ้าน", "หลบบ้าน") ends it, never a new screening."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.after_needs import nothing_more
from dialogs.engine import Dialog

from .test_after_needs import sent

SAID = [
    "บ่มีหลาน อยากปิ๊กบ้านอย่างเดียว",  # dev28 Fang elder
    "ม่ายมี ขอหลบบ้านก่อน",  # dev28 southern speaker
    "บ่มีหยังดอกลูก ขอให้ได้กลับไปอยู่บ้านเกิด",  # dev28 storytelling elder porter
    "บ่มีลูก",  # dev28 Kut Rang elder
    "บ่มีครับ ขอแค่ค่ารถ",  # dev28 Isan mason
    "ไม่มีอย่างอื่น ขอค่ารถอย่างเดียว",  # dev28 monk for a diabetic layman
    "❌",  # dev29 emoji and numbers only
]


@pytest.mark.parametrize("text", SAID)
def test_nothing_more_in_dialect(text: str) -> None:
    assert nothing_more(text)


@pytest.mark.parametrize("text", [
    "ไม่อยากปิ๊กบ้าน", "หลบบ้านไม่ได้", "อยากได้งานหลบบ้าน", "ไม่มีหลานไปด้วย", "ลูกป่วยครับ",
    "ไม่มีค่ารถกลับบ้าน", "ไม่มีค่ารถ", "ขอค่ารถเพิ่ม", "ค่ารถแพงมาก", "❌ ไม่ได้รับเงิน",
])
def test_not_nothing_more(text: str) -> None:
    assert not nothing_more(text)


@pytest.mark.parametrize("text", SAID[:3])
def test_nothing_more_starts_no_screening(dialog: Dialog, text: str) -> None:
    chat = sent(dialog)
    result = chat.say(text)
    assert [r.text for r in result.replies] == [texts.AFTER_SENT_OK]
    assert chat.state.name == st.DONE
