"""Hot-seat screens: "pass the keyboard" between turns, and the leaderboard at the end.

Both only show what the app hands them (:mod:`quiz.game.hotseat` decides the order).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Static

from quiz.game.clock import format_seconds
from quiz.game.hotseat import Standing
from quiz.game.scoring import right_count
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.styles import style
from quiz.tui.text import plain
from quiz.tui.widgets.title import TitleBar


class TurnScreen(Screen[None]):
    """Between two turns: who plays next; Enter when they are ready."""

    CSS_PATH = style("hotseat")

    BINDING_GROUP_TITLE = "Hot-seat"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter,space", "ready", "Start my turn")]

    class Ready(Message):
        """The next player is at the keyboard."""

    def __init__(self, player: str, *, turn: int, of: int, previous: str, score: int) -> None:
        super().__init__()
        self.player = player
        self.turn = turn
        self.of = of
        self.previous = previous
        self.score = score

    def compose(self) -> ComposeResult:
        yield TitleBar(self.app.title, "Hot-seat")
        with Vertical(id="turn-box"):
            yield Static(
                plain(f"{self.previous} scored {self.score}. Don't tell!"), id="turn-previous"
            )
            yield Static(
                plain(f"Turn {self.turn} of {self.of}: pass the keyboard to {self.player}", "bold"),
                id="turn-next",
            )
            yield Static(plain("Same questions, same order. Enter when ready."), id="turn-hint")
        yield Footer()

    def action_ready(self) -> None:
        self.post_message(self.Ready())


class LeaderboardScreen(Screen[None]):
    """The hot-seat results: everyone's score, best first."""

    CSS_PATH = style("hotseat")

    BINDING_GROUP_TITLE = "Leaderboard"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('again')", "Play again"),
        Binding("n", "choose('new')", "New quiz"),
        Binding("q", "choose('quit')", "Quit"),
    ]

    def __init__(self, standings: Sequence[Standing], *, set_title: str) -> None:
        super().__init__()
        self.standings = list(standings)
        self.set_title = set_title

    def compose(self) -> ComposeResult:
        yield TitleBar(self.app.title, "Hot-seat")
        yield Static(plain(f"Leaderboard · {self.set_title}", "bold"), id="board-title")
        winners = [s.player for s in self.standings if s.rank == 1]
        verdict = f"{winners[0]} wins!" if len(winners) == 1 else f"A tie: {', '.join(winners)}!"
        yield Static(plain(verdict, "bold"), id="board-winner")
        yield DataTable(id="board", show_cursor=False, zebra_stripes=True)
        with Horizontal(id="board-buttons"):
            yield Button("Play again (r)", id="again", variant="primary")
            yield Button("New quiz (n)", id="new")
            yield Button("Quit (q)", id="quit")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#board", DataTable)
        table.add_column("#", width=3)
        table.add_column("Player", width=20)
        table.add_column("Score", width=7)
        table.add_column("Right", width=7)
        table.add_column("Time", width=6)
        for row in self.standings:
            table.add_row(
                str(row.rank),
                Text(row.player, no_wrap=True, overflow="ellipsis"),
                Text(str(row.score), justify="right"),
                right_count(row.right, row.asked),
                Text(format_seconds(row.seconds), justify="right"),
            )
        table.focus()

    def action_choose(self, choice: str) -> None:
        if choice in ("again", "new", "quit"):
            self.post_message(ResultsScreen.Chosen(choice))  # type: ignore[arg-type]

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose(event.button.id or "")
