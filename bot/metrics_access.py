"""Who may read `/metrics`: a client on this machine (loopback), or anyone with the
bearer token of NAMJAI_METRICS_TOKEN.

The address is the TCP peer of the connection, never a header a client can write.
A request that came through a proxy (it carries Forwarded or X-Forwarded-For) is
not taken as local even when the proxy runs on this machine: behind a reverse
proxy, scrapers need the token.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Mapping

from aiohttp import web

PROXY_HEADERS = ("Forwarded", "X-Forwarded-For", "X-Real-IP")


def is_loopback(peer: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback; False for anything else,
    including a missing or unparsable address (a Unix socket has no IP peer)."""
    if not peer:
        return False
    try:
        address = ipaddress.ip_address(peer.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def token_ok(header: str | None, token: str | None) -> bool:
    if not token or not header:
        return False
    scheme, _, given = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(),
                                                              token.encode())


def may_read(peer: str | None, headers: Mapping[str, str], token: str | None) -> bool:
    """The decision: a direct loopback peer, or the right bearer token."""
    proxied = any(headers.get(h) for h in PROXY_HEADERS)
    return (is_loopback(peer) and not proxied) or token_ok(headers.get("Authorization"), token)


def allowed(request: web.Request, token: str | None) -> bool:
    peername = request.transport.get_extra_info("peername") if request.transport else None
    peer = peername[0] if isinstance(peername, tuple | list) and peername else None
    return may_read(peer, request.headers, token)
