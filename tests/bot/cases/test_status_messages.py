"""The texts a person gets when their case moves (pure)."""

from __future__ import annotations

import pytest

from bot.cases.status_messages import NOTIFIED, chosen_message, default_message

CASE = {"id": 7, "ref": "NJ-ABC234", "status": "awaiting_approval"}


def test_each_told_step_names_the_case_and_is_polite() -> None:
    for target in NOTIFIED:
        text = default_message(CASE, target, reason="เหตุผลทดสอบ")
        assert text is not None and "NJ-ABC234" in text, target
        assert "ค่ะ" in text and "1300" in text, target


def test_other_steps_say_nothing() -> None:
    for target in ("reviewing", "awaiting_approval", "reported", "followed_up"):
        assert default_message(CASE, target) is None


def test_approval_gives_where_and_when_only_when_entered() -> None:
    plain = default_message(CASE, "approved")
    assert plain is not None and "สถานที่:" not in plain and "ติดต่อนัด" in plain
    met = default_message(CASE, "approved", place=" ศาลากลาง\nชั้น 2 ", when="พรุ่งนี้ 9 โมง")
    assert met is not None and "สถานที่: ศาลากลาง ชั้น 2" in met and "วันเวลา: พรุ่งนี้ 9 โมง" in met


def test_a_refusal_gives_its_reason_and_where_else_to_turn() -> None:
    text = default_message(CASE, "rejected", reason="มีค่าเดินทางแล้ว")
    assert text is not None and "เหตุผล: มีค่าเดินทางแล้ว" in text and "พมจ." in text


def test_closing_a_refused_or_followed_up_case_is_not_told_again() -> None:
    assert default_message({**CASE, "status": "rejected"}, "closed") is None
    assert default_message({**CASE, "status": "followed_up"}, "closed") is None
    assert default_message({**CASE, "status": "received"}, "closed") is not None


def test_the_officers_own_text() -> None:
    assert chosen_message("ค่าเริ่มต้น", None) == "ค่าเริ่มต้น"
    assert chosen_message("ค่าเริ่มต้น", "  ของฉันค่ะ ") == "ของฉันค่ะ"
    assert chosen_message("ค่าเริ่มต้น", "  ") is None
    with pytest.raises(ValueError, match="string"):
        chosen_message("x", 5)
    with pytest.raises(ValueError, match="longer"):
        chosen_message("x", "ก" * 2001)
