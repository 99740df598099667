"""Game modes as small policy objects, kept in one registry.

A mode answers a few questions for the session and nothing else: which questions to draw from
the pool, how many seconds a question may take (if any), when the game is over, and whether
the result goes into the high scores. It also says how it is configured (:meth:`Mode.configure`
from :class:`ModeSettings`) and whether it needs the player's history (practice does).

Every mode registers itself with :func:`register`; menus, ``--mode`` choices, help texts,
the high-score tables and the planner all read :data:`MODES`, so adding a mode means adding one
class here and nothing else: no if-chain elsewhere names a mode.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, TypeVar

from quiz.bank import Question
from quiz.game.daily import DAILY_COUNT, daily_seed, share_line
from quiz.picking import compatible, pick_questions

ModeName = str
"""A registered mode's name (see :data:`MODES`)."""

COUNT_CHOICES: tuple[int | None, ...] = (5, 10, 20, None)
"""Question counts offered on the start screen; ``None`` means all that match."""

DEFAULT_COUNT = 10
DEFAULT_SECONDS = 20.0
DEFAULT_LIVES = 3


@dataclass(frozen=True)
class PlayerHistory:
    """What the store knows about one player that history-based modes draw from."""

    practice: tuple[str, ...] = ()
    """Question ids in the player's review schedule, the due ones first (most overdue first),
    then the others by the day they fall due."""
    due: int = 0
    """How many of :attr:`practice` are due now."""


NO_HISTORY = PlayerHistory()


@dataclass(frozen=True)
class ModeSettings:
    """What a mode may be configured from: the player's choices, the date, their history."""

    today: date
    count: int | None = DEFAULT_COUNT
    seconds: float = DEFAULT_SECONDS
    history: PlayerHistory = NO_HISTORY
    players: tuple[str, ...] = ()
    """Who plays, in turn order (one name except in multiplayer modes)."""


def _take(questions: list[Question], count: int | None) -> list[Question]:
    return questions if count is None else questions[: max(count, 0)]


@dataclass(frozen=True)
class Mode:
    """Base policy: untimed, no lives, every question of the pool in a seeded order."""

    name: ClassVar[ModeName]
    title: ClassVar[str]
    summary: ClassVar[str]
    """One sentence for menus (the start screen shows it under the form)."""
    help: ClassVar[str]
    """A few words for ``--mode`` help (``classic: N questions``)."""
    ranked: ClassVar[bool] = True
    """Whether finished games enter the high scores."""
    uses_filters: ClassVar[bool] = True
    """False when the mode ignores category/difficulty/film filters (daily)."""
    uses_count: ClassVar[bool] = True
    """False when the mode decides the number of questions itself (survival, daily)."""
    needs_history: ClassVar[bool] = False
    """True when :meth:`configure` reads :attr:`ModeSettings.history` (the caller then asks
    the store for it; other modes never cost that query)."""
    min_players: ClassVar[int] = 1
    max_players: ClassVar[int] = 1
    """How many people play one game (hot-seat: 2 to 4, taking turns)."""

    @classmethod
    def multiplayer(cls) -> bool:
        return cls.max_players > 1

    @classmethod
    def players_problem(cls, players: Sequence[str]) -> str | None:
        """Why these players cannot play this mode (``None``: they can)."""
        count = len(players)
        if cls.max_players == 1:
            return None if count == 1 else f"{cls.title} mode is for one player"
        if len({p.casefold() for p in players}) != count:
            return "each player needs a different name"
        if not cls.min_players <= count <= cls.max_players:
            return f"{cls.title} needs {cls.min_players} to {cls.max_players} players, not {count}"
        return None

    @classmethod
    def configure(cls, settings: ModeSettings) -> Mode:
        """The policy for one game with these settings."""
        return cls()

    @classmethod
    def match_line(cls, found: int, count: int | None) -> str:
        """What the start screen says about ``found`` matching questions."""
        noun = "question matches" if found == 1 else "questions match"
        if not cls.uses_count or count is None:
            return f"{found} {noun}; the game can use all of them."
        if found < count:
            return f"Only {found} {noun}: the game will have {found}, not {count}."
        return f"{found} {noun}; the game will have {count}."

    def nothing_to_play(self, player: str) -> str:
        """The error when the draw is empty."""
        return "no question matches these filters; try fewer of them"

    @property
    def wanted(self) -> int | None:
        """How many questions the player asked for (``None``: the mode decides)."""
        return None

    def shortfall_note(self, got: int) -> str | None:
        """What to tell the player when the draw has fewer questions than wanted."""
        wanted = self.wanted if self.uses_count else None
        if wanted is None or got >= wanted:
            return None
        return (
            f"Only {got} question{'s' if got != 1 else ''} match; playing "
            f"{'it' if got == 1 else 'all of them'} instead of {wanted}."
        )

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


MODES: dict[ModeName, type[Mode]] = {}
"""Mode name → policy class, in the order menus show them."""

_M = TypeVar("_M", bound=type[Mode])


def register(cls: _M) -> _M:
    """Class decorator: add a mode to :data:`MODES` (menus show them in this order)."""
    MODES[cls.name] = cls
    return cls


@register
@dataclass(frozen=True)
class Classic(Mode):
    """N questions (5, 10, 20 or all), untimed."""

    name: ClassVar[ModeName] = "classic"
    title: ClassVar[str] = "Classic"
    summary: ClassVar[str] = "A fixed number of questions, no clock."
    help: ClassVar[str] = "N questions"

    count: int | None = DEFAULT_COUNT

    @classmethod
    def configure(cls, settings: ModeSettings) -> Mode:
        return cls(count=settings.count)

    @property
    def wanted(self) -> int | None:
        return self.count

    def draw(self, pool: Sequence[Question], rng: random.Random) -> list[Question]:
        return pick_questions(pool, self.count, rng)


@register
@dataclass(frozen=True)
class Timed(Classic):
    """Classic against a countdown per question; running out counts as wrong."""

    name: ClassVar[ModeName] = "timed"
    title: ClassVar[str] = "Timed"
    summary: ClassVar[str] = "A countdown per question; faster right answers earn a bonus."
    help: ClassVar[str] = f"{DEFAULT_SECONDS:.0f} s each"

    seconds: float = DEFAULT_SECONDS

    @classmethod
    def configure(cls, settings: ModeSettings) -> Mode:
        return cls(count=settings.count, seconds=settings.seconds)

    @property
    def time_limit(self) -> float | None:
        return self.seconds

    @property
    def time_bonus(self) -> bool:
        return True


@register
@dataclass(frozen=True)
class Survival(Mode):
    """Questions keep coming until the third wrong answer (or the pool runs dry)."""

    name: ClassVar[ModeName] = "survival"
    title: ClassVar[str] = "Survival"
    summary: ClassVar[str] = "Play until your third wrong answer."
    help: ClassVar[str] = f"until {DEFAULT_LIVES} wrong"
    uses_count: ClassVar[bool] = False

    max_wrong: int = DEFAULT_LIVES

    @property
    def lives(self) -> int | None:
        return self.max_wrong


@register
@dataclass(frozen=True)
class Practice(Mode):
    """Replay the questions in the player's review schedule, the due ones first."""

    name: ClassVar[ModeName] = "practice"
    title: ClassVar[str] = "Practice"
    summary: ClassVar[str] = (
        "Questions you missed, on a spaced-repetition schedule: the due ones first."
    )
    help: ClassVar[str] = "your past mistakes, due ones first"
    ranked: ClassVar[bool] = False
    needs_history: ClassVar[bool] = True

    question_ids: tuple[str, ...] = ()
    """The player's schedule in play order (due first)."""
    count: int | None = None
    due: int = 0

    @classmethod
    def configure(cls, settings: ModeSettings) -> Mode:
        history = settings.history
        return cls(question_ids=history.practice, count=settings.count, due=history.due)

    @classmethod
    def match_line(cls, found: int, count: int | None) -> str:
        """``found`` counts the matching questions in the player's schedule (the summary
        above already says how practice orders them)."""
        if not found:
            return (
                "Nothing to practise yet: questions you answer wrong in the other modes "
                "come back here."
            )
        noun = "question" if found == 1 else "questions"
        if count is not None and found > count:
            return f"{found} {noun} to practise; the game will have {count}."
        return f"{found} {noun} to practise."

    def nothing_to_play(self, player: str) -> str:
        return (
            f"nothing to practise yet for {player!r}: questions you answer wrong "
            "in the other modes come back here"
        )

    @property
    def wanted(self) -> int | None:
        return self.count

    def draw(self, pool: Sequence[Question], rng: random.Random) -> list[Question]:
        """Scheduled questions in schedule order (due first), keeping the picker's rules (one
        question per fact, no stem printing another's answer: a later one waits for the next
        game). Options are reshuffled by the session's RNG on every review, so the key's
        position cannot be memorised."""
        by_id = {q.id: q for q in pool}
        taken: list[Question] = []
        for qid in dict.fromkeys(self.question_ids):
            question = by_id.get(qid)
            if question is not None and compatible(question, taken):
                taken.append(question)
        return _take(taken, self.count)


@register
@dataclass(frozen=True)
class HotSeat(Classic):
    """2 to 4 players on one machine take turns: each plays the same questions, with the same
    option order, and the results rank them."""

    name: ClassVar[ModeName] = "hotseat"
    title: ClassVar[str] = "Hot-seat"
    summary: ClassVar[str] = (
        "2-4 players take turns on the same questions; the results show a leaderboard."
    )
    help: ClassVar[str] = "2-4 players take turns, leaderboard"
    ranked: ClassVar[bool] = False
    min_players: ClassVar[int] = 2
    max_players: ClassVar[int] = 4

    players: tuple[str, ...] = ()

    @classmethod
    def configure(cls, settings: ModeSettings) -> Mode:
        return cls(count=settings.count, players=settings.players)


@register
@dataclass(frozen=True)
class Daily(Mode):
    """Ten questions picked by the date: the same for everyone playing the same bank that day."""

    name: ClassVar[ModeName] = "daily"
    title: ClassVar[str] = "Daily"
    summary: ClassVar[str] = "Today's ten questions, the same for everyone; share your result."
    help: ClassVar[str] = f"today's {DAILY_COUNT}"
    uses_filters: ClassVar[bool] = False
    uses_count: ClassVar[bool] = False

    day: date = field(default_factory=date.today)
    count: int = DAILY_COUNT

    @classmethod
    def configure(cls, settings: ModeSettings) -> Mode:
        return cls(day=settings.today)

    @classmethod
    def match_line(cls, found: int, count: int | None) -> str:
        return (
            f"Drawn from all {found} questions; the film, difficulty and category choices "
            "do not apply."
        )

    def session_seed(self, seed: int) -> int:
        return daily_seed(self.day)

    def shortfall_note(self, got: int) -> str | None:
        if got >= self.count:
            return None
        return f"The bank holds only {got} questions for the daily challenge."

    def share_line(self, outcomes: Sequence[str], total: int) -> str | None:
        return share_line(self.day, outcomes, total)

    def draw(self, pool: Sequence[Question], rng: random.Random) -> list[Question]:
        # Sort first so the draw does not depend on the order the sets were loaded in.
        ordered = sorted(pool, key=lambda q: q.id)
        return pick_questions(ordered, self.count, rng)


DEFAULT_MODE: ModeName = Classic.name
"""The mode a game has unless the player picks another."""

MODE_CLASSES = MODES
"""Alias of :data:`MODES` (older name)."""

MODE_NAMES: tuple[ModeName, ...] = tuple(MODES)
"""Every mode, in the order menus show them."""

RANKED_MODES: tuple[ModeName, ...] = tuple(name for name, cls in MODES.items() if cls.ranked)
"""Modes whose finished games enter the high scores (practice is for learning, not ranking)."""


def mode_help() -> str:
    """``classic: N questions; timed: …``: the ``--mode`` help, from the registry."""
    return "; ".join(f"{cls.name}: {cls.help}" for cls in MODES.values()) + "."


def ranked_titles() -> str:
    """``Classic, Timed, Survival or Daily``: the ranked modes in words."""
    titles = [MODES[name].title for name in RANKED_MODES]
    return titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} or {titles[-1]}"


def mode_name(text: str, default: ModeName | None = None) -> ModeName:
    """``text`` as a registered mode name (a click choice, a menu value); ``default`` if
    unknown. Without a default, an unknown name is a bug in the caller: ``ValueError``."""
    if text in MODES:
        return text
    if default is None:
        raise ValueError(f"unknown mode {text!r}")
    return default
