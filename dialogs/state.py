"""Conversation state: a stable name plus a JSON dict, so stored states survive upgrades."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

# Stable state names. Never rename one: stored conversations refer to them.
NEW = "new"
CONSENT = "consent"
IDLE = "idle"
CLARIFY = "clarify"
ASK = "ask"  # asking one slot; data["slot"] names it
CONFIRM = "confirm"  # showing the summary before the case is sent
CONFIRM_ERASE = "confirm_erase"
DONE = "done"


@dataclass(frozen=True)
class State:
    name: str = NEW
    data: dict[str, Any] = field(default_factory=dict)

    def with_(self, name: str | None = None, **changes: Any) -> State:
        """A new state with `changes` merged into a copy of the data."""
        data = json.loads(json.dumps(self.data))
        for key, value in changes.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        return State(self.name if name is None else name, data)

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, name: str, payload: str) -> State:
        data = json.loads(payload) if payload else {}
        return cls(name, data if isinstance(data, dict) else {})


def text_digest(text: str) -> str:
    """A short digest of a text without its spaces, never the text itself: what a state
    keeps to count the same message said again."""
    compact = "".join(text.split()).lower()
    return hashlib.sha256(compact.encode()).hexdigest()[:12]
