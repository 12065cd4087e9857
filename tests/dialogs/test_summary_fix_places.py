"""A place fix at the summary that names the right place, then the wrong one ("รังสิตมัน
ปทุมธานี ไม่ใช่กทม."): the "ไม่ใช่" takes back the place after it, never the one before
(dev8: the right province shown was swapped for the one denied)."""

from __future__ import annotations

from dialogs.summary_places import place_fixes

BANGKOK = {"code": "TH-10", "name": "กรุงเทพมหานคร"}
PATHUM = {"code": "TH-13", "name": "ปทุมธานี"}
ROI_ET = {"code": "TH-45", "name": "ร้อยเอ็ด"}


def test_the_place_after_not_is_the_wrong_one() -> None:
    shown = {"current_province": BANGKOK, "home_province": ROI_ET, "travellers": 2}
    fixed = place_fixes(shown, "ขอแก้นิดนึงครับ รังสิตมันปทุมธานี ไม่ใช่กทม.")
    assert fixed is not None and fixed["current_province"] == PATHUM
    assert fixed["home_province"] == ROI_ET


def test_a_denied_place_never_replaces_the_right_one() -> None:
    shown = {"current_province": PATHUM, "home_province": ROI_ET, "travellers": 2}
    fixed = place_fixes(shown, "ขอแก้นิดนึงครับ รังสิตมันปทุมธานี ไม่ใช่กทม.")
    assert (fixed or shown)["current_province"] == PATHUM


def test_a_place_said_wrong_after_it_is_still_taken_back() -> None:
    shown = {"current_province": {"code": "TH-21", "name": "ระยอง"}, "home_province": ROI_ET}
    fixed = place_fixes(shown, "ระยองไม่ใช่ค่ะ อยู่ชลบุรี")
    assert fixed is not None and fixed["current_province"]["name"] == "ชลบุรี"
