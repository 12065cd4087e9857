"""The servers of the webhook benchmark (bench/webhook.py), each its own process:
`python -m bot serve` (optionally under cProfile on CPU time, for the measured window
only) and a bare aiohttp endpoint that only checks the signature and answers 200.
Run by start_server as `python bench/webhook_servers.py --bare-port P` or
`--serve-profiled FILE`."""

from __future__ import annotations

import argparse
import hmac
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

from aiohttp import web  # noqa: E402

from bench.load import signature as signed  # noqa: E402

SECRET = "b3nch0000000000000000000000secret"
TOKEN = "bench+access/token0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK="


def signature(body: bytes) -> str:
    return signed(SECRET, body)


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


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bare-port", type=int, default=None)
    parser.add_argument("--serve-profiled", default=None)
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse_args()
    if arguments.bare_port is not None:
        bare_server(arguments.bare_port)
    elif arguments.serve_profiled is not None:
        profiled_server(arguments.serve_profiled)
