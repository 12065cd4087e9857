"""The statement that claims due outbox items (bot.store.core.SqlStore.claim_outbox),
the same on SQLite and PostgreSQL."""

from __future__ import annotations

HELD_ERROR = "held by staff: not sent"

# an earlier item of the same person still waiting (backoff) or claimed by another
# sender holds back the later ones: a person's order holds
BLOCKED = ("EXISTS (SELECT 1 FROM outbox e WHERE e.channel = o.channel AND "
           "e.user_id = o.user_id AND e.id < o.id AND e.sent_at IS NULL AND "
           "e.failed_at IS NULL AND (e.next_attempt_at > ? OR (e.lease_until > ? "
           "AND e.claimed_by <> ?)))")
# the bot's items to a conversation staff hold are not sent (not even what was
# queued before the takeover): marked failed by the claim itself
HELD = ("(outbox.origin = 'bot' AND EXISTS (SELECT 1 FROM holds h WHERE "
        "h.channel = outbox.channel AND h.user_id = outbox.user_id))")


def claim_statement(fields: str, pending: str, not_skipped: str, postgres: bool) -> str:
    """UPDATE ... RETURNING `fields` and whether each row was claimed (true) or marked
    held (false). Parameters: owner, lease end, now (held items' failure time), now,
    now, owner, the skipped keys, now, now, owner, limit."""
    return ("UPDATE outbox SET claimed_by = ?, claims = claims + 1, "
            # COALESCE types the parameter as the column on PostgreSQL
            f"lease_until = CASE WHEN {HELD} THEN NULL ELSE COALESCE(?, lease_until) END, "
            f"attempts = CASE WHEN {HELD} THEN attempts + 1 ELSE attempts END, "
            f"last_error = CASE WHEN {HELD} THEN '{HELD_ERROR}' ELSE last_error END, "
            f"failed_at = CASE WHEN {HELD} THEN ? ELSE failed_at END "
            "WHERE id IN ("
            f"SELECT o.id FROM outbox o WHERE o.{pending.replace(' AND ', ' AND o.')} "
            "AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ? "
            f"OR o.claimed_by = ?){not_skipped} AND NOT {BLOCKED} ORDER BY o.id LIMIT ?"
            f"{' FOR UPDATE SKIP LOCKED' if postgres else ''}) "
            f"RETURNING {fields}, failed_at IS NULL")
