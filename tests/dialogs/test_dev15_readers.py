"""dev15 readers: Ayutthaya's old name, a phone fixed with its ending said first, parents'
ages listed one after another, a mother who calls herself แม่ at the card question."""

from __future__ import annotations

from dialogs.parse_phone_id import parse_phone
from dialogs.readers import read_id_card, read_province
from dialogs.travellers import people_and_ages


def test_krung_kao_is_ayutthaya() -> None:
    said = read_province("กรุงเก่าค่ะ แถวศาลากลาง", None)
    assert said is not None and said["code"] == "TH-14"


def test_krung_thep_still_bangkok() -> None:
    said = read_province("กรุงเทพค่ะ", None)
    assert said is not None and said["code"] == "TH-10"


def test_phone_after_its_ending() -> None:
    text = "ผิดจ้ะ เบอร์ลงท้าย ๒๑๓๐ ไม่ใช่ ๒๑๓๙ ๐๘๙๔๔๗๒๑๓๐"
    assert parse_phone(text) == "0894472130"
    assert parse_phone("มีเงิน 150 0812345678") == "0812345678"


def test_id_number_groups_are_no_phone() -> None:
    assert parse_phone("บัตร 1 1037 00123 45 6") is None
    assert parse_phone("ลงท้าย ๒๑๓๐ ไม่ใช่ ๒๑๓๙") is None


def _ages(text: str) -> set[str]:
    return people_and_ages(text.replace(" ", ""))[1]


def test_parents_ages_listed() -> None:
    text = ("3 คนค่ะ พ่อ แม่ หลาน ด่วนค่ะ คืนนี้ต้องนอนศาลาหน้าโรงพยาบาล ไปด้วยกันสามคนค่ะ "
            "พ่อ70 แม่66 แม่เพิ่งผ่าตัดยังเดินไม่ค่อยไหว หลาน3ขวบค่ะ")
    assert _ages(text) == {"elderly", "child"}
    assert "elderly" in _ages("พ่อ 70 แม่ 66 ค่ะ")


def test_parents_money_is_no_age() -> None:
    assert _ages("ให้แม่ 100 พ่อ 200 บาท") == set()
    assert _ages("ยืมแม่ 100 ค่ะ") == set()
    assert _ages("แม่ 66 พ่อ 2 คน") == set()


def test_mother_calls_herself_mae() -> None:
    text = "แม่มีบัตรจ้ะ ลูกสาวบัตรหายตั้งแต่ตอนโดนจับ ราชบุรีจ้ะ หน้าเรือนจำ"
    assert read_id_card(text, None) is True
    assert read_id_card("พ่อมีบัตรครับ แต่ลูกชายไม่มีบัตร", None) is True


def test_writing_for_mother_is_not_her() -> None:
    assert read_id_card("แม่มีบัตรค่ะ หนูบัตรหาย", None) is False
    assert read_id_card("แม่มีบัตรค่ะ แต่ผมบัตรหาย", None) is False
    assert read_id_card("แม่ไม่มีบัตร ลูกสาวบัตรหาย", None) is False
    assert read_id_card("แม่มีบัตรค่ะ", None) is None
