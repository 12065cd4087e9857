"""Delivery counts for the metrics, around a channel's `deliver`, as the sender sees
them: sent; retried (the sender will try again); given up (never retried: the
person blocked the bot, the platform refused the message, or the attempts ran out).
The sender (bot.pipeline) stays as it is: the pipeline's channels are wrapped."""

from __future__ import annotations

from collections.abc import Sequence

from aiohttp import web

from bot.channels.base import BadRequest, Blocked, Channel, Progress, RateLimited
from bot.metrics import Metrics
from bot.pipeline import MAX_ATTEMPTS
from bot.store import OutboxItem


class MeteredChannel:
    def __init__(self, channel: Channel, metrics: Metrics) -> None:
        self.channel = channel
        self.name = channel.name
        self._metrics = metrics

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return self.channel.routes()

    async def start(self) -> None:
        await self.channel.start()

    async def stop(self) -> None:
        await self.channel.stop()

    async def deliver(self, item: OutboxItem, progress: Progress) -> None:
        try:
            await self.channel.deliver(item, progress)
        except (Blocked, BadRequest):
            self._metrics.delivery(self.name, "given_up")
            raise
        except RateLimited:
            self._metrics.delivery(self.name, "retried")  # the sender always waits and retries
            raise
        except Exception:
            last = item.attempts + 1 >= MAX_ATTEMPTS
            self._metrics.delivery(self.name, "given_up" if last else "retried")
            raise
        self._metrics.delivery(self.name, "sent")
