"""One-time link codes and display names (pure parts)."""

from __future__ import annotations

import pytest

from bot import people
from bot.staff_room import CODE_ALPHABET, code_hash, link_code_in, new_code


def test_codes_are_readable_and_distinct() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 9 and code[4] == "-"
        assert all(c in CODE_ALPHABET for c in code.replace("-", ""))


@pytest.mark.parametrize(("text", "code"), [
    ("/link ABCD-EF23", "ABCDEF23"), ("/link@namjai_bot abcdef23", "ABCDEF23"),
    ("ABCD-EF23", "ABCDEF23"), (" abcd ef23 ", "ABCDEF23"),
    ("สวัสดีค่ะ", None), ("/link", None), ("HELLO-YOU1", None), ("ABCD-EF23 ค่ะ", None),
])
def test_a_code_is_found_in_a_command_or_alone(text: str, code: str | None) -> None:
    assert link_code_in(text) == code


def test_a_code_is_kept_as_a_hash_that_ignores_case_and_dash() -> None:
    assert code_hash("abcd-ef23") == code_hash("ABCDEF23")
    assert code_hash("ABCDEF23") != code_hash("ABCDEF24")
    assert "ABCDEF23" not in code_hash("ABCDEF23")


def test_display_names() -> None:
    assert people.check_display_name("  คุณ   สมศรี ") == "คุณ สมศรี"
    for bad in ("", "   ", "ก" * 41, "คุณ\x00สมศรี", 5):
        with pytest.raises(ValueError):
            people.check_display_name(bad)
    assert people.staff_line("คุณสมศรี", "สวัสดีค่ะ") == "เจ้าหน้าที่ คุณสมศรี: สวัสดีค่ะ"
    assert people.staff_line("", "สวัสดีค่ะ") == "เจ้าหน้าที่: สวัสดีค่ะ"
    assert people.in_staff_chat("", "somsri") == "somsri"
