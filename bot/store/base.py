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
class Outgoing:
    """A message to deliver on a platform; `retry_key` makes a resend idempotent."""

    retry_key: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class Turn:
    """Everything one turn changes, saved atomically.

    `erase` wipes the person's data instead of saving state and messages;
    `inbox_id` marks the webhook event that caused the turn as processed;
    `outbox` holds the replies to deliver, written before anything is sent."""

    key: ConversationKey
    state: State
    at: dt.datetime
    messages: tuple[Message, ...] = ()
    new_case: dict[str, Any] | None = None
    handoff_reason: str | None = None
    erase: bool = False
    inbox_id: int | None = None
    outbox: tuple[Outgoing, ...] = ()


@dataclass(frozen=True)
class InboxItem:
    id: int
    key: ConversationKey
    payload: dict[str, Any]


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: ConversationKey
    retry_key: str
    payload: dict[str, Any]
    attempts: int
    parts_sent: int = 0


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

    async def accept(self, event_id: str, key: ConversationKey, payload: dict[str, Any],
                     at: dt.datetime) -> int | None:
        """Record an inbound platform event durably; None if it was seen before."""

    async def pending_inbox(self, limit: int = 100) -> list[InboxItem]:
        """Accepted events not processed yet, oldest first."""

    async def due_outbox(self, now: dt.datetime, limit: int = 100) -> list[OutboxItem]:
        """Messages to send now, oldest first."""

    async def outbox_sent(self, item_id: int, at: dt.datetime) -> None: ...

    async def outbox_progress(self, item_id: int, parts_sent: int) -> None:
        """Remember how many parts of a multi-part item were delivered."""

    async def outbox_failed(self, item_id: int, error: str, at: dt.datetime,
                            retry_at: dt.datetime | None) -> None:
        """Record a failed attempt; `retry_at` None gives up for good."""

    async def table_counts(self) -> dict[str, int]:
        """Rows per table (health checks and tests)."""
