"""The store's SQL, written once for every backend: conversations and turns, the
inbox and the outbox (with claims), named leases and health. Cases, staff and
privacy are in sibling mixins; a backend (bot.store.sqlite, bot.store.postgres)
supplies the driver, the schema and the person lock.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.store import rules
from bot.store.base import (
    Backlog,
    Hold,
    InboxItem,
    Message,
    OutboxItem,
    Outgoing,
    SavedTurn,
    Turn,
)
from bot.store.claims import claim_statement
from bot.store.desk import DeskMixin, insert_outbox
from bot.store.errors import StoreError
from bot.store.people_sql import FollowUpMixin, PeopleMixin
from bot.store.privacy import PrivacyMixin
from bot.store.signin_sql import SigninMixin
from bot.store.sql import Driver, Tx, dumps, jload, marks, maybe_when, when
from bot.store.staff import StaffMixin
from dialogs.state import State
from dialogs.types import ConversationKey

TABLES = ("conversations", "messages", "cases", "case_events", "handoffs", "audit", "inbox",
          "outbox", "holds", "staff", "staff_sessions", "staff_threads", "leases",
          "staff_links", "staff_link_codes", "staff_chat_messages")
OUTBOX_FIELDS = ("id, channel, user_id, retry_key, payload, attempts, parts_sent, origin, "
                 "claims")
PENDING = "sent_at IS NULL AND failed_at IS NULL"
TURN_SELECT = ("SELECT c.state, c.data, h.staff, h.case_id, h.since, h.last_activity "
               "FROM (SELECT CAST(? AS TEXT) AS channel, CAST(? AS TEXT) AS user_id) k "
               "LEFT JOIN conversations c ON c.channel = k.channel AND c.user_id = k.user_id "
               "LEFT JOIN holds h ON h.channel = k.channel AND h.user_id = k.user_id")


def _outbox_item(r: Any) -> OutboxItem:
    return OutboxItem(r[0], ConversationKey(r[1], r[2]), r[3], jload(r[4]), r[5], r[6], r[7],
                      r[8])


def _skip_clause(skip: frozenset[ConversationKey], alias: str = "") -> tuple[str, list[str]]:
    pairs = sorted((k.channel, k.user_id) for k in skip)
    if not pairs:
        return "", []
    tests = " OR ".join(f"({alias}channel = ? AND {alias}user_id = ?)" for _ in pairs)
    return f" AND NOT ({tests})", [v for pair in pairs for v in pair]


class SqlStore(DeskMixin, StaffMixin, PrivacyMixin, PeopleMixin, FollowUpMixin,
               SigninMixin):
    _driver: Driver | None = None

    @property
    def sql(self) -> Driver:
        if self._driver is None:
            raise StoreError("the store is not open")
        return self._driver

    # -- conversations -------------------------------------------------------
    async def load(self, key: ConversationKey) -> State | None:
        row = await self.sql.one("SELECT state, data FROM conversations WHERE channel = ? "
                                 "AND user_id = ?", (key.channel, key.user_id))
        return State.from_json(row[0], row[1]) if row else None

    async def load_turn(self, key: ConversationKey) -> tuple[State | None, Hold | None]:
        """The conversation's state and its hold, read together (one statement)."""
        row = await self.sql.one(TURN_SELECT, (key.channel, key.user_id))
        if row is None:
            return None, None
        state = State.from_json(row[0], row[1]) if row[0] is not None else None
        hold = (Hold(key, row[2], row[3], when(row[4]), when(row[5]))
                if row[2] is not None else None)
        return state, hold

    async def save_turn(self, turn: Turn) -> SavedTurn:
        key = turn.key
        case_id = handoff_id = None
        async with self.sql.tx() as tx:
            if turn.erase:
                await self._erase(tx, key, turn.at)
            else:
                await self._save_conversation(tx, turn)
                await self._withdraw(tx, key, turn.rewrite, turn.forget_sent, turn.inbox_id)
                if turn.new_case is not None:
                    case_id = await self._insert_case(tx, key, turn.new_case, turn.at)
                if turn.handoff_reason is not None:
                    handoff_id = await self._insert_handoff(tx, key, turn.handoff_reason,
                                                            case_id, turn.at)
            await self._finish_writes(tx, key, turn.at, turn.outbox, turn.inbox_id)
        if turn.erase or turn.rewrite or turn.forget_sent:
            await self._after_erasure()
        return SavedTurn(case_id, handoff_id)

    async def _finish_writes(self, tx: Tx, key: ConversationKey, at: dt.datetime,
                             outbox: tuple[Outgoing, ...], inbox_id: int | None) -> None:
        if inbox_id is not None:
            tx.later("UPDATE inbox SET processed_at = ? WHERE id = ?", (at, inbox_id))
        await insert_outbox(tx, key, at, outbox)

    async def write(self, key: ConversationKey, at: dt.datetime,
                    messages: tuple[Message, ...] = (), outbox: tuple[Outgoing, ...] = (),
                    inbox_id: int | None = None) -> None:
        async with self.sql.tx() as tx:
            await self._insert_messages(tx, key, messages)
            await self._finish_writes(tx, key, at, outbox, inbox_id)

    async def _save_conversation(self, tx: Tx, turn: Turn) -> None:
        key = turn.key
        tx.later(
            "INSERT INTO conversations (channel, user_id, state, data, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, user_id) DO UPDATE SET "
            "state = excluded.state, data = excluded.data, updated_at = excluded.updated_at",
            (key.channel, key.user_id, turn.state.name, turn.state.to_json(), turn.at))
        await self._insert_messages(tx, key, turn.messages)

    @staticmethod
    async def _insert_messages(tx: Tx, key: ConversationKey,
                               messages: tuple[Message, ...]) -> None:
        if messages:
            await tx.run_many(
                "INSERT INTO messages (channel, user_id, direction, text, meta, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(key.channel, key.user_id, m.direction, m.text, dumps(m.meta), m.at)
                 for m in messages])

    async def _insert_handoff(self, tx: Tx, key: ConversationKey, reason: str,
                              case_id: int | None, at: dt.datetime) -> int:
        rows = await tx.all("SELECT id, status FROM cases WHERE channel = ? AND user_id = ?",
                            (key.channel, key.user_id))
        target = rules.handoff_case(case_id, [(int(r[0]), str(r[1])) for r in rows])
        row = await tx.one(
            "INSERT INTO handoffs (channel, user_id, reason, case_id, created_at) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id", (key.channel, key.user_id, reason, target,
                                                    at))
        assert row is not None
        return int(row[0])

    async def _insert_case(self, tx: Tx, key: ConversationKey, case: dict[str, Any],
                           at: dt.datetime) -> int:
        status, urgent, due_at, kind, data = rules.new_case_columns(case)
        row = await tx.one(
            "INSERT INTO cases (channel, user_id, status, urgent, due_at, data, created_at, "
            "updated_at, ref, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (key.channel, key.user_id, status, urgent, due_at, dumps(data), at, at,
             case.get("ref"), kind))
        assert row is not None
        case_id = int(row[0])
        await tx.run(
            "INSERT INTO case_events (case_id, actor, from_status, to_status, note, at) "
            "VALUES (?, 'bot', NULL, ?, ?, ?)", (case_id, status, rules.creation_note(kind), at))
        return case_id

    async def messages(self, key: ConversationKey, limit: int = 100) -> list[Message]:
        rows = await self.sql.all(
            "SELECT id, direction, text, meta, at FROM messages WHERE channel = ? AND "
            "user_id = ? ORDER BY id DESC LIMIT ?", (key.channel, key.user_id, limit))
        return [Message(r[1], r[2], when(r[4]), jload(r[3]), r[0]) for r in reversed(rows)]

    # -- inbox ---------------------------------------------------------------------
    async def accept(self, event_id: str, key: ConversationKey, payload: dict[str, Any],
                     at: dt.datetime) -> int | None:
        row = await self.sql.once(
            "INSERT INTO inbox (event_id, channel, user_id, payload, received_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING RETURNING id",
            (event_id, key.channel, key.user_id, dumps(payload), at))
        return int(row[0]) if row else None

    async def pending_inbox(self, limit: int = 100, key: ConversationKey | None = None,
                            before: dt.datetime | None = None) -> list[InboxItem]:
        where: list[str] = ["processed_at IS NULL"]
        args: list[Any] = []
        if key is not None:
            where.append("channel = ? AND user_id = ?")
            args += [key.channel, key.user_id]
        if before is not None:
            where.append("received_at < ?")
            args.append(before)
        rows = await self.sql.all(
            f"SELECT id, channel, user_id, payload FROM inbox WHERE {' AND '.join(where)} "
            "ORDER BY id LIMIT ?", (*args, limit))
        return [InboxItem(r[0], ConversationKey(r[1], r[2]), jload(r[3])) for r in rows]

    # -- outbox --------------------------------------------------------------------
    async def due_outbox(self, now: dt.datetime, limit: int = 100,
                         skip: frozenset[ConversationKey] = frozenset()) -> list[OutboxItem]:
        not_skipped, args = _skip_clause(skip)
        rows = await self.sql.all(
            f"SELECT {OUTBOX_FIELDS} FROM outbox WHERE {PENDING} AND next_attempt_at <= ?"
            f"{not_skipped} ORDER BY id LIMIT ?", (now, *args, limit))
        return [_outbox_item(r) for r in rows]

    async def claim_outbox(self, owner: str, now: dt.datetime, lease: dt.timedelta,
                           limit: int = 100,
                           skip: frozenset[ConversationKey] = frozenset()) -> list[OutboxItem]:
        not_skipped, args = _skip_clause(skip, "o.")
        postgres = self.sql.dialect == "postgres"
        claim = claim_statement(OUTBOX_FIELDS, PENDING, not_skipped, postgres)
        claim_args = (owner, now + lease, now, now, now, owner, *args, now, now, owner, limit)
        if postgres:
            async with self.sql.tx() as tx:
                # claims are short: one at a time, so none sees a stale picture
                await tx.one("SELECT pg_advisory_xact_lock(7305, 1)")
                rows = await tx.all(claim, claim_args)
        else:  # one statement, one transaction (SQLite has one writer at a time)
            rows = await self.sql.once_all(claim, claim_args)
        return sorted((_outbox_item(r) for r in rows if r[-1]), key=lambda i: i.id)

    async def renew_claims(self, owner: str, until: dt.datetime) -> int:
        async with self.sql.tx() as tx:
            return await tx.run(f"UPDATE outbox SET lease_until = ? WHERE claimed_by = ? AND "
                                f"lease_until IS NOT NULL AND {PENDING}", (until, owner))

    async def release_claims(self, owner: str, item_ids: list[int]) -> None:
        if item_ids:
            await self.sql.write(f"UPDATE outbox SET lease_until = NULL, claims = claims - 1 "
                                 f"WHERE claimed_by = ? AND id IN ({marks(len(item_ids))})",
                                 (owner, *item_ids))

    async def outbox_progress(self, item_id: int, parts_sent: int) -> None:
        await self.sql.write("UPDATE outbox SET parts_sent = ? WHERE id = ?", (parts_sent, item_id))

    async def outbox_sent(self, item_id: int, at: dt.datetime) -> None:
        await self.sql.write("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, "
                             "lease_until = NULL WHERE id = ?", (at, item_id))

    async def outbox_failed(self, item_id: int, error: str, at: dt.datetime,
                            retry_at: dt.datetime | None) -> None:
        if retry_at is None:
            await self.sql.write("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                                 "failed_at = ?, lease_until = NULL WHERE id = ?",
                                 (error[:500], at, item_id))
        else:
            await self.sql.write("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                                 "next_attempt_at = ?, lease_until = NULL WHERE id = ?",
                                 (error[:500], retry_at, item_id))

    # -- leases ----------------------------------------------------------------------
    async def acquire_lease(self, name: str, owner: str, now: dt.datetime,
                            ttl: dt.timedelta) -> bool:
        row = await self.sql.once(
            "INSERT INTO leases (name, owner, until) VALUES (?, ?, ?) ON CONFLICT (name) "
            "DO UPDATE SET owner = excluded.owner, until = excluded.until "
            "WHERE leases.owner = excluded.owner OR leases.until <= ? RETURNING owner",
            (name, owner, now + ttl, now))
        return row is not None

    async def release_lease(self, name: str, owner: str) -> None:
        await self.sql.write("DELETE FROM leases WHERE name = ? AND owner = ?", (name, owner))

    # -- health ----------------------------------------------------------------------
    async def table_counts(self) -> dict[str, int]:
        counts = {}
        for table in TABLES:
            row = await self.sql.one(f"SELECT COUNT(*) FROM {table}")
            counts[table] = int(row[0]) if row else 0
        return counts

    async def backlog(self) -> Backlog:
        outbox = await self.sql.one(f"SELECT COUNT(*), MIN(created_at) FROM outbox WHERE {PENDING}")
        waiting = "CASE WHEN urgent AND claimed_by IS NULL"
        cases = await self.sql.one(
            f"SELECT COUNT(*), COUNT({waiting} THEN 1 END), MIN({waiting} THEN created_at END) "
            f"FROM cases WHERE status NOT IN ({marks(len(rules.DONE_STATUSES))})",
            rules.DONE_STATUSES)
        if outbox is None or cases is None:
            raise StoreError("the backlog could not be counted")
        return Backlog(int(outbox[0]), maybe_when(outbox[1]), int(cases[0]), int(cases[1]),
                       maybe_when(cases[2]))

    async def check_writable(self) -> None:
        now = dt.datetime.now(dt.UTC)
        async with self.sql.tx() as tx:
            await tx.run("INSERT INTO leases (name, owner, until) VALUES (?, ?, ?) "
                         "ON CONFLICT (name) DO UPDATE SET until = excluded.until",
                         ("healthz", "healthz", now))


__all__ = ["TABLES", "SqlStore", "marks"]
