"""The process costs of the matcher benchmark (bench/matcher.py): the load average,
resident memory, the cold start of `python -m bot ask` and the memory of a started
`python -m bot serve`."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f}/{five:.1f} on {os.cpu_count()} cores"


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cold_start() -> str:
    """Median wall time and CPU time (user + system) of `python -m bot ask x`."""
    import resource

    runs, cpus = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", "x"], cwd=ROOT, check=True,
                       capture_output=True)
        runs.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return (f"{statistics.median(runs):.2f} s wall, {statistics.median(cpus):.2f} s CPU "
            "(median of 3)")


def serve_rss() -> str:
    """RSS of `python -m bot serve` once it answers /healthz (its own SQLite file)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "NAMJAI_DB": f"{tmp}/bench.db"}
        proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port)],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            else:
                return "serve did not start"
            return f"{rss_mb(proc.pid):.0f} MB"
        finally:
            proc.terminate()
            proc.wait(timeout=30)
