"""The game status line: progress, score, streak, lives and the countdown.

It shows what the session says and nothing more; the screens call :meth:`GameStatus.show`
after every change (attributes down), so the line can never disagree with the engine.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Label, ProgressBar, Static

from quiz.game.scoring import streak_multiplier_percent
from quiz.game.session import Session

LOW_TIME = 5.0
"""Seconds left below which the countdown turns to a warning style (and says "hurry")."""


class Countdown(Static):
    """Seconds left on a timed question; hidden in untimed modes."""

    remaining: reactive[float | None] = reactive(None)
    """Seconds left, or ``None`` when the mode has no clock."""

    def watch_remaining(self, remaining: float | None) -> None:
        self.display = remaining is not None
        if remaining is None:
            return
        whole = int(remaining + 0.999)  # 19.2 s left reads "20 s" until it is really 19
        low = remaining <= LOW_TIME
        self.set_class(low, "-low")
        self.update(f"⏱ {whole:2d} s{' hurry!' if low else ''}")


class GameStatus(Horizontal):
    """``3 / 10 ▇▇▇▁▁  Score 450  Streak 2  Lives ♥♥♡  ⏱ 14 s``."""

    def compose(self) -> ComposeResult:
        yield Label(id="progress-text")
        yield ProgressBar(show_eta=False, show_percentage=False, id="progress-bar")
        yield Label(id="score")
        yield Label(id="streak")
        yield Label(id="lives")
        yield Countdown(id="countdown")

    def show(self, session: Session) -> None:
        """Redraw from ``session`` (call after each question, answer or lifeline)."""
        number = session.current.number if session.current is not None else 0
        self.query_one("#progress-text", Label).update(f"{number} / {session.total}")
        self.query_one("#progress-bar", ProgressBar).update(
            total=session.total, progress=session.asked
        )
        self.query_one("#score", Label).update(f"Score {session.score}")
        streak = session.streak
        multiplier = streak_multiplier_percent(streak + 1)
        nxt = f" (next ×{multiplier / 100:g})" if streak else ""
        self.query_one("#streak", Label).update(f"Streak {streak}{nxt}")
        lives_label = self.query_one("#lives", Label)
        lives = session.lives_left
        lives_label.display = lives is not None
        if lives is not None and session.mode.lives is not None:
            hearts = "♥" * lives + "♡" * (session.mode.lives - lives)
            lives_label.update(f"Lives {hearts} {lives} left")
        self.query_one(Countdown).remaining = session.remaining()
