"""The web chat API's messages: a request body read into an Inbound, a Reply
written as the JSON the page renders."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from dialogs.types import Inbound, Reply

SESSION_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_TEXT = 5000  # characters of one message
MAX_VALUE = 200  # characters of a choice value


class BadInput(ValueError):
    """A request the API refuses with 400; the message says why (English, for developers)."""


def reply_to_web(reply: Reply) -> dict[str, Any]:
    """The JSON the page renders: {"text", "choices": [{"label", "value"}], "card"}."""
    return {"text": reply.text,
            "choices": [{"label": c.label, "value": c.value} for c in reply.choices],
            "card": reply.card}


def valid_session(value: Any) -> str:
    """The session id, lower-cased, if it looks like a UUID."""
    if not isinstance(value, str) or not SESSION_RE.match(value.strip().lower()):
        raise BadInput("session must be a UUID")
    return value.strip().lower()


def _optional_str(body: Mapping[str, Any], field: str, limit: int) -> str | None:
    value = body.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(f"{field} must be a string")
    if len(value) > limit:
        raise BadInput(f"{field} is longer than {limit} characters")
    return value


def parse_message(body: Any) -> tuple[str, Inbound]:
    """The session and the Inbound of one API request body:
    {"session", "start": true} | {"session", "choice", "text"} | {"session", "text"}."""
    if not isinstance(body, dict):
        raise BadInput("the body must be a JSON object")
    session = valid_session(body.get("session"))
    text = _optional_str(body, "text", MAX_TEXT)
    choice = _optional_str(body, "choice", MAX_VALUE)
    if body.get("start") is True:
        return session, Inbound("start")
    if choice:
        return session, Inbound("choice", text=text or "", value=choice)
    if text is not None:
        return session, Inbound.of_text(text)
    raise BadInput("send text, a choice or start")
