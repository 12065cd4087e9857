"""Staff accounts, console sessions and lockouts, for every SQL backend (a mixin of
the SQL store): shared by every process, so a lockout holds on all of them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.store.base import StaffAccount
from bot.store.sql import HasDriver, maybe_when

_STAFF_SELECT = ("SELECT id, username, role, password_hash, failed_logins, locked_until "
                 "FROM staff")
_BY_NAME = "staff_id IN (SELECT id FROM staff WHERE username = ?)"


def _staff(row: Any) -> StaffAccount:
    return StaffAccount(row[0], row[1], row[2], row[3], row[4], maybe_when(row[5]))


class StaffMixin(HasDriver):
    async def add_staff(self, username: str, role: str, password_hash: str,
                        at: dt.datetime) -> StaffAccount:
        async with self.sql.tx() as tx:  # a taken name: Conflict
            row = await tx.one("INSERT INTO staff (username, role, password_hash, created_at) "
                               "VALUES (?, ?, ?, ?) RETURNING id",
                               (username, role, password_hash, at))
        assert row is not None
        return StaffAccount(int(row[0]), username, role, password_hash)

    async def staff(self, username: str) -> StaffAccount | None:
        row = await self.sql.one(f"{_STAFF_SELECT} WHERE username = ?", (username,))
        return _staff(row) if row else None

    async def staff_list(self) -> list[StaffAccount]:
        return [_staff(r) for r in await self.sql.all(f"{_STAFF_SELECT} ORDER BY username")]

    async def staff_set_role(self, username: str, role: str) -> bool:
        async with self.sql.tx() as tx:
            changed = await tx.run("UPDATE staff SET role = ? WHERE username = ?",
                                   (role, username))
        return changed == 1

    async def staff_remove(self, username: str) -> bool:
        async with self.sql.tx() as tx:
            await tx.run(f"DELETE FROM staff_sessions WHERE {_BY_NAME}", (username,))
            changed = await tx.run("DELETE FROM staff WHERE username = ?", (username,))
        return changed == 1

    async def staff_end_sessions(self, username: str) -> int:
        async with self.sql.tx() as tx:
            return await tx.run(f"DELETE FROM staff_sessions WHERE {_BY_NAME}", (username,))

    async def login_attempt(self, staff_id: int, ok: bool,
                            locked_until: dt.datetime | None) -> None:
        async with self.sql.tx() as tx:
            if ok:
                await tx.run("UPDATE staff SET failed_logins = 0, locked_until = NULL "
                             "WHERE id = ?", (staff_id,))
            elif locked_until is not None:
                await tx.run("UPDATE staff SET failed_logins = failed_logins + 1, "
                             "locked_until = ? WHERE id = ?", (locked_until, staff_id))
            else:
                await tx.run("UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = ?",
                             (staff_id,))

    async def add_session(self, token_hash: str, staff_id: int, csrf: str,
                          at: dt.datetime, expires_at: dt.datetime) -> None:
        async with self.sql.tx() as tx:
            await tx.run("DELETE FROM staff_sessions WHERE expires_at < ?", (at,))
            await tx.run(
                "INSERT INTO staff_sessions (token_hash, staff_id, csrf, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)", (token_hash, staff_id, csrf, at, expires_at))

    async def session(self, token_hash: str,
                      now: dt.datetime) -> tuple[StaffAccount, str] | None:
        row = await self.sql.one(
            "SELECT s.id, s.username, s.role, s.password_hash, s.failed_logins, "
            "s.locked_until, x.csrf FROM staff_sessions x JOIN staff s ON s.id = x.staff_id "
            "WHERE x.token_hash = ? AND x.expires_at > ?", (token_hash, now))
        return (_staff(row), str(row[6])) if row else None

    async def end_session(self, token_hash: str) -> None:
        async with self.sql.tx() as tx:
            await tx.run("DELETE FROM staff_sessions WHERE token_hash = ?", (token_hash,))
