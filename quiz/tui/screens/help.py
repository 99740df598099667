"""Help: every key of every screen, read from the screens' own ``BINDINGS``.

The list is generated rather than written by hand so it cannot drift from what the keys really
do; a few things that are not bindings (arrows in a list, mouse clicks) are added as notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from quiz.tui.styles import style
from quiz.tui.text import plain

KEY_NAMES = {
    "question_mark": "?",
    "escape": "Esc",
    "enter": "Enter",
    "space": "Space",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
    "tab": "Tab",
}


def key_text(keys: str) -> str:
    """``"1,a"`` → ``"1 / A"``; ``"ctrl+q"`` → ``"Ctrl+Q"``."""
    shown = []
    for key in keys.split(","):
        key = key.strip()
        if key in KEY_NAMES:
            shown.append(KEY_NAMES[key])
        elif key.startswith("ctrl+"):
            shown.append("Ctrl+" + key.removeprefix("ctrl+").upper())
        else:
            shown.append(key.upper() if len(key) == 1 else key)
    return " / ".join(shown)


def binding_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """``(keys, what they do)`` for each binding that has a description."""
    rows = []
    for item in bindings:
        binding = item if isinstance(item, Binding) else Binding(*item)
        if binding.description and not binding.system:
            description = binding.tooltip or binding.description
            rows.append((key_text(binding.key), description))
    return rows


def help_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """Every screen's keys, in the order a game visits them."""
    from quiz.tui.screens.high_scores import HighScoresScreen
    from quiz.tui.screens.question import QuestionScreen
    from quiz.tui.screens.results import ResultsScreen
    from quiz.tui.screens.start import StartScreen

    return [
        (
            "Everywhere",
            [
                ("Ctrl+Q", "Quit (asks first while a game is in progress)"),
                ("?", "This help"),
                ("Ctrl+P", "Commands: new quiz, high scores, export set, quit"),
                ("Tab / Shift+Tab", "Move between fields and buttons"),
            ],
        ),
        (
            "Start",
            [
                *binding_rows(StartScreen.BINDINGS),
                ("Space / ↓", "Open a menu, or tick a category"),
                ("↑ ↓ then Enter", "Pick from an open menu"),
            ],
        ),
        (
            "Question and feedback",
            [
                *binding_rows(QuestionScreen.BINDINGS),
                ("↑ ↓ then Enter", "Choose the highlighted option"),
                ("Click", "Choose an option"),
            ],
        ),
        ("Results", binding_rows(ResultsScreen.BINDINGS)),
        ("High scores", binding_rows(HighScoresScreen.BINDINGS)),
    ]


class HelpScreen(ModalScreen[None]):
    """All keys, grouped by screen; any of Esc, ? or Q closes it."""

    CSS_PATH = style("help")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        lines: list[Content] = []
        for title, rows in help_sections():
            lines.append(plain(title, "bold underline"))
            width = max(len(keys) for keys, _ in rows)
            for keys, what in rows:
                lines.append(Content.assemble(("  " + keys.ljust(width), "bold"), "   ", what))
            lines.append(Content(""))
        with VerticalScroll(id="help-dialog"):
            yield Static(plain("Keys", "bold"), id="help-title")
            yield Static(Content("\n").join(lines), id="help-keys")
            yield Static(plain("Esc, ? or Q closes this help.", "italic"), id="help-close")

    def action_close(self) -> None:
        self.dismiss(None)
