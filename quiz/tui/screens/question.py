"""The question screen: the stem, options A–D, progress, score, streak, countdown, lifelines.

The screen owns no rules. It asks the session for the next question, passes the player's choice
to it and shows the feedback screen with whatever record comes back; when the session says the
game is over it posts :class:`QuestionScreen.Finished` and the app takes it from there.

The countdown is polled from the engine (which reads the injected clock) ten times a second;
the screen's timer only decides how often to look, never how much time is left. While another
screen covers this one (help, a dialog, "terminal too small") the session's clock is paused.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, OptionList, Static

from quiz.game.session import AnswerRecord, Session
from quiz.tui.screens.feedback import FeedbackScreen
from quiz.tui.text import plain
from quiz.tui.widgets.answers import AnswerList
from quiz.tui.widgets.status import GameStatus

TICK_SECONDS = 0.1
"""How often a timed question checks the engine's clock."""

ANSWER_HINT = "Answer with 1–4 or A–D, ↑ ↓ and Enter, or a click."


class QuestionScreen(Screen[None]):
    """One question at a time until the session is over."""

    BINDING_GROUP_TITLE = "Question"
    BINDINGS: list[BindingType] = [
        Binding("1,a", "answer(0)", "Answer A", show=False),
        Binding("2,b", "answer(1)", "Answer B", show=False),
        Binding("3,c", "answer(2)", "Answer C", show=False),
        Binding("4,d", "answer(3)", "Answer D", show=False),
        Binding("f", "fifty_fifty", "50:50", tooltip="Remove two wrong options (once a game)"),
        Binding("s", "skip", "Skip", tooltip="Skip this question (once a game)"),
        Binding("escape", "app.quit", "Quit", show=False),
    ]

    class Finished(Message):
        """The session is over; the app shows the results."""

        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    def __init__(self, session: Session, *, set_title: str) -> None:
        super().__init__()
        self.session = session
        """The game being played (the single source of truth)."""
        self.set_title = set_title
        self._ticker: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield GameStatus(id="status")
        with VerticalScroll(id="question-body", can_focus=False):
            yield Static(id="meta", markup=False)
            yield Static(id="stem", markup=False)
            yield AnswerList(id="answers")
            yield Static(id="lifelines", markup=False)
            yield Static(ANSWER_HINT, id="hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{self.session.mode.title} · {self.set_title}"
        if self.session.mode.time_limit is not None:
            self._ticker = self.set_interval(TICK_SECONDS, self._tick)
        self._deal()

    # -- drawing ------------------------------------------------------------------------------

    def _deal(self) -> None:
        """Ask the engine for the next question and draw it."""
        round_ = self.session.next_question()
        question = round_.question
        details = [question.film or self.set_title, question.category, question.difficulty]
        self.query_one("#meta", Static).update(plain(" · ".join(d for d in details if d)))
        self.query_one("#stem", Static).update(plain(question.question))
        answers = self.query_one(AnswerList)
        answers.show_round(round_)
        answers.focus()
        self.query_one("#question-body", VerticalScroll).scroll_home(animate=False)
        self._refresh_lifelines()
        self.query_one(GameStatus).show(self.session)

    def _refresh_lifelines(self) -> None:
        session = self.session
        current = session.current
        if session.fifty_fifty_used:
            fifty = "50:50 used"
        elif current is not None and len(current.options) <= 2:
            fifty = "50:50 not on true/false"
        else:
            fifty = "F 50:50"
        skip = "Skip used" if session.skip_used else "S Skip"
        line = Content.assemble(
            ("Lifelines  ", "bold"),
            (fifty, "dim" if not session.can_fifty_fifty else ""),
            "   ",
            (skip, "dim" if not session.can_skip else ""),
        )
        self.query_one("#lifelines", Static).update(line)
        self.refresh_bindings()

    # -- time -------------------------------------------------------------------------------

    def _tick(self) -> None:
        if not self.session.awaiting_answer:
            return
        self.query_one(GameStatus).show(self.session)
        if self.session.timed_out():
            self._feedback(self.session.time_out())

    def on_screen_suspend(self) -> None:
        """Something covers the question: stop its clock."""
        self.session.pause()
        if self._ticker is not None:
            self._ticker.pause()

    def on_screen_resume(self) -> None:
        self.session.resume()
        if self._ticker is not None:
            self._ticker.resume()

    # -- the player's moves -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Lifelines show dimmed in the footer once they cannot be used."""
        if action == "fifty_fifty":
            return True if self.session.can_fifty_fifty else None
        if action == "skip":
            return True if self.session.can_skip else None
        return True

    def action_answer(self, index: int) -> None:
        """Answer with option ``index`` (0 = A); a removed or missing option just beeps."""
        current = self.session.current
        if not self.session.awaiting_answer or current is None:
            return
        if index >= len(current.options) or index in current.removed:
            self.app.bell()
            return
        self._feedback(self.session.answer(index))

    @on(OptionList.OptionSelected, "#answers")
    def _option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_answer(event.option_index)

    def action_fifty_fifty(self) -> None:
        if not self.session.can_fifty_fifty:
            self.app.bell()
            return
        round_ = self.session.fifty_fifty()
        self.query_one(AnswerList).show_round(round_, keep_highlight=True)
        self._refresh_lifelines()

    def action_skip(self) -> None:
        if not self.session.can_skip:
            self.app.bell()
            return
        self._feedback(self.session.skip())

    def _feedback(self, record: AnswerRecord) -> None:
        self.refresh_bindings()
        self.app.push_screen(
            FeedbackScreen(record, self.session, set_title=self.set_title), self._after_feedback
        )

    def _after_feedback(self, _result: None) -> None:
        if self.session.is_over:
            self.post_message(self.Finished(self.session))
        else:
            self._deal()
