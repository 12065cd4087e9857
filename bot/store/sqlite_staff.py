"""Staff accounts and console sessions in SQLite (a mixin of SQLiteStore)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import aiosqlite

from bot.store.base import StaffAccount
from bot.store.sqlite_common import Connected, _when, ts


def _staff(row: Any) -> StaffAccount:
    return StaffAccount(row[0], row[1], row[2], row[3], row[4], _when(row[5]))


_STAFF_SELECT = ("SELECT id, username, role, password_hash, failed_logins, locked_until "
                 "FROM staff")


class StaffMixin(Connected):
    # -- staff accounts and sessions -------------------------------------------------
    async def add_staff(self, username: str, role: str, password_hash: str,
                        at: dt.datetime) -> StaffAccount:
        async with self._write:
            try:
                cur = await self.db.execute(
                    "INSERT INTO staff (username, role, password_hash, created_at) "
                    "VALUES (?, ?, ?, ?)", (username, role, password_hash, ts(at)))
            except aiosqlite.IntegrityError as exc:
                raise KeyError(username) from exc
        return StaffAccount(int(cur.lastrowid or 0), username, role, password_hash)

    async def staff(self, username: str) -> StaffAccount | None:
        row = await self._one(f"{_STAFF_SELECT} WHERE username = ?", (username,))
        return _staff(row) if row else None

    async def staff_list(self) -> list[StaffAccount]:
        return [_staff(r) for r in await self._all(f"{_STAFF_SELECT} ORDER BY username")]

    async def staff_set_role(self, username: str, role: str) -> bool:
        async with self._write:
            cur = await self.db.execute("UPDATE staff SET role = ? WHERE username = ?",
                                        (role, username))
        return cur.rowcount == 1

    async def staff_remove(self, username: str) -> bool:
        async with self._write:
            await self.db.execute("DELETE FROM staff_sessions WHERE staff_id IN "
                                  "(SELECT id FROM staff WHERE username = ?)", (username,))
            cur = await self.db.execute("DELETE FROM staff WHERE username = ?", (username,))
        return cur.rowcount == 1

    async def staff_end_sessions(self, username: str) -> int:
        async with self._write:
            cur = await self.db.execute("DELETE FROM staff_sessions WHERE staff_id IN "
                                        "(SELECT id FROM staff WHERE username = ?)", (username,))
        return int(cur.rowcount)

    async def login_attempt(self, staff_id: int, ok: bool,
                            locked_until: dt.datetime | None) -> None:
        lock = ts(locked_until) if locked_until else None
        async with self._write:
            if ok:
                await self.db.execute("UPDATE staff SET failed_logins = 0, locked_until = NULL "
                                      "WHERE id = ?", (staff_id,))
            else:
                await self.db.execute(
                    "UPDATE staff SET failed_logins = failed_logins + 1, "
                    "locked_until = COALESCE(?, locked_until) WHERE id = ?", (lock, staff_id))

    async def add_session(self, token_hash: str, staff_id: int, csrf: str,
                          at: dt.datetime, expires_at: dt.datetime) -> None:
        async with self._write:
            await self.db.execute("DELETE FROM staff_sessions WHERE expires_at < ?", (ts(at),))
            await self.db.execute(
                "INSERT INTO staff_sessions (token_hash, staff_id, csrf, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)", (token_hash, staff_id, csrf, ts(at), ts(expires_at)))

    async def session(self, token_hash: str,
                      now: dt.datetime) -> tuple[StaffAccount, str] | None:
        row = await self._one(
            "SELECT s.id, s.username, s.role, s.password_hash, s.failed_logins, "
            "s.locked_until, x.csrf FROM staff_sessions x JOIN staff s ON s.id = x.staff_id "
            "WHERE x.token_hash = ? AND x.expires_at > ?", (token_hash, ts(now)))
        return (_staff(row), str(row[6])) if row else None

    async def end_session(self, token_hash: str) -> None:
        async with self._write:
            await self.db.execute("DELETE FROM staff_sessions WHERE token_hash = ?",
                                  (token_hash,))
