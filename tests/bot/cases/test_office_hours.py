"""Office hours: weekends, Thai public holidays, extra days off, edges, notices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.cases.errors import CalendarError
from bot.cases.office_hours import DEFAULT_PATH, OfficeCalendar, closed_notice, load_extra_days
from dialogs.texts import THAI_TZ
from knowledge.errors import NamjaiError


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=THAI_TZ)


@pytest.fixture(scope="module")
def calendar() -> OfficeCalendar:
    return OfficeCalendar.load()


@pytest.fixture
def with_extra(tmp_path: Path) -> OfficeCalendar:
    path = tmp_path / "days.yaml"
    path.write_text("- date: 2026-12-30\n  name: วันหยุดพิเศษ\n"
                    "- {date: '2027-01-05', name: ปิดสำนักงานย้ายที่ทำการ}\n", encoding="utf-8")
    return OfficeCalendar.load(path)


def test_the_shipped_file_loads() -> None:
    assert isinstance(load_extra_days(DEFAULT_PATH), dict)


@pytest.mark.parametrize(("moment", "is_open"), [
    ("2026-12-08T08:29", False), ("2026-12-08T08:30", True), ("2026-12-08T12:15", True),
    ("2026-12-08T16:29", True), ("2026-12-08T16:30", False), ("2026-12-08T16:31", False),
    ("2026-12-08T03:00", False), ("2026-12-08T23:59", False),
])
def test_edges_of_the_day(calendar: OfficeCalendar, moment: str, is_open: bool) -> None:
    # Tuesday 8 December 2026 is an ordinary working day
    assert calendar.is_open(at(moment)) is is_open


def test_other_time_zones_are_converted(calendar: OfficeCalendar) -> None:
    utc = dt.UTC
    assert calendar.is_open(dt.datetime(2026, 12, 8, 1, 30, tzinfo=utc))  # 08:30 ICT
    assert not calendar.is_open(dt.datetime(2026, 12, 8, 1, 29, tzinfo=utc))
    assert not calendar.is_open(dt.datetime(2026, 12, 8, 9, 30, tzinfo=utc))  # 16:30 ICT


def test_naive_moment_is_refused(calendar: OfficeCalendar) -> None:
    with pytest.raises(CalendarError, match="timezone"):
        calendar.is_open(dt.datetime(2026, 12, 8, 10, 0))
    assert issubclass(CalendarError, NamjaiError)


def test_weekend(calendar: OfficeCalendar) -> None:
    saturday, sunday = at("2026-12-12T10:00"), at("2026-12-13T10:00")
    assert not calendar.is_open(saturday) and not calendar.is_open(sunday)
    assert calendar.closed_reason(sunday) == "วันเสาร์-อาทิตย์"
    assert calendar.next_open(saturday) == at("2026-12-14T08:30")


@pytest.mark.parametrize(("day", "name"), [
    ("2026-12-10", "วันรัฐธรรมนูญ"), ("2027-01-01", "วันขึ้นปีใหม่"),
    ("2026-10-23", "วันปิยมหาราช"), ("2026-12-07", "ชดเชย"), ("2026-12-31", "วันสิ้นปี"),
])
def test_thai_public_holidays(calendar: OfficeCalendar, day: str, name: str) -> None:
    moment = at(f"{day}T10:00")
    assert moment.weekday() < 5
    assert not calendar.is_open(moment)
    reason = calendar.closed_reason(moment)
    assert reason is not None and reason.startswith("วันหยุดราชการ: ") and name in reason


def test_government_holiday_royal_ploughing(calendar: OfficeCalendar) -> None:
    assert calendar.closed_reason(at("2026-05-13T10:00")) == "วันหยุดราชการ: วันพืชมงคล"


def test_observance_that_is_a_working_day(calendar: OfficeCalendar) -> None:
    # Loy Krathong (24 Nov 2026, a Tuesday) is not a day off
    assert calendar.is_open(at("2026-11-24T10:00"))


def test_open_has_no_reason(calendar: OfficeCalendar) -> None:
    moment = at("2026-12-08T10:00")
    assert calendar.closed_reason(moment) is None
    assert calendar.next_open(moment) == moment
    assert closed_notice(calendar, moment) is None


def test_after_hours_reason(calendar: OfficeCalendar) -> None:
    assert calendar.closed_reason(at("2026-12-08T18:00")) == "นอกเวลาราชการ"
    assert calendar.next_open(at("2026-12-08T18:00")) == at("2026-12-09T08:30")
    assert calendar.next_open(at("2026-12-09T06:00")) == at("2026-12-09T08:30")


def test_next_open_over_the_long_weekend(calendar: OfficeCalendar) -> None:
    # Fri 4 Dec after hours; Sat 5 (Father's Day), Sun 6, Mon 7 (substitute day) off
    assert calendar.next_open(at("2026-12-04T16:45")) == at("2026-12-08T08:30")
    # New Year: Thu 31 Dec and Fri 1 Jan off, then the weekend
    assert calendar.next_open(at("2026-12-30T17:00")) == at("2027-01-04T08:30")


def test_extra_day_off_from_yaml(with_extra: OfficeCalendar) -> None:
    moment = at("2026-12-30T10:00")  # a Wednesday
    assert not with_extra.is_open(moment)
    assert with_extra.closed_reason(moment) == "วันหยุดราชการ: วันหยุดพิเศษ"
    assert with_extra.next_open(at("2026-12-29T17:00")) == at("2027-01-04T08:30")
    assert with_extra.closed_reason(at("2027-01-05T09:00")) == (
        "วันหยุดราชการ: ปิดสำนักงานย้ายที่ทำการ")
    assert with_extra.next_open(at("2027-01-04T17:00")) == at("2027-01-06T08:30")


def test_without_the_extra_day_the_office_is_open(calendar: OfficeCalendar) -> None:
    assert calendar.is_open(at("2026-12-30T10:00"))


def test_closed_notice(calendar: OfficeCalendar) -> None:
    notice = closed_notice(calendar, at("2026-12-04T17:00"))
    assert notice is not None
    assert "นอกเวลาราชการ" in notice
    assert "วันอังคารที่ 8 ธ.ค. 2569 เวลา 08:30 น." in notice
    assert "1300" in notice and "24 ชั่วโมง" in notice
    assert notice.endswith("ค่ะ")
    holiday = closed_notice(calendar, at("2026-12-10T11:00"))
    assert holiday is not None and "วันรัฐธรรมนูญ" in holiday
    assert "วันศุกร์ที่ 11 ธ.ค. 2569" in holiday


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "expected"), [
    ("- date: 2026-13-01\n  name: x\n", "entry 1: field 'date' must be YYYY-MM-DD"),
    ("- date: '1 Dec 2026'\n  name: x\n", "entry 1: field 'date' must be YYYY-MM-DD"),
    ("- date: 2026-12-01T10:00:00\n  name: x\n", "entry 1: field 'date' must be YYYY-MM-DD"),
    ("- date: 2026-12-01\n  name: ok\n- name: x\n", "entry 2: field 'date' is missing"),
    ("- date: 2026-12-01\n", "entry 1: field 'name' is missing"),
    ("- date: 2026-12-01\n  name: ''\n", "entry 1: field 'name' must be a non-empty"),
    ("- date: 2026-12-01\n  name: 5\n", "entry 1: field 'name' must be a non-empty"),
    ("- date: 2026-12-01\n  name: x\n  why: y\n", "entry 1: unknown field 'why'"),
    ("- 2026-12-01\n", "entry 1: expected a mapping"),
    ("date: 2026-12-01\n", "expected a list"),
    ("- date: 2026-12-01\n  name: a\n- date: 2026-12-01\n  name: b\n",
     "entry 2: field 'date' 2026-12-01 is listed twice"),
    ("- [unclosed\n", "broken YAML"),
])
def test_yaml_errors_name_file_entry_and_field(tmp_path: Path, text: str,
                                               expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(CalendarError) as caught:
        OfficeCalendar.load(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CalendarError, match="cannot read"):
        OfficeCalendar.load(tmp_path / "none.yaml")


def test_empty_file_means_no_extra_days(tmp_path: Path) -> None:
    assert OfficeCalendar.load(write(tmp_path, "# nothing yet\n")).extra_days == {}
