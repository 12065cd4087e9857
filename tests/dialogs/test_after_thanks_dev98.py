"""dev98, after sending: "nothing more" ended by a monk's thanks ("ขออนุโมทนา", "สาธุ",
"เจริญพร") ends it, as "ขอบคุณค่ะ" does; it was answered "ยังตอบไม่ได้ ให้เจ้าหน้าที่ช่วยไหม"."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.after_needs import nothing_more
from dialogs.engine import Dialog

from .test_after_needs import sent


@pytest.mark.parametrize("text", [
    "ไม่มีอะไรแล้ว ขออนุโมทนา",  # dev98, the monk writing for a runaway boy
    "ไม่มีแล้ว สาธุ", "ไม่มีแล้ว เจริญพร", "ไม่มีแล้ว ขอบคุณมากๆ 🙏", "ไม่มีแล้วจ้า ขอบใจ"])
def test_nothing_more_with_thanks(text: str) -> None:
    assert nothing_more(text)


@pytest.mark.parametrize("text", ["อยากได้งาน ขออนุโมทนา", "สาธุ ขอให้ได้งาน", "ขออนุโมทนา",
                                  "ไม่มีเงิน สาธุ"])
def test_thanks_alone_or_with_a_need_is_not_nothing_more(text: str) -> None:
    assert not nothing_more(text)


def test_a_monks_nothing_more_ends_the_request(dialog: Dialog) -> None:
    chat = sent(dialog)
    result = chat.say("ไม่มีอะไรแล้ว ขออนุโมทนา")
    assert [r.text for r in result.replies] == [texts.AFTER_SENT_OK]
    assert chat.state.name == st.DONE
