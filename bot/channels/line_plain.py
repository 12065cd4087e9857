"""The common LINE events read straight from the webhook's JSON, without the SDK's
pydantic v1 model layer (about 0.5 ms of CPU per event).

Only an event whose every field the SDK would check is plainly valid is read here:
a text message, a postback, a follow or an unfollow, from a user, a group or a room,
with nothing the SDK would read further (emojis, a mention, postback params). Such an
event is valid for the SDK too, and yields the same LineEvent (tests/bot/channels/
test_line_plain.py compares the two on LINE's sample webhook and on mutated events).
Anything else, an invalid event included, returns None here and goes to the SDK's
parser as before (bot.channels.line_events), which decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

MODES = ("active", "standby")


@dataclass(frozen=True)
class Origin:
    """Where an event comes from: a 1:1 chat (chat_id is the user id), a group or a room."""

    kind: Literal["user", "group", "room"]
    chat_id: str
    user_id: str | None


@dataclass(frozen=True)
class Message:
    """A message event's content: its type ("text", "sticker", "image", "location"...)."""

    type: str
    id: str
    text: str | None = None
    quoted_message_id: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class LineEvent:
    """A LINE event as the channel uses it (SDK types never leave the line* modules)."""

    type: str  # "message", "postback", "follow", "join"...
    where: Origin | None  # None: no source, or a user source without a user id
    mode: str = "active"
    reply_token: str | None = None
    message: Message | None = None
    postback_data: str | None = None


def _str(value: Any) -> bool:
    return isinstance(value, str)


def _opt_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def plain_origin(source: Any) -> tuple[bool, Origin | None]:
    """(plainly valid, origin) of an event's `source`."""
    if source is None:
        return True, None
    if not isinstance(source, dict) or not _opt_str(source.get("userId")):
        return False, None
    kind, user = source.get("type"), source.get("userId")
    if kind == "user":
        return True, (Origin("user", user, user) if user else None)
    if kind == "group" and _str(source.get("groupId")):
        return True, Origin("group", source["groupId"], user)
    if kind == "room" and _str(source.get("roomId")):
        return True, Origin("room", source["roomId"], user)
    return False, None


def _text(message: Any) -> Message | None:
    if not isinstance(message, dict) or message.get("type") != "text":
        return None
    if not (_str(message.get("id")) and _str(message.get("text"))
            and _str(message.get("quoteToken")) and _opt_str(message.get("quotedMessageId"))
            and _opt_str(message.get("markAsReadToken"))
            and message.get("emojis") is None and message.get("mention") is None):
        return None
    return Message("text", message["id"], text=message["text"],
                   quoted_message_id=message.get("quotedMessageId"))


def plain_event(raw: Any) -> LineEvent | None:
    """The event, if it is a plainly valid common one; None: ask the SDK."""
    if not isinstance(raw, dict):
        return None
    timestamp, context = raw.get("timestamp"), raw.get("deliveryContext")
    if not (isinstance(timestamp, int) and not isinstance(timestamp, bool)
            and raw.get("mode") in MODES and _str(raw.get("webhookEventId"))
            and isinstance(context, dict) and isinstance(context.get("isRedelivery"), bool)):
        return None
    plain, where = plain_origin(raw.get("source"))
    if not plain:
        return None
    kind, token = raw.get("type"), raw.get("replyToken")
    base = {"where": where, "mode": raw["mode"]}
    if kind == "message" and _opt_str(token):
        message = _text(raw.get("message"))
        return LineEvent("message", reply_token=token, message=message, **base) \
            if message is not None else None
    if kind == "postback" and _opt_str(token):
        postback = raw.get("postback")
        if isinstance(postback, dict) and _str(postback.get("data")) \
                and postback.get("params") is None:
            return LineEvent("postback", reply_token=token, postback_data=postback["data"],
                             **base)
        return None
    if kind == "follow" and _str(token):
        follow = raw.get("follow")
        if isinstance(follow, dict) and isinstance(follow.get("isUnblocked"), bool):
            return LineEvent("follow", reply_token=token, **base)
        return None
    if kind == "unfollow":
        return LineEvent("unfollow", **base)
    return None
