"""The officers' desk in SQLite: compare-and-set case updates with their audit events,
the queue, holds (takeover), staff-chat threads and the audit log.

A mixin of SQLiteStore: it uses the store's connection and its write lock.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bot.cases.deadlines import DONE_STATUSES as FINISHED
from bot.store.base import (
    CASE_COLUMNS,
    Case,
    CaseEvent,
    CaseUpdate,
    Hold,
)
from bot.store.sqlite_common import Connected, _when, dumps, ts
from dialogs.types import ConversationKey

DONE_STATUSES = tuple(sorted(FINISHED))  # the queue's partial index (migration 3) agrees
CASE_FIELDS = ("id, channel, user_id, status, urgent, due_at, data, created_at, kind, "
               "claimed_by, claimed_at, first_contact_at, assisted_at, updated_at, reminders")
CASE_SELECT = f"SELECT {CASE_FIELDS} FROM cases"


def case_from_row(row: Any) -> Case:
    return Case(row[0], ConversationKey(row[1] or "", row[2] or ""), row[3], bool(row[4]),
                dt.datetime.fromisoformat(row[5]), dt.datetime.fromisoformat(row[7]),
                json.loads(row[6]), row[8], row[9], _when(row[10]), _when(row[11]),
                _when(row[12]), _when(row[13]), row[14] or "")


def _column_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return ts(value)
    if isinstance(value, bool):
        return int(value)
    return value


class DeskMixin(Connected):
    # -- cases -------------------------------------------------------------------
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
                args.append(_column_value(value))
        event = update.event
        async with self._write:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                sets = {c: _column_value(v) for c, v in update.set.items()}
                if update.data:
                    row = await self._one("SELECT data FROM cases WHERE id = ?",
                                          (update.case_id,))
                    if row is None:
                        raise KeyError(update.case_id)
                    sets["data"] = dumps({**json.loads(row[0]), **update.data})
                sets["updated_at"] = ts(event.at)
                assignments = ", ".join(f"{c} = ?" for c in sets)
                found = await self._one(
                    f"UPDATE cases SET {assignments} WHERE {' AND '.join(where)} "
                    f"RETURNING {CASE_FIELDS}",
                    (*sets.values(), *args))
                if found is None:
                    exists = await self._one("SELECT 1 FROM cases WHERE id = ?",
                                             (update.case_id,))
                    await self.db.execute("ROLLBACK")
                    if exists is None:
                        raise KeyError(update.case_id)
                    return None
                await self.db.execute(
                    "INSERT INTO case_events (case_id, actor, from_status, to_status, note, at) "
                    "VALUES (?, ?, ?, ?, ?, ?)", (update.case_id, event.actor,
                                                  event.from_status, event.to_status,
                                                  event.note, ts(event.at)))
                await self.db.executemany(
                    "INSERT INTO outbox (retry_key, channel, user_id, payload, created_at, "
                    "next_attempt_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(o.retry_key, o.to.channel, o.to.user_id, dumps(o.payload), ts(event.at),
                      ts(event.at), o.origin) for o in update.outbox if o.to is not None])
                await self.db.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise
        return case_from_row(found)

    async def case_events(self, case_id: int) -> list[CaseEvent]:
        rows = await self._all(
            "SELECT case_id, actor, from_status, to_status, note, at, id FROM case_events "
            "WHERE case_id = ? ORDER BY id", (case_id,))
        return [CaseEvent(r[0], r[1], r[2], r[3], r[4], dt.datetime.fromisoformat(r[5]), r[6])
                for r in rows]

    async def open_cases(self, limit: int = 500, unclaimed: bool = False) -> list[Case]:
        marks = ", ".join("?" * len(DONE_STATUSES))
        claimed = " AND claimed_by IS NULL" if unclaimed else ""
        rows = await self._all(
            f"{CASE_SELECT} WHERE status NOT IN ({marks}){claimed} "
            "ORDER BY urgent DESC, due_at, id LIMIT ?", (*DONE_STATUSES, limit))
        return [case_from_row(r) for r in rows]

    async def resolve_handoffs(self, case_id: int, at: dt.datetime) -> int:
        async with self._write:
            cur = await self.db.execute(
                "UPDATE handoffs SET status = 'resolved', resolved_at = ? "
                "WHERE case_id = ? AND resolved_at IS NULL", (ts(at), case_id))
        return int(cur.rowcount)

    # -- holds -------------------------------------------------------------------
    @staticmethod
    def _hold(row: Any) -> Hold:
        return Hold(ConversationKey(row[0], row[1]), row[2], row[3],
                    dt.datetime.fromisoformat(row[4]), dt.datetime.fromisoformat(row[5]))

    async def hold(self, key: ConversationKey) -> Hold | None:
        row = await self._one(
            "SELECT channel, user_id, staff, case_id, since, last_activity FROM holds "
            "WHERE channel = ? AND user_id = ?", (key.channel, key.user_id))
        return self._hold(row) if row else None

    async def holds(self) -> list[Hold]:
        rows = await self._all(
            "SELECT channel, user_id, staff, case_id, since, last_activity FROM holds "
            "ORDER BY since")
        return [self._hold(r) for r in rows]

    async def set_hold(self, key: ConversationKey, hold: Hold | None,
                       expect_staff: str | None) -> bool:
        who = (key.channel, key.user_id)
        async with self._write:
            if hold is None:
                cur = await self.db.execute(
                    "DELETE FROM holds WHERE channel = ? AND user_id = ? AND staff = ?",
                    (*who, expect_staff))
            elif expect_staff is None:
                cur = await self.db.execute(
                    "INSERT INTO holds (channel, user_id, staff, case_id, since, last_activity) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel, user_id) DO NOTHING",
                    (*who, hold.staff, hold.case_id, ts(hold.since), ts(hold.last_activity)))
            else:
                cur = await self.db.execute(
                    "UPDATE holds SET staff = ?, case_id = ?, last_activity = ? "
                    "WHERE channel = ? AND user_id = ? AND staff = ?",
                    (hold.staff, hold.case_id, ts(hold.last_activity), *who, expect_staff))
        return cur.rowcount == 1

    # -- staff chat threads --------------------------------------------------------
    async def thread(self, case_ref: str, channel: str) -> str | None:
        row = await self._one("SELECT thread FROM staff_threads WHERE case_ref = ? AND "
                              "channel = ?", (case_ref, channel))
        return str(row[0]) if row else None

    async def set_thread(self, case_ref: str, channel: str, thread: str) -> None:
        async with self._write:
            await self.db.execute(
                "INSERT INTO staff_threads (case_ref, channel, thread) VALUES (?, ?, ?) "
                "ON CONFLICT (case_ref, channel) DO UPDATE SET thread = excluded.thread",
                (case_ref, channel, thread))

    async def case_by_ref(self, ref: str) -> Case | None:
        row = await self._one(f"{CASE_SELECT} WHERE ref = ?", (ref,))
        return case_from_row(row) if row else None

    # -- audit ---------------------------------------------------------------------
    async def audit(self, action: str, actor: str, detail: dict[str, Any],
                    at: dt.datetime) -> None:
        async with self._write:
            await self.db.execute("INSERT INTO audit (action, actor, detail, at) VALUES "
                                  "(?, ?, ?, ?)", (action, actor, dumps(detail), ts(at)))

    async def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        rows = await self._all("SELECT id, action, actor, detail, at FROM audit "
                               "ORDER BY id DESC LIMIT ?", (limit,))
        return [{"id": r[0], "action": r[1], "actor": r[2], "detail": json.loads(r[3]),
                 "at": r[4]} for r in rows]

