"""The district index built from GeoThai (dialogs.districts)."""

from __future__ import annotations

from dialogs.districts import district_answer, district_mentions, district_names
from dialogs.parse_numbers import clean_text
from dialogs.provinces import find_provinces


def test_index_leaves_out_ambiguous_and_curated_names() -> None:
    names = district_names()
    assert "โกสุมพิสัย" in names  # Maha Sarakham only
    assert "เฉลิมพระเกียรติ" not in names  # in several provinces
    assert "จอมทอง" not in names  # in two provinces
    assert "บางนา" not in names  # curated already (dialogs.towns)
    assert "เมืองชลบุรี" not in names  # holds its province's own name


def test_strong_district_in_free_text() -> None:
    assert [p.name_th for p in find_provinces("ตอนนี้อยู่โกสุมพิสัยค่ะ")] == ["มหาสารคาม"]
    # Samrong is a district of Ubon, and a well-known place in Samut Prakan
    assert find_provinces("ตอนนี้อยู่สำโรงค่ะ") == []


def test_weak_names_only_after_amphoe_or_as_answer() -> None:
    found, unread = district_mentions(clean_text("ลุงอยู่พานทองครับ"))
    assert found == [] and unread  # a subdistrict elsewhere too
    found, _ = district_mentions(clean_text("ลุงอยู่ อ.พานทอง ครับ"))
    assert [m.province.name_th for m in found] == ["ชลบุรี"]
    answer = district_answer("พาน")
    assert answer is not None and answer.name_th == "เชียงราย"


def test_not_inside_a_longer_word() -> None:
    assert find_provinces("ผมอยู่หนองบัวลำภู")[0].name_th == "หนองบัวลำภู"
