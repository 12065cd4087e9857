"""The common LINE events read straight from the JSON (bot.channels.line_plain) come out
exactly as the SDK's parser reads them, and give the same Inbound; whatever is not
plainly valid is left to the SDK."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.line_events import event_inbound, parse_events, sdk_event
from bot.channels.line_plain import LineEvent, Message, Origin, plain_event

from .line_bodies import event, postback_event, text_event
from .line_fake import USER

SAMPLE = Path(__file__).parent / "data" / "line_webhook.json"
AT = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
PLAIN_KINDS = {"message:text", "postback", "follow", "unfollow"}


def kind_of(raw: dict[str, Any]) -> str:
    message = raw.get("message")
    return raw["type"] + (f":{message['type']}" if isinstance(message, dict) else "")


def sample_events() -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = json.loads(SAMPLE.read_bytes())["events"]
    return events


def test_the_common_events_of_lines_sample_are_read_as_the_sdk_reads_them() -> None:
    taken = set()
    for raw in sample_events():
        plain = plain_event(raw)
        if plain is not None:
            taken.add(kind_of(raw))
            assert plain == sdk_event(raw), kind_of(raw)
            assert event_inbound(plain, {"yes": "ใช่ค่ะ"}, AT) == \
                event_inbound(sdk_event(raw), {"yes": "ใช่ค่ะ"}, AT)  # type: ignore[arg-type]
    assert taken == PLAIN_KINDS  # the plain path is taken for each of them


def test_every_supported_message_type_gives_its_inbound() -> None:
    events = parse_events(SAMPLE.read_bytes())
    inbounds = {kind_of(raw): event_inbound(e, None, AT) for raw, e in events
                if e is not None and e.where is not None and e.where.kind == "user"}
    assert inbounds["message:text"] is not None and inbounds["message:text"].kind == "text"
    assert inbounds["message:text"].text
    assert inbounds["message:sticker"] is not None and inbounds["message:sticker"].kind == "sticker"
    for media in ("message:video", "message:audio", "message:file", "message:image"):
        found = inbounds[media]
        assert found is not None and found.kind == "media" and found.media_id
    location = inbounds["message:location"]
    assert location is not None and location.kind == "location"
    assert location.latitude is not None and location.longitude is not None and location.text
    assert inbounds["follow"] is not None and inbounds["follow"].kind == "follow"
    assert inbounds["unfollow"] is not None and inbounds["unfollow"].kind == "unfollow"
    assert inbounds["postback"] is not None and inbounds["postback"].kind == "choice"
    assert inbounds["beacon"] is None and inbounds["accountLink"] is None
    assert "undefined" not in inbounds  # an unknown type: no event at all


def test_a_text_message_read_without_the_model_layer() -> None:
    raw = text_event(USER, "ไม่มีตังค่ารถกลับบ้าน", "token-1", quoted="580000000000000001")
    plain = plain_event(raw)
    assert plain == LineEvent("message", Origin("user", USER, USER), "active", "token-1",
                              Message("text", raw["message"]["id"], text="ไม่มีตังค่ารถกลับบ้าน",
                                      quoted_message_id="580000000000000001"))
    assert plain == sdk_event(raw)
    inbound = event_inbound(plain, None, AT)
    assert inbound is not None and (inbound.kind, inbound.text, inbound.at) == \
        ("text", "ไม่มีตังค่ารถกลับบ้าน", AT)


# -- mutated events: plain reading never disagrees with the SDK ---------------------------

VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
    st.sampled_from(["", "active", "standby", "user", "group", "room", "text", "message",
                     "postback", "follow", "unfollow", "sticker", USER, "Cabc"]),
    st.text(max_size=5), st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(["type", "userId", "groupId", "data", "isRedelivery",
                                     "isUnblocked"]), st.sampled_from([None, True, "x", 1]),
                    max_size=3))
PATHS = [("type",), ("mode",), ("timestamp",), ("webhookEventId",), ("replyToken",),
         ("deliveryContext",), ("deliveryContext", "isRedelivery"), ("source",),
         ("source", "type"), ("source", "userId"), ("source", "groupId"), ("message",),
         ("message", "type"), ("message", "id"), ("message", "text"),
         ("message", "quoteToken"), ("message", "quotedMessageId"), ("message", "emojis"),
         ("message", "mention"), ("postback",), ("postback", "data"), ("postback", "params"),
         ("follow",), ("follow", "isUnblocked")]
MISSING = object()


def base_events() -> list[dict[str, Any]]:
    group = text_event(USER, "hello")
    group["source"] = {"type": "group", "groupId": "Cabc", "userId": USER}
    return [text_event(USER, "สวัสดีค่ะ", "tok"), postback_event(USER, "yes", "tok"),
            event("follow", USER, "tok", follow={"isUnblocked": False}),
            event("unfollow", USER), group]


@settings(max_examples=1500, derandomize=True, deadline=None, database=None)
@given(st.sampled_from(range(5)),
       st.lists(st.tuples(st.sampled_from(PATHS), st.one_of(st.just(MISSING), VALUES)),
                min_size=1, max_size=3))
def test_mutated_events_are_read_plainly_only_when_the_sdk_agrees(
        which: int, changes: list[tuple[tuple[str, ...], Any]]) -> None:
    raw = copy.deepcopy(base_events()[which])
    for path, value in changes:
        target = raw
        for step in path[:-1]:
            target = target.get(step) if isinstance(target, dict) else None  # type: ignore[assignment]
        if not isinstance(target, dict):
            continue
        if value is MISSING:
            target.pop(path[-1], None)
        else:
            target[path[-1]] = value
    plain = plain_event(raw)
    if plain is not None:
        assert plain == sdk_event(raw)
