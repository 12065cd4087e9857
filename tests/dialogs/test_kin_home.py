"""The home of an elder's kin, said by one who writes for the elder, is the home to go
back to (dev20 "neighbour for forgetful grandma lat krabang"); staying there is here."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts


def _places(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(text)
    return (facts.current_province and facts.current_province.name_en,
            facts.home_province and facts.home_province.name_en)


@pytest.mark.parametrize(("text", "places"), [
    ("กรุงเก่าค่ะ บ้านน้องสาวยายอยู่บางปะอิน อยุธยา", (None, "Phra Nakhon Si Ayutthaya")),
    ("บ้านลูกชายตาอยู่ที่ลำปาง", (None, "Lampang")),
    ("บ้านยายอยู่บางปะอิน อยุธยา", (None, "Phra Nakhon Si Ayutthaya")),
])
def test_an_elders_kin_home_is_home(text: str, places: tuple[str | None, str | None]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(("text", "places"), [
    ("อยู่บ้านน้องสาวยายที่อยุธยา", ("Phra Nakhon Si Ayutthaya", None)),  # staying there
    ("ยายนอนบ้านลูกสาวยายที่อยุธยา", ("Phra Nakhon Si Ayutthaya", None)),
])
def test_staying_at_an_elders_kin_home_is_here(text: str,
                                               places: tuple[str | None, str | None]) -> None:
    assert _places(text) == places
