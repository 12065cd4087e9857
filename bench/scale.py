"""Scaling benchmark: answered LINE messages per second and CPU per message, for
SQLite with 1 process, PostgreSQL with 1 process and PostgreSQL with 2 processes, in
one run on this machine.

Each configuration starts real `python -m bot serve` processes (a fresh SQLite file,
or a fresh PostgreSQL database `namjai_b_<pid>_<random>`, dropped at the end) with
their LINE API pointed at the cheap fake of bench/load.py, run here. N text webhooks
from 100 people, signed before the clock starts, go to them (at most 64 in flight,
spread evenly over the processes); a message counts as answered when its reply
reached the fake. It prints, per answered message, the CPU time (/proc, user +
system) of the servers, of this configuration's PostgreSQL backends, and of this
load process (driver and fake), and their sum; from them, the most an idle machine
of C cores could answer (C / sum, and at most one core per server process: asyncio)
and the ratio of those bounds for PostgreSQL x2 / x1, which a loaded shared machine
cannot measure by wall clock. For PostgreSQL it also samples, every 100 ms, what
the database's backends wait for (pg_stat_activity: the client, a lock, WAL, ...),
which advisory lock the queued ones wait for (the outbox claims' or a person's),
and counts commits per message (pg_stat_database): what keeps two processes from
scaling. It asserts nothing.
Run: .venv/bin/python bench/scale.py [--messages 600]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import os
import secrets
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

import aiohttp  # noqa: E402
import asyncpg  # noqa: E402

from bench.load import (  # noqa: E402
    CheapLine,
    answered,
    cpu_seconds,
    flood,
    free_port,
    own_cpu,
    presign,
    server_env,
    start_server,
    stop,
    wait_up,
)

SECRET = "sca1e000000000000000000000000secret"
TOKEN = "scale+access/token0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK="
QUESTIONS = ["สวัสดีค่ะ", "ไม่มีตังค่ารถกลับบ้าน", "เบี้ยคนพิการได้เดือนละเท่าไหร่คะ",
             "เพิ่งพ้นโทษออกมา หางานได้ที่ไหน", "บัตรประชาชนหายทำยังไง", "ขอบคุณค่ะ"]
PEOPLE, IN_FLIGHT = 100, 64
POSTGRES = os.environ.get("NAMJAI_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
ANSWER_TIMEOUT = 600.0
SAMPLE = 0.1  # seconds between looks at what the PostgreSQL backends wait for
CORES = os.cpu_count() or 1


@dataclass
class Result:
    name: str
    processes: int
    messages: int
    seconds: float = 0.0
    server_cpu: float = 0.0
    postgres_cpu: float = 0.0
    load_cpu: float = 0.0
    lost: int = 0
    pushes: int = 0
    repeats: int = 0
    commits: int = 0
    waits: collections.Counter[str] = field(default_factory=collections.Counter)
    samples: int = 0

    @property
    def rate(self) -> float:
        return (self.messages - self.lost) / self.seconds

    def ms(self, cpu: float) -> float:
        return 1000 * cpu / max(1, self.messages - self.lost)

    @property
    def total_ms(self) -> float:
        return self.ms(self.server_cpu + self.postgres_cpu + self.load_cpu)

    @property
    def bound(self) -> float:
        """The most messages per second on an idle machine with these CPU costs: each
        server process uses one core at most (asyncio), and all of it, PostgreSQL and
        the load share the machine's cores."""
        return min(1000 * self.processes / self.ms(self.server_cpu),
                   1000 * CORES / self.total_ms)

    def lines(self) -> list[str]:
        out = [f"{self.name:<14} {self.rate:7.1f} msg/s  CPU ms/msg: servers "
               f"{self.ms(self.server_cpu):5.2f}, PostgreSQL {self.ms(self.postgres_cpu):5.2f}, "
               f"driver+fake {self.ms(self.load_cpu):5.2f}, sum {self.total_ms:5.2f} "
               f"(bound on an idle {CORES}-core machine {self.bound:6.1f} msg/s); "
               f"unanswered {self.lost}, pushes {self.pushes}, reply tokens used twice "
               f"{self.repeats}"]
        if self.samples:
            busy = ", ".join(f"{name} {count / self.samples:.2f}"
                             for name, count in self.waits.most_common(8))
            out.append(f"{'':<14} commits/msg {self.commits / max(1, self.messages):.1f}; "
                       f"backends waiting, average over {self.samples} looks: {busy}")
        return out


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(f"{POSTGRES}/postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


class PgWatch:
    """This configuration's PostgreSQL backends: their CPU (/proc), commits and what
    they wait for, on one monitoring connection (its own CPU is not counted)."""

    def __init__(self, database: str) -> None:
        self.database = database
        self.conn: asyncpg.Connection | None = None
        self.cpu: dict[int, float] = {}  # backend pid -> CPU seconds at the start
        self.ended = 0.0  # CPU of backends seen at the start that ended meanwhile

    async def __aenter__(self) -> PgWatch:
        self.conn = await asyncpg.connect(f"{POSTGRES}/postgres")
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.conn is not None:
            await self.conn.close()

    async def _backends(self) -> dict[int, float]:
        assert self.conn is not None
        pids = [r[0] for r in await self.conn.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
            self.database)]
        found = {}
        for pid in pids:
            with contextlib.suppress(OSError):  # a backend that ended meanwhile
                found[pid] = cpu_seconds(pid)
        return found

    async def commits(self) -> int:
        assert self.conn is not None
        row = await self.conn.fetchrow(
            "SELECT xact_commit FROM pg_stat_database WHERE datname = $1", self.database)
        return int(row[0]) if row else 0

    async def start(self) -> None:
        self.cpu = await self._backends()

    async def used(self) -> float:
        now = await self._backends()
        return sum(cpu - self.cpu.get(pid, 0.0) for pid, cpu in now.items())

    async def sample(self, result: Result, until: asyncio.Event) -> None:
        assert self.conn is not None
        while not until.is_set():
            rows = await self.conn.fetch(
                "SELECT COALESCE(wait_event_type, 'CPU') || ':' || COALESCE(wait_event, "
                "state) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() "
                "AND state <> 'idle'", self.database)
            result.samples += 1
            result.waits.update(r[0] for r in rows)
            # advisory locks: the outbox claims' (7305, 1) or a person's
            locks = await self.conn.fetch(
                "SELECT CASE WHEN classid = 7305 AND objid = 1 AND objsubid = 2 THEN "
                "'claim-lock' ELSE 'person-lock' END FROM pg_locks WHERE locktype = "
                "'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database "
                "WHERE datname = $1)", self.database)
            result.waits.update(f"queued:{r[0]}" for r in locks)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(until.wait(), SAMPLE)


async def run(name: str, processes: int, database: str, messages: int) -> Result:
    result = Result(name, processes, messages)
    line = CheapLine()
    await line.start()
    ports = [free_port() for _ in range(processes)]
    setting = "NAMJAI_DATABASE_URL" if database.startswith("postgresql") else "NAMJAI_DB"
    procs = [start_server(server_env(p, SECRET, TOKEN, line.url, **{setting: database}))
             for p in ports]
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    postgres = database.startswith("postgresql")
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http, \
                PgWatch(database.rsplit("/", 1)[1]) as pg:
            for url, proc in zip(urls, procs, strict=True):
                await wait_up(http, url, proc)
            hooks = presign(SECRET, QUESTIONS, messages, PEOPLE)
            tokens = {h.token for h in hooks}
            cpu0, load0 = sum(cpu_seconds(p.pid) for p in procs), own_cpu()
            if postgres:
                await pg.start()
                commits0 = await pg.commits()
            done = asyncio.Event()
            sampler = asyncio.create_task(pg.sample(result, done)) if postgres else None
            started = time.monotonic()
            await flood(enumerate(hooks), lambda n: ('127.0.0.1', ports[n % processes]),
                        IN_FLIGHT)
            got = await answered(line, tokens, started + ANSWER_TIMEOUT)
            result.seconds = time.monotonic() - started
            result.server_cpu = sum(cpu_seconds(p.pid) for p in procs) - cpu0
            done.set()
            if sampler is not None:
                await sampler
                result.postgres_cpu = max(0.0, await pg.used())
                result.commits = await pg.commits() - commits0
            result.load_cpu = own_cpu() - load0
            result.lost, result.pushes, result.repeats = messages - got, line.pushes, \
                line.repeats
    finally:
        for proc in procs:
            stop(proc)
        await line.close()
    return result


async def main(messages: int) -> None:
    print(f"load before: {os.getloadavg()[0]:.2f} ({CORES} cores; the machine may be shared)")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(await run("SQLite x1", 1, str(Path(tmp) / "scale.db"), messages))
        print("\n".join(results[-1].lines()), flush=True)
    for processes in (1, 2):
        name = f"namjai_b_{os.getpid()}_{secrets.token_hex(4)}"
        await _admin(f'CREATE DATABASE "{name}"')
        try:
            results.append(await run(f"PostgreSQL x{processes}", processes,
                                     f"{POSTGRES}/{name}", messages))
            print("\n".join(results[-1].lines()), flush=True)
        finally:
            await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    one, two = results[1], results[2]
    print(f"PostgreSQL x2 / x1: {two.rate / one.rate:.2f}x measured (target >= 1.6x; "
          f"meaningless on a loaded machine), {two.bound / one.bound:.2f}x bound by the CPU "
          f"costs on an idle one; load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=600)
    asyncio.run(main(parser.parse_args().messages))
