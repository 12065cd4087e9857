"""Persistent storage behind one Protocol; SQLite is the default backend."""

from bot.store.base import Case, Message, SavedTurn, Store, Turn
from bot.store.sqlite import SQLiteStore, StoreError

__all__ = ["Case", "Message", "SQLiteStore", "SavedTurn", "Store", "StoreError", "Turn"]
