"""The sign-in throttle's growing delays, on a clock the test moves."""

from __future__ import annotations

import datetime as dt

from bot.console.throttle import FORGET, Rule, Throttle

T0 = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)


def test_free_tries_then_delays_that_double_up_to_the_cap() -> None:
    throttle = Throttle(Rule(free=3, base=1.0, cap=60.0))
    delays = [throttle.failed("a", T0) for _ in range(10)]
    assert delays == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    assert throttle.wait("a", T0) == 60
    assert throttle.wait("a", T0 + dt.timedelta(seconds=59)) == 1
    assert throttle.wait("a", T0 + dt.timedelta(seconds=60)) == 0
    assert throttle.wait("b", T0) == 0  # another key is never slowed


def test_a_success_clears_and_silence_forgets() -> None:
    throttle = Throttle(Rule(free=1, base=1.0, cap=60.0))
    assert throttle.failed("a", T0) == 1
    throttle.cleared("a")
    assert throttle.wait("a", T0) == 0
    later = T0 + FORGET + dt.timedelta(seconds=1)
    assert throttle.failed("a", later) == 1  # counted from one again: the first
    assert [(k, n) for k, n, _, _ in throttle.snapshot(later)] == [("a", 1)]
