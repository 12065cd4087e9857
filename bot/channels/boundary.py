"""What every request body goes through at the boundary, before anything reads it:
JSON nested no deeper than MAX_DEPTH (checked before parsing, so a body of 20,000
opening brackets never reaches the recursive parser), strings without lone
surrogates or control characters (they fail when stored, and forge log lines),
platform timestamps checked for range, and platform strings escaped for log lines.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
import unicodedata
from typing import Any

MAX_DEPTH = 32  # nesting of a JSON body: a LINE event needs 5, a Telegram update 7
# tokens that matter for the nesting: whole strings (skipped) and brackets
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
# lone surrogates, and control characters other than tab and newline
_UNSAFE = re.compile("[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f]")
# what a log line must not carry raw: every control, format or separator character
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\u200b-\u200f"
                          r"\u202a-\u202e\u2066-\u2069\ufeff]")
REPLACEMENT = "\ufffd"
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # no platform event is older
FUTURE_SKEW = dt.timedelta(hours=1)  # clocks differ: later than this is out of range

log = logging.getLogger(__name__)


class BadJson(ValueError):
    """A body that is not JSON, not UTF-8, or nested too deep (answered with 400)."""


def too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the JSON text nests objects and arrays deeper than `limit`; stops at the
    first bracket past it, so a hostile body costs little."""
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return True
        elif token in "]}":
            depth -= 1
    return False


def clean_text(value: str) -> str:
    """`value` with lone surrogates and control characters (but tab and newline)
    replaced by U+FFFD, and CR LF as LF."""
    if _UNSAFE.search(value) is None:
        return value
    return _UNSAFE.sub(REPLACEMENT, value.replace("\r\n", "\n"))


def cleaned(value: Any) -> Any:
    """Parsed JSON with every string (keys too) passed through clean_text."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [cleaned(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(k): cleaned(v) for k, v in value.items()}
    return value


def loads(body: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    """A request body as clean JSON values; BadJson saying what is wrong."""
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
    except UnicodeDecodeError as exc:
        raise BadJson(f"the body is not UTF-8: {exc.reason} at byte {exc.start}") from None
    # cheap first: fewer brackets than the limit cannot nest deeper; no escapes and no
    # unsafe characters in the text leave none in its strings
    if text.count("[") + text.count("{") > max_depth and too_deep(text, max_depth):
        raise BadJson(f"the JSON is nested deeper than {max_depth} levels")
    try:
        data = json.loads(text)
        return cleaned(data) if "\\" in text or _UNSAFE.search(text) else data
    except ValueError as exc:  # also too many digits in a number
        raise BadJson(f"the body is not valid JSON: {exc}"[:300]) from None
    except RecursionError:  # not reached after the depth check; kept as a last guard
        raise BadJson(f"the JSON is nested deeper than {max_depth} levels") from None


def printable(value: object, limit: int = 120) -> str:
    """A platform string fit for one log line: control, format and separator
    characters escaped (\\n, \\u2028...), and cut at `limit` characters."""
    text = value if isinstance(value, str) else repr(value)
    cut = text[:limit]

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\u{ord(char):04x}")

    escaped = _UNPRINTABLE.sub(escape, cut)
    return escaped + ("…" if len(text) > limit else "")


class EscapingFilter(logging.Filter):
    """Escapes the message of every record it sees (for a library's logger that puts
    platform strings into its messages, as line-bot-sdk does with an event's type)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _UNPRINTABLE.search(message) is not None:
            record.msg, record.args = printable(message, 500), None
        return True


def event_time(value: Any, unit: float, what: str, now: dt.datetime | None = None
               ) -> tuple[dt.datetime, bool]:
    """A platform timestamp (`value` in units of `unit` seconds since the epoch) and
    whether it was usable. Missing, non-numeric and out-of-range values (before 2000,
    or more than an hour ahead) become `now`, with a log line naming `what`."""
    now = now or dt.datetime.now(dt.UTC)
    if isinstance(value, int | float) and not isinstance(value, bool) \
            and math.isfinite(value) and abs(value * unit) < 1e10:  # before 2286
        at = dt.datetime.fromtimestamp(value * unit, dt.UTC)
        if EARLIEST <= at <= now + FUTURE_SKEW:
            return at, True
    log.warning("%s has an out-of-range time (%s); taken as now", what, printable(value, 40))
    return now, False


def normal_name(value: Any, limit: int = 40) -> str | None:
    """A platform's type name (an event type, a chat type) if it is a short word of
    ASCII letters, digits and underscores; None otherwise."""
    if isinstance(value, str) and 0 < len(value) <= limit and value.isascii() and \
            all(unicodedata.category(c)[0] in "LN" or c == "_" for c in value):
        return value
    return None
