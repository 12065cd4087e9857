"""Approved amounts, checked against the rates notice of 2000 (Source B).

- food while waiting and travelling: at most 100 baht a day a person (art. 1);
- fare: the cheapest rate, or a chartered vehicle with approval (art. 2): no fixed cap;
- lodging: the lowest local rate (art. 3): no fixed cap;
- medical: outpatient care at a government hospital, the actual cost (art. 4): no cap;
- other necessary costs: at most 100 baht a person (art. 5).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from bot.cases.errors import AmountError
from dialogs.eligibility import FOOD_PER_DAY_PERSON, OTHER_PER_PERSON
from dialogs.texts import baht

__all__ = [
    "FOOD_PER_DAY_PERSON",
    "ITEM_LABELS",
    "OTHER_PER_PERSON",
    "Amounts",
    "check_amounts",
    "stored_amounts",
]

ITEM_LABELS: dict[str, str] = {
    "food_days": "จำนวนวันค่าอาหาร",
    "food": "ค่าอาหาร",
    "fare": "ค่าพาหนะ",
    "lodging": "ค่าที่พัก",
    "medical": "ค่ารักษาพยาบาล",
    "other": "ค่าใช้จ่ายอื่น",
}


@dataclass(frozen=True)
class Amounts:
    """Approved aid in whole baht; `food_days` is the number of days food is paid for."""

    food_days: int = 0
    food: int = 0
    fare: int = 0
    lodging: int = 0
    medical: int = 0
    other: int = 0

    @property
    def total(self) -> int:
        """All the money: food, fare, lodging, medical and other (not the days)."""
        return self.food + self.fare + self.lodging + self.medical + self.other

    def as_dict(self) -> dict[str, int]:
        """The fields only (no total), so that check_amounts(a.as_dict(), n) == a."""
        return asdict(self)


_FIELDS = tuple(f.name for f in fields(Amounts))


Problem = tuple[str, int | None, str]  # (item, limit, Thai message)


def _whole(item: str, value: Any) -> tuple[int, Problem | None]:
    if isinstance(value, bool) or not isinstance(value, int):
        return 0, (item, None, f"{ITEM_LABELS[item]}ต้องเป็นจำนวนเต็ม (ได้รับ {value!r})")
    if value < 0:
        return 0, (item, None, f"{ITEM_LABELS[item]}ติดลบไม่ได้ (ได้รับ {value})")
    return value, None


def _rates(amounts: Amounts, travellers: int, bad: set[str]) -> list[Problem]:
    """The rate problems of the items that are whole numbers (`bad` are not)."""
    out: list[Problem] = []
    food_known = not bad & {"food", "food_days"}
    if food_known and amounts.food > 0 and amounts.food_days == 0:
        out.append(("food_days", None,
                    "มีค่าอาหารแต่ไม่ได้ระบุจำนวนวัน กรุณาระบุจำนวนวันค่าอาหาร"))
    food_limit = FOOD_PER_DAY_PERSON * amounts.food_days * travellers
    if food_known and amounts.food_days > 0 and amounts.food > food_limit:
        out.append(("food", food_limit,
                    f"ค่าอาหารเกินอัตรา: ไม่เกิน {baht(food_limit)} "
                    f"({FOOD_PER_DAY_PERSON} บาท/วัน/คน × {amounts.food_days} วัน"
                    f" × {travellers} คน)"))
    other_limit = OTHER_PER_PERSON * travellers
    if "other" not in bad and amounts.other > other_limit:
        out.append(("other", other_limit,
                    f"ค่าใช้จ่ายอื่นเกินอัตรา: ไม่เกิน {baht(other_limit)} "
                    f"({OTHER_PER_PERSON} บาท/คน × {travellers} คน)"))
    return out


def check_amounts(raw: Mapping[str, Any], travellers: int) -> Amounts:
    """Validate officer-entered amounts for `travellers` people; AmountError names every
    problem at once (its `problems`), the first item in its `item`.

    Every key is optional (0); unknown keys, non-integers, bools and negatives are refused;
    food and other costs are checked against the rates."""
    if not isinstance(raw, Mapping):
        raise AmountError("amounts", None, "จำนวนเงินต้องเป็นรายการ (ชื่อรายการ: จำนวนบาท)")
    if isinstance(travellers, bool) or not isinstance(travellers, int) or travellers < 1:
        raise AmountError("travellers", None,
                          f"จำนวนผู้เดินทางต้องเป็นจำนวนเต็มตั้งแต่ 1 คน (ได้รับ {travellers!r})")
    problems: list[Problem] = []
    unknown = sorted(str(k) for k in raw if k not in _FIELDS)
    if unknown:
        known = ", ".join(f"{k} ({ITEM_LABELS[k]})" for k in _FIELDS)
        problems.append((unknown[0], None,
                         f"ไม่รู้จักรายการ {', '.join(map(repr, unknown))} "
                         f"รายการที่ใช้ได้: {known}"))
    values: dict[str, int] = {}
    for k in _FIELDS:
        if k in raw:
            values[k], problem = _whole(k, raw[k])
            if problem is not None:
                problems.append(problem)
    amounts = Amounts(**values)
    problems += _rates(amounts, travellers, {p[0] for p in problems})
    if problems:
        order = {k: i for i, k in enumerate(_FIELDS)}
        problems.sort(key=lambda p: order.get(p[0], -1))
        first = problems[0]
        raise AmountError(first[0], first[1], "\n".join(p[2] for p in problems),
                          tuple(problems))
    return amounts


def stored_amounts(raw: Any) -> Amounts:
    """Amounts as saved on a case (Amounts.as_dict(), or None for none yet), without the
    rate checks; ValueError if a value is not a number."""
    if raw is None:
        return Amounts()
    if not isinstance(raw, Mapping):
        raise ValueError(f"amounts must be a mapping, got {raw!r}")
    try:
        return Amounts(**{k: int(raw.get(k) or 0) for k in _FIELDS})
    except (TypeError, ValueError):
        raise ValueError(f"amounts are not whole numbers: {raw!r}") from None
