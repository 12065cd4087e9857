"""Fuzzing every door of the real server with hypothesis (derandomised: each run sends
the same cases): the LINE webhook (signed bodies), the Telegram webhook (with the
secret token), the web chat API and the console API (signed in, with the CSRF token).

Asserted: no answer is a 5xx; good LINE events sent beside bad ones are all answered
(no lost neighbour); afterwards the server still answers a normal message on every
door. The last test prints the counts (run with -s to see them)."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.channels.line import SIGNATURE_HEADER
from bot.channels.line import WEBHOOK_PATH as LINE_PATH
from bot.channels.telegram import SECRET_HEADER
from bot.channels.telegram import WEBHOOK_PATH as TELEGRAM_PATH
from bot.passwords import hash_password
from bot.store import Turn
from dialogs import texts
from dialogs.state import State
from dialogs.types import ConversationKey
from knowledge import KnowledgeBase, Matcher, load_knowledge
from tests.bot.channels.both import TELEGRAM_SECRET
from tests.bot.channels.line_bodies import signature, text_event
from tests.bot.channels.line_fake import SECRET as LINE_SECRET
from tests.bot.channels.telegram_updates import text_update
from tests.fuzz.server import Tally, ThreadedServer, deliveries_to, payload
from tests.fuzz.strategies import (
    chat_bodies,
    console_calls,
    line_bodies,
    telegram_bodies,
)

CASES = {"line": 700, "telegram": 550, "webchat": 400, "console": 400}
TALLY = Tally()
FUZZ = settings(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=list(HealthCheck))
STAFF, PASSWORD = "fuzzadmin", "fuzz-password-0123"
CASE_KEY = ConversationKey("line", "U" + "f" * 32)

# -- the server ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    kb = load_knowledge()
    knowledge: tuple[KnowledgeBase, Matcher] = (kb, Matcher(kb))
    running = ThreadedServer(Path(tmp_path_factory.mktemp("fuzz")), knowledge)
    running.start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def staff(server: ThreadedServer) -> dict[str, str]:
    """A signed-in admin's headers (session cookie and CSRF token), and a case to act on."""
    assert server.doors is not None
    store = server.doors.store
    now = dt.datetime.now(dt.UTC)
    server.call(lambda: store.add_staff(STAFF, "admin", hash_password(PASSWORD), now))
    case = {"status": "received", "urgent": False, "ref": "NJ-FUZZ-1",
            "due_at": (now + dt.timedelta(days=15)).isoformat(), "name": "สมชาย"}
    server.call(lambda: store.save_turn(Turn(CASE_KEY, State("idle"), now, new_case=case)))
    return sign_in(server)


def sign_in(server: ThreadedServer) -> dict[str, str]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request("POST", "/api/login", body=payload({"username": STAFF,
                                                        "password": PASSWORD}),
                     headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        body = response.read()
        assert response.status == 200, body
        cookie = str(response.getheader("Set-Cookie", "")).split(";", 1)[0]
        return {"Cookie": cookie, "X-CSRF-Token": json.loads(body)["csrf"]}
    finally:
        conn.close()


# -- the fuzzing ---------------------------------------------------------------------------


def test_fuzz_line_webhook(server: ThreadedServer) -> None:
    @settings(FUZZ, max_examples=CASES["line"])
    @given(line_bodies())
    def run(case: tuple[bytes, list[str]]) -> None:
        body, neighbours = case
        status, answer = server.post(LINE_PATH, body, {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: signature(LINE_SECRET, body)})
        TALLY.record("line", status, answer, body)
        assert status < 500, answer
        if neighbours:
            assert status == 200, answer
            TALLY.neighbours.update(neighbours)

    run()


def test_fuzz_telegram_webhook(server: ThreadedServer) -> None:
    @settings(FUZZ, max_examples=CASES["telegram"])
    @given(telegram_bodies())
    def run(body: bytes) -> None:
        status, answer = server.post(TELEGRAM_PATH, body, {
            "Content-Type": "application/json", SECRET_HEADER: TELEGRAM_SECRET})
        TALLY.record("telegram", status, answer, body)
        assert status < 500, answer

    run()


def test_fuzz_web_chat_api(server: ThreadedServer) -> None:
    @settings(FUZZ, max_examples=CASES["webchat"])
    @given(chat_bodies(), st.sampled_from(["application/json", "text/plain", ""]))
    def run(body: bytes, content_type: str) -> None:
        status, answer = server.post("/chat/api/messages", body,
                                     {"Content-Type": content_type} if content_type else {})
        TALLY.record("webchat", status, answer, body)
        assert status < 500, answer

    run()


def test_fuzz_console_api(server: ThreadedServer, staff: dict[str, str]) -> None:
    @settings(FUZZ, max_examples=CASES["console"])
    @given(console_calls(), st.booleans())
    def run(call: tuple[str, bytes, str], signed_in: bool) -> None:
        path, body, client = call
        headers = {"Content-Type": "application/json", "X-Forwarded-For": client}
        if signed_in:
            headers.update(staff)
        status, answer = server.post(path, body, headers)
        TALLY.record("console", status, answer, body)
        assert status < 500, answer

    run()


def test_good_events_beside_bad_ones_were_all_answered(server: ThreadedServer) -> None:
    assert TALLY.neighbours, "the fuzzing sent no good event beside a bad one"
    server.drain()
    deadline = time.monotonic() + 60
    waiting = set(TALLY.neighbours)
    while waiting and time.monotonic() < deadline:
        waiting = {u for u in waiting if deliveries_to(server, u) == 0}
        time.sleep(0.1)
    TALLY.lost = waiting
    assert not waiting, f"{len(waiting)} good events never answered"


def test_the_server_still_answers_on_every_door(server: ThreadedServer,
                                                staff: dict[str, str]) -> None:
    user = "U" + "e" * 32
    body = payload({"destination": "U0", "events": [text_event(user, "สวัสดีค่ะ")]})
    status, _ = server.post(LINE_PATH, body, {"Content-Type": "application/json",
                                              SIGNATURE_HEADER: signature(LINE_SECRET, body)})
    assert status == 200
    body = payload(text_update(10**12, 777001, "สวัสดีค่ะ"))
    status, _ = server.post(TELEGRAM_PATH, body, {"Content-Type": "application/json",
                                                  SECRET_HEADER: TELEGRAM_SECRET})
    assert status == 200
    status, answer = server.post("/chat/api/messages", payload(
        {"session": str(uuid.uuid4()), "text": "สวัสดีค่ะ"}), {"Content-Type": "application/json"})
    assert status == 200 and json.loads(answer)["replies"][0]["text"] == texts.WELCOME
    assert sign_in(server)["Cookie"].startswith("namjai_staff=")
    server.drain()
    assert server.doors is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (
            deliveries_to(server, user) and server.doors.telegram.texts(777001)):
        time.sleep(0.05)
    assert server.doors.line.texts(user)[0] == texts.WELCOME
    assert server.doors.telegram.texts(777001)[0] == texts.WELCOME


def test_fuzz_counts(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + TALLY.summary())
    assert sum(TALLY.cases.values()) >= 2000
    assert TALLY.server_errors == []
    assert TALLY.lost == set()
