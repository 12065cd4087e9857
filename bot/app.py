"""Wiring: the one place where the parts are put together."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.conversations import Conversations
from bot.store import SQLiteStore, Store
from dialogs.engine import Dialog
from knowledge import KnowledgeBase, Matcher, load_knowledge


@dataclass(frozen=True)
class Runtime:
    kb: KnowledgeBase
    matcher: Matcher
    store: Store
    conversations: Conversations


@asynccontextmanager
async def runtime(db: Path | str) -> AsyncIterator[Runtime]:
    """Load the knowledge base, open the store, build the dialog; close on exit."""
    kb = load_knowledge()
    matcher = Matcher(kb)
    async with SQLiteStore(db) as store:
        yield Runtime(kb, matcher, store, Conversations(store, Dialog(kb, matcher)))


@asynccontextmanager
async def store_only(db: Path | str) -> AsyncIterator[Store]:
    async with SQLiteStore(db) as store:
        yield store
