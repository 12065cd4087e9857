"""LINE's loading animation ("typing..."), only for an answer that is slow.

Each text or choice the channel accepted sets a timer (not a task: most never show);
when it fires and no answer reached the chat since the message came, the animation is
started in the background. At most LOADING_RATE a second are started (bursts of
LOADING_BURST): under a backlog most answers are late, and their own calls to LINE
go first.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

LOADING_DELAY = 1.0  # seconds: shown only when no answer went out by then
LOADING_RATE = 5.0  # animations started per second at most, in the long run
LOADING_BURST = 10.0


class Loading:
    def __init__(self, show: Callable[[str], Coroutine[Any, Any, None]],
                 answered: Mapping[str, float], delay: float = LOADING_DELAY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """`show(chat_id)` starts the animation; `answered`: chat id -> `clock()` (by
        default time.monotonic) of its latest answer."""
        self._show = show
        self._clock = clock
        self._answered = answered
        self.delay = delay
        self._calls: set[asyncio.Task[None]] = set()
        self._timers: dict[int, asyncio.TimerHandle] = {}  # not yet due
        self._numbers = itertools.count()
        self._settled = asyncio.Event()
        self._settled.set()
        self._tokens, self._filled = LOADING_BURST, clock()

    def later(self, chat_id: str) -> None:
        """The animation for a message accepted now, if it is not answered in time."""
        self._settled.clear()
        number = next(self._numbers)
        self._timers[number] = asyncio.get_running_loop().call_later(
            self.delay, self._due, number, chat_id, self._clock())

    def _due(self, number: int, chat_id: str, asked: float) -> None:
        self._timers.pop(number, None)
        if self._answered.get(chat_id, -1.0) < asked and self._take():
            task = asyncio.create_task(self._show(chat_id))
            self._calls.add(task)
            task.add_done_callback(self._done)
        self._check_settled()

    def _take(self) -> bool:
        """A token of the rate limit, if one is left."""
        now = self._clock()
        self._tokens = min(LOADING_BURST, self._tokens + (now - self._filled) * LOADING_RATE)
        self._filled = now
        if self._tokens < 1.0:
            return False
        self._tokens -= 1.0
        return True

    def _done(self, task: asyncio.Task[None]) -> None:
        self._calls.discard(task)
        self._check_settled()

    def _check_settled(self) -> None:
        if not self._timers and not self._calls:
            self._settled.set()

    async def settled(self) -> None:
        """Wait until every animation due so far was shown (the call answered) or skipped."""
        await self._settled.wait()

    async def stop(self, grace: float) -> None:
        """No more animations; the calls under way get `grace` seconds."""
        for handle in self._timers.values():
            handle.cancel()
        self._timers.clear()
        if self._calls:
            _, pending = await asyncio.wait(self._calls, timeout=grace)
            for task in pending:
                task.cancel()
        self._check_settled()
