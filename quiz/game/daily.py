"""The daily challenge: a seed from the date, and the shareable result line.

Everyone who plays the same bank on the same day must get the same ten questions, in the same
order, with the same option order. So the seed is derived from the ISO date with SHA-256 (stable
across processes, machines and Python versions, unlike :func:`hash`), and the draw starts from
the pool sorted by question id (independent of the order the files were loaded in).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date

DAILY_COUNT = 10
"""Questions in a daily challenge."""

MARKS = {"right": "✔", "wrong": "✘", "timeout": "✘", "skipped": "–"}
"""One symbol per answer outcome in the share line."""


def daily_seed(day: date) -> int:
    """A 64-bit seed that depends only on the date."""
    digest = hashlib.sha256(f"quiz-daily:{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def share_line(day: date, outcomes: Iterable[str], total: int | None = None) -> str:
    """``quiz daily 2026-11-25 7/10 ✔✔✘✔…``: a spoiler-free result anyone can paste.

    ``outcomes`` are the answer outcomes in order (``right``, ``wrong``, ``timeout``,
    ``skipped``); ``total`` defaults to how many there are.
    """
    marks = [MARKS.get(outcome, "?") for outcome in outcomes]
    right = sum(1 for mark in marks if mark == MARKS["right"])
    return f"quiz daily {day.isoformat()} {right}/{total if total is not None else len(marks)} " + (
        "".join(marks)
    )
