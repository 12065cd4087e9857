"""The monthly report of the manual's step 7 (Source B): the results of the help given,
summarised for the Department of Social Development and Welfare, as CSV for Excel.

One row per case helped in the month (by `assisted_at` in Thai time): where the
person asked for help, where they went home to, how many travelled, and the money
paid by the items of the rates notice; then a totals row. Cases are named by their
reference only: no name, phone, national ID, criminal history or health details.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import Any

from bot.cases.amounts import Amounts, stored_amounts
from bot.cases.deadlines import thai_time
from bot.cases.errors import ReportError
from bot.cases.follow_up import report_cell
from bot.cases.workflow import label
from dialogs.texts import thai_date

BOM = "\ufeff"
HEADERS = (
    "ลำดับ", "เลขที่เรื่อง", "วันที่รับเรื่อง", "วันที่ให้ความช่วยเหลือ", "กรณี",
    "จังหวัดที่ขอรับความช่วยเหลือ", "ภูมิลำเนาเดิม (จังหวัดปลายทาง)", "จำนวนผู้เดินทาง (คน)",
    "จำนวนวันค่าอาหาร", "ค่าอาหาร (บาท)", "ค่าพาหนะ (บาท)", "ค่าที่พัก (บาท)",
    "ค่ารักษาพยาบาล (บาท)", "ค่าใช้จ่ายอื่น (บาท)", "รวม (บาท)", "สถานะ",
    "ผลติดตาม (ผู้ขอแจ้ง)",
)


def case_moment(case: Mapping[str, Any], key: str) -> dt.datetime | None:
    """A stored case time in Thai time; None when empty; ReportError naming the case."""
    value = case.get(key)
    if value is None or value == "":
        return None
    try:
        return thai_time(value)
    except ValueError as exc:
        raise ReportError(f"case {case.get('id')}: {key} {exc}") from None


def _amounts(case: Mapping[str, Any]) -> Amounts:
    try:
        return stored_amounts(case.get("amounts"))
    except ValueError as exc:
        raise ReportError(f"case {case.get('id')}: {exc}") from None


def _travellers(case: Mapping[str, Any]) -> int:
    try:
        return int(case.get("travellers") or 1)
    except (TypeError, ValueError):
        raise ReportError(
            f"case {case.get('id')}: travellers is not a number: {case.get('travellers')!r}"
        ) from None


def _cell(value: Any) -> str:
    """Text for a cell; a leading = + - @ is quoted so Excel never runs it as a formula."""
    text = str(value or "")
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _row(number: int, case: Mapping[str, Any], assisted: dt.datetime) -> list[str | int]:
    created = case_moment(case, "created_at")
    a = _amounts(case)
    return [
        number, _cell(case.get("ref") or case.get("id")),
        thai_date(created) if created else "", thai_date(assisted),
        "เร่งด่วน" if case.get("urgent") else "ไม่เร่งด่วน",
        _cell(case.get("current_province")), _cell(case.get("home_province")),
        _travellers(case), a.food_days, a.food, a.fare, a.lodging, a.medical, a.other,
        a.total, label(str(case.get("status") or "")), report_cell(case),
    ]


def helped_in(cases: Sequence[Mapping[str, Any]], year: int,
              month: int) -> list[tuple[dt.datetime, Mapping[str, Any]]]:
    """(assisted_at in Thai time, case) for the cases helped in that month, oldest first."""
    if not 1 <= month <= 12:
        raise ReportError(f"month must be 1-12, got {month}")
    if not 2000 <= year <= 2200:
        raise ReportError(f"ปีต้องอยู่ระหว่าง พ.ศ. 2543 ถึง 2743 (ได้รับ {year + 543})")
    chosen = []
    for case in cases:
        assisted = case_moment(case, "assisted_at")
        if assisted is not None and (assisted.year, assisted.month) == (year, month):
            chosen.append((assisted, case))
    return sorted(chosen, key=lambda pair: (pair[0], str(pair[1].get("ref"))))


def monthly_report_csv(cases: Sequence[Mapping[str, Any]], year: int, month: int) -> str:
    """The report for `month` of `year` (Gregorian), as CSV text that starts with a BOM."""
    rows = [_row(n, case, assisted)
            for n, (assisted, case) in enumerate(helped_in(cases, year, month), start=1)]
    totals: list[str | int] = ["รวม", f"{len(rows)} ราย", "", "", "", "", ""]
    totals += [sum(int(r[i]) for r in rows) for i in range(7, 15)] + ["", ""]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    writer.writerow(totals)
    return BOM + out.getvalue()


def report_filename(year: int, month: int) -> str:
    """e.g. 'namjai-report-2569-12.csv' (Buddhist-era year)."""
    return f"namjai-report-{year + 543}-{month:02d}.csv"
