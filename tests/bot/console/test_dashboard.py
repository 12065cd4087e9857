"""The dashboard page and /api/stats: roles, the period, and figures that match the
cases the test made through the web chat."""

from __future__ import annotations

import datetime as dt
import re

from dialogs.texts import THAI_TZ

from .conftest import Live
from .test_pages import page


async def test_only_officers_and_admins_see_the_figures(live: Live) -> None:
    hotline = await live.login("hotline1")
    status, html = await page(hotline, "/console/dashboard")
    assert status == 403 and "ไม่มีสิทธิ์ดูแดชบอร์ด" in html
    status, body = await hotline.get("/api/stats")
    assert status == 403 and body["error"] == "forbidden"
    stranger = live.session()
    async with stranger.get(live.url + "/api/stats") as resp:
        assert resp.status == 401
    async with stranger.get(live.url + "/console/dashboard", allow_redirects=False) as resp:
        assert resp.status == 303
        assert resp.headers["Location"] == "/console/login?next=/console/dashboard"
    _, queue = await page(hotline, "/console")
    assert "/console/dashboard" not in queue
    for name in ("officer1", "admin1"):
        staff = await live.login(name)
        status, html = await page(staff, "/console/dashboard")
        assert status == 200 and "<svg" in html


async def test_the_figures_follow_the_cases(live: Live) -> None:
    officer = await live.login("officer1")
    _, urgent = await live.new_case(urgent=True)
    _, calm = await live.new_case(urgent=False)
    _, refused = await live.new_case(urgent=False)
    for to in ("reviewing", "awaiting_approval", "approved", "assisted"):
        status, body = await officer.post(f"/api/cases/{urgent}/transition", {"to": to})
        assert status == 200, body
    status, body = await officer.post(f"/api/cases/{refused}/transition",
                                      {"to": "rejected", "reason": "มีค่าเดินทางแล้ว"})
    assert status == 200, body

    status, stats = await officer.get("/api/stats")
    assert status == 200, stats
    assert (stats["total"], stats["urgent"]) == (3, 1)
    assert stats["outcomes"] == {"helped": 1, "rejected": 1, "closed": 0, "open": 1}
    assert stats["current_province"] == [{"province": "ชลบุรี", "count": 3}]
    assert stats["home_province"] == [{"province": "ขอนแก่น", "count": 3}]
    # the urgent case was moved (first contact and help) seconds after it came
    assert stats["first_contact_within_15_minutes"] == {"met": 1, "missed": 0, "pending": 0,
                                                        "share": 1.0}
    assert stats["help_within_24_hours"]["met"] == 1
    assert stats["help_within_15_days"] == {"met": 0, "missed": 0, "pending": 1,
                                            "share": None}  # the refused one needed none
    assert stats["follow_ups"] == {"asked": 0, "answered": 0}
    this_week = [w for w in stats["weeks"] if w["total"]]
    assert len(this_week) == 1 and this_week[0]["helped"] == 1 and this_week[0]["open"] == 1
    assert stats["median_minutes_to_first_contact"] is not None
    assert calm  # made through the chat like the others

    status, html = await page(officer, "/console/dashboard")
    assert status == 200
    marks = re.findall(r'<rect [^>]*data-series="(\w+)" data-value="(\d+)"', html)
    weekly = {s: int(v) for s, v in marks if s in ("helped", "rejected", "open")}
    assert weekly == {"helped": 1, "rejected": 1, "open": 1}
    assert re.search(r'data-name="ชลบุรี" data-value="3"', html)
    assert 'data-figure="total"' in html and "3 ราย" in html


async def test_the_period_is_typed_in_the_buddhist_era(live: Live) -> None:
    officer = await live.login("officer1")
    await live.new_case()
    today = dt.datetime.now(THAI_TZ).date()
    be = f"{today.day}/{today.month}/{today.year + 543}"
    status, html = await page(officer, f"/console/dashboard?from={be}&to={be}")
    assert status == 200
    assert f'name="from" value="{be}"' in html
    visible = re.sub(r"<[^>]+>", " ", html)  # the text a person reads
    assert str(today.year + 543) in visible and str(today.year) not in visible
    status, stats = await officer.get(f"/api/stats?from={today.isoformat()}"
                                      f"&to={today.isoformat()}")
    assert status == 200 and stats["total"] == 1
    assert stats["period"] == {"from": today.isoformat(), "to": today.isoformat()}
    last_year = today.replace(year=today.year - 1)
    status, stats = await officer.get(f"/api/stats?from={last_year.isoformat()}"
                                      f"&to={last_year.isoformat()}")
    assert status == 200 and stats["total"] == 0

    status, html = await page(officer, "/console/dashboard?from=32/13/2569")
    assert status == 400 and "วัน/เดือน/ปี พ.ศ." in html and "<svg" in html
    status, body = await officer.get("/api/stats?from=2026-12-03&to=2026-11-01")
    assert status == 400 and "ไม่ก่อนวันเริ่มต้น" in body["detail"]
