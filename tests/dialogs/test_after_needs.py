"""Needs told once the request is sent: added, then "anything more?" (dev16: a man just
out of prison, who answers one thing at a time, told the ID card, and never got to
say he wanted work too)."""

from __future__ import annotations

from dialogs import state as st
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.types import AddNeeds

from .test_engine import Chat, consented


def sent(dialog: Dialog) -> Chat:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถ อยู่ชลบุรี จะกลับขอนแก่น มีบัตร")
    chat.say("คนเดียว ไม่ด่วน")
    chat.say("สมชาย 0812345678")
    assert chat.state.name == st.DONE
    return chat


def test_a_need_added_is_followed_by_anything_more(dialog: Dialog) -> None:
    chat = sent(dialog)
    result = chat.say("บัตรประชาชน")
    assert any(isinstance(e, AddNeeds) and e.needs == ("id_card",) for e in result.effects)
    assert result.replies[-1].text == texts.ANYTHING_MORE and result.replies[-1].choices
    result = chat.say("งานด้วยครับ")
    assert any(isinstance(e, AddNeeds) and e.needs == ("work",) for e in result.effects)


def test_nothing_more_ends_it(dialog: Dialog) -> None:
    chat = sent(dialog)
    chat.say("บัตรประชาชน")
    result = chat.say("ไม่มีแล้วค่ะ")
    assert not any(isinstance(e, AddNeeds) for e in result.effects)
    assert texts.ANYTHING_MORE not in [r.text for r in result.replies]
