"""Approved amounts checked against the rates notice."""

from __future__ import annotations

from typing import Any

import pytest

from bot.cases.amounts import stored_amounts
from bot.cases.workflow import (
    FOOD_PER_DAY_PERSON,
    OTHER_PER_PERSON,
    AmountError,
    Amounts,
    check_amounts,
)


def test_rates_are_the_notice_s() -> None:
    assert FOOD_PER_DAY_PERSON == 100
    assert OTHER_PER_PERSON == 100


def test_full_amounts_at_the_limits() -> None:
    raw = {"food_days": 3, "food": 600, "fare": 1840, "lodging": 450, "medical": 320,
           "other": 200}
    a = check_amounts(raw, travellers=2)
    assert a == Amounts(3, 600, 1840, 450, 320, 200)
    assert a.total == 600 + 1840 + 450 + 320 + 200
    assert a.as_dict() == raw
    assert check_amounts(a.as_dict(), 2) == a


def test_every_key_is_optional() -> None:
    assert check_amounts({}, 1) == Amounts(0, 0, 0, 0, 0, 0)
    assert check_amounts({"fare": 500}, 1).total == 500


def test_food_over_the_rate_names_item_and_limit() -> None:
    with pytest.raises(AmountError) as caught:
        check_amounts({"food_days": 3, "food": 601}, travellers=2)
    assert caught.value.item == "food"
    assert caught.value.limit == 600
    assert str(caught.value) == (
        "ค่าอาหารเกินอัตรา: ไม่เกิน 600 บาท (100 บาท/วัน/คน × 3 วัน × 2 คน)")


def test_food_limit_with_thousands() -> None:
    with pytest.raises(AmountError, match="ไม่เกิน 1,500 บาท") as caught:
        check_amounts({"food_days": 5, "food": 1501}, travellers=3)
    assert caught.value.limit == 1500


def test_other_over_the_rate() -> None:
    check_amounts({"other": 300}, travellers=3)
    with pytest.raises(AmountError) as caught:
        check_amounts({"other": 301}, travellers=3)
    assert (caught.value.item, caught.value.limit) == ("other", 300)
    assert str(caught.value) == "ค่าใช้จ่ายอื่นเกินอัตรา: ไม่เกิน 300 บาท (100 บาท/คน × 3 คน)"


@pytest.mark.parametrize("item", ["fare", "lodging", "medical"])
def test_items_without_a_fixed_cap(item: str) -> None:
    # fare: cheapest rate; lodging: lowest local rate; medical: actual cost
    assert getattr(check_amounts({item: 25_000}, 1), item) == 25_000


def test_food_without_days_is_refused() -> None:
    with pytest.raises(AmountError, match="จำนวนวัน") as caught:
        check_amounts({"food": 100}, 1)
    assert caught.value.item == "food_days"


def test_days_without_food_are_fine() -> None:
    assert check_amounts({"food_days": 2}, 1).food == 0


@pytest.mark.parametrize("item", ["food_days", "food", "fare", "lodging", "medical", "other"])
@pytest.mark.parametrize("value", [-1, "100", 10.5, 100.0, True, False, None, [100]])
def test_bad_values_are_refused(item: str, value: Any) -> None:
    with pytest.raises(AmountError) as caught:
        check_amounts({"food_days": 1, item: value}, 2)
    assert caught.value.item == item
    assert caught.value.limit is None


def test_negative_message_is_thai() -> None:
    with pytest.raises(AmountError, match="ค่าพาหนะติดลบไม่ได้"):
        check_amounts({"fare": -5}, 1)
    with pytest.raises(AmountError, match="ค่าที่พักต้องเป็นจำนวนเต็ม"):
        check_amounts({"lodging": "300"}, 1)


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(AmountError, match="'tips'") as caught:
        check_amounts({"fare": 100, "tips": 50}, 1)
    assert caught.value.item == "tips"
    with pytest.raises(AmountError, match="'total'"):
        check_amounts({"total": 100}, 1)


@pytest.mark.parametrize("travellers", [0, -1, True, "2"])
def test_bad_traveller_count(travellers: Any) -> None:
    with pytest.raises(AmountError) as caught:
        check_amounts({}, travellers)
    assert caught.value.item == "travellers"


def test_not_a_mapping() -> None:
    with pytest.raises(AmountError):
        check_amounts([("fare", 1)], 1)  # type: ignore[arg-type]


def test_stored_amounts_are_read_leniently() -> None:
    assert stored_amounts(None) == Amounts()
    assert stored_amounts({"fare": "350", "food": None}) == Amounts(fare=350)
    with pytest.raises(ValueError):
        stored_amounts({"fare": "lots"})
    with pytest.raises(ValueError):
        stored_amounts("fare")


def test_every_problem_is_named_at_once() -> None:
    with pytest.raises(AmountError) as caught:
        check_amounts({"food_days": 2, "food": 900, "fare": "สี่ร้อย", "lodging": -1,
                       "other": 500}, travellers=1)
    items = [item for item, _limit, _text in caught.value.problems]
    assert items == ["food", "fare", "lodging", "other"]
    assert caught.value.item == "food" and caught.value.limit == 200
    lines = str(caught.value).splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("ค่าอาหารเกินอัตรา") and "ค่าพาหนะต้องเป็นจำนวนเต็ม" in lines[1]
    assert "ค่าที่พักติดลบไม่ได้" in lines[2] and lines[3].startswith("ค่าใช้จ่ายอื่นเกินอัตรา")


def test_a_bad_day_count_does_not_also_blame_the_food() -> None:
    with pytest.raises(AmountError) as caught:
        check_amounts({"food_days": "two", "food": 100}, travellers=1)
    assert [p[0] for p in caught.value.problems] == ["food_days"]
