"""Persistent storage behind small role Protocols (bot.store.roles), with one error
family (bot.store.errors) and the domain rules in pure code (bot.store.rules).
SQLite is the embedded default; PostgreSQL serves several processes
(`NAMJAI_DATABASE_URL=postgresql://...`; see bot.store.factory)."""

from bot.store.base import (
    CASE_COLUMNS,
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
from bot.store.errors import Conflict, NotFound, StoreError, Unavailable
from bot.store.people import FollowUpStore, PeopleStore, StaffLink
from bot.store.roles import (
    AuditStore,
    CaseStore,
    ConversationStore,
    Leases,
    PrivacyStore,
    Queue,
    StaffStore,
    Store,
)
from bot.store.rules import DONE_STATUSES
from bot.store.sqlite import SQLiteStore

__all__ = [
    "CASE_COLUMNS",
    "DONE_STATUSES",
    "AuditStore",
    "Backlog",
    "Case",
    "CaseEvent",
    "CaseStore",
    "CaseUpdate",
    "Conflict",
    "ConversationStore",
    "FollowUpStore",
    "Hold",
    "InboxItem",
    "Leases",
    "Message",
    "NotFound",
    "OutboxItem",
    "Outgoing",
    "PeopleStore",
    "PrivacyStore",
    "Queue",
    "SQLiteStore",
    "SavedTurn",
    "StaffAccount",
    "StaffLink",
    "StaffStore",
    "Store",
    "StoreError",
    "Turn",
    "Unavailable",
]
