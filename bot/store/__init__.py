"""Persistent storage behind one Protocol; SQLite is the default backend."""

from bot.store.base import (
    CASE_COLUMNS,
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
    Store,
    Turn,
)
from bot.store.people import StaffLink
from bot.store.sqlite import SQLiteStore, StoreError
from bot.store.sqlite_desk import DONE_STATUSES

__all__ = ["CASE_COLUMNS", "DONE_STATUSES", "Case", "CaseEvent", "CaseUpdate", "Hold",
           "InboxItem", "Message", "OutboxItem", "Outgoing", "SQLiteStore", "SavedTurn",
           "StaffAccount", "StaffLink", "Store", "StoreError", "Turn"]
