"""Officer queue benchmark on SQLite: cases created per second, and claim latency with
10 staff claiming at once.

Cases are created the way a finished screening creates them: one committed turn
holding the conversation state, the case, its first audit event and its alerts to
two staff chats. Then 10 staff members work the queue concurrently: each reads the
queue (urgent first, then by due time), claims the first case nobody holds, and
goes on; every claim is a compare-and-set with its audit event. Some claims lose
a race (someone else got the case first): they are counted and retried on the next
case, as a person at the console would.

Run: .venv/bin/python bench/queue.py [--cases N]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# this file's folder comes first on sys.path, and its name would shadow the standard
# library's `queue` (which aiosqlite imports): put the project root there instead
sys.path[0] = str(ROOT)

from bot.alerts import Alerts, targets_of  # noqa: E402
from bot.conversations import Conversations, new_case_ref  # noqa: E402
from bot.desk import Actor, Conflict, Desk  # noqa: E402
from bot.store import SQLiteStore, Turn  # noqa: E402
from dialogs.engine import Dialog  # noqa: E402
from dialogs.state import State  # noqa: E402
from dialogs.types import ConversationKey  # noqa: E402
from knowledge import Matcher, load_knowledge  # noqa: E402

STAFF = 10
PAGE = 50  # cases on one console page


def _case(n: int, now: dt.datetime) -> dict[str, object]:
    urgent = n % 4 == 0
    due = now + (dt.timedelta(hours=24) if urgent else dt.timedelta(days=15, minutes=n))
    return {"status": "received", "urgent": urgent, "due_at": due.isoformat(),
            "eligible": True, "ref": new_case_ref(), "name": f"คนที่ {n}",
            "phone": "0812345678", "current_province": "ชลบุรี", "home_province": "ขอนแก่น",
            "travellers": 1 + n % 3, "answers": {"no_fare": True}, "reasons": ["✓ ไม่มีค่ารถ"]}


async def create_cases(store: SQLiteStore, count: int) -> float:
    alerts = Alerts(targets_of("-1001", "C-staff", None))
    now = dt.datetime.now(dt.UTC)
    start = time.perf_counter()
    for n in range(count):
        key = ConversationKey("line", f"U{n:05d}")
        case = _case(n, now)
        await store.save_turn(Turn(key, State("done", {"consent": True}), now, new_case=case,
                                   outbox=alerts.new_case({**case, "channel": "line"})))
    return count / (time.perf_counter() - start)


async def claim_all(store: SQLiteStore, total: int) -> tuple[list[float], int]:
    kb = load_knowledge()
    desk = Desk(store, Conversations(store, Dialog(kb, Matcher(kb))))
    latencies: list[float] = []
    lost = 0

    async def staff(name: str, seed: int) -> None:
        nonlocal lost
        actor = Actor(name, "hotline")
        pick = random.Random(seed)
        while True:
            free = await store.open_cases(limit=PAGE, unclaimed=True)  # the console's list
            if not free:
                return
            start = time.perf_counter()
            try:  # a person takes one of the first few in the queue
                await desk.claim(actor, pick.choice(free[:5]).id)
            except Conflict:
                lost += 1
                continue
            finally:
                latencies.append((time.perf_counter() - start) * 1000)

    await asyncio.gather(*(staff(f"staff{n}", n) for n in range(STAFF)))
    claimed = [c for c in await store.open_cases(limit=total) if c.claimed_by is not None]
    assert len(claimed) == total, (len(claimed), total)
    return latencies, lost


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with SQLiteStore(Path(tmp) / "queue.db") as store:
            rate = await create_cases(store, count)
            print(f"cases created: {count} at {rate:,.0f} per second "
                  "(one committed turn each: state, case, audit event, 2 staff alerts)")
            latencies, lost = await claim_all(store, count)
            events = (await store.table_counts())["case_events"]
    print(f"claims with {STAFF} concurrent staff: {count} cases claimed, {lost} races lost "
          f"(told who has it), {events} audit events")
    print(f"claim latency: p50 {_pct(latencies, 0.5):.2f} ms  p99 {_pct(latencies, 0.99):.2f} ms"
          f"  mean {statistics.fmean(latencies):.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    asyncio.run(main(parser.parse_args().cases))
