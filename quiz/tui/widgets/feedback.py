"""What the question screen shows after an answer: verdict, marked options, why, and source.

Right and wrong are told by a symbol *and* words (``✔ Right!`` / ``✘ Wrong.``), never by colour
alone; the right option is marked ``✔ … ← right answer`` and a wrong choice ``✘ … ← your
answer``. The explanation and the source quote with its line number come straight from the
question, as plain text.

Feedback is shown on the question screen itself (the options turn into the marked list) rather
than on a new screen per answer: it keeps the question in view and costs a few widget updates
instead of composing a screen, which keeps keypress → feedback well inside its 50 ms budget.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from quiz.game.clock import format_seconds
from quiz.game.session import AnswerRecord
from quiz.tui.text import option_line, plain


def verdict_text(record: AnswerRecord) -> Content:
    """The headline: symbol, word, points or the right answer."""
    round_ = record.round
    answer = f"{round_.correct_key}: {round_.correct_text}"
    if record.outcome == "right":
        points = record.points
        detail = ""
        if points.time_bonus or points.multiplier_percent != 100:
            detail = f"{points.base} points"
            if points.time_bonus:
                detail += f" + {points.time_bonus} time bonus"
            if points.multiplier_percent != 100:
                detail = f"({detail}) {points.multiplier_text} streak"
        return Content.assemble(("✔ Right!", "bold"), f"  +{points.total} points  ", detail)
    if record.outcome == "wrong":
        return Content.assemble(("✘ Wrong.", "bold"), "  The right answer is ", answer)
    if record.outcome == "timeout":
        return Content.assemble(("⌛ Time's up.", "bold"), "  The right answer is ", answer)
    return Content.assemble(("↷ Skipped.", "bold"), "  The answer was ", answer)


def marked_options(record: AnswerRecord) -> Content:
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


def explanation_text(record: AnswerRecord) -> Content:
    explanation = record.question.explanation
    if not explanation:
        return plain("")
    return Content.assemble(("Why: ", "bold"), explanation)


def source_text(record: AnswerRecord) -> Content:
    """``Source: path, line N`` and the quote, or an honest note when there is none."""
    source = record.question.source
    if source is None:
        return plain("Source: not given for this question.", "dim")
    return Content.assemble(
        ("Source: ", "bold"),
        f"{source.path}, line {source.line}\n",
        "“",
        (source.quote, "italic"),
        "”",
    )


def feedback_detail(record: AnswerRecord) -> Content:
    """Marked options, then the explanation (if any), then the source, a blank line apart."""
    parts = [marked_options(record)]
    if record.question.explanation:
        parts.append(explanation_text(record))
    parts.append(source_text(record))
    return Content("\n\n").join(parts)


def continue_text(record: AnswerRecord, *, last: bool) -> Content:
    hint = "see your results" if last else "next question"
    return Content.assemble(
        ("Enter", "bold"),
        " or ",
        ("Space", "bold"),
        f": {hint}  ·  answered in {format_seconds(record.seconds)}",
    )


class Verdict(Static):
    """The verdict line; its class (``-right``, ``-wrong``…) picks the colour in the CSS."""

    def show(self, record: AnswerRecord) -> None:
        self.set_classes(f"-{record.outcome}")
        self.update(verdict_text(record))
