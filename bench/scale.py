"""Scaling benchmark: answered LINE messages per second, and server CPU per message,
for SQLite with 1 process, PostgreSQL with 1 process and PostgreSQL with 2 processes,
in one run on this machine.

Each configuration starts real `python -m bot serve` processes (a fresh SQLite file,
or a fresh PostgreSQL database `namjai_b_<pid>_<random>`, dropped at the end) with
their LINE API pointed at the fake LINE API of tests/bot/channels/line_fake.py, run
here; N signed text webhooks from 100 people go to them (at most 64 in flight,
spread evenly over the processes), and a message counts as answered when its reply
reached the fake. CPU is the servers' user + system time (/proc), not PostgreSQL's
(printed apart, from its backends on this database). It asserts nothing.
Run: .venv/bin/python bench/scale.py [--messages 600]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import hmac
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

import aiohttp  # noqa: E402
import asyncpg  # noqa: E402

from tests.bot.channels.line_fake import FakeLine, text_event, webhook_body  # noqa: E402

SECRET = "sca1e000000000000000000000000secret"
TOKEN = "scale+access/token0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK="
QUESTIONS = ["สวัสดีค่ะ", "ไม่มีตังค่ารถกลับบ้าน", "เบี้ยคนพิการได้เดือนละเท่าไหร่คะ",
             "เพิ่งพ้นโทษออกมา หางานได้ที่ไหน", "บัตรประชาชนหายทำยังไง", "ขอบคุณค่ะ"]
PEOPLE, IN_FLIGHT = 100, 64
POSTGRES = os.environ.get("NAMJAI_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
START_TIMEOUT, ANSWER_TIMEOUT = 120.0, 600.0


def signature(body: bytes) -> str:
    return base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Result:
    name: str
    processes: int
    messages: int
    seconds: float
    server_cpu: float
    postgres_cpu: float
    lost: int

    @property
    def rate(self) -> float:
        return (self.messages - self.lost) / self.seconds

    def line(self) -> str:
        pg = f"{1000 * self.postgres_cpu / self.messages:6.1f}" if self.postgres_cpu else "     -"
        return (f"{self.name:<14} {self.rate:8.1f} msg/s  server CPU "
                f"{1000 * self.server_cpu / self.messages:6.1f} ms/msg  PostgreSQL CPU {pg} "
                f"ms/msg  unanswered {self.lost}")


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(f"{POSTGRES}/postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _postgres_cpu(database: str) -> float:
    """CPU of the PostgreSQL backends connected to `database` (this run's only)."""
    conn = await asyncpg.connect(f"{POSTGRES}/postgres")
    try:
        pids = [r[0] for r in await conn.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1", database)]
    finally:
        await conn.close()
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):  # a backend that ended meanwhile
            total += cpu_seconds(pid)
    return total


def start(port: int, line_api: str, database: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "LINE_", "NAMJAI_"))}
    env.update({"NAMJAI_HOST": "127.0.0.1", "NAMJAI_PORT": str(port),
                "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
                "LINE_API_BASE_URL": line_api, "PYTHAINLP_OFFLINE": "1",
                "PYTHAINLP_READ_ONLY": "1", "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"})
    env["NAMJAI_DATABASE_URL" if database.startswith("postgresql") else "NAMJAI_DB"] = database
    return subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def wait_up(http: aiohttp.ClientSession, url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            async with http.get(url + "/healthz") as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientConnectionError:
            pass
        await asyncio.sleep(0.2)
    raise SystemExit("the server did not start")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def answered(fake: FakeLine, tokens: set[str]) -> int:
    return len({c.body.get("replyToken") for c in fake.calls
                if c.kind == "reply" and c.ok} & tokens)


async def run(name: str, processes: int, database: str, messages: int) -> Result:
    fake = FakeLine(TOKEN)
    await fake.start()
    ports = [free_port() for _ in range(processes)]
    procs = [start(p, fake.url, database) for p in ports]
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
            for url, proc in zip(urls, procs, strict=True):
                await wait_up(http, url, proc)
            tokens: set[str] = set()
            numbers = iter(range(messages))
            cpu0 = sum(cpu_seconds(p.pid) for p in procs)
            db_name = database.rsplit("/", 1)[1]
            pg0 = await _postgres_cpu(db_name) if database.startswith("postgresql") else 0.0

            async def sender() -> None:
                for n in numbers:
                    who = f"U{n % PEOPLE:032x}"
                    token = fake.issue_token(who)
                    tokens.add(token)
                    body = webhook_body(text_event(who, QUESTIONS[n % len(QUESTIONS)], token))
                    headers = {"X-Line-Signature": signature(body),
                               "Content-Type": "application/json"}
                    while True:  # a 503 is redelivered, as LINE does
                        async with http.post(urls[n % processes] + "/webhooks/line",
                                             data=body, headers=headers) as resp:
                            await resp.read()
                            if resp.status == 200:
                                break
                        await asyncio.sleep(0.1)

            started = time.monotonic()
            await asyncio.gather(*(sender() for _ in range(IN_FLIGHT)))
            deadline = started + ANSWER_TIMEOUT
            while answered(fake, tokens) < messages and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            seconds = time.monotonic() - started
            cpu = sum(cpu_seconds(p.pid) for p in procs) - cpu0
            pg = (await _postgres_cpu(db_name) - pg0) if database.startswith("postgresql") \
                else 0.0
            lost = messages - answered(fake, tokens)
    finally:
        for proc in procs:
            stop(proc)
        await fake.close()
    return Result(name, processes, messages, seconds, cpu, max(pg, 0.0), lost)


async def main(messages: int) -> None:
    print(f"load before: {os.getloadavg()[0]:.2f} (the machine is shared; 2 cores)")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(await run("SQLite x1", 1, str(Path(tmp) / "scale.db"), messages))
        print(results[-1].line(), flush=True)
    for processes in (1, 2):
        name = f"namjai_b_{os.getpid()}_{secrets.token_hex(4)}"
        await _admin(f'CREATE DATABASE "{name}"')
        try:
            results.append(await run(f"PostgreSQL x{processes}", processes,
                                     f"{POSTGRES}/{name}", messages))
            print(results[-1].line(), flush=True)
        finally:
            await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    one, two = results[1], results[2]
    print(f"PostgreSQL x2 / x1: {two.rate / one.rate:.2f}x (target >= 1.6x); "
          f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=600)
    asyncio.run(main(parser.parse_args().messages))
