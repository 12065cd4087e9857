"""Places from dev7/dev8: names as they sound ("บุรีรำ"), markets, terminals, estates
and airports ("ตลาดไท"), and the writer's own home said as "หนูอยู่ X"."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.provinces import find_provinces, match_province


def _places(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(text)
    here, home = facts.current_province, facts.home_province
    return (here.name_th if here else None, home.name_th if home else None)


def _found(text: str) -> list[str]:
    return [p.name_th for p in find_provinces(text)]


# --- names as they sound -------------------------------------------------------------

def test_a_name_as_it_sounds_in_a_story() -> None:
    text = "ช่วยด้วยครับ แขนหักจากไซต์งานที่มาบตาพุด นายจ้างให้ออก ไม่มีตังค์กลับบ้านบุรีรำ"
    assert _places(text)[1] == "บุรีรัมย์"


@pytest.mark.parametrize(("text", "name"), [
    ("บุรีรำ", "บุรีรัมย์"),  # ำ for ัม, the silent ย์ left out
    ("บุรีรำค่ะ", "บุรีรัมย์"),
    ("สุรินท", "สุรินทร์"),  # the silent ร์ left out
    ("อุบลราช", "อุบลราชธานี"),  # a name begun, of one province only
    ("นครรา", "นครราชสีมา"),
])
def test_a_short_answer_as_it_sounds(text: str, name: str) -> None:
    province = match_province(text)
    assert province is not None and province.name_th == name


def test_names_as_they_sound_among_others() -> None:
    assert _found("มีครับ มาบตาพุด ระยองครับ บุรีรำ") == ["ระยอง", "บุรีรัมย์"]


@pytest.mark.parametrize("text", [
    "สมุทร",  # begins three provinces' names
    "นคร",  # too short
    "ลำบากมากค่ะ",  # a word, no name
    "กำลังใจ",
])
def test_no_name_as_it_sounds(text: str) -> None:
    assert match_province(text) is None


@pytest.mark.parametrize("text", [
    "ลูกเป็นใบ้ตั้งแต่เกิด ตากใบ้",  # ใบ้ (mute): no ตากใบ by sound
    "ซื้อของที่ร้านบุรีรำไพ",  # the name runs on into another word
    "ซื้อข้าวหอมบุรีรำมา",  # run on from a word: no left edge
    "ข้าวหอมสุรินท",
])
def test_no_name_as_it_sounds_in_running_text(text: str) -> None:
    assert _found(text) == []


# --- markets, bus terminals, industrial estates, airports -------------------------------

def test_a_big_market_is_a_place() -> None:
    assert _places("มีบัตรประชาชนค่ะ ตอนนี้อยู่ตลาดไทค่ะ บ้านอยู่ลำปางค่ะ") == ("ปทุมธานี", "ลำปาง")
    province = match_province("ตอนนี้อยู่ตลาดไทค่ะ")
    assert province is not None and province.name_th == "ปทุมธานี"


@pytest.mark.parametrize(("text", "here"), [
    ("ตอนนี้อยู่ขนส่งสายใต้ค่ะ", "กรุงเทพมหานคร"),
    ("ทำงานอยู่นิคมอมตะนครครับ", "ชลบุรี"),
    ("ติดอยู่ตลาดโรงเกลือค่ะ", "สระแก้ว"),
    ("ตอนนี้อยู่ขนส่งช้างเผือกครับ", "เชียงใหม่"),
])
def test_terminals_estates_and_markets(text: str, here: str) -> None:
    assert _places(text)[0] == here


@pytest.mark.parametrize(("text", "here"), [
    ("ตอนนี้อยู่ตลาดไทรน้อยค่ะ", "นนทบุรี"),  # ไทรน้อย, Nonthaburi
    ("ขายของที่ตลาดไทยค่ะ", None),  # a Thai market, anywhere
    ("นั่งรถสายใต้มาค่ะ", None),  # a southern bus, no terminal
])
def test_no_market_read_from_near_words(text: str, here: str | None) -> None:
    assert _places(text)[0] == here


# --- the writer's home said as where they are ------------------------------------------

@pytest.mark.parametrize("text", [
    "พ่ออายุ 78 ค่ะ ตอนนี้ติดอยู่หมอชิต เงินหมด จะกลับบ้านที่สุรินทร์ค่ะ หนูอยู่สุรินทร์ ไปรับไม่ได้",
    "หนูอยู่สุรินทร์ พ่อติดอยู่หมอชิต จะกลับบ้านที่สุรินทร์",
])
def test_home_said_again_as_here_keeps_the_other_here(text: str) -> None:
    assert _places(text) == ("กรุงเทพมหานคร", "สุรินทร์")


@pytest.mark.parametrize(("text", "here", "home"), [
    # no other place is said to be here: kept as said
    ("จะกลับบ้านที่สุรินทร์ค่ะ หนูอยู่สุรินทร์", "สุรินทร์", "สุรินทร์"),
    # a place other than home said last is where the writer is
    ("ตอนนี้ติดอยู่หมอชิต จะกลับบ้านที่สุรินทร์ค่ะ หนูอยู่ระยอง", "ระยอง", "สุรินทร์"),
])
def test_a_here_other_than_home_is_kept(text: str, here: str, home: str) -> None:
    assert _places(text) == (here, home)


# --- a name cut short with ฯ after words of one's own ---------------------------------

def test_a_name_cut_short_after_a_pronoun() -> None:
    text = "พี่อยู่ชลฯค่ะ ตกงาน ไม่มีค่ารถกลับบ้านอำนาจเจริญ มีบัตรประชาชน"
    assert _places(text) == ("ชลบุรี", "อำนาจเจริญ")


@pytest.mark.parametrize("text", ["พี่ชอบกินขนมฯ", "พี่อยู่สมุทรฯค่ะ"])  # no name; three
def test_no_name_cut_short_after_a_pronoun(text: str) -> None:
    assert _places(text) == (None, None)
