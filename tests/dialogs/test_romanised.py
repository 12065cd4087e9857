"""Thai typed in Latin letters, read as Thai (dialogs.romanised, via clean_text)."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.parse_numbers import clean_text
from dialogs.romanised import thai_from_latin
from dialogs.slots import BY_KEY


@pytest.mark.parametrize(("text", "thai"), [
    ("mai mee tang klub baan ka", "ไม่มีตังค์กลับบ้านค่ะ"),
    ("tok ngan, mai mee khao kin", "ตกงาน, ไม่มีข้าวกิน"),
    ("mai mee ka rot krub", "ไม่มีค่ารถครับ"),
])
def test_romanised_words_become_thai(text: str, thai: str) -> None:
    assert thai_from_latin(text) == thai


@pytest.mark.parametrize("text", [
    "mai", "dee krub", "somsak na", "no money, stuck in pattaya", "tong krub"])
def test_a_name_or_english_stays_as_it_is(text: str) -> None:
    assert thai_from_latin(text) == text


def test_english_province_names_keep_their_words() -> None:
    assert thai_from_latin("yoo chiang mai, klub khon kaen") == "อยู่ chiang mai, กลับ khon kaen"
    facts = extract_facts("yoo Chiang Mai, klub baan Khon Kaen")
    assert facts.current_province is not None and facts.current_province.name_th == "เชียงใหม่"
    assert facts.home_province is not None and facts.home_province.name_th == "ขอนแก่น"


def test_romanised_answers_are_read() -> None:
    assert extract_facts("mai mee ngern klub baan").no_fare is True
    assert BY_KEY["travellers"].parse("pai kon diew ka", None) == 1
    assert BY_KEY["urgent"].parse("mai duan na krub", None) is False
    assert BY_KEY["id_card"].parse("mee bat krub", None) is True
    assert clean_text("Mai Mee Ngern") == "ไม่มีเงิน"
