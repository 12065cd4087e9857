"""Webhook benchmark: signed LINE text webhooks from many people through the real server.

Starts `python -m bot serve` (its own process, a fresh SQLite file) with its LINE API
pointed at the fake LINE API of tests/bot/channels/line_fake.py, run here on
127.0.0.1, and measures, for LINE text messages from 200 people:

1. throughput: N webhooks sent as fast as the server takes them (a bounded number in
   flight); answered messages per second = events whose reply reached the fake;
2. latency at a steady 100 messages per second: webhook sent -> reply at the fake,
   p50 and p99.

The same two loads then go to a bare aiohttp endpoint (its own process) that only
checks the signature and answers 200, and the ratio is printed. For both it prints
the server process's CPU time (user + system, from /proc) per answered message over
the flood, the steadier figure on a shared machine. It checks that every message
was answered exactly once (one accepted reply per reply token, no push) and in
order per person (a message accepted before the person's next one was sent is
answered first). A webhook the server does not answer 200 is sent again, as LINE
redelivers (up to 3 times, 1 s apart), and the refusals are printed with their error
code; the load uses at most 50 connections, the server's cap per client address
(NAMJAI_MAX_CLIENT_CONNECTIONS: LINE's deliveries come from several addresses).
Targets (issue 11): <= 2.0 ms of server CPU per answered message,
>= 3x the answered per second of before (145), p99 <= 50 ms at 100 messages per
second. It asserts nothing. Loopback only; every loop is bounded.
With `--profile`, the server runs under cProfile timed by CPU time (not wall time:
waiting is not counted) during the measured window only, and the 10 functions
with the most own CPU time are printed.
With `--varied`, the texts are drawn from the tuning set and ../shared/eval (about
300 questions, never the frozen set) instead of 8 fixed ones, so that caches of
repeated texts do not flatter the figures; the pool used is printed.
Run: .venv/bin/python bench/webhook.py [--messages 3000] [--varied] [--profile [F]]
[--server-log FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

import aiohttp  # noqa: E402

from bench.load import cpu_seconds, free_port, stop, wait_up  # noqa: E402
from bench.webhook_record import (  # noqa: E402
    Figures,
    Run,
    check_once_in_order,
    pct,
    replied_at,
)
from bench.webhook_servers import TOKEN, profile_summary, signature, start_server  # noqa: E402
from tests.bot.channels.line_bodies import text_event, webhook_body  # noqa: E402
from tests.bot.channels.line_fake import FakeLine  # noqa: E402

QUESTIONS = ["สวัสดีค่ะ", "ไม่มีตังค่ารถกลับบ้าน", "เบี้ยคนพิการได้เดือนละเท่าไหร่คะ",
             "เพิ่งพ้นโทษออกมา หางานได้ที่ไหน", "บัตรประชาชนหายทำยังไง", "ขอบคุณค่ะ",
             "คืนนี้ไม่มีที่นอน อยู่หมอชิต", "อยากกลับบ้านที่ขอนแก่น"]
VARIED = [ROOT / "tests" / "knowledge" / "data" / "faq-tune.tsv", ROOT.parent / "shared" / "eval",
          ROOT.parents[1] / "shared" / "eval"]  # never faq-frozen.tsv: it is reported
START_TIMEOUT = 90.0
ANSWER_TIMEOUT = 120.0
CONNECTIONS = 50  # at most, as the server allows one client address by default
REDELIVERIES = 3  # a webhook not answered 200 is sent again, as LINE does
REDELIVERY_WAIT = 1.0


def varied_pool() -> tuple[list[str], str]:
    """The questions of the tuning set and of ../shared/eval (the first column of each
    line), shuffled with a fixed seed, and where they came from."""
    files: list[Path] = []
    for place in VARIED:
        files += sorted(place.glob("*.tsv")) if place.is_dir() else [place] * place.exists()
    texts: dict[str, None] = {}
    counts = []
    for path in dict.fromkeys(files):
        lines = [line.split("\t")[0].strip() for line in path.read_text().splitlines()
                 if line.strip() and not line.startswith("#")]
        counts.append(f"{path.relative_to(path.parents[1])} {len(lines)}")
        texts.update(dict.fromkeys(t for t in lines if t))
    pool = list(texts)
    random.Random(11).shuffle(pool)
    return pool, f"varied: {len(pool)} distinct questions ({', '.join(counts)})"


def user(n: int) -> str:
    return f"U{n:032x}"


# -- the load ----------------------------------------------------------------------------


async def post_one(http: aiohttp.ClientSession, url: str, fake: FakeLine, run: Run,
                   n: int, users: int, texts: list[str]) -> None:
    who = user(n % users)
    token = fake.issue_token(who)
    text = texts[(n // users) % len(texts)] if texts is QUESTIONS else texts[n % len(texts)]
    body = webhook_body(text_event(who, text, token))
    headers = {"X-Line-Signature": signature(body), "Content-Type": "application/json"}
    run.person[token] = who
    run.sent_at[token] = time.monotonic()
    for attempt in range(REDELIVERIES + 1):  # LINE redelivers what was not acknowledged
        if attempt:
            await asyncio.sleep(REDELIVERY_WAIT)
        try:
            async with http.post(url + "/webhooks/line", data=body, headers=headers) as resp:
                answer = await resp.read()
                if resp.status == 200:
                    run.acked_at[token] = time.monotonic()
                    return
                why = f"{resp.status} {error_code(answer)}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            why = type(exc).__name__
        run.refused.setdefault(token, []).append(why)


def error_code(answer: bytes) -> str:
    """The `error` of the server's JSON error answer (too_many_connections, unavailable)."""
    try:
        data = json.loads(answer)
    except ValueError:
        return "?"
    return str(data.get("error", "?")) if isinstance(data, dict) else "?"


Send = Callable[[int], Coroutine[None, None, None]]


async def flood(send: Send, count: int, in_flight: int) -> None:
    """`count` sends, at most `in_flight` at once."""
    numbers = iter(range(count))

    async def worker() -> None:
        for n in numbers:
            await send(n)

    await asyncio.gather(*(worker() for _ in range(in_flight)))


async def paced(send: Send, count: int, rate: float, offset: int) -> None:
    """`count` sends at a steady `rate` per second (open loop: no waiting for answers)."""
    start = time.monotonic()
    tasks = []
    for i in range(count):
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(send(offset + i)))
    await asyncio.gather(*tasks)


async def wait_answered(fake: FakeLine, tokens: set[str]) -> None:
    deadline = time.monotonic() + ANSWER_TIMEOUT
    while time.monotonic() < deadline:
        if tokens <= replied_at(fake).keys():
            return
        await asyncio.sleep(0.05)


async def measure(kind: str, url: str, fake: FakeLine, args: argparse.Namespace,
                  pid: int) -> Figures:
    # the server answers 503 to more than 50 open connections from one address
    # (NAMJAI_MAX_CLIENT_CONNECTIONS); LINE's deliveries come from several
    connector = aiohttp.TCPConnector(limit=min(args.in_flight * 2, CONNECTIONS))
    async with aiohttp.ClientSession(connector=connector) as http:
        flood_run = Run({}, {})

        async def flood_send(n: int) -> None:
            await post_one(http, url, fake, flood_run, n, args.users, args.texts)

        if args.profile and kind == "namjai":
            os.kill(pid, signal.SIGUSR1)
        cpu0, own0 = cpu_seconds(pid), time.process_time()
        flood_run.started = time.monotonic()
        await flood(flood_send, args.messages, args.in_flight)
        flood_run.finished_sending = time.monotonic()
        if kind == "namjai":
            await wait_answered(fake, set(flood_run.sent_at))
            ends = replied_at(fake)
        else:
            ends = flood_run.acked_at
        done = [ends[t] for t in flood_run.sent_at if t in ends]
        wall = max(1e-9, max(done, default=0) - flood_run.started)
        throughput = len(done) / wall
        server_cpu, bench_cpu = cpu_seconds(pid) - cpu0, time.process_time() - own0

        steady = Run({}, {})

        async def steady_send(n: int) -> None:
            await post_one(http, url, fake, steady, n, args.users, args.texts)

        count = int(args.rate * args.seconds)
        await paced(steady_send, count, args.rate, offset=args.messages)
        if kind == "namjai":
            await wait_answered(fake, set(steady.sent_at))
            ends = replied_at(fake)
        else:
            ends = steady.acked_at
        if args.profile and kind == "namjai":
            os.kill(pid, signal.SIGUSR2)
        latencies = [(ends[t] - s) * 1000 for t, s in steady.sent_at.items() if t in ends]
        problems = (check_once_in_order(fake, [flood_run, steady], REDELIVERIES)
                    if kind == "namjai" else [])
        refusals = collections.Counter(why for run in (flood_run, steady)
                                       for whys in run.refused.values() for why in whys)
        return Figures(throughput, statistics.median(latencies) if latencies else float("nan"),
                       pct(latencies, 0.99), len(done), args.messages, wall, server_cpu,
                       bench_cpu, problems, dict(refusals))


async def bench(kind: str, args: argparse.Namespace) -> Figures:
    fake = FakeLine(TOKEN, token_ttl=600.0)
    await fake.start()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = start_server(kind, port, fake.url, Path(tmp) / "bench.db",
                            args.profile if kind == "namjai" else None,
                            args.server_log if kind == "namjai" else None)
        try:
            async with aiohttp.ClientSession() as http:
                await wait_up(http, f"http://127.0.0.1:{port}", proc, START_TIMEOUT)
            figures = await measure(kind, f"http://127.0.0.1:{port}", fake, args, proc.pid)
            if kind == "namjai":
                pushed = len(fake.of("push"))
                print(f"  (fake LINE: {len(fake.of('reply', ok=True))} replies, {pushed} pushes,"
                      f" {len(fake.of('loading'))} loading animations)")
        finally:
            stop(proc)
            await fake.close()
    return figures


def report(kind: str, f: Figures, args: argparse.Namespace) -> None:
    what = "answered" if kind == "namjai" else "acknowledged"
    print(f"{kind:6}  flood: {f.done}/{f.sent} {what}, {f.throughput:7.1f} msg/s "
          f"({args.in_flight} in flight, {args.users} users)")
    print(f"{kind:6}  flood CPU: server {f.server_cpu:.1f} s "
          f"({1000 * f.server_cpu / max(1, f.done):.2f} ms per message), load + fake LINE "
          f"{f.bench_cpu:.1f} s, in {f.flood_seconds:.1f} s on {os.cpu_count()} CPUs")
    print(f"{kind:6}  at {args.rate:.0f} msg/s for {args.seconds:.0f} s: webhook -> "
          f"{'reply' if kind == 'namjai' else '200'} p50 {f.p50_ms:6.1f} ms, "
          f"p99 {f.p99_ms:6.1f} ms")
    if f.refusals:
        print(f"{kind:6}  webhook attempts not acknowledged (sent again, as LINE does): "
              + ", ".join(f"{why} x{n}" for why, n in sorted(f.refusals.items())))
    if kind == "namjai":
        print(f"{kind:6}  answered exactly once, in order per person: "
              + ("yes" if not f.problems else "NO: " + "; ".join(f.problems)))


def per_message_ms(f: Figures) -> float:
    return 1000 * f.server_cpu / max(1, f.done)


async def main(args: argparse.Namespace) -> None:
    print(f"load before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min) "
          f"on {os.cpu_count()} CPUs")
    if args.varied:
        args.texts, pool = varied_pool()
    else:
        args.texts, pool = QUESTIONS, f"fixed: the {len(QUESTIONS)} questions of this file"
    print(f"message texts: {pool}; encoder {os.environ.get('NAMJAI_ENCODER', 'default')}")
    namjai = await bench("namjai", args)
    report("namjai", namjai, args)
    if args.profile:
        profile_summary(args.profile)
    bare = await bench("bare", args)
    report("bare", bare, args)
    print(f"ratio   namjai answered / bare acknowledged: {namjai.throughput / bare.throughput:.2f}"
          f"; server CPU per message namjai / bare: "
          f"{per_message_ms(namjai) / max(per_message_ms(bare), 1e-9):.1f}")
    print(f"targets: <= 2.0 ms server CPU per answered message: "
          f"{'met' if per_message_ms(namjai) <= 2.0 else 'MISSED'}; >= 435 answered msg/s "
          f"(3x 145): {'met' if namjai.throughput >= 435 else 'MISSED'}; p99 <= 50 ms at "
          f"100 msg/s: {'met' if namjai.p99_ms <= 50 else 'MISSED'}"
          + ("" if args.rate == 100 else f" (measured at {args.rate:.0f} msg/s)")
          + f"; once and in order: {'met' if not namjai.problems else 'MISSED'}")
    print(f"load after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min)")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=3000, help="webhooks in the flood")
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--in-flight", type=int, default=50)
    parser.add_argument("--rate", type=float, default=100.0, help="steady messages per second")
    parser.add_argument("--seconds", type=float, default=10.0, help="of the steady load")
    parser.add_argument("--profile", nargs="?", const="server.prof", default=None,
                        help="profile the server's CPU during the measured window into this "
                        "file (default server.prof) and print the top 10 functions")
    parser.add_argument("--varied", action="store_true",
                        help="draw the texts from the tuning set and ../shared/eval (a few "
                        "hundred questions) instead of 8 fixed ones, so that caches of "
                        "repeated texts do not flatter the figures")
    parser.add_argument("--server-log", default=None,
                        help="write the Namjai server's log (stdout and stderr) to this file")
    return parser.parse_args()


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
