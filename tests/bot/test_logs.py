"""JSON log lines carry a turn id and a case reference, never what people wrote."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.conversations import Conversations
from bot.logs import JsonFormatter, configure, redact, turn_context
from bot.store import SQLiteStore
from dialogs.engine import Dialog
from dialogs.types import ConversationKey, Inbound
from knowledge import KnowledgeBase, Matcher

PHONE = "0812345678"
NATIONAL_ID = "1101700230705"
MESSAGES = ["สวัสดีค่ะ", "ยินยอมค่ะ",
            f"ชื่อสมศรีค่ะ เบอร์ 081-234-5678 บัตร {NATIONAL_ID} ไม่มีเงินกลับบ้านค่ะ",
            f"โทรหาหนูที่ {PHONE} นะคะ", "ขอคุยกับเจ้าหน้าที่ค่ะ"]


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    stream = io.StringIO()
    configure("json", stream, level=logging.DEBUG)
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


def leaks(line: str) -> list[str]:
    """What of the person's messages or data a log line shows."""
    found = [d for d in (PHONE, NATIONAL_ID, "081-234-5678", "2345678") if d in line]
    found += re.findall("[\u0e00-\u0e7f]+", line)
    return found


async def test_json_lines_carry_turn_and_case_but_no_text(
        tmp_path: Path, kb_matcher: tuple[KnowledgeBase, Matcher],
        json_log: io.StringIO) -> None:
    kb, matcher = kb_matcher
    key = ConversationKey("line", "U" + "7" * 32)
    async with SQLiteStore(tmp_path / "logs.db") as store:
        conversations = Conversations(store, Dialog(kb, matcher))
        outcomes = [await conversations.handle(key, Inbound("text", text=m)) for m in MESSAGES]
        cases = await store.cases(key=key)
    assert outcomes[-1].case_id is not None and cases  # a case was made: its ref is logged
    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    turns = [line for line in lines if line["logger"] == "bot.conversations"]
    assert len({line["turn_id"] for line in turns if "turn_id" in line}) == len(MESSAGES)
    assert all("turn_id" in line for line in turns)
    assert any(line.get("case_ref") == cases[0].ref for line in turns)
    for line in lines:
        assert line["level"] and line["time"] and "message" in line
        assert leaks(json.dumps(line, ensure_ascii=False)) == [], line


def test_the_formatter_blanks_text_and_numbers_given_to_it() -> None:
    """The second guard: even a careless log call leaks no Thai text, phone or ID."""
    record = logging.LogRecord("x", logging.WARNING, __file__, 1,
                               "could not read %r (call %s, ID %s) after %d tries",
                               (MESSAGES[2], "+66 81 234 5678", "1-1017-00230-70-5", 3),
                               None)
    with turn_context("NJ-ABC234") as turn:
        line = json.loads(JsonFormatter().format(record))
    assert line["turn_id"] == turn and line["case_ref"] == "NJ-ABC234"
    assert leaks(json.dumps(line, ensure_ascii=False)) == []
    assert "5678" not in line["message"] and "after 3 tries" in line["message"]
    assert redact("outbox 12 attempt 3 failed: HTTP 500") == "outbox 12 attempt 3 failed: HTTP 500"


def test_text_format_is_the_default() -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure(None, stream)
        logging.getLogger("namjai.t").info("plain %d", 1)
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
    assert stream.getvalue().rstrip().endswith("INFO namjai.t: plain 1")
