"""The game status line: progress, score, streak, lives and the countdown, in one widget.

It shows what the session says and nothing more; the screen calls :meth:`GameStatus.show`
after every change (attributes down), so the line can never disagree with the engine. It is a
single Static drawing its own progress bar: a row of separate labels and a ProgressBar cost
eight widgets to mount before the first question could appear.

Only ASCII, Latin-1 and box-drawing glyphs are used: they need no Unicode width table (see
``quiz.tui.screens.question.ANSWER_HINT``).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from quiz.game.scoring import streak_multiplier_percent
from quiz.game.session import Session

LOW_TIME = 5.0
"""Seconds left from which the countdown is highlighted and says "hurry"."""

BAR_WIDTH = 16


def progress_bar(done: int, total: int, width: int = BAR_WIDTH) -> Content:
    """``━━━━━━────────`` with the done part in the accent colour."""
    filled = round(width * done / total) if total else 0
    return Content.assemble(("━" * filled, "$accent"), ("─" * (width - filled), "dim"))


def countdown_text(remaining: float) -> Content:
    """``Time 14 s``; from five seconds left, highlighted with ``- hurry!``."""
    whole = int(remaining + 0.999)  # 19.2 s left reads "20 s" until it is really 19
    if remaining <= LOW_TIME:
        return Content.assemble((f"Time {whole:2d} s - hurry!", "bold reverse $warning"))
    return Content.assemble((f"Time {whole:2d} s", "bold"))


def status_line(session: Session) -> Content:
    """``3 / 10 ━━━───  Score 450  Streak 2 (next ×1.5)  Lives ●●○ 2 left  Time 14 s``."""
    number = session.current.number if session.current is not None else 0
    parts: list[str | tuple[str, str] | Content] = [
        (f"{number} / {session.total}", "bold"),
        " ",
        progress_bar(session.asked, session.total),
        "  Score ",
        (str(session.score), "bold"),
        f"  Streak {session.streak}",
    ]
    if session.streak:
        multiplier = streak_multiplier_percent(session.streak + 1)
        parts.append(f" (next ×{multiplier / 100:g})")
    lives, max_lives = session.lives_left, session.mode.lives
    if lives is not None and max_lives is not None:
        parts.append(f"  Lives {'●' * lives}{'○' * (max_lives - lives)} {lives} left")
    remaining = session.remaining()
    if remaining is not None and session.awaiting_answer:
        # Hidden between questions: a frozen "0 s" during the feedback would only alarm.
        parts += ["  ", countdown_text(remaining)]
    return Content.assemble(*parts)


class GameStatus(Static):
    """One line of game state above the question."""

    def show(self, session: Session) -> None:
        """Redraw from ``session`` (call after each question, answer or lifeline)."""
        self.update(status_line(session))
