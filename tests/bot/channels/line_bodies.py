"""Webhook bodies as LINE sends them (events of a person or a group member), and
their signature with the channel secret."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import time
import uuid
from typing import Any


def signature(secret: str, body: bytes) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


_event_ids = itertools.count(1)


def event_id() -> str:
    """A webhookEventId (a ULID, 26 characters)."""
    return f"01KBFAKE{next(_event_ids):018d}"


def event(kind: str, user: str, reply_token: str | None = None, *, redelivery: bool = False,
          eid: str | None = None, **content: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "type": kind, "mode": "active", "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": user}, "webhookEventId": eid or event_id(),
        "deliveryContext": {"isRedelivery": redelivery}, **content}
    if reply_token is not None:
        data["replyToken"] = reply_token
    return data


def text_event(user: str, text: str, reply_token: str | None = None, *,
               quoted: str | None = None, **kwargs: Any) -> dict[str, Any]:
    """A text message; `quoted`: the id of the message it replies to (quotes)."""
    message = {"id": str(next(_event_ids) + 580000000000000000), "type": "text", "text": text,
               "quoteToken": uuid.uuid4().hex}
    if quoted is not None:
        message["quotedMessageId"] = quoted
    return event("message", user, reply_token, message=message, **kwargs)


def postback_event(user: str, data: str, reply_token: str | None = None,
                   **kwargs: Any) -> dict[str, Any]:
    return event("postback", user, reply_token, postback={"data": data}, **kwargs)


def location_event(user: str, latitude: float, longitude: float, address: str | None = None,
                   reply_token: str | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"id": "580000000000099001", "type": "location",
                               "latitude": latitude, "longitude": longitude}
    if address is not None:
        message["address"] = address
    return event("message", user, reply_token, message=message)


def webhook_body(*events: dict[str, Any],
                 destination: str = "Uf4a1c9b6e3d8a7f2c5b0e9d4a3f2b1c0") -> bytes:
    return json.dumps({"destination": destination, "events": list(events)},
                      ensure_ascii=False).encode()


def in_group(event_data: dict[str, Any], group: str) -> dict[str, Any]:
    """The same event, sent from a member of a group."""
    user = event_data["source"]["userId"]
    return {**event_data, "source": {"type": "group", "groupId": group, "userId": user}}

