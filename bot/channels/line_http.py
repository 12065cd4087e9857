"""The LINE SDK's HTTP session: the environment's proxy read once, and no per-request
look-ups of proxy variables and ~/.netrc (about 0.3 ms of CPU each)."""

from __future__ import annotations

import logging
import ssl
from typing import Any

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from yarl import URL

log = logging.getLogger(__name__)


def use_env_proxy(config: Any) -> None:
    """The proxy of the environment (HTTPS_PROXY, NO_PROXY, ...) for the LINE API, if any."""
    try:
        proxy, auth = get_env_proxy_for_url(URL(config.host))
    except LookupError:
        return
    config.proxy = str(proxy)
    if auth is not None:
        config.proxy_headers = {"Proxy-Authorization": auth.encode()}


async def without_env_lookups(client: Any, config: Any) -> None:
    """Swap the SDK's aiohttp session (trust_env=True reads the proxy variables and
    ~/.netrc again on every request: about 0.3 ms of CPU each) for one that does not;
    the proxy was read once by use_env_proxy. Another SDK layout keeps its session."""
    rest = getattr(client, "rest_client", None)
    old = getattr(rest, "pool_manager", None)
    if rest is None or not isinstance(old, aiohttp.ClientSession):
        log.warning("unexpected line-bot-sdk client layout: its HTTP session is kept")
        return
    context = ssl.create_default_context(cafile=config.ssl_ca_cert)
    connector = aiohttp.TCPConnector(limit=config.connection_pool_maxsize, ssl=context)
    rest.pool_manager = aiohttp.ClientSession(connector=connector, trust_env=False)
    await old.close()
