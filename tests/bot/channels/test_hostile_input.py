"""Hostile input at every door, with the exact reproductions of the hardening review:
JSON nested 20,000 deep, a lone surrogate, a LINE timestamp of 10**30, a Telegram date
that is null or out of range, a Telegram message without a chat, a LINE body
[A, bad, C], replays of old events, and a newline in a LINE event type. Every answer is
a 4xx in one JSON shape or a 200; the good events are answered."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.app import PIPELINE
from bot.channels.boundary import clean_text, cleaned, loads, printable, too_deep
from dialogs import texts
from knowledge import KnowledgeBase, Matcher, load_knowledge
from tests.bot.channels.both import Doors, doors
from tests.bot.channels.line_bodies import text_event, webhook_body
from tests.bot.channels.telegram_updates import message_update, text_update

DEEP = b"[" * 20_000 + b"]" * 20_000
USER_A = "U" + "a" * 32
USER_C = "U" + "c" * 32
CHAT = 5550001
SESSION = "0b4a3c2d-1e0f-4a5b-8c7d-6e5f4a3b2c1d"


@pytest.fixture(scope="module")
def knowledge() -> tuple[KnowledgeBase, Matcher]:
    kb = load_knowledge()
    return kb, Matcher(kb)


@pytest.fixture
async def live(tmp_path: Path, knowledge: tuple[KnowledgeBase, Matcher]
               ) -> AsyncIterator[Doors]:
    async with doors(tmp_path, knowledge) as d:
        yield d


def assert_error_shape(body: bytes, code: str | None = None) -> None:
    data = json.loads(body)
    assert set(data) >= {"error", "detail"} and isinstance(data["detail"], str)
    if code is not None:
        assert data["error"] == code


# -- the boundary, pure ------------------------------------------------------------------


def test_depth_is_checked_before_parsing_and_strings_do_not_count() -> None:
    assert too_deep(DEEP.decode())
    assert not too_deep('{"a": [[["[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]]]}')
    assert not too_deep('["\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]')
    assert too_deep("[" * 33 + "]" * 33) and not too_deep("[" * 32 + "]" * 32)


def test_lone_surrogates_and_controls_are_replaced_tabs_and_newlines_kept() -> None:
    assert loads(b'{"text": "\\ud800 ok\\u0000\\u0007\\tline\\r\\nnext"}') == {
        "text": "\ufffd ok\ufffd\ufffd\tline\nnext"}
    assert clean_text("สวัสดีค่ะ 🙏") == "สวัสดีค่ะ 🙏"
    assert loads(b'{"\\ud800": 1}') == {"\ufffd": 1}


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet=st.characters(
        codec="utf-8", categories=("L", "N", "P", "Z", "Cc"))),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                 max_size=3), max_leaves=12)


@settings(max_examples=400, derandomize=True, deadline=None, database=None)
@given(JSON_VALUES, st.booleans())
def test_a_body_without_escapes_skips_no_cleaning(value: object, ascii_only: bool) -> None:
    text = json.dumps({"events": [value]}, ensure_ascii=ascii_only)
    assert loads(text.encode()) == cleaned(json.loads(text))


def test_log_strings_are_escaped() -> None:
    assert printable("message\nINFO forged line") == "message\\nINFO forged line"
    assert printable("a\u2028b\x1b[31m") == "a\\u2028b\\u001b[31m"
    assert printable("x" * 500, 10) == "x" * 10 + "…"


# -- deep JSON, everywhere ---------------------------------------------------------------


async def test_json_nested_20000_deep_is_400_on_every_endpoint(live: Doors) -> None:
    answers = [await live.line_post(DEEP), await live.telegram_post(DEEP),
               await live.chat_post(DEEP), await live.api_post("/api/login", DEEP)]
    for answer in answers:
        assert answer.status == 400, answer
        assert_error_shape(answer.body, "bad_request")
        assert "nested deeper" in answer.json()["detail"]
    assert (await live.store.table_counts())["inbox"] == 0


async def test_unknown_paths_and_methods_answer_the_same_json_shape(live: Doors) -> None:
    missing = await live.raw("GET", "/no/such/page")
    assert missing.status == 404
    assert_error_shape(missing.body, "not_found")
    wrong = await live.raw("GET", "/webhooks/line")
    assert wrong.status == 405
    assert_error_shape(wrong.body, "method_not_allowed")
    unsigned = await live.raw("POST", "/webhooks/line", b"{}")
    assert unsigned.status == 401
    assert_error_shape(unsigned.body)


# -- lone surrogates ---------------------------------------------------------------------


async def test_a_lone_surrogate_is_replaced_and_answered_on_every_channel(
        live: Doors) -> None:
    line_body = json.dumps({"destination": "U0",  # ASCII JSON: the surrogate escaped
                            "events": [text_event(USER_A, "สวัสดี\ud800ค่ะ")]}).encode()
    assert b"\\ud800" in line_body
    assert (await live.line_post(line_body)).status == 200
    tg_body = json.dumps(text_update(1001, CHAT, "สวัสดี\ud800ค่ะ")).encode()
    assert (await live.telegram_post(tg_body)).status == 200
    chat = await live.chat_post(json.dumps({"session": SESSION,
                                            "text": "สวัสดี\ud800ค่ะ"}).encode())
    assert chat.status == 200 and chat.json()["replies"][0]["text"] == texts.WELCOME
    await live.line.wait_delivered(2, USER_A)
    await live.telegram.wait_sent(2, CHAT)
    assert live.line.texts(USER_A)[0] == texts.WELCOME
    assert live.telegram.texts(CHAT)[0] == texts.WELCOME


# -- times ---------------------------------------------------------------------------


async def test_a_line_timestamp_of_10_to_the_30_is_taken_as_now(
        live: Doors, caplog: pytest.LogCaptureFixture) -> None:
    event = text_event(USER_A, "สวัสดีค่ะ")
    event["timestamp"] = 10**30
    assert (await live.line_post(webhook_body(event))).status == 200
    await live.line.wait_delivered(2, USER_A)
    assert live.line.texts(USER_A)[0] == texts.WELCOME
    assert any("out-of-range time" in r.getMessage() and "1000000000000000000000000000000"
               in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("date", [None, 10**30, -10**12, "yesterday", 1.5e300])
async def test_a_telegram_date_null_or_out_of_range_is_taken_as_now(
        live: Doors, caplog: pytest.LogCaptureFixture, date: object) -> None:
    update = text_update(2001, CHAT, "สวัสดีค่ะ")
    update["message"]["date"] = date
    assert (await live.telegram_post(json.dumps(update).encode())).status == 200
    await live.telegram.wait_sent(2, CHAT)
    assert live.telegram.texts(CHAT)[0] == texts.WELCOME
    assert any("Telegram update 2001: date has an out-of-range time" in r.getMessage()
               for r in caplog.records)


async def test_a_telegram_message_without_chat_is_400(live: Doors) -> None:
    update = text_update(3001, CHAT, "สวัสดีค่ะ")
    del update["message"]["chat"]
    answer = await live.telegram_post(json.dumps(update).encode())
    assert answer.status == 400
    assert_error_shape(answer.body, "bad_request")
    assert "without a chat" in answer.json()["detail"]
    update["message"]["chat"] = {"type": "private"}  # no id
    assert (await live.telegram_post(json.dumps(update).encode())).status == 400
    # a later good update is answered
    good = text_update(3002, CHAT, "สวัสดีค่ะ")
    assert (await live.telegram_post(json.dumps(good).encode())).status == 200
    await live.telegram.wait_sent(2, CHAT)


# -- one bad event never takes its neighbours ------------------------------------------


@pytest.mark.parametrize("bad", ["timestamp", "not an object", "type with newline",
                                 "no source", "message is a list"])
async def test_line_body_a_bad_c_answers_a_and_c(live: Doors, bad: str,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    a, c = text_event(USER_A, "สวัสดีค่ะ"), text_event(USER_C, "สวัสดีค่ะ")
    b: object = text_event("U" + "b" * 32, "สวัสดีค่ะ")
    assert isinstance(b, dict)
    if bad == "timestamp":
        b["timestamp"] = "10**30"
    elif bad == "not an object":
        b = 1
    elif bad == "type with newline":
        b["type"] = "message\nINFO forged: staff logged in"
    elif bad == "no source":
        del b["source"]
    else:
        b["message"] = [1, 2]
    caplog.set_level(logging.INFO)
    answer = await live.line_post(webhook_body(a, b, c))  # type: ignore[arg-type]
    assert answer.status == 200
    await live.line.wait_delivered(2, USER_A)
    await live.line.wait_delivered(2, USER_C)
    assert live.line.texts(USER_A)[0] == live.line.texts(USER_C)[0] == texts.WELCOME
    for record in caplog.records:  # no forged log line, from us or from the SDK
        assert "\n" not in record.getMessage()
    if bad == "type with newline":
        assert any("message\\nINFO forged" in r.getMessage() for r in caplog.records)


async def test_line_timestamp_10_to_the_30_between_two_good_events(live: Doors) -> None:
    a, b, c = (text_event(u, "สวัสดีค่ะ") for u in (USER_A, "U" + "b" * 32, USER_C))
    b["timestamp"] = 10**30
    assert (await live.line_post(webhook_body(a, b, c))).status == 200
    for user in (USER_A, "U" + "b" * 32, USER_C):  # B too: its time is taken as now
        await live.line.wait_delivered(2, user)


# -- replays -------------------------------------------------------------------------


async def test_an_old_line_event_is_refused_with_a_log_line(
        live: Doors, caplog: pytest.LogCaptureFixture) -> None:
    old = text_event(USER_A, "สวัสดีค่ะ")
    old["timestamp"] = int((time.time() - 2 * 3600) * 1000)
    fresh = text_event(USER_C, "สวัสดีค่ะ")
    assert (await live.line_post(webhook_body(old, fresh))).status == 200
    await live.line.wait_delivered(2, USER_C)
    await live.app[PIPELINE].drain()
    assert live.line.delivered(USER_A) == []
    assert (await live.store.table_counts())["inbox"] == 1
    assert any("refused: older than 1:00:00, a replay" in r.getMessage()
               and old["webhookEventId"] in r.getMessage() for r in caplog.records)


async def test_an_old_telegram_message_is_refused_with_a_log_line(
        live: Doors, caplog: pytest.LogCaptureFixture) -> None:
    old = message_update(4001, CHAT, text="สวัสดีค่ะ")
    old["message"]["date"] = int(time.time()) - 2 * 3600
    assert (await live.telegram_post(json.dumps(old).encode())).status == 200
    await live.app[PIPELINE].drain()
    assert (await live.store.table_counts())["inbox"] == 0
    assert any("Telegram update 4001 refused: older than 1:00:00" in r.getMessage()
               for r in caplog.records)


async def test_a_redelivered_line_event_is_recognised(live: Doors) -> None:
    event = text_event(USER_A, "สวัสดีค่ะ")
    body = webhook_body(event)
    assert (await live.line_post(body)).status == 200
    await live.line.wait_delivered(2, USER_A)
    assert (await live.line_post(body)).status == 200
    await live.app[PIPELINE].drain()
    assert (await live.store.table_counts())["inbox"] == 1
    assert len(live.line.delivered(USER_A)) == 2


@pytest.mark.parametrize("body, content_type", [
    (b"username=\xff\xfe&password=x", "application/x-www-form-urlencoded"),
    (b"username=a&password=x", "application/x-www-form-urlencoded; charset=no-such-codec"),
])
async def test_a_form_that_is_not_text_is_400(live: Doors, body: bytes,
                                              content_type: str) -> None:
    answer = await live.raw("POST", "/console/login", body, {"Content-Type": content_type})
    assert answer.status == 400
    assert_error_shape(answer.body, "bad_request")
