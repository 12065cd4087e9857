"""Privacy in SQLite: a person's erasure, the retirement of finished cases after the
retention time, and the pruning of delivered messages (a mixin of SQLiteStore)."""

from __future__ import annotations

import datetime as dt
import json

from bot.store.sqlite_common import Connected, dumps, ts
from bot.store.sqlite_desk import DONE_STATUSES
from dialogs.types import ConversationKey

# Case fields that survive erasure: needed for statistics, not identifying.
KEPT_ON_ERASE = ("ref", "eligible", "travellers", "estimated_aid", "amounts",
                 "current_province", "home_province")
PERSONAL_TABLES = ("conversations", "messages", "handoffs", "inbox", "outbox", "holds")


class PrivacyMixin(Connected):
    async def checkpoint(self) -> None:
        """Copy the WAL into the database file and empty it, so that erased rows do not
        linger in the -wal file (secure_delete zeroes them in the database file)."""
        async with self._write:
            await self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def _scrub(self, case_id: int, data: str, ref: str | None,
                     retired: bool = False) -> None:
        """A case without its person: only the statistical fields stay; staff notes
        (they may name the person) and the alerts about it go. Who did what, when,
        from which status to which, stays for the audit. Inside a transaction."""
        kept = {k: v for k, v in json.loads(data).items() if k in KEPT_ON_ERASE}
        kept.update({"erased": True, **({"retired": True} if retired else {})})
        await self.db.execute("UPDATE cases SET channel = NULL, user_id = NULL, data = ? "
                              "WHERE id = ?", (dumps(kept), case_id))
        await self.db.execute("UPDATE case_events SET note = '(erased)' WHERE case_id = ? "
                              "AND actor != 'bot'", (case_id,))
        if ref:
            await self.db.execute("DELETE FROM outbox WHERE json_extract(payload, "
                                  "'$.case_ref') = ?", (ref,))

    # -- erasure -------------------------------------------------------------
    async def _erase(self, key: ConversationKey, at: str) -> None:
        async with self.db.execute(
                "SELECT id, data, ref, status FROM cases WHERE channel = ? AND user_id = ?",
                (key.channel, key.user_id)) as cur:
            rows = list(await cur.fetchall())
        for case_id, data, ref, status in rows:
            if status not in DONE_STATUSES:  # nobody can be contacted about it any more
                await self.db.execute("UPDATE cases SET status = 'closed' WHERE id = ?",
                                      (case_id,))
                await self.db.execute(
                    "INSERT INTO case_events (case_id, actor, from_status, to_status, note, at) "
                    "VALUES (?, 'person', ?, 'closed', 'the person erased their data', ?)",
                    (case_id, status, at))
            await self._scrub(case_id, data, ref)
        for table in PERSONAL_TABLES:
            await self.db.execute(f"DELETE FROM {table} WHERE channel = ? AND user_id = ?",
                                  (key.channel, key.user_id))
        await self.db.execute(
            "INSERT INTO audit (action, actor, detail, at) VALUES ('erase', 'person', ?, ?)",
            (dumps({"channel": key.channel, "cases_scrubbed": len(rows)}), at))

    async def retire(self, before: dt.datetime) -> int:
        """Cases finished before `before` lose their personal fields (as on erasure),
        and their conversations the messages older than that; how many cases."""
        marks = ", ".join("?" * len(DONE_STATUSES))
        async with self._write:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                rows = await self._all(
                    f"SELECT id, channel, user_id, data, ref FROM cases WHERE status IN "
                    f"({marks}) AND updated_at < ? AND channel IS NOT NULL",
                    (*DONE_STATUSES, ts(before)))
                for case_id, channel, user_id, data, ref in rows:
                    await self._scrub(case_id, data, ref, retired=True)
                    await self.db.execute("DELETE FROM messages WHERE channel = ? AND "
                                          "user_id = ? AND at < ?", (channel, user_id,
                                                                     ts(before)))
                await self.db.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise
        if rows:
            await self.checkpoint()
        return len(rows)

    async def prune(self, before: dt.datetime) -> int:
        """Delete delivered (or given-up) outbox items and processed inbox events older
        than `before`: they hold message text and platform ids, kept no longer than
        needed to deduplicate redeliveries and to look into failures."""
        async with self._write:
            out = await self.db.execute(
                "DELETE FROM outbox WHERE COALESCE(sent_at, failed_at) < ?", (ts(before),))
            inbox = await self.db.execute(
                "DELETE FROM inbox WHERE processed_at < ?", (ts(before),))
        pruned = int(out.rowcount) + int(inbox.rowcount)
        if pruned:
            await self.checkpoint()
        return pruned
