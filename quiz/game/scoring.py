"""The scoring rules, in one place so the README, the engine and the tests agree.

Points for a right answer::

    base        easy 100 · medium 200 · hard 300
    time bonus  Timed mode only: up to half the base, in proportion to the time left
    streak      ×1 for the first right answer in a row, +0.25 for each further one, at most ×2
    total       (base + time bonus) × streak multiplier, rounded down

A wrong answer, a timeout or a skip scores nothing. Integer arithmetic (percentages) keeps
totals exact and identical on every platform.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

BASE_POINTS: Mapping[str, int] = {"easy": 100, "medium": 200, "hard": 300}
"""Points for a right answer by difficulty, before bonus and multiplier."""

STREAK_STEP_PERCENT = 25
"""How much each further right answer in a row adds to the multiplier (in percent)."""

STREAK_CAP_PERCENT = 200
"""The multiplier never exceeds ×2, so one long streak cannot dwarf everything else."""

TIME_BONUS_SHARE = 0.5
"""The largest time bonus, as a share of the base points (an instant answer)."""


@dataclass(frozen=True)
class Points:
    """How the points of one right answer were made up (shown on the feedback screen)."""

    base: int
    time_bonus: int
    multiplier_percent: int

    @property
    def total(self) -> int:
        """``(base + time_bonus) × multiplier``, rounded down."""
        return (self.base + self.time_bonus) * self.multiplier_percent // 100

    @property
    def multiplier_text(self) -> str:
        """The multiplier as players read it: ``×1``, ``×1.25``, ``×2``."""
        whole, rest = divmod(self.multiplier_percent, 100)
        if rest == 0:
            return f"×{whole}"
        return f"×{whole}.{rest:02d}".rstrip("0")


NO_POINTS = Points(base=0, time_bonus=0, multiplier_percent=100)
"""What a wrong answer, a timeout or a skip earns."""


def base_points(difficulty: str) -> int:
    """Base points for ``difficulty``; an unknown level counts as easy."""
    return BASE_POINTS.get(difficulty, BASE_POINTS["easy"])


def streak_multiplier_percent(streak: int) -> int:
    """Multiplier (percent) for a right answer that makes the streak ``streak`` long."""
    steps = max(streak, 1) - 1
    return min(100 + STREAK_STEP_PERCENT * steps, STREAK_CAP_PERCENT)


def time_bonus(base: int, remaining: float, limit: float) -> int:
    """Bonus for answering with ``remaining`` of ``limit`` seconds left (0 when untimed)."""
    if limit <= 0:
        return 0
    share = min(max(remaining, 0.0), limit) / limit
    return int(base * TIME_BONUS_SHARE * share)


def score_right_answer(
    difficulty: str,
    streak: int,
    *,
    remaining: float | None = None,
    limit: float | None = None,
) -> Points:
    """Points for a right answer; ``remaining``/``limit`` are given only in Timed mode."""
    base = base_points(difficulty)
    bonus = 0
    if remaining is not None and limit is not None:
        bonus = time_bonus(base, remaining, limit)
    return Points(base=base, time_bonus=bonus, multiplier_percent=streak_multiplier_percent(streak))


def right_count(right: int, questions: int) -> str:
    """The one way a game's right answers are written everywhere: ``7/10``.

    ``questions`` counts every question of the game, skipped ones included, so the results,
    the high-score tables and ``quiz scores`` show the same figure for the same game; the
    accuracy percentage beside it leaves skips out (right ÷ answered).
    """
    return f"{right}/{questions}"
