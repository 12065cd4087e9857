"""Replies as JSON, the way the outbox stores them and channels read them back."""

from __future__ import annotations

from typing import Any

from dialogs.types import Choice, Reply


def reply_to_json(reply: Reply) -> dict[str, Any]:
    return {"text": reply.text, "choices": [[c.label, c.value] for c in reply.choices],
            "card": reply.card}


def reply_from_json(data: dict[str, Any]) -> Reply:
    return Reply(str(data["text"]), tuple(Choice(str(a), str(b)) for a, b in data["choices"]),
                 data.get("card"))
