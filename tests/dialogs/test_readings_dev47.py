"""Misreadings found by the blind development set dev47 (terse, typo-laden and English
messages)."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_travel_alone
from dialogs.consent_preview import split_consent
from dialogs.facts import extract_facts
from dialogs.readers import read_id_card, read_special, read_urgent
from dialogs.understand import read_message


@pytest.mark.parametrize(("text", "home"), [
    ("ยินยอม มีบัตร บ้านนครศรี", "นครศรีธรรมราช"),  # was read as where the person is:
    ("มีบัตร บ้านขอนแก่น", "ขอนแก่น"),  # refused as already home
    ("ผมอยู่ระยองครับ บ้านยโสธร", "ยโสธร")])
def test_home_said_tersely(text: str, home: str) -> None:
    facts = extract_facts(text)
    assert facts.home_province is not None and facts.home_province.name_th == home


@pytest.mark.parametrize("text", [
    "อยู่บ้านขอนแก่น", "นอนบ้านเพื่อนระยอง", "เพื่อนบ้านอุดร", "ค่าเช่าบ้านระยองแพง"])
def test_a_house_stayed_at_is_no_home(text: str) -> None:
    assert extract_facts(text).home_province is None


@pytest.mark.parametrize(("text", "alone"), [
    ("ไม่ได้ ไปเองหลงแน่", False), ("บ่ได้หลาน ลุงอ่านหนังสือบ่ออก ขึ้นรถบ่ถูก", False),
    ("ไม่ได้ ป่วยแต่ไปเองได้", None), ("ไม่ได้ ลืมบอกว่าไปกับลูก", None), ("ไปเองได้", True)])
def test_a_no_then_why_to_can_you_go_alone(text: str, alone: bool | None) -> None:
    assert read_travel_alone(text, None) is alone


def test_english_messages() -> None:
    assert read_id_card("have thai card", None) is True
    assert read_id_card("no thai card", None) is False
    assert read_urgent("tonight sleep park lumpini", None) is True
    assert read_special("baby in belly 6 month", None) == ["pregnant"]
    assert read_message("me myanmar work mahachai").get("thai") is False
    assert read_message("ok no thai card, have passport myanmar").get("thai") is False
    # "ok" then the answer shown with the consent question: a yes, and the answer
    assert split_consent("ok no thai card, have passport myanmar") == (
        True, "no thai card, have passport myanmar")
