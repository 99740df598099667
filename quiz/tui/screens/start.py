"""The start screen: who plays, which film, which mode, how many questions, which topics.

It is pre-filled from the ``quiz play`` flags (the app passes the :class:`GameConfig` down) and
posts :class:`StartScreen.Submitted` with the edited config when the player presses Enter; the
app builds the game. A live line says how many questions match, so nobody starts a game of
twenty and gets five without being told.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
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
from quiz.game.modes import COUNT_CHOICES, DEFAULT_MODE, MODES
from quiz.game.setup import DEFAULT_PLAYER, GameConfig, matching
from quiz.tui.text import plain
from quiz.tui.widgets.title import TitleBar

ALL = ""
"""Select value meaning "no filter" (all films, any difficulty)."""


def _value(select: Select[str]) -> str:
    value = select.value
    return value if isinstance(value, str) else ALL


def match_line(
    pool: Sequence[Question], config: GameConfig, scheduled: Collection[str] = ()
) -> str:
    """What the chosen settings will play, in words (``scheduled``: the ids in the player's
    practice schedule, for the modes that play from it).

    It adds to the mode's summary shown above it, never repeats it.
    """
    mode = MODES[config.mode]
    if not mode.uses_filters:
        found = len(pool)
    elif mode.needs_history:
        wanted = set(scheduled)
        found = sum(1 for q in matching(pool, config) if q.id in wanted)
    else:
        found = len(matching(pool, config))
    return mode.match_line(found, config.count)


def split_names(text: str) -> tuple[str, ...]:
    """``"bob, cy ,, dee"`` → ``("bob", "cy", "dee")``."""
    return tuple(name.strip() for name in text.split(",") if name.strip())


def _nothing_scheduled(player: str) -> Collection[str]:
    return ()


def category_counts(pool: Sequence[Question], config: GameConfig) -> Counter[str]:
    """Questions per category for the chosen film and difficulty (categories not applied)."""
    return Counter(q.category for q in matching(pool, replace(config, categories=())))


def category_prompt(name: str, count: int, ticked: bool) -> Content:
    """``[x] cast (12)``: the state in text, for screen readers and monochrome terminals."""
    return Content(f"{'[x]' if ticked else '[ ]'} {name} ({count})")


class StartScreen(Screen[None]):
    """Choose and start a game; Enter starts from any field."""

    BINDING_GROUP_TITLE = "Start"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "Start the game", priority=True),
        Binding("f4", "pick_player", "Players", tooltip="Pick, add or rename a player"),
    ]

    class PlayerWanted(Message):
        """The player asked for the player picker."""

        def __init__(self, current: str) -> None:
            super().__init__()
            self.current = current

    class Submitted(Message):
        """The player asked to start a game with ``config``."""

        def __init__(self, config: GameConfig) -> None:
            super().__init__()
            self.config = config

    def __init__(
        self,
        config: GameConfig,
        *,
        pool: Sequence[Question],
        set_title: str,
        due_today: Callable[[str], int] | None = None,
        scheduled: Callable[[str], Collection[str]] = _nothing_scheduled,
    ) -> None:
        """``due_today(player)`` counts the player's practice questions due today;
        ``scheduled(player)`` gives the ids in their practice schedule (the store's)."""
        super().__init__()
        self.due_today = due_today
        self.scheduled = scheduled
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
                yield Label("With")
                yield Input(
                    ", ".join(config.others),
                    placeholder="hot-seat only: bob, cy",
                    id="others",
                    compact=True,
                    max_length=130,
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
                    [(Text(cls.title), name) for name, cls in MODES.items()],
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
                # Every category of the set stays listed (a count of 0 says why nothing
                # matches); the counts follow the film and difficulty chosen (_refresh).
                yield SelectionList[str](
                    *(
                        (
                            category_prompt(name, n, name in config.categories),
                            name,
                            name in config.categories,
                        )
                        for name, n in sorted(categories.items())
                    ),
                    id="categories",
                )
        yield Static(id="mode-summary", markup=False)
        yield Static(id="match", markup=False)
        yield Static(id="due", markup=False)
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
        mode = _value(self.query_one("#mode", Select))
        mode = mode if mode in MODES else DEFAULT_MODE
        others = self.query_one("#others", Input).value
        return replace(
            self.config,
            player=player,
            mode=mode,
            others=split_names(others) if MODES[mode].multiplayer() else (),
            count=int(count) if count.isdigit() else None,
            difficulty=difficulty or None,
            films=(film,) if film else (),
            categories=tuple(self.query_one("#categories", SelectionList).selected),
        )

    def _refresh(self) -> None:
        config = self.current_config()
        mode = MODES[config.mode]
        self.query_one("#mode-summary", Static).update(plain(f"{mode.title}: {mode.summary}"))
        scheduled = self.scheduled(config.player) if MODES[config.mode].needs_history else ()
        self.query_one("#match", Static).update(plain(match_line(self.pool, config, scheduled)))
        self._refresh_categories(config)
        self._refresh_due(config.player)
        self.query_one("#count", Select).disabled = not mode.uses_count
        self.query_one("#others", Input).disabled = not mode.multiplayer()
        for selector in ("#film", "#difficulty", "#categories"):
            self.query_one(selector).disabled = not mode.uses_filters

    def _refresh_due(self, player: str) -> None:
        due = self.due_today(player) if self.due_today is not None else 0
        text = ""
        if due:
            noun = "question" if due == 1 else "questions"
            text = f"Practice: {due} {noun} due today for {player}."
        line = self.query_one("#due", Static)
        line.update(plain(text))
        line.display = bool(text)

    def _refresh_categories(self, config: GameConfig) -> None:
        """Counts for the chosen film and difficulty, and each tick state in words."""
        counts = category_counts(self.pool, config)
        selection = self.query_one("#categories", SelectionList)
        ticked = set(selection.selected)
        for index in range(selection.option_count):
            name = selection.get_option_at_index(index).value
            prompt = category_prompt(name, counts.get(name, 0), name in ticked)
            selection.replace_option_prompt_at_index(index, prompt)

    @on(Select.Changed)
    @on(SelectionList.SelectedChanged)
    def _changed(self) -> None:
        self._refresh()

    @on(Input.Changed, "#player")
    def _player_changed(self, event: Input.Changed) -> None:
        self._refresh_due(event.value.strip() or DEFAULT_PLAYER)
        if MODES[self.current_config().mode].needs_history:
            self._refresh()

    def action_pick_player(self) -> None:
        self.post_message(self.PlayerWanted(self.current_config().player))

    def use_player(self, name: str) -> None:
        """Put ``name`` in the Player field (the picker's choice)."""
        self.query_one("#player", Input).value = name
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
