"""The loading animation's timer and its limit under a backlog (bot.channels.line_loading),
on a clock the test moves; the calls to LINE are covered by test_line.py and
test_line_failures.py."""

from __future__ import annotations

from bot.channels.line_loading import LOADING_BURST, LOADING_RATE, Loading


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_an_answered_chat_gets_no_animation_and_a_waiting_one_does() -> None:
    shown: list[str] = []

    async def show(chat_id: str) -> None:
        shown.append(chat_id)

    clock, answered = Clock(), {}
    loading = Loading(show, answered, delay=0.0, clock=clock)
    loading.later("answered")
    loading.later("waiting")
    answered["answered"] = clock.now  # its answer went out before the timer fired
    await loading.settled()
    assert shown == ["waiting"]


async def test_under_a_backlog_only_a_burst_and_then_the_rate_are_shown() -> None:
    shown: list[str] = []

    async def show(chat_id: str) -> None:
        shown.append(chat_id)

    clock = Clock()
    loading = Loading(show, {}, delay=0.0, clock=clock)
    for n in range(50):
        loading.later(f"U{n}")
    await loading.settled()
    assert len(shown) == LOADING_BURST  # the other 40 late answers get none
    clock.now += 1.0
    for n in range(50, 100):
        loading.later(f"U{n}")
    await loading.settled()
    assert len(shown) == LOADING_BURST + LOADING_RATE


async def test_stop_cancels_the_timers_not_yet_due() -> None:
    shown: list[str] = []

    async def show(chat_id: str) -> None:
        shown.append(chat_id)

    loading = Loading(show, {}, delay=3600.0, clock=Clock())
    loading.later("U1")
    await loading.stop(1.0)
    await loading.settled()  # nothing left: settled at once
    assert shown == []
