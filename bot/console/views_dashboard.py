"""The dashboard page: the period form, the headline figures and the SVG charts."""

from __future__ import annotations

import datetime as dt

from bot.cases.stats import OUTCOME_LABELS, OUTCOMES, Deadline, Stats
from bot.console.auth import Staff
from bot.console.charts import hbars, meter, stacked_bars
from bot.console.html import button, esc, layout, notice
from dialogs.texts import thai_date


def be_day(day: dt.date) -> str:
    """'1/11/2569': how a day is typed in the period form (Buddhist era)."""
    return f"{day.day}/{day.month}/{day.year + 543}"


def _day_text(day: dt.date) -> str:
    return thai_date(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC))


def _duration(minutes: float | None) -> str:
    if minutes is None:
        return "-"
    if minutes < 60:
        return f"{minutes:g} นาที"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f} ชม."
    return f"{minutes / (24 * 60):.1f} วัน"


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "-"


def _period_form(start: dt.date, end: dt.date, today: dt.date) -> str:
    presets = [("7 วันล่าสุด", today - dt.timedelta(days=6)),
               ("30 วันล่าสุด", today - dt.timedelta(days=29)),
               ("90 วันล่าสุด", today - dt.timedelta(days=89)),
               ("ปีนี้", dt.date(today.year, 1, 1))]
    links = "".join(
        f'<a href="/console/dashboard?from={esc(be_day(s))}&amp;to={esc(be_day(today))}">'
        f"{esc(text)}</a>" for text, s in presets)
    return ('<form method="get" action="/console/dashboard" class="period" '
            'aria-label="ช่วงเวลา">'
            f'<label>ตั้งแต่ (วัน/เดือน/ปี พ.ศ.) <input name="from" value="{esc(be_day(start))}"'
            ' inputmode="numeric" size="10" required></label>'
            f'<label>ถึง <input name="to" value="{esc(be_day(end))}" inputmode="numeric" '
            'size="10" required></label>' + button("แสดง", cls="primary")
            + f'<nav class="presets" aria-label="ช่วงเวลาที่ใช้บ่อย">{links}</nav></form>')


def _tile(title: str, value: str, detail: str, key: str) -> str:
    return (f'<div class="tile" data-figure="{esc(key)}"><h3>{esc(title)}</h3>'
            f'<p class="value">{esc(value)}</p><p class="hint">{esc(detail)}</p></div>')


def _deadline_tile(title: str, d: Deadline, key: str) -> str:
    detail = (f"ทันเวลา {d.met} จาก {d.decided} ราย"
              + (f" · ยังไม่ครบกำหนด {d.pending} ราย" if d.pending else ""))
    return (f'<div class="tile" data-figure="{esc(key)}"><h3>{esc(title)}</h3>'
            f'<p class="value">{esc(_share(d.met, d.decided))}</p>'
            f"{meter(title, d.met, d.missed, d.pending)}"
            f'<p class="hint">{esc(detail)}</p></div>')


def _tiles(s: Stats) -> str:
    urgent = f"{s.urgent} จาก {s.total} ราย"
    follow = f"ตอบแล้ว {s.follow_ups_answered} จากที่ถาม {s.follow_ups_asked} ราย"
    return ('<div class="tiles">'
            + _tile("คำขอทั้งหมด", f"{s.total} ราย",
                    " · ".join(f"{OUTCOME_LABELS[o]} {s.outcomes.get(o, 0)}" for o in OUTCOMES),
                    "total")
            + _tile("สัดส่วนเรื่องด่วน", _share(s.urgent, s.total), urgent, "urgent_share")
            + _deadline_tile("ติดต่อครั้งแรกใน 15 นาที (ด่วน)", s.first_contact_urgent,
                             "first_contact")
            + _deadline_tile("ช่วยเหลือใน 24 ชม. (ด่วน)", s.help_urgent, "help_urgent")
            + _deadline_tile("ช่วยเหลือใน 15 วัน (ไม่ด่วน)", s.help_normal, "help_normal")
            + _tile("ตอบการติดตามผล", _share(s.follow_ups_answered, s.follow_ups_asked),
                    follow, "follow_ups")
            + _tile("เวลากลางถึงการติดต่อครั้งแรก", _duration(s.median_first_contact_minutes),
                    "มัธยฐาน นับจากรับเรื่อง", "median_contact")
            + _tile("เวลากลางถึงการช่วยเหลือ",
                    _duration(None if s.median_help_hours is None
                              else s.median_help_hours * 60),
                    "มัธยฐาน นับจากรับเรื่อง", "median_help")
            + "</div>")


def dashboard_page(staff: Staff, stats: Stats, today: dt.date,
                   error: str | None = None) -> str:
    columns = [(w.start.isoformat(), f"{w.start.day} {_day_text(w.start).split()[1]}",
                w.outcomes) for w in stats.weeks]
    series = [(o, OUTCOME_LABELS[o]) for o in OUTCOMES]
    period = f"{_day_text(stats.start)} ถึง {_day_text(stats.end)}"
    body = (notice(error) + _period_form(stats.start, stats.end, today)
            + f'<p class="hint" id="period">คำขอที่รับเรื่องระหว่าง {esc(period)} '
              "(สัปดาห์เริ่มวันจันทร์)</p>"
            + _tiles(stats)
            + '<section class="chart-box" id="weeks"><h2>คำขอต่อสัปดาห์ แยกตามผล</h2>'
            + stacked_bars("คำขอต่อสัปดาห์ แยกตามผล", columns, series) + "</section>"
            + '<div class="cols"><section class="chart-box" id="current-province">'
              "<h2>จังหวัดที่ขอความช่วยเหลือ</h2>"
            + hbars("จังหวัดที่ขอความช่วยเหลือ", stats.current_province) + "</section>"
            + '<section class="chart-box" id="home-province"><h2>จังหวัดภูมิลำเนา</h2>'
            + hbars("จังหวัดภูมิลำเนา", stats.home_province) + "</section></div>"
            + '<p class="hint">ข้อมูลเดียวกันในรูป JSON: '
              f'<a href="/api/stats?from={stats.start.isoformat()}&amp;to='
              f'{stats.end.isoformat()}">/api/stats</a></p>')
    return layout("แดชบอร์ด", body, staff, data={"page": "dashboard"})
