"""Places from dev10 and dev11: a voice-typed province ("สีสะเกด"), a town that is no
going home ("ตัวเมืองลำปาง"), a home denied and said again ("บ้านไม่ใช่ลพบุรี สระบุรี"),
the writer's own place when away from the traveller ("หนูอยู่กาฬสินธุ์ไปรับไม่ได้"), and a
here cue spent on a dorm ("อยุธยาค่ะ อยู่หอแถวนิคมโรจนะ นครพนมค่ะ")."""

from __future__ import annotations

import pytest

from dialogs.answering import place_answer
from dialogs.facts import extract_facts
from dialogs.provinces import find_provinces
from dialogs.slots import BY_KEY
from dialogs.understand import read_message


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


# --- Si Sa Ket as voice typing writes it ---------------------------------------------

VOICE = ("สวัสดีครับผมโดนเลิกจ้างจากไซร้งานก่อสร้างที่บางพีครับผมกับเมื่อและลูกเหล็กสองคน"
         "อยากกลับบ้านสีสะเกดแต่ไม่มีค่าลดครับ")


def test_voice_typed_si_sa_ket_is_home() -> None:
    assert _places(VOICE)[1] == "ศรีสะเกษ"


@pytest.mark.parametrize("text", ["สีสะเกด", "ศรีสะเกด", "สีสะเกษ"])
def test_si_sa_ket_as_it_sounds(text: str) -> None:
    assert [p.name_th for p in find_provinces(text)] == ["ศรีสะเกษ"]


def test_both_places_with_voice_typed_home() -> None:
    text = "มีบัตรประชาชนครับทั้งผมและเมื่อ บางพีสมุทรปราการครับ สีสะเกดอำเภอกันทรลักษณ์ครับ"
    assert _answer(text) == ("สมุทรปราการ", "ศรีสะเกษ")


def test_a_colour_word_is_no_si_sa_ket() -> None:  # negative
    assert find_provinces("ชอบสีสะอาดตา") == []


# --- เมือ (Isan "going home") is never inside เมือง ------------------------------------

MONK = ("เจริญพร อาตมาเป็นพระอยู่วัดในตัวเมืองลำปาง มีโยมผู้ชายพ้นโทษมาได้เดือนนึง "
        "มาอาศัยนอนที่วัด อยากกลับบ้านที่สุราษฎร์ แต่ไม่มีปัจจัยค่ารถ")


def test_temple_in_town_is_here_and_home_is_surat() -> None:
    assert _places(MONK) == ("ลำปาง", "สุราษฎร์ธานี")


def test_town_of_a_province_is_not_home() -> None:  # negative
    assert _places("ทำงานอยู่ในตัวเมืองขอนแก่น")[1] is None


def test_isan_going_home_still_read() -> None:  # negative: เมือบ้าน stays home
    assert _places("อยากเมือบ้านที่ร้อยเอ็ด")[1] == "ร้อยเอ็ด"


# --- a home denied, and the right one said after it ----------------------------------

def test_home_denied_then_said_at_the_summary() -> None:
    said = read_message("ผิดค่ะ บ้านไม่ใช่ลพบุรี สระบุรีค่ะ พิมพ์ผิด")
    assert said["home_province"]["name"] == "สระบุรี"
    assert "current_province" not in said


def test_here_denied_then_said() -> None:
    assert _places("ไม่ได้อยู่ระยองค่ะ ชลบุรี") == ("ชลบุรี", None)


def test_home_denied_alone_is_nothing() -> None:  # negative
    said = read_message("บ้านไม่ใช่ลพบุรีค่ะ")
    assert "home_province" not in said and "current_province" not in said


def test_a_place_after_a_denial_with_words_between_is_not_taken() -> None:  # negative
    assert _places("บ้านไม่ใช่ลพบุรี เพื่อนอยู่สระบุรี")[1] is None


# --- the writer away from the one they write for --------------------------------------

ROBBED = ("สวัสดีค่ะ แม่หนูโดนล้วงกระเป๋าที่สถานีรถไฟอยุธยา เงินหาย บัตรประชาชนก็หาย "
          "แม่อายุ72แล้วค่ะ หนูอยู่กาฬสินธุ์ไปรับไม่ได้")


def test_mother_robbed_at_the_station_is_there() -> None:
    assert _places(ROBBED) == ("พระนครศรีอยุธยา", None)


def test_writer_away_from_the_traveller_alone() -> None:
    assert _places("หนูอยู่ขอนแก่น จะไปรับพ่อไม่ไหว")[0] is None


@pytest.mark.parametrize("text", ["ผมอยู่ระยอง ไปรับจ้างทั่วไป ตอนนี้ตกงาน",
                                  "ผมอยู่ระยอง ไปหาหมอไม่ได้ ไม่มีเงิน",
                                  "หนูอยู่ขอนแก่นค่ะ ไม่มีค่ารถ"])
def test_writer_here_with_no_fetching_is_here(text: str) -> None:  # negative
    assert _places(text)[0] is not None


# --- a here cue spent on a dorm --------------------------------------------------------

def test_dorm_near_the_estate_tells_of_ayutthaya() -> None:
    assert _answer("มีค่ะ อยุธยาค่ะ อยู่หอแถวนิคมโรจนะ นครพนมค่ะ ธาตุพนม") == (
        "พระนครศรีอยุธยา", "นครพนม")


def test_dorm_then_province_alone_is_here() -> None:  # negative: no place before it
    assert _places("ตอนนี้อยู่หอพัก ระยองค่ะ")[0] == "ระยอง"


def test_cue_left_open_takes_the_province() -> None:  # negative: "แถว" awaits its place
    assert _places("ชลบุรีค่ะ อยู่หอแถว ระยอง")[0] == "ระยอง"


def test_cue_and_province_in_one_chunk() -> None:  # negative: no space, one phrase
    assert _places("อยุธยาค่ะ อยู่หอแถวระยอง")[0] == "ระยอง"


def test_home_denied_by_going_then_said() -> None:
    assert _places("ไม่ได้กลับขอนแก่น อุดรค่ะ")[1] == "อุดรธานี"


def test_an_earlier_denial_names_no_role_for_a_later_one() -> None:  # negative
    assert _places("ไม่ได้กลับบ้านมานาน ไม่ใช่ระยอง ระนองค่ะ") == (None, None)
