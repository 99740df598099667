"""Report the question on screen: wrong, unclear or other, with an optional comment.

Opened with ``R`` from the feedback view. The dialog only collects the report and dismisses
with it (:class:`ReportDraft`); the app stores it. Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from quiz.store import REPORT_REASONS
from quiz.tui.styles import style
from quiz.tui.text import plain

REASON_TEXT = {
    "wrong": "Wrong: the key is not right, or another option is also right",
    "unclear": "Unclear: the question or the options can be read more than one way",
    "other": "Other (say what in the comment)",
}


@dataclass(frozen=True)
class ReportDraft:
    """What the player reported."""

    reason: str
    comment: str


class ReportScreen(ModalScreen[ReportDraft | None]):
    """Pick a reason (↑ ↓), add a comment if you like, Enter reports; Esc cancels."""

    CSS_PATH = style("report")

    BINDING_GROUP_TITLE = "Report"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "submit", "Send the report"),
    ]

    def __init__(self, stem: str) -> None:
        super().__init__()
        self.stem = stem

    def compose(self) -> ComposeResult:
        with Vertical(id="report-dialog"):
            yield Static(plain("Report this question", "bold"), id="report-title")
            yield Static(plain(self.stem, "italic"), id="report-stem")
            yield OptionList(
                *(Option(REASON_TEXT[reason], id=reason) for reason in REPORT_REASONS),
                id="report-reason",
                compact=True,
            )
            yield Input(placeholder="Comment (optional)", id="report-comment", max_length=500)
            yield Static(
                plain("↑ ↓ reason · Enter: next / report · Esc: cancel", "dim"),
                id="report-hint",
            )
            with Horizontal(id="report-buttons"):
                yield Button("Report", id="send", variant="error")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        reasons = self.query_one("#report-reason", OptionList)
        reasons.highlighted = 0
        reasons.focus()

    def draft(self) -> ReportDraft:
        """The report as the dialog shows it now (the highlighted reason)."""
        reasons = self.query_one("#report-reason", OptionList)
        index = reasons.highlighted if reasons.highlighted is not None else 0
        return ReportDraft(
            reason=REPORT_REASONS[index],
            comment=self.query_one("#report-comment", Input).value.strip(),
        )

    @on(OptionList.OptionSelected, "#report-reason")
    def _reason_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#report-comment", Input).focus()

    @on(Input.Submitted, "#report-comment")
    def _comment_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        self.dismiss(self.draft())

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "send":
            self.action_submit()
        else:
            self.action_cancel()
