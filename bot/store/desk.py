"""The officers' desk, for every SQL backend: compare-and-set case updates with
their audit events, the queue, holds (takeover), staff-chat threads and the audit
log. A mixin of the SQL store.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.store.base import CASE_COLUMNS, Case, CaseEvent, CaseUpdate, Hold, Outgoing
from bot.store.errors import NotFound
from bot.store.rules import DONE_STATUSES
from bot.store.sql import HasDriver, Tx, dumps, jload, marks, maybe_when, when
from dialogs.types import ConversationKey

CASE_FIELDS = ("id, channel, user_id, status, urgent, due_at, data, created_at, kind, "
               "claimed_by, claimed_at, first_contact_at, assisted_at, updated_at, reminders")
CASE_SELECT = f"SELECT {CASE_FIELDS} FROM cases"
HOLD_SELECT = "SELECT channel, user_id, staff, case_id, since, last_activity FROM holds"


def case_from_row(row: Any) -> Case:
    return Case(row[0], ConversationKey(row[1] or "", row[2] or ""), row[3], bool(row[4]),
                when(row[5]), when(row[7]), jload(row[6]), row[8], row[9],
                maybe_when(row[10]), maybe_when(row[11]), maybe_when(row[12]),
                maybe_when(row[13]), row[14] or "")


async def insert_outbox(tx: Tx, key: ConversationKey, at: dt.datetime,
                        outbox: tuple[Outgoing, ...]) -> None:
    """Queue replies (each to its `to`, else to `key`); an alert about a case keeps
    the case's ref in a column, so that erasure finds it without reading JSON."""
    if outbox:
        await tx.run_many(
            "INSERT INTO outbox (retry_key, channel, user_id, payload, created_at, "
            "next_attempt_at, origin, case_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(o.retry_key, (o.to or key).channel, (o.to or key).user_id,
              dumps(o.payload), at, at, o.origin,
              str(o.payload["case_ref"]) if o.payload.get("case_ref") else None)
             for o in outbox])


def _hold(row: Any) -> Hold:
    return Hold(ConversationKey(row[0], row[1]), row[2], row[3], when(row[4]), when(row[5]))


class DeskMixin(HasDriver):
    # -- cases -------------------------------------------------------------------
    async def case(self, case_id: int) -> Case | None:
        row = await self.sql.one(f"{CASE_SELECT} WHERE id = ?", (case_id,))
        return case_from_row(row) if row else None

    async def cases(self, status: str | None = None,
                    key: ConversationKey | None = None) -> list[Case]:
        where: list[str] = []
        args: list[Any] = []
        if status is not None:
            where.append("status = ?")
            args.append(status)
        if key is not None:
            where.extend(["channel = ?", "user_id = ?"])
            args.extend([key.channel, key.user_id])
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = await self.sql.all(f"{CASE_SELECT} {clause} ORDER BY id DESC", args)
        return [case_from_row(r) for r in rows]

    async def case_by_ref(self, ref: str) -> Case | None:
        row = await self.sql.one(f"{CASE_SELECT} WHERE ref = ?", (ref,))
        return case_from_row(row) if row else None

    async def update_case(self, update: CaseUpdate) -> Case | None:
        unknown = (set(update.expect) | set(update.set)) - set(CASE_COLUMNS)
        if unknown:
            raise ValueError(f"not case columns: {sorted(unknown)}")
        where, args = ["id = ?"], [update.case_id]
        for column, value in update.expect.items():
            if value is None:
                where.append(f"{column} IS NULL")
            else:
                where.append(f"{column} = ?")
                args.append(value)
        event = update.event
        lock = " FOR UPDATE" if self.sql.dialect == "postgres" else ""
        async with self.sql.tx() as tx:
            row = await tx.one(f"SELECT data FROM cases WHERE id = ?{lock}", (update.case_id,))
            if row is None:
                raise NotFound(f"no case {update.case_id}")
            sets = dict(update.set)
            if update.data:
                sets["data"] = dumps({**jload(row[0]), **update.data})
            sets["updated_at"] = event.at
            assignments = ", ".join(f"{c} = ?" for c in sets)
            found = await tx.one(f"UPDATE cases SET {assignments} WHERE {' AND '.join(where)} "
                                 f"RETURNING {CASE_FIELDS}", (*sets.values(), *args))
            if found is None:
                return None  # nothing was written
            await tx.run(
                "INSERT INTO case_events (case_id, actor, from_status, to_status, note, at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (update.case_id, event.actor, event.from_status,
                                              event.to_status, event.note, event.at))
            await insert_outbox(tx, ConversationKey("", ""), event.at,
                                tuple(o for o in update.outbox if o.to is not None))
        return case_from_row(found)

    async def case_events(self, case_id: int) -> list[CaseEvent]:
        rows = await self.sql.all(
            "SELECT case_id, actor, from_status, to_status, note, at, id FROM case_events "
            "WHERE case_id = ? ORDER BY id", (case_id,))
        return [CaseEvent(r[0], r[1], r[2], r[3], r[4], when(r[5]), r[6]) for r in rows]

    async def open_cases(self, limit: int = 500, unclaimed: bool = False) -> list[Case]:
        claimed = " AND claimed_by IS NULL" if unclaimed else ""
        rows = await self.sql.all(
            f"{CASE_SELECT} WHERE status NOT IN ({marks(len(DONE_STATUSES))}){claimed} "
            "ORDER BY urgent DESC, due_at, id LIMIT ?", (*DONE_STATUSES, limit))
        return [case_from_row(r) for r in rows]

    async def resolve_handoffs(self, case_id: int, at: dt.datetime) -> int:
        async with self.sql.tx() as tx:
            return await tx.run("UPDATE handoffs SET status = 'resolved', resolved_at = ? "
                                "WHERE case_id = ? AND resolved_at IS NULL", (at, case_id))

    # -- holds -------------------------------------------------------------------
    async def hold(self, key: ConversationKey) -> Hold | None:
        row = await self.sql.one(f"{HOLD_SELECT} WHERE channel = ? AND user_id = ?",
                                 (key.channel, key.user_id))
        return _hold(row) if row else None

    async def holds(self) -> list[Hold]:
        return [_hold(r) for r in await self.sql.all(f"{HOLD_SELECT} ORDER BY since")]

    async def set_hold(self, key: ConversationKey, hold: Hold | None,
                       expect_staff: str | None) -> bool:
        who = (key.channel, key.user_id)
        async with self.sql.tx() as tx:
            if hold is None:
                changed = await tx.run(
                    "DELETE FROM holds WHERE channel = ? AND user_id = ? AND staff = ?",
                    (*who, expect_staff))
            elif expect_staff is None:
                changed = await tx.run(
                    "INSERT INTO holds (channel, user_id, staff, case_id, since, last_activity) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel, user_id) DO NOTHING",
                    (*who, hold.staff, hold.case_id, hold.since, hold.last_activity))
            else:
                changed = await tx.run(
                    "UPDATE holds SET staff = ?, case_id = ?, last_activity = ? "
                    "WHERE channel = ? AND user_id = ? AND staff = ?",
                    (hold.staff, hold.case_id, hold.last_activity, *who, expect_staff))
        return changed == 1

    # -- staff chat threads --------------------------------------------------------
    async def thread(self, case_ref: str, channel: str) -> str | None:
        row = await self.sql.one("SELECT thread FROM staff_threads WHERE case_ref = ? AND "
                                 "channel = ?", (case_ref, channel))
        return str(row[0]) if row else None

    async def set_thread(self, case_ref: str, channel: str, thread: str) -> None:
        async with self.sql.tx() as tx:
            await tx.run(
                "INSERT INTO staff_threads (case_ref, channel, thread) VALUES (?, ?, ?) "
                "ON CONFLICT (case_ref, channel) DO UPDATE SET thread = excluded.thread",
                (case_ref, channel, thread))

    # -- audit ---------------------------------------------------------------------
    async def audit(self, action: str, actor: str, detail: dict[str, Any],
                    at: dt.datetime) -> None:
        async with self.sql.tx() as tx:
            await tx.run("INSERT INTO audit (action, actor, detail, at) VALUES (?, ?, ?, ?)",
                         (action, actor, dumps(detail), at))

    async def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        rows = await self.sql.all("SELECT id, action, actor, detail, at FROM audit "
                                  "ORDER BY id DESC LIMIT ?", (limit,))
        return [{"id": r[0], "action": r[1], "actor": r[2], "detail": jload(r[3]),
                 "at": when(r[4]).isoformat()} for r in rows]
