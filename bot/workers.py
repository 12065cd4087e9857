"""`python -m bot serve --workers N`: N server processes on one port (SO_REUSEPORT:
the kernel spreads connections over them), sharing one PostgreSQL database. This
parent only starts them, passes SIGINT/SIGTERM on, and restarts none: a process
manager (systemd, Kubernetes) restarts the whole group; a worker that dies loses
nothing (what it accepted is in the database, its claims expire).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from types import FrameType
from typing import TextIO

STOP_WAIT = 20.0  # seconds the workers get to finish before they are killed


def run_workers(count: int, host: str, port: int, stdout: TextIO) -> int:
    """Start `count` workers and wait for them; the exit code of the first to fail."""
    command = [sys.executable, "-m", "bot", "serve", "--host", host, "--port", str(port),
               "--reuse-port"]
    children = [subprocess.Popen(command) for _ in range(count)]
    print(f"Namjai: {count} server processes on http://{host}:{port}/ "
          f"(pids {', '.join(str(c.pid) for c in children)})", file=stdout, flush=True)

    def forward(signum: int, _frame: FrameType | None) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    code = 0
    try:
        while any(c.poll() is None for c in children):
            for child in children:
                if child.poll() not in (None, 0) and code == 0:
                    code = int(child.returncode or 1)
                    forward(signal.SIGTERM, None)  # one failed: stop the group
            time.sleep(0.2)
    finally:
        deadline = time.monotonic() + STOP_WAIT
        for child in children:
            try:
                child.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
    return code
