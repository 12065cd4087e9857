"""The store Protocol: a small set of async primitives that every backend implements.

A whole dialog turn (new state, messages in both directions, a new case, a
handoff request) is written by `save_turn` in one transaction, so a crash
leaves either all of it or none of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from dialogs.state import State
from dialogs.types import ConversationKey

Direction = Literal["in", "out"]


@dataclass(frozen=True)
class Message:
    direction: Direction
    text: str
    at: dt.datetime
    meta: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class Turn:
    """Everything one turn changes, saved atomically."""

    key: ConversationKey
    state: State
    at: dt.datetime
    messages: tuple[Message, ...] = ()
    new_case: dict[str, Any] | None = None
    handoff_reason: str | None = None


@dataclass(frozen=True)
class SavedTurn:
    case_id: int | None
    handoff_id: int | None


@dataclass(frozen=True)
class Case:
    id: int
    key: ConversationKey
    status: str
    urgent: bool
    due_at: dt.datetime
    created_at: dt.datetime
    data: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "channel": self.key.channel, "user_id": self.key.user_id,
                "status": self.status, "urgent": self.urgent,
                "due_at": self.due_at.isoformat(), "created_at": self.created_at.isoformat(),
                **self.data}


class Store(Protocol):
    async def open(self) -> None: ...

    async def close(self) -> None: ...

    async def load(self, key: ConversationKey) -> State | None:
        """The saved state of a conversation, or None if there is none."""

    async def save_turn(self, turn: Turn) -> SavedTurn:
        """Write a turn in one transaction, committed before this returns."""

    async def messages(self, key: ConversationKey, limit: int = 100) -> list[Message]:
        """The conversation's messages, oldest first."""

    async def case(self, case_id: int) -> Case | None: ...

    async def cases(self, status: str | None = None,
                    key: ConversationKey | None = None) -> list[Case]:
        """Cases, newest first, optionally of one status or one person."""

    async def erase(self, key: ConversationKey, at: dt.datetime) -> int:
        """Erase a person's conversation, messages, handoffs and the personal fields of
        their cases; keep an anonymous audit line. Returns the number of cases scrubbed."""

    async def table_counts(self) -> dict[str, int]:
        """Rows per table (health checks and tests)."""
