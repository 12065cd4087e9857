"""SQLite store through aiosqlite: WAL, versioned migrations, one transaction per turn."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.base import Case, InboxItem, Message, OutboxItem, Outgoing, SavedTurn, Turn
from bot.store.migrations import MIGRATIONS
from bot.store.sqlite_common import dumps, ts
from bot.store.sqlite_desk import CASE_SELECT, DONE_STATUSES, DeskMixin, case_from_row
from bot.store.sqlite_follow_up import FollowUpMixin
from bot.store.sqlite_people import PeopleMixin
from bot.store.sqlite_privacy import PrivacyMixin
from bot.store.sqlite_staff import StaffMixin
from dialogs.state import State
from dialogs.types import ConversationKey
from knowledge.errors import NamjaiError

TABLES = ("conversations", "messages", "cases", "case_events", "handoffs", "audit", "inbox",
          "outbox", "holds", "staff", "staff_sessions", "staff_threads")


class StoreError(NamjaiError):
    """The database could not be opened or used."""


_dumps, _ts = dumps, ts


class SQLiteStore(DeskMixin, StaffMixin, PrivacyMixin, PeopleMixin,
                  FollowUpMixin):
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db: aiosqlite.Connection | None = None
        self._write = asyncio.Lock()

    async def __aenter__(self) -> SQLiteStore:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise StoreError("the store is not open")
        return self._db

    async def open(self) -> None:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = await aiosqlite.connect(self.path, isolation_level=None)
            await self.db.execute("PRAGMA journal_mode=WAL")
            await self.db.execute("PRAGMA synchronous=NORMAL")
            await self.db.execute("PRAGMA foreign_keys=ON")
            await self.db.execute("PRAGMA busy_timeout=5000")
            await self._migrate()
        except (aiosqlite.Error, OSError) as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}") from exc

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None

    async def _migrate(self) -> None:
        async with self.db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        version = int(row[0]) if row else 0
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await self.db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    # -- conversations -------------------------------------------------------
    async def load(self, key: ConversationKey) -> State | None:
        async with self.db.execute(
                "SELECT state, data FROM conversations WHERE channel = ? AND user_id = ?",
                (key.channel, key.user_id)) as cur:
            row = await cur.fetchone()
        return State.from_json(row[0], row[1]) if row else None

    async def save_turn(self, turn: Turn) -> SavedTurn:
        key, at = turn.key, _ts(turn.at)
        case_id = handoff_id = None
        async with self._write:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                if turn.erase:
                    await self._erase(key, at)
                else:
                    await self._save_conversation(turn, at)
                    if turn.new_case is not None:
                        case_id = await self._insert_case(key, turn.new_case, at)
                    if turn.handoff_reason is not None:
                        handoff_id = await self._insert_handoff(key, turn.handoff_reason,
                                                                case_id, at)
                await self._finish_writes(key, at, turn.outbox, turn.inbox_id)
                await self.db.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise
        return SavedTurn(case_id, handoff_id)

    async def _finish_writes(self, key: ConversationKey, at: str,
                             outbox: tuple[Outgoing, ...], inbox_id: int | None) -> None:
        if inbox_id is not None:
            await self.db.execute("UPDATE inbox SET processed_at = ? WHERE id = ?",
                                  (at, inbox_id))
        await self.db.executemany(
            "INSERT INTO outbox (retry_key, channel, user_id, payload, created_at, "
            "next_attempt_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(o.retry_key, (o.to or key).channel, (o.to or key).user_id, _dumps(o.payload),
              at, at, o.origin) for o in outbox])

    async def write(self, key: ConversationKey, at: dt.datetime,
                    messages: tuple[Message, ...] = (), outbox: tuple[Outgoing, ...] = (),
                    inbox_id: int | None = None) -> None:
        async with self._write:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                await self._insert_messages(key, messages)
                await self._finish_writes(key, _ts(at), outbox, inbox_id)
                await self.db.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise

    async def _save_conversation(self, turn: Turn, at: str) -> None:
        key = turn.key
        await self.db.execute(
            "INSERT INTO conversations (channel, user_id, state, data, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, user_id) DO UPDATE SET "
            "state = excluded.state, data = excluded.data, updated_at = excluded.updated_at",
            (key.channel, key.user_id, turn.state.name, turn.state.to_json(), at))
        await self._insert_messages(key, turn.messages)

    async def _insert_messages(self, key: ConversationKey, messages: tuple[Message, ...]) -> None:
        await self.db.executemany(
            "INSERT INTO messages (channel, user_id, direction, text, meta, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(key.channel, key.user_id, m.direction, m.text, _dumps(m.meta), _ts(m.at))
             for m in messages])

    async def _insert_handoff(self, key: ConversationKey, reason: str, case_id: int | None,
                              at: str) -> int:
        """A handoff request, linked to the new case or else to the person's latest
        open case."""
        if case_id is None:
            marks = ", ".join("?" * len(DONE_STATUSES))
            async with self.db.execute(
                    "SELECT id FROM cases WHERE channel = ? AND user_id = ? AND status NOT IN "
                    f"({marks}) ORDER BY id DESC LIMIT 1",
                    (key.channel, key.user_id, *DONE_STATUSES)) as cur:
                row = await cur.fetchone()
            case_id = int(row[0]) if row else None
        cur = await self.db.execute(
            "INSERT INTO handoffs (channel, user_id, reason, case_id, created_at) "
            "VALUES (?, ?, ?, ?, ?)", (key.channel, key.user_id, reason, case_id, at))
        return int(cur.lastrowid or 0)

    async def _insert_case(self, key: ConversationKey, case: dict[str, Any], at: str) -> int:
        data = {k: v for k, v in case.items() if k not in ("status", "urgent", "due_at", "kind")}
        kind = str(case.get("kind") or "screening")
        cur = await self.db.execute(
            "INSERT INTO cases (channel, user_id, status, urgent, due_at, data, created_at, "
            "updated_at, ref, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key.channel, key.user_id, case.get("status", "received"),
             int(bool(case.get("urgent"))), _ts(dt.datetime.fromisoformat(case["due_at"])),
             _dumps(data), at, at,
             case.get("ref"), kind))
        case_id = int(cur.lastrowid or 0)
        note = ("created by the screening dialog" if kind == "screening"
                else "the person asked for a human")
        await self.db.execute(
            "INSERT INTO case_events (case_id, actor, from_status, to_status, note, at) "
            "VALUES (?, 'bot', NULL, ?, ?, ?)", (case_id, case.get("status", "received"),
                                                 note, at))
        return case_id

    # -- reads -----------------------------------------------------------------
    async def messages(self, key: ConversationKey, limit: int = 100) -> list[Message]:
        async with self.db.execute(
                "SELECT id, direction, text, meta, at FROM messages WHERE channel = ? AND "
                "user_id = ? ORDER BY id DESC LIMIT ?", (key.channel, key.user_id, limit)) as cur:
            rows = await cur.fetchall()
        return [Message(r[1], r[2], dt.datetime.fromisoformat(r[4]), json.loads(r[3]), r[0])
                for r in reversed(list(rows))]

    async def case(self, case_id: int) -> Case | None:
        async with self.db.execute(f"{CASE_SELECT} WHERE id = ?", (case_id,)) as cur:
            row = await cur.fetchone()
        return case_from_row(row) if row else None

    async def cases(self, status: str | None = None,
                    key: ConversationKey | None = None) -> list[Case]:
        where, args = [], []
        if status is not None:
            where.append("status = ?")
            args.append(status)
        if key is not None:
            where.extend(["channel = ?", "user_id = ?"])
            args.extend([key.channel, key.user_id])
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        async with self.db.execute(f"{CASE_SELECT} {clause} ORDER BY id DESC", args) as cur:
            rows = await cur.fetchall()
        return [case_from_row(r) for r in rows]

    # -- inbox and outbox ------------------------------------------------------
    async def accept(self, event_id: str, key: ConversationKey, payload: dict[str, Any],
                     at: dt.datetime) -> int | None:
        async with self._write:
            cur = await self.db.execute(
                "INSERT INTO inbox (event_id, channel, user_id, payload, received_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
                (event_id, key.channel, key.user_id, _dumps(payload), _ts(at)))
        return cur.lastrowid if cur.rowcount == 1 else None

    async def pending_inbox(self, limit: int = 100) -> list[InboxItem]:
        async with self.db.execute(
                "SELECT id, channel, user_id, payload FROM inbox WHERE processed_at IS NULL "
                "ORDER BY id LIMIT ?", (limit,)) as cur:
            rows = await cur.fetchall()
        return [InboxItem(r[0], ConversationKey(r[1], r[2]), json.loads(r[3])) for r in rows]

    async def due_outbox(self, now: dt.datetime, limit: int = 100,
                         skip: frozenset[ConversationKey] = frozenset()) -> list[OutboxItem]:
        # the conversations the sender is busy with are left out by the query itself,
        # so they neither fill the limit nor cost any decoding
        skipped = sorted((k.channel, k.user_id) for k in skip)
        not_in = ""
        if skipped:
            not_in = (" AND (channel, user_id) NOT IN (VALUES "
                      + ", ".join("(?, ?)" for _ in skipped) + ")")
        async with self.db.execute(
                "SELECT id, channel, user_id, retry_key, payload, attempts, parts_sent, origin "
                "FROM outbox "
                "WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?"
                f"{not_in} ORDER BY id LIMIT ?",
                (_ts(now), *(v for pair in skipped for v in pair), limit)) as cur:
            rows = await cur.fetchall()
        return [OutboxItem(r[0], ConversationKey(r[1], r[2]), r[3], json.loads(r[4]), r[5], r[6],
                           r[7]) for r in rows]

    async def outbox_progress(self, item_id: int, parts_sent: int) -> None:
        async with self._write:
            await self.db.execute("UPDATE outbox SET parts_sent = ? WHERE id = ?",
                                  (parts_sent, item_id))

    async def outbox_sent(self, item_id: int, at: dt.datetime) -> None:
        async with self._write:
            await self.db.execute(
                "UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?",
                (_ts(at), item_id))

    async def outbox_failed(self, item_id: int, error: str, at: dt.datetime,
                            retry_at: dt.datetime | None) -> None:
        async with self._write:
            if retry_at is None:
                await self.db.execute(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ?, failed_at = ? "
                    "WHERE id = ?", (error[:500], _ts(at), item_id))
            else:
                await self.db.execute(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                    "next_attempt_at = ? WHERE id = ?", (error[:500], _ts(retry_at), item_id))

    async def table_counts(self) -> dict[str, int]:
        counts = {}
        for table in TABLES:
            async with self.db.execute(f"SELECT COUNT(*) FROM {table}") as cur:
                row = await cur.fetchone()
            counts[table] = int(row[0]) if row else 0
        return counts
