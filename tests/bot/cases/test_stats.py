"""The dashboard's figures, from hand-made cases whose answers are known."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.cases.errors import ReportError
from bot.cases.stats import compute, default_period, parse_day, week_start

ICT = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 12, 3, 12, 0, tzinfo=ICT)  # a Thursday


def at(day: int, hour: int = 9, minute: int = 0, month: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=ICT)


def case(created: dt.datetime, status: str = "received", *, urgent: bool = False,
         kind: str = "screening", **extra: Any) -> dict[str, Any]:
    return {"id": 1, "created_at": created.isoformat(), "status": status, "urgent": urgent,
            "kind": kind, "current_province": "ชลบุรี", "home_province": "ขอนแก่น", **extra}


def test_the_period_counts_cases_by_their_thai_creation_day() -> None:
    late_evening_utc = dt.datetime(2026, 11, 30, 17, 30, tzinfo=dt.UTC)  # 1 Dec in Thailand
    cases = [case(late_evening_utc), case(at(30, month=11)), case(at(3)),
             case(at(4))]  # the 4th is after the period
    stats = compute(cases, dt.date(2026, 12, 1), dt.date(2026, 12, 3), NOW)
    assert stats.total == 2


def test_requests_per_week_by_outcome_with_empty_weeks() -> None:
    cases = [case(at(16, month=11), "followed_up"), case(at(17, month=11), "rejected"),
             case(at(18, month=11), "assisted"), case(at(1), "closed"), case(at(2)),
             case(at(3), "approved")]
    stats = compute(cases, dt.date(2026, 11, 10), dt.date(2026, 12, 3), NOW)
    starts = [w.start for w in stats.weeks]
    assert starts == [dt.date(2026, 11, 9), dt.date(2026, 11, 16), dt.date(2026, 11, 23),
                      dt.date(2026, 11, 30)]
    by_start = {w.start: dict(w.outcomes) for w in stats.weeks}
    assert by_start[dt.date(2026, 11, 9)] == {"helped": 0, "rejected": 0, "closed": 0,
                                              "open": 0}
    assert by_start[dt.date(2026, 11, 16)] == {"helped": 2, "rejected": 1, "closed": 0,
                                               "open": 0}
    assert by_start[dt.date(2026, 11, 30)] == {"helped": 0, "rejected": 0, "closed": 1,
                                               "open": 2}
    assert dict(stats.outcomes) == {"helped": 2, "rejected": 1, "closed": 1, "open": 2}
    assert sum(w.total for w in stats.weeks) == stats.total == 6


def test_provinces_ranked_and_unknown_named() -> None:
    cases = [case(at(1), current_province="ระยอง", home_province="น่าน"),
             case(at(1), current_province="ระยอง"), case(at(2)),
             case(at(2), current_province="", home_province=None)]
    stats = compute(cases, dt.date(2026, 12, 1), dt.date(2026, 12, 3), NOW)
    assert stats.current_province == (("ระยอง", 2), ("ชลบุรี", 1), ("ไม่ระบุ", 1))
    assert stats.home_province == (("ขอนแก่น", 2), ("น่าน", 1), ("ไม่ระบุ", 1))


def test_urgent_share_and_first_contact_within_15_minutes() -> None:
    cases = [
        case(at(1), urgent=True, first_contact_at=at(1, 9, 15).isoformat()),  # met (15 min)
        case(at(1), urgent=True, first_contact_at=at(1, 9, 16).isoformat()),  # missed
        case(at(2), urgent=True),  # never contacted, long past: missed
        case(dt.datetime(2026, 12, 3, 11, 50, tzinfo=ICT), urgent=True),  # 10 min ago
        case(at(2), urgent=True, kind="handoff"),  # not the manual's first contact
        case(at(2), urgent=False),
    ]
    stats = compute(cases, dt.date(2026, 12, 1), dt.date(2026, 12, 3), NOW)
    assert (stats.urgent, stats.total) == (5, 6)
    assert stats.urgent_share == pytest.approx(5 / 6)
    fc = stats.first_contact_urgent
    assert (fc.met, fc.missed, fc.pending) == (1, 2, 1)
    assert fc.share == pytest.approx(1 / 3)


def test_help_within_24_hours_or_15_days() -> None:
    cases = [
        case(at(1), "assisted", urgent=True, assisted_at=at(2, 8).isoformat()),  # 23 h: met
        case(at(1), "reported", urgent=True, assisted_at=at(2, 10).isoformat()),  # missed
        case(at(2), "reviewing", urgent=True),  # open past 24 h: missed
        case(at(3, 10), "received", urgent=True),  # 2 h ago: pending
        case(at(1), "rejected", urgent=True),  # no help due
        case(at(1, month=11), "assisted", assisted_at=at(15, month=11).isoformat()),  # met
        case(at(1, month=11), "approved"),  # 32 days open: missed
        case(at(1), "closed"),  # no help due
        case(at(2)),  # pending
    ]
    stats = compute(cases, dt.date(2026, 11, 1), dt.date(2026, 12, 3), NOW)
    u, n = stats.help_urgent, stats.help_normal
    assert (u.met, u.missed, u.pending) == (1, 2, 1)
    assert (n.met, n.missed, n.pending) == (1, 1, 1)
    assert n.share == pytest.approx(0.5)
    # median hours to help: 23, 25 and 14 days = 336 hours
    assert stats.median_help_hours == 25.0


def test_median_minutes_to_first_contact() -> None:
    cases = [case(at(1), first_contact_at=at(1, 9, 4).isoformat()),
             case(at(1), first_contact_at=at(1, 9, 10).isoformat()),
             case(at(1), first_contact_at=at(1, 10, 0).isoformat()),
             case(at(1), first_contact_at=at(1, 11, 0).isoformat()), case(at(1))]
    stats = compute(cases, dt.date(2026, 12, 1), dt.date(2026, 12, 3), NOW)
    assert stats.median_first_contact_minutes == 35.0
    empty = compute([], dt.date(2026, 12, 1), dt.date(2026, 12, 3), NOW)
    assert empty.median_first_contact_minutes is None and empty.urgent_share is None
    assert empty.first_contact_urgent.share is None


def test_follow_ups_asked_and_answered() -> None:
    asked = at(2).isoformat()
    cases = [case(at(1), "assisted", follow_up={"asked_at": asked}),
             case(at(1), "assisted", follow_up={"asked_at": asked, "silent_at": asked}),
             case(at(1), "reported", follow_up={"asked_at": asked, "answer": "safe",
                                                "answered_at": asked}),
             case(at(1), "assisted"), case(at(1), "assisted", follow_up="broken")]
    stats = compute(cases, dt.date(2026, 12, 1), dt.date(2026, 12, 3), NOW)
    assert (stats.follow_ups_asked, stats.follow_ups_answered) == (3, 1)


def test_the_json_names_every_figure() -> None:
    stats = compute([case(at(1), urgent=True, first_contact_at=at(1, 9, 5).isoformat())],
                    dt.date(2026, 12, 1), dt.date(2026, 12, 3), NOW)
    data = stats.as_json()
    assert data["period"] == {"from": "2026-12-01", "to": "2026-12-03"}
    assert data["first_contact_within_15_minutes"] == {"met": 1, "missed": 0, "pending": 0,
                                                        "share": 1.0}
    assert data["weeks"] == [{"start": "2026-11-30", "total": 1, "helped": 0, "rejected": 0,
                              "closed": 0, "open": 1}]
    assert data["current_province"] == [{"province": "ชลบุรี", "count": 1}]
    assert data["median_minutes_to_first_contact"] == 5.0


def test_bad_periods_and_stored_times_are_refused() -> None:
    with pytest.raises(ReportError, match="ไม่ก่อนวันเริ่มต้น"):
        compute([], dt.date(2026, 12, 3), dt.date(2026, 12, 1), NOW)
    with pytest.raises(ReportError, match="ไม่เกิน"):
        compute([], dt.date(2020, 1, 1), dt.date(2026, 12, 1), NOW)
    with pytest.raises(ReportError, match="case 1: first_contact_at"):
        compute([case(at(1), first_contact_at="yesterday")], dt.date(2026, 12, 1),
                dt.date(2026, 12, 3), NOW)


def test_days_are_typed_in_the_buddhist_era() -> None:
    assert parse_day("1/11/2569") == dt.date(2026, 11, 1)
    assert parse_day(" 2026-11-01 ") == dt.date(2026, 11, 1)
    assert parse_day("1/11/2026") == dt.date(2026, 11, 1)
    for bad in ("31/2/2569", "พรุ่งนี้", "1/11", ""):
        with pytest.raises(ReportError, match=r"วัน/เดือน/ปี พ\.ศ\."):
            parse_day(bad)
    start, end = default_period(dt.date(2026, 12, 3))
    assert (start, end) == (dt.date(2026, 10, 12), dt.date(2026, 12, 3))
    assert week_start(start) == start
