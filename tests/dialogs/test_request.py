"""The request sent to the queue: referrals named for who the person said they are."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs import texts
from dialogs.replies import address
from dialogs.request import PLAIN_TITLES, sent_request
from knowledge import load_knowledge

NOW = dt.datetime(2026, 12, 3, 2, 0, tzinfo=dt.UTC)
BASE = {"no_fare": True, "id_card": True, "travellers": 1, "urgent": False}


def titles(answers: dict[str, object]) -> dict[str, str]:
    case, _ = sent_request(load_knowledge(), {**BASE, **answers}, NOW)
    return {r["id"]: r["title"] for r in case["referrals"]}


def test_work_for_someone_never_in_prison_is_named_plainly() -> None:
    got = titles({"needs": ["work"]})
    assert got["job_placement"] == PLAIN_TITLES["job_placement"]
    assert not any("พ้นโทษ" in t for t in got.values())


def test_work_for_a_released_prisoner_keeps_the_topic_title() -> None:
    kb = load_knowledge()
    got = titles({"needs": ["work", "probation"], "released": True})
    assert got["job_placement"] == kb.by_id["job_placement"].title


@pytest.mark.parametrize(("name", "called"), [
    ("สมชาย", "คุณสมชาย"), ("น้องเอ", "น้องเอ"), ("ป้าแดง", "ป้าแดง"),
    ("คุณสมชาย", "คุณสมชาย"), ("John", "คุณ John")])
def test_a_person_is_called_as_they_named_themselves(name: str, called: str) -> None:
    assert address(name) == called


@pytest.mark.parametrize(("care", "topics"), [
    (["elderly"], {"elderly_allowance", "elderly_hardship_grant"}),  # dev10 elder at Sanam Luang
    (["disabled"], {"disability_allowance", "disability_devices"}),  # dev10 deaf man
    (["elderly", "child"], {"elderly_allowance", "elderly_hardship_grant"})])
def test_care_needs_refer_their_own_services(care: list[str], topics: set[str]) -> None:
    assert set(titles({"special_needs": care})) == topics


@pytest.mark.parametrize("care", [[], ["child"], ["pregnant"]])
def test_other_care_needs_refer_nothing(care: list[str]) -> None:
    assert titles({"special_needs": care}) == {}


def test_sick_refers_care_on_the_way_never_a_health_service() -> None:
    # the return-home aid's own care while waiting (002 rates art. 4), not medical_services
    assert set(titles({"special_needs": ["sick"]})) == {"medical_care_in_transit"}


def offered(answers: dict[str, object]) -> bool:
    _, out = sent_request(load_knowledge(), {**BASE, **answers}, NOW)
    return any(r.text == texts.ANYTHING_ELSE for r in out)


def test_anything_else_is_offered_to_all_never_asked_the_other_needs() -> None:
    # dev12 durian pickers: a pregnancy asked sensitive consent ("ยินยอม"), never the needs
    assert offered({"sensitive_consent": True, "needs": ["health"], "special_needs": ["pregnant"]})
    assert offered({})
    assert not offered({"released": True, "sensitive_consent": True, "needs": ["work"]})
