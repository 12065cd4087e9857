"""LINE webhook bodies -> events -> `Inbound` (no I/O).

The signature (HMAC-SHA256 of the raw body with the channel secret, base64) is
checked on the raw bytes before anything is parsed. Each event is then read on its
own, so that one event that cannot be read does not hide the others: the common,
plainly valid ones straight from the JSON (bot.channels.line_plain), every other one
by the SDK's WebhookParser (line-bot-sdk v3 models), which turns an unknown type or
invalid content into an UnknownEvent. Either way the channel gets a LineEvent, or
None for an event that is unknown or invalid.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
from typing import Any

from linebot.v3 import WebhookParser  # type: ignore[import-untyped]
from linebot.v3.webhook import UnknownEvent  # type: ignore[import-untyped]
from linebot.v3.webhooks import (  # type: ignore[import-untyped]
    AudioMessageContent,
    Event,
    FileMessageContent,
    GroupSource,
    ImageMessageContent,
    LocationMessageContent,
    RoomSource,
    StickerMessageContent,
    TextMessageContent,
    UserSource,
    VideoMessageContent,
)

from bot.channels.boundary import BadJson, EscapingFilter, event_time, loads, normal_name, printable
from bot.channels.line_plain import LineEvent, Message, Origin, plain_event
from dialogs.types import Inbound

MEDIA = ("image", "audio", "video", "file")
# the signature is checked first, on the raw bytes (signature_ok): the parser skips it
PARSER = WebhookParser("", skip_signature_verification=lambda: True)
# the SDK logs an unknown event's type as it came: never unescaped in our logs
logging.getLogger("linebot").addFilter(EscapingFilter())
log = logging.getLogger(__name__)


class BadBody(ValueError):
    """A webhook body that is not a LINE webhook (answered with 400)."""


# -- signature and parsing ---------------------------------------------------------------


def sign(secret: str, body: bytes) -> str:
    """The X-Line-Signature of `body`: base64 of its HMAC-SHA256 with the channel secret."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def signature_ok(secret: str, body: bytes, signature: str | None) -> bool:
    """Checked on the raw bytes, so a body that is not even UTF-8 is refused as unsigned."""
    return signature is not None and hmac.compare_digest(sign(secret, body).encode(),
                                                         signature.encode())


def parse_events(body: bytes) -> list[tuple[Any, LineEvent | None]]:
    """Each raw event with the event read from it (None for an unknown type, invalid
    content, or an event that is not an object with a plain type name), one event at a
    time so that one bad event does not hide the others. The signature is already
    checked; strings come out clean (bot.channels.boundary)."""
    try:
        data = loads(body)
    except BadJson as exc:
        raise BadBody(str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise BadBody("the body is not a LINE webhook (no events list)")
    return [(raw, _parse_one(raw)) for raw in data["events"]]


def _parse_one(raw: Any) -> LineEvent | None:
    if not isinstance(raw, dict) or normal_name(raw.get("type")) is None:
        return None
    return plain_event(raw) or sdk_event(raw)


def sdk_event(raw: dict[str, Any]) -> LineEvent | None:
    """An event read by the SDK's parser (the uncommon types, and whatever is not
    plainly valid); None when it is unknown or invalid to the SDK."""
    try:
        [event] = PARSER.parse(json.dumps({"events": [raw]}), "")
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError):
        return None
    return from_sdk(event) if isinstance(event, Event) and not isinstance(event, UnknownEvent) \
        else None


def from_sdk(event: Any) -> LineEvent:
    """The SDK's event as ours."""
    mode = getattr(event, "mode", None)
    message = getattr(event, "message", None)
    postback = getattr(event, "postback", None)
    return LineEvent(
        str(event.type), sdk_origin(getattr(event, "source", None)),
        mode=str(getattr(mode, "value", mode) or "active"),
        reply_token=getattr(event, "reply_token", None),
        message=sdk_message(message) if message is not None else None,
        postback_data=getattr(postback, "data", None))


def sdk_message(content: Any) -> Message:
    if isinstance(content, TextMessageContent):
        return Message("text", content.id, text=content.text,
                       quoted_message_id=content.quoted_message_id)
    if isinstance(content, LocationMessageContent):
        return Message("location", content.id, address=content.address,
                       latitude=content.latitude, longitude=content.longitude)
    if isinstance(content, StickerMessageContent):
        return Message("sticker", content.id)
    if isinstance(content, ImageMessageContent | AudioMessageContent | VideoMessageContent
                  | FileMessageContent):
        return Message(str(content.type), content.id)
    return Message(str(getattr(content, "type", "")), str(getattr(content, "id", "")))


def sdk_origin(source: Any) -> Origin | None:
    if isinstance(source, UserSource) and source.user_id:
        return Origin("user", source.user_id, source.user_id)
    if isinstance(source, GroupSource):
        return Origin("group", source.group_id, source.user_id)
    if isinstance(source, RoomSource):
        return Origin("room", source.room_id, source.user_id)
    return None


def describe(raw: Any) -> str:
    """An event's type and id for a log line, escaped."""
    if not isinstance(raw, dict):
        return f"(not an object: {type(raw).__name__})"
    return f"type {printable(raw.get('type'), 40)}, id {printable(raw.get('webhookEventId'), 40)}"


def event_at(raw: dict[str, Any], now: dt.datetime | None = None) -> tuple[dt.datetime, bool]:
    """When the event happened (its `timestamp`, in milliseconds), and whether that
    was a usable time: out-of-range times are taken as now, with a log line."""
    return event_time(raw.get("timestamp"), 0.001, f"LINE event ({describe(raw)})", now)


def origin(event: LineEvent | None) -> Origin | None:
    return event.where if event is not None else None


def group_id(event: LineEvent | None) -> str | None:
    """The group an event comes from, if it comes from one (for a staff-group hook)."""
    where = origin(event)
    return where.chat_id if where is not None and where.kind == "group" else None


def message_inbound(message: Message, at: dt.datetime) -> Inbound | None:
    if message.type == "text":
        return Inbound("text", text=message.text or "", at=at)
    if message.type == "sticker":
        return Inbound("sticker", at=at)
    if message.type in MEDIA:
        return Inbound("media", media_id=message.id, at=at)
    if message.type == "location":
        # the address LINE gives often names the province: the dialog may read it
        return Inbound("location", text=message.address or "", latitude=message.latitude,
                       longitude=message.longitude, at=at)
    return None


def event_inbound(event: LineEvent, labels: dict[str, str] | None,
                  at: dt.datetime) -> Inbound | None:
    """What a 1:1 event means to the dialog; None for the events the bot does not use.
    `labels` names a postback's value (LINE sends only the data back); `at`: the
    event's checked time (event_at)."""
    if event.type == "message" and event.message is not None:
        return message_inbound(event.message, at)
    if event.type == "postback" and event.postback_data is not None:
        data = event.postback_data
        return Inbound("choice", text=(labels or {}).get(data, ""), value=data, at=at)
    if event.type == "follow":
        return Inbound("follow", at=at)
    if event.type == "unfollow":
        return Inbound("unfollow", at=at)
    return None
