"""The first question shown with the consent question: one message gives consent and
the first answer ("ยินยอมค่ะ ไม่มีค่ารถกลับบ้าน ..."); consent stays explicit, and an answer
given without a yes is kept, never taken for a yes or a no."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.consent_preview import split_consent
from dialogs.consent_yes import consent_word
from dialogs.engine import Dialog
from dialogs.types import Inbound

from .test_engine import AT, Chat

CARD = texts.CONSENT_PREVIEW.format("มีบัตรประชาชนไหมคะ")
STORY = "ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับศรีสะเกษ"


def answers(chat: Chat) -> dict[str, object]:
    return dict(chat.state.data.get("answers") or {})


def test_a_greeting_gets_the_hardship_question_with_the_notice(dialog: Dialog) -> None:
    chat = Chat(dialog)
    notice = chat.say("สวัสดีค่ะ").replies[-1]
    assert notice.text.endswith(texts.CONSENT_PREVIEW.format("ตอนนี้เดือดร้อนเรื่องไหนคะ"))
    assert chat.state.data["preview"] == ["hardship"]


def test_consent_and_the_first_answer_in_one_message(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีครับ")
    reply = chat.text("ยินยอมครับ ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับขอนแก่น")
    assert chat.state.data["consent"] is True
    got = answers(chat)
    assert got["no_fare"] is True
    assert got["current_province"]["name"] == "ชลบุรี"  # type: ignore[index]
    assert got["home_province"]["name"] == "ขอนแก่น"  # type: ignore[index]
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "id_card"
    assert reply.startswith(texts.CONSENT_YES) and "บัตรประชาชน" in reply


def test_the_card_answered_with_a_yes_word(dialog: Dialog) -> None:
    chat = Chat(dialog)
    assert chat.say(STORY).replies[-1].text.endswith(CARD)
    chat.say("ได้ค่ะ ไม่มีบัตร หายไปตอนย้ายห้อง")
    assert chat.state.data["consent"] is True
    assert answers(chat)["id_card"] is False
    assert chat.state.data["slot"] == "nationality_letter"  # the next one, not the card again


def test_a_bare_no_to_the_card_is_not_a_refusal(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ไม่มีค่ะ")  # answers "มีบัตรประชาชนไหมคะ": neither yes nor no to consent
    assert chat.state.name == st.CONSENT and chat.state.data.get("consent") is None
    assert chat.state.data["pending"] == STORY  # the story is not removed
    chat.say("ยินยอม", "consent:yes")
    assert answers(chat)["id_card"] is False  # the answer kept is used
    assert chat.state.data["slot"] == "nationality_letter"


def test_a_tap_leads_to_the_first_question_as_before(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    reply = chat.text("ยินยอม", "consent:yes")
    assert chat.state.data["slot"] == "id_card" and "id_card" not in answers(chat)
    assert "มีบัตรประชาชนไหมคะ" in reply


def test_a_refusal_keeps_nothing(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ไม่ยินยอมค่ะ")
    assert chat.state.name == st.IDLE
    assert {k: v for k, v in chat.state.data.items() if k != "offered"} == {"consent": False}


def test_thanks_with_the_yes_is_no_answer(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ยินยอมค่ะ ขอบคุณมากค่ะ")
    assert chat.state.data["consent"] is True and "id_card" not in answers(chat)
    assert chat.state.data["slot"] == "id_card" and not chat.state.data.get("retries")


def test_a_question_after_the_yes_is_answered(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    reply = chat.text("ยินยอมค่ะ ต้องเสียเงินไหมคะ")
    assert chat.state.data["consent"] is True and chat.state.data["slot"] == "id_card"
    assert "ฟรี" in reply or "ไม่มีค่าธรรมเนียม" in reply
    assert "มีบัตรประชาชนไหมคะ" in reply  # and the question is asked again


def test_no_preview_when_the_menu_follows_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    notice = chat.say("เบี้ยคนพิการได้เดือนละเท่าไหร่").replies[-1]
    assert "ถ้ายินยอม พิมพ์" not in notice.text and not chat.state.data.get("preview")


@pytest.mark.parametrize(("text", "said_yes", "rest"), [
    ("ยินยอมค่ะ มีบัตร", True, "มีบัตร"),
    ("ok ครับ ยินยอม อยู่ชลบุรี", True, "อยู่ชลบุรี"),
    ("ได้ลูก", True, ""),
    ("👍 มีครับ", True, "มีครับ"),
    ("น้องยินยอมแล้วค่ะ อยู่สงขลา", True, "อยู่สงขลา"),
    ("มีค่ะ อยู่ชลบุรี", False, "มีค่ะ อยู่ชลบุรี"),
    ("ได้ค่ะ เดี๋ยวก่อนนะคะ", None, ""), ("ยินยอม ถ้าไม่เอาไปบอกใคร", None, ""),
    ("ไม่มีค่ะ", False, "ไม่มีค่ะ"),
    ("ไม่ยอม", False, "ไม่ยอม"),
    ("ได้แหละ มีแหละ ระยอง", True, "มีแหละ ระยอง"),  # dev16, southern
    ("ขอบคุณค่ะ มีบัตร", False, "ขอบคุณค่ะ มีบัตร"),
    ("ใช่ค่ะ อยู่ชลบุรี", False, "ใช่ค่ะ อยู่ชลบุรี"),
    ("ยอมรับค่ะ มีค่ะ บัตรปชช.อยู่กับตัว", True, "มีค่ะ บัตรปชช.อยู่กับตัว"),  # dev22
])
def test_a_yes_said_first(text: str, said_yes: bool | None, rest: str) -> None:
    assert split_consent(text) == (said_yes, rest)


def test_an_elder_yes_with_a_word_of_address_is_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ได้ลูก")
    assert chat.state.data["consent"] is True and "id_card" not in answers(chat)


@pytest.mark.parametrize("text", ["ยินยอม ไม่มีเงินเลยค่ะ ค่าห้องก็ค้าง",  # more: was a refusal
                                  "ยินยอม บ่มีบัตร คือสิหายแล้ว"])  # dev9: was a refusal
def test_a_yes_then_a_no_of_the_story_is_consent(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say(text)
    assert chat.state.data["consent"] is True


@pytest.mark.parametrize(("text", "said"), [
    ("ยินยอม ไม่มีเงินเลยค่ะ", True), ("บ่มีบัตร ยินยอม", True), ("ไม่มีเงินค่ะ ยินยอมค่ะ", True),
    ("ไม่ยินยอม", False), ("ไม่ได้ยินยอม", False), ("ยินยอมไม่ได้ค่ะ", False),
    ("ไม่ขอยินยอมค่ะ", False), ("ยินยอมบ่ได้", False)])
def test_consent_word_beside_a_story(text: str, said: bool) -> None:
    assert consent_word(text) is said


# the review of the first preview (2026-12-06): each was a false consent or a false no
GREETING, SENSITIVE = "สวัสดีค่ะ", "เพิ่งออกจากเรือนจำเมื่อวาน ไม่มีค่ารถกลับบ้าน อยู่ปทุมธานี จะกลับบุรีรัมย์"


@pytest.mark.parametrize("opener", [STORY, SENSITIVE, GREETING])
@pytest.mark.parametrize("text", [
    "ครับ ไม่ยินยอมครับ", "โอเค ไม่ยินยอม", "หนู ไม่ยินยอมค่ะ",  # a yes word before the no
    "ยินยอม ไม่ได้", "ยินยอม ไม่ได้ค่ะ", "ยินยอม บ่ได้",  # the no after a space
    "ไม่ให้ความยินยอมค่ะ", "ไม่ได้ให้ความยินยอม", "ไม่สามารถยินยอมได้ค่ะ", "ไม่อยากจะยินยอม",
    "ยังไม่พร้อมยินยอมค่ะ", "ได้ แต่ไม่ยินยอมให้เก็บเบอร์",
    "ไม่", "ไม่ค่ะ", "ไม่ครับ", "ไม่เอา", "ไม่ต้อง",  # a bare no is a refusal, as before
    "แม่ไม่ยินยอมค่ะ",  # a parent one writes for refuses: a refusal
    "ผมเป็นหัวหน้า ไม่ยินยอมครับ",  # the person's own no, after a word of who they are
])
def test_a_refusal_at_the_preview_keeps_nothing(dialog: Dialog, opener: str, text: str) -> None:
    chat = Chat(dialog)
    chat.say(opener)
    chat.say(text)
    assert chat.state.data.get("consent") is False and "answers" not in chat.state.data
    assert "pending" not in chat.state.data and "preview_answer" not in chat.state.data


@pytest.mark.parametrize("text", [
    "หนู ไม่มีเงินค่ะ", "ลูก ไม่สบายค่ะ", "ลูก ป่วยค่ะ ไม่มีเงิน", "นะคะ ช่วยหนูด้วย",
    "หลาน ช่วยยายด้วย ไม่มีเงินกลับบ้าน", "ได้ค่ะ เดี๋ยวก่อนนะคะ",
    "อืม ไม่แน่ใจ", "ค่ะ ขอคิดดูก่อน",  # unsure (the first was consent)
    "ครับ ยังไม่แน่ใจ", "ค่ะ ขอถามลูกก่อน", "ได้ค่ะ ขออ่านก่อน", "ค่ะ บ่แน่ใจ",
    "นายจ้างไม่ยินยอมให้ลาออก",  # someone else's no is not the person's (was a refusal)
    "สามีไม่ยินยอมให้หนูกลับบ้าน", "นายจ้างยังไม่ยินยอมให้ออก", "นายจ้างไม่ได้ให้ความยินยอม",
])
def test_a_pronoun_or_a_wait_is_no_consent(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say(text)
    assert chat.state.name == st.CONSENT and chat.state.data.get("consent") is None


@pytest.mark.parametrize(("text", "card"), [
    ("ยินยอมค่ะไม่มีบัตร", False), ("ยินยอมค่ะมีบัตรค่ะ", True), ("👍มีค่ะ", True),
    ("ได้ค่ะมีบัตร", True), ("ได้ค่ะไม่มีบัตร", False),  # the second review
    ("ได้ครับพี่ มีครับ", True), ("ได้อยู่ บ่มีบัตรเด้อ", False),
])
def test_the_yes_and_the_answer_without_a_space(dialog: Dialog, text: str, card: bool) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say(text)
    assert chat.state.data["consent"] is True and answers(chat)["id_card"] is card


def test_the_story_after_a_yes_without_a_space_is_kept(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(GREETING)
    chat.say("ยินยอมค่ะไม่มีค่ารถกลับบ้าน")
    assert chat.state.data["consent"] is True and answers(chat)["no_fare"] is True


@pytest.mark.parametrize("text", ["ยินยอม ไม่มีค่ะ", "ได้ค่ะ ไม่มีค่ะ"])
def test_a_bare_none_to_the_hardship_preview_is_no_verdict(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(GREETING)
    chat.say(text)
    assert chat.state.name == st.ASK and chat.state.data["slot"] == "hardship"  # asked, no verdict


def test_a_bare_none_alone_is_a_no_as_before(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(GREETING)
    chat.say("ไม่มีค่ะ")
    assert chat.state.name == st.IDLE and chat.state.data.get("consent") is False


def test_the_preview_is_shown_once_and_a_kept_answer_is_acknowledged(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    kept = chat.text("มีค่ะ")
    assert kept.startswith("รับทราบคำตอบแล้วค่ะ") and "ถ้ายินยอม พิมพ์" not in kept
    again = chat.text("อะไรนะคะ")
    assert "ถ้ายินยอม พิมพ์" not in again  # never the same line a second time
    chat.say("ยินยอม", "consent:yes")
    assert answers(chat)["id_card"] is True


def test_a_condition_after_the_yes_is_no_answer(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    reply = chat.text("ยินยอม ถ้าไม่เอาไปบอกใคร")
    assert "ยังไม่เข้าใจ" not in reply and "id_card" not in answers(chat)


@pytest.mark.parametrize(("text", "key"), [("ยินยอมค่ะ จะกลับขอนแก่น", "home_province"),
                                           ("ยินยอมค่ะ แต่ไม่มีบัตร", "id_card")])
def test_what_follows_a_yes_is_read(dialog: Dialog, text: str, key: str) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ระยอง")
    chat.say(text)
    assert chat.state.data["consent"] is True and key in answers(chat)


@pytest.mark.parametrize("text", [
    "ได้ครับๆ เงินโดนยึดหมด กระเป๋าหายบัตรก็หาย ไม่มีที่นอน",  # dev16
    "ยินยอม ไม่ได้ลำบากอะไร มีงานมีเงิน มีห้องอยู่ แค่อยากให้ช่วยค่ารถ",  # dev9: was a refusal
    "ยินยอม บ่ได้ลำบากหยังดอกครับ มีงานมีเงินอยู่",  # dev13: was a refusal
])
def test_a_yes_then_the_story(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say(text)
    assert chat.state.data["consent"] is True


# the second review (2026-12-06)
@pytest.mark.parametrize("opener", [STORY, GREETING])
@pytest.mark.parametrize("text", [
    "ค่ะ ไม่ค่ะ", "ค่ะ ไม่เป็นไร", "ค่ะ ไม่ต้องค่ะ", "โอเค ไม่เอาละ", "ตกลง ไม่ดีกว่า",
    "ได้ค่ะ ไม่เอาดีกว่า", "ok no", "ครับ ไม่ครับ",  # a yes word, then a no: no consent
])
def test_a_yes_word_then_a_no_is_no_consent(dialog: Dialog, opener: str, text: str) -> None:
    chat = Chat(dialog)
    chat.say(opener)
    chat.say(text)
    assert chat.state.data.get("consent") is not True and "answers" not in chat.state.data


@pytest.mark.parametrize("text", [
    "ได้ค่ะ แต่ไม่อยากให้เก็บข้อมูล", "ค่ะ หนูไม่อยากให้เก็บข้อมูล", "ได้ค่ะ ไม่ต้องเก็บข้อมูลนะ",
    "ได้ค่ะ ข้อมูลจะเอาไปให้ใคร", "ได้ค่ะ ยินยอมคืออะไรคะ", "ได้ค่ะ กลัวตำรวจรู้",
    "โอเค แต่ห้ามบอกใคร", "ได้ค่ะ แต่ว่า", "ยอม ไม่ได้", "🙏", "🙏 ช่วยด้วยค่ะ ไม่มีเงิน",
    "ได้ค่ะ ไม่อยากให้เก็บเรื่องติดคุก",
])
def test_a_wary_yes_is_no_consent(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say(text)
    assert chat.state.data.get("consent") is not True and "answers" not in chat.state.data


@pytest.mark.parametrize("text", ["อืม", "ใช่ค่ะ", "Yes", "ใช่ค่ะ ยินยอม"])
def test_a_yes_that_is_no_yes_word_answers_nothing(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say(text)
    if chat.state.data.get("consent") is True:
        assert "id_card" not in answers(chat)  # the card is still asked, not taken as "มี"


@pytest.mark.parametrize("text", [
    "ไม่ขัดข้อง ยินยอมค่ะ", "ไม่ต้องห่วง ยินยอม", "ไม่เป็นไรค่ะ ยินยอม", "ไม่ว่ายังไงก็ยินยอม",
    "ไม่เข้าใจแต่ยินยอม", "ลูกพิมพ์ให้ค่ะ แม่ไม่ค่อยเข้าใจ ยินยอมค่ะ",
    "ยินยอมค่ะ นายจ้างไม่ยินยอมให้ลาออก", "ยินยอมค่ะ สามีไม่ยินยอมให้กลับ",
])
def test_a_no_of_something_else_beside_consent(text: str) -> None:
    assert consent_word(text) is True  # were refusals


def test_just_asking_with_the_yes_goes_to_the_menu(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(GREETING)
    reply = chat.text("ได้ค่ะ ถามเฉยๆ")
    assert chat.state.name == st.IDLE and chat.state.data["consent"] is True
    assert "ผลตรวจสิทธิ์" not in reply


def test_despair_after_the_yes_does_not_skip_the_question(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("ยินยอมค่ะ ไม่รู้จะทำยังไงแล้ว")
    assert chat.state.data["slot"] == "id_card" and "id_card" not in answers(chat)


def test_only_asking_at_the_notice_keeps_nothing(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ถ้าบัตรประชาชนหายต้องใช้เอกสารอะไรแทนคะ จะขอค่ารถกลับบ้าน")
    reply = chat.text("ยังไม่สมัครค่ะ แค่ถามก่อน")  # dev30: the notice was shown four times
    assert chat.state.name == st.IDLE and "consent" not in chat.state.data
    assert "pending" not in chat.state.data and reply == texts.CONSENT_LATER


def test_an_answer_kept_before_consent_expires_with_the_story(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(STORY)
    chat.say("มีค่ะ")
    assert chat.state.data["preview_answer"] == ["id_card", "มีค่ะ"]
    later = Inbound.of_text("ยินยอม", AT + dt.timedelta(hours=25))
    chat.state = dialog.step(chat.state, later).state
    assert chat.state.data["consent"] is True and "id_card" not in answers(chat)
