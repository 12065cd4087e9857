"""Source B's rules: the reasons given are those of what was asked."""

from __future__ import annotations

from dialogs.eligibility import assess


def test_no_hardship_before_documents_gives_only_the_hardship_reason() -> None:
    verdict = assess({"no_shelter": False, "no_food": False, "no_fare": False})
    assert not verdict.eligible
    assert len(verdict.not_met) == 1 and "ความเดือดร้อน" in verdict.not_met[0]


def test_no_card_and_no_letter_is_a_documents_reason() -> None:
    verdict = assess({"no_fare": True, "id_card": False, "nationality_letter": False})
    assert not verdict.eligible and any("บัตรประชาชน" in r for r in verdict.not_met)


def test_a_card_and_no_fare_is_eligible() -> None:
    assert assess({"no_fare": True, "id_card": True}).eligible
