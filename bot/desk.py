"""The officers' desk: claim, release, reassign, move and fund cases, take over a
person's conversation, reply and hand it back. Every action checks the staff
member's role, is atomic in the store (compare-and-set) and leaves an audit event.
Moving a case tells the person (bot.cases.status_messages) in the same transaction.
The conversation part is bot.desk_chat; the types and errors are bot.desk_types.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot import people
from bot.cases import follow_up as fu
from bot.cases.amounts import check_amounts
from bot.cases.national_id import check_national_id, id_note
from bot.cases.status_messages import chosen_message, default_message
from bot.cases.workflow import allowed_next, check_transition, require
from bot.conversations import Conversations
from bot.desk_chat import MAX_MESSAGE, ChatDesk
from bot.desk_types import (
    ERASED,
    STALE_CLAIM,
    STALE_STATUS,
    Actor,
    BadInput,
    CaseView,
    Clock,
    Conflict,
    DeskError,
    NotFound,
)
from bot.follow_ups import to_person
from bot.store import Case, CaseEvent, CaseUpdate, Message, Outgoing, Store
from dialogs.types import ConversationKey, Reply

__all__ = ["ERASED", "MAX_MESSAGE", "STALE_CLAIM", "STALE_STATUS", "Actor", "BadInput",
           "CaseView", "Clock", "Conflict", "Desk", "DeskError", "NotFound"]

def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Desk(ChatDesk):
    def __init__(self, store: Store, conversations: Conversations,
                 clock: Clock = _utcnow, follow_up_days: int = fu.DEFAULT_DAYS) -> None:
        self.store = store
        self.conversations = conversations
        self.clock = clock
        self.follow_up_days = follow_up_days

    async def display_name(self, username: str) -> str:
        """The name a person sees for a staff member ("" when none is set)."""
        return await self.store.display_name(username)

    async def _staff_label(self, username: str) -> str:
        return people.in_staff_chat(await self.display_name(username), username)

    # -- reading -------------------------------------------------------------------
    async def get(self, case_id: int) -> Case:
        case = await self.store.case(case_id)
        if case is None:
            raise NotFound(f"no case {case_id}")
        return case

    async def view(self, actor: Actor, case_id: int) -> CaseView:
        """A case with its events and transcript; the view of personal data is audited."""
        require(actor.role, "view")
        case = await self.get(case_id)
        await self.store.audit("view_case", actor.username, {"case_id": case_id},
                               self.clock())
        transcript = await self.store.messages(case.key, 500) if case.key.user_id else []
        hold = await self.store.hold(case.key) if case.key.user_id else None
        messages = {s: self.status_message(case, s) for s in allowed_next(case.status)}
        return CaseView(case, await self.store.case_events(case_id), transcript, hold,
                        messages)

    async def queue(self, actor: Actor, status: str | None = None) -> list[Case]:
        """Open cases, then the followed-up ones that still need an officer (the
        person had a problem or did not answer the follow-up)."""
        require(actor.role, "view")
        if status is None:
            return await self.store.open_cases() + await self.store.attention_cases()
        return await self.store.cases(status=status)

    # -- claims ----------------------------------------------------------------------
    async def _update(self, case: Case, actor: Actor, note: str, *,
                      expect: dict[str, Any], set_: dict[str, Any],
                      data: dict[str, Any] | None = None, to: str | None = None) -> Case | None:
        event = CaseEvent(case.id, actor.username, case.status, to or case.status, note,
                      self.clock())
        updated = await self.store.update_case(CaseUpdate(case.id, event, expect, set_,
                                                          data or {}))
        if updated is not None:
            self.conversations.hub.publish({"type": "case", "case_id": case.id})
        return updated

    async def claim(self, actor: Actor, case_id: int) -> Case:
        require(actor.role, "claim")
        case = await self.get(case_id)
        now = self.clock()
        claimed = await self._update(case, actor, "claimed", expect={"claimed_by": None},
                                     set_={"claimed_by": actor.username, "claimed_at": now})
        if claimed is None:
            current = await self.get(case_id)
            if current.claimed_by == actor.username:
                return current
            raise Conflict(f"เรื่องนี้มีผู้รับแล้ว: {current.claimed_by}")
        return claimed

    async def release(self, actor: Actor, case_id: int) -> Case:
        require(actor.role, "release")
        case = await self.get(case_id)
        if case.claimed_by is None:
            return case
        if case.claimed_by != actor.username:
            require(actor.role, "reassign")  # only officers may release someone else's
        released = await self._update(case, actor, f"released (was {case.claimed_by})",
                                      expect={"claimed_by": case.claimed_by},
                                      set_={"claimed_by": None, "claimed_at": None})
        if released is None:
            raise Conflict(STALE_CLAIM)
        return released

    async def reassign(self, actor: Actor, case_id: int, to_username: str) -> Case:
        require(actor.role, "reassign")
        if await self.store.staff(to_username) is None:
            raise BadInput(f"ไม่มีเจ้าหน้าที่ชื่อ {to_username}")
        case = await self.get(case_id)
        moved = await self._update(case, actor, f"reassigned to {to_username}",
                                   expect={"claimed_by": case.claimed_by},
                                   set_={"claimed_by": to_username, "claimed_at": self.clock()})
        if moved is None:
            raise Conflict(STALE_CLAIM)
        return moved

    async def held(self, key: ConversationKey) -> bool:
        return await self.store.hold(key) is not None

    async def thread(self, case_ref: str, channel: str) -> str | None:
        return await self.store.thread(case_ref, channel)

    async def set_thread(self, case_ref: str, channel: str, thread: str) -> None:
        await self.store.set_thread(case_ref, channel, thread)

    # -- the workflow ------------------------------------------------------------------
    def status_message(self, case: Case, target: str, *, reason: str = "", place: str = "",
                       when: str = "") -> str | None:
        """The default text the person gets when the case moves to `target` (None:
        that step is not told, or nobody can be told)."""
        if not case.key.user_id:
            return None
        return default_message(case.as_dict(), target, reason=reason, place=place, when=when,
                               follow_up_days=self.follow_up_days)

    async def transition(self, actor: Actor, case_id: int, target: str, note: str = "", *,
                         message: str | None = None, reason: str = "", place: str = "",
                         when: str = "") -> Case:
        """Move the case; the person is told through the outbox, in the same
        transaction: `message` (the officer's own text; "" sends nothing) or the
        default text of that step. A refusal needs its reason when the default text
        goes out. Nothing goes to a person who erased their data."""
        require(actor.role, "transition")
        case = await self.get(case_id)
        check_transition(case.status, target)
        if target == "rejected" and message is None and not reason.strip() and case.key.user_id:
            raise BadInput("ต้องระบุเหตุผลที่ไม่ผ่านการพิจารณา (reason) เพื่อแจ้งผู้ขอ "
                           "หรือเขียนข้อความถึงผู้ขอเอง (message)")
        try:
            text = chosen_message(self.status_message(case, target, reason=reason, place=place,
                                                      when=when), message)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        if not case.key.user_id:
            text = None
        now = self.clock()
        set_: dict[str, Any] = {"status": target}
        if target == "assisted":
            set_["assisted_at"] = now
        if case.first_contact_at is None:
            set_["first_contact_at"] = now
        data: dict[str, Any] = {}
        if place.strip() or when.strip():
            data["appointment"] = {"place": place.strip()[:200], "when": when.strip()[:200]}
        outbox: tuple[Outgoing, ...] = ()
        if text:
            outbox = (to_person(case.key, (Reply(text),), origin="staff", case_ref=case.ref),)
        told = " (ข้อความถึงผู้ขอ: ส่งแล้ว)" if text else ""
        event = CaseEvent(case.id, actor.username, case.status, target, note[:1000] + told, now)
        moved = await self.store.update_case(CaseUpdate(case.id, event, {"status": case.status},
                                                        set_, data, outbox))
        if moved is None:
            raise Conflict(STALE_STATUS)
        self.conversations.hub.publish({"type": "case", "case_id": case.id})
        if text:
            await self._transcript(case.key, text, now, {"staff": actor.username,
                                                         "status": target})
        return moved

    async def _transcript(self, key: ConversationKey, text: str, now: dt.datetime,
                          meta: dict[str, Any]) -> None:
        """A message sent outside a turn, kept with the transcript when the person
        consented (the console shows it), and shown live."""
        state = await self.store.load(key)
        if state is not None and state.data.get("consent") is True:
            await self.store.write(key, now, (Message("out", text, now, meta),))
        self.conversations.hub.publish({"type": "message", "key": str(key), "direction": "out",
                                        "origin": "staff", "text": text,
                                        "at": now.isoformat()})

    async def set_amounts(self, actor: Actor, case_id: int, raw: Any) -> Case:
        require(actor.role, "amounts")
        if not isinstance(raw, dict):
            raise BadInput("amounts must be a JSON object")
        case = await self.get(case_id)
        amounts = check_amounts(raw, int(case.data.get("travellers") or 1))
        note = "amounts: " + ", ".join(f"{k}={v}" for k, v in amounts.as_dict().items())
        updated = await self._update(case, actor, note, expect={"status": case.status},
                                     set_={}, data={"amounts": amounts.as_dict()})
        if updated is None:
            raise Conflict(STALE_STATUS)
        return updated

    async def set_national_id(self, actor: Actor, case_id: int, raw: Any) -> Case:
        """The optional ID number an officer typed from the card ("" removes it); the
        audit note keeps only its masked form."""
        require(actor.role, "national_id")
        stored = check_national_id(raw)
        case = await self.get(case_id)
        if case.data.get("erased"):
            raise BadInput("ข้อมูลผู้ขอถูกลบแล้ว บันทึกเลขบัตรไม่ได้")
        data = {"national_id": stored.digits or None, "national_id_note": stored.note or None}
        updated = await self._update(case, actor, id_note(stored), expect={}, set_={},
                                     data=data)
        if updated is None:
            raise Conflict(STALE_STATUS)
        return updated

    async def resolve_handoff(self, actor: Actor, case_id: int, note: str = "") -> Case:
        """A person who asked for a human has been answered: their requests are resolved,
        and a case that was only such a request is closed (hotline staff may do this)."""
        require(actor.role, "resolve_handoff")
        case = await self.get(case_id)
        now = self.clock()
        if case.kind == "handoff":
            check_transition(case.status, "closed")  # before anything is written
        answered = await self.store.resolve_handoffs(case_id, now)
        text = f"handoff answered{': ' + note[:1000] if note else ''}"
        if case.kind != "handoff":
            if not fu.needs_attention(case.data):
                return await self._update(case, actor, text, expect={}, set_={}) or case
            # the follow-up's problem or silence was dealt with: off the queue
            checked = {"follow_up": {**fu.record(case.data), "checked_at": now.isoformat()}}
            marks = ",".join(filter(None, [case.reminders, fu.CHECKED]))
            done = await self._update(case, actor, text, expect={"reminders": case.reminders},
                                      set_={"reminders": marks}, data=checked)
            if done is None:
                raise Conflict(STALE_STATUS)
            return done
        set_: dict[str, Any] = {"status": "closed"}
        if case.first_contact_at is None:
            set_["first_contact_at"] = now
        closed = await self._update(case, actor, f"{text} ({answered} request(s))",
                                    expect={"status": case.status}, set_=set_, to="closed")
        if closed is None:
            raise Conflict(STALE_STATUS)
        return closed

    async def note(self, actor: Actor, case_id: int, text: str) -> Case:
        require(actor.role, "view")
        text = text.strip()
        if not text:
            raise BadInput("the note is empty")
        case = await self.get(case_id)
        noted = await self._update(case, actor, f"note: {text[:1000]}", expect={}, set_={})
        return noted or case
