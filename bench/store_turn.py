"""Store benchmark: the store's side of one answered message, without HTTP or dialog.

For each message, as the pipeline does: accept the webhook event (committed), read
the person's pending events, load the conversation with its hold, save the turn
(state, two transcript lines, one reply in the outbox, the event marked processed),
then, as the sender does, claim the reply, check the hold, record the part sent and
mark it sent. `--people` people write at once (each person's messages in order).

Prints the process's CPU time (user + system, every thread: aiosqlite's too) per
message, the steadier figure on a shared machine. Asserts nothing.
Run: .venv/bin/python bench/store_turn.py [--messages 3000] [--people 50]
     [--database-url postgresql://...]   (default: a fresh SQLite file)
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = os.environ.get("NAMJAI_BENCH_ROOT", str(ROOT))  # another checkout to compare

from bot.store import Message, Outgoing, Store, Turn  # noqa: E402
from bot.store.factory import store_for  # noqa: E402
from dialogs.state import State  # noqa: E402
from dialogs.types import ConversationKey  # noqa: E402

LEASE = dt.timedelta(seconds=10)


async def load(store: Store, key: ConversationKey) -> State | None:
    if hasattr(store, "load_turn"):
        state, _ = await store.load_turn(key)
        return state
    await store.hold(key)  # before load_turn: two reads
    return await store.load(key)


async def message(store: Store, key: ConversationKey, n: str) -> None:
    now = dt.datetime.now(dt.UTC)
    await store.accept(f"{key.user_id}-{n}", key, {"text": "สวัสดีค่ะ"}, now)
    for item in await store.pending_inbox(key=key):
        state = await load(store, key) or State()
        turn = Turn(key, State("idle", {**state.data, "n": n}), now,
                    (Message("in", "สวัสดีค่ะ", now), Message("out", "สวัสดีค่ะ ยินดีค่ะ", now)),
                    inbox_id=item.id, outbox=(Outgoing(f"r-{key.user_id}-{n}", {"x": 1}),))
        await store.save_turn(turn)
    for out in await store.claim_outbox(key.user_id, now, LEASE, skip=frozenset()):
        await store.hold(out.key)
        await store.outbox_progress(out.id, 1)
        await store.outbox_sent(out.id, now)


async def person(store: Store, key: ConversationKey, count: int, phase: str) -> None:
    for n in range(count):
        await message(store, key, f"{phase}{n}")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = store_for(args.database_url or str(Path(tmp) / "bench.db"))
        await store.open()
        try:
            per = args.messages // args.people
            keys = [ConversationKey("line", f"U{p:04d}") for p in range(args.people)]
            await asyncio.gather(*(person(store, k, 2, "w") for k in keys))  # warm up
            cpu, wall = time.process_time(), time.perf_counter()
            await asyncio.gather(*(person(store, k, per, "m") for k in keys))
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        finally:
            await store.close()
    total = per * args.people
    print(f"store turn: {total} messages, {args.people} people at once: "
          f"{1000 * cpu / total:.3f} ms CPU per message (all threads), "
          f"{total / wall:.0f} msg/s wall; load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
