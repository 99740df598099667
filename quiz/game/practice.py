"""Spaced repetition for practice: FSRS (the ``fsrs`` package) schedules what to review when.

How a multiple-choice answer becomes an FSRS rating (reference: question-quality.md §5, the
"binary" FSRS variant that loses little accuracy): wrong or out of time → Again, right → Good,
right within :data:`FAST_SECONDS` → Easy; a skip says nothing about memory and is not a review.
A missed question enters the schedule; so does every question answered, for a player who opted
in. Options are reshuffled on every review by the session's RNG, so the key's position cannot
be learnt instead of the answer.

Fuzzing is off, so the same answers at the same (injected) times give the same schedule. The
``fsrs`` import is deferred to the first review: the game's first screen does not wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from fsrs import Scheduler

FAST_SECONDS = 5.0
"""A right answer at least this fast is rated Easy."""

Grade = Literal["again", "good", "easy"]


def grade(outcome: str, seconds: float) -> Grade | None:
    """The FSRS rating an answer earns (``None`` for a skip: not a review)."""
    if outcome in ("wrong", "timeout"):
        return "again"
    if outcome == "right":
        return "easy" if seconds <= FAST_SECONDS else "good"
    return None


def enters_schedule(outcome: str, *, scheduled: bool, every_question: bool) -> bool:
    """Whether this answer updates the player's schedule: any real answer to a question already
    in it, a miss, or any real answer for a player tracking every question."""
    if grade(outcome, 0.0) is None:
        return False
    return scheduled or every_question or outcome in ("wrong", "timeout")


@dataclass(frozen=True)
class Reviewed:
    """A card after a review: its FSRS state as JSON and when it is next due."""

    card: str
    due: datetime


_scheduler: Scheduler | None = None


def _get_scheduler() -> Scheduler:
    global _scheduler
    if _scheduler is None:
        from fsrs import Scheduler

        _scheduler = Scheduler(enable_fuzzing=False)
    return _scheduler


def review(card: str | None, rating: Grade, now: datetime) -> Reviewed:
    """Apply one review at ``now`` to ``card`` (FSRS JSON; ``None`` for a new card)."""
    from fsrs import Card, Rating

    current = Card.from_json(card) if card else Card(due=now)
    value = {"again": Rating.Again, "good": Rating.Good, "easy": Rating.Easy}[rating]
    updated, _log = _get_scheduler().review_card(current, value, review_datetime=now)
    return Reviewed(card=updated.to_json(), due=updated.due)


def end_of_day(now: datetime) -> datetime:
    """The start of the next UTC day: a card due before it is "due today"."""
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day + timedelta(days=1)


def warm() -> None:
    """Import ``fsrs`` now (after the first frame), so the first miss is not slowed by it."""
    _get_scheduler()
