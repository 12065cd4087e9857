"""The desk's conversation part: staff take over a person's conversation, write to
them on their own channel and hand it back (a mixin of Desk)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot import people
from bot.cases.workflow import require
from bot.conversations import Conversations
from bot.desk_types import ERASED, Actor, BadInput, Clock, Conflict
from bot.store import Case, Hold, Store
from dialogs import texts
from dialogs.types import ConversationKey, Reply

MAX_MESSAGE = 2000  # characters of one staff message


class ChatDesk:
    store: Store
    conversations: Conversations
    clock: Clock

    async def get(self, case_id: int) -> Case:
        raise NotImplementedError

    async def display_name(self, username: str) -> str:
        raise NotImplementedError

    async def _staff_label(self, username: str) -> str:
        raise NotImplementedError

    async def _update(self, case: Case, actor: Actor, note: str, *,
                      expect: dict[str, Any], set_: dict[str, Any],
                      data: dict[str, Any] | None = None, to: str | None = None) -> Case | None:
        raise NotImplementedError

    # -- takeover -------------------------------------------------------------------------
    def _key(self, case: Case) -> ConversationKey:
        if not case.key.user_id:
            raise Conflict(ERASED)
        return case.key

    async def takeover(self, actor: Actor, case_id: int) -> Hold:
        require(actor.role, "takeover")
        key = self._key(await self.get(case_id))
        now = self.clock()
        async with self.conversations.lock(key):
            case = await self.get(case_id)  # the person may have erased their data meanwhile
            if case.key != key:
                raise Conflict(ERASED)
            hold = Hold(key, actor.username, case.id, now, now)
            if not await self.store.set_hold(key, hold, expect_staff=None):
                current = await self.store.hold(key)
                if current is not None and current.staff == actor.username:
                    return current
                raise Conflict(f"มีเจ้าหน้าที่ดูแลแชตนี้อยู่แล้ว: "
                               f"{current.staff if current else '-'}")
            display = await self.display_name(actor.username)
            joined = Reply(people.joined(display))
            label = people.in_staff_chat(display, actor.username)
            await self.conversations.say(key, (joined,), "staff", {"staff": actor.username},
                                         self.conversations.alerts.notice(
                                             case.as_dict(), f"{label} รับคุยในแชตแล้ว"))
        if case.first_contact_at is None:
            await self._update(case, actor, "first contact (takeover)",
                               expect={"first_contact_at": None}, set_={"first_contact_at": now})
        await self.store.audit("takeover", actor.username, {"case_id": case.id}, now)
        return hold

    async def _holding(self, actor: Actor, case: Case) -> Hold:
        hold = await self.store.hold(self._key(case))
        if hold is None or hold.staff != actor.username:
            raise Conflict("ต้องรับคุยในแชตนี้ก่อน (takeover)")
        return hold

    async def message(self, actor: Actor, case_id: int, text: str) -> None:
        """A staff reply, delivered to the person on their own channel."""
        require(actor.role, "message")
        text = text.strip()
        if not text:
            raise BadInput("the message is empty")
        if len(text) > MAX_MESSAGE:
            raise BadInput(f"the message is longer than {MAX_MESSAGE} characters")
        case = await self.get(case_id)
        key = self._key(case)
        async with self.conversations.lock(key):
            hold = await self._holding(actor, case)
            now = self.clock()
            touched = Hold(key, hold.staff, hold.case_id, hold.since, now)
            await self.store.set_hold(key, touched, expect_staff=actor.username)
            display = await self.display_name(actor.username)
            if key.channel == "web":  # the web chat shows staff messages apart, by name
                out, extra = Reply(text), {"staff_name": people.as_seen(display)}
            else:
                out, extra = Reply(people.staff_line(display, text)), {}
            await self.conversations.say(key, (out,), "staff",
                                         {"staff": actor.username, "staff_name": display},
                                         extra=extra, kept=(text,))

    async def handback(self, actor: Actor, case_id: int, *,
                       idle: dt.timedelta | None = None) -> None:
        """Give the conversation back to the bot; with `idle`, only if the staff member
        has still been silent that long (checked under the conversation's lock)."""
        require(actor.role, "handback")
        case = await self.get(case_id)
        key = self._key(case)
        async with self.conversations.lock(key):
            hold = await self._holding(actor, case)
            if idle is not None and self.clock() - hold.last_activity < idle:
                raise Conflict("เจ้าหน้าที่เพิ่งตอบ")
            if not await self.store.set_hold(key, None, expect_staff=actor.username):
                raise Conflict("แชตนี้ถูกส่งกลับแล้ว")
            lead = texts.HANDED_BACK_IDLE if idle else texts.HANDED_BACK
            out = await self.conversations.resume(key, lead)
            who = await self._staff_label(actor.username)
            why = "ส่งกลับให้บอทอัตโนมัติ (ไม่มีการตอบ)" if idle else f"{who} ส่งกลับให้บอท"
            await self.conversations.say(key, out, "bot", alerts=self.conversations.alerts.notice(
                case.as_dict(), why))
        await self.store.audit("handback", actor.username,
                               {"case_id": case.id, "idle": idle is not None}, self.clock())
