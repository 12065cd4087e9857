"""Persistent storage behind one Protocol; SQLite is the default backend."""

from bot.store.base import (
    Case,
    InboxItem,
    Message,
    OutboxItem,
    Outgoing,
    SavedTurn,
    Store,
    Turn,
)
from bot.store.sqlite import SQLiteStore, StoreError

__all__ = ["Case", "InboxItem", "Message", "OutboxItem", "Outgoing", "SQLiteStore", "SavedTurn",
           "Store", "StoreError", "Turn"]
