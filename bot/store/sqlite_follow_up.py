"""The step-8 follow-up's queries in SQLite (a mixin of SQLiteStore)."""

from __future__ import annotations

import datetime as dt

from bot.cases.follow_up import ANSWERED, SILENT, STATUSES
from bot.store.base import Case
from bot.store.sqlite_common import Connected, ts
from bot.store.sqlite_desk import CASE_SELECT, case_from_row


class FollowUpMixin(Connected):
    async def follow_up_cases(self, assisted_before: dt.datetime) -> list[Case]:
        marks = ", ".join("?" * len(STATUSES))
        rows = await self._all(
            f"{CASE_SELECT} WHERE status IN ({marks}) AND assisted_at <= ? "
            "AND channel IS NOT NULL AND user_id IS NOT NULL "
            "AND instr(reminders, ?) = 0 AND instr(reminders, ?) = 0 "
            "ORDER BY assisted_at, id LIMIT 500",
            (*STATUSES, ts(assisted_before), ANSWERED, SILENT))
        return [case_from_row(r) for r in rows]

    async def attention_cases(self) -> list[Case]:
        rows = await self._all(
            f"{CASE_SELECT} WHERE status = 'followed_up' "
            "AND json_extract(data, '$.follow_up.checked_at') IS NULL "
            "AND (json_extract(data, '$.follow_up.answer') = 'problem' OR "
            "(json_extract(data, '$.follow_up.silent_at') IS NOT NULL AND "
            "json_extract(data, '$.follow_up.answer') IS NULL)) ORDER BY id LIMIT 500")
        return [case_from_row(r) for r in rows]
