"""The monthly report (step 7) as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest

from bot.cases.errors import ReportError
from bot.cases.report import HEADERS, monthly_report_csv, report_filename
from bot.store.base import Case
from dialogs.texts import THAI_TZ
from dialogs.types import ConversationKey

UTC = dt.UTC
PHONE = "0812345678"
NATIONAL_ID = "1101700203451"


def case(number: int, assisted_at: dt.datetime | None, amounts: dict[str, int] | None,
         **extra: Any) -> dict[str, Any]:
    created = dt.datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
    data: dict[str, Any] = {
        "ref": f"NJ-TEST{number:02d}", "eligible": True, "travellers": 2,
        "current_province": "จันทบุรี", "home_province": "เชียงใหม่",
        "estimated_aid": {"food": 400}, "special_needs": ["disabled"],
        "name": f"สมชาย{number}", "phone": PHONE, "national_id": NATIONAL_ID,
        "reasons": ["✓ ไม่มีค่าพาหนะกลับภูมิลำเนา"], "answers": {"phone": PHONE},
        **extra,
    }
    if amounts is not None:
        data["amounts"] = amounts
    status, urgent = data.pop("status", "reported"), data.pop("urgent", False)
    return Case(number, ConversationKey("line", f"U{number}"), status, urgent,
                created + dt.timedelta(days=15), created, data,
                assisted_at=assisted_at).as_dict()


def parse(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.fixture
def cases() -> list[dict[str, Any]]:
    full = {"food_days": 2, "food": 400, "fare": 1350, "lodging": 300, "medical": 120,
            "other": 200}
    return [
        # 1 Dec 00:30 Thai time is still 30 Nov in UTC: counts for December
        case(1, dt.datetime(2026, 11, 30, 17, 30, tzinfo=UTC), full, urgent=True),
        case(2, dt.datetime(2026, 12, 15, 3, 0, tzinfo=UTC), {"fare": 900}, travellers=1,
             status="followed_up", current_province="ระยอง", home_province="ขอนแก่น"),
        # 1 Jan 2027 01:00 Thai time: January, not December
        case(3, dt.datetime(2026, 12, 31, 18, 0, tzinfo=UTC), {"fare": 500}),
        # 30 Nov 23:00 Thai time: November
        case(4, dt.datetime(2026, 11, 30, 16, 0, tzinfo=UTC), {"fare": 700}),
        case(5, None, None, status="reviewing"),  # not helped yet
        case(6, dt.datetime(2026, 12, 2, 4, 0, tzinfo=UTC), None, status="assisted"),
    ]


def test_rows_and_headers(cases: list[dict[str, Any]]) -> None:
    rows = parse(monthly_report_csv(cases, 2026, 12))
    assert tuple(rows[0]) == HEADERS
    body = rows[1:-1]
    assert [r[1] for r in body] == ["NJ-TEST01", "NJ-TEST06", "NJ-TEST02"]
    assert [r[0] for r in body] == ["1", "2", "3"]
    first = dict(zip(HEADERS, body[0], strict=True))
    assert first["วันที่ให้ความช่วยเหลือ"] == "1 ธ.ค. 2569"
    assert first["วันที่รับเรื่อง"] == "20 พ.ย. 2569"
    assert first["กรณี"] == "เร่งด่วน"
    assert first["จังหวัดที่ขอรับความช่วยเหลือ"] == "จันทบุรี"
    assert first["ภูมิลำเนาเดิม (จังหวัดปลายทาง)"] == "เชียงใหม่"
    assert first["จำนวนผู้เดินทาง (คน)"] == "2"
    assert [first[h] for h in HEADERS[8:15]] == ["2", "400", "1350", "300", "120", "200",
                                                  "2370"]
    assert first["สถานะ"] == "รายงานผลแล้ว"
    third = dict(zip(HEADERS, body[2], strict=True))
    assert third["กรณี"] == "ไม่เร่งด่วน" and third["สถานะ"] == "ติดตามผลแล้ว"
    assert third["รวม (บาท)"] == "900" and third["ภูมิลำเนาเดิม (จังหวัดปลายทาง)"] == "ขอนแก่น"
    assert dict(zip(HEADERS, body[1], strict=True))["รวม (บาท)"] == "0"


def test_totals_row(cases: list[dict[str, Any]]) -> None:
    totals = dict(zip(HEADERS, parse(monthly_report_csv(cases, 2026, 12))[-1], strict=True))
    assert totals["ลำดับ"] == "รวม"
    assert totals["เลขที่เรื่อง"] == "3 ราย"
    assert totals["จำนวนผู้เดินทาง (คน)"] == str(2 + 2 + 1)
    assert totals["ค่าพาหนะ (บาท)"] == str(1350 + 900)
    assert totals["ค่าอาหาร (บาท)"] == "400"
    assert totals["รวม (บาท)"] == str(400 + 1350 + 300 + 120 + 200 + 900)


def test_month_filter_uses_thai_time(cases: list[dict[str, Any]]) -> None:
    november = parse(monthly_report_csv(cases, 2026, 11))
    assert [r[1] for r in november[1:-1]] == ["NJ-TEST04"]
    january = parse(monthly_report_csv(cases, 2027, 1))
    assert [r[1] for r in january[1:-1]] == ["NJ-TEST03"]
    assert january[1][3] == "1 ม.ค. 2570"


def test_empty_month_still_has_headers_and_totals(cases: list[dict[str, Any]]) -> None:
    rows = parse(monthly_report_csv(cases, 2026, 6))
    assert len(rows) == 2
    assert rows[1][:2] == ["รวม", "0 ราย"] and rows[1][14] == "0"


def test_no_personal_data(cases: list[dict[str, Any]]) -> None:
    text = monthly_report_csv(cases, 2026, 12)
    for secret in (PHONE, NATIONAL_ID, "สมชาย", "disabled", "ไม่มีค่าพาหนะ", "U1"):
        assert secret not in text


def test_bom_and_excel_line_ends(cases: list[dict[str, Any]]) -> None:
    text = monthly_report_csv(cases, 2026, 12)
    data = text.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    assert "\r\n" in text


def test_bad_month_or_year() -> None:
    with pytest.raises(ReportError, match="month"):
        monthly_report_csv([], 2026, 13)
    with pytest.raises(ReportError, match=r"พ\.ศ\. 2543 ถึง 2743"):
        monthly_report_csv([], 2569, 12)


def test_bad_stored_values_name_the_case() -> None:
    broken = case(9, dt.datetime(2026, 12, 3, tzinfo=UTC), {"fare": 1})
    broken["amounts"] = {"fare": "lots"}
    with pytest.raises(ReportError, match="case 9"):
        monthly_report_csv([broken], 2026, 12)
    naive = case(8, None, None)
    naive["assisted_at"] = "2026-12-03T10:00:00"
    with pytest.raises(ReportError, match="case 8: assisted_at has no time zone"):
        monthly_report_csv([naive], 2026, 12)


def test_assisted_at_may_be_a_datetime() -> None:
    c = case(7, None, {"fare": 10})
    c["assisted_at"] = dt.datetime(2026, 12, 3, 9, 0, tzinfo=THAI_TZ)
    assert parse(monthly_report_csv([c], 2026, 12))[1][1] == "NJ-TEST07"


def test_filename_uses_the_buddhist_year() -> None:
    assert report_filename(2026, 3) == "namjai-report-2569-03.csv"


def test_cells_never_start_a_formula() -> None:
    c = case(3, dt.datetime(2026, 12, 3, tzinfo=UTC), {}, current_province="=HYPERLINK(1)",
             home_province="@SUM(A1)")
    row = parse(monthly_report_csv([c], 2026, 12))[1]
    assert row[5] == "'=HYPERLINK(1)" and row[6] == "'@SUM(A1)"
