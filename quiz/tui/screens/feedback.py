"""Feedback after each answer: right or wrong, the right answer, why, and where it came from.

Right and wrong are told by a symbol *and* words (``✔ Right`` / ``✘ Wrong``), never by colour
alone; the right option is marked ``✔ … ← right answer`` and a wrong choice ``✘ … ← your
answer``. The explanation and the source quote with its line number come straight from the
question, rendered as plain text.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.game.session import AnswerRecord, Session
from quiz.tui.text import format_seconds, option_line, plain
from quiz.tui.widgets.status import GameStatus


def verdict(record: AnswerRecord) -> Content:
    """The headline: symbol, word, points or the right answer."""
    round_ = record.round
    answer = f"{round_.correct_key}: {round_.correct_text}"
    if record.outcome == "right":
        points = record.points
        parts = [f"{points.base} points"]
        if points.time_bonus:
            parts.append(f"+ {points.time_bonus} time bonus")
        detail = " ".join(parts)
        if points.multiplier_percent != 100:
            detail = f"({detail}) {points.multiplier_text} streak"
        return Content.assemble(
            ("✔ Right!", "bold"), f"  +{points.total} points  ", (detail, "dim")
        )
    if record.outcome == "wrong":
        return Content.assemble(("✘ Wrong.", "bold"), "  The right answer is ", answer)
    if record.outcome == "timeout":
        return Content.assemble(("⌛ Time's up.", "bold"), "  The right answer is ", answer)
    return Content.assemble(("↷ Skipped.", "bold"), "  The answer was ", answer)


def option_lines(record: AnswerRecord) -> Content:
    """Every option, the right one and the player's choice marked in words."""
    round_ = record.round
    lines: list[Content] = []
    for index in range(len(round_.options)):
        mark, note = " ", ""
        if index == round_.correct_index:
            mark = "✔"
            note = "right answer, your answer" if index == record.chosen_index else "right answer"
        elif index == record.chosen_index:
            mark, note = "✘", "your answer"
        lines.append(option_line(round_, index, mark=mark, note=note))
    return Content("\n").join(lines)


def source_lines(record: AnswerRecord) -> Content:
    """``Source: path, line N`` and the quote, or an honest note when there is none."""
    source = record.question.source
    if source is None:
        return plain("Source: not given for this question.", "dim")
    return Content.assemble(
        ("Source: ", "bold"),
        f"{source.path}, line {source.line}\n",
        ("“", "dim"),
        (source.quote, "italic"),
        ("”", "dim"),
    )


class FeedbackScreen(Screen[None]):
    """Shown after every answer; Enter or Space goes on."""

    BINDING_GROUP_TITLE = "Feedback"
    BINDINGS: list[BindingType] = [
        Binding("enter,space", "continue", "Continue"),
        Binding("escape", "app.quit", "Quit", show=False),
    ]

    def __init__(self, record: AnswerRecord, session: Session, *, set_title: str) -> None:
        super().__init__()
        self.record = record
        self.session = session
        self.set_title = set_title

    def compose(self) -> ComposeResult:
        record = self.record
        question = record.question
        yield Header()
        yield GameStatus(id="status")
        with VerticalScroll(id="feedback-body", can_focus=False):
            yield Static(verdict(record), id="verdict", classes=f"-{record.outcome}")
            yield Static(plain(question.question), id="stem", markup=False)
            yield Static(option_lines(record), id="marked-options")
            if question.explanation:
                yield Static(
                    Content.assemble(("Why: ", "bold"), question.explanation), id="explanation"
                )
            yield Static(source_lines(record), id="source")
        last = self.session.is_over
        hint = "see your results" if last else "next question"
        yield Static(
            Content.assemble(
                ("Enter", "bold"),
                " or ",
                ("Space", "bold"),
                f": {hint}  ·  answered in {format_seconds(record.seconds)}",
            ),
            id="continue-hint",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{self.session.mode.title} · {self.set_title}"
        self.query_one(GameStatus).show(self.session)

    def action_continue(self) -> None:
        self.dismiss(None)
