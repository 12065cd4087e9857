"""Start and stop of the real `python -m bot` processes: a database that is corrupted,
a directory, unreadable or read-only, a port in use and a bad setting each end with one
clear line and a non-zero exit within 5 seconds; "running" only once the port is bound
and the database open; Ctrl+C stops `serve` and `chat`; `ask` at a terminal without
text prints its usage.

The 5 seconds are the process's own CPU time (on a machine shared by many, the wall
clock measures the neighbours too); a process that hangs uses none, so the wall clock
has a limit too, HANG, well past what a loaded machine needs to start Python."""

from __future__ import annotations

import io
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.cli.kb import ASK_USAGE

ROOT = Path(__file__).resolve().parents[2]
WITHIN = 5.0  # seconds of CPU from start (or from Ctrl+C) to exit
HANG = 30.0  # seconds of wall clock: a process still running then hangs
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1"}
for _name in ("NAMJAI_DB", "NAMJAI_PORT", "NAMJAI_HOST", "LINE_CHANNEL_SECRET",
              "TELEGRAM_BOT_TOKEN"):
    ENV.pop(_name, None)
# root reads and writes any file: without these capabilities it obeys the permissions
AS_USER = (["setpriv", "--bounding-set=-dac_override,-dac_read_search",
            "--inh-caps=-dac_override,-dac_read_search", "--"]
           if os.geteuid() == 0 and shutil.which("setpriv") else [])
COMMANDS = {
    "serve": ["serve", "--port", "0"],
    "chat": ["chat", "--jsonl"],
    "cases list": ["cases", "list"],
    "staff list": ["staff", "list"],
    "staff add": ["staff", "add", "somsri", "--role", "admin"],
}


def bot(*argv: str, env: dict[str, str] | None = None, stdin: str = "",
        timeout: float = HANG) -> tuple[int, str, str, float]:
    """Run `python -m bot ARGV`: exit code, output, errors and the CPU seconds it took."""
    before = children_cpu()
    proc = subprocess.Popen([*AS_USER, sys.executable, "-m", "bot", *argv], cwd=ROOT,
                            env={**ENV, **(env or {})}, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    return proc.returncode, out, err, children_cpu() - before


def children_cpu() -> float:
    """CPU seconds of this process's ended children (the kernel's record)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def running_cpu(pid: int) -> float:
    """CPU seconds a running child has used so far (its own and its ended children's)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(f) for f in fields[11:15])
    return (utime + stime + cutime + cstime) / os.sysconf("SC_CLK_TCK")


def ctrl_c_heard() -> None:
    """In the child, before it runs: Ctrl+C acts as at a terminal, even when the tests were
    started in the background (a shell's `&` ignores SIGINT, and children inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop_with_ctrl_c(proc: subprocess.Popen[str], before: float) -> tuple[str, float]:
    """Send Ctrl+C and wait for the end: its errors and the CPU seconds from the signal
    to the end (`before`: children_cpu() before the process started)."""
    at_signal = running_cpu(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=HANG)
    return err, children_cpu() - before - at_signal


def broken_db(tmp_path: Path, kind: str) -> Path:
    if kind == "corrupted":
        path = tmp_path / "namjai.db"
        path.write_bytes(b"this is not a database, just text that fills a page. " * 100)
    elif kind == "directory":
        path = tmp_path / "namjai.db"
        path.mkdir()
    elif kind == "unreadable":
        path = tmp_path / "namjai.db"
        path.write_bytes(b"")
        path.chmod(0)
    else:  # read-only: a real database, in a directory nobody may write to
        path = tmp_path / "ro" / "namjai.db"
        path.parent.mkdir()
        code, _, err, _ = bot("staff", "list", "--db", str(path), timeout=30)
        assert code == 0, err
        for name in path.parent.iterdir():
            name.chmod(0o444)
        path.parent.chmod(0o555)
    return path


def one_clear_line(err: str, *expected: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1, err
    assert "Traceback" not in err, err
    for text in expected:
        assert text in errors[0], err


# every command on a corrupted and a directory path; the permission cases take the same
# open path, so two commands check them
BROKEN = [(command, kind) for command in COMMANDS for kind in ("corrupted", "directory")] + \
    [(command, kind) for command in ("serve", "staff list") for kind in ("unreadable",
                                                                          "read-only")]


@pytest.mark.parametrize(("command", "kind"), BROKEN)
def test_a_broken_database_ends_every_command_with_one_line(
        tmp_path: Path, kind: str, command: str) -> None:
    path = broken_db(tmp_path, kind)
    try:
        code, out, err, took = bot(*COMMANDS[command], "--db", str(path),
                                   stdin="a-long-enough-password\n",
                                   env={"NAMJAI_DB": str(path)}) \
            if command != "serve" else bot(*COMMANDS[command], env={"NAMJAI_DB": str(path)})
    finally:
        for name in [path.parent, *path.parent.iterdir()]:
            name.chmod(0o755 if name.is_dir() else 0o644)
    assert code == 1, (code, err)
    assert took < WITHIN
    assert "running" not in out
    one_clear_line(err, "cannot open the database", str(path))


def test_serve_with_the_port_in_use_says_so_and_never_running(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err, took = bot("serve", "--port", str(port),
                                   env={"NAMJAI_DB": str(tmp_path / "n.db")})
    assert code == 1 and took < WITHIN
    assert out == ""
    one_clear_line(err, f"cannot listen on 127.0.0.1:{port}", "the port is in use")


@pytest.mark.parametrize(("name", "value", "says"), [
    ("NAMJAI_PORT", "eighty", "NAMJAI_PORT='eighty' is not a number"),
    ("NAMJAI_MAX_EVENT_AGE_MINUTES", "99999999", "NAMJAI_MAX_EVENT_AGE_MINUTES"),
    ("NAMJAI_TRUSTED_PROXIES", "10.0.0.1,not-an-ip", "'not-an-ip' is not an IP address"),
])
def test_serve_with_a_bad_setting_names_it(tmp_path: Path, name: str, value: str,
                                           says: str) -> None:
    code, out, err, took = bot("serve", env={name: value, "NAMJAI_DB": str(tmp_path / "n.db")})
    assert code == 2 and took < WITHIN and out == ""
    one_clear_line(err, says)


def test_serve_says_running_once_listening_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    before = children_cpu()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", "0"], cwd=ROOT,
                            env={**ENV, "NAMJAI_DB": str(tmp_path / "n.db")},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=ctrl_c_heard)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Namjai is running: open http://127.0.0.1:")
        port = int(line.split("127.0.0.1:")[1].split("/")[0])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert conn.recv(100).startswith(b"HTTP/1.1 200")  # bound, and the DB open
        assert (tmp_path / "n.db").exists()
        err, took = stop_with_ctrl_c(proc, before)  # from the signal to the end
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130 and took < WITHIN
    assert err.splitlines()[-1] == "stopped (Ctrl+C)" and "Traceback" not in err


def test_chat_stops_on_ctrl_c_while_waiting_for_input(tmp_path: Path) -> None:
    before = children_cpu()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "chat", "--db",
                             str(tmp_path / "n.db")], cwd=ROOT, env=ENV,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=ctrl_c_heard)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("น้ำใจ")  # the banner: it is running
        err, took = stop_with_ctrl_c(proc, before)  # stdin stays open
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130 and took < WITHIN
    assert "stopped (Ctrl+C)" in err and "Traceback" not in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_ask_at_a_terminal_without_text_prints_its_usage(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask"], stdin=Terminal(""), stdout=io.StringIO()) == 2
    assert capsys.readouterr().err == f"error: {ASK_USAGE}\n"
