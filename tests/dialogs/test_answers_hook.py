"""The dialog replies with the matcher's answers: the part for the kind of
question, and two bubbles when one message asks about two topics."""

from __future__ import annotations

import datetime as dt

from dialogs.engine import Dialog
from dialogs.state import State
from dialogs.types import Inbound
from knowledge import Matcher, load_encoder, load_knowledge

AT = dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC)


def consented() -> tuple[Dialog, State]:
    kb = load_knowledge()
    dialog = Dialog(kb, Matcher(kb, encoder=load_encoder()))
    state = dialog.step(State(), Inbound.of_text("สวัสดีค่ะ", AT)).state
    state = dialog.step(state, Inbound("choice", text="ยินยอม", value="consent:yes",
                                       at=AT)).state
    return dialog, state


def test_two_topics_get_two_bubbles() -> None:
    dialog, state = consented()
    result = dialog.step(state, Inbound.of_text(
        "พ่อพ้นโทษอยากทำบัตรใหม่แล้วก็หางานด้วยค่ะ", AT))
    texts = [r.text for r in result.replies]
    assert len(texts) == 2
    assert any("บัตรประชาชน" in t for t in texts) and any("จัดหางาน" in t for t in texts)
    assert result.replies[-1].choices  # the menu follows the last bubble only
    assert not result.replies[0].choices


def test_how_to_register_gets_the_how_part() -> None:
    dialog, state = consented()
    result = dialog.step(state, Inbound.of_text("บัตรคนพิการทำยังไงคะ", AT))
    [reply] = result.replies
    assert "ขึ้นทะเบียน" in reply.text and "เดือนละ 800" not in reply.text
