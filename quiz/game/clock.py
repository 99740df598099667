"""Time as an injected dependency.

The engine never reads the system clock itself: it is handed a :data:`Clock` (a function
returning monotonic seconds). Real games use :func:`time.monotonic`; tests and snapshots use
:class:`FakeClock`, so a countdown, a time bonus or a "time taken" line is reproducible to the
millisecond.

The score store also reads a wall clock (``() -> datetime``) to date games; tests give it a
:class:`FakeWallClock`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], float]
"""A source of monotonic time in seconds (only differences between readings matter)."""

system_clock: Clock = time.monotonic
"""The real clock used outside tests."""


class FakeClock:
    """A clock that only moves when told to (for tests, snapshots and benchmarks)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        """Current reading in seconds."""

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds``."""
        self.now += seconds


class FakeWallClock:
    """A wall clock for tests: a fixed start, one minute later at each reading.

    The store's timestamps come out distinct, ordered (ties in the high scores go to the
    earlier game) and the same in every run (snapshots show dates).
    """

    def __init__(self, start: datetime = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def format_seconds(seconds: float) -> str:
    """A duration as players read it: ``42 s`` under a minute, ``3:07`` above."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    return f"{minutes}:{rest:02d}"
