"""Persistent storage behind one Protocol; SQLite is the default backend."""

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
    Store,
    Turn,
)
from bot.store.sqlite import SQLiteStore, StoreError
from bot.store.sqlite_desk import DONE_STATUSES

__all__ = ["CASE_COLUMNS", "DONE_STATUSES", "Backlog", "Case", "CaseEvent", "CaseUpdate", "Hold",
           "InboxItem", "Message", "OutboxItem", "Outgoing", "SQLiteStore", "SavedTurn",
           "StaffAccount", "Store", "StoreError", "Turn"]
