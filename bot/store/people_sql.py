"""Staff as people and the step-8 follow-up, for every SQL backend (mixins of the SQL
store): display names, one-time link codes, linked staff-chat accounts, the
staff-chat messages of each case, and the follow-up's queries."""

from __future__ import annotations

import datetime as dt

from bot.cases.follow_up import ANSWERED, CHECKED, PROBLEM, SILENT, STATUSES
from bot.store.base import Case, StaffAccount
from bot.store.desk import CASE_SELECT, case_from_row
from bot.store.people import StaffLink
from bot.store.sql import HasDriver, marks, when
from bot.store.staff import _staff


def _has(mark: str) -> str:
    return f"%{mark}%"


class PeopleMixin(HasDriver):
    async def display_name(self, username: str) -> str:
        row = await self.sql.one("SELECT display_name FROM staff WHERE username = ?",
                                 (username,))
        return str(row[0] or "") if row else ""

    async def set_display_name(self, username: str, name: str) -> bool:
        async with self.sql.tx() as tx:
            changed = await tx.run("UPDATE staff SET display_name = ? WHERE username = ?",
                                   (name, username))
        return changed == 1

    async def add_link_code(self, username: str, code_hash: str,
                            expires_at: dt.datetime) -> bool:
        async with self.sql.tx() as tx:
            row = await tx.one("SELECT id FROM staff WHERE username = ?", (username,))
            if row is None:
                return False
            await tx.run("DELETE FROM staff_link_codes WHERE staff_id = ?", (row[0],))
            await tx.run("INSERT INTO staff_link_codes (code_hash, staff_id, expires_at) "
                         "VALUES (?, ?, ?)", (code_hash, row[0], expires_at))
        return True

    async def redeem_link_code(self, code_hash: str, channel: str, user_id: str,
                               now: dt.datetime) -> str | None:
        async with self.sql.tx() as tx:
            # DELETE ... RETURNING: of two redemptions at once, one gets the row
            row = await tx.one("DELETE FROM staff_link_codes WHERE code_hash = ? AND "
                               "expires_at > ? RETURNING staff_id", (code_hash, now))
            if row is None:
                return None
            await tx.run(
                "INSERT INTO staff_links (channel, user_id, staff_id, linked_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (channel, user_id) DO UPDATE SET "
                "staff_id = excluded.staff_id, linked_at = excluded.linked_at",
                (channel, user_id, row[0], now))
            name = await tx.one("SELECT username FROM staff WHERE id = ?", (row[0],))
        return str(name[0]) if name else None

    async def linked_staff(self, channel: str, user_id: str) -> StaffAccount | None:
        row = await self.sql.one(
            "SELECT s.id, s.username, s.role, s.password_hash, s.failed_logins, "
            "s.locked_until FROM staff_links l JOIN staff s ON s.id = l.staff_id "
            "WHERE l.channel = ? AND l.user_id = ?", (channel, user_id))
        return _staff(row) if row else None

    async def staff_links(self, username: str) -> list[StaffLink]:
        rows = await self.sql.all(
            "SELECT l.channel, l.user_id, s.username, l.linked_at FROM staff_links l "
            "JOIN staff s ON s.id = l.staff_id WHERE s.username = ? ORDER BY l.linked_at",
            (username,))
        return [StaffLink(r[0], r[1], r[2], when(r[3])) for r in rows]

    async def unlink(self, username: str, channel: str, user_id: str) -> bool:
        async with self.sql.tx() as tx:
            changed = await tx.run(
                "DELETE FROM staff_links WHERE channel = ? AND user_id = ? AND staff_id IN "
                "(SELECT id FROM staff WHERE username = ?)", (channel, user_id, username))
        return changed == 1

    async def note_staff_message(self, channel: str, chat_id: str, message_id: str,
                                 case_ref: str, at: dt.datetime) -> None:
        async with self.sql.tx() as tx:
            await tx.run(
                "INSERT INTO staff_chat_messages (channel, chat_id, message_id, case_ref, at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (channel, chat_id, message_id, case_ref, at))

    async def case_ref_of_message(self, channel: str, chat_id: str,
                                  message_id: str) -> str | None:
        row = await self.sql.one("SELECT case_ref FROM staff_chat_messages WHERE channel = ? "
                                 "AND chat_id = ? AND message_id = ?",
                                 (channel, chat_id, message_id))
        return str(row[0]) if row else None

    async def case_ref_of_thread(self, channel: str, thread: str) -> str | None:
        row = await self.sql.one("SELECT case_ref FROM staff_threads WHERE channel = ? AND "
                                 "thread = ? AND thread != ''", (channel, thread))
        return str(row[0]) if row else None


class FollowUpMixin(HasDriver):
    async def follow_up_cases(self, assisted_before: dt.datetime) -> list[Case]:
        rows = await self.sql.all(
            f"{CASE_SELECT} WHERE status IN ({marks(len(STATUSES))}) AND assisted_at <= ? "
            "AND channel IS NOT NULL AND user_id IS NOT NULL "
            "AND reminders NOT LIKE ? AND reminders NOT LIKE ? "
            "ORDER BY assisted_at, id LIMIT 500",
            (*STATUSES, assisted_before, _has(ANSWERED), _has(SILENT)))
        return [case_from_row(r) for r in rows]

    async def attention_cases(self) -> list[Case]:
        rows = await self.sql.all(
            f"{CASE_SELECT} WHERE status = 'followed_up' AND reminders NOT LIKE ? AND "
            "(reminders LIKE ? OR (reminders LIKE ? AND reminders NOT LIKE ?)) "
            "ORDER BY id LIMIT 500",
            (_has(CHECKED), _has(PROBLEM), _has(SILENT), _has(ANSWERED)))
        return [case_from_row(r) for r in rows]
