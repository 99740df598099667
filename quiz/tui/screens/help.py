"""Help: every key of every screen, read from the bindings themselves.

Every row that names a key comes from a binding: the running app's (its class's ``BINDINGS``
merged with Textual's, so Ctrl+Q and Tab are listed as Textual binds them), the command
palette's key with the titles of the commands the app offers right now, and each screen's
``BINDINGS``. Change a binding and the help changes with it. What is not a binding of ours
(arrows and Enter inside an open menu, mouse clicks) is added by hand, as notes.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
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
    """``"1,a"`` → ``"1 / A"``; ``"ctrl+q"`` → ``"Ctrl+Q"``; ``"shift+tab"`` → ``"Shift+Tab"``."""
    shown = []
    for key in keys.split(","):
        *modifiers, name = key.strip().split("+")
        name = KEY_NAMES.get(name, name.upper() if len(name) == 1 else name.capitalize())
        shown.append("+".join([*(m.capitalize() for m in modifiers), name]))
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


def class_bindings(cls: type[DOMNode]) -> list[Binding]:
    """The bindings of ``cls`` and its bases, a subclass's binding of a key replacing its base's.

    The same merge Textual does when it builds a node's bindings, read from the public
    ``BINDINGS`` of each class.
    """
    merged: dict[str, Binding] = {}
    for klass in reversed(cls.__mro__):
        for item in vars(klass).get("BINDINGS", ()):
            binding = item if isinstance(item, Binding) else Binding(*item)
            merged[binding.key] = binding
    return list(merged.values())


def everywhere_rows(app: App[object]) -> list[tuple[str, str]]:
    """The keys that work on every screen: the app's, the command palette's, focus moves."""
    rows = binding_rows(class_bindings(type(app)))
    if app.ENABLE_COMMAND_PALETTE:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        rows.append((key_text(app.COMMAND_PALETTE_BINDING), f"Commands: {', '.join(titles)}"))
    rows += binding_rows(class_bindings(Screen))
    return rows


def help_sections(app: App[object]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every screen's keys, in the order a game visits them."""
    from quiz.tui.screens.high_scores import HighScoresScreen
    from quiz.tui.screens.history import GameReviewScreen, HistoryScreen
    from quiz.tui.screens.hotseat import LeaderboardScreen, TurnScreen
    from quiz.tui.screens.players import PlayersScreen
    from quiz.tui.screens.question import QuestionScreen
    from quiz.tui.screens.results import ResultsScreen
    from quiz.tui.screens.start import StartScreen
    from quiz.tui.screens.stats import StatsScreen

    return [
        ("Everywhere", everywhere_rows(app)),
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
        ("History", binding_rows(HistoryScreen.BINDINGS)),
        ("Game review", binding_rows(GameReviewScreen.BINDINGS)),
        ("Stats", binding_rows(StatsScreen.BINDINGS)),
        ("Players (F4 on the start screen)", binding_rows(PlayersScreen.BINDINGS)),
        (
            "Hot-seat",
            [*binding_rows(TurnScreen.BINDINGS), *binding_rows(LeaderboardScreen.BINDINGS)],
        ),
    ]


TEXT_WIDTH = 72
"""Columns for text inside the dialog (``#help-dialog`` is 78 wide: border, padding, scrollbar)."""


class HelpScreen(ModalScreen[None]):
    """All keys, grouped by screen; any of Esc, ? or Q closes it."""

    CSS_PATH = style("help")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        lines: list[Content] = []
        for title, rows in help_sections(self.app):
            lines.append(plain(title, "bold underline"))
            width = max(len(keys) for keys, _ in rows)
            indent = " " * (width + 5)
            for keys, what in rows:
                first, *more = textwrap.wrap(what, TEXT_WIDTH - len(indent)) or [""]
                lines.append(Content.assemble(("  " + keys.ljust(width), "bold"), "   ", first))
                lines.extend(Content(indent + line) for line in more)
            lines.append(Content(""))
        with VerticalScroll(id="help-dialog"):
            yield Static(plain("Keys", "bold"), id="help-title")
            yield Static(Content("\n").join(lines), id="help-keys")
            yield Static(plain("Esc, ? or Q closes this help.", "italic"), id="help-close")

    def action_close(self) -> None:
        self.dismiss(None)
