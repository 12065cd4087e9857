"""Places in the blind sets dev28, dev29: put ashore at Mahachai ("ขึ้นฝั่งมาที่มหาชัย"),
a pier named before its town, home said after the place ("บ้านเกิดที่นั่น"), a district
opening a chunk after here ("ศิริราช กรุงเทพ อำเภอฝาง"), going home then a town after a
space ("ปิ๊กบ้าน ฝาง"), a sick son's place, and an elder at home in his village."""

from __future__ import annotations

import pytest

from dialogs.parse_numbers import clean_text
from dialogs.places import here_and_home_in
from dialogs.province_at_home import at_own_home
from dialogs.provinces import find_provinces


def _here_home(text: str) -> tuple[str | None, str | None]:
    cleaned = clean_text(text)
    current, home, _ = here_and_home_in(cleaned, cleaned.replace(" ", ""))
    return (current.name_th if current else None, home.name_th if home else None)


def _bare(text: str) -> list[str]:
    cleaned = clean_text(text)
    return [p.name_th for p in here_and_home_in(cleaned, cleaned.replace(" ", "")).bare]


def test_put_ashore_at_mahachai_is_where_they_are() -> None:
    said = ("ฉานเป็นลูกเรือประมง ไต๋ม่ายจ่ายค่าแรง ขึ้นฝั่งมาที่มหาชัยแล้วม่ายมีตังค์สักบาท "
            "อยากหลบบ้านที่หัวไทร ไปกับเพื่อนอีกคน บ้านเดียวกัน")
    assert _here_home(said)[0] == "สมุทรสาคร"


def test_pier_then_district_born_there() -> None:
    said = "มีทั้งสองคน บัตรประชาชน ท่าเรือมหาชัย อำเภอหัวไทร บ้านเกิดที่นั่นทั้งสองคน"
    assert _here_home(said) == (None, "นครศรีธรรมราช")
    assert _bare(said) == ["สมุทรสาคร"]  # the pier: here, in the places answer
    assert _here_home("อำเภอหัวไทร บ้านเกิดที่นั่นทั้งสองคน") == (None, "นครศรีธรรมราช")


@pytest.mark.parametrize("said", [
    "ท่าเรือมหาชัย",  # a bare place, no home word after it
    "อำเภอหัวไทร ไม่ใช่บ้านเกิด",
])
def test_no_home_without_birthplace_there(said: str) -> None:
    assert _here_home(said)[1] is None


def test_pier_inside_a_longer_word_not_a_cue() -> None:
    assert find_provinces("ท่าเรือมหาชัย") == find_provinces("มหาชัย")


def test_eye_surgery_at_siriraj_going_home_to_fang() -> None:
    said = "ลุงมาผ่าตาที่โรงพยาบาล สิริราช เงินหมดแล้ว อยากปิ๊กบ้าน ฝาง"
    assert _here_home(said)[1] == "เชียงใหม่"


def test_ban_fang_district_still_not_fang() -> None:
    # Ban Fang is a district of Khon Kaen: never read as Fang (Chiang Mai) inside it
    assert "เชียงใหม่" not in [p.name_th for p in find_provinces("อยากกลับบ้านฝาง")]
    assert "เชียงใหม่" not in [p.name_th for p in find_provinces("อยู่บ้าน ฝาง")]


def test_district_chunk_after_here_is_the_next_answer() -> None:
    said = "บัตรประชาชนมีอยู่ หลาน อยู่โรงพยาบาล ศิริราช กรุงเทพ อำเภอฝาง บ้านแม่งอน"
    assert _here_home(said)[0] == "กรุงเทพมหานคร"
    assert _bare(said) == ["เชียงใหม่"]  # home, in the answer to "now, and home?"


def test_district_of_the_same_province_adds_nothing() -> None:
    assert _here_home("อยู่ชลบุรี อำเภอพนัสนิคม") == ("ชลบุรี", None)
    assert _bare("อยู่ชลบุรี อำเภอพนัสนิคม") == []


def test_elder_at_home_in_his_village_son_sick_in_bangkok() -> None:
    said = ("สวัสดีลูก พ่อใหญ่อยู่บ้านนาโพธิ์ อำเภอกุดรัง ลูกชายเจ็บอยู่กรุงเทพ "
            "พ่อใหญ่อยากไปเบิ่ง บ่มีค่ารถ ขอได้บ่ลูก")
    assert _here_home(said) == ("มหาสารคาม", "มหาสารคาม")
    assert _here_home("ลูกชายเจ็บอยู่กรุงเทพ พ่อใหญ่อยากไปเบิ่ง บ่มีค่ารถ ขอได้บ่ลูก") == (
        None, None)


def test_writer_sick_in_bangkok_is_there() -> None:
    assert _here_home("ผมป่วยอยู่กรุงเทพ อยากกลับบ้าน")[0] == "กรุงเทพมหานคร"


@pytest.mark.parametrize("said", [
    "สวัสดีลูก พ่อใหญ่อยู่บ้านนาโพธิ์ อำเภอกุดรัง",
    "มีลูก กะบ้านนาโพธิ์นี่ละลูก อยู่มาแต่เกิด",
    "อยู่บ้านจ้า กะบ้านนี่ละจ้า",
    "อยู่มาแต่เกิด",
])
def test_at_own_home(said: str) -> None:
    assert at_own_home(said.replace(" ", ""))


@pytest.mark.parametrize("said", [
    "อยู่บ้านเช่า อำเภอเมือง",
    "แม่อยู่บ้านนาโพธิ์ อำเภอกุดรัง",
    "อยู่บ้านเพื่อน ตำบลบางพระ",
    "ทำงานอยู่บ้านบึง อำเภอบ้านบึง",
    "ก็บ้านนี้ไม่มีใคร",
    "แม่อยู่มาแต่เกิด",
    "ไม่ได้อยู่มาแต่เกิด",
    "อยู่บ้านนาโพธิ์ อำเภอกุดรัง อยากกลับบ้านที่ร้อยเอ็ด",
])
def test_not_at_own_home(said: str) -> None:
    assert not at_own_home(said.replace(" ", ""))
