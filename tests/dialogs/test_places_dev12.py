"""Places from dev12 and dev13: islands named for their province ("เกาะพีพี", "พะงัน"),
Kalasin as it sounds ("กาละสิน"), a name's first word as a whole answer ("อำนาจ",
"มุกดา"), and a district said with the province it belonged to ("หนองคาย อ.เซกา": Seka
has been in Bueng Kan since 2011)."""

from __future__ import annotations

import pytest

from dialogs.answering import place_answer
from dialogs.facts import extract_facts
from dialogs.provinces import find_provinces, match_province
from dialogs.slots import BY_KEY


def _places(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(text)
    here, home = facts.current_province, facts.home_province
    return (here.name_th if here else None, home.name_th if home else None)


def _answer(text: str) -> tuple[str | None, str | None]:
    """An answer to "where are you now, and where is home?": (here, home)."""
    learned: dict[str, object] = {}
    here = place_answer(BY_KEY["current_province"], text, learned)
    home = learned.get("home_province")
    return (here["name"] if here else None, home["name"] if isinstance(home, dict) else None)


def _whole(text: str) -> str | None:
    province = match_province(text)
    return province.name_th if province else None


# --- islands -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "province"), [
    ("เกาะพีพี", "กระบี่"), ("พะงัน", "สุราษฎร์ธานี"), ("เกาะพะงัน", "สุราษฎร์ธานี"),
    ("เกาะเต่า", "สุราษฎร์ธานี"), ("เกาะสมุย", "สุราษฎร์ธานี")])
def test_an_island_names_its_province(text: str, province: str) -> None:
    assert _whole(text) == province


def test_laid_off_on_phi_phi_is_asked() -> None:
    # a job lost there is where one was, not surely where one is: asked (dev17 "ไม่มี
    # เงินค่ะ ตกงานที่พัทยา" was said at Ekkamai; test_places_dev2122)
    assert _places("ผมกับเพื่อนโดนเลิกจ้างที่พีพีครับ") == (None, None)
    assert _places("ผมกับเพื่อนโดนเลิกจ้างที่พีพีครับ ยังอยู่พีพี") == ("กระบี่", None)


@pytest.mark.parametrize("text", ["ชื่อพีพีค่ะ", "น้องพีพีชอบกินขนม", "เต่าทะเล"])
def test_no_island_in_a_name_or_a_word(text: str) -> None:
    assert find_provinces(text) == []


# --- Kalasin as it sounds ------------------------------------------------------------

def test_kalasin_as_it_sounds_after_ao_nang() -> None:
    assert _answer("มีครับ อ่าวนางครับ กาละสินครับ") == ("กระบี่", "กาฬสินธุ์")


def test_kalasin_as_it_sounds_alone() -> None:
    assert _whole("กาละสินครับ") == "กาฬสินธุ์"


@pytest.mark.parametrize("text", ["กาละเทศะ", "กาลสมัย"])
def test_no_kalasin_in_near_words(text: str) -> None:
    assert find_provinces(text) == []


# --- a name's first word, as a whole answer only -------------------------------------

@pytest.mark.parametrize(("text", "province"), [
    ("อำนาจ", "อำนาจเจริญ"), ("อำนาจค่ะ", "อำนาจเจริญ"), ("มุกดา", "มุกดาหาร"),
    ("มุกดาครับ", "มุกดาหาร")])
def test_first_word_as_a_whole_answer(text: str, province: str) -> None:
    assert _whole(text) == province


@pytest.mark.parametrize("text", ["ไม่มีอำนาจ", "มุกดา 0812345678", "ชื่อมุกดาค่ะ",
                                  "เขามีอำนาจมาก"])
def test_first_word_in_running_text_is_no_province(text: str) -> None:
    assert _whole(text) is None
    assert find_provinces(text) == []


# --- a district said with its old province -------------------------------------------

@pytest.mark.parametrize("text", ["หนองคาย อ.เซกา", "อ.เซกา จ.หนองคาย",
                                  "บ้านอยู่อำเภอเซกา หนองคายค่ะ"])
def test_seka_with_nong_khai_is_bueng_kan(text: str) -> None:
    assert find_provinces(text) == find_provinces("บึงกาฬ")
    assert _whole(text) == "บึงกาฬ"


def test_correction_at_summary_names_bueng_kan_only() -> None:
    said = "บ่แม่นหนองคายเด้อ เซกาเปิ่นเป็นบึงกาฬแล้ว จังหวัดบึงกาฬจ้า"
    assert [p.name_th for p in find_provinces(said)] == ["บึงกาฬ"]


@pytest.mark.parametrize(("text", "places"), [
    ("อยู่หนองคาย จะกลับเซกา", ("หนองคาย", "บึงกาฬ")),  # two places, each with its cue
    ("บ้านอยู่หนองคาย", (None, "หนองคาย")),
    ("อยู่อุดร บ้านอยู่เซกา", ("อุดรธานี", "บึงกาฬ"))])
def test_nong_khai_said_apart_from_a_district_stays(
        text: str, places: tuple[str | None, str | None]) -> None:
    assert _places(text) == places
