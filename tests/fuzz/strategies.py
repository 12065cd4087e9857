"""Hypothesis strategies of hostile input for the doors: odd text and JSON values,
raw and deeply nested bodies, LINE and Telegram webhooks with mutated fields (good
events beside bad ones), web chat bodies, and console calls with their paths and
client headers."""

from __future__ import annotations

import json
import uuid
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from bot.console.actions import CASE_ACTIONS, CHAT_ACTIONS
from tests.bot.channels.line_bodies import text_event
from tests.bot.channels.telegram_updates import text_update
from tests.fuzz.server import payload

WEIRD = ["\ud800", "\udfff", "\x00", "\n", "\r\n", "\u2028", "\x1b[31m", "ค่ะ", "🙏",
         "%s%n", "' OR 1=1 --", "<script>", "../../etc/passwd", "\ufeff", "9" * 40]

weird_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(st.sampled_from(WEIRD), st.text(max_size=5)), max_size=6).map("".join))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-2**70, 2**70),
                    st.floats(), st.sampled_from([10**30, -1, 0, 2**63, 1.5e300]), weird_text)
json_values = st.recursive(
    scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                     st.dictionaries(weird_text, inner, max_size=4)),
    max_leaves=12)
deep = st.integers(30, 20_000).map(lambda n: b"[" * n + b"]" * n)
raw_bodies = st.one_of(st.binary(max_size=200), deep,
                       json_values.map(lambda v: json.dumps(v).encode()))

LINE_FIELDS = ["type", "timestamp", "webhookEventId", "source", "mode", "replyToken",
               "deliveryContext", "message", "postback", "source.userId", "source.type",
               "message.text", "message.type", "message.id", "postback.data"]
TELEGRAM_FIELDS = ["update_id", "message", "message.date", "message.chat", "message.chat.id",
                   "message.chat.type", "message.text", "message.from", "message.from.id",
                   "message.message_id", "callback_query", "message.entities"]


def mutate(obj: dict[str, Any], path: str, value: Any, delete: bool) -> None:
    *parents, last = path.split(".")
    target: Any = obj
    for name in parents:
        target = target.get(name) if isinstance(target, dict) else None
    if not isinstance(target, dict):
        return
    if delete:
        target.pop(last, None)
    else:
        target[last] = value


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    for _ in range(draw(st.integers(1, 3))):
        mutate(base, draw(st.sampled_from(fields)), draw(json_values), draw(st.booleans()))
    return base


def line_user(draw: st.DrawFn) -> str:
    return "U" + uuid.UUID(int=draw(st.integers(0, 2**128 - 1))).hex


@st.composite
def line_bodies(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    """A LINE webhook body, and the users of the good events beside bad ones in it."""
    kind = draw(st.sampled_from(["raw", "events", "mixed"]))
    if kind == "raw":
        return draw(raw_bodies), []
    events: list[Any] = []
    good: list[str] = []
    bad = False
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.sampled_from(["good", "mutated", "value"]))
        bad = bad or choice != "good"
        if choice == "value":
            events.append(draw(json_values))
        elif choice == "mutated":
            events.append(draw(mutated(text_event(line_user(draw), draw(weird_text)),
                                       LINE_FIELDS)))
        else:
            user = line_user(draw)
            events.append(text_event(user, draw(weird_text) or "สวัสดีค่ะ"))
            good.append(user)
    if kind == "mixed":  # a good event on each side of the others
        first, last = line_user(draw), line_user(draw)
        events = [text_event(first, "สวัสดีค่ะ"), *events, text_event(last, "สวัสดีค่ะ")]
        good += [first, last]
    body = payload({"destination": "U" + "0" * 32, "events": events})
    return body, good if bad else []


@st.composite
def telegram_bodies(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 3)) == 0:
        return draw(raw_bodies)
    update = text_update(draw(st.integers(1, 2**40)), draw(st.integers(1, 2**40)),
                         draw(weird_text) or "สวัสดีค่ะ")
    if draw(st.booleans()):
        update = draw(mutated(update, TELEGRAM_FIELDS))
    return payload(update)


@st.composite
def chat_bodies(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 2)) == 0:
        return draw(raw_bodies)
    body: dict[str, Any] = {"session": str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1))))}
    for name in draw(st.lists(st.sampled_from(["text", "choice", "start", "session"]),
                              max_size=3)):
        body[name] = draw(json_values)
    return payload(body)


clients = st.integers(1, 254).map(lambda n: f"203.0.113.{n}, 127.0.0.1")
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60)


@st.composite
def console_calls(draw: st.DrawFn) -> tuple[str, bytes, str]:
    """A path, a body and an X-Forwarded-For header (logins always come from some
    client other than the test's own 127.0.0.1: its sign-in is never slowed)."""
    target = draw(st.sampled_from(["login", "case", "chat"]))
    if target == "login":
        if draw(st.integers(0, 19)) == 0:  # a password check costs 0.3 s of CPU: rarely
            return "/api/login", payload({"username": draw(weird_text),
                                          "password": draw(weird_text)}), draw(clients)
        return "/api/login", draw(raw_bodies), draw(clients)
    case = draw(st.one_of(st.just("1"), st.integers(-5, 2**70).map(str), weird_text))
    action = draw(st.sampled_from(CASE_ACTIONS if target == "case" else CHAT_ACTIONS))
    prefix = "/api/cases" if target == "case" else "/api/conversations"
    body = draw(st.one_of(raw_bodies, st.dictionaries(
        st.sampled_from(["to", "note", "text", "amounts", "who", "item", "reason"]),
        json_values, max_size=3).map(payload)))
    # percent-encoded as bytes: a lone surrogate travels as invalid UTF-8
    path = f"{prefix}/{quote(case.encode('utf-8', 'surrogatepass'), safe='')}/{action}"
    return path, body, draw(st.one_of(clients, header_text))
