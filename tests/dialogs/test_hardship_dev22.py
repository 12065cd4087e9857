"""Hardship told as what happened (dev22): a fire that took the home and the money, an
account drained by a scam, a few baht left. Before, each was met with "ยังไม่เข้าใจ"
three times and screening paused."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_hardship


def test_a_fire_took_home_money_and_all() -> None:
    said = "ไฟไหม้หมดทั้งบ้าน เงินก็ไหม้ไปด้วยค่ะ ไม่มีอะไรเหลือเลย หนูเองก็ไม่มีพอจะซื้อ"
    assert read_hardship(said, None) == {"no_food": True, "no_fare": True}


@pytest.mark.parametrize("text", [
    "เงินในบช.โดนดูดหมดเลยค่ะ เหลือเงินสดยี่สิบบาท", "โดนดูดเงินจากบัญชีหมด",
    "บัญชีธนาคารโดนแฮกค่ะ", "เหลือเงิน 20 บาท", "เหลือตัง 35 บาทครับ", "ตังค์จมน้ำไปหมด",
    "เงินไม่มี", "ตังค์บ่มีเลย", "เงินก็ไม่มีค่ะ"])
def test_money_gone_or_a_few_baht_left(text: str) -> None:
    facts = extract_facts(text)
    assert facts.no_fare is True and facts.no_food is True


@pytest.mark.parametrize("text", [
    "เหลือเงิน 5,000 บาท", "เหลือเงินสองพันบาท", "ไฟไหม้บ้านข้างๆ", "ไม่มีอะไรให้ช่วย",
    "บ้านน้ำท่วมนิดหน่อย", "สัญญาเช่าเหลือ 20 วัน", "เงินไม่มีปัญหา"])
def test_not_a_hardship(text: str) -> None:
    facts = extract_facts(text)
    assert (facts.no_shelter, facts.no_food, facts.no_fare) == (None, None, None)


@pytest.mark.parametrize("text", ["บ้านโดนไฟไหม้หมด", "หอไฟไหม้วอดค่ะ", "ไฟไหม้ทั้งชุมชน",
                                  "บ้านเช่าไหม้หมด", "บ้านโดนน้ำท่วมหมด"])
def test_a_home_lost_is_things_lost_and_the_night_is_asked(text: str) -> None:
    # clothes and things lost (a hardship); a relief shelter or a temple may take them in,
    # so no place tonight is not assumed (dev4: a fire victim staying at a temple)
    facts = extract_facts(text)
    assert facts.no_food is True and facts.no_shelter is None


def test_not_enough_to_buy_food_is_not_the_fare() -> None:
    assert extract_facts("ไม่มีพอซื้อข้าว").no_fare is None
