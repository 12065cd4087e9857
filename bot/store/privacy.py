"""Privacy for every SQL backend: a person's erasure, sensitive data withdrawn after a
no to recording it, the retirement of finished cases after the retention time, and the
pruning of delivered messages (a mixin of the SQL store). What to keep, close and audit
is decided by bot.store.rules; this module only reads the rows and writes the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bot.store import rules
from bot.store.base import Message
from bot.store.sql import HasDriver, Tx, dumps, jload, marks
from dialogs.state import CONSENT
from dialogs.types import ConversationKey


class PrivacyMixin(HasDriver):
    async def _after_erasure(self) -> None:
        """After erased rows are committed: the backend's own clean-up (SQLite empties
        its write-ahead log, which still holds the rows' old versions)."""

    @staticmethod
    async def _apply(tx: Tx, changes: Iterable[rules.CaseChange], at: dt.datetime,
                     forget_person: bool) -> None:
        for change in changes:
            if change.close_from is not None:
                await tx.run("UPDATE cases SET status = 'closed' WHERE id = ?",
                             (change.case_id,))
                await tx.run(
                    "INSERT INTO case_events (case_id, actor, from_status, to_status, note, "
                    "at) VALUES (?, 'person', ?, 'closed', ?, ?)",
                    (change.case_id, change.close_from, change.close_note, at))
            person = "channel = NULL, user_id = NULL, " if forget_person else ""
            await tx.run(f"UPDATE cases SET {person}data = ? WHERE id = ?",
                         (dumps(change.data), change.case_id))
            await tx.run("UPDATE case_events SET note = ? WHERE case_id = ? AND actor <> 'bot'",
                         (rules.ERASED_NOTE, change.case_id))
            if change.ref:
                await tx.run("DELETE FROM outbox WHERE case_ref = ?", (change.ref,))

    async def _erase(self, tx: Tx, key: ConversationKey, at: dt.datetime) -> None:
        """Inside the turn's transaction: the person's cases by the erasure plan, then
        every personal row, then the audit line."""
        who = (key.channel, key.user_id)
        rows = await tx.all("SELECT id, status, data, ref FROM cases WHERE channel = ? AND "
                            "user_id = ?", who)
        plan = rules.erasure_plan(rules.StoredCase(r[0], r[1], jload(r[2]), r[3])
                                  for r in rows)
        await self._apply(tx, plan, at, forget_person=True)
        for table in rules.PERSONAL_TABLES:
            await tx.run(f"DELETE FROM {table} WHERE channel = ? AND user_id = ?", who)
        action, actor, detail = rules.erasure_audit(key, len(plan))
        await tx.run("INSERT INTO audit (action, actor, detail, at) VALUES (?, ?, ?, ?)",
                     (action, actor, dumps(detail), at))

    @staticmethod
    async def _withdraw(tx: Tx, key: ConversationKey, messages: tuple[Message, ...],
                        forget_sent: bool, inbox_id: int | None = None) -> None:
        """Earlier messages replaced (by id, never another person's); with `forget_sent`,
        the person's processed webhook events, and the turn's own (`inbox_id`), lose their
        words (the event id stays until pruned, so a redelivery is still known) and the
        replies delivered (or given up) to them go. Nothing still to be sent is touched,
        nor an event still to be processed."""
        if messages:
            await tx.run_many(
                "UPDATE messages SET text = ?, meta = ? WHERE id = ? AND channel = ? AND "
                "user_id = ?", [(m.text, dumps(m.meta), m.id, key.channel, key.user_id)
                                for m in messages])
        if forget_sent:
            who = (key.channel, key.user_id)
            await _blank_events(tx, who)
            if inbox_id is not None:
                await tx.run("UPDATE inbox SET payload = '{}' WHERE id = ? AND channel = ? AND "
                             "user_id = ?", (inbox_id, *who))
            await tx.run("DELETE FROM outbox WHERE channel = ? AND user_id = ? AND "
                         "(sent_at IS NOT NULL OR failed_at IS NOT NULL)", who)

    async def retire(self, before: dt.datetime) -> int:
        async with self.sql.tx() as tx:
            rows = await tx.all(
                f"SELECT id, status, data, ref, channel, user_id FROM cases WHERE status IN "
                f"({marks(len(rules.DONE_STATUSES))}) AND updated_at < ? AND channel IS NOT NULL",
                (*rules.DONE_STATUSES, before))
            people = {r[0]: (r[4], r[5]) for r in rows}
            plan = rules.retention_plan(rules.StoredCase(r[0], r[1], jload(r[2]), r[3])
                                        for r in rows)
            await self._apply(tx, plan, before, forget_person=True)
            for change in plan:
                await tx.run("DELETE FROM messages WHERE channel = ? AND user_id = ? AND at < ?",
                             (*people[change.case_id], before))
        if plan:
            await self._after_erasure()
        return len(plan)

    async def forget_unconsented(self, before: dt.datetime) -> int:
        """Conversations still waiting for the consent answer, untouched since before
        `before`, go, and the webhook events that carried their messages lose their
        words, as do those processed before `before` of one still at the question: a
        story typed before consent is kept at most 24 hours (the privacy notice)."""
        async with self.sql.tx() as tx:
            rows = await tx.all("SELECT channel, user_id FROM conversations WHERE state = ? "
                                "AND updated_at < ?", (CONSENT, before))
            for who in rows:
                await tx.run("DELETE FROM conversations WHERE channel = ? AND user_id = ? "
                             "AND state = ?", (*who, CONSENT))
                await _blank_events(tx, (who[0], who[1]))
            # one still writing at the question: what was typed more than 24 hours ago
            await tx.run("UPDATE inbox SET payload = '{}' WHERE processed_at < ? AND "
                         "payload <> '{}' AND EXISTS (SELECT 1 FROM conversations c WHERE "
                         "c.channel = inbox.channel AND c.user_id = inbox.user_id AND "
                         "c.state = ?)", (before, CONSENT))
        return len(rows)

    async def prune(self, before: dt.datetime) -> int:
        """Delete delivered (or given-up) outbox items and processed inbox events older
        than `before`: they hold message text and platform ids, kept no longer than
        needed to deduplicate redeliveries and to look into failures."""
        async with self.sql.tx() as tx:
            out = await tx.run("DELETE FROM outbox WHERE COALESCE(sent_at, failed_at) < ?",
                               (before,))
            inbox = await tx.run("DELETE FROM inbox WHERE processed_at < ?", (before,))
        if out + inbox:
            await self._after_erasure()
        return out + inbox


async def _blank_events(tx: Tx, who: tuple[str, str]) -> None:
    """The person's processed webhook events keep only their ids (a platform may
    redeliver one: it must still be known as done, not read again as new) until pruned;
    the payload, which carried the words, goes."""
    await tx.run("UPDATE inbox SET payload = '{}' WHERE channel = ? AND user_id = ? AND "
                 "processed_at IS NOT NULL", who)
