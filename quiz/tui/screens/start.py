"""The start screen: who plays, which film, which mode, how many questions, which topics.

It is pre-filled from the ``quiz play`` flags (the app passes the :class:`GameConfig` down) and
posts :class:`StartScreen.Submitted` with the edited config when the player presses Enter; the
app builds the game. A live line says how many questions match, so nobody starts a game of
twenty and gets five without being told.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Select, SelectionList, Static

from quiz.bank import DIFFICULTIES, Question
from quiz.game.modes import COUNT_CHOICES, MODE_CLASSES, MODE_NAMES, mode_name
from quiz.game.setup import DEFAULT_PLAYER, GameConfig, matching
from quiz.tui.text import plain
from quiz.tui.widgets.title import TitleBar

ALL = ""
"""Select value meaning "no filter" (all films, any difficulty)."""


def _value(select: Select[str]) -> str:
    value = select.value
    return value if isinstance(value, str) else ALL


def match_line(pool: Sequence[Question], config: GameConfig) -> str:
    """What the chosen settings will play, in words."""
    mode = MODE_CLASSES[config.mode]
    if not mode.uses_filters:
        return f"{mode.title}: today's questions, the same for everyone (filters do not apply)."
    found = len(matching(pool, config))
    noun = "question matches" if found == 1 else "questions match"
    if config.mode == "practice":
        return f"{found} {noun}; practice plays those you answered wrong before."
    if not mode.uses_count or config.count is None:
        return f"{found} {noun}; the game can use all of them."
    if found < config.count:
        return f"Only {found} {noun}: the game will have {found}, not {config.count}."
    return f"{found} {noun}; the game will have {config.count}."


class StartScreen(Screen[None]):
    """Choose and start a game; Enter starts from any field."""

    BINDING_GROUP_TITLE = "Start"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "Start the game", priority=True),
    ]

    class Submitted(Message):
        """The player asked to start a game with ``config``."""

        def __init__(self, config: GameConfig) -> None:
            super().__init__()
            self.config = config

    def __init__(self, config: GameConfig, *, pool: Sequence[Question], set_title: str) -> None:
        super().__init__()
        self.config = config
        """The settings the fields start from (the CLI flags, or the last game's)."""
        self.pool = list(pool)
        self.set_title = set_title

    def compose(self) -> ComposeResult:
        config = self.config
        films = sorted({q.film for q in self.pool if q.film})
        categories = Counter(q.category for q in self.pool)
        counts = list(COUNT_CHOICES)
        if config.count not in counts:
            counts.insert(0, config.count)
        yield TitleBar(self.app.title, "Start")
        yield Static(plain(f"New quiz · {self.set_title}", "bold"), id="start-title")
        with Horizontal(id="start-form"):
            with Grid(id="start-fields"):
                yield Label("Player")
                yield Input(
                    config.player,
                    placeholder=DEFAULT_PLAYER,
                    id="player",
                    compact=True,
                    max_length=40,
                )
                yield Label("Film")
                yield Select[str](
                    [(Text("All films"), ALL)] + [(Text(film), film) for film in films],
                    value=config.films[0]
                    if len(config.films) == 1 and config.films[0] in films
                    else ALL,
                    allow_blank=False,
                    id="film",
                    compact=True,
                )
                yield Label("Mode")
                yield Select[str](
                    [(Text(MODE_CLASSES[name].title), name) for name in MODE_NAMES],
                    value=config.mode,
                    allow_blank=False,
                    id="mode",
                    compact=True,
                )
                yield Label("Questions")
                yield Select[str](
                    [(Text("All" if n is None else str(n)), str(n or "all")) for n in counts],
                    value=str(config.count or "all"),
                    allow_blank=False,
                    id="count",
                    compact=True,
                )
                yield Label("Difficulty")
                yield Select[str](
                    [(Text("Any"), ALL)] + [(Text(d.capitalize()), d) for d in DIFFICULTIES],
                    value=config.difficulty if config.difficulty in DIFFICULTIES else ALL,
                    allow_blank=False,
                    id="difficulty",
                    compact=True,
                )
            with Vertical(id="start-categories"):
                yield Label("Categories (none ticked: all)")
                yield SelectionList[str](
                    *(
                        (Content(f"{name} ({n})"), name, name in config.categories)
                        for name, n in sorted(categories.items())
                    ),
                    id="categories",
                )
        yield Static(id="mode-summary", markup=False)
        yield Static(id="match", markup=False)
        with Horizontal(id="start-buttons"):
            yield Button("Start (Enter)", id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#player", Input).focus()
        self._refresh()

    def current_config(self) -> GameConfig:
        """The settings as the fields show them now."""
        film = _value(self.query_one("#film", Select))
        count = _value(self.query_one("#count", Select))
        difficulty = _value(self.query_one("#difficulty", Select))
        player = self.query_one("#player", Input).value.strip() or DEFAULT_PLAYER
        return replace(
            self.config,
            player=player,
            mode=mode_name(_value(self.query_one("#mode", Select)), default="classic"),
            count=int(count) if count.isdigit() else None,
            difficulty=difficulty or None,
            films=(film,) if film else (),
            categories=tuple(self.query_one("#categories", SelectionList).selected),
        )

    def _refresh(self) -> None:
        config = self.current_config()
        mode = MODE_CLASSES[config.mode]
        self.query_one("#mode-summary", Static).update(plain(f"{mode.title}: {mode.summary}"))
        self.query_one("#match", Static).update(plain(match_line(self.pool, config)))
        self.query_one("#count", Select).disabled = not mode.uses_count
        for selector in ("#film", "#difficulty", "#categories"):
            self.query_one(selector).disabled = not mode.uses_filters

    @on(Select.Changed)
    @on(SelectionList.SelectedChanged)
    def _changed(self) -> None:
        self._refresh()

    def action_start(self) -> None:
        """Start, unless Enter is needed to pick from an open menu."""
        if any(select.expanded for select in self.query(Select)):
            raise SkipAction()
        self.post_message(self.Submitted(self.current_config()))

    @on(Button.Pressed, "#start")
    def _start_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_start()
