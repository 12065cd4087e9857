"""Staff as people in SQLite: display names, linked staff-chat accounts, one-time link
codes and the staff-chat messages of each case (a mixin of SQLiteStore)."""

from __future__ import annotations

import datetime as dt

from bot.store.base import StaffAccount
from bot.store.people import StaffLink
from bot.store.sqlite_common import Connected, ts
from bot.store.sqlite_staff import _staff


class PeopleMixin(Connected):
    async def display_name(self, username: str) -> str:
        row = await self._one("SELECT display_name FROM staff WHERE username = ?", (username,))
        return str(row[0] or "") if row else ""

    async def set_display_name(self, username: str, name: str) -> bool:
        async with self._write:
            cur = await self.db.execute("UPDATE staff SET display_name = ? WHERE username = ?",
                                        (name, username))
        return cur.rowcount == 1

    async def add_link_code(self, username: str, code_hash: str,
                            expires_at: dt.datetime) -> bool:
        async with self._write:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                row = await self._one("SELECT id FROM staff WHERE username = ?", (username,))
                if row is not None:
                    await self.db.execute("DELETE FROM staff_link_codes WHERE staff_id = ?",
                                          (row[0],))
                    await self.db.execute(
                        "INSERT INTO staff_link_codes (code_hash, staff_id, expires_at) "
                        "VALUES (?, ?, ?)", (code_hash, row[0], ts(expires_at)))
                await self.db.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise
        return row is not None

    async def redeem_link_code(self, code_hash: str, channel: str, user_id: str,
                               now: dt.datetime) -> str | None:
        async with self._write:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                row = await self._one(
                    "SELECT c.staff_id, s.username FROM staff_link_codes c JOIN staff s "
                    "ON s.id = c.staff_id WHERE c.code_hash = ? AND c.expires_at > ?",
                    (code_hash, ts(now)))
                if row is not None:
                    await self.db.execute("DELETE FROM staff_link_codes WHERE code_hash = ?",
                                          (code_hash,))
                    await self.db.execute(
                        "INSERT INTO staff_links (channel, user_id, staff_id, linked_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (channel, user_id) DO UPDATE SET "
                        "staff_id = excluded.staff_id, linked_at = excluded.linked_at",
                        (channel, user_id, row[0], ts(now)))
                await self.db.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise
        return str(row[1]) if row is not None else None

    async def linked_staff(self, channel: str, user_id: str) -> StaffAccount | None:
        row = await self._one(
            "SELECT s.id, s.username, s.role, s.password_hash, s.failed_logins, "
            "s.locked_until FROM staff_links l JOIN staff s ON s.id = l.staff_id "
            "WHERE l.channel = ? AND l.user_id = ?", (channel, user_id))
        return _staff(row) if row else None

    async def staff_links(self, username: str) -> list[StaffLink]:
        rows = await self._all(
            "SELECT l.channel, l.user_id, s.username, l.linked_at FROM staff_links l "
            "JOIN staff s ON s.id = l.staff_id WHERE s.username = ? ORDER BY l.linked_at",
            (username,))
        return [StaffLink(r[0], r[1], r[2], dt.datetime.fromisoformat(r[3])) for r in rows]

    async def unlink(self, username: str, channel: str, user_id: str) -> bool:
        async with self._write:
            cur = await self.db.execute(
                "DELETE FROM staff_links WHERE channel = ? AND user_id = ? AND staff_id IN "
                "(SELECT id FROM staff WHERE username = ?)", (channel, user_id, username))
        return cur.rowcount == 1

    async def note_staff_message(self, channel: str, chat_id: str, message_id: str,
                                 case_ref: str, at: dt.datetime) -> None:
        async with self._write:
            await self.db.execute(
                "INSERT INTO staff_chat_messages (channel, chat_id, message_id, case_ref, at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (channel, chat_id, message_id, case_ref, ts(at)))

    async def case_ref_of_message(self, channel: str, chat_id: str,
                                  message_id: str) -> str | None:
        row = await self._one("SELECT case_ref FROM staff_chat_messages WHERE channel = ? "
                              "AND chat_id = ? AND message_id = ?",
                              (channel, chat_id, message_id))
        return str(row[0]) if row else None

    async def case_ref_of_thread(self, channel: str, thread: str) -> str | None:
        row = await self._one("SELECT case_ref FROM staff_threads WHERE channel = ? AND "
                              "thread = ? AND thread != ''", (channel, thread))
        return str(row[0]) if row else None
