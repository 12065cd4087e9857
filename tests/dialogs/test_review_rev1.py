"""Side effects of the dev67-dev72 readings found in review: what the old reading got
right stays right (names cut at any word, "101" in a fare or an address, a doctor's
appointment run on after "บ้าน", "cannot" before the urgency), and the new readings reach
every path (the urgency slot, the travellers answer, the at-home question).

Then review rev1 of the dev103 (gA) and dev106 (gD) readers: what they read wrongly in near
sentences (a nickname typed with a comma taken for Thai typed with the English layout, an
English illness denied read as had, Malay negations read as having money, a ticket lost, a
letter made for another, a card in another pocket, a name dropped after "ไม่ได้", "รวมผมเป็น
สี่", a rest at a dorm read as home, a name with the wary question at the summary), and the
intended readings kept."""

from __future__ import annotations

import pytest

from dialogs.at_home import AT_HOME_ASK
from dialogs.code_switch import english_spelt
from dialogs.engine import Dialog
from dialogs.layout import layout_decoded
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.questions import is_question
from dialogs.refusals import refuses_name
from dialogs.slang import typed_in_thai
from dialogs.slots import BY_KEY
from dialogs.summary_questions import question_at_contact
from dialogs.types import RequestHandoff
from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency

from .test_engine import Chat
from .test_readings_dev70 import _at_home_asked


@pytest.mark.parametrize(("text", "want"), [
    # only "มี" joins a name ("กามีลา"); "อยู่", "กับ", "ไม่", "จะ", "แต่" end it, as before
    ("ชื่อนกอยู่ตากค่ะ", "นก"), ("ดาอยู่กทม", "ดา"), ("ชื่อปูกับพี่ค่ะ", "ปู"),
    ("ดาไม่สบาย", "ดา"), ("ปูจะพัก", "ปู"), ("ชื่อดามีพี่", "ดา"), ("ชื่อดามีแมว", "ดา"),
    ("กามีลา 0873334455", "กามีลา"), ("ชื่ออามีนะห์ค่ะ", "อามีนะห์"),
])
def test_a_name_ends_where_it_did(text: str, want: str) -> None:
    assert extract_name(text, bare=True) == want


@pytest.mark.parametrize(("text", "want"), [
    ("ชื่ออยู่ข้างบนแล้วค่ะ", None), ("ชื่ออยู่ด้านล่าง", None), ("ชื่อจะยาวนะคะ", None),
    ("ชื่อมีเยอะ", None), ("ชื่อจะแฮค่ะ", "จะแฮ"), ("ชื่ออยู่เย็นค่ะ", "อยู่เย็น"),
])
def test_where_the_name_is_is_no_name(text: str, want: str | None) -> None:
    assert extract_name(text) == want


@pytest.mark.parametrize("text", [
    "ค่ารถกลับ 101 ค่ะ", "กลับบ้าน 101 กิโล", "ค่าตั๋วไปกลับ 101", "บ้านที่ 101 ซอย 5",
])
def test_101_in_a_fare_or_an_address_is_no_roi_et(text: str) -> None:
    home = read_message(text).get("home_province") or {}
    assert home.get("name") != "ร้อยเอ็ด"


def test_a_province_named_after_an_address_wins() -> None:
    got = read_message("บ้านที่ 101 ต.นาโพธิ์ จ.บุรีรัมย์")
    assert got["home_province"]["name"] == "บุรีรัมย์"
    assert read_message("จะกลับบ้าน101 ค่ะ")["home_province"]["name"] == "ร้อยเอ็ด"


@pytest.mark.parametrize("text", ["อยากกลับบ้านหมอนัดวันจันทร์", "นอนศาลายาหมด"])
def test_a_need_run_on_after_a_place_word(text: str) -> None:
    assert parse_needs(text) == ["health"]


@pytest.mark.parametrize(("text", "urgent"), [
    # "cannot", then the urgency after a space (dev56: "หนูไปรับบ่ได้ ด่วนเจ้า")
    ("กลับบ้านบ่ได้ ด่วนค่ะ", True), ("ไปบ่ได้ ด่วนครับ", True), ("กลับไม่ได้ ด่วนค่ะ", True),
    ("บ่ได้ด่วน", False), ("ไม่ได้ด่วนค่ะ", False),
    # "can it?" before the urgency at the urgency question too
    ("ไปได้บ่ ด่วน", True), ("ไปได้ บ่ด่วน", False),
])
def test_cannot_then_urgent(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent
    assert BY_KEY["urgent"].parse(text, None) is urgent


def test_cannot_then_urgent_in_a_story() -> None:
    assert read_message("กลับบ้านบ่ได้ ด่วนมาก บ่มีตังค์")["urgent"] is True


def test_southern_no_in_the_travellers_answer() -> None:
    """dev68: the count with "หม้ายมีที่นอน" was read as a room kept."""
    assert said_urgency("ยายคนเดียว คืนนี้ยายนั่งอยู่ป้ายรถ หม้ายมีที่นอนจ้ะ ยายอายุ ๗๔ แล้ว") is True


@pytest.mark.parametrize(("text", "count"), [
    ("ไป 2 คนค่ะ เอ้ย 3 ทุ่มจะออก", 2), ("2 คน เอ้ย 3 ชั่วโมง", 2), ("2 คน เอ้ย 3 ค่ะ", 3),
])
def test_a_time_after_a_slip_is_no_count(text: str, count: int) -> None:
    assert BY_KEY["travellers"].parse(text, None) == count


@pytest.mark.parametrize(("text", "asks"), [
    ("ต้องไปตัดไหมคะ", True), ("อยากไปตัดไหมครับ", False), ("หมอนัดไปตัดไหม", False),
])
def test_going_to_have_stitches_out(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def test_isan_refusal_of_the_name() -> None:
    assert refuses_name("บ่อยากบอกชื่อ ขอโทษเด้อ") and refuses_name("บ่บอกชื่อได้บ่ 0956781234")


def test_a_question_at_the_at_home_check_is_answered(dialog: Dialog) -> None:
    chat = _at_home_asked(dialog)
    for question in ("ต้องใช้บัตรไหมคะ", "ได้เงินเท่าไหร่คะ", "กี่วันได้คะ"):
        said = chat.say(question)
        assert not said.effects and AT_HOME_ASK in said.replies[-1].text
        assert said.replies[0].text != said.replies[-1].text


def test_after_the_handoff_the_at_home_count_starts_again(dialog: Dialog) -> None:
    chat = _at_home_asked(dialog)
    for _ in range(3):
        chat.say("บ้านอยู่ปัว ห่างจากเมือง 60 กิโล")
    assert any(isinstance(e, RequestHandoff) for e in chat.last.effects)
    assert not chat.say("บ้านอยู่ปัว ห่างจากเมือง 60 กิโล").effects  # no second handoff at once


def test_a_no_at_the_at_home_check_opens_the_edit_menu(dialog: Dialog) -> None:
    chat = _at_home_asked(dialog)
    said = chat.say("บ่แม่นเจ้า")
    assert AT_HOME_ASK not in said.replies[-1].text and not said.effects


# --- the English layout --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a nickname typed with a comma: three letters shaped as an English syllable
    "mew,", "Mew,", "gib,", "gai,", "mik,", "sok,", "lob,", "gib'",
    "ชื่อ mew, ค่ะ", "หนูชื่อ mew, อายุ 19 ค่ะ",
])
def test_a_name_with_a_comma_stays_as_typed(text: str) -> None:
    assert layout_decoded(text) == text


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อ mew, ค่ะ", "mew"), ("ชื่อ gib, ค่ะ", "gib"), ("ชื่อ gai, ครับ", "gai"),
])
def test_a_name_with_a_comma_is_read_as_the_name(text: str, name: str) -> None:
    said = read_message(typed_in_thai(text))
    assert said.get("name") == name and "special_needs" not in said  # never เริม (herpes)


@pytest.mark.parametrize(("text", "want"), [
    ("pbopv,", "ยินยอม"), ("itpv'", "ระยอง"), ("w,j,u", "ไม่มี"), ("g'bo", "เงิน"),
    ("me'ko", "ทำงาน"), ("ohv'", "น้อง"), ("shv'", "ห้อง"), ("xit,'", "ประมง"),
])
def test_thai_typed_with_the_english_layout_still_read(text: str, want: str) -> None:
    assert layout_decoded(text) == want


# --- English illness words in Thai ---------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("ไม่ได้เป็น cancer ครับ", "ไม่ได้เป็นมะเร็งครับ"),
    ("พ่อไม่ได้เป็น diabetes ค่ะ", "พ่อไม่ได้เป็นเบาหวานค่ะ"),
    ("อยากได้ wheelchair", "อยากได้วีลแชร์"),
    # an English name or phrase: no illness of the writer
    ("หนูทำงานที่ Cancer Center ค่ะ", "หนูทำงานที่ Cancer Center ค่ะ"),
    ("พนักงาน diabetes clinic", "พนักงาน diabetes clinic"),
    ("หมอบอกว่า pre-diabetes", "หมอบอกว่า pre-diabetes"),
    ("ผมเป็น depression-free แล้ว", "ผมเป็น depression-free แล้ว"),
    ("เป็น cancer 2 ปีแล้ว", "เป็นมะเร็ง 2 ปีแล้ว"),
])
def test_english_illness_spelt_as_thai_is_typed(text: str, want: str) -> None:
    assert english_spelt(text) == want


@pytest.mark.parametrize(("text", "need"), [
    ("ไม่ได้เป็น cancer ครับ", None),  # denied: was read as sick
    ("พ่อไม่ได้เป็น diabetes ค่ะ", None),
    ("หนูทำงานที่ Cancer Center ค่ะ", None),
    ("ผมเป็นอาสา cancer foundation", None),
    ("อยากได้ wheelchair", "disabled"),  # as before the fix (read by the English word)
    ("ผมเป็น depression ครับ", "sick"),  # dev103
    ("แม่เป็น diabetes ค่ะ", "sick"),
])
def test_english_illness_care_need(text: str, need: str | None) -> None:
    said = read_message(typed_in_thai(text)).get("special_needs") or []
    assert said == ([need] if need else [])


# --- karaoke and Malay ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("tak betul", "ไม่ถูกต้อง"),  # not right: never ถูกต้อง, nor Tak the province
    ("tidak ada duit", "ไม่มีเงิน"), ("saya tiada duit nak balik", "saya ไม่มีเงินอยากกลับ"),
    ("takde duit nak balik", "ไม่มีเงินอยากกลับ"), ("xde duit", "ไม่มีเงิน"),
    ("mai mee ngern sue tua", "ไม่มีเงินซื้อตั๋ว"), ("mai mee kha tua", "ไม่มีค่าตั๋ว"),
    ("my name is sue, mai mee ngern", "my name is sue, ไม่มีเงิน"),
    ("หนูชื่อ chan อยู่ bkk ไม่มี tang", "หนูชื่อ chan อยู่ bkk ไม่มี tang"),
    # intended (dev103)
    ("nak balik Narathiwat tak ada duit", "อยากกลับ Narathiwat ไม่มีเงิน"),
    ("chan mai mee ngern", "ฉันไม่มีเงิน"), ("tak ada", "ไม่มี"),
])
def test_karaoke_and_malay_negations(text: str, want: str) -> None:
    assert typed_in_thai(text) == want


@pytest.mark.parametrize("text", [
    "saya tidak ada duit nak balik kampung", "tiada duit", "mai mee ngern sue tua glub baan",
])
def test_no_money_in_malay_or_karaoke_is_the_fare(text: str) -> None:
    assert read_message(typed_in_thai(text)).get("no_fare") is True


def test_malay_no_money_is_no_refusal(dialog: Dialog) -> None:
    # "tidak ada duit" spelt "tidak มีเงิน": read as no hardship, the help refused outright
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ยินยอม", "consent:yes")
    chat.say("saya tidak ada duit nak balik kampung")
    assert chat.state.data["answers"]["no_fare"] is True


def test_malay_not_right_is_no_province(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดีค่ะ")
    chat.say("ยินยอม", "consent:yes")
    chat.say("ไม่มีเงินกลับบ้านค่ะ มีบัตร คนเดียว")
    chat.say("tak betul, saya di Hat Yai")
    assert chat.state.data["answers"]["current_province"]["name"] == "สงขลา"


# --- names, counts, cards, letters ---------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อจริงบอกไม่ได้เรียกหนูว่าแอนค่ะ", "แอน"),  # "ไม่ได้" of the telling, not the calling
    ("ไม่มีใครโทรมาเรียก ผมชื่อเอก", "เอก"),
    ("หัวหน้าให้ไปรอไซต์ใหม่ก็ไม่มีเรียก ขึ้นรถสองแถวเข้าเมือง", None),  # dev106
])
def test_a_call_denied(text: str, name: str | None) -> None:
    assert read_message(text).get("name") == name


@pytest.mark.parametrize(("text", "count"), [
    ("มีเพื่อนสามคนรวมผมเป็นสี่", None),  # four, never three
    ("3 คนรวมผมครับ", 3), ("ไป 3 คนรวมผม", 3),
    ("ไอ้ต้อมมันจะอยู่ต่อ ไม่กลับ ที่เหลือสามคนรวมผมจะกลับ", 3),  # dev106
])
def test_a_count_with_me(text: str, count: int | None) -> None:
    assert read_message(text).get("travellers") == count


@pytest.mark.parametrize(("text", "card"), [
    ("กระเป๋าตังหาย บัตรประชาชนอยู่ในกระเป๋าเสื้อ", True),  # another pocket: had
    ("กระเป๋าเงินหายค่ะ บัตรหนูอยู่ในกระเป๋าเป้", True),
    ("ไม่ได้โดนขโมยหมดทั้งเงินทั้งบัตร แค่เงิน", None),
    ("กระเป๋าตังโดนล้วง บัตรประชาชนอยู่ในนั้นด้วย", False),  # dev106
    ("ของหายหมดเงินบัตรโทรศัพท์", False), ("โดนขโมยหมดทั้งเงินทั้งบัตร", False),
])
def test_a_card_lost_with_the_bag(text: str, card: bool | None) -> None:
    assert read_message(text).get("id_card") is card


@pytest.mark.parametrize(("text", "had"), [
    ("ผู้ใหญ่บ้านทำหนังสือรับรองให้เพื่อน ส่งไปรษณีย์มาถึงแล้ว", None),  # a friend's
    ("ทำหนังสือรับรองให้แม่ ส่งมาถึงแล้ว", None),
    ("ผู้ใหญ่ทำหนังสือรับรองให้ได้ไหม ส่งมาถึงแล้วจะได้ใช้", None),  # asked
    ("ผู้ใหญ่บ้านทำหนังสือรับรองให้ ส่งมาแล้วแต่ยังไม่ถึง", None),  # not come
    ("ผู้ใหญ่บ้านทำหนังสือรับรองให้ว่าผมเป็นคนไทย ส่งไปรษณีย์มาถึงเมื่อวานแล้ว", True),  # dev106
    ("กำนันออกหนังสือรับรองให้ ได้รับแล้วค่ะ", True),
])
def test_a_letter_come_by_post(text: str, had: bool | None) -> None:
    assert read_message(text).get("nationality_letter") is had


@pytest.mark.parametrize(("text", "fare"), [
    ("ค่ารถกลับบ้านนายจ้างออกค่ะ ไม่มีค่ะ", None),  # paid; "ไม่มีค่ะ" of something else
    ("ค่ารถกลับขอนแก่นพรุ่งนี้ไม่มีรถ", None),  # no bus
    ("ค่ารถกลับร้อยเอ็ดสามคนไม่มีจริงๆ", True),  # dev106
    ("ไม่เหลือค่ารถกลับบ้านเลยค่ะ", True),  # dev106
])
def test_the_fare_then_none(text: str, fare: bool | None) -> None:
    assert read_message(text).get("no_fare") is fare


# --- places --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "here", "home"), [
    ("กลับไปพักที่หอในชลบุรี", "ชลบุรี", None),  # a dorm: here, never home
    ("คืนนี้กลับไปพักที่โรงแรมในกรุงเทพ", "กรุงเทพมหานคร", None),
    ("กลับไปพักบ้านเพื่อนที่ชลบุรี", "ชลบุรี", None),
    ("อยากกลับไปพักให้ขาหายที่บ้านนครพนม", None, "นครพนม"),  # dev106
    ("อยากกลับไปพักที่อุดร", None, "อุดรธานี"),
])
def test_going_back_to_rest(text: str, here: str | None, home: str | None) -> None:
    said = read_message(text)
    assert (said.get("current_province") or {}).get("name") == here
    assert (said.get("home_province") or {}).get("name") == home


# --- the summary ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("ทำไมต้องบอกชื่อคะ แดงค่ะ 0812345678", None),  # a name apart from the question
    ("ทำไมต้องให้เบอร์ด้วย 0812345678 สมชาย", None),
    ("ต้องใช้ชื่อจริงไหมคะ 😳 0958812346", {"phone": "0958812346"}),  # dev103
])
def test_a_name_with_the_wary_question(text: str, want: dict[str, str] | None) -> None:
    assert question_at_contact(text) == want


@pytest.mark.parametrize(("text", "name"), [
    ("ทำไมต้องบอกชื่อคะ แดงค่ะ 0812345678", "แดง"),
    ("ทำไมต้องให้เบอร์ด้วย 0812345678 สมชาย", "สมชาย"),
])
def test_the_name_with_the_wary_question_sends(dialog: Dialog, text: str, name: str) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ยินยอม", "consent:yes")
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ อยู่นครปฐม จะกลับน่าน มีบัตรค่ะ")
    chat.say("คนเดียวค่ะ ยังมีที่นอนค่ะ นอนห้องเพื่อน ข้าวก็ยังมีกินค่ะ")
    result = chat.say(text)
    [effect] = result.effects
    assert effect.case["name"] == name  # type: ignore[attr-defined]
