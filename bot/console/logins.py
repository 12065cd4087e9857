"""Staff passwords checked with throttling and lockout (see bot.console.auth).

Wrong passwords slow down their sender per client address and per account from
that address (bot.console.throttle); MAX_FAILURES in a row on an account lock it for
LOCK_FOR; an unknown username gets the same answers. Attempts on one username run
one at a time; Argon2 runs in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import math
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from bot.console.http import ConsoleError
from bot.console.throttle import FORGET, Rule, Throttle
from bot.passwords import hash_password, verify_password
from bot.store import StaffAccount, Store
from dialogs.texts import THAI_TZ

MAX_FAILURES = 20  # wrong passwords in a row, from any addresses, before the hard lock
FREE_PER_ADDRESS = 10  # wrong passwords from one address, any accounts, before delays
FREE_PER_PAIR = 3  # wrong passwords on one account from one address before delays
MAX_DELAY = 15 * 60.0  # seconds: the longest delay
LOCK_FOR = dt.timedelta(minutes=15)
UNKNOWN = "unknown"  # the store's throttle kind of usernames without an account
MAX_LOCKS = 10_000  # usernames with login attempts in flight at once
UNKNOWN_USER = "(unknown)"
BAD_LOGIN = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
BUSY = "ระบบมีผู้เข้าสู่ระบบจำนวนมาก กรุณาลองใหม่อีกครั้งค่ะ"
SLOW_DOWN = "ใส่รหัสผ่านผิดหลายครั้ง กรุณารอ {seconds} วินาทีแล้วลองใหม่ค่ะ"

Clock = Callable[[], dt.datetime]


@dataclass
class _Attempts:
    """Login attempts in flight on one username, and the lock they take turns on."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    in_flight: int = 0


@functools.cache
def _dummy_hash() -> str:
    """Checked against for unknown usernames, so both take the same time."""
    return hash_password(secrets.token_urlsafe(16))


def locked_message(until: dt.datetime) -> str:
    local = until.astimezone(THAI_TZ)
    return (f"เข้าสู่ระบบผิดเกิน {MAX_FAILURES} ครั้ง บัญชีถูกระงับชั่วคราว "
            f"{int(LOCK_FOR.total_seconds() // 60)} นาที ลองใหม่หลังเวลา {local:%H:%M} น.")


class Logins:
    """The password check of the console's sign-in, with its throttles and locks."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._attempts: dict[str, _Attempts] = {}
        self.by_address = Throttle(Rule(FREE_PER_ADDRESS, 1.0, MAX_DELAY), store, "address")
        self.by_pair = Throttle(Rule(FREE_PER_PAIR, 1.0, MAX_DELAY), store, "account")

    @contextlib.asynccontextmanager
    async def _one_at_a_time(self, username: str) -> AsyncIterator[None]:
        """Serialise login attempts on one username. An entry lives only while attempts
        on that name are in flight, so the dict stays small; past MAX_LOCKS names at
        once, new ones are told to retry (503)."""
        entry = self._attempts.get(username)
        if entry is None:
            if len(self._attempts) >= MAX_LOCKS:
                raise ConsoleError(503, "busy", BUSY)
            entry = self._attempts[username] = _Attempts()
        entry.in_flight += 1
        try:
            async with entry.lock:
                yield
        finally:
            entry.in_flight -= 1
            if entry.in_flight == 0:
                del self._attempts[username]

    async def check_login(self, username: str, password: str,
                          address: str = "unknown") -> StaffAccount:
        """The account if the password is right; ConsoleError 401 (wrong), 429 "slow_down"
        (too many wrong ones from this address: wait) or 429 "locked"."""
        async with self._one_at_a_time(username):
            await self._not_too_fast(username, address)
            try:
                account = await self._check_login(username, password, address)
            except ConsoleError as exc:
                if exc.status == 401 or exc.code == "locked":
                    now = self.clock()
                    await self.by_address.failed(address, now)
                    await self.by_pair.failed(_pair(username, address), now)
                raise
            await self.by_pair.cleared(_pair(username, address), self.clock())
            return account

    async def _not_too_fast(self, username: str, address: str) -> None:
        now = self.clock()
        wait = max(await self.by_address.wait(address, now),
                   await self.by_pair.wait(_pair(username, address), now))
        if wait > 0:
            seconds = math.ceil(wait)
            raise ConsoleError(429, "slow_down", SLOW_DOWN.format(seconds=seconds),
                               {"retry_after": seconds})

    async def _check_login(self, username: str, password: str, address: str) -> StaffAccount:
        now = self.clock()
        account = await self.store.staff(username)
        if account is None:
            return await self._unknown_login(username, password, now, address)
        if account.locked_until is not None and account.locked_until > now:
            await self.store.audit("login_failed", username,
                                   {"reason": "locked", "address": address}, now)
            raise ConsoleError(429, "locked", locked_message(account.locked_until))
        if account.locked_until is not None:  # the lock ran out: count afresh
            await self.store.login_attempt(account.id, True, None)
        if await asyncio.to_thread(verify_password, account.password_hash, password):
            await self.store.login_attempt(account.id, True, None)
            await self.store.audit("login", username,
                                   {"role": account.role, "address": address}, now)
            return account
        return await self._failed(username, now, address)

    async def _failed(self, username: str, now: dt.datetime, address: str) -> StaffAccount:
        """Count a wrong password, read afresh after the (slow) check; lock at the limit."""
        account = await self.store.staff(username)
        if account is None:  # removed meanwhile
            raise ConsoleError(401, "bad_login", BAD_LOGIN)
        lock = account.locked_until if (account.locked_until is not None
                                         and account.locked_until > now) else None
        failures = account.failed_logins + 1
        if lock is None and failures >= MAX_FAILURES:
            lock = now + LOCK_FOR
        await self.store.login_attempt(account.id, False, lock)  # never clears a lock
        await self.store.audit("login_failed", username, {"reason": "password",
                                                          "failures": failures,
                                                          "address": address}, now)
        if lock is not None:
            raise ConsoleError(429, "locked", locked_message(lock))
        raise ConsoleError(401, "bad_login", BAD_LOGIN)

    async def _unknown_login(self, username: str, password: str, now: dt.datetime,
                             address: str) -> StaffAccount:
        await asyncio.to_thread(verify_password, _dummy_hash(), password)
        state = await self.store.throttle_state(UNKNOWN, username, now - FORGET)
        await self.store.audit("login_failed", UNKNOWN_USER,
                               {"reason": "unknown", "username": UNKNOWN_USER,
                                "address": address}, now)
        if state is not None and state[1] > now:
            raise ConsoleError(429, "locked", locked_message(state[1]))
        if state is not None and state[0] >= MAX_FAILURES:  # the lock ran out: afresh
            await self.store.throttle_clear(UNKNOWN, username)
        _, until = await self.store.throttle_failed(
            UNKNOWN, username, now, now - FORGET,
            lambda failures: LOCK_FOR.total_seconds() if failures >= MAX_FAILURES else 0.0)
        if until > now:
            raise ConsoleError(429, "locked", locked_message(until))
        raise ConsoleError(401, "bad_login", BAD_LOGIN)

    async def attempts(self) -> list[dict[str, object]]:
        """For admins: the addresses, and the accounts from each address, with recent
        wrong passwords, and how long each must still wait."""
        now = self.clock()
        rows: list[dict[str, object]] = []
        for kind, throttle in (("address", self.by_address), ("account", self.by_pair)):
            for key, failures, last, wait in await throttle.snapshot(now):
                username, _, address = key.rpartition("\n")
                rows.append({"kind": kind, "address": address, "username": username or None,
                             "failures": failures, "last": last.isoformat(),
                             "wait_seconds": math.ceil(wait)})
        return rows


def _pair(username: str, address: str) -> str:
    """The throttle key of an account from an address (a name has no newline)."""
    return f"{username}\n{address}"
