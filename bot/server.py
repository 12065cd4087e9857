"""`python -m bot serve`: the web server's start and stop.

A start that cannot work ends at once with one line (StartError or the store's
error): the port is bound and the database opened and checked before the knowledge
base is loaded, and "running" is printed only once both are done. Ctrl+C (SIGINT)
and SIGTERM stop the server cleanly: open requests get `shutdown_timeout` seconds.
"""

from __future__ import annotations

import asyncio
import signal
import socket
from typing import TextIO

from aiohttp import web

from bot.channels.limits import Guarded
from bot.settings import Settings
from knowledge.errors import NamjaiError

SHUTDOWN_SECONDS = 3.0  # what open requests get at a stop


class StartError(NamjaiError):
    """The server cannot start (the port is taken, the address does not exist)."""


def listen(host: str, port: int, reuse_port: bool = False) -> socket.socket:
    """A listening socket on host:port (shared with other processes with `reuse_port`,
    as `serve --workers` does); StartError saying why not."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise StartError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
        sock.listen(128)
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        reason = "the port is in use" if exc.errno == 98 else exc.strerror or str(exc)
        raise StartError(f"cannot listen on {host}:{port}: {reason}") from None
    return sock


async def _until_stopped() -> None:
    """Until SIGTERM (SIGINT cancels the task: asyncio.run turns it into
    KeyboardInterrupt once everything is closed)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    try:
        await stop.wait()
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


async def serve(settings: Settings, stdout: TextIO, reuse_port: bool = False) -> None:
    from bot.app import create_app, store_only

    sock = listen(settings.host, settings.port, reuse_port)
    try:
        # a broken database fails before the slow part (loading the knowledge base)
        async with store_only(settings.database_url or settings.db):
            pass
        app = create_app(settings)
        # no access log: request lines carry web chat session ids, a person's only key
        # a connection whose request headers are not complete within the header timeout
        # is closed (aiohttp's keep-alive timer runs from the connection's start)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS,
                               keepalive_timeout=settings.header_timeout)
        await runner.setup()  # opens the store, starts the channels and the workers
        try:
            assert runner.server is not None
            guarded = Guarded(runner.server, settings.max_client_connections,
                              settings.trusted_proxies)
            listening = await asyncio.get_running_loop().create_server(guarded, sock=sock)
            host, port = sock.getsockname()[:2]
            print(f"Namjai is running: open http://{host}:{port}/ (Ctrl+C to stop)",
                  file=stdout, flush=True)
            try:
                await _until_stopped()
            finally:
                listening.close()
        finally:
            await runner.cleanup()
    finally:
        sock.close()
