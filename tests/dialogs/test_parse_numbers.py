"""Thai numbers, head counts and the text cleaner (dialogs.parse_numbers)."""

from __future__ import annotations

import pytest

from dialogs.parse_numbers import clean_text, find_numbers, parse_count, parse_thai_number


@pytest.mark.parametrize(("text", "expected"), [
    ("3", 3), ("๓", 3), ("๑๒", 12), ("หนึ่ง", 1), ("นึง", 1), ("สอง", 2), ("สาม", 3), ("เก้า", 9),
    ("สิบ", 10), ("สิบเอ็ด", 11), ("สิบสอง", 12), ("ยี่สิบ", 20), ("ยี่สิบเอ็ด", 21),
    ("สามสิบห้า", 35), ("สาม สิบ", 30), ("ร้อย", 100), ("ร้อยเอ็ด", 101),
    ("หนึ่งร้อยยี่สิบ", 120), ("สองพันห้าร้อย", 2500), ("พันห้า", 1500), ("แสนห้า", 150_000),
    ("ห้าหมื่น", 50_000), ("หนึ่งล้านสองแสน", 1_200_000), ("สองล้าน", 2_000_000),
    ("1,200", 1200), ("12,345,678 บาท", 12_345_678), ("3 พัน", 3000), ("ศูนย์", 0),
    ("ขอเงินสองร้อยบาท", 200),
])
def test_thai_number(text: str, expected: int) -> None:
    assert parse_thai_number(text) == expected


@pytest.mark.parametrize("text", [
    "", "ไม่มี", "สามี", "สามารถ", "ห้าง", "ห้าม", "สี่แยก", "หกล้ม", "เก้าอี้", "นั่งสองแถว",
    "เรียบร้อย", "แสนลำบาก", "พันธุ์", "แปดริ้ว", "เอ็ด",
])
def test_not_a_number(text: str) -> None:
    assert parse_thai_number(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("3", 3), ("๓", 3), ("สาม", 3), ("3 คน", 3), ("๓ คน", 3), ("ไปกันสามคน", 3), ("คนเดียว", 1),
    ("ผมคนเดียว", 1), ("ตัวคนเดียวครับ", 1), ("คนนึง", 1), ("สองคนแม่ลูก", 2), ("สิบสอง", 12),
    ("ยี่สิบเอ็ด", 21), ("ทั้งหมด ๔ ท่าน", 4), ("50 คน", 50), ("ลูกอายุ 3 ขวบ ไป 2 คน", 2),
    ("ไป 4 คนค่ะ", 4), ("1", 1),
    # people counted by group are added up
    ("ผู้ใหญ่ 3 เด็ก 2", 5), ("1 ผู้ใหญ่ กับ 2 เด็ก", 3), ("ผู้ใหญ่สามคน เด็กเล็กหนึ่งคน", 4),
    ("ผู้สูงอายุ 1 ผู้ใหญ่ 1", 2),
])
def test_count(text: str, expected: int) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", [
    "", "ไม่รู้", "0", "51", "100 คน", "ลูกอายุ 3 ขวบ", "100 บาท", "เดินทางคนเดียวไม่ได้",
    "สามีกับผม", "บ้านเลขที่ 5",
])
def test_no_count(text: str) -> None:
    assert parse_count(text) is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("ค่า\u200bรถ", "ค่ารถ"),
    ("๑๐๐ บาท", "100 บาท"),
    ("มากกกกก", "มาก"),
    ("ใช่่่่", "ใช่"),
    ("เเม่", "แม่"),
    ("ตลกมาก 5555", "ตลกมาก"),
    ("โทร 0815555678", "โทร 0815555678"),
    ("OK!!!", "ok"),
    ("อยู่ จ.ตาก", "อยู่ จังหวัด ตาก"),
    ("อ.เมือง จ.เลย", "อำเภอ เมือง จังหวัด เลย"),
    ("ดีใจ. มาก", "ดีใจ มาก"),
    ("1,200 บาท", "1200 บาท"),
])
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_find_numbers_positions() -> None:
    text = clean_text("ไป 3 คน ลูกอายุสองขวบ")
    found = [(n.value, text[n.start:n.end]) for n in find_numbers(text)]
    assert found == [(3, "3"), (2, "สอง")]
