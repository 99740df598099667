"""The high-score tables: one tab per ranked mode, in it one top 10 per (length, set).

Games rank only against games of the same mode, the same number of questions and the same
question set (7/10 never sits below 33/118). The app reads the tables from the store and hands
them down; the screen only shows them, each under a heading naming its set and length, with
the game just played marked so the player can find it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

from quiz.game.clock import format_seconds
from quiz.game.modes import MODES, ModeName
from quiz.game.scoring import right_count
from quiz.store import HighScore
from quiz.tui.styles import style
from quiz.tui.text import plain
from quiz.tui.widgets.title import TitleBar

ScoreTable = tuple[str, int, Sequence[HighScore]]
"""``(set title, question count, rows)``, as :meth:`quiz.store.Store.score_tables` gives."""


def table_heading(set_title: str, planned: int) -> str:
    """``Salt Road (2019 film) · 10 questions``."""
    return f"{set_title} · {planned} question{'s' if planned != 1 else ''}"


class HighScoresScreen(Screen[None]):
    """Top 10 per mode; ← → switch modes, Esc goes back."""

    CSS_PATH = style("high_scores")

    BINDING_GROUP_TITLE = "High scores"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back"),
        Binding("left", "switch(-1)", "Previous mode", show=False),
        Binding("right", "switch(1)", "Next mode", show=False),
    ]

    def __init__(
        self,
        tables: Mapping[ModeName, Sequence[ScoreTable]],
        *,
        initial: ModeName,
        highlight: int | None = None,
    ) -> None:
        super().__init__()
        self.tables = dict(tables)
        self.initial = initial if initial in tables else next(iter(tables))
        self.highlight = highlight
        """Session id of the game to mark (the one just played)."""

    def compose(self) -> ComposeResult:
        yield TitleBar(self.app.title, "High scores")
        yield Static(
            plain("High scores: the 10 best games per mode, length and question set", "bold"),
            id="hs-title",
        )
        with TabbedContent(initial=f"tab-{self.initial}", id="hs-tabs"):
            for mode, tables in self.tables.items():
                with TabPane(MODES[mode].title, id=f"tab-{mode}"):
                    if not tables:
                        yield Static(plain("No finished games yet.", "italic"), classes="empty")
                    with VerticalScroll(classes="hs-tables"):
                        for index, (set_title, planned, _rows) in enumerate(tables):
                            yield Static(
                                plain(table_heading(set_title, planned), "bold"),
                                classes="hs-heading",
                            )
                            yield DataTable(
                                id=f"table-{mode}-{index}",
                                show_cursor=False,
                                zebra_stripes=True,
                                classes="hs-table",
                            )
        yield Footer()

    def on_mount(self) -> None:
        for mode, tables in self.tables.items():
            for index, (_set_title, _planned, rows) in enumerate(tables):
                self._fill(self.query_one(f"#table-{mode}-{index}", DataTable), rows)

    def _fill(self, table: DataTable[object], rows: Sequence[HighScore]) -> None:
        table.add_column("#", width=3)
        table.add_column("Player", width=16)
        table.add_column("Score", width=7)
        table.add_column("Right", width=7)
        table.add_column("Streak", width=6)
        table.add_column("Time", width=6)
        table.add_column("Date", width=10)
        for row in rows:
            mine = row.session_id == self.highlight
            style = "bold reverse" if mine else ""
            table.add_row(
                Text(f"{row.rank}{'▶' if mine else ''}", style=style),
                Text(row.player, style=style, no_wrap=True, overflow="ellipsis"),
                Text(str(row.score), style=style, justify="right"),
                Text(right_count(row.right, row.asked), style=style),
                Text(str(row.best_streak), style=style, justify="right"),
                Text(format_seconds(row.seconds), style=style, justify="right"),
                Text(row.day, style=style),
            )

    def action_switch(self, step: int) -> None:
        tabs = self.query_one(TabbedContent)
        modes: list[str] = list(self.tables)
        current = (tabs.active or "").removeprefix("tab-")
        index = modes.index(current) if current in modes else 0
        tabs.active = f"tab-{modes[(index + step) % len(modes)]}"

    def action_close(self) -> None:
        self.dismiss(None)
