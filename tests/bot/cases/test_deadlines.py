"""Deadlines of the manual and the queue's deadline badge."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.cases.workflow import (
    FIRST_CONTACT_URGENT,
    FOLLOW_UP_AFTER_ASSISTED,
    HELP_NORMAL,
    HELP_URGENT,
    Deadlines,
    WorkflowError,
    badge,
    deadlines,
)
from dialogs.eligibility import due_at
from dialogs.texts import THAI_TZ

CREATED = dt.datetime(2026, 12, 1, 9, 0, tzinfo=THAI_TZ)
MIN = dt.timedelta(minutes=1)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


def test_the_manual_s_numbers() -> None:
    assert dt.timedelta(minutes=15) == FIRST_CONTACT_URGENT
    assert dt.timedelta(hours=24) == HELP_URGENT
    assert dt.timedelta(days=15) == HELP_NORMAL
    assert dt.timedelta(days=7) == FOLLOW_UP_AFTER_ASSISTED


def test_urgent_deadlines() -> None:
    d = deadlines(True, CREATED)
    assert d.first_contact_by == dt.datetime(2026, 12, 1, 9, 15, tzinfo=THAI_TZ)
    assert d.help_by == dt.datetime(2026, 12, 2, 9, 0, tzinfo=THAI_TZ)
    assert d.follow_up_by is None
    assert d.urgent


def test_normal_deadlines_and_follow_up() -> None:
    assisted = dt.datetime(2026, 12, 3, 14, 0, tzinfo=THAI_TZ)
    d = deadlines(False, CREATED, assisted)
    assert d.first_contact_by is None and not d.urgent
    assert d.help_by == dt.datetime(2026, 12, 16, 9, 0, tzinfo=THAI_TZ)
    assert d.follow_up_by == dt.datetime(2026, 12, 10, 14, 0, tzinfo=THAI_TZ)


@pytest.mark.parametrize("urgent", [True, False])
def test_help_deadline_agrees_with_the_case_due_time(urgent: bool) -> None:
    assert deadlines(urgent, CREATED).help_by == due_at(urgent, CREATED)


def test_naive_times_are_refused() -> None:
    with pytest.raises(WorkflowError, match="created_at"):
        deadlines(True, dt.datetime(2026, 12, 1, 9, 0))
    with pytest.raises(WorkflowError, match="assisted_at"):
        deadlines(True, CREATED, dt.datetime(2026, 12, 1, 9, 0))
    with pytest.raises(WorkflowError, match="now"):
        badge(deadlines(False, CREATED), "received", dt.datetime(2026, 12, 1), False)


def test_unclaimed_urgent_case_counts_down_first_contact() -> None:
    d = deadlines(True, CREATED)
    assert badge(d, "received", CREATED + 3 * MIN, False) == ("soon", "ติดต่อแรก เหลือ 12 นาที")
    assert badge(d, "received", CREATED + 20 * MIN, False) == (
        "late", "ติดต่อแรก เกินกำหนด 5 นาที")
    assert badge(d, "received", CREATED + 15 * MIN, False) == (
        "soon", "ติดต่อแรก เหลือไม่ถึง 1 นาที")
    assert badge(d, "received", CREATED + 15 * MIN + dt.timedelta(seconds=20), False) == (
        "late", "ติดต่อแรก เกินกำหนดไม่ถึง 1 นาที")


def test_claimed_urgent_case_counts_down_help() -> None:
    d = deadlines(True, CREATED)
    assert badge(d, "received", CREATED + 20 * MIN, True) == ("ok", "เหลือ 23 ชม.")
    assert badge(d, "reviewing", CREATED + 20 * MIN, False) == ("ok", "เหลือ 23 ชม.")


def test_urgent_help_window_soon_at_20_percent() -> None:
    d = deadlines(True, CREATED)
    # 20 % of 24 h is 4 h 48 min
    assert badge(d, "approved", d.help_by - 4 * HOUR - 49 * MIN, True)[0] == "ok"
    assert badge(d, "approved", d.help_by - 4 * HOUR - 47 * MIN, True) == (
        "soon", "เหลือ 4 ชม.")
    assert badge(d, "approved", d.help_by + 2 * HOUR, True) == ("late", "เกินกำหนด 2 ชม.")


def test_normal_window_soon_at_3_days() -> None:
    d = deadlines(False, CREATED)
    assert badge(d, "reviewing", CREATED + DAY, True) == ("ok", "เหลือ 14 วัน")
    assert badge(d, "reviewing", d.help_by - 3 * DAY - MIN, True) == ("ok", "เหลือ 3 วัน")
    assert badge(d, "reviewing", d.help_by - 3 * DAY + MIN, True) == ("soon", "เหลือ 2 วัน")
    assert badge(d, "awaiting_approval", d.help_by + 2 * DAY + HOUR, True) == (
        "late", "เกินกำหนด 2 วัน")


def test_soon_under_two_hours_even_when_most_of_the_window_is_left() -> None:
    # 14 of 15 minutes left is far more than 20 %, but under 2 hours: act now
    d = Deadlines(first_contact_by=CREATED + 15 * MIN, help_by=CREATED + DAY,
                  follow_up_by=None)
    assert badge(d, "received", CREATED + MIN, False) == ("soon", "ติดต่อแรก เหลือ 14 นาที")


def test_after_help_the_follow_up_letter_counts() -> None:
    assisted = CREATED + 2 * DAY
    d = deadlines(False, CREATED, assisted)
    assert badge(d, "assisted", assisted + DAY, True) == ("ok", "หนังสือติดตามผล เหลือ 6 วัน")
    assert badge(d, "reported", assisted + 6 * DAY, True) == (
        "soon", "หนังสือติดตามผล เหลือ 1 วัน")
    assert badge(d, "reported", assisted + 8 * DAY, True) == (
        "late", "หนังสือติดตามผล เกินกำหนด 1 วัน")


def test_assisted_without_a_time_falls_back_to_help() -> None:
    d = deadlines(False, CREATED)
    assert badge(d, "assisted", CREATED + DAY, True) == ("ok", "เหลือ 14 วัน")


@pytest.mark.parametrize(("status", "text"), [("followed_up", "ติดตามผลแล้ว"),
                                              ("rejected", "ไม่ผ่านการพิจารณา"),
                                              ("closed", "ปิดเรื่องแล้ว")])
def test_finished_cases_are_done_even_when_late(status: str, text: str) -> None:
    d = deadlines(True, CREATED)
    assert badge(d, status, CREATED + 30 * DAY, False) == ("done", text)


def test_minutes_under_an_hour() -> None:
    d = deadlines(False, CREATED)
    assert badge(d, "reviewing", d.help_by - 59 * MIN, True) == ("soon", "เหลือ 59 นาที")
    assert badge(d, "reviewing", d.help_by + 61 * MIN, True) == ("late", "เกินกำหนด 1 ชม.")
