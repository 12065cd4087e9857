"""The runtime around the pure dialog: lock, load, step, save, carry out effects.

For each conversation a lock is held around load -> step -> save, and the whole
turn (state, messages, case, handoff, alerts to the staff chats, the processed
inbox event and the replies to deliver) is committed in one transaction before
any reply goes out. While staff hold a conversation (takeover), the dialog is not
stepped at all: the person's messages are relayed to the staff and the bot says
nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
import uuid
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from bot.alerts import Alerts, AlertTargets
from bot.case_updates import add_needs, update_contact
from bot.cases.office_hours import OfficeCalendar, closed_notice
from bot.events import Hub
from bot.follow_ups import Clock, FollowUps, utcnow
from bot.logs import case_ref, turn_context
from bot.metrics import Metrics
from bot.store import (
    DONE_STATUSES,
    Case,
    Hold,
    Message,
    Outgoing,
    Store,
    Turn,
)
from bot.wire import reply_from_json, reply_to_json
from dialogs import replies as reply_builders
from dialogs import texts
from dialogs.danger import danger_in
from dialogs.engine import Dialog, with_label
from dialogs.state import State
from dialogs.transcript import NOT_KEPT, kept_word_for_word, refused_now, said_no, withdrawn
from dialogs.types import (
    AddNeeds,
    ConversationKey,
    CreateCase,
    EraseUserData,
    Inbound,
    LookupCaseStatus,
    Reply,
    RequestHandoff,
    UpdateContact,
)

__all__ = ["Conversations", "Outcome", "new_case_ref", "reply_from_json", "reply_to_json"]

log = logging.getLogger(__name__)

HANDOFF_WITHIN = dt.timedelta(hours=1)  # a person who asked for a human: first contact
TRANSCRIPT_READ = 1000  # the messages a no to recording sensitive data reaches back over


@dataclass(frozen=True)
class Outcome:
    replies: tuple[Reply, ...]
    case_id: int | None = None
    handoff_id: int | None = None
    erased: bool = False
    held: bool = False  # staff hold the conversation: the bot did not answer


def new_case_ref() -> str:
    """A short case reference a person can read out on the phone, e.g. NJ-7K3QX2."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    value = uuid.uuid4().int
    return "NJ-" + "".join(alphabet[(value >> (5 * i)) & 31] for i in range(6))


def describe(inbound: Inbound) -> str:
    if inbound.kind in ("text", "choice"):
        return inbound.text
    return f"[{inbound.kind}]"


def outgoing(out: list[Reply] | tuple[Reply, ...], reply_token: str | None = None,
             origin: str = "bot", extra: dict[str, Any] | None = None,
             token_at: dt.datetime | None = None) -> Outgoing:
    """An outbox item of replies; `extra` payload keys (e.g. "staff_name": a staff
    message the web chat shows apart from the bot's); `token_at`: when the platform
    issued the reply token (its lifetime counts from then)."""
    payload: dict[str, Any] = {"replies": [reply_to_json(r) for r in out],
                               "reply_token": reply_token, **(extra or {})}
    if reply_token and token_at is not None:
        payload["reply_token_at"] = token_at.isoformat()
    return Outgoing(str(uuid.uuid4()), payload, origin="staff" if origin == "staff" else "bot")


class Conversations:
    def __init__(self, store: Store, dialog: Dialog, *, alerts: Alerts | None = None,
                 hub: Hub | None = None, calendar: OfficeCalendar | None = None,
                 metrics: Metrics | None = None, clock: Clock | None = None) -> None:
        self.store = store
        self.metrics = metrics
        self.dialog = dialog
        self.alerts = alerts or Alerts(AlertTargets())
        self.hub = hub or Hub()
        self.calendar = calendar
        self.follow_ups = FollowUps(store, self.alerts, self.hub, clock or utcnow)
        self._locks: weakref.WeakValueDictionary[ConversationKey, asyncio.Lock] = (
            weakref.WeakValueDictionary())

    @contextlib.asynccontextmanager
    async def lock(self, key: ConversationKey) -> AsyncIterator[None]:
        """The conversation's lock: one turn, takeover or hand-back at a time."""
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        async with lock:
            yield

    async def handle(self, key: ConversationKey, inbound: Inbound, *, deliver: bool = False,
                     inbox_id: int | None = None, reply_token: str | None = None) -> Outcome:
        """One turn. With `deliver`, the replies are also written to the outbox (in
        the same transaction) for the channel's sender to deliver. Lines logged
        meanwhile carry a turn id (bot.logs)."""
        started = time.perf_counter()
        with turn_context():
            async with self.lock(key):
                loaded, hold = await self.store.load_turn(key)  # one read for both
                state = loaded or State()
                if hold is not None:
                    outcome = await self._relay(key, inbound, hold, inbox_id, state)
                else:
                    outcome = await self._step(key, inbound, deliver, inbox_id, reply_token,
                                               state)
            seconds = time.perf_counter() - started
            if self.metrics is not None:
                self.metrics.turn(key.channel, seconds)
            log.debug("turn on %s: %s, %d replies, %.1f ms", key.channel, inbound.kind,
                      len(outcome.replies), 1000 * seconds)
        return outcome

    async def _step(self, key: ConversationKey, inbound: Inbound, deliver: bool,
                    inbox_id: int | None, reply_token: str | None, state: State) -> Outcome:
        """The step-8 follow-up's answer, or else a dialog turn: danger told in the
        answer goes to the dialog, where the safety line and the staff alert come first
        ("ถึงบ้านแล้วค่ะ แต่ผัวกลับมาทำร้ายหนูอีกแล้ว" was thanked, and nobody alerted)."""
        answered = None if inbound.kind == "text" and danger_in(inbound.text) else (
            await self.follow_ups.answer(key, inbound, deliver=deliver, inbox_id=inbox_id,
                                         reply_token=reply_token))
        if answered is not None:  # the step-8 follow-up question was answered
            return Outcome(answered)
        # not a follow-up answer: nothing was written, `state` is still current
        return await self._turn(key, inbound, deliver, inbox_id, reply_token, state)

    async def _turn(self, key: ConversationKey, inbound: Inbound, deliver: bool,
                    inbox_id: int | None, reply_token: str | None, state: State) -> Outcome:
        inbound = with_label(state, inbound)
        result = self.dialog.step(state, inbound)
        out = list(result.replies)
        effects = result.effects
        now = dt.datetime.now(dt.UTC)
        if any(isinstance(e, LookupCaseStatus) for e in effects):
            cases = await self.store.cases(key=key)
            out.append(reply_builders.case_status([c.as_dict() for c in cases]))
        erase = any(isinstance(e, EraseUserData) for e in effects)
        new_case = next((e.case for e in effects if isinstance(e, CreateCase)), None)
        handoff = next((e.reason for e in effects if isinstance(e, RequestHandoff)), None)
        contact = next((e for e in effects if isinstance(e, UpdateContact)), None)
        added = next((e for e in effects if isinstance(e, AddNeeds)), None)
        if contact is not None or added is not None:
            case = await self._open_case(key)
            if contact is not None and (case is None or not await update_contact(
                    self.store, self.alerts, case, contact, now)):
                handoff = "contact_fix"  # no open request to write it into: a person does
            if added is not None and case is not None:  # none open: told where to ask
                await add_needs(self.store, self.alerts, case, added, now)
        alerts: tuple[Outgoing, ...] = ()
        if new_case is not None:
            new_case = {**new_case, "ref": new_case_ref(),  # danger told with it: urgent
                        **({"urgent": True, "danger": True} if handoff == "danger" else {})}
            out.append(Reply(texts.CASE_REF.format(new_case["ref"])))
            alerts = self.alerts.new_case({**new_case, "channel": key.channel})
        elif handoff is not None:
            open_case = await self._open_case(key)
            if open_case is None:
                new_case = self._handoff_case(result.state, inbound.at, handoff)
                alerts = self.alerts.new_case({**new_case, "channel": key.channel})
            else:
                case_ref.set(open_case.ref)
                alerts = (self.alerts.notice(open_case.as_dict(), texts.CASE_UPDATE_NOTICE)
                          if handoff == "case_update" else self.alerts.handoff(
                              open_case.as_dict(), danger=handoff == "danger"))
        if (new_case is not None or handoff is not None) and self.calendar is not None:
            notice = closed_notice(self.calendar, inbound.at)
            if notice:
                out.append(Reply(notice))
        messages: list[Message] = []
        if result.state.data.get("consent") is True and not erase:
            meta = {"media_id": inbound.media_id} if inbound.media_id else {}
            if kept_word_for_word(state, result.state, inbound.text):
                messages.append(Message("in", describe(inbound), inbound.at, meta))
                messages.extend(Message("out", r.text, now) for r in out)
            else:  # sensitive data with no consent to record it: neither it nor its echo
                messages.append(Message("in", NOT_KEPT, inbound.at, meta))
        sensitive = refused_now(state, result.state)  # and consent refused: what was typed
        forget = sensitive or said_no(state, result.state)  # before goes at once
        rewrite = await self._withdrawn(key) if sensitive else ()
        outbox = (outgoing(out, reply_token, token_at=inbound.at),) if deliver and out else ()
        turn = Turn(key, result.state, inbound.at, tuple(messages), new_case, handoff,
                    erase, inbox_id, outbox + alerts, rewrite, forget)
        saved = await self.store.save_turn(turn)
        if new_case is not None:
            case_ref.set(str(new_case["ref"]))
            log.info("case %s created (%s)", new_case["ref"], new_case.get("kind", "screening"))
            if self.metrics is not None:
                self.metrics.case_created(str(new_case.get("kind") or "screening"))
        if new_case is not None or handoff is not None:
            self.hub.publish({"type": "case", "case_id": saved.case_id, "key": str(key)})
        return Outcome(tuple(out), saved.case_id, saved.handoff_id, erase)

    async def _withdrawn(self, key: ConversationKey) -> tuple[Message, ...]:
        """A no to recording sensitive data reaches back: what the transcript kept of
        it before the question, as NOT_KEPT (dialogs.transcript.withdrawn)."""
        kept = await self.store.messages(key, limit=TRANSCRIPT_READ)
        ids = set(withdrawn([(m.id or 0, "staff" if "staff" in m.meta else m.direction, m.text)
                             for m in kept]))  # a colleague's words stay
        return tuple(Message(m.direction, NOT_KEPT, m.at, m.meta, m.id) for m in kept
                     if m.id in ids)

    async def _open_case(self, key: ConversationKey) -> Case | None:
        for case in await self.store.cases(key=key):
            if case.status not in DONE_STATUSES:
                return case
        return None

    def _handoff_case(self, state: State, now: dt.datetime, reason: str) -> dict[str, Any]:
        """A queue item for a person who asked for a human and has no open case; one
        who told of danger is urgent, due now (the hotline answers at any hour)."""
        answers = state.data.get("answers") or {}
        danger = reason == "danger"
        opens = self.calendar.next_open(now) if self.calendar is not None and not danger else now
        return {"kind": "handoff", "status": "received",
                "urgent": bool(answers.get("urgent")) or danger, "danger": danger,
                "due_at": (max(now, opens) + HANDOFF_WITHIN).isoformat(),
                "ref": new_case_ref(), "name": answers.get("name"),
                "phone": answers.get("phone"), "answers": {}}

    async def _relay(self, key: ConversationKey, inbound: Inbound, hold: Hold,
                     inbox_id: int | None, state: State) -> Outcome:
        """The person writes while staff hold the conversation: pass it on, say nothing."""
        text = describe(inbound)
        messages: tuple[Message, ...] = ()
        if state.data.get("consent") is True:
            meta = {"media_id": inbound.media_id} if inbound.media_id else {}
            messages = (Message("in", text, inbound.at, {**meta, "held_by": hold.staff}),)
        case = await self.store.case(hold.case_id) if hold.case_id is not None else None
        if case is not None:
            case_ref.set(case.ref)
        relays = self.alerts.relay(case.as_dict(), text) if case is not None else ()
        await self.store.write(key, dt.datetime.now(dt.UTC), messages, relays, inbox_id)
        self.hub.publish({"type": "message", "case_id": hold.case_id, "key": str(key),
                          "direction": "in", "text": text, "at": inbound.at.isoformat()})
        return Outcome((), held=True)

    async def say(self, key: ConversationKey, out: tuple[Reply, ...], origin: str,
                  meta: dict[str, Any] | None = None,
                  alerts: tuple[Outgoing, ...] = (),
                  extra: dict[str, Any] | None = None,
                  kept: tuple[str, ...] | None = None) -> None:
        """Send replies outside a turn (staff messages, hand-back): stored with the
        transcript when the person consented, and delivered through the outbox.
        `kept`: the texts for the transcript, when they differ from the replies (a
        staff message without its name prefix). The caller holds the conversation's
        lock."""
        state = await self.store.load(key) or State()
        now = dt.datetime.now(dt.UTC)
        messages: tuple[Message, ...] = ()
        if state.data.get("consent") is True:
            said = kept if kept is not None else tuple(r.text for r in out)
            messages = tuple(Message("out", t, now, dict(meta or {})) for t in said)
        await self.store.write(key, now, messages,
                               (outgoing(out, origin=origin, extra=extra), *alerts))
        for reply in out:
            self.hub.publish({"type": "message", "key": str(key), "direction": "out",
                              "origin": origin, "text": reply.text, "at": now.isoformat()})

    async def resume(self, key: ConversationKey, lead: str) -> tuple[Reply, ...]:
        """What the bot says when staff hand a conversation back: `lead`, then the
        question it was waiting for (the dialog resumes where it was)."""
        state = await self.store.load(key) or State()
        return self.dialog.resume(state, lead)
