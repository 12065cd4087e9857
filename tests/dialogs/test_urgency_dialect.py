""""ม่าย" (southern and playful "ไม่") before ด่วน or รีบ is no urgency (dev26: "ม่ายด่วน
ครับ ยังนอนบ้านน้องเมียได้" was read as urgent)."""

from __future__ import annotations

import pytest

from dialogs.slots import BY_KEY


@pytest.mark.parametrize("text", ["ม่ายด่วนครับ ยังนอนบ้านน้องเมียได้ แต่อยู่นานไม่ได้ เกรงใจเขา",
                                  "ม่ายรีบค่ะ"])
def test_mai_before_urgent_is_not_urgent(text: str) -> None:
    assert BY_KEY["urgent"].parse(text, None) is False


@pytest.mark.parametrize("text", ["ด่วนครับ คืนนี้ไม่มีที่นอน", "ด่วนมากค่ะ"])
def test_urgent_is_still_urgent(text: str) -> None:
    assert BY_KEY["urgent"].parse(text, None) is True
