"""Game modes as small policy objects.

A mode answers four questions for the session and nothing else: which questions to draw from
the pool, how many seconds a question may take (if any), when the game is over, and whether
the result goes into the high scores. Adding a mode (practice with spaced repetition, say)
means adding one small class here, not touching the session or the screens.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Literal

from quiz.bank import Question
from quiz.game.daily import DAILY_COUNT, daily_seed, share_line
from quiz.picking import pick_questions

ModeName = Literal["classic", "timed", "survival", "practice", "daily"]

MODE_NAMES: tuple[ModeName, ...] = ("classic", "timed", "survival", "practice", "daily")
"""Every mode, in the order menus show them."""

RANKED_MODES: tuple[ModeName, ...] = ("classic", "timed", "survival", "daily")
"""Modes whose finished games enter the high scores (practice is for learning, not ranking)."""

COUNT_CHOICES: tuple[int | None, ...] = (5, 10, 20, None)
"""Question counts offered on the start screen; ``None`` means all that match."""

DEFAULT_COUNT = 10
DEFAULT_SECONDS = 20.0
DEFAULT_LIVES = 3


@dataclass(frozen=True)
class Mode:
    """Base policy: untimed, no lives, every question of the pool in a seeded order."""

    name: ClassVar[ModeName]
    title: ClassVar[str]
    summary: ClassVar[str]
    ranked: ClassVar[bool] = True
    uses_filters: ClassVar[bool] = True
    """False when the mode ignores category/difficulty/film filters (daily)."""
    uses_count: ClassVar[bool] = True
    """False when the mode decides the number of questions itself (survival, daily)."""

    @property
    def time_limit(self) -> float | None:
        """Seconds allowed per question, or ``None`` when untimed."""
        return None

    @property
    def lives(self) -> int | None:
        """Wrong answers (timeouts included) that end the game, or ``None``."""
        return None

    @property
    def time_bonus(self) -> bool:
        """Whether faster right answers earn extra points."""
        return False

    def session_seed(self, seed: int) -> int:
        """The seed the session's RNG really uses (daily replaces it by the date's)."""
        return seed

    def draw(self, pool: Sequence[Question], rng: random.Random) -> list[Question]:
        """The questions of one game, in play order: never two on one fact, never one whose
        stem prints another's answer (:mod:`quiz.picking`)."""
        return pick_questions(pool, None, rng)

    def is_over(self, *, asked: int, available: int, wrong: int) -> bool:
        """Whether the game ends after ``asked`` questions with ``wrong`` missed."""
        if asked >= available:
            return True
        return self.lives is not None and wrong >= self.lives

    def share_line(self, outcomes: Sequence[str], total: int) -> str | None:
        """A result line to paste elsewhere, for modes that have one."""
        return None


@dataclass(frozen=True)
class Classic(Mode):
    """N questions (5, 10, 20 or all), untimed."""

    name: ClassVar[ModeName] = "classic"
    title: ClassVar[str] = "Classic"
    summary: ClassVar[str] = "A fixed number of questions, no clock."

    count: int | None = DEFAULT_COUNT

    def draw(self, pool: Sequence[Question], rng: random.Random) -> list[Question]:
        return pick_questions(pool, self.count, rng)


@dataclass(frozen=True)
class Timed(Classic):
    """Classic against a countdown per question; running out counts as wrong."""

    name: ClassVar[ModeName] = "timed"
    title: ClassVar[str] = "Timed"
    summary: ClassVar[str] = "A countdown per question; faster right answers earn a bonus."

    seconds: float = DEFAULT_SECONDS

    @property
    def time_limit(self) -> float | None:
        return self.seconds

    @property
    def time_bonus(self) -> bool:
        return True


@dataclass(frozen=True)
class Survival(Mode):
    """Questions keep coming until the third wrong answer (or the pool runs dry)."""

    name: ClassVar[ModeName] = "survival"
    title: ClassVar[str] = "Survival"
    summary: ClassVar[str] = "Play until your third wrong answer."
    uses_count: ClassVar[bool] = False

    max_wrong: int = DEFAULT_LIVES

    @property
    def lives(self) -> int | None:
        return self.max_wrong


@dataclass(frozen=True)
class Daily(Mode):
    """Ten questions picked by the date: the same for everyone playing the same bank that day."""

    name: ClassVar[ModeName] = "daily"
    title: ClassVar[str] = "Daily"
    summary: ClassVar[str] = "Today's ten questions, the same for everyone; share your result."
    uses_filters: ClassVar[bool] = False
    uses_count: ClassVar[bool] = False

    day: date = field(default_factory=date.today)
    count: int = DAILY_COUNT

    def session_seed(self, seed: int) -> int:
        return daily_seed(self.day)

    def share_line(self, outcomes: Sequence[str], total: int) -> str | None:
        return share_line(self.day, outcomes, total)

    def draw(self, pool: Sequence[Question], rng: random.Random) -> list[Question]:
        # Sort first so the draw does not depend on the order the sets were loaded in.
        ordered = sorted(pool, key=lambda q: q.id)
        return pick_questions(ordered, self.count, rng)


@dataclass(frozen=True)
class Practice(Mode):
    """Replay the questions this player got wrong before (spaced repetition comes later)."""

    name: ClassVar[ModeName] = "practice"
    title: ClassVar[str] = "Practice"
    summary: ClassVar[str] = "Questions you answered wrong before, until you get them right."
    ranked: ClassVar[bool] = False

    question_ids: frozenset[str] = frozenset()
    count: int | None = None

    def draw(self, pool: Sequence[Question], rng: random.Random) -> list[Question]:
        missed = [q for q in pool if q.id in self.question_ids]
        return pick_questions(missed, self.count, rng)


MODE_CLASSES: dict[ModeName, type[Mode]] = {
    "classic": Classic,
    "timed": Timed,
    "survival": Survival,
    "practice": Practice,
    "daily": Daily,
}
"""Mode name → policy class (for titles and summaries in menus)."""

_BY_NAME: dict[str, ModeName] = {name: name for name in MODE_NAMES}


def mode_name(text: str, default: ModeName | None = None) -> ModeName:
    """``text`` as a :data:`ModeName` (a click choice, a menu value); ``default`` if unknown.

    The one place a plain string becomes a mode name, so callers need no cast and no table
    of their own. Without a default, an unknown name is a bug in the caller: ``ValueError``.
    """
    found = _BY_NAME.get(text, default)
    if found is None:
        raise ValueError(f"unknown mode {text!r}")
    return found
