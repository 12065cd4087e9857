"""LINE webhook bodies -> events -> `Inbound` (line-bot-sdk v3 models; no I/O).

The signature (HMAC-SHA256 of the raw body with the channel secret, base64) is
checked on the raw bytes before anything is parsed. The SDK's WebhookParser then
reads one event at a time, so that one event it cannot read does not hide the
others; it turns an unknown type or invalid content into an UnknownEvent.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from typing import Any, Literal

from linebot.v3 import WebhookParser  # type: ignore[import-untyped]
from linebot.v3.webhooks import (  # type: ignore[import-untyped]
    AudioMessageContent,
    FileMessageContent,
    FollowEvent,
    GroupSource,
    ImageMessageContent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    RoomSource,
    StickerMessageContent,
    TextMessageContent,
    UnfollowEvent,
    UserSource,
    VideoMessageContent,
)

from bot.channels.boundary import BadJson, EscapingFilter, event_time, loads, normal_name, printable
from dialogs.types import Inbound

MEDIA = (ImageMessageContent, AudioMessageContent, VideoMessageContent, FileMessageContent)
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


def parse_events(body: bytes) -> list[tuple[Any, Any]]:
    """Each raw event with the SDK's event for it (UnknownEvent for an unknown type or
    invalid content; None when the SDK cannot read it at all, or the event is not an
    object with a plain type name), one event at a time so that one bad event does not
    hide the others. The signature is already checked; strings come out clean
    (bot.channels.boundary)."""
    try:
        data = loads(body)
    except BadJson as exc:
        raise BadBody(str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise BadBody("the body is not a LINE webhook (no events list)")
    return [(raw, _parse_one(raw)) for raw in data["events"]]


def _parse_one(raw: Any) -> Any:
    if not isinstance(raw, dict) or normal_name(raw.get("type")) is None:
        return None
    try:
        [event] = PARSER.parse(json.dumps({"events": [raw]}), "")
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError):
        return None
    return event


def describe(raw: Any) -> str:
    """An event's type and id for a log line, escaped."""
    if not isinstance(raw, dict):
        return f"(not an object: {type(raw).__name__})"
    return f"type {printable(raw.get('type'), 40)}, id {printable(raw.get('webhookEventId'), 40)}"


def event_at(raw: dict[str, Any], now: dt.datetime | None = None) -> tuple[dt.datetime, bool]:
    """When the event happened (its `timestamp`, in milliseconds), and whether that
    was a usable time: out-of-range times are taken as now, with a log line."""
    return event_time(raw.get("timestamp"), 0.001, f"LINE event ({describe(raw)})", now)


@dataclass(frozen=True)
class Origin:
    """Where an event comes from: a 1:1 chat (chat_id is the user id), a group or a room."""

    kind: Literal["user", "group", "room"]
    chat_id: str
    user_id: str | None


def origin(event: Any) -> Origin | None:
    source = getattr(event, "source", None)
    if isinstance(source, UserSource) and source.user_id:
        return Origin("user", source.user_id, source.user_id)
    if isinstance(source, GroupSource):
        return Origin("group", source.group_id, source.user_id)
    if isinstance(source, RoomSource):
        return Origin("room", source.room_id, source.user_id)
    return None


def group_id(event: Any) -> str | None:
    """The group an event comes from, if it comes from one (for a staff-group hook)."""
    where = origin(event)
    return where.chat_id if where is not None and where.kind == "group" else None


def _at(event: Any) -> dt.datetime:
    return event_time(getattr(event, "timestamp", None), 0.001, "a LINE event")[0]


def message_inbound(content: Any, at: dt.datetime) -> Inbound | None:
    if isinstance(content, TextMessageContent):
        return Inbound("text", text=content.text, at=at)
    if isinstance(content, StickerMessageContent):
        return Inbound("sticker", at=at)
    if isinstance(content, MEDIA):
        return Inbound("media", media_id=content.id, at=at)
    if isinstance(content, LocationMessageContent):
        # the address LINE gives often names the province: the dialog may read it
        return Inbound("location", text=content.address or "", latitude=content.latitude,
                       longitude=content.longitude, at=at)
    return None


def event_inbound(event: Any, labels: dict[str, str] | None = None,
                  at: dt.datetime | None = None) -> Inbound | None:
    """What a 1:1 event means to the dialog; None for the events the bot does not use.
    `labels` names a postback's value (LINE sends only the data back); `at`: the
    event's checked time (event_at), read from the event when not given."""
    at = at or _at(event)
    if isinstance(event, MessageEvent):
        return message_inbound(event.message, at)
    if isinstance(event, PostbackEvent):
        data = event.postback.data
        return Inbound("choice", text=(labels or {}).get(data, ""), value=data, at=at)
    if isinstance(event, FollowEvent):
        return Inbound("follow", at=at)
    if isinstance(event, UnfollowEvent):
        return Inbound("unfollow", at=at)
    return None
