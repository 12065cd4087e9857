"""Logging: plain text by default, JSON lines with NAMJAI_LOG_FORMAT=json.

Every line written while a turn runs carries the turn's id, and the reference of
the case it concerns once there is one (context variables, so concurrent turns do
not mix them up). Lines never carry what people wrote or personal data: our log
calls do not pass message text, and as a second guard the JSON formatter blanks
Thai script and long digit runs (phone numbers, national IDs) from the message and
any exception text.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import logging
import re
import uuid
from collections.abc import Iterator
from typing import TextIO

turn_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("turn_id", default=None)
case_ref: contextvars.ContextVar[str | None] = contextvars.ContextVar("case_ref", default=None)

_THAI = re.compile("[\u0e00-\u0e7f]+(?:[\\s\u0e00-\u0e7f]*[\u0e00-\u0e7f])?")
_DIGITS = re.compile(r"(?<![\w.])\+?\d(?:[\d\s-]{4,}\d)(?![\w.])")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redact(text: str) -> str:
    """Thai script and runs of 6 or more digits (with spaces or dashes) blanked."""
    text = _THAI.sub("[th]", text)
    return _DIGITS.sub(lambda m: "[n]" if sum(c.isdigit() for c in m.group()) >= 6
                       else m.group(), text)


@contextlib.contextmanager
def turn_context(ref: str | None = None) -> Iterator[str]:
    """A fresh turn id (and the case reference, if known) for the lines logged inside."""
    tid = uuid.uuid4().hex[:12]
    tokens = (turn_id.set(tid), case_ref.set(ref))
    try:
        yield tid
    finally:
        case_ref.reset(tokens[1])
        turn_id.reset(tokens[0])


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"),
            "level": record.levelname, "logger": record.name,
            "message": redact(record.getMessage())}
        for name, var in (("turn_id", turn_id), ("case_ref", case_ref)):
            value = var.get()
            if value:
                line[name] = value
        if record.exc_info:
            line["error"] = redact(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


def configure(log_format: str | None, stream: TextIO | None = None,
              level: int = logging.INFO) -> logging.Handler:
    """Log to `stream` (stderr) as text, or as JSON lines when `log_format` is "json"."""
    handler = logging.StreamHandler(stream)
    if (log_format or "").strip().lower() == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
