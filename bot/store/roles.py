"""The store contract as small role Protocols (as aiogram's storage): each caller
asks only for the roles it uses, and every backend implements them all (`Store`).

Errors: every method raises only the store's error family (bot.store.errors):
`NotFound`, `Conflict`, `Unavailable` (locked, busy, read-only, connection lost),
or their root `StoreError`.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from bot.store.base import (
    Backlog,
    Case,
    CaseEvent,
    CaseUpdate,
    Hold,
    InboxItem,
    Message,
    OutboxItem,
    Outgoing,
    SavedTurn,
    StaffAccount,
    Turn,
)
from bot.store.people import FollowUpStore, PeopleStore
from bot.store.signin import SigninStore
from dialogs.state import State
from dialogs.types import ConversationKey


class Lifecycle(Protocol):
    async def open(self) -> None:
        """Connect and bring the schema up to date (migrations)."""

    async def close(self) -> None: ...

    async def check_writable(self) -> None:
        """Write (and undo) a row; raises Unavailable with the reason when it cannot."""

    async def table_counts(self) -> dict[str, int]:
        """Rows per table (health checks, `db copy` and tests)."""

    async def backlog(self) -> Backlog:
        """Outbox and case queue sizes and the age of their oldest items (metrics)."""


class ConversationStore(Protocol):
    """Conversations and turns."""

    async def load(self, key: ConversationKey) -> State | None:
        """The saved state of a conversation, or None if there is none."""

    async def load_turn(self, key: ConversationKey) -> tuple[State | None, Hold | None]:
        """The state (as `load`) and the hold (as `hold`), read at once for a turn."""

    async def save_turn(self, turn: Turn) -> SavedTurn:
        """Write a turn in one transaction, committed before this returns."""

    async def messages(self, key: ConversationKey, limit: int = 100) -> list[Message]:
        """The conversation's messages, oldest first."""

    async def write(self, key: ConversationKey, at: dt.datetime,
                    messages: tuple[Message, ...] = (), outbox: tuple[Outgoing, ...] = (),
                    inbox_id: int | None = None) -> None:
        """Messages and outbox items outside a dialog turn (staff replies, relays,
        alerts), with the inbox event they answer, in one transaction."""

    def person_lock(self, key: ConversationKey) -> AbstractAsyncContextManager[None]:
        """Held while one person's turns run: across every process sharing the
        database, so that a person's messages are handled in order."""


class Queue(Protocol):
    """The inbox (webhook events, deduplicated) and the outbox (replies to send)."""

    async def accept(self, event_id: str, key: ConversationKey, payload: dict[str, Any],
                     at: dt.datetime) -> int | None:
        """Record an inbound platform event durably; None if it was seen before."""

    async def pending_inbox(self, limit: int = 100, key: ConversationKey | None = None,
                            before: dt.datetime | None = None) -> list[InboxItem]:
        """Accepted events not processed yet, oldest first (of one person; received
        before a time)."""

    async def due_outbox(self, now: dt.datetime, limit: int = 100,
                         skip: frozenset[ConversationKey] = frozenset()) -> list[OutboxItem]:
        """Messages to send now, oldest first, leaving out the conversations in `skip`."""

    async def claim_outbox(self, owner: str, now: dt.datetime, lease: dt.timedelta,
                           limit: int = 100,
                           skip: frozenset[ConversationKey] = frozenset()) -> list[OutboxItem]:
        """Claim due messages for `owner` until `now + lease`: no other claimant gets
        them meanwhile. A person's item is claimed only when none of their earlier
        items is waiting (backoff) or claimed by someone else, so their order holds."""

    async def renew_claims(self, owner: str, until: dt.datetime) -> int:
        """Extend the lease of every item `owner` holds and has not finished."""

    async def release_claims(self, owner: str, item_ids: list[int]) -> None:
        """Give back claimed items without sending them."""

    async def outbox_sent(self, item_id: int, at: dt.datetime) -> None: ...

    async def outbox_progress(self, item_id: int, parts_sent: int) -> None:
        """Remember how many parts of a multi-part item were delivered."""

    async def outbox_failed(self, item_id: int, error: str, at: dt.datetime,
                            retry_at: dt.datetime | None) -> None:
        """Record a failed attempt and release the claim; `retry_at` None gives up."""

    async def prune(self, before: dt.datetime) -> int:
        """Delete outbox items sent or given up, and inbox events processed, before
        `before`; how many rows went."""


class CaseStore(Protocol):
    """Cases, their audit trail, holds (takeover) and staff chat threads."""

    async def case(self, case_id: int) -> Case | None: ...

    async def cases(self, status: str | None = None,
                    key: ConversationKey | None = None) -> list[Case]:
        """Cases, newest first, optionally of one status or one person."""

    async def case_by_ref(self, ref: str) -> Case | None: ...

    async def update_case(self, update: CaseUpdate) -> Case | None:
        """Apply a compare-and-set update with its audit event, atomically; the
        updated case, or None when an expectation did not hold (nothing written).
        Raises NotFound for an unknown case."""

    async def case_events(self, case_id: int) -> list[CaseEvent]:
        """The case's audit trail, oldest first."""

    async def open_cases(self, limit: int = 500, unclaimed: bool = False) -> list[Case]:
        """Cases not finished (only those nobody claimed, with `unclaimed`), urgent
        first, then by due time (the queue)."""

    async def resolve_handoffs(self, case_id: int, at: dt.datetime) -> int:
        """Mark the case's open handoff requests answered; how many there were."""

    async def hold(self, key: ConversationKey) -> Hold | None: ...

    async def holds(self) -> list[Hold]: ...

    async def set_hold(self, key: ConversationKey, hold: Hold | None,
                       expect_staff: str | None) -> bool:
        """Take (hold given, expect_staff None: only if nobody holds it), touch or
        hand over (expect_staff: only if that staff member holds it) or end (hold
        None) a hold; False when the expectation did not hold."""

    async def thread(self, case_ref: str, channel: str) -> str | None:
        """The staff chat thread (e.g. Telegram forum topic) of a case."""

    async def set_thread(self, case_ref: str, channel: str, thread: str) -> None: ...


class StaffStore(Protocol):
    """Staff accounts, console sessions and lockouts."""

    async def add_staff(self, username: str, role: str, password_hash: str,
                        at: dt.datetime) -> StaffAccount:
        """Raises Conflict when the username is taken."""

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


class AuditStore(Protocol):
    async def audit(self, action: str, actor: str, detail: dict[str, Any],
                    at: dt.datetime) -> None: ...

    async def audit_log(self, limit: int = 100) -> list[dict[str, Any]]: ...


class PrivacyStore(Protocol):
    """Privacy and retention (erasure itself is a turn: `Turn.erase`)."""

    async def retire(self, before: dt.datetime) -> int:
        """Cases finished before `before` lose their personal fields, and their
        conversations the messages older than that (the retention the privacy notice
        promises); how many cases."""

    async def forget_unconsented(self, before: dt.datetime) -> int:
        """Conversations waiting for the consent answer since before `before` are
        deleted, with their processed webhook events; how many conversations."""


class Leases(Protocol):
    """Named leases: one holder at a time across processes (the timers' leader)."""

    async def acquire_lease(self, name: str, owner: str, now: dt.datetime,
                            ttl: dt.timedelta) -> bool:
        """Take or renew the lease until `now + ttl`; False while another holds it."""

    async def release_lease(self, name: str, owner: str) -> None: ...


class Store(Lifecycle, ConversationStore, Queue, CaseStore, StaffStore, AuditStore,
            PrivacyStore, Leases, PeopleStore, FollowUpStore, SigninStore, Protocol):
    """Every role: what a backend implements and what the wiring passes around."""
