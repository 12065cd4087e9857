"""The SVG charts: figures in the marks, escaped names, long lists folded, no data said."""

from __future__ import annotations

import re

from bot.console.charts import hbars, meter, stacked_bars


def test_bars_carry_their_figures_and_totals() -> None:
    svg = stacked_bars("ต่อสัปดาห์", [("2026-11-30", "30 พ.ย.", {"helped": 2, "open": 0}),
                                      ("2026-12-07", "7 ธ.ค.", {"helped": 1, "open": 3})],
                       [("helped", "ช่วยแล้ว"), ("open", "ยังไม่เสร็จ")])
    marks = re.findall(r'data-column="([\d-]+)" data-series="(\w+)" data-value="(\d+)"', svg)
    assert marks == [("2026-11-30", "helped", "2"), ("2026-12-07", "helped", "1"),
                     ("2026-12-07", "open", "3")]  # a zero draws nothing
    totals = re.findall(r'class="total" data-column="([\d-]+)">(\d+)<', svg)
    assert totals == [("2026-11-30", "2"), ("2026-12-07", "4")]
    assert svg.startswith('<svg class="chart bars" role="img" aria-label="ต่อสัปดาห์"')


def test_long_lists_are_folded_and_names_escaped() -> None:
    pairs = [(f"จังหวัด{i}", 20 - i) for i in range(12)] + [("<b>x</b>", 1)]
    svg = hbars("จังหวัด", pairs, limit=10)
    names = re.findall(r'data-name="([^"]+)" data-value="(\d+)"', svg)
    assert len(names) == 11 and names[-1] == ("อื่น ๆ", str(10 + 9 + 1))
    assert "<b>" not in svg
    assert "ไม่มีข้อมูล" in hbars("จังหวัด", []) and "ไม่มีข้อมูล" in stacked_bars("x", [], [])


def test_a_meter_splits_met_missed_and_pending() -> None:
    svg = meter("ทันเวลา", 3, 1, 0)
    widths = dict(re.findall(r'width="([\d.]+)" height="22" fill="#\w+" data-series="(\w+)"',
                             svg)[i][::-1] for i in range(2))
    assert widths == {"met": "180.0", "missed": "60.0"}
    assert 'data-series="pending"' not in svg
    assert 'fill="none"' in meter("ทันเวลา", 0, 0, 0)  # an empty frame, not nothing
