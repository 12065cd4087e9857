"""The staff console: server-rendered pages at /console and the JSON API at /api/."""

from __future__ import annotations

from collections.abc import Sequence

from aiohttp import web

from bot.desk import Desk
from bot.events import Hub


class Console:
    """Placeholder until the console lands: no routes."""

    def __init__(self, desk: Desk, hub: Hub, *, cookie_secure: bool | None = None) -> None:
        self.desk = desk
        self.hub = hub
        self.cookie_secure = cookie_secure

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return []

    async def stop(self) -> None:
        """Close live streams."""
