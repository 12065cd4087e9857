"""The dev104 readings of group gB: elders, stroke and dementia, amputees, deaf and blind
writers (sign-language word order, voice typing), carers writing for a parent: a parent's
age said beside an illness, paralysis told as an illness or a disability denied, an
illness denied now, the cards of those written for, the place to sleep named before its
lack, places told verb-last, a family's rite as where one is, the family aid asked last."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs import state as st
from dialogs.after_needs import told_devices
from dialogs.card_reader import read_id_card
from dialogs.care_denied import without_denied_illness
from dialogs.consent_preview import split_consent
from dialogs.engine import Dialog
from dialogs.readers import read_special
from dialogs.sign_order import verbs_last
from dialogs.slots import BY_KEY
from dialogs.understand import read_message
from dialogs.writer_place import for_another, own_place, without_writer

from .test_engine import Chat


def _care(text: str) -> set[str]:
    return set(read_message(text).get("special_needs") or ())


def _places(text: str) -> tuple[str | None, str | None]:
    said = read_message(text)
    here: dict[str, Any] = said.get("current_province") or {}
    home: dict[str, Any] = said.get("home_province") or {}
    return here.get("name"), home.get("name")


# --- a parent's or a spouse's age beside an illness; an age just reached (dev104) ---

@pytest.mark.parametrize("text", [
    # dev104: the daughter for her stroke father
    "พ่อ 68 ป่วยเป็นอัมพฤกษ์ แขนขาขวาอ่อนแรง เดินต้องมีคนพยุง แม่ 63 ค่ะ พ่อไม่ได้พิการนะคะ"
    " หมอว่าทำกายภาพแล้วจะดีขึ้น",
    "เพิ่งอายุครบ 60 เมื่อเดือนที่แล้วคะ ป่วยเป็นเบาหวาน แผลที่เท้ายังไม่หาย",  # dev104
    "ผัว 63 เป็นอัมพฤกษ์ ยังป่วยอยู่",  # dev104, the cane cutter's wife
    "พ่อผม 70 ป่วยเป็นเบาหวาน",
    "แม่ 72 ความดันสูงค่ะ",
    "อายุเต็ม 65 แล้ว ไม่สบาย",
])
def test_an_elders_age_beside_an_illness(text: str) -> None:
    assert {"elderly", "sick"} <= _care(text)


@pytest.mark.parametrize("text", [
    "ให้แม่ 80 ไปแล้ว ป่วยอยู่",  # a sum given
    "บ้านแม่ 88 หมู่ 3 ป่วย",  # a house
    "แม่ 45 ป่วย",
    "อายุจะ 60 แล้ว ป่วย",  # not yet
    "ยืมแม่ 100 ค่ะ ป่วย",
])
def test_no_elder_from_a_sum_a_house_or_a_younger_age(text: str) -> None:
    assert "elderly" not in _care(text)


def test_a_list_of_counts_is_no_age() -> None:
    assert "elderly" not in _care("แม่ 66 พ่อ 2 คน")


def test_roi_et_after_a_spouse_is_no_age() -> None:  # review of dev34: "ร้อยเอ็ด" is 101
    assert "elderly" not in _care("มีครับ ทั้งผมทั้งเมีย ร้อยเอ็ด อำเภอเสลภูมิเด้อครับ")
    assert "elderly" not in _care("ยายร้อยเอ็ดค่ะ")


# --- paralysis told as an illness, or a disability denied: sick, not disabled (dev104) ---

@pytest.mark.parametrize("text", [
    "พ่อ 68 ป่วยเป็นอัมพฤกษ์ แขนขาขวาอ่อนแรง เดินต้องมีคนพยุง แม่ 63 ค่ะ พ่อไม่ได้พิการนะคะ",  # dev104
    "อายุ61 เปนอัมพฤกษ์ ยังป่วยอยู่",  # dev104, the southern stroke survivor
    "สูงอายุ ป่วยอัมพฤกษ์ซีกซ้าย ช่วยเหลือตัวเองได้น้อยค่ะ",
    "อายุ72 เพิ่งเป็นอัมพฤกษ์ ยังป่วยอยู่ต้องกินยาต่อเนื่อง",
    "พ่อเป็นอัมพาตครึ่งซีก ไม่ได้เป็นคนพิการค่ะ",
])
def test_paralysis_as_an_illness_is_sick(text: str) -> None:
    care = _care(text)
    assert "sick" in care
    assert "disabled" not in care


@pytest.mark.parametrize("text", [
    "เป็นอัมพฤกษ์",
    "อัมพฤก ครึ่งซีก",
    "ผมเปนอำพรึก พิมมือซ้ายนะ ช้า",  # dev104: misspelt, typed with the left hand
    "ผู้สูงอายุ ป่วยอัมพฤกษ์ นั่งรถเข็นค่ะ",  # a wheelchair: disabled all the same
    "ผมอายุ 63 ครับ เป็นอัมพฤกษ์ซีกซ้าย ทำบัตรคนพิการแล้ว",  # a disability card
    "พ่อเป็นอัมพฤกษ์ ไม่ได้ป่วยอะไร",  # no illness said
    "ตาบอด ไม่ได้พิการทางอื่น",
])
def test_paralysis_or_a_disability_named_stays_disabled(text: str) -> None:
    assert "disabled" in _care(text)


def test_a_disability_denied_at_length_is_none() -> None:
    assert "disabled" not in _care("ไม่ได้เป็นคนพิการค่ะ")
    assert "disabled" in _care("เป็นคนพิการค่ะ")


def test_paralysis_denied_is_nothing() -> None:
    assert "disabled" not in _care("ไม่ได้เป็นอัมพฤก")
    assert "disabled" not in _care("ไม่ได้เป็นอำพรึก")


# --- an illness denied now, by one alone: the sickness read before goes (dev104) ---

ALONE = {"special_needs": ["disabled", "sick"], "travellers": 1}


@pytest.mark.parametrize("text", [
    "ขาขาดข้างนึง นั่งวีลแชร์ค่ะ แผลหายแล้ว หมอให้กลับบ้านได้ ไม่ได้ป่วยแล้ว",  # dev104
    "ไม่ได้ป่วยอะไรค่ะ",
    "บ่ได้ป่วยหยัง",
    "หายป่วยแล้วครับ",
])
def test_an_illness_denied_now_drops_sick(text: str) -> None:
    assert without_denied_illness(text, ALONE)["special_needs"] == ["disabled"]


@pytest.mark.parametrize("text", [
    "ไม่ได้ป่วยหนัก",  # ill, not badly
    "ไม่ได้ป่วยแล้ว แต่ยังต้องกินยาความดัน",
    "ไม่ได้ป่วยแล้วค่ะ ยังปวดหลังอยู่",  # an illness told with it
    "ไม่ป่วยบ่อย",
    "ป่วยอยู่",
])
def test_an_illness_still_told_keeps_sick(text: str) -> None:
    assert "sick" in without_denied_illness(text, ALONE)["special_needs"]


def test_a_group_keeps_sick() -> None:
    group = {"special_needs": ["elderly", "sick"], "travellers": 2}
    assert without_denied_illness("ยายไม่ได้ป่วยอะไร", group) == group


# --- the cards of those who go: taken along, named first (dev104) ---

@pytest.mark.parametrize(("text", "has"), [
    ("ตากับยายพกบัตรประชาชนไปทั้งคู่ครับ", True),  # dev104
    ("ยายพกบัตรมาด้วยค่ะ", True),
    ("บัตร ประชาชน มี สอง คน", True),  # dev104, a deaf couple
    ("บัตรประชาชนมีทั้งสองคน", True),
    ("บัตร มี ทั้ง คู่", True),
    ("บัตรประชาชนไม่มีทั้งสองคน", False),
    ("บัตรคนพิการมีสองคน", None),  # another card
])
def test_cards_taken_along_or_named_first(text: str, has: bool | None) -> None:
    assert read_id_card(text, None) is has


# --- a story of both parents or grandparents: written for others (dev104) ---

@pytest.mark.parametrize("text", [
    "ตอนนี้พ่อกับแม่อยากกลับบ้านที่ศรีสะเกษ แต่เงินหมดไปกับค่ารักษาค่ะ หนูเองเงินเดือนก็ไม่พอ",
    "ตากับยายผมไปงานศพญาติที่ท่าม่วง กาญจนบุรี เงินค่ารถขากลับโดนขโมยไปในงาน",
    "พ่อแม่ผมไม่มีค่ารถกลับบ้านครับ",
])
def test_both_parents_trip_is_written_for_them(text: str) -> None:
    assert for_another(text)


@pytest.mark.parametrize("text", [
    "พ่อแม่อยากกลับบ้าน หนูก็อยากกลับด้วย",
    "พ่อกับแม่ไม่มีค่ารถ หนูก็ไม่มีเงิน",
    "ผมกับพ่อแม่อยากกลับบ้าน",
    "อยากพาพ่อแม่กลับบ้าน พ่อแม่อยากกลับ",
    "อยากพาตายายกลับบ้าน ตายายไม่มีค่ารถ",
])
def test_the_writer_going_too_is_not_for_others(text: str) -> None:
    assert not for_another(text)


def test_the_writers_job_is_the_writers_place() -> None:
    text = "บ้านตายายอยู่ลำพูนครับ ผมทำงานกรุงเทพ เพิ่งโดนเลิกจ้าง ไม่มีเงินส่งไปให้เลย"
    assert own_place(text) == ("current_province", "TH-10")
    assert "กรุงเทพ" not in without_writer(text, {"for_another": True})


def test_the_card_of_parents_answered_with_the_yes(dialog: Dialog) -> None:
    chat = Chat(dialog)  # dev104: asked three times, then skipped
    chat.say("รบกวนสอบถามค่ะ พ่อหนูมาเยี่ยมที่ระยอง แล้วเส้นเลือดในสมองตีบ นอนโรงพยาบาลไป10วัน")
    chat.say("ตอนนี้พ่อกับแม่อยากกลับบ้านที่ศรีสะเกษ แต่เงินหมดไปกับค่ารักษาค่ะ หนูเองเงินเดือนก็ไม่พอ")
    chat.say("ยินยอมค่ะ พ่อกับแม่มีบัตรประชาชนทั้งคู่ค่ะ")
    assert chat.state.name == st.ASK
    assert chat.state.data["answers"]["id_card"] is True


# --- a family's rite is where one is; the writer's job is not (dev104) ---

def test_gone_to_a_funeral_is_where_one_is() -> None:
    assert _places("ตากับยายผมไปงานศพญาติที่ท่าม่วง กาญจนบุรี เงินค่ารถขากลับโดนขโมยไปในงาน")[0] == (
        "กาญจนบุรี")
    assert _places("ไปงานบวชหลานที่สุรินทร์มา ตอนนี้กลับบ้านไม่ได้")[0] == "สุรินทร์"


def test_a_rite_to_come_or_another_place_now_is_not() -> None:
    assert _places("จะไปงานบวชที่อุบล")[0] is None
    assert _places("ไปงานศพพ่อที่อุบล ตอนนี้อยู่ขอนแก่น")[0] == "ขอนแก่น"


# --- the place to sleep named before its lack; the landlord's eviction (dev104) ---

@pytest.mark.parametrize(("text", "troubles"), [
    ("ที่ นอน ไม่มี เงิน ไม่มี ค่า รถ ไม่มี", {"no_shelter", "no_food", "no_fare"}),  # dev104
    ("ค่า รถ ไม่มี ที่ นอน ไม่มี", {"no_shelter", "no_fare"}),  # dev104
    ("ที่ นอน ไม่มี ค่า รถ ทัวร์ ไม่มี", {"no_shelter", "no_fare"}),
    ("ที่นอนไม่มี ข้าวก็ไม่มี", {"no_shelter", "no_food"}),
    ("ห้อง เช่า เจ้าของ ไล่ วันนี้ เงิน จ่าย ไม่มี", {"no_shelter"}),  # dev104
    ("คืนนี้ นอน ที่ไหน ไม่ รู้", {"no_shelter"}),  # dev104
    ("ที่นอนก็ไม่มี", {"no_shelter"}),
    ("ที่พักยังไม่มีเลยค่ะ", {"no_shelter"}),
    ("คืนนี้จะนอนที่ไหนก็ไม่รู้", {"no_shelter"}),
])
def test_the_lack_said_after_the_thing(text: str, troubles: set[str]) -> None:
    said = BY_KEY["hardship"].parse(text, None) or {}
    assert {k for k, v in said.items() if v is True} == troubles


@pytest.mark.parametrize("text", [
    "ที่พักไม่มีแอร์",
    "ยังมีที่พักไม่มีปัญหา",
    "มีที่นอนไม่มีข้าว",
    "มีที่พักไม่มีเงิน",
    "มีที่พักไม่มีค่าเช่า",
    "ที่พักไม่มีค่าใช้จ่าย",
    "เจ้าของห้องขู่ว่าถ้าไม่จ่ายจะไล่",
    "ห้องเช่าเจ้าของจะไล่ถ้าไม่จ่าย",
])
def test_no_roof_lack_read_from_what_a_room_lacks(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True


@pytest.mark.parametrize("text", [
    "คืนนี้ ที่ นอน ไม่มี",  # dev104, asked twice then skipped
    "คืนนี้ที่พักยังไม่มีเลย",
    "คืนนี้ นอน ที่ไหน ไม่ รู้",
])
def test_no_roof_tonight_named_first_is_urgent(text: str) -> None:
    assert BY_KEY["urgent"].parse(text, None) is True


def test_no_roof_without_tonight_is_not_urgent_by_itself() -> None:
    assert read_message("ที่นอนไม่มี").get("urgent") is None


# --- places told verb-last, as deaf writers sign them (dev104) ---

@pytest.mark.parametrize(("text", "places"), [
    ("ฉัน ท้อง 7 เดือน บ้าน สุรินทร์ กลับ อยาก", (None, "สุรินทร์")),  # dev104
    ("ตรัง กลับ อยาก เงิน พอ ไม่", (None, "ตรัง")),  # dev104
    ("บ้าน ร้อยเอ็ด กลับ อยาก ค่า รถ ไม่มี", (None, "ร้อยเอ็ด")),  # dev104
    ("ผม หูหนวก แม่ ผม แก่ ภูเก็ต อยู่ งาน โรงแรม ซักผ้า หมด แล้ว", ("ภูเก็ต", None)),  # dev104
])
def test_places_told_verb_last(text: str, places: tuple[str | None, str | None]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize("text", [
    "อยู่ เชียงใหม่ กลับ อยาก",  # a cue before: Thai order already
    "ภูเก็ต อยู่ ไกล",  # far away
    "สุรินทร์ กลับ ไม่ ได้",  # no wish said: left as it is
    "เลย กลับ อยาก",  # "at all", never Loei
])
def test_no_verb_last_place_without_the_whole_order(text: str) -> None:
    assert verbs_last(text) == text


# --- a homophone of voice typing: น่าน typed "นาน" after a word of home (dev104) ---

def test_nan_voice_typed_after_home() -> None:
    text = ("สวัสดีครับผมตาบอดพิมพ์ด้วยเสียงนะครับร้านนวดที่ผมทำอยู่เชียงใหม่ปิดไปแล้วตอนนี้ไม่มีงาน"
            "ไม่มีเงินจะกลับบ้านที่นานครับไม่มีค่าตัวรถ")
    assert _places(text) == ("เชียงใหม่", "น่าน")
    assert _places("บ้านอยู่จังหวัดนานครับ")[1] == "น่าน"


@pytest.mark.parametrize("text", ["อยู่บ้านที่นานแล้ว", "รอนานครับ", "บ้านอยู่นานๆ ทีจะกลับ"])
def test_nan_is_long_otherwise(text: str) -> None:
    assert "home_province" not in read_message(text)


# --- the family aid named first, asked for last (dev104) ---

@pytest.mark.parametrize(("text", "asked"), [
    ("ได้ยินว่าครอบครัวคนพิการที่เดือดร้อนมีเงินช่วยครั้งละ 3,000 อยากขอค่ะ", True),  # dev104
    ("อยากขอเงินช่วยครอบครัวคนพิการคะ", True),
    ("ครอบครัวคนพิการมีเงินช่วยไหมคะ", False),  # a question
    ("ครอบครัวคนพิการได้เงินช่วยแล้ว ไม่อยากขออะไรเพิ่ม", False),
    ("ครอบครัวคนพิการค่ะ", False),
])
def test_the_family_aid_asked_for(text: str, asked: bool) -> None:
    assert ("disability_family_aid" in told_devices(text, None)) is asked


# --- the yes to consent said twice, then the answer (dev104) ---

@pytest.mark.parametrize(("text", "rest"), [
    ("ยินยอมค่ะ ยินยอมๆ มีทั้งหนูทั้งแม่ค่ะ", "มีทั้งหนูทั้งแม่ค่ะ"),  # dev104
    ("ยินยอม ยินยอม มีค่ะ", "มีค่ะ"),
    ("ยินยอมค่ะ ยินยอมค่ะ มีครับ", "มีครับ"),
    ("ยินยอมค่ะ มีทั้งหนูทั้งแม่ค่ะ", "มีทั้งหนูทั้งแม่ค่ะ"),
])
def test_the_yes_said_twice(text: str, rest: str) -> None:
    assert split_consent(text) == (True, rest)


def test_the_yes_then_a_no_is_left_as_it_was() -> None:
    assert split_consent("ยินยอม ไม่ยินยอม") == (True, "ไม่ยินยอม")


def test_read_special_keeps_the_age_with_the_illness() -> None:
    said = read_special("พ่อ 68 ป่วยเป็นอัมพฤกษ์ แม่ 63 ค่ะ", None) or []
    assert set(said) == {"elderly", "sick"}
