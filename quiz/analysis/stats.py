"""A player's statistics: games, accuracy over time and by category/difficulty/film, streaks,
response time, and the questions missed most (the Anki-style "how am I doing" view).

Built from plain :class:`PlayedAnswer` records (the store supplies them), so the CLI, the
``--json`` output and the TUI's plots all show the same numbers. Accuracy everywhere is right ÷
answered, skips excluded, timeouts counted as wrong: the rule of the results screen.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

MOST_MISSED = 10


@dataclass(frozen=True)
class PlayedAnswer:
    """One answer of the player, in time order."""

    session_id: int
    game_started: str
    """ISO timestamp of the game's start."""
    mode: str
    question_id: str
    category: str
    difficulty: str
    film: str | None
    outcome: str
    seconds: float
    stem: str | None = None


@dataclass(frozen=True)
class Breakdown:
    """Right ÷ answered for one group (a category, a difficulty, a film)."""

    name: str
    answered: int
    right: int

    @property
    def accuracy(self) -> float | None:
        return self.right / self.answered if self.answered else None


@dataclass(frozen=True)
class GamePoint:
    """One game on the accuracy-over-time line."""

    number: int
    """1 for the player's first game."""
    session_id: int
    day: str
    answered: int
    right: int
    mean_seconds: float | None = None
    """Mean response time of the game's real answers."""

    @property
    def accuracy(self) -> float | None:
        return self.right / self.answered if self.answered else None


@dataclass(frozen=True)
class Missed:
    question_id: str
    stem: str | None
    missed: int
    seen: int


@dataclass(frozen=True)
class PlayerStats:
    """Everything the stats views show for one player (or everyone)."""

    player: str | None
    games: int
    answered: int
    right: int
    skipped: int
    best_streak: int
    mean_seconds: float | None
    median_seconds: float | None
    over_time: tuple[GamePoint, ...]
    by_category: tuple[Breakdown, ...]
    by_difficulty: tuple[Breakdown, ...]
    by_film: tuple[Breakdown, ...]
    most_missed: tuple[Missed, ...]

    @property
    def accuracy(self) -> float | None:
        return self.right / self.answered if self.answered else None

    def to_json(self) -> dict[str, object]:
        """Plain data for ``quiz stats --json`` (accuracies included)."""
        data = asdict(self)
        data["accuracy"] = self.accuracy
        groups: dict[str, Sequence[Breakdown | GamePoint]] = {
            "over_time": self.over_time,
            "by_category": self.by_category,
            "by_difficulty": self.by_difficulty,
            "by_film": self.by_film,
        }
        for key, items in groups.items():
            for entry, item in zip(data[key], items, strict=True):
                entry["accuracy"] = item.accuracy
        return data


DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def _breakdown(
    answers: Sequence[PlayedAnswer],
    key: Callable[[PlayedAnswer], str | None],
    order: Callable[[str], tuple[int, str]] = lambda name: (0, name.casefold()),
) -> tuple[Breakdown, ...]:
    answered: dict[str, int] = defaultdict(int)
    right: dict[str, int] = defaultdict(int)
    for answer in answers:
        name = key(answer)
        if name is None:
            continue
        answered[name] += 1
        right[name] += answer.outcome == "right"
    return tuple(Breakdown(n, answered[n], right[n]) for n in sorted(answered, key=order))


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def player_stats(
    player: str | None, answers: Sequence[PlayedAnswer], best_streak: int
) -> PlayerStats:
    """The statistics of ``answers`` (all by ``player``, in time order)."""
    real = [a for a in answers if a.outcome != "skipped"]
    games: dict[int, list[PlayedAnswer]] = {}
    for answer in answers:
        games.setdefault(answer.session_id, []).append(answer)
    over_time = tuple(
        GamePoint(
            number=number,
            session_id=session_id,
            day=played[0].game_started[:10],
            answered=sum(1 for a in played if a.outcome != "skipped"),
            right=sum(1 for a in played if a.outcome == "right"),
            mean_seconds=_mean([a.seconds for a in played if a.outcome != "skipped"]),
        )
        for number, (session_id, played) in enumerate(games.items(), start=1)
    )
    times = [a.seconds for a in real]
    seen: dict[str, int] = defaultdict(int)
    missed: dict[str, int] = defaultdict(int)
    stems: dict[str, str | None] = {}
    for answer in real:
        seen[answer.question_id] += 1
        stems[answer.question_id] = answer.stem or stems.get(answer.question_id)
        if answer.outcome != "right":
            missed[answer.question_id] += 1
    worst = sorted(missed, key=lambda q: (-missed[q], -seen[q], q))[:MOST_MISSED]
    return PlayerStats(
        player=player,
        games=len(games),
        answered=len(real),
        right=sum(1 for a in real if a.outcome == "right"),
        skipped=len(answers) - len(real),
        best_streak=best_streak,
        mean_seconds=_mean(times),
        median_seconds=statistics.median(times) if times else None,
        over_time=over_time,
        by_category=_breakdown(real, lambda a: a.category),
        by_difficulty=_breakdown(
            real, lambda a: a.difficulty, lambda d: (DIFFICULTY_ORDER.get(d, 9), d)
        ),
        by_film=_breakdown(real, lambda a: a.film),
        most_missed=tuple(Missed(q, stems.get(q), missed[q], seen[q]) for q in worst),
    )


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float | None]) -> str:
    """Accuracies (0..1) as block characters; a game with no answer is a space."""
    return "".join(
        " " if v is None else SPARKS[min(int(v * len(SPARKS)), len(SPARKS) - 1)] for v in values
    )


def bar(fraction: float | None, width: int = 20) -> str:
    """``██████░░░░`` for a fraction of ``width`` cells."""
    if fraction is None:
        return " " * width
    full = round(fraction * width)
    return "█" * full + "░" * (width - full)
