"""From what the player asked for (flags or the start screen) to a game that can start.

:class:`GameConfig` is the plain description both the CLI and the start screen fill in;
:func:`plan_game` applies the filters, lets the mode draw, and says honestly when fewer
questions are available than were asked for. Keeping this out of the screens means the CLI's
``--start`` path and the start screen cannot disagree.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date

from quiz.bank import Question, select_questions
from quiz.errors import UsageProblem
from quiz.game.clock import Clock
from quiz.game.modes import (
    DEFAULT_COUNT,
    DEFAULT_SECONDS,
    Classic,
    Daily,
    Mode,
    ModeName,
    Practice,
    Survival,
    Timed,
)
from quiz.game.session import Recorder, Session

DEFAULT_PLAYER = "player"


@dataclass(frozen=True)
class GameConfig:
    """Everything a player chooses before a game (all optional, sensible defaults)."""

    player: str = DEFAULT_PLAYER
    mode: ModeName = "classic"
    count: int | None = DEFAULT_COUNT
    """Questions per game; ``None`` plays every question that matches."""
    categories: tuple[str, ...] = ()
    """Any of these categories (empty: all)."""
    difficulty: str | None = None
    films: tuple[str, ...] = ()
    """Any of these films (empty: all)."""
    seed: int = 0
    """Seed of the game's RNG; the CLI picks a random one unless ``--seed`` is given."""
    seconds: float = DEFAULT_SECONDS
    """Countdown per question in Timed mode."""


@dataclass(frozen=True)
class GamePlan:
    """A game ready to start: its mode, its questions in order, and notes for the player."""

    config: GameConfig
    mode: Mode
    questions: tuple[Question, ...]
    seed: int
    """Seed of the session's RNG (option order, 50:50); drawn from the game seed."""
    notes: tuple[str, ...] = field(default=())

    def start(self, *, clock: Clock, recorder: Recorder | None = None) -> Session:
        """A fresh session for this plan (the same plan replays the same game)."""
        rng = random.Random(self.seed)
        return Session(self.questions, self.mode, rng=rng, clock=clock, recorder=recorder)


def make_mode(config: GameConfig, *, today: date, practice_ids: Collection[str] = ()) -> Mode:
    """The policy object for ``config.mode``."""
    if config.mode == "classic":
        return Classic(count=config.count)
    if config.mode == "timed":
        return Timed(count=config.count, seconds=config.seconds)
    if config.mode == "survival":
        return Survival()
    if config.mode == "daily":
        return Daily(day=today)
    if config.mode == "practice":
        return Practice(question_ids=frozenset(practice_ids), count=config.count)
    raise UsageProblem(f"unknown mode {config.mode!r}")


def matching(pool: Sequence[Question], config: GameConfig) -> list[Question]:
    """The questions of ``pool`` that pass the config's filters (in pool order)."""
    return select_questions(
        pool,
        categories=config.categories,
        difficulty=config.difficulty,
        films=config.films,
    )


def resolve_categories(pool: Sequence[Question], requested: Sequence[str]) -> tuple[str, ...]:
    """The ``requested`` categories spelled as in ``pool`` (matched ignoring case).

    A category the set does not have is an error, not a silent "all categories": the
    message names the unknown ones and lists the known ones (imported sets may have their
    own names).
    """
    known: dict[str, str] = {}
    for question in pool:
        known.setdefault(question.category.casefold(), question.category)
    unknown = [name for name in requested if name.casefold() not in known]
    if unknown:
        noun = "category" if len(unknown) == 1 else "categories"
        listed = ", ".join(sorted(known.values(), key=str.casefold)) or "(none)"
        raise UsageProblem(
            f"unknown {noun} {', '.join(repr(name) for name in unknown)}; this set has: {listed}"
        )
    return tuple(dict.fromkeys(known[name.casefold()] for name in requested))


def next_seed(seed: int) -> int:
    """The seed of the following game ("play again"): deterministic, but a new draw."""
    return random.Random(seed).getrandbits(31)


def plan_game(
    pool: Sequence[Question],
    config: GameConfig,
    *,
    today: date,
    practice_ids: Collection[str] = (),
) -> GamePlan:
    """Filter, draw and check: a plan with at least one question, or :class:`UsageProblem`.

    ``practice_ids`` are the ids of questions this player missed before (from the store).
    """
    mode = make_mode(config, today=today, practice_ids=practice_ids)
    candidates = matching(pool, config) if mode.uses_filters else list(pool)
    notes: list[str] = []
    if not mode.uses_filters and (config.categories or config.difficulty or config.films):
        notes.append(f"{mode.title} mode ignores the category, difficulty and film filters.")
    seed = mode.session_seed(config.seed)
    rng = random.Random(seed)
    questions = mode.draw(candidates, rng)
    if not questions:
        if config.mode == "practice":
            raise UsageProblem(
                f"nothing to practise yet for {config.player!r}: questions you answer wrong "
                "in the other modes come back here"
            )
        raise UsageProblem("no question matches these filters; try fewer of them")
    wanted = getattr(mode, "count", None) if mode.uses_count else None
    if isinstance(wanted, int) and len(questions) < wanted:
        notes.append(
            f"Only {len(questions)} question{'s' if len(questions) != 1 else ''} "
            f"match; playing {'it' if len(questions) == 1 else 'all of them'} "
            f"instead of {wanted}."
        )
    if isinstance(mode, Daily) and len(questions) < mode.count:
        notes.append(f"The bank holds only {len(questions)} questions for the daily challenge.")
    return GamePlan(
        config=config,
        mode=mode,
        questions=tuple(questions),
        seed=rng.getrandbits(32),
        notes=tuple(notes),
    )
