"""Server-rendered SVG charts for the dashboard: no JavaScript, no external files.

Each chart is an <svg role="img"> with a Thai <title> and a viewBox, so it scales to
the page's width; every mark carries its figure in data-* attributes and a <title>
(a tooltip, and what a screen reader or a test reads), and the figures are also
written as text next to the marks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.console.html import esc

COLORS = {"helped": "#1d6b2f", "rejected": "#9b1c1c", "closed": "#6b6b6b",
          "open": "#2b5c9e", "met": "#1d6b2f", "missed": "#9b1c1c", "pending": "#b7c2be",
          "bar": "#0a5244"}
FONT = 'font-family="inherit" font-size="13"'


def _svg(label: str, width: int, height: int, inner: str, cls: str) -> str:
    return (f'<svg class="chart {esc(cls)}" role="img" aria-label="{esc(label)}" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'xmlns="http://www.w3.org/2000/svg"><title>{esc(label)}</title>{inner}</svg>')


def legend(series: Sequence[tuple[str, str]]) -> str:
    """The colours of a chart's series, as an HTML list (it wraps on a phone)."""
    items = "".join(f'<li><span class="swatch {esc(key)}"></span>'
                    f"{esc(text)}</li>" for key, text in series)
    return f'<ul class="legend">{items}</ul>'


def stacked_bars(label: str, columns: Sequence[tuple[str, str, Mapping[str, int]]],
                 series: Sequence[tuple[str, str]]) -> str:
    """One horizontal bar per column (key, name, {series: count}), its parts stacked by
    series (key, Thai name) from the left, the total after it. Drawn at a phone's width
    (360), so its words stay readable there; the legend is HTML below it."""
    if not columns:
        return _svg(label, 320, 40, f'<text x="0" y="24" {FONT}>ไม่มีข้อมูล</text>', "bars")
    width, name_w, row_h = 360, 70, 24
    room = width - name_w - 36
    highest = max(1, max(sum(c[2].values()) for c in columns))
    parts = [f'<line x1="{name_w}" y1="0" x2="{name_w}" y2="{row_h * len(columns)}" '
             'stroke="#888"/>']
    for i, (key, name, counts) in enumerate(columns):
        y = i * row_h
        x = float(name_w)
        parts.append(f'<text x="0" y="{y + 16}" {FONT}>{esc(name)}</text>')
        for s, s_name in series:
            n = counts.get(s, 0)
            if n <= 0:
                continue
            w = room * n / highest
            parts.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="16" '
                         f'fill="{COLORS[s]}" data-column="{esc(key)}" data-series="{esc(s)}" '
                         f'data-value="{n}"><title>{esc(name)} {esc(s_name)} {n} ราย'
                         "</title></rect>")
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 16}" {FONT} class="total" '
                     f'data-column="{esc(key)}">{sum(counts.values())}</text>')
    return (_svg(label, width, row_h * len(columns) + 4, "".join(parts), "bars")
            + legend(series))


def hbars(label: str, pairs: Sequence[tuple[str, int]], limit: int = 10) -> str:
    """Horizontal bars, one per (name, count), the largest first; beyond `limit` rows the
    rest are summed as "อื่น ๆ"."""
    rows = list(pairs[:limit])
    if len(pairs) > limit:
        rows.append(("อื่น ๆ", sum(n for _, n in pairs[limit:])))
    if not rows:
        return _svg(label, 320, 40, f'<text x="0" y="24" {FONT}>ไม่มีข้อมูล</text>', "hbars")
    width, name_w, row_h = 360, 120, 24
    highest = max(1, max(n for _, n in rows))
    parts = []
    for i, (name, n) in enumerate(rows):
        y = i * row_h
        w = (width - name_w - 40) * n / highest
        parts.append(f'<text x="0" y="{y + 16}" {FONT}>{esc(name)}</text>'
                     f'<rect x="{name_w}" y="{y + 4}" width="{w:.1f}" height="16" '
                     f'fill="{COLORS["bar"]}" data-name="{esc(name)}" data-value="{n}">'
                     f"<title>{esc(name)} {n} ราย</title></rect>"
                     f'<text x="{name_w + w + 4:.1f}" y="{y + 16}" {FONT} class="value">'
                     f"{n}</text>")
    return _svg(label, width, row_h * len(rows) + 4, "".join(parts), "hbars")


def meter(label: str, met: int, missed: int, pending: int) -> str:
    """One bar split into met, missed and pending (the share is written beside it by
    the page)."""
    total = met + missed + pending
    bar_w = 240
    parts, x = [], 0.0
    names = {"met": "ทันเวลา", "missed": "เกินเวลา", "pending": "ยังไม่ครบกำหนด"}
    for key, n in (("met", met), ("missed", missed), ("pending", pending)):
        if n <= 0:
            continue
        w = bar_w * n / total
        parts.append(f'<rect x="{x:.1f}" y="4" width="{w:.1f}" height="22" '
                     f'fill="{COLORS[key]}" data-series="{key}" data-value="{n}">'
                     f"<title>{names[key]} {n} ราย</title></rect>")
        x += w
    if total == 0:
        parts.append(f'<rect x="0" y="4" width="{bar_w}" height="22" fill="none" '
                     'stroke="#888"/>')
    return _svg(label, bar_w, 30, "".join(parts), "meter")
