"""The end of a game: score, accuracy, best streak, time, categories, rank and a full review.

Everything shown comes from the session's :class:`~quiz.game.session.Summary` and the store's
:class:`~quiz.store.Rank`; the screen only lays it out. The player's next move (play again, new
quiz, high scores, quit) goes up to the app as :class:`ResultsScreen.Chosen`.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Static

from quiz.game.clock import format_seconds
from quiz.game.modes import ranked_titles
from quiz.game.scoring import right_count
from quiz.game.session import OUTCOME_MARKS, AnswerRecord, Summary
from quiz.store import Rank
from quiz.tui.styles import style
from quiz.tui.text import plain
from quiz.tui.widgets.title import TitleBar

Choice = Literal["again", "new", "scores", "history", "stats", "quit"]


_BUTTON_CHOICES: dict[str, Choice] = {
    "again": "again",
    "new": "new",
    "scores": "scores",
    "history": "history",
    "quit": "quit",
}


def _cell(text: str, style: str = "") -> Text:
    """A table cell that is never read as markup and ends in … when it does not fit."""
    return Text(text, style=style, no_wrap=True, overflow="ellipsis")


def _wrapped(text: str, style: str = "") -> Text:
    """A review cell that is never read as markup and wraps onto as many lines as it needs."""
    return Text(text, style=style, overflow="fold")


def _your_answer(record: AnswerRecord) -> str:
    if record.outcome == "timeout":
        return "(time ran out)"
    if record.outcome == "skipped":
        return "(skipped)"
    return record.chosen_text or ""


def review_widths(width: int) -> tuple[int, int]:
    """Widths of the question and the two answer columns for a terminal ``width`` wide.

    Fixed columns (number, mark), cell padding, the body's padding and a scrollbar take 19
    cells; the question gets half of the rest, each answer a quarter.
    """
    free = max(width - 19, 40)
    answer = free // 4
    return free - 2 * answer, answer


def headline(summary: Summary) -> Content:
    """``Score 1250 · Right 4/5 (80%) · Best streak 3 · Time 1:42``."""
    extra = []
    if summary.timeouts:
        extra.append(f"{summary.timeouts} timed out")
    if summary.skipped:
        extra.append(f"{summary.skipped} skipped")
    tail = f", {', '.join(extra)}" if extra else ""
    return Content.assemble(
        ("Score ", "bold"),
        (str(summary.score), "bold"),
        "   Right ",
        f"{right_count(summary.right, summary.asked)} ({summary.accuracy:.0%}){tail}",
        "   Best streak ",
        str(summary.best_streak),
        "   Time ",
        format_seconds(summary.seconds),
    )


def rank_line(
    summary: Summary,
    rank: Rank | None,
    *,
    ranked: bool,
    mode_title: str,
    saved: bool = True,
    replay: bool = False,
    planned: int | None = None,
) -> str:
    """Where this game places among the high scores (same mode, length and set), in words."""
    if not saved:
        return "Score not saved (the score database cannot be written): no rank."
    if replay:
        return "A replay of today's daily is practice: not ranked (your first game counts)."
    if not ranked:
        return f"{mode_title} games are not ranked; play {ranked_titles()}."
    if rank is None:
        return "This game could not be ranked (the score database is unavailable)."
    games = "game" if rank.out_of == 1 else "games"
    length = f" of {planned} questions" if planned else ""
    text = (
        f"Rank #{rank.position} of {rank.out_of} {mode_title.lower()} {games}{length} on this set"
    )
    if rank.position == 1 and rank.out_of > 1:
        return f"{text}: a new best score!"
    if rank.in_top:
        return f"{text}: in the top 10."
    return f"{text}."


class ResultsScreen(Screen[None]):
    """The summary of a finished game."""

    CSS_PATH = style("results")

    BINDING_GROUP_TITLE = "Results"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('again')", "Play again"),
        Binding("n", "choose('new')", "New quiz"),
        Binding("h", "choose('scores')", "High scores"),
        Binding("g", "choose('history')", "History"),
        Binding("t", "choose('stats')", "Stats"),
        Binding("q", "choose('quit')", "Quit"),
    ]

    class Chosen(Message):
        """The player picked what to do next."""

        def __init__(self, choice: Choice) -> None:
            super().__init__()
            self.choice: Choice = choice

    def __init__(
        self,
        summary: Summary,
        *,
        rank: Rank | None,
        ranked: bool,
        mode_title: str,
        set_title: str,
        saved: bool = True,
        replay: bool = False,
        planned: int | None = None,
    ) -> None:
        """``saved=False``: the store is not writing (no rank is claimed); ``replay``: a daily
        played again the same day (practice: no rank, no share line)."""
        super().__init__()
        self.summary = summary
        self.rank = rank
        self.ranked = ranked
        self.saved = saved
        self.mode_title = mode_title
        self.set_title = set_title
        self.replay = replay
        self.planned = planned
        """The game's length, the table it is ranked in (with the mode and the set)."""

    def compose(self) -> ComposeResult:
        summary = self.summary
        yield TitleBar(self.app.title, self.mode_title)
        with VerticalScroll(id="results-body"):
            yield Static(
                plain(f"Results · {self.mode_title} · {self.set_title}", "bold"),
                id="results-title",
            )
            yield Static(headline(summary), id="results-numbers")
            yield Static(
                plain(
                    rank_line(
                        summary,
                        self.rank,
                        ranked=self.ranked,
                        mode_title=self.mode_title,
                        saved=self.saved,
                        replay=self.replay,
                        planned=self.planned,
                    )
                ),
                id="rank",
            )
            if summary.share and not self.replay:
                yield Static(Content.assemble(("Share: ", "bold"), summary.share), id="share")
            yield Static(plain("By category", "bold"), classes="section-title")
            yield DataTable(id="categories", show_cursor=False, zebra_stripes=True)
            yield Static(plain("Review", "bold"), classes="section-title")
            yield DataTable(id="review", show_cursor=False, zebra_stripes=True)
        with Horizontal(id="results-buttons"):
            yield Button("Play again (r)", id="again", variant="primary")
            yield Button("New quiz (n)", id="new")
            yield Button("High scores (h)", id="scores")
            yield Button("History (g)", id="history")
            yield Button("Quit (q)", id="quit")
        yield Footer()

    def on_mount(self) -> None:
        categories = self.query_one("#categories", DataTable)
        categories.add_column("Category", width=20)
        categories.add_column("Right", width=8)
        categories.add_column("Share", width=6)
        categories.add_column("Skipped", width=7)
        for stat in self.summary.categories:
            # Same rules as the headline: right/questions, accuracy right ÷ answered.
            accuracy = stat.accuracy
            categories.add_row(
                _cell(stat.category),
                _cell(right_count(stat.right, stat.asked)),
                "–" if accuracy is None else f"{accuracy:.0%}",
                str(stat.skipped) if stat.skipped else "",
            )
        self._fill_review(self.app.size.width)
        # Focus the review, not a button: an extra Enter after the last answer must not
        # start another game by accident. The buttons have their own keys (r, n, h, q).
        self.query_one("#results-body", VerticalScroll).focus()

    def _fill_review(self, width: int) -> None:
        """(Re)build the review table with columns sized to the terminal width."""
        question_width, answer_width = review_widths(width)
        review = self.query_one("#review", DataTable)
        review.clear(columns=True)
        review.add_column("#", width=3)
        review.add_column("", width=1)
        review.add_column("Question", width=question_width)
        review.add_column("Your answer", width=answer_width)
        review.add_column("Right answer", width=answer_width)
        for record in self.summary.records:
            # Full texts, wrapped (height=None: each row as tall as its longest cell), so
            # two answers that differ only at the end never look the same.
            review.add_row(
                str(record.round.number),
                OUTCOME_MARKS[record.outcome],
                _wrapped(record.question.question),
                _wrapped(_your_answer(record)),
                _wrapped(record.question.correct_answer),
                height=None,
            )

    def on_resize(self, event: events.Resize) -> None:
        self._fill_review(event.size.width)

    def action_choose(self, choice: Choice) -> None:
        self.post_message(self.Chosen(choice))

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        choice = _BUTTON_CHOICES.get(event.button.id or "")
        if choice is not None:
            self.post_message(self.Chosen(choice))
