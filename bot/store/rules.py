"""Domain rules of storage in pure code, shared by every backend: what erasure keeps
and closes, what retention removes, the audit lines written with them, and which
case a handoff request belongs to. No I/O: the backends read the rows, ask these
functions what to write, and write it in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.cases.deadlines import DONE_STATUSES as FINISHED
from dialogs.types import ConversationKey

DONE_STATUSES = tuple(sorted(FINISHED))  # the queue's partial index (migration 3) agrees

# Case fields that survive erasure: needed for statistics, not identifying.
KEPT_ON_ERASE = ("ref", "eligible", "travellers", "estimated_aid", "amounts",
                 "current_province", "home_province")
# Tables whose rows are keyed by (channel, user_id) and all go on erasure.
PERSONAL_TABLES = ("conversations", "messages", "handoffs", "inbox", "outbox", "holds")
ERASED_NOTE = "(erased)"


@dataclass(frozen=True)
class StoredCase:
    """What the rules need of a stored case."""

    id: int
    status: str
    data: Mapping[str, Any]
    ref: str | None


@dataclass(frozen=True)
class CaseChange:
    """What erasure or retention does to one case: its new data (personal fields
    gone), a new status with its audit event when it was still open, and the ref
    whose queued alerts must go."""

    case_id: int
    data: dict[str, Any]
    ref: str | None
    close_from: str | None = None  # the status it had, when erasure closes it
    close_note: str = "the person erased their data"


def is_done(status: str) -> bool:
    return status in FINISHED


def scrubbed(data: Mapping[str, Any], retired: bool = False) -> dict[str, Any]:
    """A case's data without its person: only the statistical fields stay."""
    kept = {k: v for k, v in data.items() if k in KEPT_ON_ERASE}
    kept["erased"] = True
    if retired:
        kept["retired"] = True
    return kept


def erasure_plan(cases: Iterable[StoredCase]) -> list[CaseChange]:
    """A person erases their data: every case of theirs loses its personal fields,
    and an open one is closed (nobody can contact them about it any more). Staff
    notes (they may name the person) and queued alerts about the case go; who did
    what, when, from which status to which, stays for the audit."""
    return [CaseChange(c.id, scrubbed(c.data), c.ref,
                       close_from=None if is_done(c.status) else c.status)
            for c in cases]


def retention_plan(cases: Iterable[StoredCase]) -> list[CaseChange]:
    """Finished cases past the retention time lose their personal fields (as on
    erasure); cases still open or already erased are left alone."""
    return [CaseChange(c.id, scrubbed(c.data, retired=True), c.ref)
            for c in cases if is_done(c.status) and not c.data.get("erased")]


def erasure_audit(key: ConversationKey, cases_scrubbed: int) -> tuple[str, str, dict[str, Any]]:
    """(action, actor, detail) of the audit line an erasure writes: the channel, never
    the person's id."""
    return "erase", "person", {"channel": key.channel, "cases_scrubbed": cases_scrubbed}


def creation_note(kind: str) -> str:
    """The audit note of a new case's first event."""
    return ("created by the screening dialog" if kind == "screening"
            else "the person asked for a human")


def new_case_columns(case: Mapping[str, Any]) -> tuple[str, bool, dt.datetime, str,
                                                      dict[str, Any]]:
    """(status, urgent, due_at, kind, data) of a case a dialog created; raises KeyError
    when it has no due time."""
    due_at = dt.datetime.fromisoformat(case["due_at"])
    data = {k: v for k, v in case.items() if k not in ("status", "urgent", "due_at", "kind")}
    return (str(case.get("status", "received")), bool(case.get("urgent")), due_at,
            str(case.get("kind") or "screening"), data)


def handoff_case(new_case_id: int | None, cases: Iterable[tuple[int, str]]) -> int | None:
    """The case a handoff request belongs to: the case created with it, or else the
    person's latest open case (cases given as (id, status)), or none."""
    if new_case_id is not None:
        return new_case_id
    open_ids = [case_id for case_id, status in cases if not is_done(status)]
    return max(open_ids) if open_ids else None
