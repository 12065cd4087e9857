"""Connections and the clients behind proxies.

- `forwarded_for(trusted)`: a middleware that believes X-Forwarded-For and
  X-Forwarded-Proto only from the trusted proxies (NAMJAI_TRUSTED_PROXIES), and then
  gives the request the client's address and scheme: `request.remote` (sign-in
  throttles, the audit) and `request.scheme` (the Secure cookie flag) are the client's.
  Without trusted proxies, both headers are ignored.
- `Guarded`: the server's protocol factory, with a cap on the connections open at once
  from one client address (trusted proxies exempt): one more is answered 503 and
  closed. Header reads end with aiohttp's keep-alive timeout (set to the header
  timeout: a connection whose request headers are not complete by then is closed);
  body reads with bot.channels.http.read_body's timeout.
"""

from __future__ import annotations

import asyncio
import collections
import ipaddress
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.settings import Network

log = logging.getLogger(__name__)
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _address(value: str | None) -> Address | None:
    if not value:
        return None
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1:value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def trusted_address(address: Address | None, trusted: tuple[Network, ...]) -> bool:
    return address is not None and any(address in network for network in trusted)


def client_of(peer: str | None, forwarded: list[str], proto: str | None,
              trusted: tuple[Network, ...]) -> tuple[str | None, str | None]:
    """The client's address and scheme: from the headers only when the peer is a
    trusted proxy; the X-Forwarded-For chain is read from the right, skipping trusted
    proxies, and the first other address is the client."""
    if not trusted_address(_address(peer), trusted):
        return peer, None
    client = peer
    for item in reversed([part for value in forwarded for part in value.split(",")]):
        address = _address(item)
        if address is None:
            break
        client = str(address)
        if not trusted_address(address, trusted):
            break
    scheme = (proto or "").split(",")[-1].strip().lower()
    return client, scheme if scheme in ("http", "https") else None


def forwarded_for(trusted: tuple[Network, ...]) -> Any:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if not trusted:
            return await handler(request)
        remote, scheme = client_of(request.remote, request.headers.getall("X-Forwarded-For", []),
                                   request.headers.get("X-Forwarded-Proto"), trusted)
        changes: dict[str, Any] = {}
        if remote and remote != request.remote:
            changes["remote"] = remote
        if scheme and scheme != request.scheme:
            changes["scheme"] = scheme
        return await handler(request.clone(**changes) if changes else request)

    return middleware


class Guarded:
    """A protocol factory around aiohttp's: at most `cap` connections from one client
    address at once."""

    def __init__(self, factory: Callable[[], asyncio.Protocol], cap: int,
                 trusted: tuple[Network, ...]) -> None:
        self.factory = factory
        self.cap = cap
        self.trusted = trusted
        self.open: collections.Counter[str] = collections.Counter()

    def __call__(self) -> asyncio.Protocol:
        return _Connection(self)


class _Connection(asyncio.Protocol):
    """Passes everything to aiohttp's protocol, once the connection is let in."""

    def __init__(self, guard: Guarded) -> None:
        self.guard = guard
        self.inner: asyncio.Protocol | None = None
        self.peer = ""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peername = transport.get_extra_info("peername")
        self.peer = str(peername[0]) if peername else ""
        exempt = trusted_address(_address(self.peer), self.guard.trusted)
        if not exempt and self.guard.open[self.peer] >= self.guard.cap:
            log.warning("a connection from %s refused: %d open already", self.peer,
                        self.guard.cap)
            if isinstance(transport, asyncio.WriteTransport):
                transport.write(_busy())
            transport.close()
            return
        self.guard.open[self.peer] += 1
        self.inner = self.guard.factory()
        self.inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.inner is None:
            return
        self.guard.open[self.peer] -= 1
        if self.guard.open[self.peer] <= 0:
            del self.guard.open[self.peer]
        self.inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.inner is not None:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.inner is not None else None

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()


def _busy() -> bytes:
    body = b'{"error": "too_many_connections", "detail": "too many open connections"}'
    return (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
            b"Connection: close\r\nContent-Length: " + str(len(body)).encode() +
            b"\r\n\r\n" + body)
