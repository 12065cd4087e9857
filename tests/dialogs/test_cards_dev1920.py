"""Card and nationality answers misread in dev19 and dev20: no Thai card but a migrant
worker's card, a pink card "not a Thai's card", a card lost long ago, the writer's card
beside her mother's, a card kept by an ex-husband or a boss (and got back), a card burnt
to ash; and the letter asked once when the card answer was skipped."""

from __future__ import annotations

import pytest

from dialogs.answering import card_words
from dialogs.cards import kept_by_others, lost_long_ago
from dialogs.engine import Dialog
from dialogs.needs import parse_needs
from dialogs.parse import facts_of
from dialogs.readers import read_id_card

from .test_engine import consented
from .test_intake import asked

MYANMAR = "ไม่มีบัตรประชาชนไทยครับ มีบัตรแรงงาน สมุทรสาคร มหาชัย เมียวดีครับ ฝั่งพม่า"  # dev19
PINK = "มีบัตรสีชมพูครับ ไม่ใช่บัตรคนไทย"  # dev19 shan worker
LOST = "หายตั้งแต่ก่อนติดคุกแล้ว"  # dev19 released, no card
MINE_TOO = "แม่มีบัตรค่ะ หนูก็มี น้องยังเด็ก"  # dev19 daughter for mother in wheelchair
EX_HUSBAND = "บัตรผัวเก่าเก็บไว้เจ้า ขอคืนเปิ้นบ่หื้อ"  # dev20 northern released woman
BOSS = "เถ้าแก่เก็บบัตรไว้ แต่ตำรวจช่วยทวงคืนมาได้แล้วครับ มีครบทุกคน"  # dev20 sriracha
ASH = "บัตรไหม้ไปกับห้องหมดแล้วครับ เหลือแต่ขี้เถ้า หาดใหญ่ครับ"  # dev20 hat yai


def card(text: str) -> bool | None:
    """The card answer as read when the card is asked with the places."""
    return read_id_card(card_words(text), None)


def test_no_thai_card_and_a_worker_card_is_no_card_and_not_thai() -> None:
    facts = facts_of(MYANMAR)
    assert facts.has_id_card is False and facts.thai_national is False
    assert read_id_card(MYANMAR, None) is False


@pytest.mark.parametrize("text", ["มีบัตรประชาชนครับ เป็นคนไทย", "ไม่มีบัตรประชาชนครับ",
                                  "ไม่มีบัตรแรงงานครับ"])
def test_a_thai_card_or_none_says_nothing_against_thai(text: str) -> None:
    assert facts_of(text).thai_national is not False


@pytest.mark.parametrize("text", [PINK, PINK + " เชียงใหม่ แม่ฮ่องสอน บ้านญาติ",
                                  "มีบัตรคนซึ่งไม่มีสัญชาติไทยครับ", "มีแต่หนังสือเดินทางพม่าครับ"])
def test_a_pink_card_not_a_thais_is_not_thai(text: str) -> None:
    assert facts_of(text).thai_national is False


@pytest.mark.parametrize("text", ["เมื่อก่อนถือบัตรสีชมพู ปีที่แล้วได้บัตรประชาชนไทยแล้ว",
                                  "เป็นคนไทยครับ"])
def test_thai_nationality_granted_stays_thai(text: str) -> None:
    assert facts_of(text).thai_national is True


def test_the_pink_card_ends_with_the_kind_refusal(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ตกงานครับ เงินหมด")
    assert asked(chat) == "id_card"
    replies = chat.say(PINK + " เชียงใหม่ แม่ฮ่องสอน บ้านญาติ").replies
    assert any("เฉพาะคนสัญชาติไทย" in r.text for r in replies) and asked(chat) != "id_card"


@pytest.mark.parametrize("text", [LOST, LOST + " นครปฐม เพชรบูรณ์", "บัตรหายไปนานแล้วค่ะ"])
def test_a_card_lost_long_ago_is_no_card(text: str) -> None:
    assert card(text) is False


@pytest.mark.parametrize("text", ["หายป่วยแล้วค่ะ", "หายแต่เจอแล้วครับ", "หายตั้งแต่ก่อนติดคุก แต่ได้คืนแล้ว"])
def test_healed_or_found_is_not_lost(text: str) -> None:
    assert not lost_long_ago(text)


@pytest.mark.parametrize("text", [MINE_TOO, "แม่มีบัตรค่ะ หนูก็มี", "พ่อมีบัตรครับ ผมก็มีครับ"])
def test_the_writers_card_beside_others_is_had(text: str) -> None:
    assert card(text) is True


@pytest.mark.parametrize("text", ["แม่มีบัตรค่ะ หนูไม่มี น้องยังเด็ก", "แม่มีบัตรค่ะ", "น้องยังเด็ก"])
def test_mixed_or_only_others_stays_unclear(text: str) -> None:
    assert card(text) is None


@pytest.mark.parametrize("text", [EX_HUSBAND, EX_HUSBAND + " เจียงใหม่เจ้า น่านเจ้า",
                                  "เถ้าแก่เก็บบัตรไว้ ยังไม่ได้คืนครับ"])
def test_a_card_kept_by_someone_else_is_not_with_the_person(text: str) -> None:
    assert card(text) is False


def test_a_card_kept_then_got_back_is_had() -> None:
    assert card(BOSS) is True
    assert kept_by_others("ผัวเก็บเงินไว้หมด") is None  # money kept, not the card


def test_a_card_burnt_to_ash_is_no_card() -> None:
    facts = facts_of(ASH)
    assert facts.has_id_card is False
    assert read_id_card(ASH, None) is False


def test_a_card_half_burnt_is_a_damaged_card() -> None:
    assert read_id_card("บัตรไหม้ไปครึ่งใบครับ", None) is True
    assert facts_of("บัตรไหม้ไปครึ่งใบครับ").id_card_state == "damaged"


def test_a_new_card_wanted_is_the_id_card_need() -> None:
    assert "id_card" in parse_needs("อยากได้บัตรใหม่เจ้า กับเรื่องยาต้าน")
    assert parse_needs("ซื้อโทรศัพท์ใหม่") == []


def test_a_skipped_card_is_followed_by_the_letter(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านครับ อยู่ระยอง จะกลับยโสธร")
    assert asked(chat) == "id_card"
    chat.say("ก็ว่าอยู่")
    chat.say("ก็ว่าอยู่")
    answers = chat.state.data["answers"]
    assert "id_card" in answers and answers["id_card"] is None
    assert asked(chat) == "nationality_letter"
    chat.say("มีหนังสือรับรองครับ")
    assert chat.state.data["answers"]["nationality_letter"] is True


def test_a_card_had_is_not_followed_by_the_letter(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้านครับ อยู่ระยอง จะกลับยโสธร")
    chat.say("มีบัตรครับ")
    assert asked(chat) != "nationality_letter"
