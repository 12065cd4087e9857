from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]


class ConsoleBot:
    """`python -m bot chat --jsonl` in a real process on a real SQLite file."""

    def __init__(self, db: Path, user: str) -> None:
        self.db, self.user = db, user
        self.proc: subprocess.Popen[str] | None = None
        self.start()

    def start(self) -> None:
        env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat", "--jsonl", "--user", self.user,
             "--db", str(self.db)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8")

    def say(self, message: str | dict[str, Any]) -> list[dict[str, Any]]:
        assert self.proc and self.proc.stdin and self.proc.stdout
        line = message if isinstance(message, str) else json.dumps(message, ensure_ascii=False)
        self.proc.stdin.write(line.replace("\n", " ") + "\n")
        self.proc.stdin.flush()
        out = self.proc.stdout.readline()
        assert out, self.proc.stderr.read() if self.proc.stderr else "no output"
        replies: list[dict[str, Any]] = json.loads(out)["replies"]
        return replies

    def text(self, message: str | dict[str, Any]) -> str:
        return "\n".join(r["text"] for r in self.say(message))

    def kill(self) -> None:
        assert self.proc
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def close(self) -> None:
        if self.proc and self.proc.poll() is None:
            assert self.proc.stdin
            self.proc.stdin.close()
            self.proc.wait(timeout=20)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "namjai.db"


@pytest.fixture
def bot(db: Path) -> Iterator[ConsoleBot]:
    b = ConsoleBot(db, "u1")
    yield b
    b.close()


def cases(db: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1"}
    proc = subprocess.run([sys.executable, "-m", "bot", "cases", "list", "--json", "--db",
                           str(db)], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    result: list[dict[str, Any]] = json.loads(proc.stdout)
    return result
