"""The step-8 follow-up at run time: ask the person a set number of days after the
help, take their answer (a button or typed text), and tell the officers when the
person has a problem or stays silent.

Every change is a compare-and-set on the case's `reminders` (the marks
followup:asked, followup:answered, followup:silent), written with its audit event and
its outgoing messages in one transaction: two servers never ask twice, and an
answer and the silence mark never overwrite each other.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from bot.alerts import Alerts, mask_text
from bot.cases import follow_up as fu
from bot.events import Hub
from bot.store import Case, CaseEvent, CaseUpdate, Message, Outgoing, Store
from bot.wire import reply_to_json
from dialogs.consent_words import sensitive_told
from dialogs.state import State
from dialogs.types import ConversationKey, Inbound, Reply

Clock = Callable[[], dt.datetime]
# the problem told holds sensitive data (prison, health): the staff chat is told to look
# in the case, not what it is
PROBLEM_SENSITIVE = "(มีข้อมูลอ่อนไหว ดูข้อความในหน้าเรื่อง)"
TRIES = 3  # compare-and-set attempts when something else changed the case meanwhile


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def to_person(key: ConversationKey, replies: tuple[Reply, ...], origin: str = "bot",
              reply_token: str | None = None, **extra: Any) -> Outgoing:
    payload = {"replies": [reply_to_json(r) for r in replies], "reply_token": reply_token,
               **extra}
    return Outgoing(str(uuid.uuid4()), payload, to=key,
                    origin="staff" if origin == "staff" else "bot")


def _marks(case: Case, mark: str) -> str:
    return ",".join(filter(None, [case.reminders, mark]))


class FollowUps:
    def __init__(self, store: Store, alerts: Alerts, hub: Hub,
                 clock: Clock = utcnow) -> None:
        self.store = store
        self.alerts = alerts
        self.hub = hub
        self.clock = clock

    # -- the person's answer ---------------------------------------------------------
    async def _pending(self, key: ConversationKey, case_id: int | None) -> Case | None:
        """The person's case waiting for a follow-up answer (the one named, or the
        latest asked), else None."""
        if case_id is not None:
            case = await self.store.case(case_id)
            found = [case] if case is not None and case.key == key else []
        else:
            found = await self.store.cases(key=key)
        for case in found:
            marks = case.reminders.split(",")
            if fu.ASKED in marks and fu.ANSWERED not in marks:
                return case
        return None

    async def answer(self, key: ConversationKey, inbound: Inbound, *, deliver: bool,
                     inbox_id: int | None, reply_token: str | None) -> tuple[Reply, ...] | None:
        """Take a follow-up answer; the replies, or None when `inbound` is not one
        (the dialog handles it). The caller holds the conversation's lock."""
        button = fu.tapped(inbound)
        answer = button[0] if button else (
            fu.parse_text(inbound.text) if inbound.kind == "text" else None)
        if answer is None:
            return None
        case = await self._pending(key, button[1] if button else None)
        if case is None:
            if button is None:
                return None  # ordinary text: the dialog answers it
            out: tuple[Reply, ...] = (Reply("บันทึกคำตอบนี้ไว้แล้วค่ะ ขอบคุณนะคะ"),)
            await self._say(key, inbound, out, deliver, inbox_id, reply_token)
            return out
        out = (Reply(fu.THANKS[answer]),)
        for _ in range(TRIES):
            if await self._record(case, answer, inbound, out if deliver else (), reply_token):
                break
            fresh = await self.store.case(case.id)
            if fresh is None:
                break
            case = fresh
        await self._say(key, inbound, out, False, inbox_id, None)
        self.hub.publish({"type": "case", "case_id": case.id, "key": str(key)})
        return out

    async def _record(self, case: Case, answer: str, inbound: Inbound,
                      out: tuple[Reply, ...], reply_token: str | None) -> bool:
        now = self.clock()
        record = {**fu.record(case.data), "answer": answer, "answered_at": now.isoformat()}
        outbox: tuple[Outgoing, ...] = ()
        if out:
            outbox = (to_person(case.key, out, reply_token=reply_token),)
        if answer == "problem":  # the staff chat: masked, and no sensitive detail in it
            said = inbound.text if inbound.kind == "text" else fu.LABELS[answer]
            said = PROBLEM_SENSITIVE if sensitive_told(said) else mask_text(said)
            outbox += self.alerts.notice(case.as_dict(),
                                         f"ผู้ขอตอบคำถามติดตามผลว่ามีปัญหา: {said}")
        event = CaseEvent(case.id, "person", case.status, case.status,
                          f"follow-up answered: {answer}", now)
        updated = await self.store.update_case(CaseUpdate(
            case.id, event, expect={"reminders": case.reminders},
            set={"reminders": _marks(case, fu.ANSWERED + (f",{fu.PROBLEM}"
                                                          if answer == "problem" else ""))},
            data={"follow_up": record},
            outbox=outbox))
        return updated is not None

    async def _say(self, key: ConversationKey, inbound: Inbound, out: tuple[Reply, ...],
                   deliver: bool, inbox_id: int | None, reply_token: str | None) -> None:
        """The transcript (when the person consented), the replies to deliver and the
        processed inbox event, in one transaction."""
        state = await self.store.load(key) or State()
        messages: tuple[Message, ...] = ()
        now = utcnow()
        if state.data.get("consent") is True:
            messages = (Message("in", inbound.text or f"[{inbound.kind}]", inbound.at),
                        *(Message("out", r.text, now) for r in out))
        outbox = (to_person(key, out, reply_token=reply_token),) if deliver else ()
        await self.store.write(key, now, messages, outbox, inbox_id)

    # -- the timers ------------------------------------------------------------------
    async def sweep(self, after: dt.timedelta, held: frozenset[ConversationKey]) -> int:
        """Ask the people whose help was `after` ago; mark the silent ones. Held
        conversations wait (staff are talking to the person). How many changes."""
        now = self.clock()
        done = 0
        for case in await self.store.follow_up_cases(now - after):
            marks = case.reminders.split(",")
            if fu.ASKED not in marks:
                if case.key not in held:
                    done += await self._ask(case, now)
            elif now - self._asked_at(case, now) >= fu.ANSWER_WITHIN:
                done += await self._silent(case, now)
        return done

    @staticmethod
    def _asked_at(case: Case, now: dt.datetime) -> dt.datetime:
        asked = fu.record(case.data).get("asked_at")
        return dt.datetime.fromisoformat(str(asked)) if asked else now

    async def _ask(self, case: Case, now: dt.datetime) -> int:
        question = fu.question(case.as_dict())
        event = CaseEvent(case.id, "bot", case.status, case.status, "follow-up asked", now)
        updated = await self.store.update_case(CaseUpdate(
            case.id, event, expect={"reminders": case.reminders},
            set={"reminders": _marks(case, fu.ASKED)},
            data={"follow_up": {**fu.record(case.data), "asked_at": now.isoformat()}},
            outbox=(to_person(case.key, (question,)),)))
        if updated is None:
            return 0
        state = await self.store.load(case.key) or State()
        if state.data.get("consent") is True:
            await self.store.write(case.key, now, (Message("out", question.text, now),))
        self.hub.publish({"type": "case", "case_id": case.id})
        return 1

    async def _silent(self, case: Case, now: dt.datetime) -> int:
        why = "ผู้ขอไม่ตอบคำถามติดตามผลเกิน 2 วัน กรุณาโทรติดตามค่ะ"
        event = CaseEvent(case.id, "bot", case.status, case.status, "follow-up: no answer", now)
        updated = await self.store.update_case(CaseUpdate(
            case.id, event, expect={"reminders": case.reminders},
            set={"reminders": _marks(case, fu.SILENT)},
            data={"follow_up": {**fu.record(case.data), "silent_at": now.isoformat()}},
            outbox=self.alerts.reminder(case.as_dict(), why)))
        if updated is None:
            return 0
        self.hub.publish({"type": "case", "case_id": case.id})
        return 1
