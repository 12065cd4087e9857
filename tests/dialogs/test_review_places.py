"""Over-broad place readings found in review: districts as bare answers and in free
text, a police cue of the past, a partner's mother's home."""

from __future__ import annotations

import pytest

from dialogs.parse_numbers import clean_text
from dialogs.places import here_and_home_in
from dialogs.provinces import find_provinces, match_province


def _answer(text: str) -> str | None:
    province = match_province(text)
    return province.name_th if province else None


def _here_home(text: str) -> tuple[str | None, str | None]:
    cleaned = clean_text(text)
    places = here_and_home_in(cleaned, cleaned.replace(" ", ""))
    return (places.current.name_th if places.current else None,
            places.home.name_th if places.home else None)


@pytest.mark.parametrize(("said", "province"), [
    ("หนองบัวค่ะ", "หนองบัวลำภู"),  # the province's own short form beats a district
    ("อุทัยค่ะ", "อุทัยธานี"),
])
def test_a_province_said_short_beats_a_district(said: str, province: str) -> None:
    assert _answer(said) == province


@pytest.mark.parametrize("said", ["สำโรงค่ะ", "ท่าเรือครับ", "มหาราชค่ะ", "วิภาวดีค่ะ",
                                  "พนมค่ะ", "ชนบทค่ะ", "ท่าแพค่ะ"])
def test_everyday_or_famous_names_are_no_district_answer(said: str) -> None:
    assert _answer(said) is None  # asked again, not a district far away


@pytest.mark.parametrize(("said", "province"), [
    ("หลังสวนค่ะ", "ชุมพร"),
    ("อยู่ อ.สันป่าตอง เชียงใหม่", "เชียงใหม่"),
    ("นาน้อยค่ะ", "น่าน"),  # a district as the whole answer still
    ("พานค่ะ", "เชียงราย"),
    ("อยู่ อ.ท่าแพ ครับ", "สตูล"),  # with "อ." it is the district
])
def test_districts_as_answers_still_read(said: str, province: str) -> None:
    assert _answer(said) == province


@pytest.mark.parametrize("said", [
    "ผมอยู่ท่าแพ ไม่มีค่ารถกลับบ้านลำพูน",  # Tha Phae, Chiang Mai, not Satun
    "บ้านอยู่เหนือคลองครับ",  # north of the canal
    "ก็อยู่แบบนี้แหละจะนะ ไม่มีเงินกลับ",  # จะ + นะ
    "ตอนนี้อยู่จะนะ",
])
def test_districts_of_everyday_words_not_in_free_text(said: str) -> None:
    assert "สตูล" not in [p.name_th for p in find_provinces(said)]
    assert _here_home(said)[0] in (None, "ลำพูน") and _here_home(said)[1] != "กระบี่"
    assert "สงขลา" not in [p.name_th for p in find_provinces(said)]


def test_tha_phae_writer_home_stays() -> None:
    assert _here_home("ผมอยู่ท่าแพ ไม่มีค่ารถกลับบ้านลำพูน") == (None, "ลำพูน")


def test_districts_of_everyday_words_after_amphoe() -> None:
    assert _here_home("ตอนนี้อยู่ อ.จะนะ") == ("สงขลา", None)
    assert _here_home("บ้านอยู่ อำเภอเหนือคลอง กระบี่ค่ะ") == (None, "กระบี่")
    assert [p.name_th for p in find_provinces("ตอนนี้อยู่โกสุมพิสัยค่ะ")] == ["มหาสารคาม"]


def test_police_of_the_past_is_not_where_one_is() -> None:
    said = "เคยถูกตำรวจสระบุรีจับ ตอนนี้พ้นโทษแล้ว อยู่ลำปาง อยากกลับบ้านน่าน"
    assert _here_home(said) == ("ลำปาง", "น่าน")
    assert _here_home("ตำรวจสระบุรีจับ ตอนนี้พ้นโทษแล้ว")[0] is None


def test_police_holding_one_now_still_there() -> None:
    assert _here_home("ตอนนี้ตำรวจสระบุรีเจอ") == ("สระบุรี", None)


def test_partners_mothers_home_is_not_surely_the_travellers() -> None:
    assert _here_home("แฟนหนู ... บ้านแม่เขาอยู่ชลบุรี") == (None, None)


def test_mothers_home_of_one_written_for_stays_home() -> None:
    said = "น้องมีบัตรค่ะ คว้าออกมาทัน ขอนแก่นค่ะ เลยค่ะ บ้านแม่เขาอยู่ด่านซ้าย"
    assert _here_home(said)[1] == "เลย"
