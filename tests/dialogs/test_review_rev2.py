"""Side effects of the dev73-dev75 readings found in review 2: what the old reading got
right stays right ("ผมไม่ได้ รีบครับ" is not urgent, "อืม ไม่ละ" is no consent, "บัตรกับเงิน
ไม่หาย" loses no card, "ผมเป็นคนศรีสะเกษ ไม่ค่อยมีเงิน" is a home, "บ่แม่น อยู่ขอนแก่น" a fix,
"ชื่อโต๊ะครับ" a name, "ช่วยได้บ่ บอกแหน่" no refusal, "ไปกับเมียกับลูกคนเล็ก" three), and
the new readings still read. Then review rev2 of the dev104 (g B) and dev105 (g C) readings:
each harmful reading found by probing, now right, beside the readings those fixes were made
for, still right."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.after_needs import told_devices
from dialogs.answering import learned_beyond, place_answer
from dialogs.card_reader import read_id_card
from dialogs.care_denied import without_denied_illness
from dialogs.consent_preview import split_consent
from dialogs.consent_yes import unrelayed
from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.parse_phone_id import parse_phone
from dialogs.questions import is_question
from dialogs.readers import read_special, read_travellers
from dialogs.refusals import is_refusal, refuses_name
from dialogs.sign_order import verbs_last
from dialogs.slots import BY_KEY
from dialogs.travellers import people_and_ages
from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency
from dialogs.writer_place import for_another

from .test_engine import Chat


@pytest.mark.parametrize(("text", "urgent"), [
    # one's own "did not" before a space is no "cannot": not urgent, as before
    ("มันก็ไม่ได้ ด่วนขนาดนั้นค่ะ", False), ("ผมไม่ได้ รีบครับ ค่อยเป็นค่อยไป", False),
    ("หนูไม่ได้ ด่วนค่ะ มีที่นอน", False), ("ก็ไม่ได้ ด่วนอะไรครับ", False),
    # "cannot", then urgent (dev56) still urgent
    ("กลับบ้านบ่ได้ ด่วนค่ะ", True), ("ผมไปรับไม่ได้ ด่วนครับ", True), ("ไปเองไม่ได้ ด่วนค่ะ", True),
])
def test_did_not_then_urgency(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent
    assert said_urgency(text) is urgent


def test_did_not_then_urgency_in_a_story() -> None:
    assert read_message("หนูไม่ได้ ด่วนค่ะ มีที่นอน")["urgent"] is False


@pytest.mark.parametrize("text", ["1 หม้าย", "2 คน หม้ายค่ะ"])
def test_count_then_southern_no(text: str) -> None:
    assert said_urgency(text) is False


@pytest.mark.parametrize("text", ["อืม ไม่ละ", "อืม ไม่อะ", "เออ ไม่ล่ะ", "อืม ไม่หรอก", "อืม ไม่ครับผม",
                                  "อืม ไม่เข้าใจค่ะ", "เออ ไม่รู้จะตอบไง", "อืม งง", "เออ ไม่ยอม"])
def test_a_hesitation_then_no_is_no_yes(text: str) -> None:
    assert split_consent(text) == (None, "")


@pytest.mark.parametrize(("text", "rest"), [
    ("เออ ยอม มีอยู่", "มีอยู่"), ("เออ ไม่มีบัตร", "ไม่มีบัตร"), ("อืม ยังไม่มีบัตรค่ะ", "ยังไม่มีบัตรค่ะ"),
    ("อือ คนเดียวค่ะ", "คนเดียวค่ะ"), ("ยินยอมค่ะไม่ได้ทำงาน", "ไม่ได้ทำงาน"),
])
def test_a_yes_then_the_answer(text: str, rest: str) -> None:
    assert split_consent(text) == (True, rest)


def test_hmm_no_at_consent_is_no_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับอุดร")
    chat.say("อืม ไม่ละ")
    assert chat.state.name == st.CONSENT
    assert "id_card" not in (chat.state.data.get("answers") or {})


def test_relayed_acceptance() -> None:
    story = "มีลุงคนนึงนอนอยู่ป้ายรถเมล์ ผมพิมพ์แทนแก"
    assert unrelayed("ลุงแกยอมครับ", story, "ลุง") == "ยอมครับ"
    assert unrelayed("ลุงแกยอมรับครับ", story, "ลุง") == "ยอมรับครับ"
    assert unrelayed("ลุงแกยอมแพ้แล้วครับ", story, "ลุง") == "ลุงแกยอมแพ้แล้วครับ"


@pytest.mark.parametrize("text", ["บัตรกับเงินไม่หายค่ะ", "บัตรกับกระเป๋าไม่ได้หาย",
                                  "บัตรกับโทรศัพท์ยังไม่หาย", "บัตรกับเงินเกือบหาย",
                                  "บัตรกับเงินไม่เคยหาย", "บัตรกับเงินของแม่หาย"])
def test_card_and_money_not_lost(text: str) -> None:
    assert "id_card" not in read_message(text)
    assert BY_KEY["id_card"].parse(text, None) is None


@pytest.mark.parametrize("text", ["บัตรประชาชนกับเงินหายหมด", "บัตรกับกระเป๋าตังค์หายที่หมอชิต",
                                  "บปชกับเงินหายหมดเลยค่ะ", "บัตรกับโทรศัพท์โดนกระชาก"])
def test_card_lost_with_the_money(text: str) -> None:
    assert read_message(text)["id_card"] is False


def _place(text: str, key: str) -> str | None:
    place = read_message(text).get(key)
    return place["name"] if place else None


@pytest.mark.parametrize(("text", "home"), [
    # one's own people judged is still one's home
    ("ผมเป็นคนศรีสะเกษ ไม่ค่อยมีเงิน", "ศรีสะเกษ"), ("ยายเป็นคนร้อยเอ็ด ไม่ค่อยได้ยิน", "ร้อยเอ็ด"),
    ("ผมคนขอนแก่นไม่ค่อยรู้จักใครในกรุงเทพ", "ขอนแก่น"), ("หนูเป็นคนอุดรชอบทำงาน", "อุดรธานี"),
    ("ผมคนนครพนม ใจอยากกลับบ้านมาก", "นครพนม"),
    ("คนกรุงเทพใจร้าย", None), ("คนอีสานใจดี ผมเป็นคนโคราช", "นครราชสีมา"),
    # someone's house gone to is no home; the southern "ไปบ้าน" + the place is
    ("ไปบ้านญาติที่ชลบุรีแต่เขาไม่ให้อยู่", None), ("ไปบ้านพี่สาวที่ระยองมา ตอนนี้อยู่ชลบุรี", None),
    ("ไม่มีตังค์ไปบ้านหาดใหญ่", "สงขลา"), ("อยู่ภูเก็ต ไม่มีค่ารถไปบ้านยะลา", "ยะลา"),
    # a job wished for at home is home
    ("อยากกลับไปได้งานทำที่อุดร", "อุดรธานี"),
    # a bare "no", then a fix (northern, Isan, central)
    ("บ่ใจ้ ปิ๊กลำปาง", "ลำปาง"), ("บ้านไม่ใช่ลพบุรี สระบุรีค่ะ", "สระบุรี"),
])
def test_home(text: str, home: str | None) -> None:
    assert _place(text, "home_province") == home


@pytest.mark.parametrize(("text", "here"), [
    ("ได้งานใหม่ที่ชลบุรี แต่ยังไม่มีค่ารถไป", None), ("ไอ้ต้อมมันได้งานที่สมุยแล้ว", None),
    ("อยากกลับไปได้งานทำที่อุดร", None), ("ไม่ได้งานที่ชลบุรี จะกลับบ้านที่ยโสธร", None),
    ("มาได้งานที่ภูเก็ต แต่โดนโกง อยากกลับนครพนม", "ภูเก็ต"),
    ("พี่อยู่ระยอง มารับลูกที่โรงพยาบาลแล้วจะกลับอุดร", "ระยอง"), ("พี่อยู่เบตงค่ะ ไปรับหม้ายไหว", None),
    ("บ่แม่น อยู่ขอนแก่น", "ขอนแก่น"), ("บ่ใจ้ อยู่ลำปาง", "ลำปาง"), ("ไม่ใช่ อยู่ลำปาง", "ลำปาง"),
    ("ไม่ใช่อยู่ลำปาง อยู่ลำพูน", "ลำพูน"), ("ไม่ได้อยู่ระยองแล้ว", None),
])
def test_here(text: str, here: str | None) -> None:
    assert _place(text, "current_province") == here


@pytest.mark.parametrize(("text", "count"), [
    ("ไปกับเมียกับลูกคนเล็ก", 3), ("ไปกับลูกคนโตกับลูกคนเล็ก", 3), ("ไปกับแฟนกับลูกคนเล็กค่ะ", 3),
    ("ไปแค่หนูกับลูกคนเล็ก", 2), ("กลับบ้านพร้อมกับแม่", 2), ("ไปกับลูกคนเล็กค่ะ", 2),
])
def test_children_by_place_counted(text: str, count: int) -> None:
    assert BY_KEY["travellers"].parse(text, None) == count


@pytest.mark.parametrize(("text", "bare", "name"), [
    ("ชื่อโต๊ะครับ", False, "โต๊ะ"), ("ชื่อโต๊ะ 0812345678", False, "โต๊ะ"),
    ("สวัสดีค่ะ ชื่อโต๊ะค่ะ", False, "โต๊ะ"), ("ชื่อเล่นโต๊ะครับ", False, "โต๊ะ"),
    ("อาแซ สะมะแอ ค่ะ (ชื่อโต๊ะ)", True, "อาแซ สะมะแอ"), ("มาลี (ชื่อยาย)", True, "มาลี"),
])
def test_whose_name_only_after_a_name(text: str, bare: bool, name: str) -> None:
    assert extract_name(text, bare=bare) == name


def test_a_nickname_toh_in_a_story() -> None:
    assert read_message("ผมชื่อโต๊ะครับ อยู่หาดใหญ่").get("name") == "โต๊ะ"


@pytest.mark.parametrize(("text", "refused"), [
    ("ช่วยได้บ่ บอกแหน่", False), ("ต้องใช้บัตรบ่ บอกหน่อยครับ", False), ("ได้บ่ ตอบแน่เด้อ", False),
    ("ไปได้บ่บอกหน่อย", False), ("แม่นบ่ บอกแน่", False),
    ("บ่อยากบอกชื่อ", True), ("ข้อยบ่บอกชื่อเด้อ", True), ("บ่บอกชื่อได้บ่ 0956781234", True),
    ("บ่สะดวกบอก", True),
])
def test_isan_asking_then_tell_me(text: str, refused: bool) -> None:
    assert is_refusal(text) is refused


def test_isan_name_refusal() -> None:
    assert refuses_name("บ่อยากบอกชื่อ")


def test_asking_then_tell_me_keeps_the_question(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับอุดร")
    chat.say("ยินยอม", "consent:yes")
    chat.say("ช่วยได้บ่ บอกแหน่")
    assert "id_card" not in chat.state.data["answers"]


@pytest.mark.parametrize(("text", "asks"), [
    ("ต้องเสียตั้งหม้ายครับ หรือฟรี", True), ("ต้องจ่ายหม้ายค่ะ", True),
    ("ต้องจ่ายหนี้หม้ายหมด", False), ("ต้องจ่ายค่าห้องหม้ายครบ", False), ("ต้องเสียค่ารถหม้ายไหว", False),
])
def test_southern_must_pay(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(("text", "hiv"), [
    ("ยาต้านต่อทุกวัน", True), ("รับยาต้านไปโรงพยาบาลทุกเดือน", True), ("ยาต้านต่อมลูกหมาก", False),
])
def test_antiretrovirals_onward(text: str, hiv: bool) -> None:
    assert ("hiv" in parse_needs(text)) is hiv


# === review rev2 of dev104 (g B) and dev105 (g C) ===

KKN = {"code": "TH-40", "name": "ขอนแก่น"}


def _needs(text: str) -> set[str]:
    return set(read_message(text).get("special_needs") or ())


# --- a parent's or a spouse's age: never a sum given, owed or paid for them ---

@pytest.mark.parametrize("text", [
    "ค่ายาแม่ 90", "ติดหนี้แม่ 100", "เหลือเงินติดตัวแม่ 80", "แม่ 80 ตัง",
    "จ่ายค่าเช่าแทนแม่ 100", "ให้ลูกกับแม่ 100", "ค่ารถเมีย 80"])
def test_a_sum_beside_a_parent_is_no_age(text: str) -> None:
    assert "elderly" not in people_and_ages(text.replace(" ", ""))[1]


@pytest.mark.parametrize("text", [
    "พ่อ 68 ป่วย", "เมียผม 62 ป่วย", "แม่หนู 62 ค่ะ", "ผัว 64 ติดเตียง",
    "ไม่มีเงินพาแม่ 72 กลับบ้าน", "ยาย 75 หลาน 5 ขวบ"])
def test_a_parents_age_still_read(text: str) -> None:
    assert "elderly" in people_and_ages(text.replace(" ", ""))[1]


# --- sign-language order: only a province's own name, whole ---

@pytest.mark.parametrize("text", ["ตากลับ อยู่ ค่ะ", "แพร่ง อยู่ ที่", "จอบ อยู่ ที่ บ้าน",
                                  "เชียงใหม่ อยู่ ไกล", "อุดร กลับ ไม่ ได้"])
def test_no_province_from_a_word_it_begins_or_sounds_like(text: str) -> None:
    assert verbs_last(text) == text


@pytest.mark.parametrize(("text", "said"), [
    ("ตาก อยู่ ค่ะ", "อยู่ตาก ค่ะ"), ("กทม. อยู่ ค่ะ", "อยู่กทม. ค่ะ"),
    ("บ้าน ร้อยเอ็ด กลับ อยาก", "บ้าน อยากกลับร้อยเอ็ด")])
def test_a_province_told_verb_last_still_read(text: str, said: str) -> None:
    assert verbs_last(text) == said


# --- paralysis told as an illness: of the one paralysed, never another's illness ---

@pytest.mark.parametrize("text", [
    "พ่อเป็นอัมพาต แม่ป่วยเป็นเบาหวาน", "ผมเป็นอัมพาตครึ่งตัว ลูกป่วย",
    "พ่อเป็นอัมพาตนอนติดเตียง เมียผมก็ป่วย", "แม่อัมพฤกษ์ ลูกป่วยไม่สบาย",
    "ผมเป็นอัมพาตมา 10 ปีแล้ว ช่วงนี้ป่วยเป็นไข้",
    "พ่อเป็นอัมพาต ผมไม่ได้พิการ", "พ่อเป็นอัมพาต ลูกผมไม่ได้พิการ แค่พูดช้า",
    "หนูไม่ได้พิการนะคะ แม่เป็นอัมพาตค่ะ"])
def test_another_persons_illness_or_denial_keeps_the_disability(text: str) -> None:
    assert "disabled" in _needs(text)


@pytest.mark.parametrize("text", [
    "พ่อ 68 ป่วยเป็นอัมพฤกษ์ แขนขาขวาอ่อนแรง เดินต้องมีคนพยุง แม่ 63 ค่ะ พ่อไม่ได้พิการนะคะ",
    "อายุ61 เปนอัมพฤกษ์ ยังป่วยอยู่", "พ่อเป็นอัมพาตครึ่งซีก ไม่ได้เป็นคนพิการค่ะ",
    "พ่อเป็นอัมพาต พ่อไม่ได้พิการ"])
def test_paralysis_told_as_an_illness_still_sick(text: str) -> None:
    assert "sick" in _needs(text) and "disabled" not in _needs(text)


# --- an illness denied now: the writer's, never someone else's ---

ALONE = {"special_needs": ["sick"], "travellers": 1}


@pytest.mark.parametrize("text", [
    "แม่ไม่ได้ป่วยอะไร", "เพื่อนที่มาด้วยไม่ป่วยค่ะ", "ลูกชายไม่ได้ป่วยครับ เขาไม่ได้มาด้วย"])
def test_anothers_illness_denied_keeps_sick(text: str) -> None:
    assert without_denied_illness(text, ALONE)["special_needs"] == ["sick"]


@pytest.mark.parametrize("text", ["ไม่ได้ป่วยเลย", "ผมไม่ได้ป่วยแล้วครับ", "หายป่วยแล้วครับ"])
def test_the_writers_illness_denied_drops_sick(text: str) -> None:
    assert without_denied_illness(text, ALONE)["special_needs"] == []


# --- a card answer changed after a second thought: the writer's own card only ---

@pytest.mark.parametrize(("text", "card"), [
    ("มีเจ้า อุ๊ย บ่มี", None),  # northern: grandpa has none
    ("มีครับ เดี๋ยวนะครับ ไม่มีครับ ของพ่อ", None),  # the father's card
    ("ของผมมีครับ อ๋อ เมียไม่มี", None),
    # the writer's own answer changed
    ("ไม่มีครับ... เดี๋ยวนะครับ มีครับ อยู่ในช่องลับกระเป๋าตังค์", True),
    ("มีค่ะ อุ๊ย ไม่มีค่ะ", False),
    ("มีค่ะ เอ้ย ไม่มีค่ะ หายไปแล้ว", False)])
def test_card_changed_by_the_writer_only(text: str, card: bool | None) -> None:
    assert read_id_card(text, None) is card


# --- a care answer narrowed: the rest told before the second thought is kept ---

def test_narrowed_care_answer_keeps_what_else_was_told() -> None:
    text = "คืนนี้ไม่มีที่นอนค่ะ แม่อายุ 70 ลูก 2 ขวบ เดี๋ยวนะ แม่ไม่ไปแล้ว ไปแค่ฉันกับลูก"
    said = learned_beyond(BY_KEY["special_needs"], text, {"travellers": 3})
    assert said.get("urgent") is True and said.get("no_shelter") is True
    assert "elderly" not in (said.get("special_needs") or ())
    dev105 = ("แม่อายุ 68 ค่ะ... เอ้อ เดี๋ยวนะคะ แม่เพิ่งบอกว่าไม่กลับแล้ว จะอยู่กับน้าที่นี่ต่อ "
              "งั้นไปแค่สองคนค่ะ ฉันกับลูกสี่ขวบ")
    assert learned_beyond(BY_KEY["special_needs"], dev105, {"travellers": 3}).get(
        "special_needs") == ["child"]


def test_a_need_told_again_is_no_narrowing() -> None:
    text = "แม่ป่วยติดเตียง เดี๋ยวนะ ไม่ใช่ติดเตียง แค่เดินไม่ค่อยได้"
    assert "sick" in (read_special(text, None) or [])
    assert read_special("ลูกป่วยค่ะ เดี๋ยวนะคะ ไม่ใช่ค่ะ", None) == []  # all taken back


# --- a phone replaced: never by a relative's, nor by one to try if the first fails ---

@pytest.mark.parametrize("text", [
    "เบอร์ผม 0812345678 ซิมเสียบ่อย ถ้าโทรไม่ติดโทรหาเมีย 0898765432",
    "0812345678 เบอร์ผมเองครับ ไม่ใช่ เบอร์แม่ แม่ 0898765432",
    "0812345678 เบอร์หนูค่ะ มือถือแม่ใช้ไม่ได้แล้ว ถ้าจะติดต่อแม่โทรหาน้า 0898765432",
    "เบอร์ผม 0812345678 ครับ แม่ไม่ได้ใช้แล้ว เบอร์เก่าแม่ 0898765432",
    "0812345678 เบอร์หนูค่ะ ส่วนแม่ซิมหาย ติดต่อผ่านพี่สาว 0898765432",
    "เบอร์ของหนู 0812345678 ค่ะ เบอร์แม่ปิดเบอร์ไปแล้ว เบอร์พี่ 0898765432",
    "เบอร์ผม 0812345678 เบอร์นี้เก่าแล้วแต่ยังใช้อยู่ เบอร์เมีย 0898765432",
    "0812345678 ของผม ไม่ใช่ ของนายจ้าง นายจ้าง 0898765432"])
def test_the_writers_number_kept(text: str) -> None:
    assert parse_phone(text) == "0812345678"


@pytest.mark.parametrize("text", [
    "0812223344 อ๊ะ ไม่ใช่ค่ะ นั่นเบอร์เก่า ซิมหายไปแล้ว ใช้ 0956671208 นะคะ",  # dev105
    "0812223344 เบอร์นี้ของแม่ ไม่ใช่ ของหนู ของหนู 0956671208"])
def test_a_number_replaced_still_read(text: str) -> None:
    assert parse_phone(text) == "0956671208"


# --- one meal missed, said bare, is no hunger now; with "ก็" or "เลย" it is ---

@pytest.mark.parametrize("text", [
    "มื้อเช้าไม่ได้กินค่ะ เพิ่งตื่น", "มื้อเที่ยงยังไม่ได้กิน รอกินพร้อมลูก",
    "มื้อเช้าไม่ได้กิน เพราะต้องเจาะเลือด"])
def test_one_meal_missed_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is not True
    assert read_message(text).get("urgent") is not True


@pytest.mark.parametrize("text", [
    "มีห้องพักค่ะ แต่มื้อเช้าก็ยังไม่ได้กิน", "มีห้องพักค่ะ แต่มื้อเช้ายังไม่ได้กินเลย",
    "คืนนี้ยังมีห้องนอนค่ะ แต่ข้าววันนี้ไม่มีกินแล้ว"])
def test_meals_missed_still_urgent(text: str) -> None:
    assert read_urgent(text, None) is True


# --- the home question answered with the place one is in: home unless said as now ---

@pytest.mark.parametrize("text", ["อยู่ขอนแก่นค่ะ", "ก็อยู่ขอนแก่นนี่แหละค่ะ", "ผมอยู่ขอนแก่นครับ",
                                  "เกิดที่ขอนแก่นค่ะ ตอนนี้ก็อยู่ขอนแก่น", "อยู่ขอนแก่นมาตลอดค่ะ"])
def test_home_where_one_is(text: str) -> None:
    assert place_answer(BY_KEY["home_province"], text, {}, {"current_province": KKN}) == KKN


def test_where_one_sleeps_now_is_no_home() -> None:
    text = "ตอนนี้ป้านอนวัดแถวบางนาจ้ะ หลวงพี่ให้อาศัย มีข้าวก้นบาตรให้กิน"  # dev105
    bkk = {"code": "TH-10", "name": "กรุงเทพมหานคร"}
    assert place_answer(BY_KEY["home_province"], text, {}, {"current_province": bkk}) is None


# --- places: another's house; the fare to a funeral ---

@pytest.mark.parametrize(("text", "here"), [
    ("ผมอาศัยบ้านคนอื่นอยู่ที่ระยอง", "ระยอง"), ("ตอนนี้เช่าห้องคนอื่นอยู่ระยอง", "ระยอง"),
    ("ไม่อยากรบกวนคนอื่นอยู่ระยองคนเดียว", "ระยอง"),
    ("คนอื่นอยู่ชลบุรีค่ะ หนูอยู่ระยอง", "ระยอง")])
def test_someone_elses_house_is_where_one_is(text: str, here: str) -> None:
    assert _place(text, "current_province") == here


@pytest.mark.parametrize("text", [
    "ขอค่ารถไปงานศพแม่ที่อุบลค่ะ", "อยากได้ค่ารถไปงานศพพ่อที่ศรีสะเกษค่ะ",
    "ไม่มีเงินไปงานศพแม่ที่สกลนคร", "ไม่ได้ไปงานศพที่อุบลค่ะ ไม่มีค่ารถ"])
def test_a_funeral_not_yet_reached_is_not_where_one_is(text: str) -> None:
    assert _place(text, "current_province") is None


def test_a_funeral_gone_to_still_where_one_is() -> None:
    text = "ตากับยายผมไปงานศพญาติที่ท่าม่วง กาญจนบุรี เงินค่ารถขากลับโดนขโมยไปในงาน"  # dev104
    assert _place(text, "current_province") == "กาญจนบุรี"
    assert _place("ผมไปงานบวชน้องที่สุรินทร์ ตอนนี้ไม่มีค่ารถกลับระยอง", "current_province") == (
        "สุรินทร์")


# --- the place to sleep named first: never what a room lacks; an eviction to come ---

@pytest.mark.parametrize("text", [
    "ที่พักไม่มีสัญญาณ", "ที่พักไม่มีเตียงต้องนอนพื้น", "ที่พักไม่มีปลั๊ก", "ที่นอนไม่มีผ้าปู",
    "ได้ห้องแล้วแต่ที่นอนไม่มี", "ห้องเช่าเจ้าของให้ออกสิ้นเดือนนี้",
    "ห้องเช่าเจ้าของไล่ให้ออกภายในอาทิตย์หน้า"])
def test_no_roof_not_read(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True


@pytest.mark.parametrize("text", [
    "ที่ นอน ไม่มี เงิน ไม่มี ค่า รถ ไม่มี", "ที่นอนก็ไม่มี", "ที่พักยังไม่มีเลยค่ะ",
    "ที่นอนก็ไม่มี ลูกก็หิว", "ที่พักไม่มี ต้องนอนข้างถนน", "ห้อง เช่า เจ้าของ ไล่ วันนี้",
    "ค้างค่าห้อง เจ้าของให้ออกพรุ่งนี้"])  # (dev89: tomorrow is soon enough)
def test_no_roof_still_read(text: str) -> None:
    assert read_message(text).get("no_shelter") is True


# --- both parents: their trip, never the writer's own plight ---

@pytest.mark.parametrize("text", [
    "พ่อแม่ไม่มีเงินส่งให้ ผมติดอยู่กรุงเทพ", "พ่อแม่บ่มีแล้ว ข้อยติดอยู่ขอนแก่น",
    "ตายายไม่มีใครดูแล ผมต้องกลับไปดูแล ผมอยู่ระยอง",
    "พ่อแม่ไม่มีค่ารถ ผมเองก็ตกงานครับ จะกลับไปด้วย",
    "พ่อแม่ผมอยากกลับบ้าน เราสามคนติดอยู่ที่ชลบุรี"])
def test_the_writers_own_plight_is_not_for_others(text: str) -> None:
    assert not for_another(text)


def test_both_parents_trip_still_for_them() -> None:
    assert for_another("พ่อแม่ผมไม่มีค่ารถกลับบ้านครับ")
    assert for_another("ตอนนี้พ่อกับแม่อยากกลับบ้านที่ศรีสะเกษ แต่เงินหมดไปกับค่ารักษาค่ะ")


# --- น่าน voice-typed: never "long" with a word after it ---

def test_long_is_no_nan() -> None:
    assert read_message("อยู่บ้านอยู่นาน ไม่ได้ออกไปไหน").get("current_province") is None
    assert _place("จะกลับบ้านที่นานครับไม่มีค่าตัวรถ", "home_province") == "น่าน"


# --- the disabled family's aid: the wish said last, never another wish ---

@pytest.mark.parametrize(("text", "asked"), [
    ("ครอบครัวคนพิการได้รับเงินช่วย 3000 แล้ว ต้องการแค่ค่ารถ", False),
    ("บ้านคนพิการที่อยู่ข้างๆ ได้เงินช่วย ขอค่ารถกลับบ้าน", False),
    ("ได้ยินว่าครอบครัวคนพิการที่เดือดร้อนมีเงินช่วยครั้งละ 3,000 อยากขอค่ะ", True)])
def test_the_family_aid_wished_last(text: str, asked: bool) -> None:
    assert ("disability_family_aid" in told_devices(text, None)) is asked


# --- a count changed after a second thought: never one of them, nor a trip once made ---

@pytest.mark.parametrize(("text", "count"), [
    ("สามคนค่ะ อ๋อ คนเดียวค่ะที่ป่วย", 3), ("3 คนครับ อ้อ ผมเคยไปคนเดียวแล้ว", 3),
    ("2 คนค่ะ อ๋อ ไม่ใช่ค่ะ คนเดียว แฟนไม่ไปแล้ว", 1)])  # dev105's reading kept
def test_count_after_a_mark(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


# --- a place said bare after a slip is the one meant, not one spoken of again ---

def test_a_bare_place_after_a_slip_keeps_home() -> None:
    text = "จะกลับบ้านสุรินทร์ครับ ตอนนี้อยู่ระยอง เอ้ย สุรินทร์ครับ"
    assert _place(text, "home_province") == "สุรินทร์"
    text = ("ติดอยู่ที่ขอนแก่นค่ะ ไม่มีค่ารถกลับบ้านร้อยเอ็ด เอ้ย ไม่ใช่ค่ะ ขอนแก่นคือที่ทำงานเก่า "
            "ออกมาตั้งแต่เดือนก่อน ตอนนี้อยู่ในเมืองร้อยเอ็ดแล้ว")  # dev105
    assert (_place(text, "current_province"), _place(text, "home_province")) == (
        "ร้อยเอ็ด", "ร้อยเอ็ด")
