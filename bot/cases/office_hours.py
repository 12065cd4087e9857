"""Office hours of the provincial offices (Source B): Monday to Friday 08:30–16:30 Thai
time, except official holidays; hotline 1300 and its e-service answer 24 hours.

Official holidays are the Thai public and government holidays of the `holidays`
package, plus the extra days off listed in holidays.yaml beside this module. The
office is open from 08:30 up to, not including, 16:30 (16:30 is closing time). The
manual's lunch break is not treated as closed: requests still reach the office.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import holidays
import yaml

from bot.cases.errors import CalendarError
from dialogs.texts import THAI_TZ, thai_datetime

DEFAULT_PATH = Path(__file__).with_name("holidays.yaml")
OPENS = dt.time(8, 30)
CLOSES = dt.time(16, 30)
HOTLINE = "1300"
_SEARCH_DAYS = 370
_WEEKDAYS = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์",
             "วันอาทิตย์")


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so a bad date is reported, not a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _local(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise CalendarError(f"a timezone-aware time is needed, got {moment.isoformat()}")
    return moment.astimezone(THAI_TZ)


def _parse_entry(path: Path, number: int, entry: Any) -> tuple[dt.date, str]:
    where = f"{path}: entry {number}"
    if not isinstance(entry, Mapping):
        raise CalendarError(f"{where}: expected a mapping with 'date' and 'name', got {entry!r}")
    extra = sorted(str(k) for k in entry if k not in ("date", "name"))
    if extra:
        raise CalendarError(f"{where}: unknown field '{extra[0]}' (only 'date' and 'name')")
    for field in ("date", "name"):
        if field not in entry:
            raise CalendarError(f"{where}: field '{field}' is missing")
    raw_date = entry["date"]
    try:
        if not isinstance(raw_date, str) or not _DATE.fullmatch(raw_date.strip()):
            raise ValueError(raw_date)
        day = dt.date.fromisoformat(raw_date.strip())
    except ValueError:
        raise CalendarError(
            f"{where}: field 'date' must be YYYY-MM-DD, got {raw_date!r}") from None
    name = entry["name"]
    if not isinstance(name, str) or not name.strip():
        raise CalendarError(f"{where}: field 'name' must be a non-empty Thai text, got {name!r}")
    return day, name.strip()


def load_extra_days(path: Path) -> dict[dt.date, str]:
    """The extra days off in `path`; CalendarError names the file, the entry and the field."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except OSError as exc:
        raise CalendarError(f"{path}: cannot read the file: {exc}") from exc
    except yaml.YAMLError as exc:
        raise CalendarError(f"{path}: broken YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, list):
        raise CalendarError(f"{path}: expected a list of {{date, name}} entries, "
                            f"got {type(data).__name__}")
    days: dict[dt.date, str] = {}
    for number, entry in enumerate(data, start=1):
        day, name = _parse_entry(path, number, entry)
        if day in days:
            raise CalendarError(f"{path}: entry {number}: field 'date' {day} is listed twice")
        days[day] = name
    return days


class OfficeCalendar:
    """When the office is open. Build it once (OfficeCalendar.load) and share it."""

    def __init__(self, extra_days: Mapping[dt.date, str] | None = None) -> None:
        self.extra_days: dict[dt.date, str] = dict(extra_days or {})
        self._official = holidays.country_holidays(
            "TH", language="th", categories=(holidays.PUBLIC, holidays.GOVERNMENT))

    @classmethod
    def load(cls, path: Path | None = None) -> OfficeCalendar:
        return cls(load_extra_days(path or DEFAULT_PATH))

    def holiday_name(self, day: dt.date) -> str | None:
        """The official holiday or extra day off on `day`, or None."""
        if day in self.extra_days:
            return self.extra_days[day]
        name = self._official.get(day)
        return ", ".join(str(name).split("; ")) if name else None

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < 5 and self.holiday_name(day) is None

    def is_open(self, moment: dt.datetime) -> bool:
        local = _local(moment)
        return self.is_workday(local.date()) and OPENS <= local.time() < CLOSES

    def closed_reason(self, moment: dt.datetime) -> str | None:
        """None when open; else "วันเสาร์-อาทิตย์", "วันหยุดราชการ: ..." or "นอกเวลาราชการ"."""
        local = _local(moment)
        if self.is_open(local):
            return None
        if local.weekday() >= 5:
            return "วันเสาร์-อาทิตย์"
        name = self.holiday_name(local.date())
        if name is not None:
            return f"วันหยุดราชการ: {name}"
        return "นอกเวลาราชการ"

    def next_open(self, moment: dt.datetime) -> dt.datetime:
        """`moment` itself (in Thai time) when open, else the next opening, 08:30 Thai time."""
        local = _local(moment)
        if self.is_open(local):
            return local
        day = local.date()
        if not (self.is_workday(day) and local.time() < OPENS):
            day += dt.timedelta(days=1)
            for _ in range(_SEARCH_DAYS):
                if self.is_workday(day):
                    break
                day += dt.timedelta(days=1)
            else:
                raise CalendarError(f"no working day within {_SEARCH_DAYS} days of {day}")
        return dt.datetime.combine(day, OPENS, THAI_TZ)


def closed_notice(calendar: OfficeCalendar, moment: dt.datetime) -> str | None:
    """None when the office is open; else a short Thai notice for the person."""
    reason = calendar.closed_reason(moment)
    if reason is None:
        return None
    opens = calendar.next_open(moment)
    return (f"ขณะนี้สำนักงานปิดทำการค่ะ ({reason}) "
            f"จะเปิดอีกครั้ง{_WEEKDAYS[opens.weekday()]}ที่ {thai_datetime(opens)} "
            f"ระหว่างนี้โทรสายด่วน {HOTLINE} ได้ตลอด 24 ชั่วโมงค่ะ")
