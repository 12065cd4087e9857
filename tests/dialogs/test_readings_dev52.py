"""Misreadings found by the blind development sets dev52 and dev53 (the West and the
South, Bangkok's edges, people writing for others, corrections, a no to consent)."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs import texts
from dialogs.answering import written_for
from dialogs.cards import OTHERS
from dialogs.care_answers import read_travel_alone
from dialogs.consent_words import MAX_PENDING, help_without_consent, joined, qualified_yes
from dialogs.engine import Dialog
from dialogs.letter import read_letter
from dialogs.people_list import listed_people
from dialogs.provinces import find_provinces
from dialogs.readers import read_special
from dialogs.slots import BY_KEY
from dialogs.summary_places import self_fix
from dialogs.understand import parent_card, read_message

from .test_engine import Chat

SISTER = ("สวัสดีค่ะ ขอสอบถามแทนน้องชายนะคะ",
          "ยินยอมค่ะ",
          "น้องชายป่วยจิตเวชค่ะ หายออกจากบ้านที่ขอนแก่นไป5วัน ตอนนี้ตำรวจหล่มสักโทรมา ไม่มีค่ารถ",
          "บัตรน้องอยู่ในกระเป๋าเขาค่ะ ตำรวจเห็นแล้ว",  # (dev52: asked twice, then skipped)
          "น้องคนเดียวค่ะ ต้องมีคนพาไป", "ด่วนค่ะ ตำรวจให้นอนโรงพักได้แค่คืนนี้", "ยินยอมค่ะ")


@pytest.mark.parametrize(("text", "who"), [
    ("สวัสดีค่ะ ขอสอบถามแทนน้องชายนะคะ", "others"), ("ถามแทนแม่ค่ะ", "แม่"),
    ("ผมถามแทนเพื่อน ผมจะไปด้วย", None)])  # one who goes along writes for no one else
def test_asking_for_someone_is_writing_for_them(text: str, who: str | None) -> None:
    assert written_for(text).get("writes_for") == who


def _at_summary(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    for line in SISTER:
        chat.say(line)
    assert chat.state.name == st.CONFIRM and "name" not in chat.state.data["answers"]
    return chat


def test_the_sister_writing_for_her_brother_is_named_at_the_summary(dialog: Dialog) -> None:
    chat = _at_summary(dialog)
    chat.say("พี่สาวชื่อเจี๊ยบค่ะ 0927741853 น้องไม่มีโทรศัพท์นะคะ")
    assert chat.state.name == st.DONE and chat.state.data.get("sent") is True


def _summary_for_self(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    for line in ("ติดอยู่หมอชิต ไม่มีตังกลับบ้านที่อุดร มีบัตรปชช คืนนี้ไม่มีที่นอน", "ยินยอม",
                 "คนเดียวค่ะ"):
        chat.say(line)
    assert chat.state.name == st.CONFIRM
    return chat


def test_a_name_never_read_is_left_to_the_officer_not_asked_for_ever(dialog: Dialog) -> None:
    """dev52: the summary was shown twenty times to a name it could not read."""
    chat = _summary_for_self(dialog)
    unread = "พี่สาวชื่อเจี๊ยบค่ะ 0927741853 น้องไม่มีโทรศัพท์นะคะ"  # (no name read here)
    first = chat.text(unread)
    assert chat.state.name == st.CONFIRM and "092-774-1853" in first
    chat.say(unread)
    assert chat.state.name == st.DONE and chat.state.data.get("sent") is True


@pytest.mark.parametrize("lines", [
    ("0812345678", "ไม่แน่ใจค่ะ", "ไม่แน่ใจค่ะ"),  # (the review: unsure is no try at a name)
    ("โทรเบอร์นี้นะคะ 0927741853", "โทรเบอร์นี้นะคะ 0927741853")])  # a phone alone
def test_no_name_is_sent_for_unsure_or_a_phone_alone(
        dialog: Dialog, lines: tuple[str, ...]) -> None:
    chat = _summary_for_self(dialog)
    for line in lines:
        chat.say(line)
    assert chat.state.name == st.CONFIRM and not chat.state.data.get("sent")


@pytest.mark.parametrize(("text", "none"), [
    ("สวัสดีค่ะ หนูไม่ได้เดือดร้อนเองนะคะ เจอคุณตาคนนึงนั่งอยู่ป้ายรถเมล์", False),
    ("ไม่ได้เดือดร้อนค่ะ มีเงินเดือน", True), ("ไม่ได้เดือดร้อนอะไร", True)])
def test_no_trouble_of_ones_own_is_no_refusal_of_another(text: str, none: bool) -> None:
    said = read_message(text)
    assert (said.get("no_fare") is False and said.get("no_shelter") is False) is none


@pytest.mark.parametrize(("text", "asks"), [
    ("ถ้าไม่ยินยอมจะช่วยได้ไหมคะ", True), ("ไม่ยินยอมแล้วจะได้รับความช่วยเหลือไหม", True),
    ("ไม่ยินยอมค่ะ", False), ("ลบข้อมูลได้ไหมคะ", False)])
def test_help_without_consent_asked(text: str, asks: bool) -> None:
    assert help_without_consent(text) is asks


def test_after_a_no_help_without_consent_is_explained_not_erasure(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ขอความช่วยเหลือค่ะ")
    chat.say("ไม่ยินยอมค่ะ ไม่อยากให้เก็บข้อมูลอะไร")
    said = chat.text("ถ้าไม่ยินยอมจะช่วยได้ไหมคะ")
    assert said.startswith(texts.WITHOUT_CONSENT) and chat.state.name != st.CONFIRM_ERASE
    chat.say("งั้นยินยอมค่ะ หนูต้องการความช่วยเหลือจริงๆ")
    assert chat.state.data.get("consent") is True and chat.state.name == st.ASK


@pytest.mark.parametrize(("lines", "key", "want"), [
    (("มาตัดทุเรียนที่ชุมพร นายหน้าโกงค่าแรง ไม่มีค่ารถกลับบ้านที่สุรินทร์ครับ", "ตกลงครับ",
      "ขอโทษครับ พิมพ์ผิด บ้านผมศรีสะเกษ สุรินทร์บ้านแม่แฟน จะกลับศรีสะเกษครับ"),
     "home_province", "ศรีสะเกษ"),
    (("ผมเพิ่งออกจากโรงพยาบาล ไม่มีเงินกลับบ้านครับ", "ยินยอม", "ตอนนี้อยู่พิจิตรครับ",
      "เอ้ย ไม่ใช่ครับ อยู่นครสวรรค์ โรงพยาบาลสวรรค์ประชารักษ์"), "current_province", "นครสวรรค์")])
def test_a_place_taken_back_while_asked_is_put_right(
        dialog: Dialog, lines: tuple[str, ...], key: str, want: str) -> None:
    chat = Chat(dialog)
    for line in lines[:-1]:
        chat.say(line)
    said = chat.text(lines[-1])
    assert chat.state.data["answers"][key]["name"] == want and texts.CORRECTED in said


@pytest.mark.parametrize(("text", "had"), [
    ("บัตรน้องอยู่ในกระเป๋าเขาค่ะ ตำรวจเห็นแล้ว", True), ("บัตรอยู่กับน้องค่ะ ตำรวจเห็นแล้ว", True),
    ("บัตรน้องอยู่กับตัวค่ะ", True), ("บัตรน้องอยู่ที่บ้านค่ะ", None),
    ("บัตรอยู่กับนายจ้าง", None), ("ตำรวจเห็นแล้ว", None)])
def test_the_card_of_the_one_written_for_is_with_them(text: str, had: bool | None) -> None:
    assert parent_card(text, OTHERS) is had


@pytest.mark.parametrize(("text", "had"), [
    ("โดนขโมยไปพร้อมกระเป๋าครับ", False), ("หายไปกับกระเป๋าค่ะ", False),  # dev53: asked thrice
    ("โดนล้วงไปพร้อมกระเป๋าตังค์ค่ะ", False), ("มีค่ะ อยู่ในกระเป๋า", True)])
def test_a_card_gone_with_the_bag(text: str, had: bool) -> None:
    assert BY_KEY["id_card"].parse(text, None) is had


@pytest.mark.parametrize(("text", "sick"), [
    ("พี่ครับผมโดนตีหัวชิงกระเป๋าแถวสถานีรถไฟดอนเมืองเมื่อคืน", True),  # dev53
    ("หัวแตกเย็บไป6เข็มที่รพ.ภูมิพล ยังมึนๆอยู่", True), ("โดนแทงข้างหลัง", False),
    ("ไม่ด่วนครับ ยังพักบ้านพักญาติผู้ป่วยของโรงพยาบาลได้อยู่", False),  # dev52: the lodging
    ("ผมป่วยครับ", True)])
def test_hurt_in_an_attack_is_sick_a_patients_lodging_is_not(text: str, sick: bool) -> None:
    assert ("sick" in (read_special(text, None) or [])) is sick


@pytest.mark.parametrize(("text", "letter"), [
    ("ไม่มีอะไรเลย", False), ("บ่มีหยังเลย", False),  # dev53: nothing at all, asked twice
    ("ไม่มีอะไรเลย มีแต่ใบปล่อยตัว", None),  # another paper: the officer sees it
    ("ไม่มีครับ แต่ผู้ใหญ่บ้านรู้จักผม โทรถามได้", True),  # dev53: one who vouches
    ("ผู้ใหญ่บ้านรู้จักผม แต่โทรไม่ได้", None)])
def test_the_letter_answered_with_nothing_or_a_voucher(text: str, letter: bool | None) -> None:
    assert read_letter(text, None) is letter


@pytest.mark.parametrize(("text", "province"), [
    ("อุบนค่ะ", "อุบลราชธานี"), ("อุดนค่ะ", "อุดรธานี"), ("ยโสทร", "ยโสธร")])  # typed slips
def test_province_slips(text: str, province: str) -> None:
    assert [p.name_th for p in find_provinces(text)] == [province]


def test_a_card_wanted_back_is_the_id_card_need() -> None:
    assert BY_KEY["needs"].parse("อยากได้บัตรคืน", None) == ["id_card"]  # dev53


# the review of this session's readings (2026-12-06): each first version's harm


@pytest.mark.parametrize("text", [
    "ไม่มีบัตรติดตัวเลยครับ", "บ่มีบัตรติดตัวเด้อ", "ลืมบัตรไว้ที่บ้าน ไม่มีบัตรติดตัว",
    "บัตรติดตัวมาแต่โดนขโมยไปแล้ว", "บัตรติดตัวอยู่ที่นายจ้าง"])
def test_no_card_with_me_is_no_card_had(text: str) -> None:
    assert BY_KEY["id_card"].parse(text, None) is not True


@pytest.mark.parametrize("text", [
    "ยินยอมครับ แต่ผมขอไม่ตอบเรื่องคดี", "ได้ครับ แต่ผมไม่สะดวกให้บันทึกเรื่องคดี",
    "ยินยอมค่ะ แต่ว่าเรื่องติดคุกไม่อยากเปิดเผย", "ยินยอมเด้อ แต่บ่อยากให้บันทึกเรื่องติดคุก",
    "ยินยอมค่ะ แต่ถ้าเป็นเรื่องติดยาขอข้ามนะคะ", "ได้แต่ขอไม่ตอบเรื่องคุกนะ"])
def test_a_limit_after_words_between_still_limits_the_yes(text: str) -> None:
    assert qualified_yes(text) is True


def test_a_plea_after_the_yes_limits_nothing() -> None:
    assert qualified_yes("ยินยอม แต่ขอให้ช่วยเร็วๆ") is False


@pytest.mark.parametrize("text", ["ไม่ยินยอมแล้ว ช่วยลบข้อมูลด้วยได้ไหม", "ไม่ยินยอมช่วยลบได้ไหม"])
def test_an_erasure_asked_after_a_no_is_no_question_of_help(text: str) -> None:
    assert help_without_consent(text) is False


@pytest.mark.parametrize("text", [
    "บัตรน้องอยู่ในกระเป๋าที่โดนขโมยค่ะ", "บัตรตาอยู่ในกระเป๋าที่บ้านค่ะ",
    "บัตรลุงอยู่ในกระเป๋าที่นายจ้างยึดไว้"])
def test_a_card_in_a_bag_gone_or_away_is_not_with_them(text: str) -> None:
    assert parent_card(text, OTHERS) is not True


@pytest.mark.parametrize("text", [
    "ให้ญาติติดต่อแทนได้ไหม", "ช่วยถามแทนหน่อยค่ะ", "ลูกสาวเคยโทรถามแทนแล้ว",
    "ไม่ได้ถามแทนใครค่ะ ถามเรื่องตัวเอง"])
def test_asking_someone_to_ask_is_no_writing_for_others(text: str) -> None:
    assert written_for(text).get("writes_for") is None


@pytest.mark.parametrize(("text", "alone"), [
    ("ไปเองได้ค่ะ ไม่ต้องกลัวหลง", True), ("ไม่ได้กลัวหลงค่ะ ไปเองได้", None),
    ("บ่ได้ย่านหลงดอก ไปเองได้", None), ("ไปเองได้ แต่กลัวหลงนิดหน่อย", None),
    ("ไปเองได้ ถ้าไม่ไกล แต่นี่ไกลคงไม่ไหว", None), ("ไปได้ค่ะ ถ้ามีคนไปรับที่ปลายทาง ไม่งั้นหลง", None),
    ("ไปได้ครับ ถ้าไม่ต้องเดินเยอะ ขาไม่ค่อยดี", None)])
def test_a_fear_denied_or_a_condition_against_is_no_escort(
        text: str, alone: bool | None) -> None:
    assert read_travel_alone(text, None) is alone


@pytest.mark.parametrize("text", [
    "ไม่แน่ใจว่าผู้ใหญ่บ้านจะทำให้ได้", "ถ้าผู้ใหญ่บ้านทำให้ได้ก็ดีค่ะ",
    "ผู้ใหญ่บ้านคนเก่าทำให้ได้ แต่คนใหม่ไม่ยอม", "ผู้ใหญ่บ้านทำให้ได้บ่ครับ",
    "หวังว่าผู้ใหญ่บ้านจะทำให้ได้"])
def test_a_letter_wished_or_doubted_is_not_one_to_be_had(text: str) -> None:
    assert read_letter(text, None) is not True


@pytest.mark.parametrize("text", [
    "นอนม้านั่งเฝ้าแม่ที่โรงพยาบาล", "นอนม้าหินอ่อนที่บ้านตัวเอง",
    "มีห้องพักค่ะ แต่เมื่อคืนนอนม้าหินหน้าหอเพราะลืมกุญแจ"])
def test_a_bench_by_a_bedside_or_at_home_is_no_rough_sleeping(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True


@pytest.mark.parametrize(("answers", "text"), [
    ({"current_province": {"code": "TH-20", "name": "ชลบุรี"}},
     "ไม่ใช่ผมคนเดียว เมียกับลูกอยู่ที่ระยองด้วย"),
    ({"current_province": {"code": "TH-20", "name": "ชลบุรี"},
      "home_province": {"code": "TH-40", "name": "ขอนแก่น"}},
     "ไม่ใช่ค่ะ ขอนแก่นคือบ้านแม่ บ้านหนูอยู่กาฬสินธุ์"),
    ({"home_province": {"code": "TH-40", "name": "ขอนแก่น"}}, "เอ้ย ลืมบอก ต้องไปรับลูกที่สระบุรีก่อน")])
def test_no_place_moved_without_a_fix_of_it(answers: dict[str, object], text: str) -> None:
    assert self_fix(answers, text) is None


@pytest.mark.parametrize(("text", "had"), [
    ("บัตร ประชาชน มี บัตร คนพิการ ไม่มี", True),  # dev53: a deaf man, another card beside
    ("บัตรประชาชนมี บัตรคนพิการไม่มี", True), ("ไม่มีบัตรประชาชน มีบัตรคนพิการ", False),
    ("บัตรคนพิการไม่มี", None), ("บัตรประชาชนไต๋ก็ยึดไว้", False)])  # dev52: a skipper kept it
def test_the_id_card_beside_another_card_or_kept_by_a_skipper(
        text: str, had: bool | None) -> None:
    assert BY_KEY["id_card"].parse(text, None) is had


@pytest.mark.parametrize(("text", "urgent"), [
    ("ร้าน ให้ นอน ถึง วันพุธ", False),  # dev53: a place until Wednesday
    ("นายจ้างให้นอนถึงวันพุธ แต่คืนนี้ต้องออก", True)])
def test_let_stay_until_a_later_day(text: str, urgent: bool) -> None:
    assert BY_KEY["urgent"].parse(text, None) is urgent


def test_not_a_baht_of_pay_is_no_income() -> None:
    assert read_message("ลงเรือมา3เดือน ไต๋บอกหักหนี้หมด ไม่ได้สักบาท").get("no_food") is True


# the second review (2026-12-06): the newest readings' first versions' harm


@pytest.mark.parametrize("text", [
    "แฟนยังไม่ได้ส่งเงินมา เดี๋ยวพรุ่งนี้เขาส่ง", "เมื่อก่อนแฟนไม่ส่งเงินมา ตอนนี้ส่งมาตลอดแล้วค่ะ",
    "ถ้าแฟนไม่ส่งเงินมาจะขอความช่วยเหลือได้ไหมคะ", "ขายขนมอยู่ตลาดชลบุรีค่ะ วันนี้ขนมหมดเร็ว",
    "ค่านมลูกหมดไปเดือนละสามพัน", "เงินเหลือ 900 บาทครับ ค่ารถทัวร์ 450",
    "เมื่อวานเงินเหลือ 40 บาท แต่วันนี้แม่โอนมาให้แล้ว 2000"])
def test_no_lack_of_food_or_fare_from_a_delay_a_snack_or_enough_money(text: str) -> None:
    said = read_message(text)
    assert said.get("no_food") is not True and said.get("no_fare") is not True


@pytest.mark.parametrize(("text", "lack"), [
    ("แฟนทิ้งไปแล้ว ไม่ส่งเงินมาเลย2เดือน", True), ("นมลูกจะหมดแล้วค่ะ", True),  # dev51
    ("ตอนนี้ตังเหลือ40บาท", True)])  # dev52
def test_the_lacks_still_read(text: str, lack: bool) -> None:
    assert read_message(text).get("no_food") is lack


@pytest.mark.parametrize("text", ["แคมป์ให้ออกไปซื้อของได้ถึงสองทุ่ม",
                                  "แคมป์ให้ออกแล้ว แต่บริษัทหาห้องใหม่ให้แล้วค่ะ",
                                  "ตอนนี้พักบ้านเพื่อน เมื่อวานนอนม้าหินที่สถานี"])
def test_let_out_of_camp_or_a_bench_last_night_is_no_lack_of_shelter(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True


@pytest.mark.parametrize("text", ["ตกงานมาสามเดือน คิดจนหัวแตกแล้วครับ", "หนูโดนตีหัวเข้าบ้าน ผู้ชายหนีไปแล้ว",
                                  "ไม่มีค่ะ เคยโดนแทงแต่นานแล้ว", "ลูกหัวแตกตอนเด็กๆ เย็บ3เข็ม ตอนนี้ไม่เป็นไร"])
def test_an_idiom_or_a_hurt_long_healed_is_not_sick(text: str) -> None:
    assert "sick" not in (read_special(text, None) or [])


@pytest.mark.parametrize(("text", "limits"), [
    ("ยินยอมครับ แต่ผมขอกลับบ้านก่อนสงกรานต์", False), ("ยินยอมค่ะ แต่หนูขอรีบหน่อยนะคะ", False),
    ("ยินยอมค่ะ แต่หนูไม่อยากกลับไปเจอนายจ้างอีก", False),
    ("ยินยอม แต่ว่าส่วนเรื่องสุขภาพจิต ขอเก็บไว้ก่อน", True),
    ("ยินยอมจ้า แต่ข่อยบ่อยากบอกเรื่องคุก", True)])
def test_a_plea_after_a_pronoun_is_no_limit_a_topic_is(text: str, limits: bool) -> None:
    assert qualified_yes(text) is limits


def test_help_without_consent_asked_by_one_left_behind() -> None:
    assert help_without_consent("ถ้าไม่ยินยอมจะยังช่วยหนูได้ไหมคะ หนูโดนแฟนทิ้งไว้ที่นี่") is True


@pytest.mark.parametrize(("text", "had"), [
    ("บัตรติดตัวอยู่ครับ แต่เงินโดนขโมยหมด", True), ("บัตรติดตัวมาค่ะ แต่มือถือโดนขโมย", True),
    ("บัตรติดตัวมาแต่โดนขโมยไปแล้ว", None)])
def test_a_loss_of_money_beside_the_card_leaves_the_card(text: str, had: bool | None) -> None:
    assert BY_KEY["id_card"].parse(text, None) is had


@pytest.mark.parametrize(("text", "letter"), [
    ("ผู้ใหญ่บ้านรู้จักผมดี โทรถามได้เลย แต่เขาไม่ออกหนังสือให้หรอก", None),
    ("ผู้ใหญ่บ้านออกให้ได้ค่ะ อาจจะช้าหน่อย", True)])  # a doubt after the claim is of time
def test_a_voucher_who_will_not_write_and_a_doubt_after_the_yes(
        text: str, letter: bool | None) -> None:
    assert read_letter(text, None) is letter


@pytest.mark.parametrize(("text", "alone"), [
    ("หนูไปเองได้ แต่แม่กลัวว่าจะหลง", True), ("ตอนแรกกลัวหลง แต่ตอนนี้ไปเองได้แล้วค่ะ", True),
    ("ไปได้สบายครับ ใครว่ากลัวหลง", True), ("ไปคนเดียวกลัวหลงค่ะ", False)])
def test_anothers_or_a_past_fear_of_getting_lost(text: str, alone: bool) -> None:
    assert read_travel_alone(text, None) is alone


@pytest.mark.parametrize(("text", "needs"), [
    ("อยากได้บัตรคืน", ["id_card"]), ("ได้บัตรคืนแล้วค่ะ อยากได้งาน", ["work"])])
def test_a_card_back_already_is_no_card_need(text: str, needs: list[str]) -> None:
    assert BY_KEY["needs"].parse(text, None) == needs


# the third review (2026-12-06)


def _confirming(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    for line in ("ผมชื่อสมชาย 0812345678 ติดอยู่หมอชิต ไม่มีตังกลับบ้านที่อุดร มีบัตรปชช คืนนี้ไม่มีที่นอน",
                 "ยินยอม", "4 คนครับ", "ไม่มีครับ"):
        chat.say(line)
    assert chat.state.name == st.CONFIRM
    return chat


@pytest.mark.parametrize(("text", "sent"), [
    ("4 คนนะครับ ไม่ใช่ 5", True), ("ใช่ 4 คน", True),  # dev54: the count shown, said again
    ("4 คนผิดค่ะ", False), ("4 คนค่ะ แต่ชื่อผิด", False), ("4 คนได้ไหมคะ", False),
    ("4 คนมั้งคะ", False), ("3 คนค่ะ ไม่ใช่ 4", False), ("4 คนค่ะ แต่ยังไม่ต้องส่งนะคะ", False)])
def test_the_count_said_again_at_the_summary_is_a_yes_nothing_more(
        dialog: Dialog, text: str, sent: bool) -> None:
    chat = _confirming(dialog)
    chat.say(text)
    assert (chat.state.name == st.DONE) is sent


@pytest.mark.parametrize(("text", "count"), [
    ("หนู ลูกสาว7ขวบ ลูกชาย2ขวบค่ะ ลูกเล็กค่ะ คนเล็ก2ขวบ", 3),  # dev54
    ("หนู ลูกคนโต ลูกเล็ก", 3), ("หนู ผัว ลูก ลูกอ่อน", 4), ("ผม น้องชาย น้องเล็ก", 3),
    ("ผม ลูกสาว7ขวบ คนเล็ก2ขวบ", None), ("หนู ลูกคนเล็ก คนโต", None)])  # another child: asked
def test_a_child_described_again_is_counted_once(text: str, count: int | None) -> None:
    assert listed_people(text) == count


@pytest.mark.parametrize(("text", "had"), [
    ("บัตรติดตัวมา แต่เมื่อคืนโดนล้วงไปแล้ว", None), ("บัตรติดตัวอยู่ในกระเป๋าที่หาย", None),
    ("บัตรติดตัวมาครับ นายจ้างยึดไว้", None), ("บัตรติดตัวตลอดครับ ไม่เคยหาย", True)])
def test_a_card_with_me_lost_since(text: str, had: bool | None) -> None:
    assert BY_KEY["id_card"].parse(text, None) is had


@pytest.mark.parametrize("text", [
    "ยินยอมค่ะ แต่ไม่อยากพูดเรื่องติดคุก", "ยินยอมค่ะ แต่ไม่ให้พ่อแม่รู้นะ",
    "ยินยอม แต่ประวัติคดีขอไม่เปิดเผย", "ยินยอม แต่ HIV ขอไม่บอก", "ยินยอม แต่ข้ามเรื่องคุกไปนะคะ"])
def test_a_no_to_a_sensitive_topic_after_the_yes_limits_it(text: str) -> None:
    assert qualified_yes(text) is True


@pytest.mark.parametrize("text", ["ผู้ใหญ่บ้านทำให้ได้ ถ้าหนูกลับไปเอง ไม่แน่ใจว่าเขาจะยอม",
                                  "ผู้ใหญ่บ้านทำให้ได้มั้งคะ", "ผู้ใหญ่บ้านน่าจะทำให้ได้"])
def test_a_letter_doubted_anywhere_is_asked(text: str) -> None:
    assert read_letter(text, None) is None


@pytest.mark.parametrize(("text", "key", "value"), [
    ("ตังเหลือ 50 บาท ค่ารถ 400", "no_fare", True),
    ("คืนนี้ต้องนอนม้านั่งรอรถเที่ยวแรกตอนเช้า", "no_shelter", True),
    ("แคมป์ไล่ออกแล้ว ยังหาห้องใหม่ไม่ได้", "no_shelter", True),
    ("ขายนมหมดแล้ววันนี้ ได้กำไรดี", "no_food", None),
    ("แฟนบอกว่าผมไม่ส่งเงินให้ลูกเลย", "no_food", None)])
def test_the_narrowings_keep_what_they_should(text: str, key: str, value: bool | None) -> None:
    assert read_message(text).get(key) is value


def test_a_story_kept_before_consent_is_bounded() -> None:
    """One who writes on and on before consenting: the story kept is the last part, so
    every reading of it stays bounded (the fuzzing of the server wrote 700 messages)."""
    piece = "ติดอยู่หมอชิต ไม่มีตังกลับบ้าน " * 200
    kept = joined(piece, "จะกลับอุดรค่ะ")
    assert len(kept) <= MAX_PENDING and kept.endswith("จะกลับอุดรค่ะ")
    assert joined("ไม่มีค่ารถ", "อยู่ระยอง") == "ไม่มีค่ารถ อยู่ระยอง"


def test_a_long_run_of_digits_before_a_place_is_read_at_once() -> None:
    """The server's fuzzing sent "9999...9 4 s n4 ตากใบ": a count between two places was
    matched in exponential time (the run stopped for ever); now it is read like any text."""
    assert read_message("9" * 60 + " 4 s n4 ตากใบ").get("travellers") is None
