"""The question screen: ask, then show the feedback, then ask the next one.

While asking it shows the film and category, the stem, options A–D, progress, score, streak,
the countdown (Timed) and the lifelines. After an answer the same screen turns into the
feedback view: the verdict in symbol and words, the options with the
right one and the player's choice marked, the explanation and the source quote with its line
number; Enter or Space goes on.

The screen owns no rules. It asks the session for the next question, passes the player's
choice to it and renders the record that comes back; when the session says the game is over it
posts :class:`QuestionScreen.Finished` and the app takes it from there.

The countdown is polled from the engine (which reads the injected clock) ten times a second;
the screen's timer only decides how often to look, never how much time is left. While another
screen covers this one (help, the command palette, high scores, a dialog, "terminal too small")
the session's clock is paused, and a timed question that waits for its answer is hidden until
the cover goes: a pause must not be free thinking time with the question still readable
behind a modal.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import OptionList, Static

from quiz.game.session import AnswerRecord, Session
from quiz.tui.text import plain
from quiz.tui.widgets.answers import AnswerList
from quiz.tui.widgets.feedback import Verdict, continue_text, feedback_detail
from quiz.tui.widgets.keybar import KeyBar, KeyHint
from quiz.tui.widgets.status import GameStatus
from quiz.tui.widgets.title import TitleBar

TICK_SECONDS = 0.1
"""How often a timed question checks the engine's clock."""

ANSWER_HINT = "Answer with 1-4 or A-D, the arrow keys and Enter, or a click."
"""ASCII on purpose, like everything the question screen shows before the first answer: any
other glyph makes Rich load its Unicode width table (about 20 ms) before the first frame.
The table is warmed right after the first frame instead (see ``_warm_glyph_widths``)."""

PAUSED_TEXT = "Paused: the clock is stopped and the question is hidden until you come back."

_ASKING_ACTIONS = {"answer", "fifty_fifty", "skip"}
ASKING_PARTS = ("#answers", "#lifelines", "#hint")
"""Widgets shown while a question waits for its answer."""
FEEDBACK_PARTS = ("#verdict", "#feedback-detail", "#continue-hint")
"""Widgets shown after the answer."""


def _warm_glyph_widths() -> None:
    """Load Rich's Unicode width table now, so the first feedback (✔ ✘ ←) is not slowed."""
    cell_len("✔✘⌛↷←“”–")


class QuestionScreen(Screen[None]):
    """One question at a time, each followed by its feedback, until the session is over."""

    BINDING_GROUP_TITLE = "Question"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1,a", "answer(0)", "Answer A", show=False),
        Binding("2,b", "answer(1)", "Answer B", show=False),
        Binding("3,c", "answer(2)", "Answer C", show=False),
        Binding("4,d", "answer(3)", "Answer D", show=False),
        Binding("f", "fifty_fifty", "50:50", tooltip="Remove two wrong options (once a game)"),
        Binding("s", "skip", "Skip", tooltip="Skip this question (once a game)"),
        Binding("enter,space", "continue", "Continue", tooltip="After the feedback: go on"),
        Binding("r", "report", "Report", tooltip="After the feedback: report the question"),
        Binding("escape", "app.quit", "Quit", show=False),
    ]

    class Finished(Message):
        """The session is over; the app shows the results."""

        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    class ReportWanted(Message):
        """The player wants to report the question whose feedback is on screen."""

        def __init__(self, record: AnswerRecord) -> None:
            super().__init__()
            self.record = record

    def __init__(self, session: Session, *, set_title: str) -> None:
        super().__init__()
        self.session = session
        """The game being played (the single source of truth)."""
        self.set_title = set_title
        self.last_record: AnswerRecord | None = None
        """The answer whose feedback is on screen, if any."""
        self.showing_feedback = False
        """True between an answer and the next question."""
        self._ticker: Timer | None = None

    def _show_feedback_parts(self, feedback: bool) -> None:
        """Swap the asking widgets for the feedback widgets (or back).

        Toggling ``display`` on a few widgets is far cheaper than a class on the screen,
        which would restyle every widget on it (about 8 ms per answer).
        """
        self.showing_feedback = feedback
        for selector in ASKING_PARTS:
            self.query_one(selector).display = not feedback
        for selector in FEEDBACK_PARTS:
            self.query_one(selector).display = feedback

    def compose(self) -> ComposeResult:
        yield TitleBar(self.app.title, f"{self.session.mode.title} · {self.set_title}")
        yield GameStatus(id="status")
        with VerticalScroll(id="question-body", can_focus=False):
            yield Verdict(id="verdict")
            yield Static(id="meta", markup=False)
            yield Static(id="stem", markup=False)
            yield AnswerList(id="answers")
            yield Static(id="feedback-detail")
            yield Static(id="lifelines")
            yield Static(ANSWER_HINT, id="hint", markup=False)
        yield Static(PAUSED_TEXT, id="paused", markup=False)
        yield Static(id="continue-hint")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        if self.session.mode.time_limit is not None:
            self._ticker = self.set_interval(TICK_SECONDS, self._tick)
        self._deal()
        self.call_after_refresh(_warm_glyph_widths)

    # -- drawing ------------------------------------------------------------------------------

    def _deal(self) -> None:
        """Ask the engine for the next question and draw it."""
        round_ = self.session.next_question()
        self.last_record = None
        question = round_.question
        details = [question.film or self.set_title, question.category, question.difficulty]
        self.query_one("#meta", Static).update(plain(" · ".join(d for d in details if d)))
        self.query_one("#stem", Static).update(plain(question.question))
        answers = self.query_one(AnswerList)
        answers.show_round(round_)
        self._show_feedback_parts(False)
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
        self._refresh_keys()

    def _feedback(self, record: AnswerRecord) -> None:
        """Turn the screen into the feedback for ``record``."""
        self.last_record = record
        self.query_one(Verdict).show(record)
        self.query_one("#feedback-detail", Static).update(feedback_detail(record))
        self.query_one("#continue-hint", Static).update(
            continue_text(record, last=self.session.is_over)
        )
        self.query_one(GameStatus).show(self.session)
        self._show_feedback_parts(True)
        self.set_focus(None)
        self.query_one("#question-body", VerticalScroll).scroll_home(animate=False)
        self._refresh_keys()

    def _refresh_keys(self) -> None:
        """The key bar shows what the keys do now (asking or feedback)."""
        if self.showing_feedback:
            hints = [KeyHint("Enter", "Continue", "continue"), KeyHint("r", "Report", "report")]
        else:
            # A used lifeline leaves the bar; 50:50 on a true/false question stays, dimmed
            # (it is still there for a later question).
            session = self.session
            hints = [KeyHint("1-4", "Answer", "")]
            if not session.fifty_fifty_used:
                hints.append(KeyHint("f", "50:50", "fifty_fifty", session.can_fifty_fifty))
            if not session.skip_used:
                hints.append(KeyHint("s", "Skip", "skip", session.can_skip))
        hints += [KeyHint("?", "Help", "app.help"), KeyHint("^q", "Quit", "app.quit")]
        hints.append(KeyHint("^p", "Commands", "app.command_palette"))
        self.query_one(KeyBar).show(hints)

    @on(KeyBar.Pressed)
    async def _key_clicked(self, message: KeyBar.Pressed) -> None:
        message.stop()
        await self.run_action(message.action)

    # -- time -------------------------------------------------------------------------------

    def _tick(self) -> None:
        if not self.session.awaiting_answer:
            return
        self.query_one(GameStatus).show(self.session)
        if self.session.timed_out():
            self._feedback(self.session.time_out())

    def on_screen_suspend(self) -> None:
        """Something covers the question: stop its clock, and hide a timed question."""
        self.session.pause()
        if self._ticker is not None:
            self._ticker.pause()
        self._hide_question(
            self.session.mode.time_limit is not None and self.session.awaiting_answer
        )

    def on_screen_resume(self) -> None:
        self._hide_question(False)
        if self.showing_feedback:
            # Back from a dialog (report, help): Textual refocuses the options, which would
            # take Enter for themselves; during feedback Enter must go on.
            self.call_after_refresh(self.set_focus, None)
        self.session.resume()
        if self._ticker is not None:
            self._ticker.resume()

    def _hide_question(self, hidden: bool) -> None:
        """While the clock is stopped, the stem and options are not on screen."""
        self.query_one("#question-body").display = not hidden
        self.query_one("#paused").display = hidden

    @property
    def question_hidden(self) -> bool:
        """True while a paused timed question is hidden."""
        return not self.query_one("#question-body").display

    # -- the player's moves -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Answer keys work while asking, Continue during feedback; used lifelines show dim."""
        if action in ("continue", "report"):
            return self.showing_feedback
        if action in _ASKING_ACTIONS and self.showing_feedback:
            return False
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

    def action_report(self) -> None:
        """Ask the app to open the report dialog for the question just answered."""
        if self.showing_feedback and self.last_record is not None:
            self.post_message(self.ReportWanted(self.last_record))

    def action_continue(self) -> None:
        """Leave the feedback: the next question, or the results when the game is over."""
        if self.session.is_over:
            self.post_message(self.Finished(self.session))
        else:
            self._deal()
