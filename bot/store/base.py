"""The store Protocol: a small set of async primitives that every backend implements.

A whole dialog turn (new state, messages in both directions, a new case, a
handoff request) is written by `save_turn` in one transaction, so a crash
leaves either all of it or none of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from bot.store.people import FollowUpStore, PeopleStore
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
    origin: Origin = "bot"


@dataclass(frozen=True)
class SavedTurn:
    case_id: int | None
    handoff_id: int | None


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


class Store(PeopleStore, FollowUpStore, Protocol):
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

    async def due_outbox(self, now: dt.datetime, limit: int = 100,
                         skip: frozenset[ConversationKey] = frozenset()) -> list[OutboxItem]:
        """Messages to send now, oldest first, leaving out the conversations in `skip`."""

    async def outbox_sent(self, item_id: int, at: dt.datetime) -> None: ...

    async def outbox_progress(self, item_id: int, parts_sent: int) -> None:
        """Remember how many parts of a multi-part item were delivered."""

    async def outbox_failed(self, item_id: int, error: str, at: dt.datetime,
                            retry_at: dt.datetime | None) -> None:
        """Record a failed attempt; `retry_at` None gives up for good."""

    async def table_counts(self) -> dict[str, int]:
        """Rows per table (health checks and tests)."""

    async def write(self, key: ConversationKey, at: dt.datetime,
                    messages: tuple[Message, ...] = (), outbox: tuple[Outgoing, ...] = (),
                    inbox_id: int | None = None) -> None:
        """Messages and outbox items outside a dialog turn (staff replies, relays,
        alerts), with the inbox event they answer, in one transaction."""

    # -- the officers' desk ----------------------------------------------------
    async def update_case(self, update: CaseUpdate) -> Case | None:
        """Apply a compare-and-set update with its audit event, atomically; the
        updated case, or None when an expectation did not hold (nothing written).
        Raises KeyError for an unknown case."""

    async def case_events(self, case_id: int) -> list[CaseEvent]:
        """The case's audit trail, oldest first."""

    async def open_cases(self, limit: int = 500, unclaimed: bool = False) -> list[Case]:
        """Cases not finished (only those nobody claimed, with `unclaimed`), urgent
        first, then by due time (the queue)."""

    async def prune(self, before: dt.datetime) -> int:
        """Delete outbox items sent or given up, and inbox events processed, before
        `before`; how many rows went."""

    async def retire(self, before: dt.datetime) -> int:
        """Cases finished before `before` lose their personal fields, and their
        conversations the messages older than that (the retention the privacy notice
        promises); how many cases."""

    async def resolve_handoffs(self, case_id: int, at: dt.datetime) -> int:
        """Mark the case's open handoff requests answered; how many there were."""

    async def hold(self, key: ConversationKey) -> Hold | None: ...

    async def holds(self) -> list[Hold]: ...

    async def set_hold(self, key: ConversationKey, hold: Hold | None,
                       expect_staff: str | None) -> bool:
        """Take (hold given, expect_staff None: only if nobody holds it), touch or
        hand over (expect_staff: only if that staff member holds it) or end (hold
        None) a hold; False when the expectation did not hold."""

    async def audit(self, action: str, actor: str, detail: dict[str, Any],
                    at: dt.datetime) -> None: ...

    async def audit_log(self, limit: int = 100) -> list[dict[str, Any]]: ...

    async def thread(self, case_ref: str, channel: str) -> str | None:
        """The staff chat thread (e.g. Telegram forum topic) of a case."""

    async def set_thread(self, case_ref: str, channel: str, thread: str) -> None: ...

    async def case_by_ref(self, ref: str) -> Case | None: ...

    # -- staff accounts and sessions -------------------------------------------
    async def add_staff(self, username: str, role: str, password_hash: str,
                        at: dt.datetime) -> StaffAccount:
        """Raises KeyError when the username is taken."""

    async def staff(self, username: str) -> StaffAccount | None: ...

    async def staff_list(self) -> list[StaffAccount]: ...

    async def staff_set_role(self, username: str, role: str) -> bool: ...

    async def staff_remove(self, username: str) -> bool:
        """Remove an account and its sessions; False if there was none."""

    async def staff_end_sessions(self, username: str) -> int:
        """End every session of an account; how many there were."""

    async def login_attempt(self, staff_id: int, ok: bool,
                            locked_until: dt.datetime | None) -> None:
        """Reset (ok) or count a failed login, with an optional lock."""

    async def add_session(self, token_hash: str, staff_id: int, csrf: str,
                          at: dt.datetime, expires_at: dt.datetime) -> None: ...

    async def session(self, token_hash: str,
                      now: dt.datetime) -> tuple[StaffAccount, str] | None:
        """The account and CSRF token of a live session."""

    async def end_session(self, token_hash: str) -> None: ...
