"""Shown instead of a cramped, garbled layout when the terminal is smaller than 80×24.

It covers whatever was on screen without touching it: when the window grows again the app
removes this screen and the game continues exactly where it was (a timed question's clock is
paused meanwhile, because the question screen is suspended).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Static

from quiz.tui.styles import style
from quiz.tui.text import plain

MIN_WIDTH = 80
MIN_HEIGHT = 24


def is_too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(Screen[None]):
    """A plain message with the current and the needed size."""

    CSS_PATH = style("too_small")

    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self._size_text = (width, height)

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(plain(self._message(*self._size_text)), id="too-small-message")

    @staticmethod
    def _message(width: int, height: int) -> str:
        return (
            f"Terminal too small: {width}×{height}.\n"
            f"The quiz needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\n"
            "Enlarge the window to continue (your game is kept),\n"
            "or press Ctrl+Q to quit."
        )

    def show_size(self, width: int, height: int) -> None:
        """Update the size in the message after another resize that is still too small."""
        self._size_text = (width, height)
        if self.is_mounted:
            self.query_one("#too-small-message", Static).update(plain(self._message(width, height)))
