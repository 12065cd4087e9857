"""The runtime around the pure dialog: lock, load, step, save, carry out effects.

For each conversation a lock is held around load -> step -> save, and the whole
turn (state, messages, case, handoff, the processed inbox event and the replies
to deliver) is committed in one transaction before any reply goes out.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
import weakref
from dataclasses import dataclass
from typing import Any

from bot.store import Message, Outgoing, Store, Turn
from dialogs import replies as reply_builders
from dialogs.engine import Dialog
from dialogs.state import State
from dialogs.types import (
    Choice,
    ConversationKey,
    CreateCase,
    EraseUserData,
    Inbound,
    LookupCaseStatus,
    Reply,
    RequestHandoff,
)


@dataclass(frozen=True)
class Outcome:
    replies: tuple[Reply, ...]
    case_id: int | None = None
    handoff_id: int | None = None
    erased: bool = False


def reply_to_json(reply: Reply) -> dict[str, Any]:
    return {"text": reply.text, "choices": [[c.label, c.value] for c in reply.choices],
            "card": reply.card}


def reply_from_json(data: dict[str, Any]) -> Reply:
    return Reply(str(data["text"]), tuple(Choice(str(a), str(b)) for a, b in data["choices"]),
                 data.get("card"))


def new_case_ref() -> str:
    """A short case reference a person can read out on the phone, e.g. NJ-7K3QX2."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    value = uuid.uuid4().int
    return "NJ-" + "".join(alphabet[(value >> (5 * i)) & 31] for i in range(6))


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

    async def handle(self, key: ConversationKey, inbound: Inbound, *, deliver: bool = False,
                     inbox_id: int | None = None, reply_token: str | None = None) -> Outcome:
        """One turn. With `deliver`, the replies are also written to the outbox (in
        the same transaction) for the channel's sender to deliver."""
        async with self._lock(key):
            state = await self.store.load(key) or State()
            result = self.dialog.step(state, inbound)
            out = list(result.replies)
            effects = result.effects
            if any(isinstance(e, LookupCaseStatus) for e in effects):
                cases = await self.store.cases(key=key)
                out.append(reply_builders.case_status([c.as_dict() for c in cases]))
            erase = any(isinstance(e, EraseUserData) for e in effects)
            new_case = next((e.case for e in effects if isinstance(e, CreateCase)), None)
            if new_case is not None:
                new_case = {**new_case, "ref": new_case_ref()}
                out.append(Reply(f"เลขที่เรื่องของคุณคือ {new_case['ref']} ค่ะ"))
            handoff = next((e.reason for e in effects if isinstance(e, RequestHandoff)), None)
            now = dt.datetime.now(dt.UTC)
            messages: list[Message] = []
            if result.state.data.get("consent") is True and not erase:
                meta = {"media_id": inbound.media_id} if inbound.media_id else {}
                messages.append(Message("in", _describe(inbound), inbound.at, meta))
                messages.extend(Message("out", r.text, now) for r in out)
            outbox = (self._outgoing(out, reply_token),) if deliver and out else ()
            turn = Turn(key, result.state, inbound.at, tuple(messages), new_case, handoff,
                        erase, inbox_id, outbox)
            saved = await self.store.save_turn(turn)
            return Outcome(tuple(out), saved.case_id, saved.handoff_id, erase)

    @staticmethod
    def _outgoing(out: list[Reply], reply_token: str | None) -> Outgoing:
        return Outgoing(str(uuid.uuid4()), {"replies": [reply_to_json(r) for r in out],
                                            "reply_token": reply_token})
