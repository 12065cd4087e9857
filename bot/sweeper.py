"""Timers of the officers' desk, run every minute: reminders to the staff chats
(an urgent case unclaimed after 15 minutes, any case near or past its deadline),
the automatic hand-back of conversations whose staff went silent, the step-8
follow-up question (and the officers' reminder when it gets no answer), and retention
(delivered messages after 7 days, finished cases' personal data after a year, a
story typed before consent after 24 hours).

A reminder is sent once per kind and case (recorded on the case by a
compare-and-set, so two servers never send it twice). Reminders go to the staff
chats only: a person whose conversation is held never hears from the bot.

With several processes on one database the timers run on exactly one of them: the
holder of the "timers" lease (bot.store.roles.Leases), renewed every 15 seconds
for 40; when its process dies another takes the lease over within a minute.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import socket
import uuid

from bot.cases.deadlines import FIRST_CONTACT_URGENT, badge, deadlines_for
from bot.cases.follow_up import DEFAULT_DAYS
from bot.desk import Actor, Conflict, Desk, NotFound
from bot.store import Case, CaseEvent, CaseUpdate, StoreError

log = logging.getLogger(__name__)

TICK = 60.0  # seconds
LEADER_LEASE = "timers"
LEADER_TTL = dt.timedelta(seconds=40)
LEADER_CHECK = 15.0  # seconds: takeover within TTL + CHECK (under a minute)
KEEP_DELIVERED = dt.timedelta(days=7)  # sent messages and processed webhook events
KEEP_FINISHED = dt.timedelta(days=365)  # "ไม่เกิน 1 ปีหลังปิดเรื่อง" (the privacy notice)
KEEP_UNCONSENTED = dt.timedelta(hours=24)  # a story typed before consent (the notice)


def due_reminders(case: Case, now: dt.datetime) -> list[tuple[str, str]]:
    """(kind, Thai text) of the reminders a case needs now and has not had. A kind
    names the deadline too ("soon:help", "late:letter"), so the follow-up letter's
    reminder still comes after the help deadline's."""
    sent = set(filter(None, case.reminders.split(",")))
    out: list[tuple[str, str]] = []
    if (case.urgent and case.claimed_by is None and case.status == "received"
            and "unclaimed" not in sent and now - case.created_at >= FIRST_CONTACT_URGENT):
        out.append(("unclaimed", "เรื่องด่วนยังไม่มีผู้รับเกิน 15 นาที"))
    if case.urgent and case.claimed_by is None and case.status == "received":
        return out  # first contact is what matters: the "unclaimed" reminder covers it
    marks = deadlines_for(case.kind, case.urgent, case.created_at, case.due_at,
                          case.assisted_at)
    css, text = badge(marks, case.status, now, case.claimed_by is not None)
    phase = "letter" if case.status in ("assisted", "reported") else "help"
    kind = f"{css}:{phase}"
    if css in ("soon", "late") and kind not in sent:
        out.append((kind, f"ใกล้ครบกำหนด ({text})" if css == "soon" else f"เกินกำหนด ({text})"))
    return out


class Sweeper:
    def __init__(self, desk: Desk, handback_idle: dt.timedelta, tick: float = TICK,
                 follow_up_after: dt.timedelta = dt.timedelta(days=DEFAULT_DAYS), *,
                 owner: str | None = None, check: float = LEADER_CHECK,
                 ttl: dt.timedelta = LEADER_TTL) -> None:
        self.desk = desk
        self.handback_idle = handback_idle
        self.follow_up_after = follow_up_after
        self.tick = tick
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.check = check
        self.ttl = ttl
        self.rounds = 0  # rounds run by this process (the leader)
        self.leader = False
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    async def run_once(self) -> int:
        """One round; returns the number of reminders and hand-backs done."""
        done = await self.hand_back_idle()
        now = self.desk.clock()
        store = self.desk.store
        held = frozenset(h.key for h in await store.holds())
        done += await self.desk.conversations.follow_ups.sweep(self.follow_up_after, held)
        await store.prune(now - KEEP_DELIVERED)
        await store.retire(now - KEEP_FINISHED)
        await store.forget_unconsented(now - KEEP_UNCONSENTED)
        alerts = self.desk.conversations.alerts
        for case in await store.open_cases():
            if case.data.get("erased"):
                continue
            for kind, text in due_reminders(case, now):
                reminders = ",".join(filter(None, [case.reminders, kind]))
                event = CaseEvent(case.id, "bot", case.status, case.status, f"reminder: {kind}",
                                  now)
                updated = await store.update_case(CaseUpdate(
                    case.id, event, expect={"reminders": case.reminders},
                    set={"reminders": reminders},
                    outbox=alerts.reminder(case.as_dict(), text)))  # one transaction
                if updated is None:
                    break  # someone else reminded meanwhile
                case = updated
                done += 1
        return done

    async def hand_back_idle(self) -> int:
        """Hand back every conversation whose staff have been silent too long."""
        count = 0
        now = self.desk.clock()
        for hold in await self.desk.store.holds():
            if now - hold.last_activity < self.handback_idle or hold.case_id is None:
                continue
            try:
                await self.desk.handback(Actor(hold.staff, "hotline"), hold.case_id,
                                         idle=self.handback_idle)
                count += 1
            except (Conflict, NotFound):
                continue  # handed back, answered or erased meanwhile
        return count

    async def _loop(self) -> None:
        next_round = 0.0
        loop = asyncio.get_running_loop()
        while not self._stopping:  # ends even when an error replaced the cancellation
            try:
                was = self.leader
                self.leader = await self.desk.store.acquire_lease(
                    LEADER_LEASE, self.owner, dt.datetime.now(dt.UTC), self.ttl)
                if self.leader != was:
                    log.info("timers: %s", "this process leads" if self.leader
                             else "another process leads")
                if self.leader and loop.time() >= next_round:
                    next_round = loop.time() + self.tick
                    self.rounds += 1
                    await self.run_once()
            except Exception:  # a timer must survive a bad round; the error is logged
                if self._stopping:
                    return
                log.exception("the desk's timers failed this round")
            await asyncio.sleep(min(self.check, self.tick))

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> None:
        """Stop, and hand the lease on at once (a process that dies instead lets it
        run out)."""
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self.leader:
            self.leader = False
            try:
                await self.desk.store.release_lease(LEADER_LEASE, self.owner)
            except StoreError as exc:
                log.warning("timers: the lease could not be given back: %s", exc)
