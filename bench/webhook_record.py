"""What a run of the webhook benchmark (bench/webhook.py) recorded, the figures it
reports, and the check that every message was answered exactly once and in order per
person, from the fake LINE API's record of calls."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from tests.bot.channels.line_fake import FakeLine


@dataclass
class Run:
    sent_at: dict[str, float]  # reply token -> when its webhook was sent
    acked_at: dict[str, float]  # reply token -> when the server answered 200
    person: dict[str, str] = field(default_factory=dict)  # reply token -> LINE user id
    # reply token -> why each refused attempt failed (status or error)
    refused: dict[str, list[str]] = field(default_factory=dict)
    started: float = 0.0
    finished_sending: float = 0.0


def replied_at(fake: FakeLine) -> dict[str, float]:
    """Reply token -> when the first reply with it reached the fake (accepted)."""
    seen: dict[str, float] = {}
    for call in fake.calls:
        token = call.body.get("replyToken") if call.kind == "reply" and call.ok else None
        if isinstance(token, str) and token not in seen:
            seen[token] = call.at
    return seen


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass(frozen=True)
class Figures:
    throughput: float  # answered (namjai) or acknowledged (bare) per second
    p50_ms: float
    p99_ms: float
    done: int
    sent: int
    flood_seconds: float  # wall time of the flood, first send to last answer
    server_cpu: float  # CPU seconds the server used during the flood
    bench_cpu: float  # CPU seconds this process (load + fake LINE) used during the flood
    problems: list[str]  # messages not answered exactly once, or out of order
    refusals: dict[str, int]  # why webhook attempts were not acknowledged -> how often


def check_once_in_order(fake: FakeLine, runs: list[Run], redeliveries: int) -> list[str]:
    """Every sent message answered by exactly one accepted reply (and nothing pushed),
    and per person: a message acknowledged before the person's next one was sent is
    answered before it."""
    problems: list[str] = []
    replies: dict[str, list[float]] = {}
    for call in fake.of("reply", ok=True):
        token = call.body.get("replyToken")
        if isinstance(token, str):
            replies.setdefault(token, []).append(call.at)
    pushes = len(fake.of("push"))
    if pushes:
        problems.append(f"{pushes} pushes (a reply failed or came twice)")
    sent = {t: s for run in runs for t, s in run.sent_at.items()}
    acked = {t: a for run in runs for t, a in run.acked_at.items()}
    person = {t: p for run in runs for t, p in run.person.items()}
    never = [t for t in sent if t not in acked]
    if never:
        problems.append(f"{len(never)} never acknowledged after {redeliveries} redeliveries")
    lost = sum(not replies.get(t) for t in acked)
    twice = sum(len(replies.get(t, ())) > 1 for t in sent)
    if lost or twice:
        problems.append(f"{lost} acknowledged but unanswered, {twice} answered more than once")
    by_person: dict[str, list[str]] = {}
    for token in sorted(sent, key=sent.__getitem__):
        by_person.setdefault(person[token], []).append(token)
    late = 0
    for tokens in by_person.values():
        for a, b in itertools.pairwise(tokens):
            if a in acked and acked[a] < sent[b] and replies.get(a) and replies.get(b) \
                    and replies[a][0] > replies[b][0]:
                late += 1
    if late:
        problems.append(f"{late} messages answered before an earlier one of the same person")
    return problems
