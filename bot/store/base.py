"""The store's boundary types: small frozen dataclasses every backend reads and writes.

A whole dialog turn (new state, messages in both directions, a new case, a
handoff request) is written by `save_turn` in one transaction, so a crash
leaves either all of it or none of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

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


Origin = Literal["bot", "staff", "alert"]


@dataclass(frozen=True)
class Outgoing:
    """A message to deliver on a platform; `retry_key` makes a resend idempotent.

    `to` is the conversation to deliver to (default: the turn's own); `origin` says
    who speaks: the bot, a staff member, or an alert to the staff chat. While a
    person's conversation is held by staff, nothing of origin "bot" reaches them."""

    retry_key: str
    payload: dict[str, Any]
    to: ConversationKey | None = None
    origin: Origin = "bot"


@dataclass(frozen=True)
class Turn:
    """Everything one turn changes, saved atomically.

    `erase` wipes the person's data instead of saving state and messages;
    `inbox_id` marks the webhook event that caused the turn as processed;
    `outbox` holds the replies to deliver, written before anything is sent;
    `rewrite` replaces earlier messages of the conversation (by id: their text and
    meta); with `forget_sent`, the person's processed webhook events and the replies
    already delivered to them go too: they carried the words (sensitive data a person
    said no to recording, told before the question: dialogs.transcript)."""

    key: ConversationKey
    state: State
    at: dt.datetime
    messages: tuple[Message, ...] = ()
    new_case: dict[str, Any] | None = None
    handoff_reason: str | None = None
    erase: bool = False
    inbox_id: int | None = None
    outbox: tuple[Outgoing, ...] = ()
    rewrite: tuple[Message, ...] = ()
    forget_sent: bool = False


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
    origin: Origin = "bot"
    claims: int = 0  # times handed to a sender: above 1, an earlier sender may have sent it


@dataclass(frozen=True)
class SavedTurn:
    case_id: int | None
    handoff_id: int | None


@dataclass(frozen=True)
class Backlog:
    """What waits, for the metrics: outbox items neither sent nor given up, cases not
    finished, and urgent ones nobody claimed; `*_since`: the oldest one's creation."""

    outbox: int
    outbox_since: dt.datetime | None
    open_cases: int
    unclaimed_urgent: int
    unclaimed_urgent_since: dt.datetime | None


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


@dataclass(frozen=True)
class Case:
    id: int
    key: ConversationKey  # ("", "") once the person's data was erased
    status: str
    urgent: bool
    due_at: dt.datetime
    created_at: dt.datetime
    data: dict[str, Any]
    kind: str = "screening"  # or "handoff": a person asked for a human
    claimed_by: str | None = None
    claimed_at: dt.datetime | None = None
    first_contact_at: dt.datetime | None = None
    assisted_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    reminders: str = ""  # reminder kinds already sent to the staff chat, comma separated

    @property
    def ref(self) -> str:
        return str(self.data.get("ref") or self.id)

    def as_dict(self) -> dict[str, Any]:
        return {**self.data, "id": self.id, "ref": self.ref, "kind": self.kind,
                "channel": self.key.channel, "user_id": self.key.user_id,
                "status": self.status, "urgent": self.urgent,
                "due_at": self.due_at.isoformat(), "created_at": self.created_at.isoformat(),
                "claimed_by": self.claimed_by, "claimed_at": _iso(self.claimed_at),
                "first_contact_at": _iso(self.first_contact_at),
                "assisted_at": _iso(self.assisted_at)}


@dataclass(frozen=True)
class CaseEvent:
    """One audited change of a case: who, when, from, to, what."""

    case_id: int
    actor: str
    from_status: str | None
    to_status: str
    note: str
    at: dt.datetime
    id: int | None = None


CASE_COLUMNS = ("status", "claimed_by", "claimed_at", "first_contact_at", "assisted_at",
                "urgent", "due_at", "reminders")


@dataclass(frozen=True)
class CaseUpdate:
    """A compare-and-set change of one case, written with its audit event.

    `expect` holds column values the case must have (None: the column is NULL);
    `set` the new column values (of CASE_COLUMNS); `data` keys merged into the
    case's data. The update happens only if every expectation holds."""

    case_id: int
    event: CaseEvent
    expect: dict[str, Any] = field(default_factory=dict)
    set: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    outbox: tuple[Outgoing, ...] = ()  # written in the same transaction (each has `to`)


@dataclass(frozen=True)
class Hold:
    """A staff member holds (has taken over) a person's conversation."""

    key: ConversationKey
    staff: str
    case_id: int | None
    since: dt.datetime
    last_activity: dt.datetime


@dataclass(frozen=True)
class StaffAccount:
    id: int
    username: str
    role: str
    password_hash: str
    failed_logins: int = 0
    locked_until: dt.datetime | None = None
