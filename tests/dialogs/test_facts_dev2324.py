"""Urgency and shelter read too far (dev23, dev24): a son who ran away from home a month
ago is not fleeing now; "ไม่มีตังค่ารถกับบ้าน" (กลับ mistyped) is the fare home, not a
lack of a home."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts


@pytest.mark.parametrize("text", [
    "ลูกชายป่วยจิตเวช หนีออกจากบ้านไปตั้งแต่เดือนก่อน", "น้องหนีออกจากบ้านไปนานแล้ว"])
def test_gone_long_since_is_not_fleeing_now(text: str) -> None:
    assert extract_facts(text).urgent is None


@pytest.mark.parametrize("text", ["หนีออกจากบ้านมาค่ะ ผัวตี", "หนีผัวมาค่ะ", "หนีออกมาได้เมื่อคืน"])
def test_fleeing_now_is_urgent(text: str) -> None:
    assert extract_facts(text).urgent is True


def test_the_fare_home_mistyped_is_no_lack_of_home() -> None:
    facts = extract_facts("ไม่มีตังค่ารถกับบ้านค่ะ")
    assert facts.no_fare is True and facts.no_shelter is None


@pytest.mark.parametrize("text", ["ไม่มีเงินกับบ้าน", "ไม่มีค่ารถ ไม่มีบ้าน"])
def test_no_home_still_is(text: str) -> None:
    assert extract_facts(text).no_shelter is True
