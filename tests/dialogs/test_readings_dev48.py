"""Misreadings found by the blind development sets dev48 and dev49 (stories told in many
short messages, people written for, released prisoners)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogs import state as st
from dialogs.answering import places_told, written_for
from dialogs.consent_words import story_piece
from dialogs.consent_yes import unrelayed
from dialogs.elder_title import elder_hinted
from dialogs.engine import Dialog
from dialogs.facts import extract_facts
from dialogs.letter import other_paper
from dialogs.questions import asks_what_is_meant
from dialogs.readers import read_travellers, read_urgent
from dialogs.slots import BY_KEY
from dialogs.understand import read_message

from .test_engine import Chat


def test_a_yes_relayed_from_the_one_written_for_is_consent(dialog: Dialog) -> None:
    # a guard writing for an old man was asked for consent five times, then handed over
    chat = Chat(dialog)
    chat.say("สวัสดีครับ ผมเป็น รปภ. อยู่สถานีกลางกรุงเทพอภิวัฒน์ (บางซื่อ)")
    chat.say("แกบอกจะกลับบ้านมหาสารคาม แต่เงินไม่มี ตั๋วก็ไม่มี")
    chat.say("ลุงบอกว่าได้ครับ มีครับ ผมดูบัตรให้แล้ว")
    assert chat.state.data.get("consent") is True
    answers = chat.state.data["answers"]
    assert answers["id_card"] is True and answers["home_province"]["name"] == "มหาสารคาม"


_OLD_MAN = "มีลุงแก่ๆ คนนึงนั่งอยู่ แกบอกจะกลับบ้านมหาสารคาม แต่เงินไม่มี"
_FOR_MOTHER = "พิมพ์แทนแม่ค่ะ แม่ไม่มีค่ารถกลับบ้าน"
_FOR_AUNT = "หลานพิมพ์แทนป้านะเจ้า ป้าไปขายของที่แม่สาย โดนขโมยกระเป๋าสตางค์หมดเลย"


@pytest.mark.parametrize(("text", "story", "left"), [
    ("ลุงบอกว่าได้ครับ มีครับ", _OLD_MAN, "ได้ครับ มีครับ"), ("แกบอกว่าได้ครับ", _OLD_MAN, "ได้ครับ"),
    ("แม่ว่ายินยอมค่ะ", _FOR_MOTHER, "ยินยอมค่ะ"), ("ป้าบอกว่าได้เจ้า", _FOR_AUNT, "ได้เจ้า"),
    ("แม่บอกว่าไม่ยินยอมค่ะ", _FOR_MOTHER, "ไม่ยินยอมค่ะ"),
    # a story, not a yes or no relayed: as it was
    ("แม่บอกว่าให้กลับบ้าน", _FOR_MOTHER, "แม่บอกว่าให้กลับบ้าน"),
    ("ลุงว่าไม่มีบัตร", _OLD_MAN, "ลุงว่าไม่มีบัตร"),
    # (the reviews: leave to go home, a rumour, a doctor, a child's no of going, someone not
    # written for: a monk, a guard lending his phone, the bot called "พี่", a mother far away)
    ("แม่ว่าได้ค่ะ ให้กลับไปอยู่ด้วย", "ไม่มีค่ารถกลับบ้านครับ", "แม่ว่าได้ค่ะ ให้กลับไปอยู่ด้วย"),
    ("เขาบอกว่าได้ กลับบ้านได้แล้ว", "หมอที่โรงพยาบาลให้ทักมา", "เขาบอกว่าได้ กลับบ้านได้แล้ว"),
    ("เขาว่าได้ค่ะ เพื่อนก็เคยได้", "หนูไม่มีค่ารถกลับบ้านค่ะ แม่ป่วยอยู่ที่บ้าน",
     "เขาว่าได้ค่ะ เพื่อนก็เคยได้"),
    ("ลูกบอกว่าไม่เอาค่ะ", "จะพาลูกกลับไปด้วย", "ลูกบอกว่าไม่เอาค่ะ"),
    ("แกบอกว่าไม่ ไม่มีบัตร", "ผมพิมพ์แทนลุงครับ ลุงไม่มีค่ารถ", "แกบอกว่าไม่ ไม่มีบัตร"),
    ("ท่านบอกว่าได้ครับ", "ผมนอนวัดอยู่ครับ หลวงพ่อ ท่านบอกให้ทักมา", "ท่านบอกว่าได้ครับ"),
    ("ลุงบอกว่าได้ครับ", "ลุงยามที่ขนส่งให้ยืมโทรศัพท์ครับ ผมไม่มีค่ารถกลับบ้าน", "ลุงบอกว่าได้ครับ"),
    ("ยายบอกว่าได้ค่ะ", "หนูอยู่ย่านรังสิตค่ะ ไม่มีค่ารถกลับบ้าน", "ยายบอกว่าได้ค่ะ"),
    ("พี่บอกว่าได้ค่ะ", "พี่ค่ะ หนูไม่มีค่ารถกลับบ้าน", "พี่บอกว่าได้ค่ะ"),
    ("แม่บอกว่าได้ค่ะ", "แม่ป่วยอยู่ที่บ้านศรีสะเกษ หนูไม่มีค่ารถกลับไปหาแม่", "แม่บอกว่าได้ค่ะ"),
    ("แม่บอกว่าได้ค่ะ", "ติดอยู่แม่สายค่ะ ไม่มีค่ารถกลับบ้าน", "แม่บอกว่าได้ค่ะ"),
    # (the fourth review: a husband not written for, "แก" who is a boyfriend, a monk)
    ("ผัวบอกว่าได้ค่ะ", "หนูพิมพ์แทนพ่อกับแม่ค่ะ พ่อแม่ไม่มีค่ารถกลับบ้าน", "ผัวบอกว่าได้ค่ะ"),
    ("ตาบอกว่าได้ค่ะ", "แฟนทิ้งหนูไปแล้วค่ะ แกไม่ส่งเงินให้เลย", "ตาบอกว่าได้ค่ะ"),
    ("ท่านบอกว่าได้ค่ะ", "หนูพิมพ์แทนแม่ค่ะ หลวงพ่อท่านให้ทักมา", "ท่านบอกว่าได้ค่ะ")])
def test_unrelayed(text: str, story: str, left: str) -> None:
    assert unrelayed(text, story, written_for(story).get("writes_for")) == left


def test_a_story_in_short_pieces_is_kept_and_not_handed_over(dialog: Dialog) -> None:
    # a mother's six short messages before consenting met a person, and were lost
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    for piece in ("โรงงานกุ้งที่มหาชัยปิดแล้วค่ะ", "ผัวก็ตกงาน", "มีลูกสองคน", "แม่ก็อยู่ด้วย",
                  "อยากกลับบ้านกาฬสินธุ์", "แต่เงินไม่พอค่ะ"):
        result = chat.say(piece)
        assert not result.effects, piece  # no hand-over
    assert chat.state.name == st.CONSENT
    chat.say("ยินยอมค่ะ")
    answers = chat.state.data["answers"]
    assert answers["home_province"]["name"] == "กาฬสินธุ์" and answers["no_fare"] is True


@pytest.mark.parametrize(("text", "piece"), [
    ("มีลูกสองคน", True), ("แม่ก็อยู่ด้วย", True), ("แต่เงินไม่พอค่ะ", True),
    ("โรงงานกุ้งที่มหาชัยปิดแล้วค่ะ", True),
    # a yes, a doubt, not following, a question, thanks: no piece of story
    ("ได้ลูก", False), ("ไม่เข้าใจค่ะ", False), ("งงค่ะ", False), ("ขอคิดดูก่อน", False),
    ("หนูอ่านไม่ออก", False), ("ยังไม่พร้อม", False), ("เก็บข้อมูลไปทำอะไร", False),
    ("ขอบคุณมากค่ะ", False), ("กดปุ่มไม่ขึ้นค่ะ", False), ("ใช้มือถือไม่เป็นค่ะ", False),
    ("ไม่ต้องเก็บข้อมูลค่ะ", False), ("ต้องถามสามีก่อนค่ะ", False), ("ไว้ก่อนค่ะ", False),
    ("ไม่ค่ะ", False), ("ยังไม่สมัครค่ะ แค่ถามก่อน", False)])
def test_story_piece(text: str, piece: bool) -> None:
    assert story_piece(text) is piece


@pytest.mark.parametrize(("text", "meant"), [
    ("งงค่ะ", True), ("ยังงงอยู่", True), ("งงๆ", True), ("งง่ะ", True), ("หมายถึงอะไรคะ", True),
    # "งง" across two words is no muddle: a factory, handing in work
    ("โรงงานปิด", False), ("ส่งงานไม่ทัน", False)])
def test_what_is_meant_on_words(text: str, meant: bool) -> None:
    assert asks_what_is_meant(text) is meant


@pytest.mark.parametrize(("text", "count"), [
    ("ห้าคนค่ะ หนู ผัว ลูกสอง แล้วก็แม่", 5),  # was 4: the list read, the count said first lost
    ("ไปกัน 4 คนค่ะ ผม เมีย ลูก 2", 4),
    ("ผมกับเพื่อนอีกคนครับ โดนหลอกมาด้วยกัน บ้านเพื่อนก็ตรัง", 2),  # was no count
    ("ผมกับเพื่อนอีกสองคน", 3), ("4 คน มีคนแก่ 1 เด็ก 1", 4),
    # more said after the count, or the one more staying (the review)
    ("2 คน ผมกับเมีย ลูกอีก 2", 4), ("หนูกับลูกอีกคน คนโตอยู่กับยายค่ะ", 2),
    ("ฉันกับเพื่อนอีกคนค่ะ เพื่อนอีกคนไม่ไป", None),
    ("ผมกับเพื่อนอีกคน รวมเป็น 3 คนครับ", 3), ("หนูกับลูกอีกคน แล้วก็ยาย", None),
    ("ผมกับเพื่อนอีกคน แต่เพื่อนยังไม่แน่ใจว่าจะไป", None),
    # a count taken back after it: the later one
    ("3 คนค่ะ ไม่สิ 2 คน พี่สาวไม่ไปแล้ว", 2),
    ("4 คนครับ ผม เมีย ลูกสองคน เดี๋ยวนะครับ ไม่ใช่ 5 คน ลืมนับแม่ยาย แม่ยายไปด้วย", 5),
    ("2คนครับกับแฟน... อ่อไม่ดีกว่าครับ แฟนไม่ไปแล้ว ผมไปคนเดียวครับ", 1)])
def test_counts(text: str, count: int | None) -> None:
    assert read_travellers(text, None) == count


def test_going_back_home_beats_a_trip_to_see_someone() -> None:
    facts = extract_facts("กระเป๋าโดนขโมยที่จุดพักรถชุมพร บัตรเงินหายหมดเลยค่ะ จะไปหาลูกชาย"
                          "ที่ภูเก็ต แต่ไปต่อไม่ได้แล้ว อยากกลับบ้านสกลนครค่ะ")
    assert facts.home_province is not None and facts.home_province.name_th == "สกลนคร"
    assert facts.current_province is not None and facts.current_province.name_th == "ชุมพร"
    # a trip alone is still where one goes; a home not gone back to does not beat it
    trip = extract_facts("จะไปหาแม่ที่ขอนแก่น")
    assert trip.home_province is not None and trip.home_province.name_th == "ขอนแก่น"
    for text, home in (("อยากไปอยู่กับลูกที่ระยอง ไม่อยากกลับบ้านที่ยโสธร", "ระยอง"),
                       # (the review: going back denied, feared, put off, someone else's wish)
                       ("จะไปหาแม่ที่ขอนแก่น ไม่ได้กลับบ้านที่อุดรมาสามปีแล้ว", "ขอนแก่น"),
                       ("อยากไปหาลูกที่ภูเก็ต กลับบ้านที่ยโสธรไม่ได้", "ภูเก็ต"),
                       ("จะไปหาแฟนที่ชลบุรี ไม่กล้ากลับบ้านที่ศรีสะเกษ", "ชลบุรี"),
                       ("อยากไปหาแม่ที่อุบล อยากกลับบ้านที่ร้อยเอ็ดก็ไม่มีใครแล้ว", "อุบลราชธานี"),
                       ("จะไปหาลูกที่ระยอง แล้วค่อยกลับบ้านที่ยโสธร", "ระยอง"),
                       ("จะไปหาลูกสาวที่นนทบุรี ลูกสาวบอกว่าอยากกลับบ้านที่ชัยนาทดีกว่า", "นนทบุรี"),
                       # (the second review: someone else's wish)
                       ("จะไปหาสามีที่ระยอง สามีอยากกลับบ้านที่บุรีรัมย์", "ระยอง"),
                       ("จะไปหาลูกที่ขอนแก่น ลูกก็อยากกลับบ้านที่สกลนคร", "ขอนแก่น")):
        kept = extract_facts(text)
        assert kept.home_province is not None and kept.home_province.name_th == home, text


@pytest.mark.parametrize(("text", "fare"), [
    ("อยากกลับบ้านกาฬสินธุ์ แต่เงินไม่พอค่ะ", True), ("จะกลับแต่ตังค์บ่พอ", True),
    ("อยากกลับมาทำงานแต่เงินไม่พอ", None),
    # (the review: going back to do something, money short for something else, denied,
    # someone else's wish)
    ("อยากกลับไปเรียนต่อแต่เงินไม่พอ", None), ("จะกลับบ้านพรุ่งนี้แต่เงินไม่พอซื้อข้าวระหว่างทาง", None),
    ("อยากกลับบ้านแต่เงินไม่พอจ่ายค่าห้องที่ค้างไว้", None), ("ไม่ได้อยากกลับแต่เงินไม่พอใช้", None),
    ("ลูกอยากกลับแต่เงินไม่พอ", None),
    # (the second review: a friend's, money since come, past)
    ("เพื่อนอยากกลับแต่เงินไม่พอ ผมเลยช่วยออกให้", None),
    ("ตอนแรกจะกลับแต่เงินไม่พอ ตอนนี้แม่โอนมาให้แล้ว", None),
    ("อยากกลับแต่เงินไม่พอ เลยยืมเพื่อนมาครบแล้ว", None), ("เคยอยากกลับแต่เงินไม่พอ", None),
    # (the third review: money since had, past, a sister's, a question of the aid)
    ("เมื่อวานอยากกลับแต่เงินไม่พอ วันนี้ได้เงินเดือนแล้วครับ", None),
    ("อยากกลับแต่เงินไม่พอ แม่เลยส่งเงินมาให้", None), ("พี่สาวอยากกลับแต่เงินไม่พอค่ะ", None),
    ("หากอยากกลับแต่เงินไม่พอ ทำไงคะ", None), ("คนที่อยากกลับบ้านแต่เงินไม่พอ ขอได้ไหมคะ", None),
    # (the fourth review: the lack must close the message)
    ("ตอนนั้นอยากกลับบ้านแต่เงินไม่พอ ตอนนี้ทำงานมีเงินแล้ว", None),
    ("อยากกลับบ้านแต่เงินไม่พอส่งลูกเรียน", None), ("เมื่อปีใหม่อยากกลับแต่เงินไม่พอ", None),
    ("ถ้าเกิดอยากกลับบ้านแต่เงินไม่พอ ต้องติดต่อที่ไหน", None)])
def test_going_back_wished_but_money_short(text: str, fare: bool | None) -> None:
    assert read_message(text).get("no_fare") is fare


def test_a_release_paper_said_after_no_letter_is_another_paper() -> None:
    assert other_paper("ไม่มีครับ มีใบปล่อยตัวใบเดียว คนไทยแท้ๆครับ เกิดกันทรลักษ์")
    assert not other_paper("ไม่มีครับ")
    assert not other_paper("มีหนังสือรับรองครับ")
    assert not other_paper("ไม่มีครับ เคยมีใบปล่อยตัวแต่ทำหายแล้ว")  # (the review)
    assert not other_paper("ไม่มีครับ มีใบปล่อยตัวแต่หายไปแล้ว")
    assert not other_paper("ไม่มีครับ มีใบปล่อยตัวของเพื่อน")
    assert not other_paper("ไม่มีค่ะ มีหนังสือปล่อยตัวแต่โดนขโมยไปพร้อมกระเป๋า")
    assert not other_paper("ไม่มีครับ เพื่อนมีใบปล่อยตัว")
    assert not other_paper("ไม่มีครับ มีใบปล่อยตัวที่ยังไม่ได้รับ")
    assert other_paper("มีแค่ใบปล่อยตัวของเรือนจำคลองเปรม")  # the prison's own paper
    assert not other_paper("ไม่มีค่ะ สามีมีใบปล่อยตัว")  # (the third review)
    assert not other_paper("ไม่มีครับ น้องชายมีใบปล่อยตัว")
    for text in ("ไม่มีครับ พ่อมีใบปล่อยตัว", "ไม่มีครับ มีใบปล่อยตัวของเมีย",  # (the fourth review)
                 "ไม่มีครับ มีใบปล่อยตัวแต่โดนไฟไหม้ไปแล้ว", "ไม่มีครับ ต้องมีใบปล่อยตัวไหมครับ",
                 "ไม่มีครับ แม่มีใบปล่อยตัวของผมอยู่ที่บ้าน"):
        assert not other_paper(text), text


def test_released_with_only_the_release_paper_is_not_refused(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีครับ ผมพึ่งออกจากคลองเปรมเมื่อวาน")
    chat.say("ไม่มีตังกลับบ้านเลยครับ")
    chat.say("ยินยอม", "consent:yes")
    for text in ("ไม่มีบัตรครับ หายตอนโดนจับ", "กรุงเทพ"):
        if chat.state.data.get("slot") == "nationality_letter":
            break
        chat.say(text)
    assert chat.state.data.get("slot") == "nationality_letter"
    chat.say("ไม่มีครับ มีใบปล่อยตัวใบเดียว คนไทยแท้ๆครับ")
    assert chat.state.name == st.ASK  # not refused: the officer sees the paper
    assert chat.state.data["answers"]["nationality_letter"] is None


@pytest.mark.parametrize(("text", "urgent"), [
    ("ตอนนี้หลวงพ่อให้นอนศาลาวัดไปก่อนได้ค่ะ ข้าววัดก็มี ไม่ถึงกับคืนนี้ไม่มีที่นอน", False),
    ("คืนนี้พอนอนวัดได้ครับ หลวงพี่ให้นอนกุฏิร้าง แต่ข้าวไม่มีกิน", False),
    ("คืนนี้ไม่มีที่นอน", True), ("พักที่มูลนิธิได้ค่ะ แต่คืนพรุ่งนี้ต้องออกแล้ว", True),
    # (the review: a leaving said after a "but" of money, and the emphatic form)
    ("นอนวัดได้ครับ แต่ตังค์ไม่มี พรุ่งนี้ต้องย้าย", True),
    ("นอนวัดไปก่อนค่ะ แต่เงินไม่มี หลวงพ่อให้นอนได้คืนเดียว", True),
    ("ลำบากมากถึงขั้นคืนนี้ไม่มีที่นอนเลยค่ะ", True)])
def test_urgency_softened_or_a_but_of_food(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent


@pytest.mark.parametrize(("text", "name"), [
    ("ลุงบอกชื่อ บุญส่ง ค่ะ นามสกุลในบัตร มีสุข", "บุญส่ง"), ("แกบอกชื่อสมศักดิ์ครับ", "สมศักดิ์"),
    ("ไม่อยากบอกชื่อจริงค่ะ เรียกหนูว่ามายด์", "มายด์"),
    # (the review: "บอกว่าชื่อ" read as before)
    ("ผมพิมพ์แทนลุงครับ ลุงบอกว่าชื่อสมชาย ใจดี", "สมชาย ใจดี"),
    ("หนูพิมพ์ให้ป้าค่ะ ป้าบอกว่าชื่อ มาลี", "มาลี")])
def test_a_name_relayed(text: str, name: str) -> None:
    assert BY_KEY["name"].parse(text, None) == name


@pytest.mark.parametrize(("text", "hinted"), [
    ("หลานพิมพ์แทนป้านะเจ้า ป้าไปขายของที่แม่สาย โดนขโมยกระเป๋าสตางค์หมดเลย", True),
    ("พิมพ์แทนแม่ค่ะ แม่ติดอยู่หมอชิต", True),
    # a letter written by the village head, sent by a mother: no one written for
    ("ยินยอมครับ มีครับ ผู้ใหญ่บ้านเขียนให้ แม่ส่งไปรษณีย์มาที่เรือนจำก่อนผมออก", False),
    ("ผมไม่มีค่ารถ", False), ("ผมพิมพ์แทนเพื่อน เพื่อนกินมาม่าแทนอาหาร", False),
    ("พิมพ์แทนพ่อครับ พ่ออายุ 40 แข็งแรงดี", False),  # (the third and fourth reviews)
    ("หนูพิมพ์แทนแม่ค่ะ แม่ค้าขายอยู่ตลาด", False)])
def test_written_for_an_elder_asks_care(text: str, hinted: bool) -> None:
    assert bool(elder_hinted(text)) is hinted


def test_a_birthplace_told_with_the_letter_is_not_where_one_is() -> None:
    letter = replace(BY_KEY["nationality_letter"], also=("current_province", "home_province"))
    told = places_told(letter, "ไม่มีครับ มีใบปล่อยตัวใบเดียว คนไทยแท้ๆครับ เกิดกันทรลักษ์", {})
    assert "current_province" not in told  # was ศรีสะเกษ: refused as already home
    here = places_told(letter, "ไม่มีครับ อยู่หมอชิตครับ", {})
    assert here["current_province"]["name"] == "กรุงเทพมหานคร"


def test_a_stuck_person_is_still_handed_over_with_a_story_kept(dialog: Dialog) -> None:
    # short statements after a story are pieces of it, but the consent question is
    # still asked at most MOST_ASKED times before a person takes over
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ผัวก็ตกงาน ไม่มีเงินเลย")
    handed = False
    for _ in range(8):
        result = chat.say("มีลูกสองคน")
        handed = handed or any(type(e).__name__ == "RequestHandoff" for e in result.effects)
    assert handed


def test_asking_for_help_with_the_phone_is_no_story_piece(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ผัวก็ตกงาน ไม่มีเงินเลย")
    chat.say("กดปุ่มไม่ขึ้นค่ะ")
    assert "ปุ่ม" not in str(chat.state.data.get("pending"))
