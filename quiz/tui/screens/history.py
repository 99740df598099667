"""Past games (history) and the full review of one of them.

:class:`HistoryScreen` lists a player's games, newest first; Enter on a row asks the app for
that game's review (:class:`HistoryScreen.Open`), which comes back as a
:class:`GameReviewScreen`: every question with your answer, the key, the explanation and the
source. Both only lay out what the store returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from quiz.game.clock import format_seconds
from quiz.game.modes import MODES
from quiz.game.scoring import right_count
from quiz.game.session import OUTCOME_MARKS
from quiz.store import GameRow, ReviewItem
from quiz.tui.styles import style
from quiz.tui.text import plain
from quiz.tui.widgets.title import TitleBar


def _mode_title(mode: str) -> str:
    cls = MODES.get(mode)
    return cls.title if cls is not None else mode


def _accuracy(game: GameRow) -> str:
    return "–" if game.accuracy is None else f"{game.accuracy:.0%}"


def _cell(text: str, justify: str = "left") -> Text:
    return Text(text, no_wrap=True, overflow="ellipsis", justify=justify)  # type: ignore[arg-type]


class HistoryScreen(Screen[None]):
    """A player's past games; Enter opens one, Esc goes back."""

    CSS_PATH = style("history")

    BINDING_GROUP_TITLE = "History"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back"),
        Binding("enter", "open", "Review the game", show=True),
    ]

    class Open(Message):
        """The player wants the full review of game ``session_id``."""

        def __init__(self, session_id: int) -> None:
            super().__init__()
            self.session_id = session_id

    def __init__(self, games: Sequence[GameRow], *, player: str) -> None:
        super().__init__()
        self.games = list(games)
        self.player = player

    def compose(self) -> ComposeResult:
        yield TitleBar(self.app.title, "History")
        count = len(self.games)
        yield Static(
            plain(
                f"History · {self.player} · {count} game{'s' if count != 1 else ''}"
                + (" · Enter reviews the highlighted game" if count else ""),
                "bold",
            ),
            id="history-title",
        )
        if self.games:
            yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        else:
            yield Static(
                plain("No games yet: your finished and unfinished games will be listed here."),
                classes="empty",
            )
        yield Footer()

    def on_mount(self) -> None:
        if not self.games:
            return
        table = self.query_one("#history-table", DataTable)
        table.add_column("Date (UTC)", width=16)
        table.add_column("Mode", width=8)
        table.add_column("Film(s)", width=18)
        table.add_column("Score", width=6)
        table.add_column("Right", width=6)
        table.add_column("Acc.", width=4)
        table.add_column("Time", width=5)
        for game in self.games:
            films = ", ".join(game.films) or game.set_title
            mode = _mode_title(game.mode) + ("" if game.finished else "*")
            table.add_row(
                _cell(game.when),
                _cell(mode),
                _cell(films),
                _cell(str(game.score), "right"),
                _cell(right_count(game.right, game.asked)),
                _cell(_accuracy(game), "right"),
                _cell(format_seconds(game.seconds), "right"),
                key=str(game.session_id),
            )
        table.focus()

    def action_open(self) -> None:
        if not self.games:
            return
        table = self.query_one("#history-table", DataTable)
        self.post_message(self.Open(self.games[table.cursor_row].session_id))

    @on(DataTable.RowSelected, "#history-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Open(self.games[event.cursor_row].session_id))

    def action_close(self) -> None:
        self.dismiss(None)


def your_answer(item: ReviewItem) -> str:
    if item.outcome == "timeout":
        return "(time ran out)"
    if item.outcome == "skipped":
        return "(skipped)"
    return item.chosen or ""


def review_block(item: ReviewItem) -> Content:
    """One answered question: stem, your answer, the key, why, and the source."""
    question = item.question
    stem = question.question if question else f"(question {item.question_id} is not kept)"
    lines = [
        Content.assemble(
            (f"{item.position:>2}. {OUTCOME_MARKS.get(item.outcome, '?')} ", "bold"), stem
        ),
        Content.assemble(("    Your answer:  ", "bold"), your_answer(item)),
        Content.assemble(("    Right answer: ", "bold"), item.correct_answer),
    ]
    if question and question.explanation:
        lines.append(Content.assemble(("    Why: ", "bold"), question.explanation))
    if question and question.source:
        source = question.source
        lines.append(
            Content.assemble(
                ("    Source: ", "bold"),
                f"{source.path}, line {source.line}: “",
                (source.quote, "italic"),
                "”",
            )
        )
    return Content("\n").join(lines)


class GameReviewScreen(Screen[None]):
    """Every question of one past game, with the answers, why and where from."""

    CSS_PATH = style("history")

    BINDING_GROUP_TITLE = "Game review"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "close", "Back")]

    def __init__(self, game: GameRow, items: Sequence[ReviewItem]) -> None:
        super().__init__()
        self.game = game
        self.items = list(items)

    def compose(self) -> ComposeResult:
        game = self.game
        yield TitleBar(self.app.title, "Game review")
        with VerticalScroll(id="review-body"):
            yield Static(
                plain(
                    f"{_mode_title(game.mode)} · {game.player} · {game.when} UTC · "
                    f"{game.set_title}",
                    "bold",
                ),
                id="review-title",
            )
            yield Static(
                plain(
                    f"Score {game.score}   Right {right_count(game.right, game.asked)} "
                    f"({_accuracy(game)})   Time {format_seconds(game.seconds)}"
                    + ("" if game.finished else "   (unfinished)")
                ),
                id="review-numbers",
            )
            for item in self.items:
                yield Static(review_block(item), classes="review-item")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#review-body", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)
