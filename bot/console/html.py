"""HTML building blocks of the console pages: every value goes through `esc`."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping

from bot.cases.workflow import ROLE_LABELS, can
from bot.console.auth import Staff
from dialogs.texts import thai_datetime


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def when(moment: dt.datetime | None) -> str:
    return esc(thai_datetime(moment)) if moment is not None else "-"


def hidden(name: str, value: object) -> str:
    return f'<input type="hidden" name="{esc(name)}" value="{esc(value)}">'


def form(action: str, inner: str, csrf: str, *, cls: str = "",
         label: str | None = None) -> str:
    """A POST form with the CSRF field; `label` names it for screen readers."""
    aria = f' aria-label="{esc(label)}"' if label else ""
    return (f'<form method="post" action="{esc(action)}" class="{esc(cls)}"{aria}>'
            f'{hidden("csrf", csrf)}{inner}</form>')


def button(text: str, *, name: str | None = None, value: str | None = None,
           cls: str = "") -> str:
    attrs = f' name="{esc(name)}" value="{esc(value)}"' if name else ""
    return f'<button type="submit" class="{esc(cls)}"{attrs}>{esc(text)}</button>'


def field(label: str, name: str, value: object = "", *, kind: str = "text",
          extra: str = "") -> str:
    return (f'<label>{esc(label)} <input type="{esc(kind)}" name="{esc(name)}" '
            f'value="{esc(value)}"{extra}></label>')


def rows(pairs: Iterable[tuple[str, object]]) -> str:
    """A definition list of label → value, values escaped."""
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs)
    return f'<dl class="facts">{items}</dl>'


def items(values: Iterable[object], empty: str = "-") -> str:
    lis = "".join(f"<li>{esc(v)}</li>" for v in values)
    return f"<ul>{lis}</ul>" if lis else f"<p>{esc(empty)}</p>"


def notice(text: str | None, cls: str = "error") -> str:
    if not text:
        return ""
    return f'<p class="notice {esc(cls)}" role="alert">{esc(text)}</p>'


def _nav(staff: Staff) -> str:
    links = [("/console", "คิวงาน")]
    if can(staff.role, "report"):
        links.append(("/console/dashboard", "แดชบอร์ด"))
        links.append(("/console/report", "รายงานประจำเดือน"))
    if can(staff.role, "manage_staff"):
        links.append(("/console/staff", "บัญชีเจ้าหน้าที่"))
    links.append(("/console/me", "บัญชีของฉัน"))
    anchors = "".join(f'<a href="{esc(href)}">{esc(text)}</a>' for href, text in links)
    who = f"{staff.username} ({ROLE_LABELS.get(staff.role, staff.role)})"
    logout = form("/console/logout", button("ออกจากระบบ", cls="link"), staff.csrf,
                  cls="logout")
    return (f'<nav class="nav">{anchors}</nav>'
            f'<div class="who"><span class="user">{esc(who)}</span>{logout}</div>')


def layout(title: str, body: str, staff: Staff | None = None, *,
           data: Mapping[str, object] | None = None) -> str:
    """A whole page; `data` becomes data-* attributes of <body> for console.js."""
    attrs = "".join(f' data-{esc(k)}="{esc(v)}"' for k, v in (data or {}).items())
    if staff is not None:
        attrs += f' data-csrf="{esc(staff.csrf)}"'
    top = _nav(staff) if staff is not None else ""
    return (
        '<!doctype html>\n<html lang="th"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} — คอนโซลเจ้าหน้าที่ น้ำใจ</title>"
        '<link rel="icon" href="data:,">'
        '<link rel="stylesheet" href="/console/static/console.css">'
        '<script src="/console/static/console.js" defer></script>'
        f"</head><body{attrs}>"
        f'<header class="top"><a class="brand" href="/console">น้ำใจ · คอนโซลเจ้าหน้าที่</a>'
        f"{top}</header>"
        f'<main id="main"><h1>{esc(title)}</h1>{body}</main></body></html>\n')
