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
import hmac
import itertools
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from bench.load import cpu_seconds, free_port, stop, wait_up  # noqa: E402
from bench.load import signature as signed  # noqa: E402
from tests.bot.channels.line_fake import FakeLine, text_event, webhook_body  # noqa: E402

SECRET = "b3nch0000000000000000000000secret"
TOKEN = "bench+access/token0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK="
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


def signature(body: bytes) -> str:
    return signed(SECRET, body)


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


# -- the servers under test --------------------------------------------------------------


def start_server(kind: str, port: int, line_api: str, db: Path,
                 profile: str | None, log_to: str | None = None) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LINE_"))}
    env.update({"NAMJAI_DB": str(db), "NAMJAI_HOST": "127.0.0.1", "NAMJAI_PORT": str(port),
                "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
                "LINE_API_BASE_URL": line_api, "PYTHAINLP_OFFLINE": "1",
                "PYTHAINLP_READ_ONLY": "1", "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"})
    if kind == "bare":
        command = [sys.executable, __file__, "--bare-port", str(port)]
    elif profile:
        command = [sys.executable, __file__, "--serve-profiled", profile]
    else:
        command = [sys.executable, "-m", "bot", "serve"]
    log = open(log_to, "wb") if log_to else subprocess.DEVNULL  # noqa: SIM115
    try:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    finally:
        if log_to:
            log.close()  # type: ignore[union-attr]


def bare_server(port: int) -> None:
    """Only checks the signature and answers 200 (the floor of any webhook server)."""

    async def hook(request: web.Request) -> web.Response:
        body = await request.read()
        given = request.headers.get("X-Line-Signature", "")
        if not hmac.compare_digest(signature(body).encode(), given.encode()):
            return web.Response(status=401)
        return web.Response(text="ok")

    async def health(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application(client_max_size=1024 * 1024)
    app.router.add_post("/webhooks/line", hook)
    app.router.add_get("/healthz", health)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def profiled_server(path: str) -> None:
    """`python -m bot serve` with cProfile on CPU time, on between SIGUSR1 and SIGUSR2
    (the measured window); the statistics are written to `path` at SIGUSR2."""
    import cProfile

    from bot.cli import main as bot_main

    profiler = cProfile.Profile(time.process_time)

    def on(_signum: int, _frame: object) -> None:
        profiler.enable()

    def off(_signum: int, _frame: object) -> None:
        profiler.disable()
        profiler.dump_stats(path)

    signal.signal(signal.SIGUSR1, on)
    signal.signal(signal.SIGUSR2, off)
    bot_main(["serve"])


def profile_summary(path: str, top: int = 10) -> None:
    """The `top` functions by own CPU time in the server's profile."""
    import pstats

    if not Path(path).exists():
        print(f"  (no profile written to {path})")
        return
    stats = pstats.Stats(path)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]
    print(f"profile: server CPU in the window {total:.2f} s; top {top} by own CPU time "
          f"(written to {path}):")
    for (file, line, name), (_cc, calls, own, cum, _callers) in rows[:top]:
        where = name if file == "~" else f"{Path(file).name}:{line}({name})"
        print(f"  {own:6.2f} s {100 * own / max(total, 1e-9):5.1f}%  cum {cum:6.2f} s  "
              f"{calls:8d} calls  {where}")


# -- the load ----------------------------------------------------------------------------


@dataclass
class Run:
    sent_at: dict[str, float]  # reply token -> when its webhook was sent
    acked_at: dict[str, float]  # reply token -> when the server answered 200
    person: dict[str, str] = field(default_factory=dict)  # reply token -> LINE user id
    # reply token -> why each refused attempt failed (status or error)
    refused: dict[str, list[str]] = field(default_factory=dict)
    started: float = 0.0
    finished_sending: float = 0.0


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


def replied_at(fake: FakeLine) -> dict[str, float]:
    """Reply token -> when the first reply with it reached the fake (accepted)."""
    seen: dict[str, float] = {}
    for call in fake.calls:
        token = call.body.get("replyToken") if call.kind == "reply" and call.ok else None
        if isinstance(token, str) and token not in seen:
            seen[token] = call.at
    return seen


async def wait_answered(fake: FakeLine, tokens: set[str]) -> None:
    deadline = time.monotonic() + ANSWER_TIMEOUT
    while time.monotonic() < deadline:
        if tokens <= replied_at(fake).keys():
            return
        await asyncio.sleep(0.05)


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


def check_once_in_order(fake: FakeLine, runs: list[Run]) -> list[str]:
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
        problems.append(f"{len(never)} never acknowledged after {REDELIVERIES} redeliveries")
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
        problems = check_once_in_order(fake, [flood_run, steady]) if kind == "namjai" else []
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
    parser.add_argument("--bare-port", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--serve-profiled", default=None, help=argparse.SUPPRESS)
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse_args()
    if arguments.bare_port is not None:
        bare_server(arguments.bare_port)
    elif arguments.serve_profiled is not None:
        profiled_server(arguments.serve_profiled)
    else:
        asyncio.run(main(arguments))
