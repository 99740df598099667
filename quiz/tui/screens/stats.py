"""The stats screen: the numbers of :mod:`quiz.analysis.stats` as terminal plots.

Plots are drawn by ``textual-plotext`` (Textualize's widget around plotext: pure Python, no
numpy, redrawn to the widget's size and coloured from the Textual theme), one plot per tab so
each gets the whole body: readable at 80×24, roomier when the window grows. Accuracy over
time and response time are line plots by game; categories, difficulty and films are
horizontal bars (long names stay readable); the questions missed most are a table.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane
from textual_plotext import PlotextPlot

from quiz.analysis.stats import Breakdown, PlayerStats
from quiz.tui.styles import style
from quiz.tui.text import plain
from quiz.tui.widgets.title import TitleBar

TABS = ("accuracy", "time", "categories", "difficulty", "missed")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def summary_line(stats: PlayerStats) -> str:
    seconds = "–" if stats.mean_seconds is None else f"{stats.mean_seconds:.1f} s"
    return (
        f"{stats.games} games · {stats.answered} answered · {_percent(stats.accuracy)} right · "
        f"best streak {stats.best_streak} · {seconds} per answer"
    )


def game_ticks(games: list[int], most: int = 8) -> list[float]:
    """At most ``most`` whole game numbers, evenly spread, first and last included."""
    if len(games) <= most:
        return [float(g) for g in games]
    step = -(-(len(games) - 1) // (most - 1))
    ticks = games[::step]
    chosen = ticks if ticks[-1] == games[-1] else [*ticks[:-1], games[-1]]
    return [float(g) for g in chosen]


class StatsScreen(Screen[None]):
    """A player's statistics, a plot per tab; ← → switch tabs, Esc goes back."""

    CSS_PATH = style("stats")

    BINDING_GROUP_TITLE = "Stats"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back"),
        Binding("left", "switch(-1)", "Previous tab", show=False),
        Binding("right", "switch(1)", "Next tab", show=False),
    ]

    def __init__(self, stats: PlayerStats) -> None:
        super().__init__()
        self.stats = stats

    def compose(self) -> ComposeResult:
        stats = self.stats
        yield TitleBar(self.app.title, "Stats")
        who = stats.player or "all players"
        yield Static(plain(f"Stats · {who}", "bold"), id="stats-title")
        if not stats.games:
            yield Static(plain("No games yet: play one and come back."), classes="empty")
            yield Footer()
            return
        yield Static(plain(summary_line(stats)), id="stats-summary")
        with TabbedContent(id="stats-tabs"):
            with TabPane("Accuracy", id="tab-accuracy"):
                yield PlotextPlot(id="plot-accuracy")
            with TabPane("Time", id="tab-time"):
                yield PlotextPlot(id="plot-time")
            with TabPane("Categories", id="tab-categories"):
                yield PlotextPlot(id="plot-categories")
            with TabPane("Difficulty · film", id="tab-difficulty"):
                yield PlotextPlot(id="plot-difficulty", classes="half")
                yield PlotextPlot(id="plot-films", classes="half")
            with TabPane("Missed most", id="tab-missed"):
                yield DataTable(id="missed", show_cursor=False, zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        if not self.stats.games:
            return
        self._over_time()
        self._bars("#plot-categories", "Right by category (%)", self.stats.by_category)
        self._bars("#plot-difficulty", "Right by difficulty (%)", self.stats.by_difficulty)
        self._bars("#plot-films", "Right by film (%)", self.stats.by_film)
        self._missed()

    def _over_time(self) -> None:
        points = [p for p in self.stats.over_time if p.accuracy is not None]
        games = [p.number for p in points]
        accuracy = self.query_one("#plot-accuracy", PlotextPlot).plt
        accuracy.title("Right answers per game (%)")
        accuracy.plot(games, [100 * (p.accuracy or 0) for p in points], marker="braille")
        accuracy.scatter(games, [100 * (p.accuracy or 0) for p in points], marker="dot")
        accuracy.ylim(0, 100)
        accuracy.yticks([0, 25, 50, 75, 100])
        accuracy.xticks(game_ticks(games))
        accuracy.xlabel("game")
        timed = [p for p in points if p.mean_seconds is not None]
        seconds = self.query_one("#plot-time", PlotextPlot).plt
        seconds.title("Mean seconds per answer, per game")
        seconds.plot(
            [p.number for p in timed], [p.mean_seconds or 0 for p in timed], marker="braille"
        )
        seconds.ylim(0, max([p.mean_seconds or 0 for p in timed] + [1]) * 1.1)
        seconds.xticks(game_ticks([p.number for p in timed]))
        seconds.xlabel("game")

    def _bars(self, selector: str, title: str, rows: tuple[Breakdown, ...]) -> None:
        plt = self.query_one(selector, PlotextPlot).plt
        plt.title(title)
        if not rows:
            return
        # plotext draws the first bar at the bottom: reversed, the list reads top-down.
        ordered = list(reversed(rows))
        names = [f"{row.name} {_percent(row.accuracy)} of {row.answered}" for row in ordered]
        plt.bar(
            names,
            [round(100 * (row.accuracy or 0)) for row in ordered],
            orientation="horizontal",
            width=0.1,
        )
        plt.xlim(0, 100)
        plt.xticks([0, 25, 50, 75, 100])

    def _missed(self) -> None:
        table = self.query_one("#missed", DataTable)
        table.add_column("Missed", width=6)
        table.add_column("Seen", width=4)
        table.add_column("Question", width=60)
        for item in self.stats.most_missed:
            table.add_row(
                Text(str(item.missed), justify="right"),
                Text(str(item.seen), justify="right"),
                Text(item.stem or item.question_id, no_wrap=True, overflow="ellipsis"),
            )

    def action_switch(self, step: int) -> None:
        if not self.stats.games:
            return
        tabs = self.query_one(TabbedContent)
        current = (tabs.active or "").removeprefix("tab-")
        index = TABS.index(current) if current in TABS else 0
        tabs.active = f"tab-{TABS[(index + step) % len(TABS)]}"

    def action_close(self) -> None:
        self.dismiss(None)
