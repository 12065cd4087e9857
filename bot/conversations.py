"""The runtime around the pure dialog: lock, load, step, save, carry out effects.

For each conversation a lock is held around load -> step -> save, and the whole
turn is committed before any reply is returned for sending.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import weakref
from dataclasses import dataclass

from bot.store import Message, Store, Turn
from dialogs import replies as reply_builders
from dialogs.engine import Dialog
from dialogs.state import State
from dialogs.types import (
    ConversationKey,
    CreateCase,
    EraseUserData,
    Inbound,
    LookupCaseStatus,
    Reply,
    RequestHandoff,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    replies: tuple[Reply, ...]
    case_id: int | None = None
    handoff_id: int | None = None


def _describe(inbound: Inbound) -> str:
    if inbound.kind in ("text", "choice"):
        return inbound.text
    return f"[{inbound.kind}]"


class Conversations:
    def __init__(self, store: Store, dialog: Dialog) -> None:
        self.store = store
        self.dialog = dialog
        self._locks: weakref.WeakValueDictionary[ConversationKey, asyncio.Lock] = (
            weakref.WeakValueDictionary())

    def _lock(self, key: ConversationKey) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock

    async def handle(self, key: ConversationKey, inbound: Inbound) -> Outcome:
        async with self._lock(key):
            state = await self.store.load(key) or State()
            result = self.dialog.step(state, inbound)
            out = list(result.replies)
            if any(isinstance(e, EraseUserData) for e in result.effects):
                scrubbed = await self.store.erase(key, inbound.at)
                log.info("erased a conversation (%d cases scrubbed)", scrubbed)
                return Outcome(tuple(out))
            if any(isinstance(e, LookupCaseStatus) for e in result.effects):
                cases = await self.store.cases(key=key)
                out.append(reply_builders.case_status([c.as_dict() for c in cases]))
            new_case = next((e.case for e in result.effects if isinstance(e, CreateCase)), None)
            handoff = next((e.reason for e in result.effects if isinstance(e, RequestHandoff)),
                           None)
            consented = result.state.data.get("consent") is True
            messages: list[Message] = []
            if consented:
                meta = {"media_id": inbound.media_id} if inbound.media_id else {}
                messages.append(Message("in", _describe(inbound), inbound.at, meta))
                now = dt.datetime.now(dt.UTC)
                messages.extend(Message("out", r.text, now) for r in out)
            saved = await self.store.save_turn(Turn(key, result.state, inbound.at,
                                                    tuple(messages), new_case, handoff))
            if saved.case_id is not None:
                out.append(Reply(f"เลขที่เรื่องของคุณคือ {saved.case_id} ค่ะ"))
            return Outcome(tuple(out), saved.case_id, saved.handoff_id)
