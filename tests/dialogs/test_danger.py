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


@pytest.mark.parametrize(("text", "kinds"), [
    # the bench's people (dev20-dev29): hurt or hunted, held to sell sex
    ("หนีแฟนออกมาค่ะ เค้าทำร้ายหนู หนูท้องอยู่", ("people",)),
    ("ด่วนมากครับ กลับห้องไม่ได้ กลัวแฟนตามมาทำร้าย", ("people",)),
    ("เขาหลอกมาทำงานร้านคาราโอเกะที่สุไหงโกลก บังคับให้ขายตัว", ("people",)),
    ("ไม่อยากบอกชื่อจริงค่ะ กลัวเขาตามเจอ", ("people",)),
    ("ช่วยฉานแหน่ ผัวซ้อม ฉานอุ้มลูกหนีออกมาแล้ว", ("people",)), ("เขาตบหน้าหนู", ("people",)),
    ("อยากตาย ไม่ไหวแล้ว", ("self",)), ("คิดจะฆ่าตัวตาย", ("self",)),
    ("ลูกชักกระตุก หายใจไม่ออก", ("medical",)),
    # the review: missed (a word between, other acts and people, typing)
    ("ผัวหนูซ้อมหนูทุกวัน", ("people",)), ("ผัวเมาแล้วตบหนู", ("people",)),
    ("พ่อเลี้ยงข่มขืนหนู", ("people",)), ("ผัวตีหนูทุกวัน", ("people",)),
    ("ช่วยด้วยค่ะ ผัวจะฆ่า", ("people",)), ("เจ้าหนี้ขู่ว่าจะฆ่า", ("people",)),
    ("เขาขังหนูไว้ในห้อง", ("people",)), ("บังคับให้ไปขายตัว", ("people",)),
    ("กลัวเขาตามมา", ("people",)), ("เเฟนทำร้ายหนู", ("people",)), ("ผัว\nซ้อมหนู", ("people",)),
    ("อยากจะตายแล้ว", ("self",)), ("คิดสั้นอยู่ค่ะ", ("self",)), ("ไม่อยากอยู่บนโลกนี้แล้ว", ("self",)),
    ("จะกินยาฆ่าแมลงตาย", ("self",)), ("เลือดไหลไม่หยุด", ("medical",)), ("พ่อไม่หายใจ", ("medical",)),
    ("โดนรถชน", ("medical",)), ("น้ำคร่ำแตก", ("medical",)),
    ("ผัวซ้อมหนู หนูอยากตาย", ("self", "people")),  # both said: both lines
    ("ผัวซ้อมหนู ไม่มีหนังสือรับรองด้วย", ("people",)),  # หนังสือ is no show (หนัง)
    # no danger: a no before it, going home in the south, sayings, a death told, the past
    ("ไม่ได้ถูกทำร้ายค่ะ", ()), ("เค้าไม่ได้ทำร้ายหนู", ()), ("อยากหลบบ้านค่ะ", ()),
    ("หิวจะตาย", ()), ("ไม่อยากตายค่ะ", ()), ("แม่ตายแล้ว", ()), ("ตบยุง", ()),
    ("ไม่อยากอยู่แล้ว อยากกลับบ้าน", ()), ("นายจ้างไม่จ่ายค่าแรง", ()), ("โดนจี้เมื่อคืน", ()),
    # the review: false alarms
    ("โดนเตะออกจากงานครับ ไม่มีเงินกลับบ้าน", ()), ("นายจ้างเตะออกจากงาน", ()),
    ("ผัวเตะฝุ่นอยู่บ้าน", ()), ("แฟนเตะบอลอยู่", ()), ("เค้าซ้อมมวยไทย", ()), ("แฟนซ้อมดนตรี", ()),
    ("เขาต่อยอดธุรกิจ", ()), ("เขาตบยุง", ()), ("เขาตบมือให้กำลังใจ", ()), ("โดนนายหน้าตบตา", ()),
    ("แฟนทำร้ายจิตใจหนู", ()), ("ตอนเด็กๆเคยโดนตบบ่อย", ()),
    ("เมื่อปีที่แล้วเคยโดนสามีทำร้าย ตอนนี้ปลอดภัยดี", ()), ("ไม่ได้โดนบังคับให้ขายตัว", ()),
    ("ไม่ใช่ค้ามนุษย์", ()), ("ไม่ถึงกับโดนทำร้าย", ()), ("กลัวเขามาหาไม่เจอ", ()),
    ("ไม่ได้อยากตายนะคะ แค่เหนื่อย", ()), ("ไม่เคยอยากตาย", ()), ("บ่อยากตายดอก", ()),
    ("ไม่เคยคิดฆ่าตัวตาย", ()), ("ยายอยากตายที่บ้าน ขอค่ารถพายายกลับ", ()),
    ("ลูกชอบกระโดดน้ำเล่น", ()), ("ข่าวคนฆ่าตัวตาย", ()), ("ใครจะไปอยากตาย", ()),
    ("ชื่อน้ำ เดินทางมาจากเชียงใหม่ค่ะ", ()), ("เมียใกล้จะคลอดแล้ว อยากกลับไปคลอดที่บ้าน", ()),
    ("เครียดจนหายใจไม่ออก หนี้เยอะ", ()), ("ไม่\nอยากตาย", ()), ("ตีสองแล้วยังไม่ได้นอน", ()),
])
def test_what_tells_of_danger(text: str, kinds: tuple[str, ...]) -> None:
    assert danger_in(text) == kinds


def test_danger_in_the_first_message_comes_first_and_asks_for_a_person(dialog: Dialog) -> None:
    chat = Chat(dialog)
    out = chat.say("หนีแฟนออกมาค่ะ เขาทำร้ายหนู ไม่มีเงินกลับบ้าน อยู่พัทยา")
    assert out.replies[0].text.startswith(texts.DANGER_PEOPLE) and "191" in out.replies[0].text
    assert RequestHandoff("danger") in out.effects
    assert chat.state.name == st.CONSENT and chat.state.data["pending"]  # the story kept
    again = chat.say("กลัวเขาตามมาทำร้ายอีก")  # told again: not said twice
    assert all(texts.DANGER_PEOPLE not in r.text for r in again.replies)
    assert not any(isinstance(e, RequestHandoff) and e.reason == "danger" for e in again.effects)


def test_danger_told_mid_screening_is_said_and_the_answer_still_read(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับขอนแก่น")
    chat.say("ยินยอม", "consent:yes")
    out = chat.say("มีบัตรค่ะ แต่ผัวซ้อมทุกวัน")
    assert out.replies[0].text.startswith(texts.DANGER_PEOPLE)
    assert RequestHandoff("danger") in out.effects
    assert chat.state.data["answers"]["id_card"] is True


def test_a_wish_to_die_gets_the_mental_health_line(dialog: Dialog) -> None:
    chat = Chat(dialog)
    out = chat.say("ตกงาน ไม่มีเงิน อยากตาย")
    assert out.replies[0].text.startswith(texts.DANGER_SELF) and "1323" in out.replies[0].text


def test_said_once_also_past_consent(dialog: Dialog) -> None:
    """The review: consent made a fresh state, and danger told again was alerted twice."""
    chat = Chat(dialog)
    chat.say("หนีแฟนออกมาค่ะ เค้าทำร้ายหนู ไม่มีเงินกลับบ้าน")
    chat.say("ยินยอม", "consent:yes")
    again = chat.say("กลัวเขาตามมาทำร้ายอีก")
    assert not any(isinstance(e, RequestHandoff) and e.reason == "danger" for e in again.effects)
    assert chat.state.data["danger"] == "people"


def test_another_kind_of_danger_told_later_is_said_too(dialog: Dialog) -> None:
    """Once per kind, not once per conversation: one fleeing a husband who later writes
    of ending her life gets the mental health line, and staff hear of it; the same kind
    again is still said once."""
    chat = Chat(dialog)
    chat.say("หนีแฟนออกมาค่ะ เค้าทำร้ายหนู ไม่มีเงินกลับบ้าน")
    chat.say("ยินยอม", "consent:yes")
    out = chat.say("เหนื่อยมากค่ะ อยากตาย")
    assert out.replies[0].text.startswith(texts.DANGER_SELF)
    assert texts.DANGER_PEOPLE not in out.replies[0].text
    assert RequestHandoff("danger") in out.effects
    assert chat.state.data["danger"] == "people self"
    again = chat.say("อยากตายจริงๆ")
    assert not any(isinstance(e, RequestHandoff) and e.reason == "danger" for e in again.effects)


@pytest.mark.parametrize("text", ["โดนซ้อมทุกวัน", "ถูกทำร้ายร่างกาย", "โดนผัวตบ"])
def test_hurt_said_without_who(text: str) -> None:
    assert danger_in(text) == ("people",)


# the third review: everyday talk of this bot's people that raised an alarm
@pytest.mark.parametrize("text", [
    "ไม่ได้โดนผัวทำร้ายค่ะ แค่ไม่มีเงิน", "ไม่เคยโดนแฟนตบ", "ไม่ได้ถูกสามีทำร้าย",
    "ไม่มีใครบังคับให้ขายตัว", "ไม่ได้คิดสั้นนะคะ", "แม่บอกว่าอย่าคิดสั้น", "ไม่ได้คิดจะฆ่าตัวตาย",
    "ยังไม่ถึงขั้นอยากตายค่ะ", "บ่ได้อยากตายเด้อ",
    "ผมถูกจับขังมา 3 ปี เพิ่งออกจากคุก", "โดนขังไว้ที่โรงพักคืนนึง",  # released prisoners
    "ถูกกักขังในเรือนจำ 5 ปี พึ่งได้ออกมา", "ตอนอยู่ในคุกโดนซ้อมบ่อย",
    "ไปรับจ้างฉีดยาฆ่าแมลงในสวน", "ขายยาฆ่าแมลงอยู่ร้านเกษตร",  # farm work
    "ผัวแทงหวยหมดตัวเลยไม่มีเงินกลับบ้าน", "แฟนแทงบอลเสียจนหมดตัว", "โดนแทงบอลหมด",
    "นายจ้างเตะถ่วงค่าแรง", "โดนเตะโด่งออกจากงาน", "ความจนมันทำร้ายเรา", "บุหรี่มันทำร้ายร่างกาย",
    "สามีเก่าทำร้ายหนูเมื่อ 5 ปีก่อน", "ปีที่แล้วโดนรถชน ขาเดินไม่ค่อยได้",
    "พ่อผมฆ่าตัวตายไปตั้งแต่ผมเด็ก", "ยายอยากตายบ้านเรา", "พ่ออยากตายที่ขอนแก่น",
    "หนี้ท่วมจนหายใจไม่ออก", "ทำงานหนักจนหายใจไม่ทัน", "ท่อน้ำเดินไม่สะดวก",
    "กลัวเจ้าหนี้ตามมาทวงเงิน", "อยากจบชีวิตคู่กับผัว", "ชอบร้องเพลงคิดสั้น",
    "แฟนทุบกระปุกให้เป็นค่ารถ", "เขาซ้อมใหญ่งานวัด", "คนในละครโดนข่มขืน",
    "ยายอยากตายในบ้านตัวเอง", "จบชีวิตการเป็นลูกจ้าง", "แม่เสียเพราะกินยาฆ่าแมลงตาย",
    "ค่าใช้จ่ายเยอะจนแทบหายใจไม่ออก", "งานเยอะหายใจไม่ทัน", "อัดอั้นแน่นหน้าอก",
    "สามีเก่าทำร้ายหนูตอนปี 62 ตอนนี้เลิกกันแล้ว", "เมื่อวานแฟนตีลูกฟุตบอลแตก",
])
def test_everyday_talk_is_no_danger(text: str) -> None:
    assert danger_in(text) == ()


# the third review: danger now, said plainly, that was missed
@pytest.mark.parametrize(("text", "kind"), [
    ("ผัวจะฆ่าหนูค่ะ ช่วยด้วย", "people"), ("ตอนนี้ผัวกำลังตีหนู", "people"),
    ("สามีชอบตบตีหนู", "people"), ("ผัวเอามีดไล่แทง", "people"), ("แฟนบีบคอหนู", "people"),
    ("ผัวชกหนู", "people"), ("โดนข่มขู่", "people"), ("โดนพ่อเลี้ยงปล้ำ", "people"),
    ("ถูกล็อคห้องไว้ ออกไม่ได้", "people"), ("โดนยึดพาสปอร์ต ไม่ให้ออกจากห้อง", "people"),
    ("อยู่ไปก็ไม่มีประโยชน์ ตายไปดีกว่า", "self"), ("ถ้าไม่ได้เงิน ผมจะไปตาย", "self"),
    ("จะไปกระโดดน้ำตาย", "self"), ("กินยานอนหลับหมดแผงแล้ว", "self"), ("อยากฆ่าตัวเอง", "self"),
    ("เขียนจดหมายลาตายแล้ว", "self"), ("กรีดแขน", "self"), ("ใคร่ตาย", "self"),
    ("ลูกไข้สูงชัก", "medical"), ("แม่ชักไม่หยุด", "medical"), ("พ่อหัวใจวาย", "medical"),
    ("แม่ล้มหัวฟาดพื้นไม่รู้สึกตัว", "medical"), ("เลือดออกเยอะมาก", "medical"),
    ("เจ็บท้องจะคลอดแล้ว", "medical"), ("เจ็บหน้าอก", "medical"), ("โดนงูกัด", "medical"),
    ("รถคว่ำ", "medical"),
])
def test_danger_now_said_plainly(text: str, kind: str) -> None:
    assert kind in danger_in(text)


def test_the_same_kind_told_after_a_day_is_said_and_alerted_again(dialog: Dialog) -> None:
    """The last session's note: the mark never expired, so the same kind of danger told
    a month later got no line and staff no alert."""
    import datetime as dt

    from dialogs.state import State
    from dialogs.types import Inbound

    first = dt.datetime(2026, 12, 1, 3, 0, tzinfo=dt.UTC)
    state = State()
    for text, at in (("หนีแฟนออกมาค่ะ เค้าทำร้ายหนู ไม่มีเงินกลับบ้าน", first),
                     ("ยินยอม", first)):
        state = dialog.step(state, Inbound.of_text(text, at)).state
    within = dialog.step(state, Inbound.of_text("เค้าตามมาทำร้ายหนูอีกแล้ว",
                                                first + dt.timedelta(hours=20)))
    assert RequestHandoff("danger") not in within.effects
    later = dialog.step(within.state, Inbound.of_text("เค้าตามมาทำร้ายหนูอีกแล้ว",
                                                      first + dt.timedelta(days=30)))
    assert RequestHandoff("danger") in later.effects
    assert later.replies[0].text.startswith(texts.DANGER_PEOPLE)
    # and the mark counts from that telling again
    assert later.state.data["danger_at"] == (first + dt.timedelta(days=30)).isoformat()
