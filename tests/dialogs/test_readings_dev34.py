"""Misreadings found by the blind development set dev34 (groups, indirect urgency,
questions back, dialects)."""

from __future__ import annotations

import pytest

from dialogs.parse import clean_text
from dialogs.places import here_and_home_in


def places(text: str) -> tuple[str | None, str | None, list[str]]:
    cleaned = clean_text(text)
    found = here_and_home_in(cleaned, cleaned.replace(" ", ""))
    return (found.current and found.current.name_th, found.home and found.home.name_th,
            [p.name_th for p in found.bare])


def test_a_count_before_a_place_is_no_native_of_it() -> None:
    """"ทั้ง ๓ คน สมุทรปราการ" read as "a native of Samut Prakan": home, and the two
    places of the answer swapped."""
    assert places("มีค่ะ ทั้ง ๓ คน สมุทรปราการค่ะ บางพลี ยโสธรค่ะ") == (
        None, None, ["สมุทรปราการ", "ยโสธร"])


@pytest.mark.parametrize("text", ["ผมเป็นคนขอนแก่น", "ผมคนขอนแก่นครับ", "เป็นชาวขอนแก่น"])
def test_a_native_of_a_place_is_still_from_there(text: str) -> None:
    assert places(text)[1] == "ขอนแก่น"


@pytest.mark.parametrize(("text", "had"), [
    ("มีค่ะมีทั้งของหนูของพ่อค่ะ", True),  # dev34: asked three times, then skipped
    ("มีทั้งของผมกับของแม่ครับ", True), ("มีค่ะ มีครบ", True),
    ("มีทั้งของหนูแต่ของพ่อหาย", None)])  # one of them lost: not both
def test_both_cards_had(text: str, had: bool | None) -> None:
    from dialogs.card_reader import read_id_card
    assert read_id_card(text, None) is had
