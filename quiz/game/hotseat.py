"""Hot-seat: 2 to 4 players take turns on the same game, then a leaderboard.

Each player's turn is a whole :class:`~quiz.game.session.Session` started from the same
:class:`~quiz.game.setup.GamePlan`, so everyone gets the same questions in the same order with
the same option order: the comparison is fair. Turns are whole games rather than question by
question so nobody sees the feedback (the right answer) before their own go. Each turn is
recorded as its own game of its player (history and stats stay per player), grouped by a
shared hot-seat id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quiz.game.session import Summary
from quiz.game.setup import GamePlan


@dataclass(frozen=True)
class Standing:
    """One line of the leaderboard."""

    rank: int
    """1 for the best; tied players share a rank."""
    player: str
    score: int
    right: int
    answered: int
    asked: int
    """Questions of the turn, skipped ones included (scores read ``right/asked``)."""
    seconds: float


def leaderboard(results: list[tuple[str, Summary]]) -> list[Standing]:
    """Highest score first; then more right answers; then less time. Exact ties share a rank."""

    def key(item: tuple[str, Summary]) -> tuple[int, int, float]:
        summary = item[1]
        return (-summary.score, -summary.right, round(summary.seconds, 1))

    ordered = sorted(results, key=key)
    standings: list[Standing] = []
    for position, (player, summary) in enumerate(ordered, start=1):
        tied = standings and key(ordered[position - 2]) == key((player, summary))
        standings.append(
            Standing(
                rank=standings[-1].rank if tied else position,
                player=player,
                score=summary.score,
                right=summary.right,
                answered=summary.answered,
                asked=summary.asked,
                seconds=summary.seconds,
            )
        )
    return standings


@dataclass
class Match:
    """A hot-seat game in progress: whose turn it is and the finished turns."""

    plan: GamePlan
    players: tuple[str, ...]
    match_id: int | None = None
    """The store's hot-seat id grouping the turns (``None`` if the store is unavailable)."""
    results: list[tuple[str, Summary]] = field(default_factory=list)

    @property
    def turn(self) -> int:
        """Index of the player whose turn it is (== len(players) once everyone played)."""
        return len(self.results)

    @property
    def current_player(self) -> str:
        return self.players[self.turn]

    @property
    def over(self) -> bool:
        return self.turn >= len(self.players)

    def finish_turn(self, summary: Summary) -> None:
        self.results.append((self.current_player, summary))

    def standings(self) -> list[Standing]:
        return leaderboard(self.results)
