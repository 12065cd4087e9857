"""`python -m bot serve --workers N`: N processes on one port (PostgreSQL only)."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from bot.cli import main
from tests.bot.test_crash_recovery import ROOT, free_port

START_TIMEOUT = 300.0  # two processes load the knowledge base at once, on 2 shared cores


def test_workers_need_postgresql(monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("NAMJAI_DATABASE_URL", raising=False)
    assert main(["serve", "--workers", "2"], stdout=io.StringIO()) == 2
    assert "--workers needs PostgreSQL" in capsys.readouterr().err


def _children(pid: int) -> list[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(p) for p in text.split()]


async def test_two_workers_share_one_port(tmp_path: Path, pg_url: str) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "TELEGRAM_"))}
    env.update({"NAMJAI_DATABASE_URL": pg_url, "NAMJAI_PORT": str(port),
                "NAMJAI_HOST": "127.0.0.1"})
    log = tmp_path / "workers.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--workers", "2"],
                                cwd=ROOT, env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        healthy = False
        async with aiohttp.ClientSession() as http:
            while not healthy or len(listening := [
                    c for c in _children(proc.pid) if _listening(c, port)]) < 2:
                assert time.monotonic() < deadline, log.read_text()
                assert proc.poll() is None, log.read_text()
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        healthy = resp.status == 200
                except aiohttp.ClientConnectionError:
                    pass
                await asyncio.sleep(0.2)
        assert len(listening) == 2  # two processes, each listening on the one port
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0, log.read_text()


def _listening(pid: int, port: int) -> bool:
    """Whether process `pid` holds a listening socket on `port` (Linux /proc)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    for line in Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, state, inode = fields[1], fields[3], fields[9]
        if state == "0A" and int(local.split(":")[1], 16) == port and inode in inodes:
            return True
    return False
