"""From what the player asked for (flags or the start screen) to a game that can start.

:class:`GameConfig` is the plain description both the CLI and the start screen fill in;
:func:`plan_game` applies the filters, lets the mode draw, and says honestly when fewer
questions are available than were asked for. Keeping this out of the screens means the CLI's
``--start`` path and the start screen cannot disagree.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from quiz.bank import Question, select_questions
from quiz.errors import UsageProblem
from quiz.game.clock import Clock
from quiz.game.modes import (
    DEFAULT_COUNT,
    DEFAULT_MODE,
    DEFAULT_SECONDS,
    MODES,
    NO_HISTORY,
    Mode,
    ModeName,
    ModeSettings,
    PlayerHistory,
)
from quiz.game.session import Recorder, Session

DEFAULT_PLAYER = "player"


@dataclass(frozen=True)
class GameConfig:
    """Everything a player chooses before a game (all optional, sensible defaults)."""

    player: str = DEFAULT_PLAYER
    mode: ModeName = DEFAULT_MODE
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
    others: tuple[str, ...] = ()
    """The other players of a multiplayer mode (hot-seat), in turn order after ``player``."""

    @property
    def players(self) -> tuple[str, ...]:
        """Everyone who plays this game, in turn order."""
        return (self.player, *self.others)


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


def mode_class(name: ModeName) -> type[Mode]:
    """The registered class of mode ``name``, or :class:`UsageProblem`."""
    try:
        return MODES[name]
    except KeyError:
        raise UsageProblem(f"unknown mode {name!r}") from None


def make_mode(config: GameConfig, *, today: date, history: PlayerHistory = NO_HISTORY) -> Mode:
    """The policy object for ``config.mode``, configured by its own class."""
    settings = ModeSettings(
        today=today,
        count=config.count,
        seconds=config.seconds,
        history=history,
        players=config.players,
    )
    return mode_class(config.mode).configure(settings)


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
    if not requested:
        return ()
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
    history: PlayerHistory = NO_HISTORY,
) -> GamePlan:
    """Filter, draw and check: a plan with at least one question, or :class:`UsageProblem`.

    ``history`` is what the store knows about the player; only modes that declare
    :attr:`~quiz.game.modes.Mode.needs_history` read it.
    """
    mode = make_mode(config, today=today, history=history)
    problem = mode.players_problem(config.players)
    if problem is not None:
        raise UsageProblem(problem)
    candidates = matching(pool, config) if mode.uses_filters else list(pool)
    notes: list[str] = []
    if not mode.uses_filters and (config.categories or config.difficulty or config.films):
        notes.append(f"{mode.title} mode ignores the category, difficulty and film filters.")
    seed = mode.session_seed(config.seed)
    rng = random.Random(seed)
    questions = mode.draw(candidates, rng)
    if not questions:
        raise UsageProblem(mode.nothing_to_play(config.player))
    shortfall = mode.shortfall_note(len(questions))
    if shortfall is not None:
        notes.append(shortfall)
    return GamePlan(
        config=config,
        mode=mode,
        questions=tuple(questions),
        seed=rng.getrandbits(32),
        notes=tuple(notes),
    )
