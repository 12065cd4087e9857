"""The managers' figures over a period, as pure functions of the cases.

A case counts in the period when it was created (in Thai time) on a day from
`start` to `end`, both included. The figures:

- requests per week (weeks start on Monday) by outcome: helped (assisted, reported,
  followed up), refused, closed without help, or still open;
- requests by the province the person asked from and the province of their home;
- the share of urgent requests;
- first contact within 15 minutes, for urgent screening cases (manual step 3);
- help within 24 hours (urgent) or 15 days (not urgent), for screening cases: met
  when helped in time, missed when helped late or still waiting past the deadline,
  pending while the deadline has not passed; a refused or closed case needed no help;
- follow-ups: cases asked the step-8 question, and how many answered;
- median times from the request to first contact and to help.

Cases are mappings as `Case.as_dict()` gives them (times as ISO text or datetimes).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.cases.deadlines import FIRST_CONTACT_URGENT, HELP_NORMAL, HELP_URGENT, thai_time
from bot.cases.errors import ReportError
from bot.cases.report import case_moment

OUTCOMES = ("helped", "rejected", "closed", "open")
OUTCOME_LABELS = {"helped": "ช่วยเหลือแล้ว", "rejected": "ไม่ผ่านการพิจารณา",
                  "closed": "ปิดโดยไม่ได้ช่วยเหลือ", "open": "ยังดำเนินการ"}
HELPED_STATUSES = frozenset({"assisted", "reported", "followed_up"})
UNKNOWN_PROVINCE = "ไม่ระบุ"
MAX_DAYS = 366 * 3  # the longest period asked at once
# the step-8 follow-up on the case (bot/cases/follow_up.py): data["follow_up"] holds
# asked_at and, once the person answered, answer ("safe", "not_yet" or "problem")
FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class Deadline:
    """How many cases met a deadline, missed it, or are still within it."""

    met: int = 0
    missed: int = 0
    pending: int = 0

    @property
    def decided(self) -> int:
        return self.met + self.missed

    @property
    def share(self) -> float | None:
        """met / (met + missed), or None when nothing was decided yet."""
        return self.met / self.decided if self.decided else None

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "share": self.share}


@dataclass(frozen=True)
class Week:
    start: dt.date  # a Monday
    outcomes: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())


@dataclass(frozen=True)
class Stats:
    start: dt.date
    end: dt.date
    total: int
    urgent: int
    weeks: tuple[Week, ...]
    current_province: tuple[tuple[str, int], ...]  # most requests first
    home_province: tuple[tuple[str, int], ...]
    first_contact_urgent: Deadline
    help_urgent: Deadline
    help_normal: Deadline
    follow_ups_asked: int
    follow_ups_answered: int
    median_first_contact_minutes: float | None
    median_help_hours: float | None
    outcomes: Mapping[str, int] = field(default_factory=dict)

    @property
    def urgent_share(self) -> float | None:
        return self.urgent / self.total if self.total else None

    def as_json(self) -> dict[str, Any]:
        return {
            "period": {"from": self.start.isoformat(), "to": self.end.isoformat()},
            "total": self.total, "urgent": self.urgent, "urgent_share": self.urgent_share,
            "outcomes": dict(self.outcomes),
            "weeks": [{"start": w.start.isoformat(), "total": w.total, **w.outcomes}
                      for w in self.weeks],
            "current_province": [{"province": p, "count": n}
                                 for p, n in self.current_province],
            "home_province": [{"province": p, "count": n} for p, n in self.home_province],
            "first_contact_within_15_minutes": self.first_contact_urgent.as_json(),
            "help_within_24_hours": self.help_urgent.as_json(),
            "help_within_15_days": self.help_normal.as_json(),
            "follow_ups": {"asked": self.follow_ups_asked,
                           "answered": self.follow_ups_answered},
            "median_minutes_to_first_contact": self.median_first_contact_minutes,
            "median_hours_to_help": self.median_help_hours,
        }


def outcome(status: str) -> str:
    if status in HELPED_STATUSES:
        return "helped"
    if status in ("rejected", "closed"):
        return status
    return "open"


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ReportError("วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น")
    if (end - start).days >= MAX_DAYS:
        raise ReportError(f"ช่วงเวลายาวได้ไม่เกิน {MAX_DAYS} วัน")


def _deadline(start: dt.datetime, done: dt.datetime | None, window: dt.timedelta,
              now: dt.datetime) -> str:
    """'met', 'missed' or 'pending' for something due `window` after `start`."""
    due = start + window
    if done is not None:
        return "met" if done <= due else "missed"
    return "missed" if now > due else "pending"


def _tally(results: list[str]) -> Deadline:
    counts = Counter(results)
    return Deadline(counts["met"], counts["missed"], counts["pending"])


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _province(case: Mapping[str, Any], key: str) -> str:
    value = str(case.get(key) or "").strip()
    return value or UNKNOWN_PROVINCE


def _ranked(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda pair: (-pair[1], pair[0])))


def compute(cases: Sequence[Mapping[str, Any]], start: dt.date, end: dt.date,
            now: dt.datetime) -> Stats:
    """The figures of the cases created from `start` to `end` (Thai dates, both included),
    as they stand at `now`. ReportError for a bad period or a malformed stored time."""
    check_period(start, end)
    now = thai_time(now)
    chosen = []
    for case in cases:
        created = case_moment(case, "created_at")
        if created is not None and start <= created.date() <= end:
            chosen.append((created, case))
    weeks: dict[dt.date, Counter[str]] = {}
    day = week_start(start)
    while day <= end:
        weeks[day] = Counter()
        day += dt.timedelta(days=7)
    current: Counter[str] = Counter()
    home: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    first_contact: list[str] = []
    help_urgent: list[str] = []
    help_normal: list[str] = []
    to_contact: list[float] = []
    to_help: list[float] = []
    asked = answered = 0
    for created, case in chosen:
        result = outcome(str(case.get("status") or ""))
        outcomes[result] += 1
        weeks[week_start(created.date())][result] += 1
        current[_province(case, "current_province")] += 1
        home[_province(case, "home_province")] += 1
        contact = case_moment(case, "first_contact_at")
        assisted = case_moment(case, "assisted_at")
        if contact is not None:
            to_contact.append((contact - created).total_seconds() / 60)
        if assisted is not None:
            to_help.append((assisted - created).total_seconds() / 3600)
        follow_up = case.get(FOLLOW_UP)
        if isinstance(follow_up, Mapping) and (follow_up.get("asked_at")
                                               or follow_up.get("answer")):
            asked += 1
            answered += 1 if follow_up.get("answer") else 0
        if case.get("kind", "screening") != "screening":
            continue  # a request for a human has its own contact time, not the manual's
        urgent = bool(case.get("urgent"))
        if urgent:
            first_contact.append(_deadline(created, contact, FIRST_CONTACT_URGENT, now))
        if assisted is None and result in ("rejected", "closed"):
            continue  # no help was due
        (help_urgent if urgent else help_normal).append(
            _deadline(created, assisted, HELP_URGENT if urgent else HELP_NORMAL, now))
    return Stats(
        start=start, end=end, total=len(chosen),
        urgent=sum(1 for _, c in chosen if c.get("urgent")),
        weeks=tuple(Week(d, {o: weeks[d][o] for o in OUTCOMES}) for d in sorted(weeks)),
        current_province=_ranked(current), home_province=_ranked(home),
        first_contact_urgent=_tally(first_contact), help_urgent=_tally(help_urgent),
        help_normal=_tally(help_normal), follow_ups_asked=asked,
        follow_ups_answered=answered, median_first_contact_minutes=_median(to_contact),
        median_help_hours=_median(to_help), outcomes={o: outcomes[o] for o in OUTCOMES})


def default_period(today: dt.date, weeks: int = 8) -> tuple[dt.date, dt.date]:
    """The last `weeks` weeks, from a Monday to today."""
    return week_start(today) - dt.timedelta(weeks=weeks - 1), today


def parse_day(text: str) -> dt.date:
    """A day typed as 'd/m/yyyy' with a Buddhist-era year (e.g. '1/11/2569'; a year
    below 2400 is taken as Christian-era), or ISO '2026-11-01'; ReportError if not."""
    raw = text.strip()
    try:
        if "/" in raw:
            day, month, year = (int(part) for part in raw.split("/"))
            return dt.date(year - 543 if year >= 2400 else year, month, day)
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ReportError(f"วันที่ {raw!r} ไม่ถูกต้อง ใช้รูปแบบ วัน/เดือน/ปี พ.ศ. "
                          "เช่น 1/11/2569") from None
