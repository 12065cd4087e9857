"""Safety first: danger told in any message gets where to call at once, before anything
else, and a person is asked for; said once; the dialog goes on as before."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.danger import danger_in
from dialogs.engine import Dialog
from dialogs.types import RequestHandoff

from .test_engine import Chat


@pytest.mark.parametrize(("text", "kind"), [
    # the bench's people (dev20-dev29): hurt or hunted, held to sell sex
    ("หนีแฟนออกมาค่ะ เค้าทำร้ายหนู หนูท้องอยู่", "people"),
    ("ด่วนมากครับ กลับห้องไม่ได้ กลัวแฟนตามมาทำร้าย", "people"),
    ("เขาหลอกมาทำงานร้านคาราโอเกะที่สุไหงโกลก บังคับให้ขายตัว", "people"),
    ("ไม่อยากบอกชื่อจริงค่ะ กลัวเขาตามเจอ", "people"),
    ("ช่วยฉานแหน่ ผัวซ้อม ฉานอุ้มลูกหนีออกมาแล้ว", "people"), ("เขาตบหน้าหนู", "people"),
    ("อยากตาย ไม่ไหวแล้ว", "self"), ("คิดจะฆ่าตัวตาย", "self"),
    ("ลูกชักกระตุก หายใจไม่ออก", "medical"),
    # no danger: a no before it, going home in the south, sayings, a death told, a past robbery
    ("ไม่ได้ถูกทำร้ายค่ะ", None), ("เค้าไม่ได้ทำร้ายหนู", None), ("อยากหลบบ้านค่ะ", None),
    ("หิวจะตาย", None), ("ไม่อยากตายค่ะ", None), ("แม่ตายแล้ว", None), ("ตบยุง", None),
    ("ไม่อยากอยู่แล้ว อยากกลับบ้าน", None), ("นายจ้างไม่จ่ายค่าแรง", None),
    ("โดนจี้เมื่อคืน", None),
])
def test_what_tells_of_danger(text: str, kind: str | None) -> None:
    assert danger_in(text) == kind


def test_danger_in_the_first_message_comes_first_and_asks_for_a_person(dialog: Dialog) -> None:
    chat = Chat(dialog)
    out = chat.say("หนีแฟนออกมาค่ะ เขาทำร้ายหนู ไม่มีเงินกลับบ้าน อยู่พัทยา")
    assert out.replies[0].text == texts.DANGER_PEOPLE and "191" in out.replies[0].text
    assert RequestHandoff("danger") in out.effects
    assert chat.state.name == st.CONSENT and chat.state.data["pending"]  # the story kept
    again = chat.say("กลัวเขาตามมาทำร้ายอีก")  # told again: not said twice
    assert all(r.text != texts.DANGER_PEOPLE for r in again.replies)
    assert not any(isinstance(e, RequestHandoff) and e.reason == "danger" for e in again.effects)


def test_danger_told_mid_screening_is_said_and_the_answer_still_read(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับขอนแก่น")
    chat.say("ยินยอม", "consent:yes")
    out = chat.say("มีบัตรค่ะ แต่ผัวซ้อมทุกวัน")
    assert out.replies[0].text == texts.DANGER_PEOPLE
    assert RequestHandoff("danger") in out.effects
    assert chat.state.data["answers"]["id_card"] is True


def test_a_wish_to_die_gets_the_mental_health_line(dialog: Dialog) -> None:
    chat = Chat(dialog)
    out = chat.say("ตกงาน ไม่มีเงิน อยากตาย")
    assert out.replies[0].text == texts.DANGER_SELF and "1323" in out.replies[0].text
